extension InfluenceGraph {
    /// Tie-break rank of every node: year ascending (unknown years last), then title (or label
    /// when there is no title), then id.
    ///
    /// Pass it to ``Digraph/topologicalOrder(priority:)`` and to rankings so that equal scores
    /// and unordered vertices come out the same way every run.
    /// - Returns: `rank[v]`, a permutation of `0..<V`.
    /// - Complexity: O(V log V) string comparisons.
    public func tieBreakPriority() -> [Int32] {
        let sorted = nodes.indices.sorted(by: tieBreakPrecedes)
        var rank = [Int32](repeating: 0, count: nodes.count)
        for (r, v) in sorted.enumerated() { rank[v] = Int32(r) }
        return rank
    }

    /// Whether vertex `a` comes before `b` in the tie-break order of ``tieBreakPriority()``:
    /// year ascending (unknown years last), then title (or label), then id, then index.
    /// - Complexity: O(length of the titles compared).
    public func tieBreakPrecedes(_ a: Int, _ b: Int) -> Bool {
        let x = nodes[a], y = nodes[b]
        switch (x.year, y.year) {
        case let (p?, q?) where p != q: return p < q
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        let tx = x.title ?? x.label, ty = y.title ?? y.label
        if tx != ty { return tx < ty }
        if x.id != y.id { return x.id < y.id }
        return a < b
    }

    /// A topological order with the tie-break of ``tieBreakPriority()``; cycles are reported.
    /// - Complexity: O((V + E) log V) plus the sort of ``tieBreakPriority()``.
    public func topologicalOrder() -> TopologicalOrder {
        topology.topologicalOrder(priority: tieBreakPriority())
    }
}
