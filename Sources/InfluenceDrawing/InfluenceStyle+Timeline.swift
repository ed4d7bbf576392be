import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// The year axis and the rows that put papers of one year on one rank.
    ///
    /// The axis is a column of year labels joined by invisible edges, oldest on top; each year's
    /// row is a `rank=same` subgraph of its label and its papers. With `newrank=true`, dot ranks
    /// across clusters, so rows and era clusters agree. Nothing when fewer than two years occur.
    /// - Complexity: O(V log V).
    static func timeline(_ nodes: [Node], _ included: [Int], names: [String], fontname: String)
        -> (axis: Drawing.Subgraph?, rows: [Drawing.Subgraph]) {
        var byYear: [Int: [String]] = [:]
        for v in included {
            if let year = nodes[v].year { byYear[year, default: []].append(names[v]) }
        }
        let years = byYear.keys.sorted()
        guard years.count >= 2 else { return (nil, []) }
        let yearName = { (year: Int) in "\(auxiliaryPrefix)year_\(year)" }
        let axisNodes = years.map { year in
            Drawing.Node(yearName(year), [
                "shape": "plaintext", "style": "", "label": .text(String(year)), "fontsize": "13",
                "fontcolor": .text(Palette.grey.description), "tooltip": .text(String(year)),
            ])
        }
        let axisEdges = zip(years, years.dropFirst()).map { earlier, later in
            Drawing.Edge(yearName(earlier), yearName(later), ["style": "invis", "weight": "20"])
        }
        let axis = Drawing.Subgraph("\(auxiliaryPrefix)timeline", nodes: axisNodes, edges: axisEdges)
        let rows = years.map { year in
            Drawing.Subgraph("\(auxiliaryPrefix)row_\(year)", attributes: ["rank": "same"],
                             nodes: ([yearName(year)] + byYear[year]!).map { Drawing.Node($0) })
        }
        return (axis, rows)
    }
}
