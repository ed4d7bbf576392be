/// A directed graph in compressed sparse row form, indexed by integers, in both directions.
///
/// Vertices are `0..<vertexCount`. Edge `e` is the `e`-th entry of the out-adjacency
/// (`outTargets[e]`); `inEdges` maps each entry of the in-adjacency back to that edge id, so
/// per-edge values (weights, evidence) live in one array indexed by edge id.
///
/// Memory: 8 bytes per vertex per direction for offsets and 16 bytes per edge (`outTargets`,
/// `edgeSources`, `inSources`, `inEdges`). Building needs 8 more bytes per edge at its peak,
/// besides the caller's input arrays.
public struct Digraph: Sendable, Hashable {
    /// Number of vertices.
    public let vertexCount: Int
    /// `outOffsets[v]..<outOffsets[v+1]` are the edge ids leaving `v`.
    public let outOffsets: [Int]
    /// Head of each edge, by edge id. Within a vertex, heads are sorted ascending.
    public let outTargets: [Int32]
    /// Tail of each edge, by edge id.
    public let edgeSources: [Int32]
    /// `inOffsets[v]..<inOffsets[v+1]` index `inSources`/`inEdges` for the edges entering `v`.
    public let inOffsets: [Int]
    /// Tail of each incoming entry. Within a vertex, tails are sorted ascending.
    public let inSources: [Int32]
    /// Edge id of each incoming entry.
    public let inEdges: [Int32]

    /// Number of edges (parallel edges count separately).
    @inlinable public var edgeCount: Int { outTargets.count }

