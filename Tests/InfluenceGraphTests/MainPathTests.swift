import Foundation
import Testing
@testable import InfluenceGraph

@Suite struct MainPathTests {
    struct Published: Decodable {
        struct Path: Decodable { var vertices: [Int32]; var weights: [Double]; var edgesOnPathFlags: [Bool] }
        struct Expected: Decodable {
            var spcPerEdgeUnnormalized: [Double]
            var totalFlow: Double
            var forwardLocalMainPath: Path
            var forwardLocalMainPathFromVertex1Weights: [Double]
            var backwardLocalMainPath: Path
            var backwardLocalMainPathFromVertex7Weights: [Double]
        }
        var edges: [[Int]]
        var expectedPublished: Expected
    }

    /// The 11-vertex DAG of CitationNetworks.jl (1-based there, 0-based here).
    func published() throws -> (Digraph, Published) {
        struct Document: Decodable { var citationnetworksJl: Published }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let doc = try decoder.decode(Document.self, from: fixtureData("spc_reference", "json"))
        let p = doc.citationnetworksJl
        return (Digraph(vertexCount: 11, edges: p.edges.map { ($0[0] - 1, $0[1] - 1) }), p)
    }

    @Test func searchPathCountMatchesThePublishedValues() throws {
        let (g, p) = try published()
        let spc = g.searchPathWeights(.spc)
        #expect(spc.counts == p.expectedPublished.spcPerEdgeUnnormalized)
        #expect(spc.totalFlow == p.expectedPublished.totalFlow)
        #expect(spc.normalized == spc.counts.map { $0 / 10 })
        #expect(spc.ignoredEdges.isEmpty)
    }

