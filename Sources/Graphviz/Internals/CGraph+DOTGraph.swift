import CGraphviz
import Foundation

extension CGraph {
    /// The graph's nodes, edges, clusters and attributes as values.
    ///
    /// Strings are decoded as UTF-8, or, when `honourCharset` is set and the graph says
    /// `charset=latin1`, as Latin-1.
    /// - Complexity: O(V + E) times the number of declared attributes, plus O(E log E) to order
    ///   edges by creation; subgraphs are walked without recursion.
    func dotGraph(honourCharset: Bool) -> DOTGraph {
        let latin1 = honourCharset && isLatin1()
        func string(_ p: UnsafePointer<CChar>) -> String {
            if latin1 {
                return String(String.UnicodeScalarView(UnsafeBufferPointer(start: p, count: strlen(p)).map {
                    Unicode.Scalar(UInt8(bitPattern: $0))
                }))
            }
            return String(cString: p)
        }
        func name(_ obj: UnsafeMutableRawPointer) -> String {
            agnameof(obj).map { string($0) } ?? ""
        }
        func symbols(_ kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
            var result: [UnsafeMutablePointer<Agsym_t>] = []
            var sym = agnxtattr(root, kind, nil)
            while let s = sym {
                result.append(s)
                sym = agnxtattr(root, kind, s)
            }
            return result
        }
        func attributes(of obj: UnsafeMutableRawPointer, _ syms: [UnsafeMutablePointer<Agsym_t>]) -> Attributes {
            var result: Attributes = [:]
            for sym in syms {
                guard let value = agxget(obj, sym), value.pointee != 0 else { continue }
                let key = string(sym.pointee.name)
                result[key] = cgraphviz_is_html(value) != 0 ? .html(string(value)) : .raw(string(value))
            }
            return result
        }

        let graphSyms = symbols(cgraphviz_kind_graph())
        let nodeSyms = symbols(cgraphviz_kind_node())
        let edgeSyms = symbols(cgraphviz_kind_edge())

        var nodes: [DOTGraph.Node] = []
        var indexOfNode: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var edgeRecords: [(seq: UInt, edge: DOTGraph.Edge)] = []
        var n = agfstnode(root)
        while let node = n {
            indexOfNode[node] = nodes.count
            var nodeAttributes = attributes(of: node, nodeSyms)
            // gvc declares `label=\N` (the node's name) for every graph; it is no attribute of the file.
            if nodeAttributes["label"] == .raw("\\N") { nodeAttributes["label"] = nil }
            nodes.append(DOTGraph.Node(name: name(node), attributes: nodeAttributes))
            n = agnxtnode(root, node)
        }
        n = agfstnode(root)
        while let node = n {
            var e = agfstout(root, node)
            while let edge = e {
                let tail = nodes[indexOfNode[cgraphviz_tail(edge)!]!].name
                let head = nodes[indexOfNode[cgraphviz_head(edge)!]!].name
                edgeRecords.append((cgraphviz_seq(edge), DOTGraph.Edge(tail: tail, head: head,
                                                                    attributes: attributes(of: edge, edgeSyms))))
                e = agnxtout(root, edge)
            }
            n = agnxtnode(root, node)
        }
        edgeRecords.sort { $0.seq < $1.seq }

        // Clusters, depth first with an explicit stack; deeper clusters claim nodes last.
        var clusters: [DOTGraph.Cluster] = []
        var stack: [(graph: GraphPointer, cluster: String?)] = []
        func pushChildren(of g: GraphPointer, cluster: String?) {
            var children: [GraphPointer] = []
            var s = agfstsubg(g)
            while let sub = s {
                children.append(sub)
                s = agnxtsubg(sub)
            }
            for child in children.reversed() { stack.append((child, cluster)) }
        }
        pushChildren(of: root, cluster: nil)
        while let (g, enclosing) = stack.popLast() {
            let subName = name(g)
            var current = enclosing
            if subName.hasPrefix("cluster") {
                clusters.append(DOTGraph.Cluster(name: subName, parent: enclosing,
                                                 attributes: ownAttributes(of: g, graphSyms, string)))
                current = subName
                var m = agfstnode(g)
                while let node = m {
                    if let i = indexOfNode[node] { nodes[i].cluster = subName }
                    m = agnxtnode(g, node)
                }
            }
            pushChildren(of: g, cluster: current)
        }

        return DOTGraph(name: name(root), isDirected: agisdirected(root) != 0, isStrict: agisstrict(root) != 0,
                        attributes: attributes(of: root, graphSyms), nodes: nodes,
                        edges: edgeRecords.map(\.edge), clusters: clusters)
    }

    /// A subgraph's attributes that differ from its parent's (what it sets itself), non-empty only.
    private func ownAttributes(of g: GraphPointer, _ syms: [UnsafeMutablePointer<Agsym_t>],
                               _ string: (UnsafePointer<CChar>) -> String) -> Attributes {
        var result: Attributes = [:]
        let parent = agparent(g)
        for sym in syms {
            guard let value = agxget(g, sym), value.pointee != 0 else { continue }
            if let parent, let inherited = agxget(parent, sym), strcmp(inherited, value) == 0 { continue }
            result[string(sym.pointee.name)] = cgraphviz_is_html(value) != 0 ? .html(string(value)) : .raw(string(value))
        }
        return result
    }

    private func isLatin1() -> Bool {
        guard let value = "charset".withCString({ cgraphviz_get(root, $0) }) else { return false }
        let charset = String(cString: value).lowercased()
        return ["latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100"].contains(charset)
    }
}
