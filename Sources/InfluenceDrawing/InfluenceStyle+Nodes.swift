import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// Prefix of the names of nodes the style adds (year axis, legend); node ids never use it.
    static let auxiliaryPrefix = "__"

    /// DOT names for the vertices: their ids when every id is plain text that DOT can write and
    /// none looks like an auxiliary name, otherwise `v0`, `v1`, ... for all.
    /// - Complexity: O(total length of the ids).
    static func nodeNames(_ nodes: [Node]) -> [String] {
        let usable = nodes.allSatisfy { node in
            !node.id.isEmpty && !node.id.hasPrefix(auxiliaryPrefix)
                && node.id.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\\" && $0 != "\"" && $0.value != 0x7F }
        }
        return usable ? nodes.map(\.id) : nodes.indices.map { "v\($0)" }
    }

    /// Emphasis in `0...1` per vertex: the square root of the score's place between the lowest and
    /// highest score of `vertices` (the root spreads the many small scores of a skewed
    /// distribution such as PageRank). Without usable scores every vertex gets 0.35.
    /// - Complexity: O(V).
    static func emphasis(scores: [Double], vertices: [Int], count: Int) -> [Double] {
        guard scores.count == count else { return [Double](repeating: 0.35, count: count) }
        let finite = vertices.map { scores[$0] }.filter(\.isFinite)
        guard let lo = finite.min(), let hi = finite.max(), hi > lo else {
            return [Double](repeating: 0.35, count: count)
        }
        return scores.map { s in s.isFinite ? max(0, min(1, (s - lo) / (hi - lo))).squareRoot() : 0 }
    }

    /// Attributes of one paper or system node.
    func nodeAttributes(_ node: Node, vertex: Int, emphasis t: Double, view: InfluenceView, score: Double?) -> Attributes {
        let faded = view.faded.contains(vertex)
        var a: Attributes = ["tooltip": .text(Self.tooltip(node, score: score))]
        if let url = node.url, !url.isEmpty {
            a["URL"] = .text(url)
            a["target"] = "_top"
        }
        let name = AttributeValue.escapeHTML(node.label.isEmpty ? node.id : node.label)
        switch node.kind {
        case .system:
            a["shape"] = "ellipse"
            a["style"] = "filled"
            a["fillcolor"] = .text(Palette.paleGrey.mixed(with: Palette.white, 0.5).description)
            a["color"] = .text((faded ? Palette.paleGrey.mixed(with: Palette.lightGrey, 0.5) : Palette.lightGrey).description)
            a["fontcolor"] = .text((faded ? Palette.lightGrey : Palette.darkGrey).description)
            a["fontsize"] = "10"
            a["margin"] = "0.06,0.02"
            a["label"] = .html(name)
        case .paper:
            let fill = faded ? Palette.paleGrey : Palette.white.mixed(with: Palette.blue, 0.06 + 0.74 * t)
            let dark = fill.luma < 0.55
            let text = faded ? Palette.grey : (dark ? Palette.white : Palette.ink)
            let yearColor = faded ? Palette.lightGrey : (dark ? Palette.white.mixed(with: Palette.skyBlue, 0.35) : Palette.grey)
            a["fillcolor"] = .text(fill.description)
            a["color"] = .text((faded ? Palette.lightGrey : Palette.blue.mixed(with: Palette.black, 0.35)).description)
            a["penwidth"] = .text(Self.fixed(faded ? 0.8 : 0.8 + 1.6 * t))
            a["fontcolor"] = .text(text.description)
            let size = faded ? 11 : 11 + Int((7 * t).rounded())
            var label = "<FONT POINT-SIZE=\"\(size)\"><B>\(name)</B></FONT>"
            if let year = node.year {
                label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"\(yearColor)\">\(year)</FONT>"
            }
            a["label"] = .html(label)
        }
        if view.focus == vertex {
            a["color"] = .text(Palette.vermillion.description)
            a["penwidth"] = "3.5"
        }
        return a
    }

    /// "Title (year)", era, description, impact and score, one per paragraph.
    static func tooltip(_ node: Node, score: Double?) -> String {
        var head = node.title ?? node.label
        if let title = node.title, !node.label.isEmpty, !title.hasPrefix(node.label) { head = "\(node.label): \(title)" }
        if let year = node.year { head += " (\(year))" }
        var parts = [head]
        if node.kind == .system { parts.append("A system the corpus names but does not describe.") }
        if let era = node.era { parts.append("Era: \(era)") }
        if let description = node.description, !description.isEmpty { parts.append(description) }
        if let impact = node.impact, !impact.isEmpty { parts.append(impact) }
        if let score, score.isFinite { parts.append("Influence score: \(fixed(score, digits: 4))") }
        return parts.joined(separator: "\n")
    }

    /// `x` with `digits` decimals, trailing zeros dropped: deterministic and locale-free.
    static func fixed(_ x: Double, digits: Int = 2) -> String {
        guard x.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int64((abs(x) * scale).rounded())
        let whole = scaled / Int64(scale)
        var fraction = String(scaled % Int64(scale))
        fraction = String(repeating: "0", count: digits - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = x < 0 && scaled != 0 ? "-" : ""
        return fraction.isEmpty ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }
}
