import CGraphviz
import Foundation

/// Owns one cgraph root graph (`Agraph_t`) and, once laid out, its layout: `deinit` frees the
/// layout (`gvFreeLayout`) and closes the graph (`agclose`).
///
/// Every call that touches the graph, including its release, must happen inside one
/// `GraphvizLibrary.withLock` call: create, use and drop a `CGraph` within that closure.
final class CGraph {
    typealias GraphPointer = UnsafeMutablePointer<Agraph_t>
    typealias NodePointer = UnsafeMutablePointer<Agnode_t>

    let root: GraphPointer
    /// The context the graph was laid out with, when a layout must be freed.
    private var layoutContext: OpaquePointer?

    init(root: GraphPointer) { self.root = root }

    deinit {
        if let gvc = layoutContext { gvFreeLayout(gvc, root) }
        agclose(root)
    }

    // MARK: Building from a drawing

    /// Builds the cgraph graph of `drawing`, creating objects in the order `dotSource` writes them.
    /// - Complexity: O(size of the drawing) cgraph calls.
    static func build(_ drawing: Drawing) throws(GraphvizError) -> CGraph {
        try checkNoNUL(drawing)
        let desc = switch (drawing.isDirected, drawing.isStrict) {
        case (true, false): cgraphviz_directed()
        case (true, true): cgraphviz_strict_directed()
        case (false, false): cgraphviz_undirected()
        case (false, true): cgraphviz_strict_undirected()
        }
        guard let root = drawing.name.withCString({ cgraphviz_open($0, desc) }) else {
            throw .failed(function: "agopen", message: GraphvizLibrary.takeMessages() ?? "could not create the graph")
        }
        let graph = CGraph(root: root)

        enum Step { case open(Drawing.Subgraph, parent: GraphPointer), finish(Drawing.Subgraph, GraphPointer) }
        var body = drawing.body
        let children = body.subgraphs
        body.subgraphs = []
        try graph.applyHeader(body, to: root)
        var stack: [Step] = [.finish(body, root)]
        for child in children.reversed() { stack.append(.open(child, parent: root)) }
        while let step = stack.popLast() {
            switch step {
            case .open(let sub, let parent):
                guard let g = sub.name.withCString({ cgraphviz_subgraph(parent, $0) }) else {
                    throw .failed(function: "agsubg", message: GraphvizLibrary.takeMessages() ?? "could not create subgraph \(sub.name)")
                }
                try graph.applyHeader(sub, to: g)
                stack.append(.finish(sub, g))
                for child in sub.subgraphs.reversed() { stack.append(.open(child, parent: g)) }
            case .finish(let sub, let g):
                for node in sub.nodes {
                    let n = try graph.node(node.name, in: g)
                    try graph.set(node.attributes, on: UnsafeMutableRawPointer(n))
                }
                for edge in sub.edges {
                    let tail = try graph.node(edge.tail, in: g)
                    let head = try graph.node(edge.head, in: g)
                    guard let e = cgraphviz_edge(g, tail, head, nil) else {
                        throw .failed(function: "agedge", message: GraphvizLibrary.takeMessages()
                                      ?? "could not create edge \(edge.tail) -> \(edge.head)")
                    }
                    try graph.set(edge.attributes, on: UnsafeMutableRawPointer(e))
                }
            }
        }
        return graph
    }

    /// Sets a (sub)graph's attributes and declares its node and edge defaults, as DOT's
    /// `graph [...]`, `node [...]` and `edge [...]` statements do.
    private func applyHeader(_ sub: Drawing.Subgraph, to g: GraphPointer) throws(GraphvizError) {
        try set(sub.attributes, on: UnsafeMutableRawPointer(g))
        for (kind, defaults) in [(cgraphviz_kind_node(), sub.nodeDefaults), (cgraphviz_kind_edge(), sub.edgeDefaults)] {
            for (name, value) in defaults.sorted(by: { $0.key < $1.key }) {
                try declareDefault(kind: kind, name: name, value: value, in: g)
            }
        }
    }

    /// Declares a default: at the root with "" first when unknown, then in `g` (as DOT's grammar does).
    private func declareDefault(kind: Int32, name: String, value: AttributeValue, in g: GraphPointer) throws(GraphvizError) {
        let sym: UnsafeMutablePointer<Agsym_t>? = name.withCString { cname in
            if g != root, cgraphviz_find_attr(g, kind, cname) == nil {
                _ = cgraphviz_attr(root, kind, cname, "")
            }
            return value.graphvizString.withCString { cvalue in
                guard value.isHTML else { return cgraphviz_attr(g, kind, cname, cvalue) }
                let html = agstrdup_html(root, UnsafeMutablePointer(mutating: cvalue))
                defer { agstrfree(root, html) }
                return cgraphviz_attr(g, kind, cname, html)
            }
        }
        if sym == nil {
            throw .failed(function: "agattr", message: GraphvizLibrary.takeMessages() ?? "could not declare \(name)")
        }
    }

