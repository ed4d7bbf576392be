/// A topological order of a ``Digraph``, with the cycles that prevent a strict one.
///
/// On an acyclic graph every edge runs from an earlier to a later vertex of ``vertices``. On a
/// cyclic graph the vertices follow a topological order of the condensation, each cyclic
/// component's members kept together; the cyclic components are listed in ``cycles``.
public struct TopologicalOrder: Sendable, Hashable {
    /// Every vertex exactly once: influencers before the vertices they influenced.
    public let vertices: [Int32]
    /// Each strongly connected component with more than one vertex, or a single vertex with a
    /// self-loop, in the order it appears in ``vertices``; members in the order of ``vertices``.
    /// Empty exactly when the graph is acyclic.
    public let cycles: [[Int32]]

    /// Whether the order is strict: no cycle was found.
    public var isAcyclic: Bool { cycles.isEmpty }

    /// Position of each vertex in ``vertices``, indexed by vertex. - Complexity: O(V).
    public func positions() -> [Int32] {
        var position = [Int32](repeating: 0, count: vertices.count)
        for (i, v) in vertices.enumerated() { position[Int(v)] = Int32(i) }
        return position
    }
}

extension Digraph {
    /// A deterministic topological order by Kahn's algorithm with a priority queue.
    ///
    /// Among the vertices whose predecessors are all placed, the one with the smallest
    /// `priority` comes first (then the smallest vertex id). If some vertices remain, the graph
    /// has cycles: the order is then computed on the condensation (a component is ready when all
    /// components before it are placed; components compete by their best member), each
    /// component's members are emitted together by priority, and the cyclic components are
    /// reported in ``TopologicalOrder/cycles``.
    ///
    /// A. B. Kahn, "Topological sorting of large networks", Commun. ACM 5(11), 1962,
    /// doi:10.1145/368996.369025.
    /// - Parameter priority: rank of each vertex (smaller first), e.g.
    ///   ``InfluenceGraph/tieBreakPriority()``; `nil` breaks ties by vertex id.
    /// - Complexity: O((V + E) log V) time, O(V) memory; the cyclic case adds one pass of
    ///   ``stronglyConnectedComponents()``.
    public func topologicalOrder(priority: [Int32]? = nil) -> TopologicalOrder {
        let n = vertexCount
        if let priority { precondition(priority.count == n, "one priority per vertex") }
        var keys = [UInt64](repeating: 0, count: n)
        for v in 0..<n {
            keys[v] = _VertexHeap.key(priority: priority?[v] ?? 0, vertex: Int32(v))
        }
        let order = Digraph._kahn(self, keys: keys)
        if order.count == n { return TopologicalOrder(vertices: order, cycles: []) }

        // Cyclic: order the condensation, each component represented by its best member's key.
        let components = stronglyConnectedComponents()
        let dag = condensation(components)
        var componentKeys = [UInt64](repeating: .max, count: components.count)
        for v in 0..<n {
            let c = Int(components.componentOfVertex[v])
            componentKeys[c] = min(componentKeys[c], keys[v])
        }
        // Kahn on the condensation, keyed by the member key but tracked by component.
        let componentOrder = Digraph._kahn(dag, keys: componentKeys, vertexOfKey: { key in
            components.componentOfVertex[Int(_VertexHeap.vertex(of: key))]
        })
        var isCyclic = [Bool](repeating: false, count: components.count)
        for c in components.cyclicComponents { isCyclic[Int(c)] = true }
        var vertices = [Int32]()
        vertices.reserveCapacity(n)
        var cycles = [[Int32]]()
        for c32 in componentOrder {
            let c = Int(c32)
            let members = components.members(of: c).sorted { keys[Int($0)] < keys[Int($1)] }
            vertices.append(contentsOf: members)
            if isCyclic[c] { cycles.append(members) }
        }
        return TopologicalOrder(vertices: vertices, cycles: cycles)
    }

    /// Kahn's algorithm: vertices in order, stopping early (fewer than V) if a cycle blocks it.
    /// - Parameters:
    ///   - keys: heap key of each vertex (smallest first).
    ///   - vertexOfKey: maps a popped key back to the vertex it stands for.
    /// - Complexity: O((V + E) log V).
    static func _kahn(_ graph: Digraph, keys: [UInt64],
                      vertexOfKey: (UInt64) -> Int32 = { _VertexHeap.vertex(of: $0) }) -> [Int32] {
        let n = graph.vertexCount
        var remaining = [Int32](repeating: 0, count: n)
        var heap = _VertexHeap(capacity: 1024)
        var order = [Int32]()
        order.reserveCapacity(n)
        graph.inOffsets.withUnsafeBufferPointer { inOff in
            for v in 0..<n {
                remaining[v] = Int32(inOff[v + 1] - inOff[v])
                if remaining[v] == 0 { heap.push(keys[v]) }
            }
        }
        graph.outOffsets.withUnsafeBufferPointer { off in
            graph.outTargets.withUnsafeBufferPointer { tgt in
                keys.withUnsafeBufferPointer { keys in
                    remaining.withUnsafeMutableBufferPointer { remaining in
                        while !heap.isEmpty {
                            let v = Int(vertexOfKey(heap.popMin()))
                            order.append(Int32(v))
                            for e in off[v]..<off[v + 1] {
                                let w = Int(tgt[e])
                                remaining[w] -= 1
                                if remaining[w] == 0 { heap.push(keys[w]) }
                            }
                        }
                    }
                }
            }
        }
        return order
    }

    /// Kahn's algorithm with a first-in first-out queue: a topological order without a chosen
    /// tie-break, for algorithms that only need some order. Stops early (fewer than V vertices)
    /// when a cycle blocks it.
    /// - Complexity: O(V + E) time, 8 bytes per vertex.
    func _fastTopologicalOrder() -> [Int32] {
        let n = vertexCount
        var remaining = [Int32](repeating: 0, count: n)
        return [Int32](unsafeUninitializedCapacity: n) { order, count in
            remaining.withUnsafeMutableBufferPointer { remaining in
                inOffsets.withUnsafeBufferPointer { inOff in
                    outOffsets.withUnsafeBufferPointer { off in
                        outTargets.withUnsafeBufferPointer { tgt in
                            var tail = 0
                            for v in 0..<n {
                                let d = inOff[v + 1] - inOff[v]
                                remaining[v] = Int32(truncatingIfNeeded: d)
                                if d == 0 { order[tail] = Int32(truncatingIfNeeded: v); tail += 1 }
                            }
                            var head = 0
                            while head < tail {
                                let v = Int(order[head])
                                head += 1
                                for e in off[v]..<off[v + 1] {
                                    let w = Int(tgt[e])
                                    remaining[w] -= 1
                                    if remaining[w] == 0 { order[tail] = Int32(truncatingIfNeeded: w); tail += 1 }
                                }
                            }
                            count = tail
                        }
                    }
                }
            }
        }
    }
}
