/// Which paths a search path weight counts (Batagelj 2003).
public enum SearchPathWeighting: String, Sendable, Hashable, CaseIterable {
    /// Search Path Count: paths from any source (no influencers) to any sink (no followers).
    case spc
    /// Search Path Link Count: paths from any vertex to any sink.
    case splc
    /// Search Path Node Pair: paths from any vertex to any vertex.
    case spnp
}

/// Search path weights of the edges of an acyclic influence graph.
public struct SearchPathWeights: Sendable, Hashable {
    /// The weighting counted.
    public let weighting: SearchPathWeighting
    /// Number of counted paths through each edge, by edge id. Counts beyond `Double`'s range
    /// are `+infinity`; ``normalized`` stays finite. Edges inside a cycle get 0.
    public let counts: [Double]
    /// ``counts`` divided by ``totalFlow``, by edge id: the share of all counted paths that use
    /// each edge (for SPC, in `0...1`).
    public let normalized: [Double]
    /// Total number of counted paths with at least one edge (for SPC, source-to-sink paths).
    /// May be `+infinity` for huge graphs; see ``log10TotalFlow``.
    public let totalFlow: Double
    /// Base-10 logarithm of ``totalFlow``, finite even when the flow overflows.
    public let log10TotalFlow: Double
    /// Edges that lie inside a strongly connected component and were left out (weight 0).
    /// Empty for an acyclic graph.
    public let ignoredEdges: [Int32]
}

