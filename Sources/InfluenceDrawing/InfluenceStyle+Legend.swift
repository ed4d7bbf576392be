import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// The legend: one node holding an HTML table of the node kinds drawn and the relation
    /// families of the edges drawn, each shown in its own colour and line.
    func legend(kinds: Set<NodeKind>, families: [Int]) -> Drawing.Node {
        var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
        if kinds.contains(.paper) {
            let border = Palette.blue.mixed(with: Palette.black, 0.35)
            let low = Palette.white.mixed(with: Palette.blue, 0.06)
            let high = Palette.white.mixed(with: Palette.blue, 0.8)
            rows += "<TR><TD BORDER=\"1\" COLOR=\"\(border)\" BGCOLOR=\"\(low)\"><FONT POINT-SIZE=\"10\">paper</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">paper, year below its name</TD></TR>"
            rows += "<TR><TD BORDER=\"2\" COLOR=\"\(border)\" BGCOLOR=\"\(high)\">"
                + "<FONT POINT-SIZE=\"12\" COLOR=\"white\"><B>paper</B></FONT></TD>"
                + "<TD ALIGN=\"LEFT\">darker and larger: more influential</TD></TR>"
        }
        if kinds.contains(.system) {
            rows += "<TR><TD BORDER=\"1\" COLOR=\"\(Palette.lightGrey)\" BGCOLOR=\"\(Palette.paleGrey.mixed(with: Palette.white, 0.5))\">"
                + "<FONT POINT-SIZE=\"10\" COLOR=\"\(Palette.darkGrey)\">system</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">system named in the text</TD></TR>"
        }
        for f in families {
            let style = RelationStyle.families[f]
            let stroke: String
            switch style.line {
            case "dashed": stroke = "╌ ╌ ╌ ▶"
            case "dotted": stroke = "┈┈┈┈▷"
            case "bold": stroke = "━━━━◆"
            default: stroke = style.arrowhead == "vee" ? "────➤" : "────▶"
            }
            let relations = style.relations.map { String($0.rawValue.map { $0 == "-" ? " " : $0 }) }
                .joined(separator: ", ")
            rows += "<TR><TD ALIGN=\"LEFT\"><FONT COLOR=\"\(style.color)\"><B>\(stroke)</B></FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(AttributeValue.escapeHTML(relations))</TD></TR>"
        }
        let table = "<TABLE BORDER=\"1\" COLOR=\"\(Palette.lightGrey)\" CELLBORDER=\"0\" CELLSPACING=\"2\" "
            + "CELLPADDING=\"3\" BGCOLOR=\"white\">\(rows)</TABLE>"
        return Drawing.Node("\(Self.auxiliaryPrefix)legend", [
            "shape": "plaintext", "style": "", "margin": "0", "fontsize": "10", "label": .html(table),
            "tooltip": "Legend: node kinds and relation styles",
        ])
    }
}