    @Test func localMainPathsMatchThePublishedValues() throws {
        let (g, p) = try published()
        let spc = g.searchPathWeights()
        let forward = g.localMainPath(spc)
        #expect(forward.vertices == p.expectedPublished.forwardLocalMainPath.vertices.map { $0 - 1 })
        #expect(forward.edges.map { Int($0) } == p.expectedPublished.forwardLocalMainPath.edgesOnPathFlags.indices.filter {
            p.expectedPublished.forwardLocalMainPath.edgesOnPathFlags[$0] })
        #expect(forward.edges.map { spc.counts[Int($0)] }.sorted(by: >) == p.expectedPublished.forwardLocalMainPath.weights)
        let fromFirst = g.localMainPath(spc, from: 0)
        #expect(fromFirst.edges.map { spc.counts[Int($0)] } == p.expectedPublished.forwardLocalMainPathFromVertex1Weights)
        let backward = g.localMainPath(spc, direction: .backward)
        #expect(backward.vertices == p.expectedPublished.backwardLocalMainPath.vertices.map { $0 - 1 })
        #expect(backward.edges.map { spc.counts[Int($0)] }.sorted() == p.expectedPublished.backwardLocalMainPath.weights)
        let fromSeventh = g.localMainPath(spc, direction: .backward, from: 6)
        #expect(fromSeventh.edges.map { spc.counts[Int($0)] }.sorted() == p.expectedPublished.backwardLocalMainPathFromVertex7Weights)
    }

    /// SPLC and SPNP reduce to SPC on Batagelj's constructions: add a source `s` with an edge to
    /// every vertex (SPLC), and also a sink `t` with an edge from every vertex (SPNP); SPC of the
    /// original edges there is SPLC (SPNP) here. The literal values are those listed beside the
    /// published ones in the shared main-path data (`computed_by_us`).
    @Test func linkCountAndNodePairWeights() throws {
        let (g, _) = try published()
        let splc = g.searchPathWeights(.splc).counts
        let spnp = g.searchPathWeights(.spnp).counts
        #expect(splc == [3, 3, 4, 6, 3, 4, 2, 2, 4, 4, 3, 3])
        #expect(spnp == [5, 5, 6, 9, 3, 6, 2, 2, 4, 4, 3, 3])
        let n = g.vertexCount
        let original = (0..<g.edgeCount).map { (Int(g.edgeSources[$0]), Int(g.outTargets[$0])) }
        let s = n, t = n + 1
        let withSource = Digraph(vertexCount: n + 1, edges: original + (0..<n).map { (s, $0) })
        let withBoth = Digraph(vertexCount: n + 2, edges: original + (0..<n).map { (s, $0) } + (0..<n).map { ($0, t) })
        func restricted(_ h: Digraph) -> [Double] {
            let counts = h.searchPathWeights().counts
            return (0..<h.edgeCount).filter { Int(h.edgeSources[$0]) < n && Int(h.outTargets[$0]) < n }.map { counts[$0] }
        }
        #expect(restricted(withSource) == splc)
        #expect(restricted(withBoth) == spnp)
    }

    /// Batagelj's own test network (github.com/bavla/Nets, Test.net): the SPLC and SPNP weights
    /// equal SPC on his constructions with an added source (and sink); those values, computed
    /// from his construction files, are written here.
    @Test func batageljTestNetwork() {
        let arcs = [(1, 2), (1, 6), (2, 3), (3, 4), (3, 5), (4, 6), (4, 7), (5, 7), (6, 7)].map { ($0.0 - 1, $0.1 - 1) }
        let g = Digraph(vertexCount: 7, edges: arcs)
        #expect(g.searchPathWeights(.spc).counts == [3, 1, 3, 2, 1, 1, 1, 1, 2])
        #expect(g.searchPathWeights(.spc).totalFlow == 4)
        #expect(g.searchPathWeights(.splc).counts == [3, 1, 6, 6, 3, 4, 4, 4, 6])
        #expect(g.searchPathWeights(.spnp).counts == [8, 2, 14, 12, 6, 8, 4, 4, 6])
        // With the added source s (→ every vertex) SPC restricted to the original arcs is SPLC.
        let withSource = Digraph(vertexCount: 8, edges: arcs + (0..<7).map { (7, $0) })
        let restricted = (0..<withSource.edgeCount).filter { withSource.edgeSources[$0] != 7 }.map { withSource.searchPathWeights().counts[$0] }
        #expect(restricted == g.searchPathWeights(.splc).counts)
    }

    @Test(arguments: GeneratedCase.all.filter(\.acyclic))
    func generatedSearchPathCounts(_ c: GeneratedCase) throws {
        let expected = try #require(c.spc)
        let spc = c.graph.searchPathWeights()
        expectClose(spc.counts.enumerated().map { $1 / expected[$0] }, [Double](repeating: 1, count: expected.count),
                    tolerance: 1e-12, "relative SPC")
    }

    @Test func keyRouteMainPathExtendsTheHeaviestEdge() throws {
        let (g, _) = try published()
        let spc = g.searchPathWeights()
        // Heaviest edges are 2→4 and 3→5 (weight 4, tied): both are key routes.
        let keyRoute = g.keyRouteMainPath(spc, keyRoutes: 1)
        let heaviest = Set((0..<g.edgeCount).filter { spc.counts[$0] == 4 }.map { Int32($0) })
        #expect(heaviest.isSubset(of: Set(keyRoute.edges)))
        // From 2→4: forward 4→6, 6→9, 6→10; backward: 2 is a source. From 3→5: forward 5→8,
        // 5→9; backward 1→3, 2→3.
        let pairs = keyRoute.edges.map { (Int(g.edgeSources[Int($0)]) + 1, Int(g.outTargets[Int($0)]) + 1) }
        #expect(pairs.map { "\($0.0)->\($0.1)" } == ["1->3", "2->3", "2->4", "3->5", "4->6", "5->8", "5->9", "6->9", "6->10"])
    }

    @Test func cyclesAreLeftOutAndReported() {
        // 0 → 1 → 2 → 1, 2 → 3: the edges 1→2 and 2→1 lie on a cycle.
        let g = Digraph(vertexCount: 4, edges: [(0, 1), (1, 2), (2, 1), (2, 3)])
        let spc = g.searchPathWeights()
        #expect(spc.ignoredEdges == [1, 2])
        #expect(spc.counts == [1, 0, 0, 1])
    }

    @Test func overflowingCountsStayFiniteWhenNormalized() {
        // A ladder of 1200 diamonds doubles the path count each step: 2^1200 paths.
        var edges = [(Int, Int)]()
        for i in 0..<1200 {
            let a = 3 * i, top = a + 1, bottom = a + 2, next = a + 3
            edges += [(a, top), (a, bottom), (top, next), (bottom, next)]
        }
        let g = Digraph(vertexCount: 3 * 1200 + 1, edges: edges)
        let spc = g.searchPathWeights()
        #expect(spc.totalFlow == .infinity)
        #expect(abs(spc.log10TotalFlow - 1200 * 0.301029995663981) < 1e-6)
        // Every edge carries half of all paths.
        expectClose(spc.normalized, [Double](repeating: 0.5, count: g.edgeCount), tolerance: 1e-9, "normalized")
    }
}
