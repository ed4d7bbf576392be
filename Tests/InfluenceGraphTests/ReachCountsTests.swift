import Testing
@testable import InfluenceGraph

@Suite struct ReachCountsTests {
    @Test(arguments: GeneratedCase.all)
    func exactCountsMatchNetworkxDescendants(_ c: GeneratedCase) {
        let reach = c.graph.reachCounts(method: .exact)
        #expect(reach.isExact && reach.relativeStandardError == nil)
        #expect(reach.counts == c.descendantCounts)
        #expect(c.graph.reachCounts().counts == c.descendantCounts)  // automatic picks exact here
    }

    @Test(arguments: GeneratedCase.all)
    func smallBatchesGiveTheSameCounts(_ c: GeneratedCase) {
        // A tiny memory limit forces one-word bitsets and many batches, split over both threads.
        let reach = c.graph.reachCounts(method: .exact, memoryLimit: 1)
        #expect(reach.counts == c.descendantCounts)
    }

    @Test func estimatesStayWithinTheStatedError() throws {
        let c = try #require(GeneratedCase.all.first { $0.name == "price_200_m4" })
        let estimate = c.graph.reachCounts(method: .estimate(registers: 256, seed: 11))
        #expect(!estimate.isExact)
        let error = try #require(estimate.relativeStandardError)
        #expect(abs(error - 1.04 / 16) < 1e-12)
        // Relative errors of the reachable-set sizes: their root mean square is about `error`.
        var squares = 0.0, count = 0
        for v in 0..<c.vertices where c.descendantCounts[v] >= 1 {
            let truth = Double(c.descendantCounts[v] + 1)
            let relative = (Double(estimate.counts[v] + 1) - truth) / truth
            squares += relative * relative
            count += 1
            #expect(abs(relative) < 5 * error)
        }
        #expect(count > 50)
        #expect((squares / Double(count)).squareRoot() < 2 * error)
        // Vertices that reach nothing are exact.
        for v in 0..<c.vertices where c.descendantCounts[v] == 0 { #expect(estimate.counts[v] == 0) }
        // Reproducible.
        #expect(c.graph.reachCounts(method: .estimate(registers: 256, seed: 11)) == estimate)
        // Slicing the registers to fit a small memory limit changes nothing.
        #expect(c.graph.reachCounts(method: .estimate(registers: 256, seed: 11), memoryLimit: 1) == estimate)
    }

    @Test func cycleMembersReachEachOther() {
        let g = Digraph(vertexCount: 4, edges: [(0, 1), (1, 0), (1, 2), (3, 3)])
        #expect(g.reachCounts(method: .exact).counts == [2, 2, 0, 0])
    }
}
