extension Digraph {
    /// The transitive reduction of an acyclic graph: the edges to keep so that reachability is
    /// unchanged while no edge is implied by a longer path. Of parallel edges, the lowest id is
    /// kept.
    ///
    /// A. V. Aho, M. R. Garey and J. D. Ullman, "The transitive reduction of a directed graph",
    /// SIAM J. Comput. 1(2), 1972, doi:10.1137/0201008. For each vertex `u`, a depth-first
    /// search (explicit stack) from the successors of `u`'s children marks what they reach; a
    /// child that is marked is redundant. The search never enters vertices placed after `u`'s
    /// last child in topological order, since they cannot lead back to a child.
    /// - Returns: the edge ids to keep, ascending; `nil` if the graph has a cycle (the reduction
    ///   of a cyclic graph is not unique).
    /// - Complexity: O(V·E) time in the worst case, O(V) memory.
    public func transitiveReduction() -> [Int32]? {
        let n = vertexCount
        let order = _fastTopologicalOrder()
        guard order.count == n else { return nil }
        var position = [Int32](repeating: 0, count: n)
        for (i, v) in order.enumerated() { position[Int(v)] = Int32(i) }
        var stamp = [Int32](repeating: -1, count: n)
        var stack = [Int32]()
        var keep = [Int32]()
        for u in 0..<n {
            let children = outOffsets[u]..<outOffsets[u + 1]
            if children.isEmpty { continue }
            var lastPosition: Int32 = 0
            for e in children { lastPosition = max(lastPosition, position[Int(outTargets[e])]) }
            let mark = Int32(u)
            for e in children {
                let c = Int(outTargets[e])
                for f in outOffsets[c]..<outOffsets[c + 1] {
                    let w = Int(outTargets[f])
                    if stamp[w] != mark && position[w] <= lastPosition { stamp[w] = mark; stack.append(Int32(w)) }
                }
            }
            while let top = stack.popLast() {
                let v = Int(top)
                for f in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[f])
                    if stamp[w] != mark && position[w] <= lastPosition { stamp[w] = mark; stack.append(Int32(w)) }
                }
            }
            var previous: Int32 = -1
            for e in children {
                let c = outTargets[e]
                if c != previous && stamp[Int(c)] != mark { keep.append(Int32(e)) }
                previous = c
            }
        }
        return keep
    }
}
