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
    /// depend on the order edges were given in beyond ties of identical pairs. Within a vertex,
    /// incoming entries are in edge-id order (tails ascending).
    ///
    /// Both directions are two-pass (most-significant-digit first) counting sorts: a first pass
    /// deals the edges into partitions of a few thousand consecutive vertices, writing a few
    /// hundred sequential streams; a second pass sorts each partition, whose counters and
    /// output then stay in cache. A random write per edge into arrays of the graph's size would
    /// miss the cache every time instead. Each vertex's short run of `(target, input position)`
    /// words is sorted in place (insertion sort, or the standard sort for long runs).
    /// See D. E. Knuth, *The Art of Computer Programming* vol. 3, §5.2 (distribution counting)
    /// and §5.2.5 (radix sorting).
    /// - Parameters:
    ///   - vertexCount: number of vertices; every endpoint must be in `0..<vertexCount`.
    ///   - sources: tail of each edge.
    ///   - targets: head of each edge.
    /// - Returns: the graph and, for each input edge, its edge id.
    /// - Complexity: O(V + E + Σ d⁺(v)·min(d⁺(v), log d⁺(v))) time: O(V + E) for bounded
    ///   out-degrees. The result holds 16 bytes per edge and 16 per vertex, plus the 4-byte
    ///   `edgeIDs`; the peak adds 8 bytes per edge of scratch and 8 per edge of the largest
    ///   partition.
    public static func build(vertexCount: Int, sources: [Int32], targets: [Int32]) -> (graph: Digraph, edgeIDs: [Int32]) {
        var edgeIDs = [Int32](repeating: 0, count: sources.count)
        let graph = edgeIDs.withUnsafeMutableBufferPointer {
            _build(vertexCount: vertexCount, sources: sources, targets: targets, edgeIDs: $0, partitionShift: nil)
        }
        return (graph, edgeIDs)
    }

    /// Builds the CSR form from parallel arrays of tails and heads, as
    /// ``build(vertexCount:sources:targets:)`` does, without the map from input edges to edge ids.
    /// - Complexity: O(V + E) for bounded out-degrees.
    public init(vertexCount: Int, sources: [Int32], targets: [Int32]) {
        self = Digraph._build(vertexCount: vertexCount, sources: sources, targets: targets, edgeIDs: nil, partitionShift: nil)
    }

    /// The build; `edgeIDs`, when given, receives each input edge's id. `partitionShift` fixes
    /// the partition width (`1 << shift` vertices; for tests), chosen from the sizes when `nil`.
    static func _build(vertexCount: Int, sources: [Int32], targets: [Int32],
                       edgeIDs: UnsafeMutableBufferPointer<Int32>?, partitionShift: Int?) -> Digraph {
        precondition(sources.count == targets.count, "sources and targets differ in length")
        precondition(vertexCount >= 0 && vertexCount <= Int(Int32.max), "vertex count out of range")
        let e = sources.count
        precondition(e <= Int(Int32.max), "too many edges for 32-bit edge ids")
        let n = vertexCount
        // Partitions of about 16K edges, at least 64 vertices wide.
        let shift = partitionShift ?? min(31, max(6, Int.bitWidth - (16_384 * n / max(e, 1)).leadingZeroBitCount))
        let parts = max(1, (n + (1 << shift) - 1) >> shift)
        var outOffsets = [Int](repeating: 0, count: n + 1)
        var inOffsets = [Int](repeating: 0, count: n + 1)
        var outTargets = [Int32](repeating: 0, count: e)
        var edgeSources = [Int32](repeating: 0, count: e)
        var inSources = [Int32](repeating: 0, count: e)
        var inEdges = [Int32](repeating: 0, count: e)
        sources.withUnsafeBufferPointer { src in
            targets.withUnsafeBufferPointer { tgt in
                outOffsets.withUnsafeMutableBufferPointer { off in
                    inOffsets.withUnsafeMutableBufferPointer { inOff in
                        outTargets.withUnsafeMutableBufferPointer { ot in
                            edgeSources.withUnsafeMutableBufferPointer { es in
                                inSources.withUnsafeMutableBufferPointer { isrc in
                                    inEdges.withUnsafeMutableBufferPointer { ie in
                                        _fill(vertexCount: n, shift: shift, parts: parts, src: src, tgt: tgt,
                                              off: off, ot: ot, es: es, inOff: inOff, isrc: isrc, ie: ie, ids: edgeIDs)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return Digraph(vertexCount: n, outOffsets: outOffsets, outTargets: outTargets,
                       edgeSources: edgeSources, inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
    }

    /// Fills the CSR arrays (see ``build(vertexCount:sources:targets:)``).
    private static func _fill(vertexCount n: Int, shift: Int, parts: Int,
                              src: UnsafeBufferPointer<Int32>, tgt: UnsafeBufferPointer<Int32>,
                              off: UnsafeMutableBufferPointer<Int>, ot: UnsafeMutableBufferPointer<Int32>,
                              es: UnsafeMutableBufferPointer<Int32>, inOff: UnsafeMutableBufferPointer<Int>,
                              isrc: UnsafeMutableBufferPointer<Int32>, ie: UnsafeMutableBufferPointer<Int32>,
                              ids: UnsafeMutableBufferPointer<Int32>?) {
        let e = src.count
        let width = 1 << shift
        // Edges per partition of sources and of targets, checking every endpoint.
        let outStart = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts + 1)
        let inStart = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts + 1)
        let cursor = UnsafeMutableBufferPointer<Int>.allocate(capacity: parts)
        let local = UnsafeMutableBufferPointer<Int>.allocate(capacity: width + 1)
        defer { outStart.deallocate(); inStart.deallocate(); cursor.deallocate(); local.deallocate() }
        outStart.initialize(repeating: 0)
        inStart.initialize(repeating: 0)
        for i in 0..<e {
            let s = src[i], t = tgt[i]
            precondition(UInt32(bitPattern: s) < UInt32(n) && UInt32(bitPattern: t) < UInt32(n), "edge endpoint out of range")
            outStart[Int(s) >> shift + 1] += 1
            inStart[Int(t) >> shift + 1] += 1
        }
        var largest = 0
        for p in 0..<parts {
            largest = max(largest, outStart[p + 1], inStart[p + 1])
            outStart[p + 1] += outStart[p]
            inStart[p + 1] += inStart[p]
        }
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: e)
        let sorted = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: largest)
        defer { keys.deallocate(); sorted.deallocate() }

        // Out-adjacency. Deal `(target, position)` by source partition; the sources go to
        // `isrc`, free until the in-adjacency.
        for p in 0..<parts { cursor[p] = outStart[p] }
        for i in 0..<e {
            let s = src[i]
            let p = Int(s) >> shift
            let k = cursor[p]
            cursor[p] = k + 1
            keys[k] = UInt64(UInt32(bitPattern: tgt[i])) << 32 | UInt64(i)
            isrc[k] = s
        }
        for p in 0..<parts {
            let lower = outStart[p], upper = outStart[p + 1]
            let first = p << shift, count = min(n - first, width)
            _countingSort(lower: lower, upper: upper, first: first, count: count, local: local, offsets: off) { k in
                (Int(isrc[k]), keys[k])
            } place: { slot, key in
                sorted[slot - lower] = key
            }
            // Each source's run, sorted by (target, position), gets the next edge ids.
            for j in 0..<count {
                let a = off[first + j], b = local[j]  // `local[j]` ends vertex `first + j`
                _sortRun(sorted, a - lower, b - lower)
                let tail = Int32(truncatingIfNeeded: first + j)
                for id in a..<b {
                    let key = sorted[id - lower]
                    ot[id] = Int32(truncatingIfNeeded: key >> 32)
                    es[id] = tail
                    if let ids { ids[Int(truncatingIfNeeded: key & 0xFFFF_FFFF)] = Int32(truncatingIfNeeded: id) }
                }
            }
        }
        off[n] = e

        // In-adjacency. Deal `(source, edge id)` by target partition in edge-id order, so each
        // vertex's entries stay in that order; the targets go to `ie`, read back before it is
        // overwritten one partition at a time.
        for p in 0..<parts { cursor[p] = inStart[p] }
        for id in 0..<e {
            let t = ot[id]
            let p = Int(t) >> shift
            let k = cursor[p]
            cursor[p] = k + 1
            keys[k] = UInt64(UInt32(bitPattern: es[id])) << 32 | UInt64(id)
            ie[k] = t
        }
        let heads = UnsafeMutableBufferPointer<Int32>.allocate(capacity: largest)
        defer { heads.deallocate() }
        for p in 0..<parts {
            let lower = inStart[p], upper = inStart[p + 1]
            let first = p << shift, count = min(n - first, width)
            for k in lower..<upper { heads[k - lower] = ie[k] }
            _countingSort(lower: lower, upper: upper, first: first, count: count, local: local, offsets: inOff) { k in
                (Int(heads[k - lower]), keys[k])
            } place: { slot, key in
                isrc[slot] = Int32(truncatingIfNeeded: key >> 32)
                ie[slot] = Int32(truncatingIfNeeded: key & 0xFFFF_FFFF)
            }
        }
        inOff[n] = e
    }

    /// Sorts `keys[lower..<upper]` ascending: insertion sort for short runs, else the standard sort.
    /// - Complexity: O(d²) for d ≤ 32, else O(d log d).
    @inline(__always)
    static func _sortRun(_ keys: UnsafeMutableBufferPointer<UInt64>, _ lower: Int, _ upper: Int) {
        if upper - lower > 32 {
            var run = UnsafeMutableBufferPointer(rebasing: keys[lower..<upper])
            run.sort()
            return
        }
        var i = lower + 1
        while i < upper {
            let key = keys[i]
            var j = i
            while j > lower, keys[j - 1] > key {
                keys[j] = keys[j - 1]
                j -= 1
            }
            keys[j] = key
            i += 1
        }
    }

    /// Stable counting sort of the items `lower..<upper` of one partition, keyed by vertex in
    /// `first..<first+count`: writes `offsets[first + j]` (where vertex `first + j` starts) and
    /// leaves `local[j]` where it ends. `item(k)` gives the vertex and value of item `k`;
    /// `place(slot, value)` stores a value at its sorted position in `lower..<upper`.
    /// - Complexity: O(upper − lower + count).
    @inline(__always)
    private static func _countingSort(lower: Int, upper: Int, first: Int, count: Int,
                                      local: UnsafeMutableBufferPointer<Int>, offsets: UnsafeMutableBufferPointer<Int>,
                                      item: (Int) -> (Int, UInt64), place: (Int, UInt64) -> Void) {
        for j in 0...count { local[j] = 0 }
        for k in lower..<upper { local[item(k).0 - first + 1] += 1 }
        local[0] = lower
        for j in 0..<count {
            local[j + 1] += local[j]
            offsets[first + j] = local[j]
        }
        for k in lower..<upper {
            let (v, value) = item(k)
            let slot = local[v - first]
            local[v - first] = slot + 1
            place(slot, value)
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
