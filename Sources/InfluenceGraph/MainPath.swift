/// A main path: a set of edges that follow the heaviest search path weights, with their
/// vertices. Ties are kept, so it may branch.
public struct MainPath: Sendable, Hashable {
    /// Edge ids on the main path, ascending.
    public let edges: [Int32]
    /// Vertices on the main path, ascending.
    public let vertices: [Int32]
}

extension Digraph {
    /// The local main path: from a start, repeatedly follow the heaviest edge(s).
    ///
    /// Forward: starting at the given vertex, or else at the sources whose heaviest outgoing
    /// edge is heaviest of all sources', follow every outgoing edge of maximal weight until sinks.
    /// Backward: the same from sinks against the edges, following heaviest incoming edges.
    /// Ties (weights equal within a relative `1e-12`) are all followed.
    /// V. Batagelj, "Efficient algorithms for citation network analysis", arXiv:cs/0309023,
    /// 2003; N. Hummon and P. Doreian, "Connectivity in a citation network: the development of
    /// DNA theory", Social Networks 11(1), 1989, doi:10.1016/0378-8733(89)90017-8.
    /// - Parameters:
    ///   - weights: edge weights from ``searchPathWeights(_:)`` of this graph.
    ///   - direction: `.forward` from sources, `.backward` from sinks.
    ///   - start: vertex to start from instead of the best sources (sinks).
    /// - Complexity: O(V + E).
    public func localMainPath(_ weights: SearchPathWeights, direction: EdgeDirection = .forward, from start: Int? = nil) -> MainPath {
        let w = _activeWeights(weights)
        let starts: [Int]
        if let start {
            starts = [start]
        } else {
            starts = _bestEnds(w, direction: direction)
        }
        var onPath = [Bool](repeating: false, count: edgeCount)
        var visited = [Bool](repeating: false, count: vertexCount)
        _followHeaviest(from: starts, weights: w, direction: direction, onPath: &onPath, visited: &visited)
        return _mainPath(onPath: onPath, extraVertices: starts)
    }

    /// The key-route main path: the `keyRoutes` heaviest edges, each extended forward from its
    /// head and backward from its tail by the local rule, united.
    ///
    /// J. S. Liu and L. Y. Y. Lu, "An integrated approach for main path analysis: development of
    /// the Hirsch index as an example", J. Am. Soc. Inf. Sci. Technol. 63(3), 2012,
    /// doi:10.1002/asi.21692. Edges tied with the last key route are key routes too.
    /// - Parameters:
    ///   - weights: edge weights from ``searchPathWeights(_:)`` of this graph.
    ///   - keyRoutes: how many of the heaviest edges to start from.
    /// - Complexity: O(E log E + keyRoutes·(V + E)).
    public func keyRouteMainPath(_ weights: SearchPathWeights, keyRoutes: Int = 1) -> MainPath {
        let w = _activeWeights(weights)
        let ranked = (0..<edgeCount).filter { w[$0] > 0 }.sorted { w[$0] != w[$1] ? w[$0] > w[$1] : $0 < $1 }
        guard keyRoutes > 0, !ranked.isEmpty else { return MainPath(edges: [], vertices: []) }
        var keys = Array(ranked.prefix(keyRoutes))
        let last = w[keys[keys.count - 1]]
        for e in ranked.dropFirst(keys.count) where Digraph._tied(w[e], last) { keys.append(e) }
        var onPath = [Bool](repeating: false, count: edgeCount)
        for e in keys {
            onPath[e] = true
            var forwardSeen = [Bool](repeating: false, count: vertexCount)
            _followHeaviest(from: [Int(outTargets[e])], weights: w, direction: .forward, onPath: &onPath, visited: &forwardSeen)
            var backwardSeen = [Bool](repeating: false, count: vertexCount)
            _followHeaviest(from: [Int(edgeSources[e])], weights: w, direction: .backward, onPath: &onPath, visited: &backwardSeen)
        }
        return _mainPath(onPath: onPath, extraVertices: [])
    }

    /// Normalized weights with ignored (cyclic) edges at 0.
    private func _activeWeights(_ weights: SearchPathWeights) -> [Double] {
        precondition(weights.normalized.count == edgeCount, "weights of another graph")
        return weights.normalized
    }

    static func _tied(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b)) }

    /// Heaviest positive weight among the out-edges (forward) or in-edges (backward) of `v`;
    /// 0 when there is none.
    private func _heaviest(_ v: Int, _ w: [Double], _ direction: EdgeDirection) -> Double {
        var top = 0.0
        if direction == .forward {
            for e in outOffsets[v]..<outOffsets[v + 1] where w[e] > top { top = w[e] }
        } else {
            for i in inOffsets[v]..<inOffsets[v + 1] where w[Int(inEdges[i])] > top { top = w[Int(inEdges[i])] }
        }
        return top
    }

    /// Sources (sinks) whose heaviest outgoing (incoming) edge is heaviest overall.
    private func _bestEnds(_ w: [Double], direction: EdgeDirection) -> [Int] {
        var best = 0.0
        var ends = [Int]()
        for v in 0..<vertexCount {
            let behind: EdgeDirection = direction == .forward ? .backward : .forward
            guard _heaviest(v, w, behind) == 0 else { continue }
            let top = _heaviest(v, w, direction)
            guard top > 0 else { continue }
            if !ends.isEmpty && Digraph._tied(top, best) {
                ends.append(v)
            } else if top > best {
                best = top
                ends = [v]
            }
        }
        return ends
    }

    /// Breadth-first walk that follows, from every reached vertex, all its heaviest edges.
    private func _followHeaviest(from starts: [Int], weights w: [Double], direction: EdgeDirection,
                                 onPath: inout [Bool], visited: inout [Bool]) {
        var queue = starts.filter { !visited[$0] }
        for v in queue { visited[v] = true }
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            let top = _heaviest(v, w, direction)
            guard top > 0 else { continue }
            let range = direction == .forward ? outOffsets[v]..<outOffsets[v + 1] : inOffsets[v]..<inOffsets[v + 1]
            for i in range {
                let e = direction == .forward ? i : Int(inEdges[i])
                guard Digraph._tied(w[e], top) else { continue }
                onPath[e] = true
                let next = direction == .forward ? Int(outTargets[e]) : Int(edgeSources[e])
                if !visited[next] {
                    visited[next] = true
                    queue.append(next)
                }
            }
        }
    }

    private func _mainPath(onPath: [Bool], extraVertices: [Int]) -> MainPath {
        var edges = [Int32]()
        var isVertex = [Bool](repeating: false, count: vertexCount)
        for v in extraVertices { isVertex[v] = true }
        for e in 0..<edgeCount where onPath[e] {
            edges.append(Int32(e))
            isVertex[Int(edgeSources[e])] = true
            isVertex[Int(outTargets[e])] = true
        }
        return MainPath(edges: edges, vertices: (0..<vertexCount).filter { isVertex[$0] }.map { Int32($0) })
    }
}
