import ArgumentParser
import Foundation
import Graphviz
import InfluenceDrawing
import InfluenceGraph

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the influence graph, or one paper's lineage and impact, with Graphviz.",
        discussion: """
        Papers are boxes labelled with their short name and year, grouped by era, with time \
        flowing downwards; the more influential (PageRank), the bolder. Systems the text names \
        are lighter ellipses. Edge colour and style show the relation; hover a node or edge in \
        the SVG for its title, description or evidence sentence.

        --focus PAPER draws only what led to PAPER and what it led to (a paper with neither is \
        drawn among the papers of its era, faded). --top N draws the N most \
        influential papers and the edges among them. --reduce drops every edge implied by a \
        longer chain (transitive reduction), which keeps large lineages legible.

        Large graphs: dot is slow beyond a few hundred nodes, so influence switches to sfdp \
        (or limits dot's iterations) and says so on stderr; --timeout bounds the whole layout.

        Formats: svg, png, pdf, dot (the styled graph, not laid out), json (Graphviz's), html (an \
        interactive explorer in one self-contained file). The extension of -o names the format \
        (.gv is dot); without either, SVG goes to standard output.

        Examples:
          influence render -o Graphs/ai-research-papers.svg
          influence render --focus LoRA -o lora.svg
          influence render --top 10 -o top10.png
          influence render --format html -o explorer.html
          influence render --corpus cit-HepTh.tsv --top 200 --engine sfdp -o hepth.svg
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf, dot, json, html }
    enum Engine: String, ExpressibleByArgument, CaseIterable { case dot, neato, fdp, sfdp, circo, twopi }

    @OptionGroup var source: CorpusOptions

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .customLong("format"), help: "svg, png, pdf, dot, json or html; by default the extension of -o names it, else svg.")
    var formatOption: Format?

    /// The output format: --format, else the extension of -o, else SVG.
    var format: Format { formatOption ?? outputFormat(namedBy: output, aliases: ["gv": .dot, "htm": .html]) ?? .svg }

    @Option(name: .customLong("engine"), help: "Graphviz layout: dot (default; time flows downwards), neato, fdp, sfdp, circo or twopi.")
    var engine: Engine?

    @Option(name: .customLong("focus"), help: ArgumentHelp("Draw only the lineage and impact of this paper.", valueName: "paper"))
    var focus: String?

    @Option(name: .customLong("top"), help: ArgumentHelp("Draw only the N most influential papers (by PageRank).", valueName: "n"))
    var top: Int?

    @Flag(name: .customLong("reduce"), help: "Drop edges implied by longer chains (transitive reduction).")
    var reduce = false

    @Option(name: .customLong("depth"), help: "With --focus: at most this many generations each way.")
    var depth: Int?

    @Option(name: .customLong("timeout"), help: "Give up if layout and rendering take longer than this many seconds.")
    var timeout: Double = 120

    func validate() throws {
        if focus != nil, top != nil { throw ValidationError("--focus and --top choose different parts of the graph; give one of them") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1, not \(top)") }
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1, not \(depth)") }
        if depth != nil, focus == nil { throw ValidationError("--depth goes with --focus") }
        if timeout <= 0 { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() throws {
        noteFormatMismatch(formatOption, output: output, aliases: ["gv": .dot, "htm": .html], fallback: .svg)
        // Graphviz loads its plugins and fonts while the corpus is read and mined.
        let preparation = format == .dot ? nil : Graphviz.prepare(
            engine: engine.map { LayoutEngine(rawValue: $0.rawValue) } ?? .dot,
            format: OutputFormat(rawValue: format == .html ? "svg" : format.rawValue), fontname: InfluenceStyle().fontname)
        defer { preparation?.wait() }
        let workspace = try Workspace.load(source)
        let graph = workspace.graph
        let analysis = Analysis(graph)
        let view = try RenderView.select(workspace: workspace, analysis: analysis, focus: focus, top: top, depth: depth, reduce: reduce)
        if format == .html {
            preparation?.wait()  // the layout's timeout counts from here, not from the preparation
            try emit(ExplorerPage.html(workspace: workspace, analysis: analysis, view: view, engine: engine, timeout: timeout), to: output)
            return
        }
        if output == nil, format == .png || format == .pdf, isatty(STDOUT_FILENO) == 1 {
            throw CLIError("\(format.rawValue.uppercased()) is binary; write it to a file with -o FILE.\(format.rawValue)")
        }
        let plan = view.plan(graph: graph, requested: engine.map { LayoutEngine(rawValue: $0.rawValue) })
        let drawing = view.drawing(graph: graph, eras: workspace.eras, scores: analysis.scores(.pagerank),
                                   ranksByYear: plan.engine == .dot)
        if format == .dot {
            try emit(plan.applied(to: drawing).dotSource, to: output)
            return
        }
        preparation?.wait()  // the layout's timeout counts from here, not from the preparation
        let bytes = try Render.layOut(drawing, plan: plan, format: format.rawValue, timeout: timeout)
        try emit(bytes: bytes, to: output)
    }

    /// Lays out and renders `drawing` with the layout plan for its size; exits with status 3
    /// when Graphviz does not finish within `timeout` seconds.
    static func layOut(_ drawing: Drawing, format: String, engine: Engine?, timeout: Double) throws -> [UInt8] {
        let plan = LayoutPlan.choose(nodeCount: drawing.declaredNodeCount, edgeCount: drawing.edgeCount,
                                     requested: engine.map { LayoutEngine(rawValue: $0.rawValue) })
        return try layOut(drawing, plan: plan, format: format, timeout: timeout)
    }

    /// Lays out and renders `drawing` with `plan`, telling on stderr what the plan chose.
    static func layOut(_ drawing: Drawing, plan: LayoutPlan, format: String, timeout: Double) throws -> [UInt8] {
        if let note = plan.note { printError("influence: \(note)") }
        let result: Result<[UInt8], GraphvizError> = Result { () throws(GraphvizError) -> [UInt8] in
            try Graphviz.render(plan.applied(to: drawing), engine: plan.engine, format: OutputFormat(rawValue: format), timeout: timeout)
        }
        switch result {
        case .success(let bytes):
            return bytes
        case .failure(.timeout(_)):
            printError("influence: Graphviz did not finish within \(Int(timeout)) s; try --top N, --reduce, --engine sfdp or a larger --timeout")
            Foundation.exit(3)
        case .failure(let error):
            throw CLIError("rendering failed: \(error)")
        }
    }
}
