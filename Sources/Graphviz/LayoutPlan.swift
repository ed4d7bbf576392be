/// Layout settings that finish in reasonable time for a graph of a given size, and a note saying
/// what was chosen.
///
/// `dot` (Gansner, Koutsofios, North and Vo, "A Technique for Drawing Directed Graphs", IEEE TSE
/// 19(3), 1993, doi:10.1109/32.221135) draws influence best but is super-linear in practice:
/// measured here (Graphviz 2.42, `Tests/GraphvizTests/Fixtures/bench/`), a 1,000-node Price-model
/// citation graph took 43 s and a random 100-node graph with 300 edges 6–21 s, while iteration
/// limits (`nslimit`, `nslimit1`, `mclimit`, `searchsize`) brought the random 100-node graph to
/// under 1 s but still not a random 300-node graph within a minute. `sfdp` (Hu, "Efficient,
/// high-quality force-directed graph drawing", Mathematica Journal 10(1), 2005) laid out every
/// test graph up to 1,000 nodes in 0.1–1.3 s (3 s on a loaded machine). Hence: dot as it is for small graphs, dot
/// with limits for medium ones, sfdp beyond.
public struct LayoutPlan: Sendable, Hashable {
    /// Graphs up to this many nodes (and ``smallEdgeLimit`` edges) get plain dot.
    public static let smallNodeLimit = 60
    public static let smallEdgeLimit = 180
    /// Graphs up to this many nodes (and ``mediumEdgeLimit`` edges) get dot with limits.
    public static let mediumNodeLimit = 300
    public static let mediumEdgeLimit = 900
    /// The same limits for graphs with cycles, which dot finds much harder (a random 100-node
    /// graph took longer than a 300-node citation DAG).
    public static let cyclicSmallNodeLimit = 30
    public static let cyclicSmallEdgeLimit = 90
    public static let cyclicMediumNodeLimit = 100
    public static let cyclicMediumEdgeLimit = 300

    /// dot's iteration limits for medium graphs.
    public static let dotLimits: Attributes = ["nslimit": "2", "nslimit1": "2", "mclimit": "0.5", "searchsize": "30"]
    /// sfdp's settings for large graphs: straight edges drawn under the nodes, and node overlaps
    /// removed (`overlap=prism`) up to ``overlapRemovalNodeLimit`` nodes.
    public static let largeGraphSettings: Attributes = ["overlap": "prism", "splines": "false",
                                                        "outputorder": "edgesfirst"]
    /// Beyond this many nodes sfdp keeps its own spacing: removing overlaps (prism) took 2–3 times
    /// as long as the layout itself on the 1,000-node graph (2.3 s against 4.9–9.2 s here, on a
    /// loaded machine).
    public static let overlapRemovalNodeLimit = 600

    public var engine: LayoutEngine
    /// Graph attributes to add to the drawing (see ``applied(to:)``).
    public var graphAttributes: Attributes
    /// What was chosen and why, for stderr; `nil` when the request stands as it is.
    public var note: String?

    public init(engine: LayoutEngine, graphAttributes: Attributes = [:], note: String? = nil) {
        self.engine = engine
        self.graphAttributes = graphAttributes
        self.note = note
    }

    /// The plan for a graph of `nodeCount` nodes and `edgeCount` edges.
    ///
    /// - Parameters:
    ///   - requested: the engine the user asked for, or `nil` to choose. A requested engine is
    ///     kept; dot on a medium or large graph gets its iteration limits and a warning.
    ///   - hasCycles: whether the graph has directed cycles (influence graphs mostly have none);
    ///     dot gets smaller limits when it has.
    /// - Complexity: O(1).
    public static func choose(nodeCount: Int, edgeCount: Int, requested: LayoutEngine? = nil,
                              hasCycles: Bool = false) -> LayoutPlan {
        let size = "\(nodeCount) nodes and \(edgeCount) edges"
        let small = hasCycles ? nodeCount <= cyclicSmallNodeLimit && edgeCount <= cyclicSmallEdgeLimit
                              : nodeCount <= smallNodeLimit && edgeCount <= smallEdgeLimit
        let medium = hasCycles ? nodeCount <= cyclicMediumNodeLimit && edgeCount <= cyclicMediumEdgeLimit
                               : nodeCount <= mediumNodeLimit && edgeCount <= mediumEdgeLimit
        switch requested {
        case nil where small, .some(.dot) where small:
            return LayoutPlan(engine: .dot)
        case nil where medium:
            return LayoutPlan(engine: .dot, graphAttributes: dotLimits,
                              note: "\(size): dot with iteration limits (nslimit, mclimit, searchsize) to bound layout time")
        case nil:
            return LayoutPlan(engine: .sfdp, graphAttributes: sfdpSettings(nodeCount: nodeCount),
                              note: "\(size): too many for dot to finish in reasonable time; using sfdp with "
                                  + "straight edges (ask for fewer nodes with --top or --focus to get the layered layout)")
        case .some(.dot) where medium:
            return LayoutPlan(engine: .dot, graphAttributes: dotLimits,
                              note: "\(size): dot with iteration limits (nslimit, mclimit, searchsize) to bound layout time")
        case .some(.dot):
            return LayoutPlan(engine: .dot, graphAttributes: dotLimits.merging(["splines": "false"]) { a, _ in a },
                              note: "\(size): dot may take minutes on a graph this size, even with iteration limits; "
                                  + "sfdp, --top or --focus finish faster")
        case .some(.sfdp) where !medium:
            return LayoutPlan(engine: .sfdp, graphAttributes: sfdpSettings(nodeCount: nodeCount))
        case .some(let engine):
            let quadratic: Set<LayoutEngine> = [.neato, .fdp, .circo]
            if !medium, quadratic.contains(engine) {
                return LayoutPlan(engine: engine, note: "\(size): \(engine) may be slow on a graph this size; sfdp is faster")
            }
            return LayoutPlan(engine: engine)
        }
    }

    static func sfdpSettings(nodeCount: Int) -> Attributes {
        var settings = largeGraphSettings
        if nodeCount > overlapRemovalNodeLimit { settings["overlap"] = "true" }
        return settings
    }

    /// `drawing` with the plan's graph attributes added; attributes the drawing sets itself win.
    /// - Complexity: O(number of attributes).
    public func applied(to drawing: Drawing) -> Drawing {
        var result = drawing
        result.attributes.merge(graphAttributes) { own, _ in own }
        return result
    }
}
