/// A walk through a ``Digraph``: its vertices and the edges between consecutive vertices.
public struct GraphPath: Sendable, Hashable {
    /// Vertices from start to end.
    public let vertices: [Int32]
    /// Edge ids; `edges[i]` runs from `vertices[i]` to `vertices[i+1]`.
    public let edges: [Int32]

    /// Number of edges.
    public var length: Int { edges.count }
}

extension Digraph {
    /// A shortest path (fewest edges) from `source` to `target` along edges, or `nil`.
    ///
    /// Breadth-first search (Moore 1959); among equally short paths, the one found first when
    /// edges are scanned in id order, and of parallel edges the lowest id.
    /// - Returns: the path; a zero-length path when `source == target`.
    /// - Complexity: O(V + E) time, O(V) memory.
    public func shortestPath(from source: Int, to target: Int) -> GraphPath? {
        if source == target { return GraphPath(vertices: [Int32(source)], edges: []) }
        var parentEdge = [Int32](repeating: -1, count: vertexCount)
        var seen = [Bool](repeating: false, count: vertexCount)
        var queue = [Int32(source)]
        seen[source] = true
        var head = 0
        var found = false
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                search: while head < queue.count {
                    let v = Int(queue[head])
                    head += 1
                    for e in off[v]..<off[v + 1] {
                        let w = Int(tgt[e])
                        if seen[w] { continue }
                        seen[w] = true
                        parentEdge[w] = Int32(e)
                        if w == target { found = true; break search }
                        queue.append(Int32(w))
                    }
                }
            }
        }
        guard found else { return nil }
        var vertices = [Int32(target)]
        var edges = [Int32]()
        var v = target
        while v != source {
            let e = Int(parentEdge[v])
            edges.append(Int32(e))
            v = Int(edgeSources[e])
            vertices.append(Int32(v))
        }
        return GraphPath(vertices: vertices.reversed(), edges: edges.reversed())
    }
}
