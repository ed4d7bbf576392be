/// Layout settings that finish in reasonable time for a graph of a given size.
public struct LayoutPlan: Sendable, Hashable {
    public var engine: LayoutEngine
    public var graphAttributes: Attributes
    public var note: String?

    public init(engine: LayoutEngine, graphAttributes: Attributes = [:], note: String? = nil) {
        self.engine = engine
        self.graphAttributes = graphAttributes
        self.note = note
    }

    public static func choose(nodeCount: Int, edgeCount: Int, requested: LayoutEngine? = nil) -> LayoutPlan {
        LayoutPlan(engine: requested ?? .dot)
    }

    public func applied(to drawing: Drawing) -> Drawing {
        var result = drawing
        for (name, value) in graphAttributes { result.attributes[name] = value }
        return result
    }
}
