import ArgumentParser
import InfluenceGraph

struct Rank: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "List the most influential papers.",
        discussion: """
        Ranks papers by a centrality measure over the influence graph. Every measure reads \
        influence the way citations do: a paper scores for the works that built on it. Ties \
        break by year, then title. Systems that the text names but does not describe (models, \
        products) are left out unless --include-systems.

        Measures: \(Metric.help)

        Examples:
          influence rank
          influence rank --by reach --top 5
          influence rank --by betweenness --include-systems --format json
          influence rank --corpus citations.tsv --top 0 -o ranking.json --format json
        """)

    /// Largest graph (in edges) for which the reach of every paper is computed to explain ranks.
    static let smallGraphEdges = 200_000
    /// Most vertices plus edges, summed over the listed rows, that one search per row may visit.
    static let rowSearchBudget = 30_000_000

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("by"), help: "The measure: \(Metric.allCases.map(\.rawValue).joined(separator: ", ")).")
    var metric: Metric = .pagerank

    @Option(name: .customLong("top"), help: "How many to list; 0 lists all.")
    var top: Int = 10

    @Flag(name: .customLong("include-systems"), help: "Also rank the systems the text names (models, products).")
    var includeSystems = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or a positive number, not \(top)") }
    }

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let analysis = Analysis(workspace.graph)
        let graph = workspace.graph
        let t = graph.topology
        let shown = analysis.ranking(metric, includeSystems: includeSystems, limit: top == 0 ? nil : top)
        let scores = analysis.scores(metric)
        // Reach explains a rank. It is the measure's own scores for --by reach; on small graphs
        // every paper's reach is cheap; otherwise one search per listed row, while those
        // searches stay within a budget; beyond it, no reach column.
        let reach: [Int]?
        let work = shown.count * (t.vertexCount + t.edgeCount)
        if metric == .reach || t.edgeCount <= Rank.smallGraphEdges {
            reach = analysis.reach.counts
        } else if work <= Rank.rowSearchBudget {
            var counts = [Int](repeating: 0, count: t.vertexCount)
            for v in shown { counts[v] = t.descendants(of: v).count }
            reach = counts
        } else {
            reach = nil
        }
        for note in analysis.notes { printError("influence: note: \(note)") }

        switch options.report.format {
        case .json:
            let rows: [JSON] = shown.enumerated().map { i, v in
                .object([
                    ("rank", .integer(i + 1)), ("id", .string(graph.nodes[v].id)), ("label", .string(graph.nodes[v].label)),
                    ("score", .number(scores[v])), ("kind", .string(graph.nodes[v].kind.rawValue)),
                    ("year", graph.nodes[v].year.map(JSON.integer)),
                    ("reach", reach.map { .integer($0[v]) }), ("direct", .integer(t.outDegree(v))),
                ])
            }
            try emit(JSON.array(rows).serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            let papers = graph.nodes.count(where: { $0.kind == .paper })
            let what = includeSystems ? "papers and systems" : "papers"
            var lines = [term.bold("Most influential \(what) by \(metric.title)") +
                         term.dim("  (" + [counted(papers, "paper"), counted(graph.nodes.count - papers, "system"), counted(t.edgeCount, "influence edge")].joined(separator: ", ") + ")"), ""]
            let nameWidth = min(28, max(5, shown.map { graph.nodes[$0].label.count }.max() ?? 5))
            let scoreStrings = shown.map { scores[$0].formattedScore(count: metric.isCount) }
            let scoreWidth = max(5, scoreStrings.map(\.count).max() ?? 5)
            let rankWidth = String(shown.count).count
            lines.append(term.dim(pad("#", rankWidth, right: true) + "  " + pad("name", nameWidth) + "  year  " +
                                  pad("score", scoreWidth, right: true) + "  why"))
            for (i, v) in shown.enumerated() {
                let node = graph.nodes[v]
                let name = pad(term.truncate(node.label, to: nameWidth), nameWidth)
                let year = node.year.map(String.init) ?? "    "
                let why = (reach.map { "reaches \($0[v]), directly \(t.outDegree(v))" } ?? "directly influenced \(t.outDegree(v))") + (node.kind == .system ? " (system)" : "")
                let row = pad(String(i + 1), rankWidth, right: true) + "  " + term.accent(name) + "  " + year + "  " +
                    pad(scoreStrings[i], scoreWidth, right: true) + "  " + term.dim(why)
                lines.append(row)
            }
            if shown.isEmpty { lines.append("(no \(what) in this graph)") }
            try emit(lines.joined(separator: "\n"), to: options.report.output)
        }
    }
}

/// `s` padded with spaces to `width` characters.
func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return right ? fill + s : s + fill
}
