import Graphviz
import InfluenceGraph

/// The interactive explorer (`render --format html`): one self-contained HTML file with the
/// Graphviz SVG inline, the graph's data as embedded JSON, and a small script and stylesheet.
/// It needs no network and opens from `file://`.
enum ExplorerPage {
    /// The page for `view` of the workspace's graph.
    ///
    /// - Parameters:
    ///   - workspace: the graph and its eras.
    ///   - analysis: scores and rankings (every metric of ``ExplorerData/metrics`` is computed).
    ///   - view: what the SVG draws (`--focus`, `--top`, `--reduce`); the data always holds the
    ///     whole graph.
    ///   - engine: the Graphviz layout asked for, if any.
    ///   - timeout: seconds Graphviz may take.
    /// - Complexity: that of the layout, plus computing the metrics; the page text is O(size).
    /// Largest graph whose whole data a page of a view (`--top`, `--focus`) still embeds; beyond
    /// it the page holds the drawn part only.
    static let wholeGraphLimit = (nodes: 5_000, edges: 50_000)

    static func html(workspace: Workspace, analysis: Analysis, view: RenderView, engine: Render.Engine?, timeout: Double) throws -> String {
        let graph = workspace.graph
        if let included = view.included,
           graph.nodes.count > wholeGraphLimit.nodes || graph.topology.edgeCount > wholeGraphLimit.edges {
            printError("influence: note: the page holds the \(counted(included.count, "drawn node")) and the edges among them, not the whole graph of \(counted(graph.nodes.count, "node")); ranks and scores are those of the whole graph, places are among the drawn")
            let part = drawnPart(workspace: workspace, analysis: analysis, view: view, included: included)
            return try html(workspace: part.workspace, analysis: part.analysis, view: part.view, engine: engine, timeout: timeout)
        }
        let eraNames = ExplorerData.eras(graph, corpusEras: workspace.eras).map(\.name)
        let styled = view.drawing(graph: graph, eras: workspace.eras, scores: analysis.scores(.pagerank))
        let drawing = ExplorerDrawing.tagged(styled, graph: graph, eras: eraNames, omittedEdges: view.omittedEdges)
        let bytes = try Render.layOut(drawing, format: "svg", engine: engine, timeout: timeout)
        let svg = inlineSVG(String(decoding: bytes, as: UTF8.self))
        let data = ExplorerData.json(workspace: workspace, analysis: analysis, view: view)
        for note in analysis.notes { printError("influence: note: \(note)") }
        return document(caption: view.caption, svg: svg, data: data.serialized())
    }

    /// The part of the graph a view draws, as a graph of its own: the included vertices, the edges
    /// among them that the view keeps, their comparisons; scores are the whole graph's.
    /// - Complexity: O(V' + E' + M·V') for the V' included vertices, the E' edges out of them and
    ///   M measures (the measures of the whole graph are computed first).
    static func drawnPart(workspace: Workspace, analysis: Analysis, view: RenderView, included: [Int])
        -> (workspace: Workspace, analysis: Analysis, view: RenderView) {
        let graph = workspace.graph
        var builder = InfluenceGraphBuilder()
        builder.add(graph, vertices: included, keepEdge: { !view.omittedEdges.contains($0) })
        let part = builder.build()
        let wholeVertex = part.nodes.map { graph.index(ofID: $0.id)! }
        let partAnalysis = Analysis(part)
        for metric in ExplorerData.metrics {
            let scores = analysis.scores(metric)
            partAnalysis.preset(metric, scores: wholeVertex.map { scores[$0] })
        }
        for note in analysis.notes { partAnalysis.note(note) }
        func partVertex(_ v: Int) -> Int? { part.index(ofID: graph.nodes[v].id) }
        let partView = RenderView(included: nil, focus: view.focus.flatMap(partVertex), faded: Set(view.faded.compactMap(partVertex)),
                                  omittedEdges: [], caption: view.caption)
        let partWorkspace = Workspace(graph: part, diagnostics: workspace.diagnostics, files: workspace.files,
                                      eras: workspace.eras, terminal: workspace.terminal)
        return (partWorkspace, partAnalysis, partView)
    }

    /// The page around its parts.
    static func document(caption: String?, svg: String, data: String) -> String {
        let title = "influence explorer" + (caption.map { ": " + $0 } ?? "")
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="influence">
        <title>\(escapeHTML(title))</title>
        <style>
        \(ExplorerStyle.css)
        </style>
        </head>
        <body>
        \(ExplorerMarkup.body(caption: caption, svg: svg))
        <script type="application/json" id="influence-data">\(data)</script>
        <script>
        \(ExplorerScript.javaScript)
        </script>
        </body>
        </html>
        """
    }

    /// Graphviz's SVG document as an element to inline in HTML: without the XML declaration,
    /// doctype and comments, and without the root's fixed `width` and `height` (the page sizes
    /// it; the `viewBox` stays).
    /// - Complexity: O(length).
    static func inlineSVG(_ document: String) -> String {
        // Bytes, not String ranges: Foundation's range(of:) on a large string costs O(length) per
        // call, which made a page of thousands of nodes take minutes.
        let bytes = Array(document.utf8)
        guard let start = find("<svg", in: bytes, from: 0) else { return document }
        // Comments name each node and edge again; the elements' titles already do.
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count - start)
        var i = start
        while let open = find("<!--", in: bytes, from: i) {
            out += bytes[i..<open]
            guard let close = find("-->", in: bytes, from: open + 4) else { i = bytes.count; break }
            i = close + 3
            // Drop the line break that followed the comment.
            if i < bytes.count, bytes[i] == UInt8(ascii: "\n") { i += 1 }
        }
        out += bytes[i...]
        let svg = String(decoding: out, as: UTF8.self)
        guard let tagEnd = svg.firstIndex(of: ">") else { return svg }
        var tag = String(svg[..<tagEnd])
        for attribute in ["width", "height"] {
            if let r = tag.range(of: " \(attribute)=\""), let q = tag[r.upperBound...].firstIndex(of: "\"") {
                tag.removeSubrange(r.lowerBound...q)
            } else if let r = tag.range(of: "\n\(attribute)=\""), let q = tag[r.upperBound...].firstIndex(of: "\"") {
                tag.removeSubrange(r.lowerBound...q)
            }
        }
        return tag + svg[tagEnd...]
    }

    /// The first position at or after `from` where `needle` (ASCII) starts in `bytes`.
    /// - Complexity: O(n·m) for a needle of m bytes; m is at most 4 here.
    private static func find(_ needle: StaticString, in bytes: [UInt8], from: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, bytes.count >= n else { return nil }
        return needle.withUTF8Buffer { pattern -> Int? in
            var i = from
            while i + n <= bytes.count {
                if bytes[i] == pattern[0] {
                    var k = 1
                    while k < n, bytes[i + k] == pattern[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
        }
    }

    /// `text` safe inside HTML elements and attribute values (line breaks kept).
    /// - Complexity: O(length).
    static func escapeHTML(_ text: String) -> String {
        AttributeValue.escapeHTML(text, breakingLines: false)
    }
}
