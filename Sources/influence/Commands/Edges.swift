import Foundation
import ArgumentParser
import InfluenceGraph

struct Edges: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edges",
        abstract: "List every mined influence relation with the sentence that states it.",
        discussion: """
        One line per edge: influencer, relation, influenced, confidence, then the evidence \
        sentence(s) with the entry and line they come from. Statements that only compare two \
        works ("outperformed", "comparable to") are not influence; they are listed apart.

        Relations: \(InfluenceRelation.allCases.map(\.rawValue).joined(separator: ", ")).

        Examples:
          influence edges
          influence edges --relation adopted-by
          influence edges --format json -o edges.json
        """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("relation"), help: "Only edges of this relation.")
    var relation: String?

    func validate() throws {
        if let relation, InfluenceRelation(rawValue: relation) == nil {
            throw ValidationError("unknown relation \"\(relation)\"; expected one of \(InfluenceRelation.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let graph = workspace.graph
        let t = graph.topology
        let wanted = relation.flatMap(InfluenceRelation.init(rawValue:))
        let edges = (0..<t.edgeCount).filter { wanted == nil || graph.info(ofEdge: $0).relation == wanted }
        switch options.report.format {
        case .json:
            let json = JSON.object([
                ("edges", .array(edges.map { GraphJSON.edge(graph, $0) })),
                ("comparisons", .array(wanted == nil ? graph.comparisons.map(GraphJSON.comparison) : [])),
            ])
            try emit(json.serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            var out = [term.bold("\(edges.count) influence edge\(edges.count == 1 ? "" : "s")") + term.dim("  (influencer → influenced)")]
            for e in edges {
                let info = graph.info(ofEdge: e)
                out.append("")
                out.append(term.accent(graph.nodes[Int(t.edgeSources[e])].label) + " " + term.relation("—\(info.relation.rawValue)→") + " " +
                           term.accent(graph.nodes[Int(t.outTargets[e])].label) + term.dim(String(format: "  %.2f", info.confidence)))
                for ev in info.evidence {
                    let place = ev.line.map { " [\(ev.file.map { "\($0):" } ?? "")\($0)]" } ?? ""
                    out.append(term.dim(term.wrap("“\(ev.sentence)”\(place)", indent: 4)))
                }
            }
            if wanted == nil, !graph.comparisons.isEmpty {
                out.append("")
                out.append(term.bold("\(graph.comparisons.count) comparison\(graph.comparisons.count == 1 ? "" : "s")") + term.dim("  (not influence; never in lineage or ranking)"))
                for c in graph.comparisons {
                    out.append("  \(c.subject) vs \(c.object)")
                    out.append(term.dim(term.wrap("“\(c.evidence.sentence)”", indent: 4)))
                }
            }
            try emit(out.joined(separator: "\n"), to: options.report.output)
        }
    }
}
