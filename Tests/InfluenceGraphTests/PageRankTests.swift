import Testing
@testable import InfluenceGraph

@Suite struct PageRankTests {
    /// networkx's fixtures are in the citation direction; our graph is their reverse.
    @Test func langvilleMeyerExample() throws {
        let c = try networkxCase("pagerank_langville_meyer")
        let (g, nodes) = try graph(of: c, reverse: true)
        let expected = try expectedValues(c["expected"], nodes: nodes)
        let result = g.pageRank(damping: 0.9, tolerance: 1e-8)
        #expect(result.converged && !result.solvedDirectly)
        expectClose(result.scores, expected, tolerance: 1e-4, "pagerank")
    }

    @Test func customDanglingDistribution() throws {
        let c = try networkxCase("pagerank_langville_meyer_custom_dangling")
        let (g, nodes) = try graph(of: c, reverse: true)
        let expected = try expectedValues(c["expected"], nodes: nodes)
        let params = try #require(c["params"] as? [String: Any])
        let dangling = try expectedValues(params["dangling"], nodes: nodes)
        expectClose(g.pageRank(dangling: dangling).scores, expected, tolerance: 1e-4, "pagerank dangling")
    }

    @Test func personalizedCompleteGraph() throws {
        let c = try networkxCase("pagerank_personalized_K4")
        let (g, nodes) = try graph(of: c, reverse: true)
        let expected = try expectedValues(c["expected"], nodes: nodes)
        let params = try #require(c["params"] as? [String: Any])
        let personalization = try expectedValues(params["personalization"], nodes: nodes)
        expectClose(g.pageRank(personalization: personalization).scores, expected, tolerance: 1e-4, "personalized")
    }

    @Test(arguments: GeneratedCase.all)
    func generatedGraphsMatchNetworkx(_ c: GeneratedCase) {
        let direct = c.graph.pageRank()
        #expect(direct.solvedDirectly == c.acyclic && direct.converged)
        expectClose(direct.scores, c.pagerank, tolerance: 1e-8, "pagerank")
        let iterated = c.graph.pageRank(allowDirectSolve: false)
        #expect(!iterated.solvedDirectly && iterated.converged && iterated.iterations > 10)
        expectClose(iterated.scores, c.pagerank, tolerance: 1e-8, "pagerank (power method)")
        #expect(abs(direct.scores.reduce(0, +) - 1) < 1e-12)
    }

    /// Large enough for the power method to split its sweeps over two threads; the direct solve
    /// of the acyclic graph is the exact answer it must reach.
    @Test func parallelPowerMethodReachesTheDirectSolution() {
        var generator = _SplitMix64(seed: 99)
        let n = 30_000
        var sources = [Int32](), targets = [Int32]()
        for v in 1..<n {
            for _ in 0..<8 {
                sources.append(Int32(generator.next() % UInt64(v)))
                targets.append(Int32(v))
            }
        }
        let g = Digraph.build(vertexCount: n, sources: sources, targets: targets).graph
        #expect(g.edgeCount > 200_000)
        let direct = g.pageRank()
        let iterated = g.pageRank(tolerance: 1e-14, allowDirectSolve: false)
        #expect(direct.solvedDirectly && iterated.converged)
        // The stop criterion bounds the L1 step by V·tol = 3e-10.
        expectClose(iterated.scores, direct.scores, tolerance: 1e-10, "power method against direct solve")
    }

    @Test func iterationCapIsReported() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (1, 2), (2, 0), (0, 2)])
        let capped = g.pageRank(maxIterations: 2)
        #expect(!capped.converged && capped.iterations == 2)
    }
}

@Suite struct HITSTests {
    @Test func langvilleMeyerExample() throws {
        let c = try networkxCase("hits_langville_meyer")
        let (g, nodes) = try graph(of: c, reverse: true)
        let expected = try #require(c["expected"] as? [String: Any])
        let result = g.hits()
        #expect(result.converged)
        expectClose(result.hubs, try expectedValues(expected["hubs"], nodes: nodes), tolerance: 1e-4, "hubs")
        expectClose(result.authorities, try expectedValues(expected["authorities"], nodes: nodes), tolerance: 1e-4, "authorities")
    }

