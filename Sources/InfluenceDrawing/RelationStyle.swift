import Graphviz
import InfluenceGraph

/// How edges of one family of relations are drawn: colour, line style and arrowhead, so that
/// the families differ in more than colour (readable in grey and by colour-blind readers).
public struct RelationStyle: Sendable, Hashable {
    /// A name for the legend ("lineage", "builds on", ...).
    public var name: String
    /// The relations drawn this way, in legend order.
    public var relations: [InfluenceRelation]
    public var color: Palette.RGB
    /// Graphviz `style`: `solid`, `dashed`, `dotted`, `bold`.
    public var line: String
    /// Graphviz `arrowhead`.
    public var arrowhead: String
    public var penwidth: Double

    public init(name: String, relations: [InfluenceRelation], color: Palette.RGB, line: String, arrowhead: String,
                penwidth: Double) {
        self.name = name
        self.relations = relations
        self.color = color
        self.line = line
        self.arrowhead = arrowhead
        self.penwidth = penwidth
    }

    /// The families, in legend order. Every relation belongs to exactly one.
    public static let families: [RelationStyle] = [
        RelationStyle(name: "lineage", relations: [.influenced, .inspired, .spawned],
                      color: Palette.blue, line: "solid", arrowhead: "normal", penwidth: 1.4),
        RelationStyle(name: "builds on", relations: [.buildsOn, .extends, .foundationOf],
                      color: Palette.darkGrey, line: "solid", arrowhead: "vee", penwidth: 1.2),
        RelationStyle(name: "adoption", relations: [.adoptedBy, .usedBy, .applies],
                      color: Palette.bluishGreen, line: "dashed", arrowhead: "normal", penwidth: 1.3),
        RelationStyle(name: "scaling", relations: [.scales, .simplifies],
                      color: Palette.orange, line: "bold", arrowhead: "diamond", penwidth: 1.6),
        RelationStyle(name: "challenge", relations: [.challenges, .supersedes],
                      color: Palette.reddishPurple, line: "dotted", arrowhead: "empty", penwidth: 1.8),
        RelationStyle(name: "citation", relations: [.cites],
                      color: Palette.grey, line: "solid", arrowhead: "normal", penwidth: 1.0),
    ]

    private static let familyIndex: [InfluenceRelation: Int] = {
        var index: [InfluenceRelation: Int] = [:]
        for (i, family) in families.enumerated() { for r in family.relations { index[r] = i } }
        return index
    }()

    /// Index into ``families`` of the relation's family (lineage for a relation not listed).
    public static func familyIndex(of relation: InfluenceRelation) -> Int { familyIndex[relation] ?? 0 }

    /// The style of the relation's family.
    public static func of(_ relation: InfluenceRelation) -> RelationStyle { families[familyIndex(of: relation)] }

    /// The relation as a phrase between the two endpoints' names, in the text's own voice:
    /// "A influenced B", "B builds on A" (edges always run from influencer A to influenced B).
    public static func sentence(_ relation: InfluenceRelation, source: String, target: String) -> String {
        switch relation.rawValue {
        case "influenced", "inspired", "spawned": return "\(source) \(relation.rawValue) \(target)"
        case "foundation-of": return "\(source) is a foundation of \(target)"
        case "adopted-by": return "\(source) was adopted by \(target)"
        case "used-by": return "\(source) is used by \(target)"
        case "builds-on": return "\(target) builds on \(source)"
        default: return "\(target) \(relation.rawValue.replacingDashes()) \(source)"
        }
    }
}

extension String {
    fileprivate func replacingDashes() -> String { String(map { $0 == "-" ? " " : $0 }) }
}
