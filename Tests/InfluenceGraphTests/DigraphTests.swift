import Testing
@testable import InfluenceGraph

@Suite struct DigraphTests {
    @Test func buildOrdersEdgesBySourceThenTargetThenInputPosition() {
        let (g, ids) = Digraph.build(vertexCount: 4, sources: [2, 0, 0, 2, 0], targets: [1, 3, 1, 1, 2])
        #expect(g.outTargets == [1, 2, 3, 1, 1])
        #expect(g.edgeSources == [0, 0, 0, 2, 2])
        #expect(g.outOffsets == [0, 3, 3, 5, 5])
        #expect(ids == [3, 2, 0, 4, 1])
        // In-adjacency: vertex 1 has edges from 0, 2, 2 (ids 0, 3, 4).
        #expect(Array(g.predecessors(1)) == [0, 2, 2])
        #expect(Array(g.inEdgeIDs(1)) == [0, 3, 4])
        #expect(g.inDegree(1) == 3 && g.outDegree(0) == 3 && g.outDegree(3) == 0)
        for v in 0..<4 {
            for i in g.inOffsets[v]..<g.inOffsets[v + 1] {
                let e = Int(g.inEdges[i])
                #expect(Int(g.outTargets[e]) == v && g.edgeSources[e] == g.inSources[i])
            }
        }
    }

    @Test func emptyAndEdgelessGraphs() {
        let empty = Digraph(vertexCount: 0, edges: [])
        #expect(empty.edgeCount == 0 && empty.outOffsets == [0])
        let lonely = Digraph(vertexCount: 3, edges: [])
        #expect(lonely.inDegrees() == [0, 0, 0] && lonely.topologicalOrder().vertices == [0, 1, 2])
    }

    @Test func reversedFlipsEveryEdge() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (1, 2), (0, 2)])
        let r = g.reversed()
        #expect(r.outTargets == [0, 0, 1] && r.edgeSources == [1, 2, 2])
        #expect(r.reversed() == g)
    }

    @Test func removingParallelEdgesKeepsOneOfEach() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 2), (0, 1)])
        let d = g.removingParallelEdges()
        #expect(d.edgeCount == 2 && d.outTargets == [1, 2])
    }

    @Test func degreesCountParallelEdges() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 2)])
        #expect(g.outDegrees() == [2, 1, 0] && g.inDegrees() == [0, 2, 1])
    }

    @Test func builderMergesDuplicateEdgesKeepingEvidence() {
        var b = InfluenceGraphBuilder()
        b.addNode(Node(id: "a", label: "A", year: 2001))
        b.addNode(Node(id: "b", label: "B", year: 2002))
        #expect(b.addNode(Node(id: "a", label: "other")) == 0)
        let first = Evidence(sentence: "A influenced B.", entry: "b")
        let second = Evidence(sentence: "B builds on A.", entry: "b")
        b.addEdge(from: "a", to: "b", info: EdgeInfo(relation: .influenced, confidence: 0.5, evidence: [first]))
        b.addEdge(from: "a", to: "b", info: EdgeInfo(relation: .influenced, confidence: 0.9, evidence: [second, first]))
        b.addEdge(from: "a", to: "b", info: EdgeInfo(relation: .buildsOn, confidence: 0.7, evidence: [second]))
        let g = b.build()
        #expect(g.nodes.map(\.label) == ["A", "B"])
        #expect(g.topology.edgeCount == 2)
        let infos = (0..<2).map { g.info(ofEdge: $0) }
        let influenced = try! #require(infos.first { $0.relation == .influenced })
        #expect(influenced.evidence == [first, second] && influenced.confidence == 0.9)
        #expect(g.index(ofID: "b") == 1 && g.index(ofID: "c") == nil)
    }

    @Test func buildingMatchesEdgeOrderAfterShuffle() {
        // Same edge multiset in two input orders gives the same graph.
        var generator = SystemRandomNumberGenerator()
        let n = 50
        let pairs = (0..<400).map { _ in (Int.random(in: 0..<n, using: &generator), Int.random(in: 0..<n, using: &generator)) }
        let a = Digraph(vertexCount: n, edges: pairs)
        let b = Digraph(vertexCount: n, edges: pairs.shuffled(using: &generator))
        #expect(a == b)
    }
}
