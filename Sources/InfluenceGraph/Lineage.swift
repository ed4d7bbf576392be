/// Vertices reached by a breadth-first search, each with its generation (depth).
///
/// ``vertices`` is in breadth-first order: by depth, and within a depth in the order the search
/// found them (ascending edge order from the previous generation). The start vertices are not
/// included.
public struct Generations: Sendable, Hashable {
    /// Reached vertices, nearest generation first.
    public let vertices: [Int32]
    /// Depth of each entry of ``vertices``: the fewest edges from a start vertex (1 = direct).
    public let depths: [Int32]

    /// Number of reached vertices.
    public var count: Int { vertices.count }
    /// Whether no vertex was reached.
    public var isEmpty: Bool { vertices.isEmpty }
}

/// Direction in which to follow edges.
public enum EdgeDirection: Sendable, Hashable {
    /// Along edges: from influencer to influenced.
    case forward
    /// Against edges: from influenced to influencer.
    case backward
}

extension Digraph {
    /// Everything `vertex` led to: vertices reachable along edges, with their generation.
    /// - Parameters:
    ///   - vertex: the start vertex (not included in the result, even on a cycle).
    ///   - maxDepth: deepest generation to report; `nil` for no limit.
    /// - Complexity: O(V + E) time in the worst case, O(V) memory.
    public func descendants(of vertex: Int, maxDepth: Int? = nil) -> Generations {
        generations(from: [vertex], direction: .forward, maxDepth: maxDepth)
    }

    /// Everything that led to `vertex`: vertices that reach it along edges, with their generation.
    /// - Parameters:
    ///   - vertex: the start vertex (not included in the result, even on a cycle).
    ///   - maxDepth: deepest generation to report; `nil` for no limit.
    /// - Complexity: O(V + E) time in the worst case, O(V) memory.
    public func ancestors(of vertex: Int, maxDepth: Int? = nil) -> Generations {
        generations(from: [vertex], direction: .backward, maxDepth: maxDepth)
    }

    /// Breadth-first generations from a set of start vertices.
    ///
    /// E. F. Moore, "The shortest path through a maze", Proc. Int. Symp. Switching Theory, 1959.
    /// - Parameters:
    ///   - starts: start vertices (depth 0, never reported).
    ///   - direction: follow edges forward (descendants) or backward (ancestors).
    ///   - maxDepth: deepest generation to report; `nil` for no limit.
    /// - Complexity: O(V + E) time in the worst case, O(V) memory.
    public func generations(from starts: [Int], direction: EdgeDirection, maxDepth: Int? = nil) -> Generations {
        let limit = maxDepth ?? Int.max
        var depth = [Int32](repeating: -1, count: vertexCount)
        var queue = [Int32]()
        for s in starts where depth[s] < 0 {
            depth[s] = 0
            queue.append(Int32(s))
        }
        let startCount = queue.count
        let (offsets, adjacency) = direction == .forward ? (outOffsets, outTargets) : (inOffsets, inSources)
        var head = 0
        offsets.withUnsafeBufferPointer { off in
            adjacency.withUnsafeBufferPointer { adj in
                depth.withUnsafeMutableBufferPointer { depth in
                    while head < queue.count {
                        let v = Int(queue[head])
                        head += 1
                        let d = depth[v]
                        if Int(d) >= limit { continue }
                        for i in off[v]..<off[v + 1] {
                            let w = Int(adj[i])
                            if depth[w] < 0 {
                                depth[w] = d + 1
                                queue.append(Int32(w))
                            }
                        }
                    }
                }
            }
        }
        let reached = Array(queue[startCount...])
        return Generations(vertices: reached, depths: reached.map { depth[Int($0)] })
    }
}
