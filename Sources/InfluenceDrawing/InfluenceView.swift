/// What part of the influence graph to draw, and what to stress.
///
/// The caller computes the subsets (lineage, impact, top-N, a transitive reduction) with the
/// graph algorithms; the view only says which vertices and edges to show and how.
public struct InfluenceView: Sendable, Hashable {
    /// Vertices to draw; `nil` draws all. Edges are drawn when both ends are drawn.
    public var vertices: Set<Int>?
    /// The vertex the view is about (`--focus`): drawn highlighted.
    public var focus: Int?
    /// Vertices drawn but faded (context around the focus).
    public var faded: Set<Int>
    /// Edge ids not to draw (for example the edges a transitive reduction removes).
    public var omittedEdges: Set<Int>
    /// A title above the drawing.
    public var title: String?
    /// Whether to draw the legend of node kinds and relation styles.
    public var showsLegend: Bool
    /// Whether to place papers on rows by year (dot layouts); other engines ignore ranks anyway.
    public var ranksByYear: Bool

    public init(vertices: Set<Int>? = nil, focus: Int? = nil, faded: Set<Int> = [], omittedEdges: Set<Int> = [],
                title: String? = nil, showsLegend: Bool = true, ranksByYear: Bool = true) {
        self.vertices = vertices
        self.focus = focus
        self.faded = faded
        self.omittedEdges = omittedEdges
        self.title = title
        self.showsLegend = showsLegend
        self.ranksByYear = ranksByYear
    }
}

/// An era of the corpus as the drawing shows it: a cluster labelled with its name and years.
public struct EraBand: Sendable, Hashable {
    public var name: String
    public var years: ClosedRange<Int>?

    public init(name: String, years: ClosedRange<Int>? = nil) {
        self.name = name
        self.years = years
    }
}
