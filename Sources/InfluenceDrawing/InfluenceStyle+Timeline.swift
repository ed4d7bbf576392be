import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// The year axis and the rows that put papers of one year on one rank.
    ///
    /// The axis is a column of year labels joined by invisible edges, oldest on top; each row is
    /// a `rank=same` subgraph of its axis node and its papers. With `newrank=true`, dot ranks
    /// across clusters, so rows and era clusters agree.
    ///
    /// A paper influenced by a paper of its own year goes on a sub-row below it (the level is the
    /// longest chain of same-year influence leading to it, found with Kahn's algorithm), with an
    /// invisible step in the axis: no influence edge runs flat along a row. dot cannot always
    /// route a flat edge between two clusters with nodes in between ("triangulation failed").
    /// Papers on a same-year cycle stay on the year's first row. Nothing is drawn when fewer than
    /// two years occur.
    /// - Parameters:
    ///   - edges: the drawn edges, as (source, target) vertex pairs.
    /// - Complexity: O(V log V + E).
    static func timeline(_ nodes: [Node], _ included: [Int], edges: [(Int, Int)], names: [String])
        -> (axis: Drawing.Subgraph?, rows: [Drawing.Subgraph]) {
        let level = sameYearLevels(nodes, included, edges: edges)
        var byRow: [Int: [Int: [String]]] = [:]  // year -> level -> names
        for v in included {
            if let year = nodes[v].year { byRow[year, default: [:]][level[v] ?? 0, default: []].append(names[v]) }
        }
        let years = byRow.keys.sorted()
        guard years.count >= 2 else { return (nil, []) }
        func axisName(_ year: Int, _ level: Int) -> String {
            level == 0 ? "\(auxiliaryPrefix)year_\(year)" : "\(auxiliaryPrefix)year_\(year)_\(level)"
        }
        var axisNodes: [Drawing.Node] = []
        var rows: [Drawing.Subgraph] = []
        for year in years {
            let levels = byRow[year]!
            for l in 0...levels.keys.max()! {
                let name = axisName(year, l)
                axisNodes.append(Drawing.Node(name, l == 0 ? [
                    "shape": "plaintext", "style": "", "label": .text(String(year)), "fontsize": "13",
                    "fontcolor": .text(Palette.grey.description), "tooltip": .text(String(year)),
                ] : ["shape": "point", "style": "invis", "width": "0", "label": ""]))
                rows.append(Drawing.Subgraph(name.replacingPrefix("\(auxiliaryPrefix)year_", with: "\(auxiliaryPrefix)row_"),
                                             attributes: ["rank": "same"],
                                             nodes: ([name] + (levels[l] ?? [])).map { Drawing.Node($0) }))
            }
        }
        let axisEdges = zip(axisNodes, axisNodes.dropFirst()).map { earlier, later in
            Drawing.Edge(earlier.name, later.name, ["style": "invis", "weight": "20"])
        }
        return (Drawing.Subgraph("\(auxiliaryPrefix)timeline", nodes: axisNodes, edges: axisEdges), rows)
    }

    /// For each paper with a year, the length of the longest chain of drawn same-year edges that
    /// ends at it; papers on a same-year cycle get 0.
    /// - Complexity: O(V + E).
    static func sameYearLevels(_ nodes: [Node], _ included: [Int], edges: [(Int, Int)]) -> [Int: Int] {
        var successors: [Int: [Int]] = [:]
        var indegree: [Int: Int] = [:]
        for (s, t) in edges where s != t {
            guard let y = nodes[s].year, nodes[t].year == y, nodes[s].kind == .paper, nodes[t].kind == .paper else { continue }
            successors[s, default: []].append(t)
            indegree[t, default: 0] += 1
        }
        var level: [Int: Int] = [:]
        var queue = included.filter { successors[$0] != nil && indegree[$0] == nil }
        for v in queue { level[v] = 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            for w in successors[v] ?? [] {
                level[w] = max(level[w] ?? 0, level[v]! + 1)
                indegree[w]! -= 1
                if indegree[w] == 0 { queue.append(w) }
            }
        }
        // Vertices left with in-degree > 0 lie on or below a cycle: first row.
        for (v, d) in indegree where d > 0 { level[v] = 0 }
        return level
    }
}

extension String {
    fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
        hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
    }
}
