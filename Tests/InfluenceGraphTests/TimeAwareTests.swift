import Testing
@testable import InfluenceGraph

@Suite struct CiteRankTests {
    @Test(arguments: GeneratedCase.all)
    func matchesTheLinearSolve(_ c: GeneratedCase) {
        let result = c.graph.citeRank(years: c.years, currentYear: c.citerank.currentYear,
                                      decayTime: c.citerank.decayTime, followProbability: c.citerank.follow)
        #expect(result.converged && (result.iterations == 0) == c.acyclic)
        let relative = zip(result.scores, c.citerank.scores).map { ($0 - $1) / $1 }
        expectClose(relative, [Double](repeating: 0, count: relative.count), tolerance: 1e-10, "relative CiteRank")
    }

    @Test func unknownYearsStartNoTraffic() {
        // 0 → 1 → 2; only 2 has a year: T2 = 1, T1 = 0.5·1, T0 = 0.5·0.5.
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (1, 2)])
        #expect(g.citeRank(years: [nil, nil, 2020]).scores == [0.25, 0.5, 1])
        let nodes = [Node(id: "a", label: "a"), Node(id: "b", label: "b")]
        #expect(InfluenceGraph(nodes: nodes, topology: Digraph(vertexCount: 2, edges: [])).citeRank() == nil)
    }
}

@Suite struct DisruptionIndexTests {
    @Test(arguments: GeneratedCase.all)
    func matchesTheDefinition(_ c: GeneratedCase) {
        func same(_ a: [Double?], _ b: [Double?]) -> Bool {
            a.count == b.count && zip(a, b).allSatisfy { x, y in
                switch (x, y) {
                case (nil, nil): return true
                case let (x?, y?): return abs(x - y) < 1e-12
                default: return false
                }
            }
        }
        let g = c.graph
        #expect(same(g.disruptionIndex(minimumCitations: c.disruption.threshold), c.disruption.untimed))
        let times = c.years.map { Int32($0) }
        #expect(same(g.disruptionIndex(minimumCitations: c.disruption.threshold, times: times), c.disruption.timedByYears))
    }

    /// The two extremes of Funk & Owen-Smith's Figure 1: followers cite only the focal work
    /// (CD = 1), or always also its sources (CD = −1).
    @Test func extremes() {
        // Sources 0, 1 → focal 2; followers 3, 4 cite only 2.
        let disruptive = Digraph(vertexCount: 5, edges: [(0, 2), (1, 2), (2, 3), (2, 4)])
        #expect(disruptive.disruptionIndex()[2] == 1)
        // Followers 3, 4 cite 2 and 0.
        let consolidating = Digraph(vertexCount: 5, edges: [(0, 2), (1, 2), (2, 3), (2, 4), (0, 3), (0, 4)])
        #expect(consolidating.disruptionIndex()[2] == -1)
        // Plus one work 5 that cites source 1 but not 2: (0 − 2)/(0 + 2 + 1).
        let mixed = Digraph(vertexCount: 6, edges: [(0, 2), (1, 2), (2, 3), (2, 4), (0, 3), (0, 4), (1, 5)])
        #expect(mixed.disruptionIndex()[2] == -2.0 / 3)
        #expect(mixed.disruptionIndex(minimumCitations: 3)[2] == nil)
        // With times, work earlier than the focal one does not count against it.
        #expect(mixed.disruptionIndex(times: [0, 0, 5, 6, 6, 1])[2] == -1)
        #expect(mixed.disruptionIndex(times: [0, 0, 5, 6, 6, .min])[2] == -2.0 / 3)
    }
}

@Suite struct TransitiveReductionTests {
    @Test(arguments: GeneratedCase.all.filter(\.acyclic))
    func matchesNetworkx(_ c: GeneratedCase) throws {
        let g = c.graph
        let kept = try #require(g.transitiveReduction())
        let pairs = kept.map { [Int(g.edgeSources[Int($0)]), Int(g.outTargets[Int($0)])] }
        #expect(pairs == c.transitiveReduction)
        // Reachability is unchanged.
        let reduced = Digraph(vertexCount: g.vertexCount, edges: pairs.map { ($0[0], $0[1]) })
        #expect(reduced.reachCounts(method: .exact).counts == c.descendantCounts)
    }

    @Test func parallelEdgesAndCycles() {
        let g = Digraph(vertexCount: 3, edges: [(0, 1), (0, 1), (1, 2), (0, 2)])
        #expect(g.transitiveReduction() == [0, 3])
        #expect(Digraph(vertexCount: 2, edges: [(0, 1), (1, 0)]).transitiveReduction() == nil)
    }
}

@Suite struct ElementaryFunctionTests {
    @Test func knownValues() {
        let e = 2.718_281_828_459_045
        #expect(abs(_Elementary.exp(1) - e) <= 2 * e.ulp)
        #expect(_Elementary.exp(0) == 1)
        #expect(abs(_Elementary.exp(-745) - 5e-324) <= 5e-324)
        #expect(abs(_Elementary.log(e) - 1) <= 2 * (1.0).ulp)
        #expect(abs(_Elementary.log(10) - 2.302_585_092_994_046) <= 4 * (2.3).ulp)
        #expect(abs(_Elementary.log(1e-300) + 690.775_527_898_213_7) < 1e-12)
        #expect(_Elementary.log(0) == -.infinity && _Elementary.log(-1).isNaN)
        #expect(abs(_Elementary.log1p(1e-17) - 1e-17) < 1e-32)
        // exp and log invert each other across the range.
        var x = -700.0
        while x < 700 {
            #expect(abs(_Elementary.log(_Elementary.exp(x)) - x) <= 1e-13 * max(1, abs(x)))
            x += 13.7
        }
    }
}
