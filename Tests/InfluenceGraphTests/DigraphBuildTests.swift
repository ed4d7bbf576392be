import Testing
@testable import InfluenceGraph

@Suite struct DigraphBuildTests {
    /// The CSR form by its definition: edges sorted by (source, target, input position), the
    /// in-adjacency of each vertex in edge-id order.
    func reference(vertexCount n: Int, sources: [Int32], targets: [Int32]) -> (Digraph, [Int32]) {
        let order = sources.indices.sorted { (sources[$0], targets[$0], $0) < (sources[$1], targets[$1], $1) }
        var ids = [Int32](repeating: 0, count: sources.count)
        for (id, i) in order.enumerated() { ids[i] = Int32(id) }
        var outOffsets = [0], inOffsets = [0]
        var inSources: [Int32] = [], inEdges: [Int32] = []
        for v in 0..<n {
            outOffsets.append(outOffsets[v] + sources.count(where: { $0 == Int32(v) }))
            for (id, i) in order.enumerated() where targets[i] == Int32(v) {
                inSources.append(sources[i])
                inEdges.append(Int32(id))
            }
            inOffsets.append(inSources.count)
        }
        let g = Digraph(vertexCount: n, outOffsets: outOffsets, outTargets: order.map { targets[$0] },
                        edgeSources: order.map { sources[$0] }, inOffsets: inOffsets, inSources: inSources, inEdges: inEdges)
        return (g, ids)
    }

    /// Random multigraphs (parallel edges, self-loops, a hub with a long run) built with
    /// partitions of 1 to 64 vertices and with the chosen width agree with the definition.
    @Test(arguments: [0, 1, 3, 6, nil] as [Int?])
    func partitionedBuildMatchesTheDefinition(shift: Int?) {
        var rng = _SplitMix64(seed: 42)
        for (n, e) in [(0, 0), (1, 3), (5, 0), (37, 200), (300, 2000)] {
            var sources: [Int32] = [], targets: [Int32] = []
            for i in 0..<e {
                let hub = i % 3 == 0 && n > 1
                sources.append(hub ? 1 : Int32(rng.next() % UInt64(n)))
                targets.append(Int32(rng.next() % UInt64(n)))
            }
            let (expected, expectedIDs) = reference(vertexCount: n, sources: sources, targets: targets)
            var ids = [Int32](repeating: -1, count: e)
            let g = ids.withUnsafeMutableBufferPointer {
                Digraph._build(vertexCount: n, sources: sources, targets: targets, edgeIDs: $0, partitionShift: shift)
            }
            #expect(g == expected, "n \(n), e \(e)")
            #expect(ids == expectedIDs, "n \(n), e \(e)")
            #expect(Digraph(vertexCount: n, sources: sources, targets: targets) == expected)
            let built = Digraph.build(vertexCount: n, sources: sources, targets: targets)
            #expect(built.graph == expected && built.edgeIDs == expectedIDs)
        }
    }

    /// A large graph (many partitions, heavy in-degrees) keeps every ordering rule: edge ids by
    /// (source, target, input position), each input edge mapped to its id, incoming entries in
    /// edge-id order.
    @Test func largeBuildKeepsTheOrder() {
        var rng = _SplitMix64(seed: 7)
        let n = 30_000, e = 300_000
        var sources: [Int32] = [], targets: [Int32] = []
        for _ in 0..<e {
            sources.append(Int32(rng.next() % UInt64(n)))
            targets.append(Int32(rng.next() % UInt64(n / 10)))  // heavy in-degrees
        }
        let (g, ids) = Digraph.build(vertexCount: n, sources: sources, targets: targets)
        var seen = [Bool](repeating: false, count: e)
        var inOrder = true, mapped = true
        for i in 0..<e {
            let id = Int(ids[i])
            mapped = mapped && !seen[id] && g.edgeSources[id] == sources[i] && g.outTargets[id] == targets[i]
            seen[id] = true
        }
        for id in 1..<e {
            let a = (g.edgeSources[id - 1], g.outTargets[id - 1]), b = (g.edgeSources[id], g.outTargets[id])
            inOrder = inOrder && a <= b
        }
        // Input positions of equal pairs ascend with the edge id.
        var position = [Int](repeating: 0, count: e)
        for i in 0..<e { position[Int(ids[i])] = i }
        for id in 1..<e where g.edgeSources[id - 1] == g.edgeSources[id] && g.outTargets[id - 1] == g.outTargets[id] {
            inOrder = inOrder && position[id - 1] < position[id]
        }
        var incoming = true
        for v in 0..<n {
            var previous = -1
            for k in g.inOffsets[v]..<g.inOffsets[v + 1] {
                let id = Int(g.inEdges[k])
                incoming = incoming && id > previous && Int(g.outTargets[id]) == v && g.inSources[k] == g.edgeSources[id]
                previous = id
            }
        }
        #expect(mapped && inOrder && incoming)
        #expect(g.outOffsets.last == e && g.inOffsets.last == e)
        #expect((0..<n).allSatisfy { g.outDegree($0) == g.outOffsets[$0 + 1] - g.outOffsets[$0] && g.outDegree($0) >= 0 })
        #expect(g == Digraph(vertexCount: n, sources: sources, targets: targets))
    }
}
