import InfluenceCorpus
import InfluenceDrawing
import InfluenceGraph

/// The data the explorer page embeds as `<script type="application/json" id="influence-data">`.
///
/// ```
/// {"graph": {export --format json},
///  "metrics": [{"id", "title", "count", "scores": [per node], "ranking": [papers, best first],
///               "ranks": [per node: place among papers (papers) or among all nodes (systems)]}],
///  "eras": [{"name", "from"?, "to"?, "blurb"?}],
///  "families": [{"name", "relations": [...], "color", "line"}],
///  "sentences": [per edge: "A influenced B"],
///  "view": {"vertices"?: [...], "focus"?: V, "caption"?: "..."}}
/// ```
/// `graph` is ``GraphJSON/graph(_:)``, the same value as `export --format json`, so the page and
/// the command line never disagree. Node and edge positions in it are vertex and edge ids.
enum ExplorerData {
    /// The measures the page offers, in menu order.
    static let metrics: [Metric] = [.pagerank, .reach, .betweenness, .katz, .hits, .indegree, .spc]

    /// The page's eras: the corpus's eras in page order, then eras that nodes name but the pages
    /// do not head, in order of first appearance.
    /// - Complexity: O(V + eras).
    static func eras(_ graph: InfluenceGraph, corpusEras: [Era]) -> [(name: String, years: ClosedRange<Int>?, blurb: String?)] {
        var result = corpusEras.map { (name: $0.name, years: $0.years, blurb: $0.blurb.isEmpty ? nil : $0.blurb) }
        var seen = Set(result.map(\.name))
        for node in graph.nodes {
            if let era = node.era, seen.insert(era).inserted { result.append((name: era, years: nil, blurb: nil)) }
        }
        return result
    }

    /// The embedded JSON value.
    /// - Complexity: that of computing the scores of ``metrics`` (see ``Analysis``), plus
    ///   O(M · V log V) to rank them.
    static func json(workspace: Workspace, analysis: Analysis, view: RenderView) -> JSON {
        let graph = workspace.graph
        let metricsJSON: [JSON] = metrics.map { metric in
            let scores = analysis.scores(metric)
            let ranking = analysis.ranking(metric, includeSystems: false)
            var ranks = analysis.ranks(metric)
            for (i, v) in ranking.enumerated() { ranks[v] = i + 1 }
            return .object([
                ("id", .string(metric.rawValue)), ("title", .string(metric.title)), ("count", .bool(metric.isCount)),
                ("scores", .array(scores.map(JSON.number))),
                ("ranking", .array(ranking.map(JSON.integer))),
                ("ranks", .array(ranks.map(JSON.integer))),
            ])
        }
        let erasJSON: [JSON] = eras(graph, corpusEras: workspace.eras).map { era in
            .object([("name", .string(era.name)), ("from", era.years.map { .integer($0.lowerBound) }),
                     ("to", era.years.map { .integer($0.upperBound) }), ("blurb", era.blurb.map(JSON.string))])
        }
        let families: [JSON] = RelationStyle.families.map { family in
            .object([("name", .string(family.name)), ("relations", .array(family.relations.map { .string($0.rawValue) })),
                     ("color", .string(family.color.description)), ("line", .string(family.line))])
        }
        let t = graph.topology
        let sentences: [JSON] = (0..<t.edgeCount).map { e in
            let source = graph.nodes[Int(t.edgeSources[e])], target = graph.nodes[Int(t.outTargets[e])]
            return .string(RelationStyle.sentence(graph.info(ofEdge: e).relation,
                                                  source: source.label.isEmpty ? source.id : source.label,
                                                  target: target.label.isEmpty ? target.id : target.label))
        }
        let viewJSON: JSON = .object([
            ("vertices", view.included.map { .array($0.map(JSON.integer)) }),
            ("focus", view.focus.map(JSON.integer)),
            ("caption", view.caption.map(JSON.string)),
        ])
        return .object([
            ("graph", GraphJSON.graph(graph)),
            ("metrics", .array(metricsJSON)),
            ("eras", .array(erasJSON)),
            ("families", .array(families)),
            ("sentences", .array(sentences)),
            ("view", viewJSON),
        ])
    }
}
