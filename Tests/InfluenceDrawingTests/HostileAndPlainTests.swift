import Graphviz
import InfluenceGraph
import Testing
@testable import InfluenceDrawing

@Suite("Hostile text and plain graphs") struct HostileAndPlainTests {
    static let hostileTitle = "<B>Bold?</B> & \"quotes\" {braces} a -> b; \\N\nsecond line"

    func hostileGraph() -> InfluenceGraph {
        var b = InfluenceGraphBuilder()
        b.addNode(Node(id: "x\" -> y", label: "<i>X</i> & co", title: Self.hostileTitle, era: "Era <1> & \"2\"",
                       year: 2001, description: "desc } { ->\n<script>"))
        b.addNode(Node(id: "y", label: "Y\\", kind: .paper, era: "Era <1> & \"2\"", year: 2002))
        b.addNode(Node(id: "__legend", label: "not the legend", kind: .system))
        b.addEdge(from: 0, to: 1, info: EdgeInfo(relation: .buildsOn, evidence: [Evidence(sentence: "Y builds on <X> & \"x\" -> }", entry: "y")]))
        b.addEdge(from: 1, to: 2, info: EdgeInfo(relation: .usedBy))
        return b.build()
    }

    @Test func hostileIdsFallBackToIndexNames() {
        let d = InfluenceStyle().drawing(of: hostileGraph())
        let names = Set(allNodes(d).keys)
        #expect(names.isSuperset(of: ["v0", "v1", "v2", "__legend"]))
        #expect(InfluenceStyle.nodeNames(DemoGraph.build().nodes).first == "garfield-1955")
    }

    @Test func hostileTextStaysText() throws {
        let d = InfluenceStyle().drawing(of: hostileGraph(), scores: [0.5, 0.3, 0.2])
        let nodes = allNodes(d)
        #expect(html(nodes["v0"]?["label"])?.contains("&lt;i&gt;X&lt;/i&gt; &amp; co") == true)
        #expect(text(nodes["v0"]?["tooltip"])?.hasPrefix("<i>X</i> & co: " + Self.hostileTitle) == true)
        let cluster = try #require(d.subgraphs.first { $0.isCluster })
        #expect(cluster.name == "cluster_era_1_2")
        #expect(html(cluster.attributes["label"])?.contains("Era &lt;1&gt; &amp; &quot;2&quot;") == true)

        // cgraph reads the DOT back as the same three nodes and two edges, and every string intact.
        let parsed = try Graphviz.parseDOT(d.dotSource)
        let real = parsed.nodes.filter { !$0.name.hasPrefix("__year") }
        #expect(Set(real.map(\.name)) == ["v0", "v1", "v2", "__legend"])
        #expect(parsed.edges.filter { !$0.tail.hasPrefix("__") }.count == 2)
        let v0 = try #require(parsed.nodes.first { $0.name == "v0" })
        #expect(v0.attributes["tooltip"] == .raw(AttributeValue.text(text(nodes["v0"]?["tooltip"])!).graphvizString))

        // Drawn, the markup appears escaped, never as markup.
        let svg = String(decoding: try Graphviz.render(d), as: UTF8.self)
        #expect(svg.contains("&lt;i&gt;X&lt;/i&gt; &amp; co"))
        #expect(!svg.contains("<i>") && !svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;"))
        #expect(svg.contains("Y\\</text>"))
    }

    @Test func plainCitationGraphDrawsWithoutErasOrYears() throws {
        let topology = Digraph(vertexCount: 4, edges: [(0, 1), (0, 2), (1, 3), (2, 3)])
        let nodes = (0..<4).map { Node(id: "p\($0)", label: "P\($0)") }
        let graph = InfluenceGraph(nodes: nodes, topology: topology)
        let d = InfluenceStyle().drawing(of: graph, scores: [0.4, 0.2, 0.2, 0.2])
        #expect(d.subgraphs.isEmpty)
        #expect(d.nodes.map(\.name) == ["p0", "p1", "p2", "p3", "__legend"])
        #expect(d.edges.count == 4)
        #expect(d.edges.allSatisfy { $0.attributes["color"] == .text(Palette.grey.description) })
        #expect(html(d.nodes[0].attributes["label"]) == "<FONT POINT-SIZE=\"18\"><B>P0</B></FONT>")
        let legend = try #require(html(d.nodes[4].attributes["label"]))
        #expect(legend.contains(">cites<") && !legend.contains("influenced"))
        let svg = String(decoding: try Graphviz.render(d), as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 5)
    }

    @Test func emptyScoresAndEqualScoresGiveUniformEmphasis() {
        #expect(InfluenceStyle.emphasis(scores: [], vertices: [0, 1], count: 2) == [0.35, 0.35])
        #expect(InfluenceStyle.emphasis(scores: [2, 2], vertices: [0, 1], count: 2) == [0.35, 0.35])
        #expect(InfluenceStyle.emphasis(scores: [1, 5, 2], vertices: [0, 1, 2], count: 3) == [0, 1, 0.5])
        #expect(InfluenceStyle.emphasis(scores: [1, .nan, 9], vertices: [0, 1, 2], count: 3) == [0, 0, 1])
    }

    @Test func helpers() {
        #expect(InfluenceStyle.fixed(2.4) == "2.4")
        #expect(InfluenceStyle.fixed(0.8 + 1.6 * 0.5) == "1.6")
        #expect(InfluenceStyle.fixed(1.005, digits: 1) == "1")
        #expect(InfluenceStyle.fixed(-0.25) == "-0.25")
        #expect(InfluenceStyle.fixed(0.123456, digits: 4) == "0.1235")
        #expect(InfluenceStyle.slug("Pre-Transformer") == "pre_transformer")
        #expect(InfluenceStyle.slug("  Ünïcode & Co.  ") == "n_code_co")
        #expect(InfluenceStyle.slug("→") == "era")
        var used: Set<String> = []
        #expect(["a", "a", "a"].map { InfluenceStyle.uniqueName($0, &used) } == ["a", "a_2", "a_3"])
        #expect(Palette.blue.description == "#0072b2")
        #expect(Palette.white.mixed(with: Palette.black, 0.5).description == "#808080")
        #expect(RelationStyle.sentence(.buildsOn, source: "A", target: "B") == "B builds on A")
        #expect(RelationStyle.sentence(.adoptedBy, source: "A", target: "B") == "A was adopted by B")
        #expect(RelationStyle.sentence(.foundationOf, source: "A", target: "B") == "A is a foundation of B")
        #expect(RelationStyle.sentence(.supersedes, source: "A", target: "B") == "B supersedes A")
    }
}
