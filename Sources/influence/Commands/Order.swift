import ArgumentParser
import InfluenceGraph

struct Order: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order",
        abstract: "List the papers in topological order: every influence before what it influenced.",
        discussion: """
        Kahn's algorithm; among papers that are free to come next, the older comes first, then \
        by title. Text output groups the papers by era, each with its position in the order. \
        If the graph has cycles (mutual citations), each cycle's members are kept together, and \
        the cycles are listed on stderr and in the output: never hidden.

        Examples:
          influence order
          influence order --format json
          influence order --corpus cit-HepTh.tsv --format json -o order.json
        """)

    @OptionGroup var options: GlobalOptions

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let graph = workspace.graph
        let order = graph.topologicalOrder()
        var cycleOf = [Int: Int]()
        for (i, cycle) in order.cycles.enumerated() { for v in cycle { cycleOf[Int(v)] = i + 1 } }
        if !order.isAcyclic {
            printError("influence: warning: the graph has \(order.cycles.count) cycle\(order.cycles.count == 1 ? "" : "s"); their members are kept together in the order" +
                       " (first: " + order.cycles[0].prefix(6).map { workspace.describe(Int($0)) }.joined(separator: ", ") + (order.cycles[0].count > 6 ? ", …" : "") + ")")
        }
        switch options.report.format {
        case .json:
            let rows: [JSON] = order.vertices.enumerated().map { i, v in
                let n = graph.nodes[Int(v)]
                return .object([("id", .string(n.id)), ("label", .string(n.label)), ("position", .integer(i + 1)),
                                ("kind", .string(n.kind.rawValue)), ("year", n.year.map(JSON.integer)), ("era", n.era.map(JSON.string)),
                                ("cycle", cycleOf[Int(v)].map(JSON.integer))])
            }
            try emit(JSON.array(rows).serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            var out = [term.bold("Topological order") + term.dim("  (influences first; \(graph.nodes.count) nodes, \(order.isAcyclic ? "no cycles" : "\(order.cycles.count) cycles"))")]
            // Groups: eras in page order, then nodes with an era the page did not list, then systems, then the rest.
            var groups: [(title: String?, members: [(Int, Int)])] = []
            var groupIndex = [String: Int]()
            for era in workspace.eras where groupIndex[era.name] == nil {
                groupIndex[era.name] = groups.count
                let years = era.years.map { $0.lowerBound == $0.upperBound ? " (\($0.lowerBound))" : " (\($0.lowerBound) – \($0.upperBound))" } ?? ""
                groups.append((era.name + years, []))
            }
            let hasEras = !groupIndex.isEmpty
            for (position, v) in order.vertices.enumerated() {
                let n = graph.nodes[Int(v)]
                let key = n.kind == .system && hasEras ? "\u{0}systems" : (n.era ?? "\u{0}other")
                if groupIndex[key] == nil {
                    groupIndex[key] = groups.count
                    let title: String? = key == "\u{0}systems" ? "Systems named in the text" : key == "\u{0}other" ? (hasEras ? "Without era" : nil) : key
                    groups.append((title, []))
                }
                groups[groupIndex[key]!].members.append((position + 1, Int(v)))
            }
            let width = String(order.vertices.count).count
            for group in groups where !group.members.isEmpty {
                out.append("")
                if let title = group.title { out.append(term.bold(title)) }
                for (position, v) in group.members {
                    let n = graph.nodes[v]
                    let cycle = cycleOf[v].map { term.warning("  [cycle \($0)]") } ?? ""
                    out.append("  " + pad(String(position), width, right: true) + "  " + term.accent(n.label) +
                               (n.year.map { " \($0)" } ?? "") + cycle)
                }
            }
            if !order.isAcyclic {
                out.append("")
                out.append(term.bold("Cycles"))
                for (i, cycle) in order.cycles.enumerated().prefix(50) {
                    out.append("  \(i + 1). " + cycle.prefix(12).map { graph.nodes[Int($0)].label }.joined(separator: ", ") + (cycle.count > 12 ? ", … (\(cycle.count) in all)" : ""))
                }
                if order.cycles.count > 50 { out.append("  … and \(order.cycles.count - 50) more") }
            }
            try emit(out.joined(separator: "\n"), to: options.report.output)
        }
    }
}