    @Test(arguments: GeneratedCase.all)
    func generatedGraphsMatchNetworkx(_ c: GeneratedCase) {
        let result = c.graph.hits()
        #expect(result.converged)
        expectClose(result.hubs, c.hitsHubs, tolerance: 1e-8, "hubs")
        expectClose(result.authorities, c.hitsAuthorities, tolerance: 1e-8, "authorities")
    }
}

@Suite struct KatzTests {
    @Test(arguments: GeneratedCase.all)
    func generatedGraphsMatchNetworkx(_ c: GeneratedCase) {
        let result = c.graph.katz(alpha: c.katz.alpha, beta: c.katz.beta, tolerance: 1e-13, maxIterations: 100_000)
        #expect(result.converged && result.solvedDirectly == c.acyclic)
        expectClose(result.scores, c.katz.scores, tolerance: 1e-8, "katz")
    }

    @Test func divergenceIsReported() {
        // A 2-cycle has λmax = 1: alpha = 1.5 cannot converge.
        let g = Digraph(vertexCount: 2, edges: [(0, 1), (1, 0)])
        let result = g.katz(alpha: 1.5)
        #expect(!result.converged && !result.solvedDirectly)
        #expect(g.katz(alpha: 0.5).converged)
    }

    @Test func chainCountsAttenuatedWalks() {
        // 0 → 1 → 2, unnormalized: x2 = 1, x1 = 1 + α, x0 = 1 + α + α².
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (1, 2)])
        let x = g.katz(alpha: 0.5, normalized: false).scores
        #expect(x == [1.75, 1.5, 1])
    }
}

@Suite struct BetweennessTests {
    @Test func directedPath() throws {
        let c = try networkxCase("betweenness_directed_path")
        let (g, nodes) = try graph(of: c)
        let expected = try #require(c["expected"] as? [String: Any])
        expectClose(g.betweenness(normalized: false), try expectedValues(expected["normalized=False"], nodes: nodes), tolerance: 1e-7, "raw")
        expectClose(g.betweenness(), try expectedValues(expected["normalized=True"], nodes: nodes), tolerance: 1e-7, "normalized")
    }

    /// Undirected: as two directed edges, raw values are twice networkx's undirected ones, and
    /// normalized values are equal (networkx divides the doubled sums by (n-1)(n-2)).
    @Test func krackhardtKite() throws {
        let c = try networkxCase("betweenness_krackhardt_kite")
        let (g, nodes) = try graph(of: c)
        let expected = try #require(c["expected"] as? [String: Any])
        let raw = g.betweenness(normalized: false).map { $0 / 2 }
        expectClose(raw, try expectedValues(expected["normalized=False"], nodes: nodes), tolerance: 1e-3, "raw")
        expectClose(g.betweenness(), try expectedValues(expected["normalized=True"], nodes: nodes), tolerance: 1e-3, "normalized")
    }

    /// networkx's weighted case, read without weights: values computed by networkx 3.6.1 on the
    /// same edges unweighted (recorded in the fixture).
    @Test func unweightedG2() throws {
        let c = try networkxCase("betweenness_weighted_directed_G2")
        let (g, nodes) = try graph(of: c)
        expectClose(g.betweenness(normalized: false), try expectedValues(c["computed_by_us_unweighted_same_edges"], nodes: nodes),
                    tolerance: 1e-7, "raw")
    }

    @Test(arguments: GeneratedCase.all)
    func generatedGraphsMatchNetworkx(_ c: GeneratedCase) {
        expectClose(c.graph.betweenness(), c.betweennessNormalized, tolerance: 1e-9, "normalized")
        expectClose(c.graph.betweenness(normalized: false), c.betweennessRaw, tolerance: 1e-7, "raw")
        expectClose(c.graph.betweenness(sources: c.betweennessSampled.pivots), c.betweennessSampled.normalized,
                    tolerance: 1e-9, "sampled with networkx's pivots")
    }

    @Test func pivotSamplingIsReproducibleAndExactWithAllVertices() throws {
        let c = try #require(GeneratedCase.all.first)
        let g = c.graph
        #expect(g.betweenness(pivots: 10, seed: 3) == g.betweenness(pivots: 10, seed: 3))
        #expect(g.betweenness(pivots: 10, seed: 3) != g.betweenness(pivots: 10, seed: 4))
        expectClose(g.betweenness(pivots: g.vertexCount), c.betweennessNormalized, tolerance: 1e-9, "all pivots")
    }
}
