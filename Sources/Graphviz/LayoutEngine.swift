/// A Graphviz layout engine, by the name `gvLayout` knows it.
///
/// The standard engines are constants; any other name is passed through and fails in
/// `gvLayout` with Graphviz's message if no plugin provides it.
public struct LayoutEngine: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    /// Hierarchical layers (directed acyclic structure); best for influence and lineage.
    public static let dot: LayoutEngine = "dot"
    /// Spring model (stress majorization).
    public static let neato: LayoutEngine = "neato"
    /// Force-directed (Fruchterman–Reingold).
    public static let fdp: LayoutEngine = "fdp"
    /// Multiscale force-directed, for large graphs.
    public static let sfdp: LayoutEngine = "sfdp"
    /// Circular layout.
    public static let circo: LayoutEngine = "circo"
    /// Radial layout.
    public static let twopi: LayoutEngine = "twopi"
    /// Nested clusters as boxes.
    public static let osage: LayoutEngine = "osage"
    /// Squarified treemap of clusters.
    public static let patchwork: LayoutEngine = "patchwork"

    /// The engines Debian's Graphviz ships.
    public static let standard: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .circo, .twopi, .osage, .patchwork]
}

/// A Graphviz output format, by the name `gvRenderData` knows it.
///
/// The common formats are constants; any other name is passed through and fails in
/// `gvRenderData` with Graphviz's message if no plugin provides it.
public struct OutputFormat: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }

    public static let svg: OutputFormat = "svg"
    /// PNG through the cairo plugin.
    public static let png: OutputFormat = "png"
    /// PDF through the cairo plugin.
    public static let pdf: OutputFormat = "pdf"
    /// DOT with the layout's positions.
    public static let dot: OutputFormat = "dot"
    /// DOT with positions and drawing operations.
    public static let xdot: OutputFormat = "xdot"
    /// JSON with positions and drawing operations.
    public static let json: OutputFormat = "json"
    /// Graphviz's plain-text positions.
    public static let plain: OutputFormat = "plain"
    /// Canonical DOT without positions.
    public static let canon: OutputFormat = "canon"
}
