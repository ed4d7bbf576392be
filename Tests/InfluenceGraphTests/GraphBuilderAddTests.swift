import Testing
@testable import InfluenceGraph

/// Adding a whole graph, or the part of it on some vertices, to a builder.
@Suite struct GraphBuilderAddTests {
    /// a → b → c, a → c, and a comparison of b with c and of a with an id that is no node.
    func sample() -> InfluenceGraph {
        var b = InfluenceGraphBuilder()
        for id in ["a", "b", "c"] { b.addNode(Node(id: id, label: id.uppercased())) }
        b.addEdge(from: "a", to: "b", info: EdgeInfo(relation: .extends))
        b.addEdge(from: "b", to: "c", info: EdgeInfo(relation: .usedBy))
        b.addEdge(from: "a", to: "c", info: EdgeInfo(relation: .influenced))
        let ev = Evidence(sentence: "s", entry: "a")
        b.addComparison(Comparison(subject: "b", object: "c", evidence: ev))
        b.addComparison(Comparison(subject: "a", object: "zz", evidence: ev))
        return b.build()
    }

    func pairs(_ g: InfluenceGraph) -> [String] {
        (0..<g.topology.edgeCount).map { e in
            "\(g.nodes[Int(g.topology.edgeSources[e])].id)>\(g.nodes[Int(g.topology.outTargets[e])].id):\(g.info(ofEdge: e).relation.rawValue)"
        }
    }

    @Test func wholeGraphKeepsEverything() {
        let g = sample()
        var b = InfluenceGraphBuilder()
        b.add(g)
        let copy = b.build()
        #expect(copy.nodes.map(\.id) == g.nodes.map(\.id))
        #expect(pairs(copy) == pairs(g))
        #expect(copy.comparisons.count == 2)
    }

    @Test func partKeepsItsVerticesInOrderAndTheEdgesAmongThem() {
        let g = sample()
        let a = g.index(ofID: "a")!, b = g.index(ofID: "b")!, c = g.index(ofID: "c")!
        let ac = (0..<g.topology.edgeCount).first { pairs(g)[$0] == "a>c:influenced" }!
        var builder = InfluenceGraphBuilder()
        builder.add(g, vertices: [c, a, b], keepEdge: { $0 != ac })
        let part = builder.build()
        #expect(part.nodes.map(\.id) == ["c", "a", "b"])
        #expect(Set(pairs(part)) == ["a>b:extends", "b>c:used-by"])
        #expect(part.comparisons.map(\.subject) == ["b"])
        var two = InfluenceGraphBuilder()
        two.add(g, vertices: [a, c])
        #expect(pairs(two.build()) == ["a>c:influenced"])
        #expect(two.build().comparisons.isEmpty)
    }
}
