import Graphviz

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
    static func html(workspace: Workspace, analysis: Analysis, view: RenderView, engine: Render.Engine?, timeout: Double) throws -> String {
        let graph = workspace.graph
        let eraNames = ExplorerData.eras(graph, corpusEras: workspace.eras).map(\.name)
        let styled = view.drawing(graph: graph, eras: workspace.eras, scores: analysis.scores(.pagerank))
        let drawing = ExplorerDrawing.tagged(styled, graph: graph, eras: eraNames, omittedEdges: view.omittedEdges)
        let bytes = try Render.layOut(drawing, format: "svg", engine: engine, timeout: timeout)
        let svg = inlineSVG(String(decoding: bytes, as: UTF8.self))
        let data = ExplorerData.json(workspace: workspace, analysis: analysis, view: view)
        for note in analysis.notes { printError("influence: note: \(note)") }
        return document(caption: view.caption, svg: svg, data: data.serialized())
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
        guard let start = document.range(of: "<svg") else { return document }
        var svg = String(document[start.lowerBound...])
        // Comments name each node and edge again; the elements' titles already do.
        var out = ""
        out.reserveCapacity(svg.utf8.count)
        var rest = svg[...]
        while let open = rest.range(of: "<!--") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "-->") else { rest = rest[rest.endIndex...]; break }
            rest = rest[close.upperBound...]
            // Drop the line break that followed the comment.
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        out += rest
        svg = out
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

    /// `text` safe inside HTML elements and attribute values.
    /// - Complexity: O(length).
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(ch)
            }
        }
        return out
    }
}
