import Testing
@testable import InfluenceGraph

@Suite struct LineageTests {
    @Test(arguments: GeneratedCase.all)
    func generationsMatchNetworkxShortestPathLengths(_ c: GeneratedCase) {
        let g = c.graph
        for (start, expected) in c.descendantDepths {
            let found = g.descendants(of: Int(start)!)
            let ours = Dictionary(uniqueKeysWithValues: zip(found.vertices.map { String($0) }, found.depths))
            #expect(ours == expected)
            #expect(found.depths == found.depths.sorted())
        }
        for (start, expected) in c.ancestorDepths {
            let found = g.ancestors(of: Int(start)!)
            #expect(Dictionary(uniqueKeysWithValues: zip(found.vertices.map { String($0) }, found.depths)) == expected)
        }
    }

    @Test func maxDepthStopsAtTheGeneration() {
        // 0 → 1 → 2 → 3, 0 → 2.
        let g = Digraph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 3), (0, 2)])
        let one = g.descendants(of: 0, maxDepth: 1)
        #expect(one.vertices == [1, 2] && one.depths == [1, 1])
        let all = g.descendants(of: 0)
        #expect(all.vertices == [1, 2, 3] && all.depths == [1, 1, 2])
        #expect(g.ancestors(of: 3).vertices == [2, 0, 1])
        #expect(g.ancestors(of: 3).depths == [1, 2, 2])
        #expect(g.descendants(of: 0, maxDepth: 0).isEmpty)
    }

    @Test func startOnACycleIsNotItsOwnDescendant() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (1, 0), (1, 2)])
        #expect(g.descendants(of: 0).vertices == [1, 2])
    }

    @Test func shortestPathTakesFewestEdgesAndLowestEdgeIDs() throws {
        // Two routes 0 → 3: via 1 (ids lower) and via 2; a longer route via 4.
        let g = Digraph(vertexCount: 5, edges: [(0, 1), (0, 2), (1, 3), (2, 3), (0, 4), (4, 1)])
        let path = try #require(g.shortestPath(from: 0, to: 3))
        #expect(path.vertices == [0, 1, 3] && path.length == 2)
        for (i, e) in path.edges.enumerated() {
            #expect(g.edgeSources[Int(e)] == path.vertices[i] && g.outTargets[Int(e)] == path.vertices[i + 1])
        }
        #expect(g.shortestPath(from: 3, to: 0) == nil)
        #expect(g.shortestPath(from: 2, to: 2)?.length == 0)
    }

    @Test func allSimplePathsMatchNetworkxOnASmallGraph() {
        // networkx: sorted(nx.all_simple_paths(G, 0, 4)) for these edges gives
        // [0,1,2,4], [0,1,3,4], [0,1,4], [0,2,4], [0,3,4] (hand-checked: every route to 4).
        let g = Digraph(vertexCount: 5, edges: [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (1, 4), (2, 4), (3, 4), (2, 0)])
        let all = g.allSimplePaths(from: 0, to: 4)
        #expect(!all.isTruncated)
        #expect(all.paths.map(\.vertices) == [[0, 1, 4], [0, 2, 4], [0, 3, 4], [0, 1, 2, 4], [0, 1, 3, 4]])
        let short = g.allSimplePaths(from: 0, to: 4, maxLength: 2)
        #expect(short.paths.count == 3)
        let limited = g.allSimplePaths(from: 0, to: 4, limit: 2)
        #expect(limited.isTruncated && limited.paths.count == 2)
    }

    @Test func parallelEdgesGiveOnePath() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 2)])
        let paths = g.allSimplePaths(from: 0, to: 2).paths
        #expect(paths.count == 1 && paths[0].edges == [0, 2])
    }
}
