/// The strongly connected components of a ``Digraph``.
///
/// Components are numbered in a topological order of the condensation: if an edge runs from
/// component `a` to a different component `b`, then `a < b`. Members of a component are listed
/// in ascending vertex order.
public struct StronglyConnectedComponents: Sendable, Hashable {
    /// Component of each vertex, indexed by vertex.
    public let componentOfVertex: [Int32]
    /// `componentOffsets[c]..<componentOffsets[c+1]` index `members` for component `c`.
    public let componentOffsets: [Int]
    /// Vertices grouped by component, ascending within each component.
    public let members: [Int32]
    /// Components that hold a cycle: more than one vertex, or one vertex with a self-loop; ascending.
    public let cyclicComponents: [Int32]

    /// Number of components.
    public var count: Int { componentOffsets.count - 1 }
    /// Whether the graph has no cycle (every component is a single vertex without a self-loop).
    public var isAcyclic: Bool { cyclicComponents.isEmpty }
    /// Component of vertex `v`. - Complexity: O(1).
    public func component(of v: Int) -> Int { Int(componentOfVertex[v]) }
    /// Vertices of component `c`, ascending. - Complexity: O(1) to create.
    public func members(of c: Int) -> ArraySlice<Int32> { members[componentOffsets[c]..<componentOffsets[c + 1]] }
    /// Number of vertices in component `c`. - Complexity: O(1).
    public func size(of c: Int) -> Int { componentOffsets[c + 1] - componentOffsets[c] }
}

extension Digraph {
    /// Strongly connected components by Tarjan's algorithm, run with an explicit stack.
    ///
    /// R. Tarjan, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2), 1972,
    /// doi:10.1137/0201010. The depth-first search keeps its own stack of vertices and edge
    /// cursors, so a path of a million vertices needs no call-stack depth.
    /// An acyclic graph is recognized first by Kahn's algorithm, which then gives the numbering
    /// directly (each vertex its own component, in topological order).
    /// - Returns: components numbered in topological order of the condensation.
    /// - Complexity: O(V + E) time, about 24 bytes per vertex of scratch memory.
    public func stronglyConnectedComponents() -> StronglyConnectedComponents {
        let n = vertexCount
        let order = _fastTopologicalOrder()
        if order.count == n {
            var componentOfVertex = [Int32](repeating: 0, count: n)
            for (c, v) in order.enumerated() { componentOfVertex[Int(v)] = Int32(c) }
            return StronglyConnectedComponents(componentOfVertex: componentOfVertex, componentOffsets: Array(0...n),
                                               members: order, cyclicComponents: [])
        }
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        // Tarjan numbering: components complete in reverse topological order.
        var tarjanComponent = [Int32](repeating: -1, count: n)
        var nextEdge = [Int](repeating: 0, count: n)
        var stack = [Int32]()
        var call = [Int32]()
        var componentCount: Int32 = 0
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { tgt in
                index.withUnsafeMutableBufferPointer { index in
                    low.withUnsafeMutableBufferPointer { low in
                        tarjanComponent.withUnsafeMutableBufferPointer { comp in
                            nextEdge.withUnsafeMutableBufferPointer { cursor in
                                var counter: Int32 = 0
                                for root in 0..<n where index[root] < 0 {
                                    index[root] = counter; low[root] = counter; counter += 1
                                    cursor[root] = off[root]
                                    stack.append(Int32(root)); call.append(Int32(root))
                                    while let top = call.last {
                                        let v = Int(top)
                                        let e = cursor[v]
                                        if e < off[v + 1] {
                                            cursor[v] = e + 1
                                            let w = Int(tgt[e])
                                            if index[w] < 0 {
                                                index[w] = counter; low[w] = counter; counter += 1
                                                cursor[w] = off[w]
                                                stack.append(Int32(w)); call.append(Int32(w))
                                            } else if comp[w] < 0 {
                                                // On the stack: not yet assigned to a component.
                                                if index[w] < low[v] { low[v] = index[w] }
                                            }
                                        } else {
                                            call.removeLast()
                                            if let parent = call.last, low[v] < low[Int(parent)] { low[Int(parent)] = low[v] }
                                            if low[v] == index[v] {
                                                while true {
                                                    let w = Int(stack.removeLast())
                                                    comp[w] = componentCount
                                                    if w == v { break }
                                                }
                                                componentCount += 1
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        index = []; low = []; nextEdge = []
        // Renumber so that components come in topological order, and group members.
        let k = Int(componentCount)
        var componentOfVertex = tarjanComponent
        var offsets = [Int](repeating: 0, count: k + 1)
        componentOfVertex.withUnsafeMutableBufferPointer { cv in
            for v in 0..<n {
                let c = k - 1 - Int(cv[v])
                cv[v] = Int32(c)
                offsets[c + 1] += 1
            }
        }
        for c in 0..<k { offsets[c + 1] += offsets[c] }
        var members = [Int32](repeating: 0, count: n)
        var cursor = offsets
        for v in 0..<n {
            let c = Int(componentOfVertex[v])
            members[cursor[c]] = Int32(v)
            cursor[c] += 1
        }
        var cyclic = [Bool](repeating: false, count: k)
        for c in 0..<k where offsets[c + 1] - offsets[c] > 1 { cyclic[c] = true }
        for v in 0..<n {
            for e in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[e]) == v {
                cyclic[Int(componentOfVertex[v])] = true
            }
        }
        let cyclicComponents = (0..<k).filter { cyclic[$0] }.map { Int32($0) }
        return StronglyConnectedComponents(componentOfVertex: componentOfVertex, componentOffsets: offsets,
                                           members: members, cyclicComponents: cyclicComponents)
    }

    /// The condensation: one vertex per strongly connected component, one edge per pair of
    /// distinct components joined by at least one edge (no self-loops, no parallel edges).
    ///
    /// Component numbering is topological, so every edge of the result runs from a smaller to a
    /// larger vertex id.
    /// - Parameter components: the result of ``stronglyConnectedComponents()`` for this graph.
    /// - Complexity: O(V + E).
    public func condensation(_ components: StronglyConnectedComponents) -> Digraph {
        var sources = [Int32]()
        var targets = [Int32]()
        sources.reserveCapacity(edgeCount)
        targets.reserveCapacity(edgeCount)
        components.componentOfVertex.withUnsafeBufferPointer { comp in
            edgeSources.withUnsafeBufferPointer { es in
                outTargets.withUnsafeBufferPointer { ot in
                    for e in 0..<edgeCount {
                        let a = comp[Int(es[e])], b = comp[Int(ot[e])]
                        if a != b { sources.append(a); targets.append(b) }
                    }
                }
            }
        }
        let merged = Digraph.build(vertexCount: components.count, sources: sources, targets: targets).graph
        return merged.removingParallelEdges()
    }

    /// The same graph keeping only the first of each run of parallel edges.
    /// - Complexity: O(V + E).
    public func removingParallelEdges() -> Digraph {
        var sources = [Int32]()
        var targets = [Int32]()
        sources.reserveCapacity(edgeCount)
        targets.reserveCapacity(edgeCount)
        for v in 0..<vertexCount {
            var previous: Int32 = -1
            for e in outOffsets[v]..<outOffsets[v + 1] where outTargets[e] != previous {
                previous = outTargets[e]
                sources.append(Int32(v)); targets.append(previous)
            }
        }
        if sources.count == edgeCount { return self }
        return Digraph.build(vertexCount: vertexCount, sources: sources, targets: targets).graph
    }
}
