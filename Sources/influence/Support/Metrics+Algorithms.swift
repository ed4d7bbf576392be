import InfluenceGraph

extension Analysis {
    /// Exact Brandes betweenness up to this many vertices times edges; sampled beyond.
    static let exactBetweennessWork = 50_000_000

    func betweennessScores() -> [Double] {
        let t = graph.topology
        if t.vertexCount * max(1, t.edgeCount) <= Analysis.exactBetweennessWork {
            return t.betweenness(normalized: true)
        }
        let pivots = min(256, t.vertexCount)
        note("betweenness is sampled from \(pivots) pivots (Brandes & Pich 2007), seeded for repeatable results")
        return withProgress("computing betweenness") { t.betweenness(pivots: pivots, normalized: true, progress: $0) }
    }

    /// Runs a long computation with its percentage on stderr (on a terminal), then clears the line.
    func withProgress<T>(_ what: String, _ body: (ProgressHandler?) -> T) -> T {
        let line = Progress(enabled: Terminal.standardOutput().showsProgress)
        defer { line.finish() }
        return body { fraction in line.update("\(what) … \(Int(fraction * 100))%") }
    }

    func katzScores() -> [Double] {
        let result = graph.topology.katz()
        if !result.converged { note("Katz centrality did not converge (the graph has cycles and alpha 0.1 is too large for them)") }
        return result.scores
    }

    func hitsScores() -> [Double] {
        let result = graph.topology.hits()
        if !result.converged { note("HITS did not converge within its iteration limit") }
        return result.authorities
    }

    /// SPC weights of the edges, computed once.
    var searchPathCounts: SearchPathWeights {
        if let w = spcCache { return w }
        let w = graph.topology.searchPathWeights(.spc)
        if !w.ignoredEdges.isEmpty {
            note("\(w.ignoredEdges.count) edges inside cycles carry no search path count")
        }
        spcCache = w
        return w
    }

    /// Number of source-to-sink paths through each vertex: the sum of its outgoing edges' SPC,
    /// or of its incoming edges' for a sink.
    func spcVertexFlow() -> [Double] {
        let t = graph.topology
        let w = searchPathCounts.counts
        return (0..<t.vertexCount).map { v in
            if t.outDegree(v) > 0 { return t.outEdgeIDs(v).reduce(0) { $0 + w[$1] } }
            return t.inEdgeIDs(v).reduce(0) { $0 + w[Int($1)] }
        }
    }
}
