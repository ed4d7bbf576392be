/// PageRank scores and how they were obtained.
public struct PageRank: Sendable, Hashable {
    /// Score of each vertex, summing to 1. Indexed by vertex.
    public let scores: [Double]
    /// Power iterations run; 0 when the graph was acyclic and solved directly.
    public let iterations: Int
    /// Whether the iteration met the tolerance (always `true` for the direct solve).
    public let converged: Bool
    /// Whether the scores come from the direct solve of an acyclic graph.
    public let solvedDirectly: Bool
}

extension Digraph {
    /// PageRank in the citation direction: each vertex passes its score to the vertices that
    /// influenced it (its predecessors here), so influential work ranks high.
    ///
    /// This equals `networkx.pagerank` on the reversed graph (the citation graph): damping
    /// `damping`, teleport by `personalization` (uniform by default), the score of vertices
    /// without influencers ("dangling" in the citation direction) spread by `dangling`
    /// (default: like the teleport), and parallel edges counting as weight.
    ///
    /// On an acyclic graph the fixed point is solved exactly in one sweep in topological order:
    /// the scores are affine in the unknown dangling mass `D` (`x = a + D·b`), and
    /// `D = Σ_dangling a / (1 − Σ_dangling b)`. Otherwise the power method runs from the uniform
    /// vector until the L1 change is below `vertexCount · tolerance` (networkx's criterion).
    ///
    /// S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine",
    /// Computer Networks 30, 1998, doi:10.1016/S0169-7552(98)00110-X; A. Langville and C. Meyer,
    /// "Deeper inside PageRank", Internet Math. 1(3), 2004, doi:10.1080/15427951.2004.10129091.
    /// - Parameters:
    ///   - damping: probability of following an edge (networkx's `alpha`).
    ///   - tolerance: per-vertex L1 tolerance of the power method.
    ///   - maxIterations: cap on power iterations; ``PageRank/converged`` tells if it sufficed.
    ///   - personalization: teleport weights by vertex (normalized here); `nil` for uniform.
    ///   - dangling: where the score of vertices without influencers goes (normalized); `nil`
    ///     to follow the teleport.
    ///   - allowDirectSolve: solve acyclic graphs directly (`false` forces the power method).
    /// - Complexity: acyclic: O(V + E) plus a topological order; otherwise O(E) per iteration
    ///   (split over two threads on large graphs),
    ///   about log(V·tolerance)/log(damping) iterations. O(V) extra memory.
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-10, maxIterations: Int = 1000,
                         personalization: [Double]? = nil, dangling: [Double]? = nil,
                         allowDirectSolve: Bool = true) -> PageRank {
        let n = vertexCount
        if n == 0 { return PageRank(scores: [], iterations: 0, converged: true, solvedDirectly: true) }
        let teleport = Digraph._normalized(personalization, count: n)
        let danglingWeights = dangling.map { Digraph._normalized($0, count: n) } ?? teleport
        // Citation out-degree of v = number of its influencers = in-degree here.
        var inverseDegree = [Double](repeating: 0, count: n)
        var danglingVertices = [Int32]()
        for v in 0..<n {
            let d = inOffsets[v + 1] - inOffsets[v]
            if d == 0 { danglingVertices.append(Int32(v)) } else { inverseDegree[v] = 1 / Double(d) }
        }
        if allowDirectSolve {
            let order = _fastTopologicalOrder()
            if order.count == n {
                let scores = dangling == nil
                    ? _pageRankAcyclicTeleportDangling(order: order, damping: damping, teleport: teleport,
                                                       inverseDegree: inverseDegree)
                    : _pageRankAcyclic(order: order, damping: damping, teleport: teleport,
                                       dangling: danglingWeights, inverseDegree: inverseDegree,
                                       danglingVertices: danglingVertices)
                return PageRank(scores: scores, iterations: 0, converged: true, solvedDirectly: true)
            }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                inverseDegree.withUnsafeBufferPointer { inv in
                    teleport.withUnsafeBufferPointer { tel in
                        danglingWeights.withUnsafeBufferPointer { dw in
                            while iterations < maxIterations {
                                iterations += 1
                                var danglingSum = 0.0
                                x.withUnsafeBufferPointer { x in
                                    share.withUnsafeMutableBufferPointer { share in
                                        for v in 0..<n { share[v] = x[v] * inv[v] }
                                    }
                                    for v in danglingVertices { danglingSum += x[Int(v)] }
                                }
                                var err = 0.0
                                x.withUnsafeBufferPointer { x in
                                    share.withUnsafeBufferPointer { share in
                                        next.withUnsafeMutableBufferPointer { next in
                                            err = _parallelSweep(offsets: off) { range in
                                                var err = 0.0
                                                for v in range {
                                                    var s = 0.0
                                                    for e in off[v]..<off[v + 1] { s += share[Int(tgt[e])] }
                                                    let value = damping * (s + danglingSum * dw[v]) + (1 - damping) * tel[v]
                                                    next[v] = value
                                                    err += abs(value - x[v])
                                                }
                                                return err
                                            }
                                        }
                                    }
                                }
                                swap(&x, &next)
                                if err < Double(n) * tolerance { converged = true; break }
                            }
                        }
                    }
                }
            }
        }
        return PageRank(scores: x, iterations: iterations, converged: converged, solvedDirectly: false)
    }

    /// Exact PageRank of an acyclic graph: x = a + D·b, solved in reverse topological order.
    ///
    /// The sweep reads, per edge, one interleaved pair `(a[w]/indeg(w), b[w]/indeg(w))`, so each
    /// edge costs one memory access.
    func _pageRankAcyclic(order: [Int32], damping: Double, teleport: [Double], dangling: [Double],
                          inverseDegree: [Double], danglingVertices: [Int32]) -> [Double] {
        let n = vertexCount
        var a = [Double](repeating: 0, count: n)
        var b = [Double](repeating: 0, count: n)
        var shares = [Double](repeating: 0, count: 2 * n)  // a[v]/indeg(v), b[v]/indeg(v)
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                inverseDegree.withUnsafeBufferPointer { inv in
                    teleport.withUnsafeBufferPointer { teleport in
                        dangling.withUnsafeBufferPointer { dangling in
                            a.withUnsafeMutableBufferPointer { a in
                                b.withUnsafeMutableBufferPointer { b in
                                    shares.withUnsafeMutableBufferPointer { shares in
                                        // Successors come later in the order: sweep from the end.
                                        for i in stride(from: n - 1, through: 0, by: -1) {
                                            let v = Int(order[i])
                                            var sa = 0.0, sb = 0.0
                                            for e in off[v]..<off[v + 1] {
                                                let w = 2 * Int(tgt[e])
                                                sa += shares[w]
                                                sb += shares[w + 1]
                                            }
                                            let av = damping * sa + (1 - damping) * teleport[v]
                                            let bv = damping * (sb + dangling[v])
                                            a[v] = av
                                            b[v] = bv
                                            shares[2 * v] = av * inv[v]
                                            shares[2 * v + 1] = bv * inv[v]
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        shares = []
        var sumA = 0.0, sumB = 0.0
        for v in danglingVertices { sumA += a[Int(v)]; sumB += b[Int(v)] }
        let mass = sumA / (1 - sumB)
        var total = 0.0
        for v in 0..<n { a[v] += mass * b[v]; total += a[v] }
        // The exact fixed point sums to 1; dividing removes rounding drift.
        for v in 0..<n { a[v] /= total }
        return a
    }

    /// Exact PageRank of an acyclic graph whose dangling score follows the teleport.
    ///
    /// Then `b = a·damping/(1 − damping)` in `x = a + D·b`, so `x` is `a` scaled to sum 1: one
    /// sweep in reverse topological order, reading one 8-byte share `a[w]/indeg(w)` per edge.
    func _pageRankAcyclicTeleportDangling(order: [Int32], damping: Double, teleport: [Double],
                                          inverseDegree: [Double]) -> [Double] {
        let n = vertexCount
        var a = [Double](repeating: 0, count: n)
        var shares = [Double](repeating: 0, count: n)  // a[v]/indeg(v)
        var total = 0.0
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                inverseDegree.withUnsafeBufferPointer { inv in
                    teleport.withUnsafeBufferPointer { teleport in
                        order.withUnsafeBufferPointer { order in
                            a.withUnsafeMutableBufferPointer { a in
                                shares.withUnsafeMutableBufferPointer { shares in
                                    // Successors come later in the order: sweep from the end.
                                    for i in stride(from: n - 1, through: 0, by: -1) {
                                        let v = Int(order[i])
                                        var sum = 0.0
                                        for e in off[v]..<off[v + 1] { sum += shares[Int(tgt[e])] }
                                        let av = damping * sum + (1 - damping) * teleport[v]
                                        a[v] = av
                                        shares[v] = av * inv[v]
                                        total += av
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        shares = []
        for v in 0..<n { a[v] /= total }
        return a
    }

    /// Weights scaled to sum 1; uniform when `nil`.
    static func _normalized(_ weights: [Double]?, count n: Int) -> [Double] {
        guard let weights else { return [Double](repeating: 1 / Double(n), count: n) }
        precondition(weights.count == n, "one weight per vertex")
        let total = weights.reduce(0, +)
        precondition(total > 0, "weights must not all be zero")
        return weights.map { $0 / total }
    }
}