extension Digraph {
    /// Search path weights of every edge: SPC, SPLC or SPNP.
    ///
    /// V. Batagelj, "Efficient algorithms for citation network analysis", arXiv:cs/0309023,
    /// 2003. With `N⁻(v)` the number of counted paths ending in `v` and `N⁺(v)` the number
    /// starting in `v`, both computed in one sweep each over a topological order, the weight of
    /// edge `u→v` is `N⁻(u)·N⁺(v)`. SPC: `N⁻ = 1` at sources and `N⁺ = 1` at sinks; SPLC adds
    /// 1 to `N⁻` of every vertex; SPNP adds 1 to both. Total flow is the sum of `N⁺` over the
    /// starting vertices of counted paths (minus the zero-length paths for SPLC/SPNP).
    ///
    /// Counts grow exponentially with depth: when they overflow `Double`, the sweep is redone
    /// in the log domain and ``SearchPathWeights/normalized`` is computed from logarithms.
    /// A cyclic graph has infinitely many paths; the edges inside strongly connected components
    /// are then ignored (reported in ``SearchPathWeights/ignoredEdges``) and the rest, which is
    /// acyclic, is weighted.
    /// - Complexity: O(V + E) time and memory (plus the components on a cyclic graph).
    public func searchPathWeights(_ weighting: SearchPathWeighting = .spc) -> SearchPathWeights {
        let n = vertexCount
        // Which edges take part: all, unless some lie inside a cycle.
        var active = [Bool](repeating: true, count: edgeCount)
        var ignored = [Int32]()
        var order = _fastTopologicalOrder()
        if order.count < n {
            let components = stronglyConnectedComponents()
            for e in 0..<edgeCount where components.componentOfVertex[Int(edgeSources[e])] == components.componentOfVertex[Int(outTargets[e])] {
                active[e] = false
                ignored.append(Int32(e))
            }
            // A topological order of the active edges: by component, then by vertex.
            order = components.members
        }
        let startsEverywhere = weighting != .spc
        let endsEverywhere = weighting == .spnp
        var hasIn = [Bool](repeating: false, count: n)
        var hasOut = [Bool](repeating: false, count: n)
        if ignored.isEmpty {
            for v in 0..<n {
                hasIn[v] = inOffsets[v + 1] > inOffsets[v]
                hasOut[v] = outOffsets[v + 1] > outOffsets[v]
            }
        } else {
            for e in 0..<edgeCount where active[e] {
                hasOut[Int(edgeSources[e])] = true
                hasIn[Int(outTargets[e])] = true
            }
        }
        // Linear domain first.
        var into = [Double](repeating: 0, count: n)   // N⁻
        var from = [Double](repeating: 0, count: n)   // N⁺
        let allActive = ignored.isEmpty
        order.withUnsafeBufferPointer { order in
            active.withUnsafeBufferPointer { active in
                hasIn.withUnsafeBufferPointer { hasIn in
                    hasOut.withUnsafeBufferPointer { hasOut in
                        inOffsets.withUnsafeBufferPointer { inOff in
                            inSources.withUnsafeBufferPointer { inSrc in
                                inEdges.withUnsafeBufferPointer { inEdge in
                                    into.withUnsafeMutableBufferPointer { into in
                                        for v32 in order {
                                            let v = Int(v32)
                                            var s = (startsEverywhere || !hasIn[v]) ? 1.0 : 0.0
                                            for i in inOff[v]..<inOff[v + 1] where allActive || active[Int(inEdge[i])] {
                                                s += into[Int(inSrc[i])]
                                            }
                                            into[v] = s
                                        }
                                    }
                                }
                            }
                        }
                        outOffsets.withUnsafeBufferPointer { off in
                            outTargets.withUnsafeBufferPointer { tgt in
                                from.withUnsafeMutableBufferPointer { from in
                                    for v32 in order.reversed() {
                                        let v = Int(v32)
                                        var s = (endsEverywhere || !hasOut[v]) ? 1.0 : 0.0
                                        for e in off[v]..<off[v + 1] where allActive || active[e] {
                                            s += from[Int(tgt[e])]
                                        }
                                        from[v] = s
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Flow: paths with at least one edge = Σ over start vertices of N⁺, minus zero-length ones.
        var flow = 0.0
        for v in 0..<n {
            let isStart = startsEverywhere || !hasIn[v]
            guard isStart, hasOut[v] || endsEverywhere else { continue }
            flow += from[v] - (endsEverywhere ? 1 : 0)
        }
        var counts = [Double](repeating: 0, count: edgeCount)
        var allFinite = flow.isFinite
        counts.withUnsafeMutableBufferPointer { counts in
            edgeSources.withUnsafeBufferPointer { src in
                outTargets.withUnsafeBufferPointer { tgt in
                    for e in 0..<edgeCount where allActive || active[e] {
                        let c = into[Int(src[e])] * from[Int(tgt[e])]
                        counts[e] = c
                        if !c.isFinite { allFinite = false }
                    }
                }
            }
        }
        if allFinite {
            let normalized = counts.map { flow > 0 ? $0 / flow : 0 }
            return SearchPathWeights(weighting: weighting, counts: counts, normalized: normalized, totalFlow: flow,
                                     log10TotalFlow: flow > 0 ? _Elementary.log(flow) / _Elementary.log(10) : -.infinity,
                                     ignoredEdges: ignored)
        }
        // Log domain: log N⁻, log N⁺ by log-sum-exp.
        var logInto = [Double](repeating: -.infinity, count: n)
        var logFrom = [Double](repeating: -.infinity, count: n)
        var terms = [Double]()
        for v32 in order {
            let v = Int(v32)
            terms.removeAll(keepingCapacity: true)
            if startsEverywhere || !hasIn[v] { terms.append(0) }
            for i in inOffsets[v]..<inOffsets[v + 1] where active[Int(inEdges[i])] { terms.append(logInto[Int(inSources[i])]) }
            logInto[v] = Digraph._logSumExp(terms)
        }
        for v32 in order.reversed() {
            let v = Int(v32)
            terms.removeAll(keepingCapacity: true)
            if endsEverywhere || !hasOut[v] { terms.append(0) }
            for e in outOffsets[v]..<outOffsets[v + 1] where active[e] { terms.append(logFrom[Int(outTargets[e])]) }
            logFrom[v] = Digraph._logSumExp(terms)
        }
        terms.removeAll()
        for v in 0..<n where (startsEverywhere || !hasIn[v]) && (hasOut[v] || endsEverywhere) {
            // N⁺(v) − 1 for SPNP: log(e^x − 1) = x + log(1 − e^−x).
            let x = logFrom[v]
            terms.append(endsEverywhere ? x + _Elementary.log1p(-_Elementary.exp(-x)) : x)
        }
        let logFlow = Digraph._logSumExp(terms)
        var normalized = [Double](repeating: 0, count: edgeCount)
        for e in 0..<edgeCount where active[e] {
            let logCount = logInto[Int(edgeSources[e])] + logFrom[Int(outTargets[e])]
            normalized[e] = _Elementary.exp(logCount - logFlow)
            counts[e] = _Elementary.exp(logCount)
        }
        return SearchPathWeights(weighting: weighting, counts: counts, normalized: normalized,
                                 totalFlow: _Elementary.exp(logFlow), log10TotalFlow: logFlow / _Elementary.log(10),
                                 ignoredEdges: ignored)
    }

    /// log Σ e^xᵢ, stable for large xᵢ; `-inf` for no terms.
    static func _logSumExp(_ terms: [Double]) -> Double {
        guard let top = terms.max(), top > -.infinity else { return -.infinity }
        var s = 0.0
        for x in terms { s += _Elementary.exp(x - top) }
        return top + _Elementary.log(s)
    }
}
