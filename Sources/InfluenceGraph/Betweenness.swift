extension Digraph {
    /// Exact betweenness centrality of every vertex by Brandes' algorithm on unweighted,
    /// directed shortest paths.
    ///
    /// U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2),
    /// 2001, doi:10.1080/0022250X.2001.9990249. Predecessor lists are not stored: the
    /// accumulation scans in-edges and keeps those one level closer to the source. Sources are
    /// split between two threads. Parallel edges count once (paths are sequences of vertices, as
    /// in networkx). Betweenness does not depend on the direction of the edges
    /// (reversing every edge reverses every shortest path), so it is the same in the influence
    /// and the citation direction.
    /// - Parameters:
    ///   - normalized: divide by `(V-1)(V-2)`, as `networkx.betweenness_centrality` does by
    ///     default for directed graphs; otherwise raw pair-dependency sums.
    ///   - progress: told the fraction of sources done.
    /// - Complexity: O(V·E) time, O(V) memory per thread.
    public func betweenness(normalized: Bool = true, progress: ProgressHandler? = nil) -> [Double] {
        let n = vertexCount
        let raw = _brandes(sources: (0..<n).map { Int32($0) }, progress: progress)
        guard normalized, n > 2 else { return raw }
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        return raw.map { $0 * scale }
    }

    /// Betweenness estimated from `pivots` source vertices drawn uniformly without replacement,
    /// reproducibly from `seed`.
    ///
    /// U. Brandes and C. Pich, "Centrality estimation in large networks", Int. J. Bifurcation
    /// and Chaos 17(7), 2007, doi:10.1142/S0218127407018403. See
    /// ``betweenness(sources:normalized:)`` for the scaling.
    /// - Complexity: O(pivots·E) time, O(V) memory per thread.
    public func betweenness(pivots: Int, seed: UInt64 = 0x5EED, normalized: Bool = true, progress: ProgressHandler? = nil) -> [Double] {
        let n = vertexCount
        let k = min(max(pivots, 0), n)
        if k >= n { return betweenness(normalized: normalized, progress: progress) }
        // Partial Fisher–Yates shuffle: the first k entries are a uniform sample.
        var generator = _SplitMix64(seed: seed)
        var pool = (0..<n).map { Int32($0) }
        for i in 0..<k {
            let j = i + Int(generator.next() % UInt64(n - i))
            pool.swapAt(i, j)
        }
        return betweenness(sources: Array(pool[..<k]), normalized: normalized, progress: progress)
    }

    /// Betweenness estimated from the shortest-path dependencies of the given source vertices,
    /// scaled as networkx (3.5 and later) scales its sampled betweenness.
    ///
    /// With `k` distinct sources, a source vertex's dependency sum is scaled by `1/(k-1)` and
    /// any other vertex's by `1/k` (a source cannot lie inside its own paths), times `V-1`
    /// raw, or divided by `V-2` when normalized. With every vertex as a source this is exact
    /// betweenness.
    /// - Complexity: O(k·E) time, O(V) memory per thread.
    public func betweenness(sources: [Int32], normalized: Bool = true, progress: ProgressHandler? = nil) -> [Double] {
        let n = vertexCount
        let distinct = Array(Set(sources)).sorted()
        let k = distinct.count
        let raw = _brandes(sources: distinct, progress: progress)
        if k == n {
            guard normalized, n > 2 else { return raw }
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            return raw.map { $0 * scale }
        }
        guard n > 2, k > 0 else { return raw }
        var isSource = [Bool](repeating: false, count: n)
        for s in distinct { isSource[Int(s)] = true }
        let pairs = normalized ? 1 / Double(n - 2) : Double(n - 1)
        let sourceScale = k > 1 ? pairs / Double(k - 1) : .nan
        let otherScale = pairs / Double(k)
        return (0..<n).map { raw[$0] * (isSource[$0] ? sourceScale : otherScale) }
    }

    /// Sum over the given sources of Brandes' dependency accumulation.
    func _brandes(sources: [Int32], progress: ProgressHandler? = nil) -> [Double] {
        let n = vertexCount
        let workers = min(_workerCount, max(1, sources.count / 8))
        // Per worker: totals, sigma, delta (Double); distance, order (Int32).
        let totals = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * n)
        totals.initialize(repeating: 0)
        defer { totals.deallocate() }
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                inOffsets.withUnsafeBufferPointer { inOff in
                    inSources.withUnsafeBufferPointer { inSrc in
                        sources.withUnsafeBufferPointer { sources in
                            _concurrentPerform(iterations: workers) { worker in
                                let total = totals.baseAddress! + worker * n
                                let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
                                let delta = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
                                let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                                let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
                                sigma.initialize(repeating: 0)
                                delta.initialize(repeating: 0)
                                distance.initialize(repeating: -1)
                                order.initialize(repeating: 0)
                                defer { sigma.deallocate(); delta.deallocate(); distance.deallocate(); order.deallocate() }
                                var index = worker
                                while index < sources.count {
                                    let s = Int(sources[index])
                                    index += workers
                                    if worker == 0, let progress { progress(Double(min(index, sources.count)) / Double(sources.count)) }
                                    // Breadth-first search counting shortest paths; `order` is the queue.
                                    var head = 0, tail = 1
                                    order[0] = Int32(s)
                                    distance[s] = 0
                                    sigma[s] = 1
                                    while head < tail {
                                        let v = Int(order[head])
                                        head += 1
                                        let dv = distance[v]
                                        let sv = sigma[v]
                                        for e in off[v]..<off[v + 1] {
                                            let w = Int(tgt[e])
                                            if e > off[v] && Int(tgt[e - 1]) == w { continue }  // parallel edge
                                            if distance[w] < 0 {
                                                distance[w] = dv + 1
                                                order[tail] = Int32(w)
                                                tail += 1
                                            }
                                            if distance[w] == dv + 1 { sigma[w] += sv }
                                        }
                                    }
                                    // Dependencies in order of non-increasing distance.
                                    var i = tail - 1
                                    while i > 0 {
                                        let w = Int(order[i])
                                        let dw = distance[w]
                                        let coefficient = (1 + delta[w]) / sigma[w]
                                        for j in inOff[w]..<inOff[w + 1] {
                                            let v = Int(inSrc[j])
                                            if j > inOff[w] && Int(inSrc[j - 1]) == v { continue }  // parallel edge
                                            if distance[v] == dw - 1 { delta[v] += sigma[v] * coefficient }
                                        }
                                        total[w] += delta[w]
                                        i -= 1
                                    }
                                    // Reset only what this search touched.
                                    for j in 0..<tail {
                                        let v = Int(order[j])
                                        sigma[v] = 0; delta[v] = 0; distance[v] = -1
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var result = [Double](repeating: 0, count: n)
        for worker in 0..<workers {
            for v in 0..<n { result[v] += totals[worker * n + v] }
        }
        return result
    }
}
