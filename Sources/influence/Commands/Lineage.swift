import ArgumentParser
import InfluenceGraph

struct Lineage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Show what led to a paper: its ancestors, generation by generation, with the evidence.",
        discussion: """
        Follows influence backwards from PAPER. Generation 1 influenced PAPER directly; \
        generation 2 influenced generation 1; and so on. The oldest roots come first, and each \
        step shows its relation and the sentence that states it.

        PAPER is matched forgivingly: id, title, short name or alias in any case ("lora", \
        "GPT-3", "the transformer"), then a unique prefix, then a close spelling.

        Examples:
          influence lineage InstructGPT
          influence lineage "llama 2" --depth 1
          influence lineage 9503012 --corpus cit-HepTh.tsv --format json
        """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var generations: GenerationOptions

    func run() throws {
        try GenerationReport(options: options, paper: generations.paper, depth: generations.depth, direction: .backward).run()
    }
}

struct Impact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "impact",
        abstract: "Show what a paper led to: its descendants, generation by generation, with the evidence.",
        discussion: """
        Follows influence forwards from PAPER. Generation 1 built on PAPER directly; generation \
        2 built on generation 1; and so on. Each step shows its relation and the sentence that \
        states it. Systems the text names (models, products) are included.

        Examples:
          influence impact Transformer
          influence impact "the transformer" --depth 2
          influence impact DDPM --format json
        """)

    @OptionGroup var options: GlobalOptions
    @OptionGroup var generations: GenerationOptions

    func run() throws {
        try GenerationReport(options: options, paper: generations.paper, depth: generations.depth, direction: .forward).run()
    }
}

/// The paper and the depth that `lineage` and `impact` take.
struct GenerationOptions: ParsableArguments {
    @Argument(help: "The paper (id, title, short name or alias).") var paper: String
    @Option(name: .customLong("depth"), help: "Show at most this many generations.") var depth: Int?

    func validate() throws {
        if let depth, depth < 1 { throw ValidationError("--depth must be at least 1, not \(depth)") }
    }
}

/// The shared body of `lineage` (backward) and `impact` (forward).
struct GenerationReport {
    let options: GlobalOptions
    let paper: String
    let depth: Int?
    let direction: EdgeDirection

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let graph = workspace.graph
        let t = graph.topology
        let focus = try workspace.resolve(paper)
        let generations = t.generations(from: [focus], direction: direction, maxDepth: depth)
        var depthOf = [Int: Int]()
        depthOf[focus] = 0
        for (v, d) in zip(generations.vertices, generations.depths) { depthOf[Int(v)] = Int(d) }
        // Edges of the lineage: each step between consecutive generations, pointing toward the focus.
        let priority = graph.tieBreakPriority()
        var edges: [Int] = []
        for (v, d) in depthOf where d > 0 {
            if direction == .backward {
                for e in t.outEdgeIDs(v) where depthOf[Int(t.outTargets[e])] == d - 1 { edges.append(e) }
            } else {
                for e in t.inEdgeIDs(v) where depthOf[Int(t.edgeSources[Int(e)])] == d - 1 { edges.append(Int(e)) }
            }
        }
        edges.sort()
        let members = depthOf.keys.filter { $0 != focus }.sorted { a, b in
            depthOf[a]! != depthOf[b]! ? depthOf[a]! < depthOf[b]! : priority[a] < priority[b]
        }

        switch options.report.format {
        case .json:
            let json = JSON.object([
                ("paper", GraphJSON.node(graph, focus)),
                ("nodes", .array(members.map { GraphJSON.node(graph, $0, extra: [("depth", .integer(depthOf[$0]!))]) })),
                ("edges", .array(edges.map { GraphJSON.edge(graph, $0) })),
            ])
            try emit(json.serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            try emit(text(workspace: workspace, term: term, focus: focus, members: members, depthOf: depthOf, edges: edges),
                     to: options.report.output)
        }
    }

    private func text(workspace: Workspace, term: Terminal, focus: Int, members: [Int], depthOf: [Int: Int], edges: [Int]) -> String {
        let graph = workspace.graph
        let t = graph.topology
        let node = graph.nodes[focus]
        let heading = direction == .backward ? "What led to" : "What came of"
        var out = [term.bold("\(heading) \(workspace.describe(focus))") + (node.title.map { term.dim(" — \($0)") } ?? "")]
        guard !members.isEmpty else {
            out.append(direction == .backward
                ? "Nothing in this corpus is stated to have influenced it."
                : "Nothing in this corpus is stated to have built on it.")
            return out.joined(separator: "\n")
        }
        let maxDepth = members.map { depthOf[$0]! }.max()!
        let systems = members.filter { graph.nodes[$0].kind == .system }.count
        out.append(term.dim(counted(members.count - systems, "paper") + (systems > 0 ? " and " + counted(systems, "system") : "") + " in " + counted(maxDepth, "generation")))
        // Oldest roots first for a lineage; nearest first for an impact.
        let order = direction == .backward ? Array((1...maxDepth).reversed()) : Array(1...maxDepth)
        var stepsOf = [Int: [Int]]()
        for e in edges {
            let owner = direction == .backward ? Int(t.edgeSources[e]) : Int(t.outTargets[e])
            stepsOf[owner, default: []].append(e)
        }
        for d in order {
            let label = d == 1 ? (direction == .backward ? "generation 1 (direct influences)" : "generation 1 (built on it directly)")
                : "generation \(d)" + (direction == .backward && d == maxDepth ? " (oldest roots)" : "")
            out.append("")
            out.append(term.bold(label))
            for v in members where depthOf[v] == d {
                let n = graph.nodes[v]
                let year = n.year.map { " \($0)" } ?? ""
                let kind = n.kind == .system ? term.dim(" (system)") : ""
                out.append("  " + term.accent(n.label) + year + kind + (n.title.map { term.dim("  \(term.truncate($0, to: 60))") } ?? ""))
                for e in stepsOf[v] ?? [] {
                    let info = graph.info(ofEdge: e)
                    let other = direction == .backward ? Int(t.outTargets[e]) : Int(t.edgeSources[e])
                    let arrow = direction == .backward ? "→ \(graph.nodes[other].label)" : "← \(graph.nodes[other].label)"
                    out.append("    " + term.relation(info.relation.rawValue) + " " + arrow)
                    if let ev = info.evidence.first {
                        out.append(term.dim(term.wrap("“\(ev.sentence)”", indent: 6)))
                    }
                }
            }
        }
        return out.joined(separator: "\n")
    }
}
