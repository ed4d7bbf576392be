extension InfluenceGraph {
    /// Years of the nodes, as times for ``Digraph/disruptionIndex(minimumCitations:times:)``
    /// (`Int32.min` where unknown). - Complexity: O(V).
    public func yearTimes() -> [Int32] {
        nodes.map { $0.year.map { Int32(clamping: $0) } ?? .min }
    }

    /// CiteRank from the nodes' years (see ``Digraph/citeRank(years:currentYear:decayTime:followProbability:tolerance:maxIterations:)``).
    /// - Returns: `nil` when no node has a year.
    /// - Complexity: O(V + E) on an acyclic graph.
    public func citeRank(currentYear: Int? = nil, decayTime: Double = 2.6, followProbability: Double = 0.5) -> CiteRank? {
        let years = nodes.map(\.year)
        guard years.contains(where: { $0 != nil }) else { return nil }
        return topology.citeRank(years: years, currentYear: currentYear, decayTime: decayTime,
                                 followProbability: followProbability)
    }

    /// Disruption index of nodes with at least `minimumCitations` followers, with the nodes'
    /// years used to leave out earlier work where known.
    /// - Complexity: see ``Digraph/disruptionIndex(minimumCitations:times:)``.
    public func disruptionIndex(minimumCitations: Int = 5) -> [Double?] {
        topology.disruptionIndex(minimumCitations: minimumCitations, times: yearTimes())
    }
}
