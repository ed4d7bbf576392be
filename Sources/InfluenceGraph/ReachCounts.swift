/// Descendant counts ("reach") of every vertex, exact or estimated.
public struct ReachCounts: Sendable, Hashable {
    /// Number of vertices reachable from each vertex along edges, the vertex itself excluded
    /// (on a cycle, the other members of its cycle count). Indexed by vertex.
    public let counts: [Int]
    /// Whether ``counts`` are exact. When `false` they are estimates (rounded), with
    /// ``relativeStandardError``.
    public let isExact: Bool
    /// For estimates: the relative standard error of the estimated size of each reachable set
    /// (the vertex's own component included), `1/sqrt(k - 2)` for `k` sketches. `nil` when exact.
    public let relativeStandardError: Double?
}

/// How ``Digraph/reachCounts(method:memoryLimit:)`` counts.
public enum ReachMethod: Sendable, Hashable {
    /// Exact when the bit-parallel work is at most `maxExactWork` 64-bit word operations
    /// (about a few seconds), otherwise an estimate with 256 sketches.
    case automatic(maxExactWork: Double = 8e9)
    /// Exact counts by bit-parallel propagation, however long it takes.
    case exact
    /// Cohen's min-rank estimate with `sketches` independent ranks (rounded up to a multiple
    /// of 16), seeded for reproducibility.
    case estimate(sketches: Int = 256, seed: UInt64 = 0x5EED)
}

extension Digraph {
    /// Number of descendants of every vertex.
    ///
    /// Works on the condensation (strongly connected components in topological order), so
    /// cycles are handled: members of a cycle reach each other.
    ///
    /// Exact method: bit-parallel propagation. Vertices get bit positions in topological order;
    /// for each batch of `64·w` target positions, one sweep in reverse topological order ORs the
    /// successors' `w`-word bitsets into each component's (skipping empty ones and components
    /// after the batch), and the popcounts accumulate. Batches are shared between two threads.
    /// This is the bit-vector transitive closure of the condensation in topological order
    /// (P. Purdom, "A transitive closure algorithm", BIT 10, 1970, doi:10.1007/BF01940892),
    /// computed in slices of the target set so memory stays bounded and only counts are kept.
    ///
    /// Estimate method: E. Cohen, "Size-estimation framework with applications to transitive
    /// closure and reachability", J. Comput. Syst. Sci. 55(3), 1997, doi:10.1006/jcss.1997.1534.
    /// Each of `k` rounds gives every vertex an exponential random rank; the minimum rank over a
    /// reachable set propagates in one reverse-topological sweep; `(k-1)/Σ minima` is an unbiased
    /// estimate of the set's size, with coefficient of variation `1/sqrt(k-2)`.
    /// - Parameters:
    ///   - method: exact, estimate, or automatic choice by estimated work.
    ///   - memoryLimit: bytes of bitsets the exact method may use (across both threads).
    /// - Complexity: exact: O(V·E'/64) word operations for E' condensation edges, in
    ///   `memoryLimit` bytes; estimate: O(k·(V + E')) time, 64 bytes per component per thread.
    public func reachCounts(method: ReachMethod = .automatic(), memoryLimit: Int = 256 << 20) -> ReachCounts {
        let components = stronglyConnectedComponents()
        let dag = condensation(components)
        switch method {
        case .exact:
            return Digraph._exactReach(dag: dag, components: components, memoryLimit: memoryLimit)
        case let .estimate(sketches, seed):
            return Digraph._estimatedReach(dag: dag, components: components, sketches: sketches, seed: seed)
        case let .automatic(maxExactWork):
            let w = Digraph._wordsPerBatch(vertices: vertexCount, components: dag.vertexCount, memoryLimit: memoryLimit)
            let batches = (vertexCount + 64 * w - 1) / (64 * w)
            let work = Double(batches) * Double(dag.edgeCount + dag.vertexCount) * Double(w) / 2
            if work <= maxExactWork {
                return Digraph._exactReach(dag: dag, components: components, memoryLimit: memoryLimit)
            }
            return Digraph._estimatedReach(dag: dag, components: components, sketches: 256, seed: 0x5EED)
        }
    }

