/// Hub and authority scores (HITS).
public struct HITSScores: Sendable, Hashable {
    /// Hub score of each vertex (sums to 1): high for work that draws on strong authorities.
    public let hubs: [Double]
    /// Authority score of each vertex (sums to 1): high for work drawn on by strong hubs.
    public let authorities: [Double]
    /// Power iterations run.
    public let iterations: Int
    /// Whether the authority vector met the tolerance.
    public let converged: Bool
}

extension Digraph {
    /// Kleinberg's hubs and authorities in the citation direction: a vertex's hub score sums the
    /// authority of its influencers (the work it cites), its authority sums the hub score of the
    /// work it influenced.
    ///
    /// Equals `networkx.hits` on the reversed (citation) graph: the authority vector is the
    /// principal right singular vector of the citation adjacency `A`, found by the power method
    /// on `AᵀA` from the uniform vector; hubs are `A·a`; both are scaled to sum 1.
    /// J. Kleinberg, "Authoritative sources in a hyperlinked environment", J. ACM 46(5), 1999,
    /// doi:10.1145/324133.324140.
    /// - Parameters:
    ///   - tolerance: stop when the L1 change of the (sum-normalized) authority vector is below it.
    ///   - maxIterations: cap on iterations; ``HITSScores/converged`` tells if it sufficed.
    /// - Complexity: O(E) per iteration, O(V) memory. Convergence is geometric in the squared
    ///   ratio of the two largest singular values.
    public func hits(tolerance: Double = 1e-10, maxIterations: Int = 10_000) -> HITSScores {
        let n = vertexCount
        if n == 0 { return HITSScores(hubs: [], authorities: [], iterations: 0, converged: true) }
        var authority = [Double](repeating: 1 / Double(n), count: n)
        var hub = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            iterations += 1
            _hubsFromAuthorities(authority, into: &hub)
            _authoritiesFromHubs(hub, into: &next)
            let total = next.reduce(0, +)
            if total == 0 { break }  // no edges
            var err = 0.0
            for v in 0..<n {
                next[v] /= total
                err += abs(next[v] - authority[v])
            }
            swap(&authority, &next)
            if err < tolerance { converged = true; break }
        }
        _hubsFromAuthorities(authority, into: &hub)
        let hubTotal = hub.reduce(0, +)
        if hubTotal > 0 { for v in 0..<n { hub[v] /= hubTotal } }
        return HITSScores(hubs: hub, authorities: authority, iterations: iterations, converged: converged || n == 0)
    }

    /// hub[v] = Σ authority of v's predecessors (what v cites).
    private func _hubsFromAuthorities(_ authority: [Double], into hub: inout [Double]) {
        _sumOverNeighbours(offsets: inOffsets, neighbours: inSources, of: authority, into: &hub)
    }

    /// authority[v] = Σ hub of v's successors (what cites v).
    private func _authoritiesFromHubs(_ hub: [Double], into authority: inout [Double]) {
        _sumOverNeighbours(offsets: outOffsets, neighbours: outTargets, of: hub, into: &authority)
    }

    /// result[v] = Σ values[w] over the neighbours w listed at `offsets[v]..<offsets[v+1]`,
    /// vertices split between two threads.
    /// - Complexity: O(V + E).
    private func _sumOverNeighbours(offsets: [Int], neighbours: [Int32], of values: [Double], into result: inout [Double]) {
        offsets.withUnsafeBufferPointer { off in
            neighbours.withUnsafeBufferPointer { nb in
                values.withUnsafeBufferPointer { x in
                    result.withUnsafeMutableBufferPointer { r in
                        _ = _parallelSweep(offsets: off) { range in
                            for v in range {
                                var s = 0.0
                                for i in off[v]..<off[v + 1] { s += x[Int(nb[i])] }
                                r[v] = s
                            }
                            return 0
                        }
                    }
                }
            }
        }
    }
}