    /// Builds the CSR form from parallel arrays of tails and heads.
    ///
    /// Edge ids are assigned in (source, target, input position) order, so the result does not
    /// depend on the order edges were given in beyond ties of identical pairs.
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must be in `0..<vertexCount`.
    ///   - sources: tail of each edge.
    ///   - targets: head of each edge.
    /// - Returns: the graph and, for each input edge, its edge id.
    /// - Complexity: O(V + E) time (two stable counting sorts, then one bucketing pass for the
    ///   in-adjacency). The result holds 16 bytes per edge and 16 per vertex, plus the 4-byte
    ///   `edgeIDs`; the peak adds 8 bytes per edge of scratch permutations.
    public static func build(vertexCount: Int, sources: [Int32], targets: [Int32]) -> (graph: Digraph, edgeIDs: [Int32]) {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        precondition(vertexCount >= 0 && vertexCount <= Int(Int32.max), "vertex count out of range")
        let e = sources.count
        precondition(e <= Int(Int32.max), "too many edges for 32-bit edge ids")
        let n = vertexCount
        return sources.withUnsafeBufferPointer { src in
            targets.withUnsafeBufferPointer { tgt in
                for i in 0..<e {
                    precondition(UInt32(bitPattern: src[i]) < UInt32(n) && UInt32(bitPattern: tgt[i]) < UInt32(n),
                                 "edge endpoint out of range")
                }
                // Stable counting sort of the input positions by target, then by source: edges end
                // up ordered by (source, target, input position).
                let inOffsets = _bucketOffsets(keys: tgt, vertexCount: n)
                let outOffsets = _bucketOffsets(keys: src, vertexCount: n)
                var outTargets = [Int32](repeating: 0, count: e)
                var edgeSources = [Int32](repeating: 0, count: e)
                var edgeIDs = [Int32](repeating: 0, count: e)
                do {
                    // The two permutations live only in this scope.
                    let byTarget = _stableBucket(keys: tgt, offsets: inOffsets, visiting: nil)
                    let bySource = byTarget.withUnsafeBufferPointer { _stableBucket(keys: src, offsets: outOffsets, visiting: $0) }
                    bySource.withUnsafeBufferPointer { perm in
                        outTargets.withUnsafeMutableBufferPointer { ot in
                            edgeSources.withUnsafeMutableBufferPointer { es in
                                edgeIDs.withUnsafeMutableBufferPointer { ids in
                                    for id in 0..<e {
                                        let i = Int(perm[id])
                                        ot[id] = tgt[i]
                                        es[id] = src[i]
                                        ids[i] = Int32(truncatingIfNeeded: id)
                                    }
                                }
                            }
                        }
                    }
                }
                // In-adjacency: walk edges in id order (sorted by source), bucket by target.
                var inSources = [Int32](repeating: 0, count: e)
                var inEdges = [Int32](repeating: 0, count: e)
                var cursor = inOffsets
                outTargets.withUnsafeBufferPointer { ot in
                    edgeSources.withUnsafeBufferPointer { es in
                        inSources.withUnsafeMutableBufferPointer { isrc in
                            inEdges.withUnsafeMutableBufferPointer { ie in
                                cursor.withUnsafeMutableBufferPointer { cur in
                                    for id in 0..<e {
                                        let t = Int(ot[id])
                                        let slot = cur[t]
                                        cur[t] = slot + 1
                                        isrc[slot] = es[id]
                                        ie[slot] = Int32(truncatingIfNeeded: id)
                                    }
                                }
                            }
                        }
                    }
                }
                let graph = Digraph(vertexCount: n, outOffsets: outOffsets, outTargets: outTargets,
                                    edgeSources: edgeSources, inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
                return (graph, edgeIDs)
            }
        }
    }

    /// Bucket boundaries of a counting sort: `offsets[k]..<offsets[k+1]` will hold key `k`.
    /// - Complexity: O(V + E).
    static func _bucketOffsets(keys: UnsafeBufferPointer<Int32>, vertexCount n: Int) -> [Int] {
        var offsets = [Int](repeating: 0, count: n + 1)
        offsets.withUnsafeMutableBufferPointer { off in
            for k in keys { off[Int(k) + 1] += 1 }
            if n > 0 { for v in 0..<n { off[v + 1] += off[v] } }
        }
        return offsets
    }

    /// Stable counting sort: input positions bucketed by key, visiting positions in the order of
    /// `visiting` (or ascending when `nil`).
    /// - Complexity: O(V + E).
    static func _stableBucket(keys: UnsafeBufferPointer<Int32>, offsets: [Int], visiting: UnsafeBufferPointer<Int32>?) -> [Int32] {
        let e = keys.count
        var cursor = offsets
        return [Int32](unsafeUninitializedCapacity: e) { out, count in
            cursor.withUnsafeMutableBufferPointer { cur in
                if let order = visiting {
                    for i in order {
                        let k = Int(keys[Int(i)])
                        out[cur[k]] = i
                        cur[k] += 1
                    }
                } else {
                    for i in 0..<e {
                        let k = Int(keys[i])
                        out[cur[k]] = Int32(truncatingIfNeeded: i)
                        cur[k] += 1
                    }
                }
            }
            count = e
        }
    }

    /// Builds the CSR form from `(source, target)` pairs.
    /// - Complexity: O(V + E).
    public init(vertexCount: Int, edges: [(Int, Int)]) {
        self = Digraph.build(vertexCount: vertexCount,
                             sources: edges.map { Int32($0.0) },
                             targets: edges.map { Int32($0.1) }).graph
    }

    /// Wraps CSR arrays that are already consistent (as produced by ``build(vertexCount:sources:targets:)``).
    public init(vertexCount: Int, outOffsets: [Int], outTargets: [Int32], edgeSources: [Int32],
                inOffsets: [Int], inSources: [Int32], inEdges: [Int32]) {
        self.vertexCount = vertexCount
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.edgeSources = edgeSources
        self.inOffsets = inOffsets
        self.inSources = inSources
        self.inEdges = inEdges
    }

    /// Out-degree of `v`. - Complexity: O(1).
    @inlinable public func outDegree(_ v: Int) -> Int { outOffsets[v + 1] - outOffsets[v] }
    /// In-degree of `v`. - Complexity: O(1).
    @inlinable public func inDegree(_ v: Int) -> Int { inOffsets[v + 1] - inOffsets[v] }
    /// Heads of the edges leaving `v`, ascending. - Complexity: O(1) to create.
    @inlinable public func successors(_ v: Int) -> ArraySlice<Int32> { outTargets[outOffsets[v]..<outOffsets[v + 1]] }
    /// Tails of the edges entering `v`, ascending. - Complexity: O(1) to create.
    @inlinable public func predecessors(_ v: Int) -> ArraySlice<Int32> { inSources[inOffsets[v]..<inOffsets[v + 1]] }
    /// Edge ids leaving `v`. - Complexity: O(1).
    @inlinable public func outEdgeIDs(_ v: Int) -> Range<Int> { outOffsets[v]..<outOffsets[v + 1] }
    /// Edge ids entering `v`. - Complexity: O(1) to create.
    @inlinable public func inEdgeIDs(_ v: Int) -> ArraySlice<Int32> { inEdges[inOffsets[v]..<inOffsets[v + 1]] }

    /// The same vertices with every edge reversed; edge ids are renumbered.
    /// - Complexity: O(V + E).
    public func reversed() -> Digraph {
        Digraph.build(vertexCount: vertexCount, sources: outTargets, targets: edgeSources).graph
    }
}
