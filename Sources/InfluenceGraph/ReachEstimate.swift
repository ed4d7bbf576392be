extension Digraph {
    /// Cohen's min-rank estimate of reachable-set sizes over a condensation.
    ///
    /// E. Cohen, "Size-estimation framework with applications to transitive closure and
    /// reachability", J. Comput. Syst. Sci. 55(3), 1997, doi:10.1006/jcss.1997.1534.
    /// Ranks are 32-bit hashes of (seed, round, vertex) read as uniform numbers `u`; the minimum
    /// over a set, mapped through `-log(1-u)`, is the minimum of exponential ranks, so
    /// `(k-1)/Σ minima` estimates the set size without bias. Rounds run 16 at a time (one
    /// 64-byte row per component), split between two threads. Sinks of the condensation are
    /// exact: they reach only their own component.
    /// - Complexity: O(k·(V + E')) time; 64 bytes per component per thread, 8 per component for
    ///   the sums.
    static func _estimatedReach(dag: Digraph, components: StronglyConnectedComponents, sketches: Int, seed: UInt64) -> ReachCounts {
        let lanes = 16
        let rounds = max(1, (max(sketches, 3) + lanes - 1) / lanes)
        let k = rounds * lanes
        let n = components.componentOfVertex.count
        let kc = dag.vertexCount
        if n == 0 { return ReachCounts(counts: [], isExact: false, relativeStandardError: 1 / Double(k - 2).squareRoot()) }
        let workers = min(_workerCount, rounds)
        let minima = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: workers * kc * lanes)
        let sums = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * kc)
        sums.initialize(repeating: 0)
        minima.initialize(repeating: 0)
        defer { minima.deallocate(); sums.deallocate() }
        dag.outOffsets.withUnsafeBufferPointer { off in
            dag.outTargets.withUnsafeBufferPointer { tgt in
                components.componentOffsets.withUnsafeBufferPointer { start in
                    components.members.withUnsafeBufferPointer { members in
                        _concurrentPerform(iterations: workers) { worker in
                            let m = minima.baseAddress! + worker * kc * lanes
                            let sum = sums.baseAddress! + worker * kc
                            var round = worker
                            while round < rounds {
                                let roundSeed = _SplitMix64.mix(seed ^ _SplitMix64.mix(UInt64(round) &+ 0x1234_5678))
                                for c in 0..<kc {
                                    let row = m + c * lanes
                                    for j in 0..<lanes { row[j] = .max }
                                    for p in start[c]..<start[c + 1] {
                                        let v = UInt64(UInt32(bitPattern: members[p]))
                                        let base = roundSeed ^ (v &* 0x9E37_79B9_7F4A_7C15)
                                        for j in stride(from: 0, to: lanes, by: 2) {
                                            // One 64-bit hash gives two independent 32-bit ranks.
                                            let h = _SplitMix64.mix(base &+ UInt64(j) &* 0xD1B5_4A32_D192_ED03)
                                            row[j] = min(row[j], UInt32(truncatingIfNeeded: h))
                                            row[j + 1] = min(row[j + 1], UInt32(truncatingIfNeeded: h >> 32))
                                        }
                                    }
                                }
                                var c = kc - 1
                                while c >= 0 {
                                    let row = m + c * lanes
                                    for e in off[c]..<off[c + 1] {
                                        let other = m + Int(tgt[e]) * lanes
                                        for j in 0..<lanes { row[j] = min(row[j], other[j]) }
                                    }
                                    var s = 0.0
                                    for j in 0..<lanes {
                                        let u = (Double(row[j]) + 0.5) * 0x1p-32
                                        s -= _Elementary.log1p(-u)
                                    }
                                    sum[c] += s
                                    c -= 1
                                }
                                round += workers
                            }
                        }
                    }
                }
            }
        }
        var perComponent = [Int](repeating: 0, count: kc)
        for c in 0..<kc {
            let size = components.size(of: c)
            if dag.outDegree(c) == 0 { perComponent[c] = size; continue }
            var total = 0.0
            for worker in 0..<workers { total += sums[worker * kc + c] }
            let estimate = (Double(k) - 1) / total
            // At least the component and one more; at most every vertex.
            perComponent[c] = min(n, max(size + 1, Int(estimate.rounded())))
        }
        return ReachCounts(counts: _perVertex(perComponent, components: components), isExact: false,
                           relativeStandardError: 1 / Double(k - 2).squareRoot())
    }
}
