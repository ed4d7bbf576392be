import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// The given eras, then those the drawn nodes name but the list lacks, in order of first
    /// appearance; each without years gets the range of its drawn papers' years.
    /// - Complexity: O(V + eras).
    func resolvedEras(_ nodes: [Node], _ included: [Int]) -> [EraBand] {
        var bands = eras
        var known = Set(eras.map(\.name))
        for v in included {
            if let era = nodes[v].era, !known.contains(era) {
                known.insert(era)
                bands.append(EraBand(name: era))
            }
        }
        var span: [String: ClosedRange<Int>] = [:]
        for v in included {
            guard let era = nodes[v].era, let year = nodes[v].year else { continue }
            let old = span[era]
            span[era] = min(old?.lowerBound ?? year, year)...max(old?.upperBound ?? year, year)
        }
        return bands.map { band in
            var band = band
            if band.years == nil { band.years = span[band.name] }
            return band
        }
    }

    /// The cluster of one era: a pale rounded panel, its name and years at the top left.
    func eraCluster(_ band: EraBand, name: String, index: Int, members: [Drawing.Node]) -> Drawing.Subgraph {
        let fills = [Palette.paleGrey.mixed(with: Palette.white, 0.55), Palette.skyBlue.mixed(with: Palette.white, 0.9)]
        var label = "<B>\(AttributeValue.escapeHTML(band.name))</B>"
        if let years = band.years {
            let range = years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
            label += "  <FONT COLOR=\"\(Palette.grey)\">\(range)</FONT>"
        }
        return Drawing.Subgraph(name, attributes: [
            "label": .html(label), "labeljust": "l", "labelloc": "t", "fontsize": "15",
            "fontcolor": .text(Palette.darkGrey.description), "style": "rounded,filled",
            "fillcolor": .text(fills[index % fills.count].description), "color": .text(Palette.lightGrey.description),
            "penwidth": "1", "margin": "14",
            "tooltip": .text(band.years.map { "\(band.name) (\($0.lowerBound)–\($0.upperBound))" } ?? band.name),
        ], nodes: members)
    }

    /// A DOT-safe lowercase slug: ASCII letters and digits, other runs become one `_`.
    static func slug(_ text: String) -> String {
        var out = ""
        var pendingUnderscore = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let isAlnum = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
            if isAlnum {
                if pendingUnderscore, !out.isEmpty { out += "_" }
                pendingUnderscore = false
                out.unicodeScalars.append(v >= 65 && v <= 90 ? Unicode.Scalar(v + 32)! : scalar)
            } else {
                pendingUnderscore = true
            }
        }
        return out.isEmpty ? "era" : out
    }

    /// `base`, or `base_2`, `base_3`, ... when taken; records the result.
    static func uniqueName(_ base: String, _ used: inout Set<String>) -> String {
        var candidate = base
        var k = 2
        while used.contains(candidate) {
            candidate = "\(base)_\(k)"
            k += 1
        }
        used.insert(candidate)
        return candidate
    }
}
