import Graphviz
import InfluenceGraph

/// Styles an influence graph into a Graphviz ``Drawing``: a pure function of the graph, the
/// per-vertex influence scores and a view request.
///
/// The drawing shows time flowing downwards (`rankdir=TB`, papers on rows by year with
/// `newrank=true`, so that rows and era clusters agree), one cluster per era labelled with its
/// years, papers as rounded boxes labelled with their short name and year, systems as lighter
/// ellipses, emphasis (fill, border and type size) growing with the score, edges styled by
/// relation family (``RelationStyle``), a legend, tooltips on every node and edge, and links
/// where a node has a URL. The output depends only on the input: vertices in index order, edges
/// in edge-id order, attributes sorted.
public struct InfluenceStyle: Sendable {
    /// The eras of the corpus, in order; eras that nodes name but this list lacks are added in
    /// order of first appearance, with the years of their papers.
    public var eras: [EraBand]
    /// Font family list for every text.
    public var fontname: String

    public init(eras: [EraBand] = [], fontname: String = "Helvetica,Arial,sans-serif") {
        self.eras = eras
        self.fontname = fontname
    }

    /// The drawing of `graph` as `view` asks.
    ///
    /// - Parameters:
    ///   - graph: the influence graph.
    ///   - scores: influence score per vertex (e.g. PageRank), or empty for none. Emphasis is
    ///     scaled between the lowest and highest score of the drawn, unfaded vertices.
    ///   - view: which vertices and edges to draw, the focus, the faded context, the title.
    /// - Complexity: O(V log V + E) for the drawn vertices and edges.
    public func drawing(of graph: InfluenceGraph, scores: [Double] = [], view: InfluenceView = InfluenceView()) -> Drawing {
        let n = graph.nodes.count
        let included: [Int] = view.vertices.map { $0.filter { $0 >= 0 && $0 < n }.sorted() } ?? Array(0..<n)
        var isIncluded = [Bool](repeating: false, count: n)
        for v in included { isIncluded[v] = true }
        let names = Self.nodeNames(graph.nodes)
        let emphasis = Self.emphasis(scores: scores, vertices: included.filter { !view.faded.contains($0) }, count: n)

        // Nodes, grouped by era.
        let bands = resolvedEras(graph.nodes, included)
        var eraMembers = [[Drawing.Node]](repeating: [], count: bands.count)
        let bandIndex = Dictionary(bands.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        var looseNodes: [Drawing.Node] = []
        for v in included {
            let node = Drawing.Node(names[v], nodeAttributes(graph.nodes[v], vertex: v, emphasis: emphasis[v], view: view,
                                                              score: scores.count == n ? scores[v] : nil))
            if let era = graph.nodes[v].era, let b = bandIndex[era] { eraMembers[b].append(node) } else { looseNodes.append(node) }
        }

        // Edges among the drawn vertices, in edge-id order.
        var edges: [Drawing.Edge] = []
        var drawnPairs: [(Int, Int)] = []
        var familiesUsed = Set<Int>()
        for v in included {
            for e in graph.topology.outEdgeIDs(v) where !view.omittedEdges.contains(e) {
                let w = Int(graph.topology.outTargets[e])
                guard isIncluded[w] else { continue }
                let info = graph.info(ofEdge: e)
                familiesUsed.insert(RelationStyle.familyIndex(of: info.relation))
                drawnPairs.append((v, w))
                edges.append(Drawing.Edge(names[v], names[w],
                                          edgeAttributes(info, source: graph.nodes[v], target: graph.nodes[w],
                                                         faded: view.faded.contains(v) || view.faded.contains(w),
                                                         touchesFocus: view.focus == v || view.focus == w)))
            }
        }

        var subgraphs: [Drawing.Subgraph] = []
        var yearRows: [Drawing.Subgraph] = []
        if view.ranksByYear {
            let timeline = Self.timeline(graph.nodes, included, edges: drawnPairs, names: names)
            if let axis = timeline.axis {
                subgraphs.append(axis)
                yearRows = timeline.rows
            }
        }
        var usedClusterNames = Set<String>()
        for (b, band) in bands.enumerated() where !eraMembers[b].isEmpty {
            let clusterName = Self.uniqueName("cluster_" + Self.slug(band.name), &usedClusterNames)
            subgraphs.append(eraCluster(band, name: clusterName, index: b, members: eraMembers[b]))
        }
        subgraphs += yearRows

        var nodes = looseNodes
        if view.showsLegend, !included.isEmpty {
            let kinds = Set(included.map { graph.nodes[$0].kind })
            nodes.append(legend(kinds: kinds, families: familiesUsed.sorted()))
        }

        var attributes: Attributes = [
            "rankdir": "TB", "newrank": "true", "fontname": .text(fontname), "bgcolor": "white",
            "nodesep": "0.25", "ranksep": "0.42", "outputorder": "edgesfirst", "pad": "0.3",
            "tooltip": .text(view.title ?? "influence graph"),
        ]
        if let title = view.title {
            attributes["label"] = .text(title)
            attributes["labelloc"] = "t"
            attributes["fontsize"] = "22"
            attributes["fontcolor"] = .text(Palette.ink.description)
        }
        return Drawing(
            name: "influence", attributes: attributes,
            nodeDefaults: ["fontname": .text(fontname), "shape": "box", "style": "rounded,filled", "fontsize": "11",
                           "margin": "0.14,0.06", "color": .text(Palette.darkGrey.description),
                           "fillcolor": "white", "fontcolor": .text(Palette.ink.description)],
            edgeDefaults: ["fontname": .text(fontname), "arrowsize": "0.7", "color": .text(Palette.grey.description)],
            subgraphs: subgraphs, nodes: nodes, edges: edges)
    }
}
