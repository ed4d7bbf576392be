import Graphviz
import InfluenceDrawing
import InfluenceCorpus
import InfluenceGraph

/// Which part of the graph a picture shows: everything, one paper's lineage and impact, or the
/// most influential papers; and which edges it leaves out.
struct RenderView {
    /// Vertices to draw; `nil` for all.
    var included: [Int]?
    /// The paper the picture is about, highlighted.
    var focus: Int?
    /// Vertices drawn faded, as context.
    var faded: Set<Int> = []
    /// Edge ids left out (implied by longer chains, with --reduce).
    var omittedEdges: Set<Int> = []
    /// A caption for the picture.
    var caption: String?

    static func select(workspace: Workspace, analysis: Analysis, focus: String?, top: Int?, depth: Int?, reduce: Bool) throws -> RenderView {
        let graph = workspace.graph
        let t = graph.topology
        var view = RenderView()
        if let focus {
            let v = try workspace.resolve(focus)
            let up = t.ancestors(of: v, maxDepth: depth), down = t.descendants(of: v, maxDepth: depth)
            view.included = Array(Set([v] + up.vertices.map(Int.init) + down.vertices.map(Int.init))).sorted()
            view.focus = v
            view.caption = "What led to \(workspace.describe(v)) and what it led to"
            if up.isEmpty, down.isEmpty {
                // Alone, the paper is shown among the papers of its era, faded, so that the picture still places it.
                let era = graph.nodes[v].era
                let peers = era == nil ? [] : graph.nodes.indices.filter { $0 != v && graph.nodes[$0].kind == .paper && graph.nodes[$0].era == era }
                view.included = [v] + peers
                view.faded = Set(peers)
                let context = peers.isEmpty ? "the picture shows it alone" : "the picture shows it among the \(peers.count) other papers of its era, faded"
                printError("influence: note: nothing in this corpus is stated to have influenced \(workspace.describe(v)) or to have built on it; \(context) (`influence check` lists mentions that did not resolve)")
                if !peers.isEmpty { view.caption = "\(workspace.describe(v)): no stated influences; shown among its era" }
            }
        } else if let top {
            view.included = Array(analysis.ranking(.pagerank, includeSystems: false).prefix(top)).sorted()
            view.caption = "The \(top) most influential papers by PageRank"
        }
        if reduce {
            if let keep = t.transitiveReduction() {
                let kept = Set(keep.map(Int.init))
                view.omittedEdges = Set((0..<t.edgeCount).filter { !kept.contains($0) })
            } else {
                printError("influence: note: the graph has cycles; --reduce needs an acyclic graph and was skipped")
            }
        }
        return view
    }

    /// Layout settings that finish for the size of this view.
    func plan(graph: InfluenceGraph, requested: LayoutEngine?) -> LayoutPlan {
        let t = graph.topology
        let members = included.map(Set.init)
        let nodeCount = members?.count ?? t.vertexCount
        var edgeCount = 0
        for e in 0..<t.edgeCount where !omittedEdges.contains(e) {
            if let members, !(members.contains(Int(t.edgeSources[e])) && members.contains(Int(t.outTargets[e]))) { continue }
            edgeCount += 1
        }
        return LayoutPlan.choose(nodeCount: nodeCount, edgeCount: edgeCount, requested: requested,
                                 hasCycles: !graph.topologicalOrder().isAcyclic)
    }

    /// The styled drawing of this view, with the corpus's eras as clusters.
    /// - Parameter ranksByYear: place papers on rows by year (for dot layouts).
    func drawing(graph: InfluenceGraph, eras: [Era], scores: [Double], ranksByYear: Bool = true) -> Drawing {
        let style = InfluenceStyle(eras: eras.map { EraBand(name: $0.name, years: $0.years) })
        let view = InfluenceView(vertices: included.map(Set.init), focus: focus, faded: faded, omittedEdges: omittedEdges, title: caption,
                                 ranksByYear: ranksByYear)
        return style.drawing(of: graph, scores: scores, view: view)
    }
}
