import CGraphviz
import Foundation

/// Graphviz's layout and rendering, and its DOT reader, behind a safe Swift API.
///
/// Every call goes through one process-wide Graphviz context and one lock: calls from several
/// threads are safe and run one at a time. Errors carry the failing C function and Graphviz's
/// own message.
public enum Graphviz {
    /// The Graphviz release the module was built against (as it reports itself, e.g. `2.43.0`).
    public static var version: String { PACKAGE_VERSION }

    /// Starts loading Graphviz's plugins and fonts on a background thread and returns at once.
    ///
    /// The first layout of a process pays for loading the layout, render and text plugins and for
    /// fontconfig's set-up and font matching, as much as the layout itself on small graphs.
    /// Calling this first lets that work overlap the caller's own (reading a corpus, say); the
    /// next call into Graphviz waits for it. It lays out and renders a one-node graph labelled in
    /// `fontname`, regular and bold, and discards the result: later output does not change.
    /// - Parameters:
    ///   - engine: the engine whose plugin to load.
    ///   - format: the format whose render plugin to load.
    ///   - fontname: the font list the real drawing will use.
    /// - Returns: the preparation; ``Preparation/wait()`` for it before the process exits.
    public static func prepare(engine: LayoutEngine = .dot, format: OutputFormat = .svg, fontname: String) -> Preparation {
        let sample = Drawing(name: "prepare", nodeDefaults: ["fontname": .text(fontname)],
                             nodes: [Drawing.Node("x", ["label": .html("Aa<B>Aa</B>")])])
        let preparation = Preparation()
        LayoutThread.start(name: "Graphviz preparation") {
            _ = try? layOutAndRender(sample, engine: engine, format: format)
            preparation.finish()
        }
        return preparation
    }

    /// Graphviz being prepared in the background by ``prepare(engine:format:fontname:)``.
    public final class Preparation: Sendable {
        private let finished = DispatchSemaphore(value: 0)

        fileprivate init() {}

        fileprivate func finish() { finished.signal() }

        /// Waits until the preparation has finished; returns at once after that.
        public func wait() {
            finished.wait()
            finished.signal()
        }
    }

    /// Lays `drawing` out with `engine` and renders it in `format`.
    ///
    /// - Parameters:
    ///   - drawing: what to draw; built with cgraph (`agopen`, `agsubg`, `agnode`, `agedge`,
    ///     `agattr`, `agsafeset`, `agstrdup_html`).
    ///   - engine: layout engine (`gvLayout`).
    ///   - format: output format (`gvRenderData`).
    ///   - timeout: seconds allowed for building, layout and rendering; `nil` waits for ever.
    /// - Returns: the rendered bytes (SVG text, PNG data, ...).
    /// - Throws: `GraphvizError.failed` naming `gvLayout` for an unknown engine, `gvRenderData` for
    ///   an unknown format, and so on; `.timeout` when the deadline passes (the work cannot be
    ///   cancelled: exit the process rather than call Graphviz again).
    /// - Complexity: that of the engine; `dot` is super-linear in practice (see ``LayoutPlan``).
    public static func render(_ drawing: Drawing, engine: LayoutEngine = .dot, format: OutputFormat = .svg,
                              timeout: Double? = nil) throws(GraphvizError) -> [UInt8] {
        try LayoutThread.run(timeout: timeout) { () throws(GraphvizError) -> [UInt8] in
            try layOutAndRender(drawing, engine: engine, format: format)
        }
    }

    /// Builds, lays out and renders `drawing` under the library's lock, on the calling thread.
    private static func layOutAndRender(_ drawing: Drawing, engine: LayoutEngine, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        try GraphvizLibrary.withLock { gvc throws(GraphvizError) in
            let graph = try CGraph.build(drawing)
            try graph.layout(engine: engine, gvc: gvc)
            return try graph.render(format: format, gvc: gvc)
        }
    }

    /// Reads DOT text with cgraph (`agmemread`), lays it out and renders it.
    /// - Throws: `GraphvizError.failed(function: "agmemread", ...)` for malformed DOT, and as
    ///   ``render(_:engine:format:timeout:)``.
    public static func render(dot text: String, engine: LayoutEngine = .dot, format: OutputFormat = .svg,
                              timeout: Double? = nil) throws(GraphvizError) -> [UInt8] {
        try LayoutThread.run(timeout: timeout) { () throws(GraphvizError) -> [UInt8] in
            try GraphvizLibrary.withLock { gvc throws(GraphvizError) in
                let graph = try CGraph.read(text)
                try graph.layout(engine: engine, gvc: gvc)
                return try graph.render(format: format, gvc: gvc)
            }
        }
    }

    /// Parses DOT text with cgraph (`agmemread`): nodes, edges, clusters and attributes of its
    /// first graph (a text with several graphs gives the first).
    /// - Throws: `GraphvizError.failed(function: "agmemread", message:)` with Graphviz's syntax
    ///   error (line and token) for malformed DOT.
    /// - Complexity: O(size of the text) to parse; see ``DOTGraph``.
    public static func parseDOT(_ text: String) throws(GraphvizError) -> DOTGraph {
        try GraphvizLibrary.withLock { _ throws(GraphvizError) in
            try CGraph.read(text).dotGraph(honourCharset: false)
        }
    }

    /// Parses the bytes of a DOT file: as ``parseDOT(_:)``, but strings are decoded as the
    /// graph's `charset` says (UTF-8, or Latin-1 for `charset=latin1`).
    public static func parseDOT(bytes: [UInt8]) throws(GraphvizError) -> DOTGraph {
        try GraphvizLibrary.withLock { _ throws(GraphvizError) in
            try CGraph.read(bytes: bytes).dotGraph(honourCharset: true)
        }
    }

    /// The drawing as DOT written by cgraph itself (`agwrite`), without layout.
    ///
    /// ``Drawing/dotSource`` is the deterministic, version-independent text; this is cgraph's
    /// own canonical form, useful to check that both describe the same graph.
    public static func writeDOT(_ drawing: Drawing) throws(GraphvizError) -> String {
        try GraphvizLibrary.withLock { _ throws(GraphvizError) in
            try CGraph.build(drawing).write()
        }
    }
}