    /// Words per bitset so that every worker's bitsets fit in the memory limit.
    static func _wordsPerBatch(vertices: Int, components: Int, memoryLimit: Int) -> Int {
        let needed = max(1, (vertices + 63) / 64)
        let affordable = max(1, memoryLimit / (_workerCount * max(1, components) * 8))
        return min(needed, affordable)
    }

    /// Converts per-component counts (own component included) to per-vertex descendant counts.
    static func _perVertex(_ perComponent: [Int], components: StronglyConnectedComponents) -> [Int] {
        components.componentOfVertex.map { perComponent[Int($0)] - 1 }
    }

    /// Exact reach by bit-parallel propagation over the condensation.
    static func _exactReach(dag: Digraph, components: StronglyConnectedComponents, memoryLimit: Int) -> ReachCounts {
        let n = components.componentOfVertex.count
        let k = dag.vertexCount
        if n == 0 { return ReachCounts(counts: [], isExact: true, relativeStandardError: nil) }
        let w = _wordsPerBatch(vertices: n, components: k, memoryLimit: memoryLimit)
        let batchBits = 64 * w
        let batchCount = (n + batchBits - 1) / batchBits
        let workers = min(_workerCount, batchCount)
        // Per worker: bitsets (k·w words), a nonzero flag per component, and reach totals.
        let bits = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: workers * k * w)
        let nonzero = UnsafeMutableBufferPointer<Bool>.allocate(capacity: workers * k)
        let totals = UnsafeMutableBufferPointer<Int>.allocate(capacity: workers * k)
        totals.initialize(repeating: 0)
        nonzero.initialize(repeating: false)
        bits.initialize(repeating: 0)
        defer { bits.deallocate(); nonzero.deallocate(); totals.deallocate() }
        dag.outOffsets.withUnsafeBufferPointer { off in
            dag.outTargets.withUnsafeBufferPointer { tgt in
                components.componentOffsets.withUnsafeBufferPointer { start in
                    components.componentOfVertex.withUnsafeBufferPointer { compOf in
                        components.members.withUnsafeBufferPointer { members in
                            _concurrentPerform(iterations: workers) { worker in
                                let r = UnsafeMutableBufferPointer(rebasing: bits[(worker * k * w)..<((worker + 1) * k * w)])
                                let nz = UnsafeMutableBufferPointer(rebasing: nonzero[(worker * k)..<((worker + 1) * k)])
                                let total = UnsafeMutableBufferPointer(rebasing: totals[(worker * k)..<((worker + 1) * k)])
                                var batch = worker
                                while batch < batchCount {
                                    let p0 = batch * batchBits
                                    let p1 = min(n, p0 + batchBits)
                                    let cFirst = Int(compOf[Int(members[p0])])
                                    let cLast = Int(compOf[Int(members[p1 - 1])])
                                    var c = cLast
                                    while c >= 0 {
                                        let row = r.baseAddress! + c * w
                                        var any = false
                                        var own = 0
                                        if c >= cFirst {
                                            for i in 0..<w { row[i] = 0 }
                                            let lo = max(start[c], p0) - p0, hi = min(start[c + 1], p1) - p0
                                            for p in lo..<hi { row[p >> 6] |= 1 << UInt64(p & 63) }
                                            own = hi - lo
                                            any = own > 0
                                        }
                                        for e in off[c]..<off[c + 1] {
                                            let d = Int(tgt[e])
                                            if d > cLast { break }
                                            if !nz[d] { continue }
                                            let other = r.baseAddress! + d * w
                                            if any {
                                                for i in 0..<w { row[i] |= other[i] }
                                            } else {
                                                for i in 0..<w { row[i] = other[i] }
                                                any = true
                                            }
                                        }
                                        nz[c] = any
                                        if any {
                                            var count = 0
                                            for i in 0..<w { count &+= row[i].nonzeroBitCount }
                                            total[c] &+= count - own
                                        }
                                        c -= 1
                                    }
                                    batch += workers
                                }
                            }
                        }
                    }
                }
            }
        }
        var perComponent = [Int](repeating: 0, count: k)
        for c in 0..<k {
            var sum = components.size(of: c)
            for worker in 0..<workers { sum += totals[worker * k + c] }
            perComponent[c] = sum
        }
        return ReachCounts(counts: _perVertex(perComponent, components: components), isExact: true, relativeStandardError: nil)
    }
}
