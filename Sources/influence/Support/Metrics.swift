import Foundation
import ArgumentParser
import InfluenceGraph

/// The measures `rank` can order by. All read influence the way citations do: a paper scores
/// for the works it influenced (the works that cite it), never for those it drew on.
enum Metric: String, ExpressibleByArgument, CaseIterable, Sendable {
    case pagerank, reach, betweenness, katz, hits, indegree, outdegree, spc

    static let help = """
        pagerank: PageRank in the citation direction (damping 0.85). \
        reach: number of works it led to, directly or not. \
        betweenness: Brandes betweenness (how often it lies on influence chains; sampled on large graphs). \
        katz: Katz centrality (influence along chains, damped by length). \
        hits: HITS authority. \
        indegree: works it directly influenced (times cited). \
        outdegree: works it directly drew on (references). \
        spc: Search Path Count flow through it (main path analysis).
        """

    var title: String {
        switch self {
        case .pagerank: "PageRank"
        case .reach: "reach (works it led to)"
        case .betweenness: "betweenness"
        case .katz: "Katz centrality"
        case .hits: "HITS authority"
        case .indegree: "works directly influenced"
        case .outdegree: "works drawn on"
        case .spc: "Search Path Count flow"
        }
    }

    /// Whether scores are counts (printed without decimals).
    var isCount: Bool { self == .reach || self == .indegree || self == .outdegree || self == .spc }
}

/// Scores and their explanations over one graph, computed once each on demand.
final class Analysis {
    let graph: InfluenceGraph
    private var cache: [Metric: [Double]] = [:]
    private var reachResult: ReachCounts?
    private var priorityCache: [Int32]?
    /// A note for stderr about how a score was computed (estimate, sampling), if any.
    private(set) var notes: [String] = []
    var spcCache: SearchPathWeights?

    func note(_ text: String) { if !notes.contains(text) { notes.append(text) } }

    /// Sets the scores of `metric` (computed elsewhere, e.g. on a larger graph this one is part of).
    func preset(_ metric: Metric, scores: [Double]) {
        precondition(scores.count == graph.nodes.count, "a score per node")
        cache[metric] = scores
    }

    init(_ graph: InfluenceGraph) { self.graph = graph }

    var priority: [Int32] {
        if let p = priorityCache { return p }
        let p = graph.tieBreakPriority()
        priorityCache = p
        return p
    }

    var reach: ReachCounts {
        if let r = reachResult { return r }
        let r = withProgress("counting what each paper led to") { graph.topology.reachCounts(progress: $0) }
        if !r.isExact, let err = r.relativeStandardError {
            note(String(format: "reach is estimated (Cohen's min-rank sketches in HyperLogLog registers; relative standard error %.1f%%)", err * 100))
        }
        reachResult = r
        return r
    }

    /// Scores of every vertex under `metric`.
    func scores(_ metric: Metric) -> [Double] {
        if let s = cache[metric] { return s }
        let t = graph.topology
        let s: [Double]
        switch metric {
        case .pagerank:
            // Converged until the whole vector's L1 change is below 1e-10 (the per-vertex
            // tolerance of networkx's criterion, divided by the vertex count).
            s = t.pageRank(tolerance: 1e-10 / Double(max(1, t.vertexCount))).scores
        case .reach: s = reach.counts.map(Double.init)
        case .indegree: s = (0..<t.vertexCount).map { Double(t.outDegree($0)) }
        case .outdegree: s = (0..<t.vertexCount).map { Double(t.inDegree($0)) }
        case .betweenness: s = betweennessScores()
        case .katz: s = katzScores()
        case .hits: s = hitsScores()
        case .spc: s = spcVertexFlow()
        }
        cache[metric] = s
        return s
    }

    /// Vertices ordered by descending score, ties by year, then title, then id.
    /// - Parameter limit: when given, only the first `limit` are needed; on large graphs only the
    ///   vertices scoring at least the `limit`-th best score are then sorted.
    func ranking(_ metric: Metric, includeSystems: Bool, limit: Int? = nil) -> [Int] {
        let s = scores(metric)
        var candidates = graph.nodes.indices.filter { includeSystems || graph.nodes[$0].kind == .paper }
        if let limit, limit > 0, candidates.count > 4 * limit {
            let threshold = Analysis.largest(limit, of: candidates.lazy.map { s[$0] })
            candidates = candidates.filter { s[$0] >= threshold }
        }
        if candidates.count == graph.nodes.count {
            let p = priority
            return candidates.sorted { a, b in s[a] != s[b] ? s[a] > s[b] : p[a] < p[b] }
        }
        let sorted = candidates.sorted { a, b in s[a] != s[b] ? s[a] > s[b] : graph.tieBreakPrecedes(a, b) }
        return limit.map { Array(sorted.prefix($0)) } ?? sorted
    }


    /// The `k`-th largest of `values` (with repeats), `k` at least 1 and at most their count.
    ///
    /// Keeps the `k` largest seen so far in a binary min-heap (J. W. J. Williams, "Algorithm 232:
    /// Heapsort", CACM 7(6), 1964, doi:10.1145/512274.512284), so a short list of a large graph
    /// costs one pass instead of a sort.
    /// - Complexity: O(n log k) for n values.
    static func largest(_ k: Int, of values: some Sequence<Double>) -> Double {
        var heap: [Double] = []
        heap.reserveCapacity(k)
        for x in values {
            if heap.count < k {
                heap.append(x)
                var i = heap.count - 1
                while i > 0, heap[(i - 1) / 2] > heap[i] {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if x > heap[0] {
                heap[0] = x
                var i = 0
                while true {
                    let l = 2 * i + 1, r = l + 1
                    var m = i
                    if l < k, heap[l] < heap[m] { m = l }
                    if r < k, heap[r] < heap[m] { m = r }
                    if m == i { break }
                    heap.swapAt(i, m)
                    i = m
                }
            }
        }
        precondition(heap.count == k, "fewer values than k")
        return heap[0]
    }

    /// Rank (1-based) of every vertex under `metric` among all vertices.
    func ranks(_ metric: Metric) -> [Int] {
        var rank = [Int](repeating: 0, count: graph.nodes.count)
        for (i, v) in ranking(metric, includeSystems: true).enumerated() { rank[v] = i + 1 }
        return rank
    }
}

extension Double {
    /// A score for a table: counts without decimals, small values in significant digits.
    func formattedScore(count: Bool) -> String {
        // Counts beyond 10^15 (search path counts of large graphs reach 10^28) in scientific notation.
        if count, abs(self) < 1e15 { return String(Int(self.rounded())) }
        if count { return String(format: "%.3e", self) }
        if self == 0 { return "0" }
        if abs(self) >= 1000 || abs(self) < 0.0001 { return String(format: "%.3e", self) }
        return String(format: "%.4f", self)
    }
}
