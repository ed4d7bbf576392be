import Testing
@testable import InfluenceGraph

@Suite struct OrderTests {
    @Test(arguments: GeneratedCase.all.filter(\.acyclic))
    func lexicographicOrderMatchesNetworkx(_ c: GeneratedCase) throws {
        let order = c.graph.topologicalOrder()
        #expect(order.isAcyclic)
        #expect(order.vertices == c.lexicographicTopologicalOrder)
    }

    @Test(arguments: GeneratedCase.all)
    func componentsMatchNetworkx(_ c: GeneratedCase) {
        let sccs = c.graph.stronglyConnectedComponents()
        let ours = (0..<sccs.count).map { Array(sccs.members(of: $0)) }.sorted { $0.lexicographicallyPrecedes($1) }
        #expect(ours == c.stronglyConnectedComponents)
        // Components are numbered topologically: every edge goes to the same or a later one.
        let g = c.graph
        for e in 0..<g.edgeCount {
            #expect(sccs.componentOfVertex[Int(g.edgeSources[e])] <= sccs.componentOfVertex[Int(g.outTargets[e])])
        }
        #expect(sccs.isAcyclic == c.acyclic)
    }

    @Test func cyclesAreReportedAndKeptTogether() {
        // 0 → 1 → 2 → 1 (cycle {1,2}), 2 → 3, 4 → 4 (self-loop), 3 → 5.
        let g = Digraph(vertexCount: 6, edges: [(0, 1), (1, 2), (2, 1), (2, 3), (4, 4), (3, 5)])
        let order = g.topologicalOrder()
        #expect(!order.isAcyclic)
        #expect(order.vertices == [0, 1, 2, 3, 4, 5])
        #expect(order.cycles == [[1, 2], [4]])
        let sccs = g.stronglyConnectedComponents()
        #expect(sccs.count == 5)
        #expect(Set(sccs.cyclicComponents.map { Array(sccs.members(of: Int($0))) }) == [[1, 2], [4]])
        let dag = g.condensation(sccs)
        #expect(dag.vertexCount == 5 && dag.edgeCount == 3)
        #expect(dag.topologicalOrder().isAcyclic)
    }

    @Test func cyclicOrderRespectsEdgesBetweenComponents() throws {
        let c = try #require(GeneratedCase.all.first { !$0.acyclic })
        let g = c.graph
        let order = g.topologicalOrder()
        #expect(order.vertices.sorted() == (0..<Int32(g.vertexCount)).map { $0 })
        let sccs = g.stronglyConnectedComponents()
        let position = order.positions()
        for e in 0..<g.edgeCount {
            let a = Int(g.edgeSources[e]), b = Int(g.outTargets[e])
            if sccs.componentOfVertex[a] != sccs.componentOfVertex[b] { #expect(position[a] < position[b]) }
        }
        // Each cyclic component is contiguous in the order.
        for cycle in order.cycles {
            let spots = cycle.map { Int(position[Int($0)]) }.sorted()
            #expect(spots.last! - spots.first! == cycle.count - 1)
        }
        // The cycles: networkx's multi-vertex components and the one self-loop.
        let expected = c.stronglyConnectedComponents.filter { $0.count > 1 } + [[Int32(c.vertices / 2)]]
        #expect(Set(order.cycles.map { $0.sorted() }) == Set(expected))
    }

    @Test func priorityBreaksTies() {
        // 0 and 1 and 2 are all ready; priority puts 2 first, then 0, then 1.
        let g = Digraph(vertexCount: 4, edges: [(1, 3)])
        #expect(g.topologicalOrder(priority: [5, 7, 1, 0]).vertices == [2, 0, 1, 3])
        #expect(g.topologicalOrder().vertices == [0, 1, 2, 3])
    }

    @Test func tieBreakPriorityUsesYearThenTitleThenID() {
        let nodes = [
            Node(id: "c", label: "C", year: 2020),
            Node(id: "b", label: "B", title: "Zeta", year: 2019),
            Node(id: "a", label: "A", title: "Alpha", year: 2019),
            Node(id: "s", label: "System", kind: .system),
            Node(id: "d", label: "Alpha", year: 2019),
        ]
        let g = InfluenceGraph(nodes: nodes, topology: Digraph(vertexCount: 5, edges: []))
        // 2019: "Alpha" (a) and "Alpha" (d, label) tie on text, id breaks: a, d; then Zeta; 2020; no year.
        #expect(g.tieBreakPriority() == [3, 2, 0, 4, 1])
        #expect(g.topologicalOrder().vertices == [2, 4, 1, 0, 3])
    }

    @Test func millionVertexChainNeedsNoDeepStack() {
        let n = 1_000_000
        let sources = (0..<Int32(n - 1)).map { $0 }
        let targets = (1..<Int32(n)).map { $0 }
        let chain = Digraph.build(vertexCount: n, sources: sources, targets: targets).graph
        let order = chain.topologicalOrder()
        #expect(order.isAcyclic && order.vertices.first == 0 && order.vertices.last == Int32(n - 1))
        let sccs = chain.stronglyConnectedComponents()
        #expect(sccs.count == n && sccs.componentOfVertex[0] == 0)
        let reach = chain.reachCounts(method: .estimate(registers: 16, seed: 7))
        #expect(!reach.isExact && reach.counts[n - 1] == 0 && reach.counts[n - 2] == 1)
        // 16 registers: relative standard error about 26%; allow five of them.
        #expect(abs(Double(reach.counts[0] + 1) / Double(n) - 1) < 5 * reach.relativeStandardError!)
        let down = chain.descendants(of: 0)
        #expect(down.count == n - 1 && down.depths.last == Int32(n - 1))
        // Closing the chain into one cycle: a single component of a million vertices.
        let ring = Digraph.build(vertexCount: n, sources: sources + [Int32(n - 1)], targets: targets + [0]).graph
        let ringComponents = ring.stronglyConnectedComponents()
        #expect(ringComponents.count == 1 && ringComponents.cyclicComponents == [0])
        #expect(ring.topologicalOrder().cycles.first?.count == n)
    }
}
