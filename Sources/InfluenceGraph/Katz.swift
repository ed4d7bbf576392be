/// Katz centrality scores and how they were obtained.
public struct KatzCentrality: Sendable, Hashable {
    /// Score of each vertex (unit Euclidean norm when normalized). Indexed by vertex.
    public let scores: [Double]
    /// Iterations run; 0 for the direct solve of an acyclic graph.
    public let iterations: Int
    /// Whether the scores are final: always for the direct solve; on a cyclic graph, whether
    /// the iteration met the tolerance (it cannot if `alpha ≥ 1/λmax`).
    public let converged: Bool
    /// Whether the graph was acyclic and solved directly (the series is finite).
    public let solvedDirectly: Bool
}

extension Digraph {
    /// Katz centrality in the citation direction: `x[v] = β + α · Σ x[w]` over the vertices `w`
    /// that `v` influenced, i.e. attenuated counts of all influence walks leaving `v`.
    ///
    /// Equals `networkx.katz_centrality` on the reversed (citation) graph. On an acyclic graph
    /// the series is finite for every `alpha` and is summed exactly by one sweep in reverse
    /// topological order. With cycles it converges only for `alpha < 1/λmax` (λmax the largest
    /// eigenvalue of the adjacency); the power iteration from zero is run and
    /// ``KatzCentrality/converged`` is `false` if it fails (then choose a smaller `alpha`).
    /// L. Katz, "A new status index derived from sociometric analysis", Psychometrika 18(1),
    /// 1953, doi:10.1007/BF02289026.
    /// - Parameters:
    ///   - alpha: attenuation per edge.
    ///   - beta: base score of every vertex.
    ///   - normalized: scale to unit Euclidean norm, as networkx does by default.
    ///   - tolerance: per-vertex L1 tolerance (networkx's `tol`, compared with `V · tol`).
    /// - Complexity: acyclic: O(V + E); cyclic: O(E) per iteration. O(V) memory.
    public func katz(alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true,
                     tolerance: Double = 1e-10, maxIterations: Int = 1000) -> KatzCentrality {
        let n = vertexCount
        var x = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        let order = _fastTopologicalOrder()
        let direct = order.count == n
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                if direct {
                    x.withUnsafeMutableBufferPointer { x in
                        for i in stride(from: n - 1, through: 0, by: -1) {
                            let v = Int(order[i])
                            var s = 0.0
                            for e in off[v]..<off[v + 1] { s += x[Int(tgt[e])] }
                            x[v] = beta + alpha * s
                        }
                    }
                    converged = true
                    return
                }
                var next = [Double](repeating: 0, count: n)
                while iterations < maxIterations {
                    iterations += 1
                    var err = 0.0
                    x.withUnsafeBufferPointer { x in
                        next.withUnsafeMutableBufferPointer { next in
                            err = _parallelSweep(offsets: off) { range in
                                var err = 0.0
                                for v in range {
                                    var s = 0.0
                                    for e in off[v]..<off[v + 1] { s += x[Int(tgt[e])] }
                                    next[v] = beta + alpha * s
                                    err += abs(next[v] - x[v])
                                }
                                return err
                            }
                        }
                    }
                    swap(&x, &next)
                    if !err.isFinite { break }
                    if err < Double(n) * tolerance { converged = true; break }
                }
            }
        }
        if normalized {
            var sumSquares = 0.0
            for value in x { sumSquares += value * value }
            let norm = sumSquares.squareRoot()
            if norm > 0 && norm.isFinite { for v in 0..<n { x[v] /= norm } }
        }
        return KatzCentrality(scores: x, iterations: iterations, converged: converged, solvedDirectly: direct)
    }
}
