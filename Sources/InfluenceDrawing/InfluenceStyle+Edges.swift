import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// Attributes of one influence edge: its family's colour, line and arrowhead, and a tooltip
    /// with the relation in words and the evidence.
    func edgeAttributes(_ info: EdgeInfo, source: Node, target: Node, faded: Bool, touchesFocus: Bool) -> Attributes {
        let style = RelationStyle.of(info.relation)
        let color = faded ? Palette.lightGrey : style.color
        var a: Attributes = [
            "color": .text(color.description),
            "style": .text(style.line),
            "arrowhead": .text(style.arrowhead),
            "penwidth": .text(Self.fixed(style.penwidth + (touchesFocus ? 0.8 : 0))),
            "tooltip": .text(Self.edgeTooltip(info, source: source, target: target)),
        ]
        if faded { a["arrowsize"] = "0.6" }
        return a
    }

    /// "B builds on A", then each evidence sentence in quotes, and the confidence when below 1.
    static func edgeTooltip(_ info: EdgeInfo, source: Node, target: Node) -> String {
        var lines = [RelationStyle.sentence(info.relation, source: source.label.isEmpty ? source.id : source.label,
                                            target: target.label.isEmpty ? target.id : target.label)]
        for evidence in info.evidence { lines.append("“\(evidence.sentence)”") }
        if info.confidence < 1 { lines.append("confidence \(fixed(info.confidence))") }
        return lines.joined(separator: "\n")
    }
}
