/// Simple paths between two vertices, possibly cut short by a limit.
public struct SimplePaths: Sendable, Hashable {
    /// The paths found, shortest first, then in lexicographic order of their vertex ids.
    public let paths: [GraphPath]
    /// Whether the enumeration stopped at the limit: more paths exist.
    public let isTruncated: Bool
}

extension Digraph {
    /// Simple paths (no repeated vertex) from `source` to `target` of at most `maxLength` edges.
    ///
    /// Depth-first enumeration with an explicit stack. A vertex is entered only if its distance
    /// to `target` (from one backward breadth-first search) fits in the remaining length, which
    /// cuts the branches that cannot end in a path short enough. Parallel edges give one path
    /// (through the lowest edge id).
    /// - Parameters:
    ///   - maxLength: most edges per path; `nil` for no bound (the count can be exponential).
    ///   - limit: most paths to return; when reached, ``SimplePaths/isTruncated`` is set.
    /// - Complexity: O(V + E) for the distances, then the enumeration, which can be exponential
    ///   in `maxLength` on dense graphs and is cut off after `limit` paths; O(V) memory besides
    ///   the result.
    public func allSimplePaths(from source: Int, to target: Int, maxLength: Int? = nil, limit: Int = 1000) -> SimplePaths {
        let bound = maxLength ?? vertexCount
        if source == target || limit <= 0 {
            return SimplePaths(paths: [], isTruncated: source != target && limit <= 0 && shortestPath(from: source, to: target) != nil)
        }
        // distance[v]: fewest edges from v to target.
        var distance = [Int32](repeating: Int32.max, count: vertexCount)
        let toTarget = generations(from: [target], direction: .backward)
        distance[target] = 0
        for (v, d) in zip(toTarget.vertices, toTarget.depths) { distance[Int(v)] = d }
        guard Int(distance[source]) <= bound else { return SimplePaths(paths: [], isTruncated: false) }

        var onPath = [Bool](repeating: false, count: vertexCount)
        var pathVertices: [Int32] = [Int32(source)]
        var pathEdges: [Int32] = []
        var cursor: [Int] = [outOffsets[source]]
        onPath[source] = true
        var paths = [GraphPath]()
        var truncated = false
        while let e = cursor.last {
            let v = Int(pathVertices[pathVertices.count - 1])
            if e >= outOffsets[v + 1] {
                cursor.removeLast()
                onPath[v] = false
                pathVertices.removeLast()
                if !pathEdges.isEmpty { pathEdges.removeLast() }
                continue
            }
            cursor[cursor.count - 1] = e + 1
            let w = Int(outTargets[e])
            if e > outOffsets[v] && outTargets[e - 1] == outTargets[e] { continue }  // parallel edge
            if onPath[w] { continue }
            let remaining = bound - pathEdges.count - 1
            if Int(distance[w]) > remaining { continue }
            if w == target {
                if paths.count == limit { truncated = true; break }
                paths.append(GraphPath(vertices: pathVertices + [Int32(w)], edges: pathEdges + [Int32(e)]))
                continue
            }
            onPath[w] = true
            pathVertices.append(Int32(w))
            pathEdges.append(Int32(e))
            cursor.append(outOffsets[w])
        }
        paths.sort { a, b in
            a.length != b.length ? a.length < b.length : a.vertices.lexicographicallyPrecedes(b.vertices)
        }
        return SimplePaths(paths: paths, isTruncated: truncated)
    }
}
