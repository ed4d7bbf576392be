import ArgumentParser
import Foundation
import InfluenceGraph

struct MainPathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mainpath",
        abstract: "Trace the main path of the field: the chain of influence that carries the most search paths.",
        discussion: """
        Main path analysis (Hummon & Doreian 1989; Batagelj 2003). Each influence edge is \
        weighted by its Search Path Count: how many paths from an origin (a work that draws on \
        nothing in the corpus) to an end (a work nothing builds on) run through it. The local \
        main path starts at the origin with the heaviest edge and keeps following the heaviest \
        edge; ties are all followed. --key-routes N instead starts from the N heaviest edges and \
        extends each both ways (Liu & Lu 2012). Edges inside cycles carry no weight.

        Examples:
          influence mainpath
          influence mainpath --from Transformer
          influence mainpath --key-routes 3 --format json
        """)

    @OptionGroup var options: GlobalOptions

    @Option(name: .customLong("from"), help: "Start the main path at this paper instead of the best origin.")
    var from: String?

    @Option(name: .customLong("key-routes"), help: "Use the key-route main path through the N heaviest edges.")
    var keyRoutes: Int?

    @Option(name: .customLong("weighting"), help: "Search path weighting: spc (default), splc or spnp.")
    var weighting: String = "spc"

    func validate() throws {
        if from != nil, keyRoutes != nil { throw ValidationError("--from and --key-routes choose different main paths; give one of them") }
        if let keyRoutes, keyRoutes < 1 { throw ValidationError("--key-routes must be at least 1, not \(keyRoutes)") }
        if SearchPathWeighting(rawValue: weighting) == nil { throw ValidationError("unknown --weighting \"\(weighting)\"; expected spc, splc or spnp") }
    }

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let graph = workspace.graph
        let t = graph.topology
        let weights = t.searchPathWeights(SearchPathWeighting(rawValue: weighting)!)
        let start = try from.map { try workspace.resolve($0) }
        let path = keyRoutes.map { t.keyRouteMainPath(weights, keyRoutes: $0) } ?? t.localMainPath(weights, from: start)
        // Edges in path order: by the topological position of their tails.
        let position = graph.topologicalOrder().positions()
        let edges = path.edges.map(Int.init).sorted { a, b in
            let pa = position[Int(t.edgeSources[a])], pb = position[Int(t.edgeSources[b])]
            return pa != pb ? pa < pb : position[Int(t.outTargets[a])] < position[Int(t.outTargets[b])]
        }
        let method = weighting.uppercased()
        if !weights.ignoredEdges.isEmpty {
            printError("influence: note: \(weights.ignoredEdges.count) edges inside cycles carry no search path weight")
        }
        switch options.report.format {
        case .json:
            let vertices = path.vertices.map(Int.init).sorted { position[$0] < position[$1] }
            let json = JSON.object([
                ("weighting", .string(weighting)), ("total_flow", .number(weights.totalFlow)),
                ("nodes", .array(vertices.map { GraphJSON.node(graph, $0) })),
                ("edges", .array(edges.map { GraphJSON.edge(graph, $0, extra: [("weight", .number(weights.counts[$0])), ("share", .number(weights.normalized[$0]))]) })),
            ])
            try emit(json.serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            var out = [term.bold("Main path by \(method)") + term.dim("  (total flow \(weights.totalFlow.formattedScore(count: weights.totalFlow < 1e15)) paths; \(edges.count) edges)")]
            if edges.isEmpty {
                out.append("No influence edges to follow.")
            }
            // Each vertex once, in topological order, with its main-path edges.
            var byTail = [Int: [Int]]()
            for e in edges { byTail[Int(t.edgeSources[e]), default: []].append(e) }
            let tails = byTail.keys.sorted { position[$0] < position[$1] }
            for s in tails {
                out.append("")
                out.append("  " + term.accent(workspace.describe(s)))
                for e in byTail[s]! {
                    let info = graph.info(ofEdge: e)
                    let weight = "\(method) \(weights.counts[e].formattedScore(count: weights.counts[e] < 1e15))" + String(format: ", %.1f%% of paths", weights.normalized[e] * 100)
                    out.append("    → " + term.accent(workspace.describe(Int(t.outTargets[e]))) + "  " + term.relation(info.relation.rawValue) + term.dim("  " + weight))
                    if let ev = info.evidence.first { out.append(term.dim(term.wrap("“\(ev.sentence)”", indent: 8))) }
                }
            }
            try emit(out.joined(separator: "\n"), to: options.report.output)
        }
    }
}
