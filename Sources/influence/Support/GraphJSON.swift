import InfluenceGraph

/// The JSON shapes of nodes, edges and whole graphs (see the README's "JSON shapes").
/// `export --format json`, `lineage`/`impact`/`path --format json` and the HTML explorer all
/// use these functions, so they never disagree.
enum GraphJSON {
    /// `{"id", "label", "kind", "title"?, "era"?, "year"?, "url"?, "aliases"?, "description"?, "impact"?}`
    static func node(_ graph: InfluenceGraph, _ v: Int, extra: [(String, JSON?)] = []) -> JSON {
        let n = graph.nodes[v]
        var pairs: [(String, JSON?)] = [
            ("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind.rawValue)),
            ("title", n.title.map(JSON.string)), ("era", n.era.map(JSON.string)), ("year", n.year.map(JSON.integer)),
            ("url", n.url.map(JSON.string)),
            ("aliases", n.aliases.isEmpty ? nil : .array(n.aliases.map(JSON.string))),
            ("description", n.description.map(JSON.string)), ("impact", n.impact.map(JSON.string)),
        ]
        for (k, value) in n.attributes.sorted(by: { $0.key < $1.key }) where !pairs.contains(where: { $0.0 == k }) {
            pairs.append((k, .string(value)))
        }
        return .object(pairs + extra)
    }

    /// `{"source", "target", "relation", "evidence", "confidence", "statements": [{"sentence", "entry", "file", "line"}]}`
    /// `evidence` is the first sentence stating the edge; `statements` lists every one.
    static func edge(_ graph: InfluenceGraph, _ e: Int, extra: [(String, JSON?)] = []) -> JSON {
        let t = graph.topology
        let info = graph.info(ofEdge: e)
        var pairs: [(String, JSON?)] = [
            ("source", .string(graph.nodes[Int(t.edgeSources[e])].id)),
            ("target", .string(graph.nodes[Int(t.outTargets[e])].id)),
            ("relation", .string(info.relation.rawValue)),
            ("evidence", info.evidence.first.map { .string($0.sentence) }),
            ("confidence", .number(info.confidence)),
        ]
        if !info.evidence.isEmpty {
            pairs.append(("statements", .array(info.evidence.map(evidence))))
        }
        for (k, value) in info.attributes.sorted(by: { $0.key < $1.key }) where !pairs.contains(where: { $0.0 == k }) {
            pairs.append((k, .string(value)))
        }
        return .object(pairs + extra)
    }

    static func evidence(_ ev: Evidence) -> JSON {
        .object([("sentence", .string(ev.sentence)), ("entry", .string(ev.entry)),
                 ("file", ev.file.map(JSON.string)), ("line", ev.line.map(JSON.integer))])
    }

    static func comparison(_ c: Comparison) -> JSON {
        .object([("subject", .string(c.subject)), ("object", .string(c.object)), ("evidence", .string(c.evidence.sentence)),
                 ("entry", .string(c.evidence.entry)), ("line", c.evidence.line.map(JSON.integer))])
    }

    /// The whole graph: `{"nodes": [...], "edges": [...], "comparisons": [...]}`, nodes in vertex
    /// order and edges in edge-id order (both deterministic).
    static func graph(_ graph: InfluenceGraph) -> JSON {
        .object([
            ("nodes", .array(graph.nodes.indices.map { node(graph, $0) })),
            ("edges", .array((0..<graph.topology.edgeCount).map { edge(graph, $0) })),
            ("comparisons", .array(graph.comparisons.map(comparison))),
        ])
    }
}
