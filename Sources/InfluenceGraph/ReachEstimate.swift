extension Digraph {
    /// Min-rank (HyperLogLog) estimate of reachable-set sizes over a component DAG; see
    /// ``reachCounts(method:memoryLimit:)`` for the method and references.
    ///
    /// Registers are processed in slices so that the two threads' slices together fit
    /// `memoryLimit`; each slice is one reverse-topological sweep taking byte-wise maxima.
    /// - Complexity: O(m·(V + E')) byte operations, O(V) hashes per slice.
    static func _estimatedReach(dag: _ComponentDAG, components: StronglyConnectedComponents, registers: Int,
                                seed: UInt64, memoryLimit: Int, progress: ProgressHandler? = nil) -> ReachCounts {
        var m = 16
        while m < registers { m <<= 1 }
        let p = m.trailingZeroBitCount
        let error = 1.04 / Double(m).squareRoot()
        let n = components.componentOfVertex.count
        let k = dag.count
        if n == 0 { return ReachCounts(counts: [], isExact: false, relativeStandardError: error) }
        // Slice width: a power of two that two threads can hold, at least 16 registers.
        var width = m
        while width > 16 && _workerCount * k * width > memoryLimit { width >>= 1 }
        let slices = m / width
        let workers = min(_workerCount, slices)
        let rows = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: workers * k * width)
        let inverseSums = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * k)
        let zeroCounts = UnsafeMutableBufferPointer<Int32>.allocate(capacity: workers * k)
        inverseSums.initialize(repeating: 0)
        zeroCounts.initialize(repeating: 0)
        defer { rows.deallocate(); inverseSums.deallocate(); zeroCounts.deallocate() }
        dag.offsets.withUnsafeBufferPointer { off in
            dag.targets.withUnsafeBufferPointer { tgt in
                components.componentOffsets.withUnsafeBufferPointer { start in
                    components.members.withUnsafeBufferPointer { members in
                        _concurrentPerform(iterations: workers) { worker in
                            let r = rows.baseAddress! + worker * k * width
                            let inverse = inverseSums.baseAddress! + worker * k
                            let zeros = zeroCounts.baseAddress! + worker * k
                            var slice = worker
                            while slice < slices {
                                let first = slice * width
                                // Own registers: each member sets one register to its rank.
                                r.initialize(repeating: 0, count: k * width)
                                for c in 0..<k {
                                    for i in start[c]..<start[c + 1] {
                                        let h = _SplitMix64.mix(seed ^ _SplitMix64.mix(UInt64(UInt32(bitPattern: members[i]))))
                                        let j = Int(h >> UInt64(64 - p)) - first
                                        guard j >= 0 && j < width else { continue }
                                        let rank = UInt8(truncatingIfNeeded: min((h << UInt64(p)).leadingZeroBitCount, 64 - p) + 1)
                                        let slot = r + c * width + j
                                        if rank > slot.pointee { slot.pointee = rank }
                                    }
                                }
                                var c = k - 1
                                while c >= 0 {
                                    let row = r + c * width
                                    for e in off[c]..<off[c + 1] {
                                        let other = r + Int(tgt[e]) * width
                                        for j in 0..<width { row[j] = max(row[j], other[j]) }
                                    }
                                    var s = 0.0
                                    var z: Int32 = 0
                                    for j in 0..<width {
                                        let value = row[j]
                                        s += Double(bitPattern: UInt64(1023 - Int(value)) << 52)
                                        z &+= value == 0 ? 1 : 0
                                    }
                                    inverse[c] += s
                                    zeros[c] &+= z
                                    c -= 1
                                }
                                slice += workers
                                if worker == 0, let progress { progress(Double(min(slice, slices)) / Double(slices)) }
                            }
                        }
                    }
                }
            }
        }
        let alpha = 0.7213 / (1 + 1.079 / Double(m))
        var perComponent = [Int](repeating: 0, count: k)
        for c in 0..<k {
            let size = components.size(of: c)
            if dag.offsets[c + 1] == dag.offsets[c] { perComponent[c] = size; continue }
            var inverse = 0.0, zeros = 0
            for worker in 0..<workers { inverse += inverseSums[worker * k + c]; zeros += Int(zeroCounts[worker * k + c]) }
            var estimate = alpha * Double(m) * Double(m) / inverse
            if estimate <= 2.5 * Double(m) && zeros > 0 {
                estimate = Double(m) * _Elementary.log(Double(m) / Double(zeros))  // linear counting
            }
            // At least the component and one more; at most every vertex.
            perComponent[c] = min(n, max(size + 1, Int(estimate.rounded())))
        }
        return ReachCounts(counts: _perVertex(perComponent, components: components), isExact: false,
                           relativeStandardError: error)
    }
}