    /// Sets attributes on a graph, node or edge (`agsafeset`, `agstrdup_html` for HTML values).
    private func set(_ attributes: Attributes, on object: UnsafeMutableRawPointer) throws(GraphvizError) {
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            let rc = name.withCString { cname in
                value.graphvizString.withCString { cvalue in
                    value.isHTML ? cgraphviz_safeset_html(root, object, cname, cvalue, "")
                                 : cgraphviz_safeset(object, cname, cvalue, "")
                }
            }
            if rc != 0 {
                throw .failed(function: "agsafeset", message: GraphvizLibrary.takeMessages() ?? "could not set \(name)")
            }
        }
    }

    private func node(_ name: String, in g: GraphPointer) throws(GraphvizError) -> NodePointer {
        guard let n = name.withCString({ cgraphviz_node(g, $0) }) else {
            throw .failed(function: "agnode", message: GraphvizLibrary.takeMessages() ?? "could not create node \(name)")
        }
        return n
    }

    private static func checkNoNUL(_ drawing: Drawing) throws(GraphvizError) {
        func bad(_ s: String) -> Bool { s.utf8.contains(0) }
        // Escaping adds no NUL: the text as given has one exactly when the stored string does.
        func bad(_ a: Attributes) -> Bool { a.contains { bad($0.key) || bad($0.value.source) } }
        let offending = drawing.reduceBodies(bad(drawing.name)) { found, sub in
            found || bad(sub.name) || bad(sub.attributes) || bad(sub.nodeDefaults) || bad(sub.edgeDefaults)
                || sub.nodes.contains { bad($0.name) || bad($0.attributes) }
                || sub.edges.contains { bad($0.tail) || bad($0.head) || bad($0.attributes) }
        }
        if offending { throw .invalidInput("a name or attribute contains a NUL character") }
    }

    // MARK: Reading DOT

    /// Parses the first graph of DOT text with `agmemread` (further graphs are read and dropped,
    /// so that they cannot leak into the next read).
    static func read(_ text: String) throws(GraphvizError) -> CGraph {
        try read(bytes: Array(text.utf8))
    }

    /// Parses the first graph of DOT bytes with `agmemread`.
    static func read(bytes: [UInt8]) throws(GraphvizError) -> CGraph {
        if bytes.contains(0) { throw .invalidInput("DOT text contains a NUL character") }
        var extraGraphs: Int32 = 0
        let terminated = bytes + [0]
        let graph = terminated.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cgraphviz_memread($0.baseAddress!, &extraGraphs) }
        }
        guard let graph else {
            throw .failed(function: "agmemread", message: GraphvizLibrary.takeMessages() ?? "not a DOT graph")
        }
        return CGraph(root: graph)
    }

    // MARK: Layout and rendering

    /// Lays the graph out with `engine` (`gvLayout`); the layout is freed with the graph.
    func layout(engine: LayoutEngine, gvc: OpaquePointer) throws(GraphvizError) {
        if let previous = layoutContext {
            gvFreeLayout(previous, root)
            layoutContext = nil
        }
        let rc = engine.rawValue.withCString { gvLayout(gvc, root, $0) }
        if rc != 0 {
            throw .failed(function: "gvLayout",
                          message: Self.layoutFailureMessage(engine: engine, graphviz: GraphvizLibrary.takeMessages()))
        }
        layoutContext = gvc
        if GraphvizLibrary.takeErrorFlag() {
            throw .failed(function: "gvLayout", message: GraphvizLibrary.takeMessages() ?? "layout reported an error")
        }
    }

    /// Graphviz's message for a failed `gvLayout`, with the cure when a standard engine is "not
    /// recognized": that means the plugin configuration (`config6a`) is missing, not the engine.
    static func layoutFailureMessage(engine: LayoutEngine, graphviz: String?) -> String {
        var message = graphviz ?? "layout with \(engine) failed"
        if LayoutEngine.standard.contains(engine), message.contains("not recognized") {
            message += " (Graphviz's plugin configuration is missing: run `libgvc6-config-update -c` as root, "
                + "or `make deps`)"
        }
        return message
    }

    /// Renders the laid-out graph (`gvRenderData`, `gvFreeRenderData`).
    func render(format: OutputFormat, gvc: OpaquePointer) throws(GraphvizError) -> [UInt8] {
        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let rc = format.rawValue.withCString { cgraphviz_render_data(gvc, root, $0, &data, &length) }
        defer { if let data { gvFreeRenderData(data) } }
        if rc != 0 {
            throw .failed(function: "gvRenderData", message: GraphvizLibrary.takeMessages() ?? "rendering \(format) failed")
        }
        if GraphvizLibrary.takeErrorFlag() {
            throw .failed(function: "gvRenderData", message: GraphvizLibrary.takeMessages() ?? "rendering reported an error")
        }
        guard let data, length > 0 else { return [] }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) { Array(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// The graph as DOT text written by cgraph (`agwrite`).
    func write() throws(GraphvizError) -> String {
        var data: UnsafeMutablePointer<CChar>?
        var length = 0
        let rc = cgraphviz_write(root, &data, &length)
        defer { cgraphviz_free(data) }
        guard rc == 0, let data else {
            throw .failed(function: "agwrite", message: GraphvizLibrary.takeMessages() ?? "could not write the graph")
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }
}
