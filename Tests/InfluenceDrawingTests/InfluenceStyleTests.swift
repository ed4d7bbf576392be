import Foundation
import Graphviz
import InfluenceGraph
import Testing
@testable import InfluenceDrawing

/// All nodes of a drawing, wherever declared, with the attributes of their first declaration
/// that has any.
func allNodes(_ d: Drawing) -> [String: Attributes] {
    var result: [String: Attributes] = [:]
    var stack = [Drawing.Subgraph("root", subgraphs: d.subgraphs, nodes: d.nodes)]
    while let top = stack.popLast() {
        for n in top.nodes where result[n.name]?.isEmpty ?? true { result[n.name] = n.attributes }
        stack += top.subgraphs
    }
    return result
}

func html(_ v: AttributeValue?) -> String? { if case .html(let s) = v { return s } else { return nil } }
func text(_ v: AttributeValue?) -> String? { if case .text(let s) = v { return s } else { return nil } }

@Suite("Influence style") struct InfluenceStyleTests {
    let graph = DemoGraph.build()
    let style = InfluenceStyle(eras: DemoGraph.eras)

    func drawing(_ view: InfluenceView = InfluenceView()) -> Drawing {
        style.drawing(of: graph, scores: DemoGraph.scores(graph), view: view)
    }

    @Test func timeFlowsDownAndRanksAgreeWithClusters() {
        let d = drawing()
        #expect(d.attributes["rankdir"] == .text("TB"))
        #expect(d.attributes["newrank"] == .text("true"))
        #expect(d.isDirected)
    }

    @Test func oneClusterPerEraWithNameAndYears() throws {
        let clusters = drawing().subgraphs.filter(\.isCluster)
        #expect(clusters.map(\.name) == ["cluster_citation_indexing", "cluster_layout_and_paths", "cluster_network_science"])
        let label = try #require(html(clusters[0].attributes["label"]))
        #expect(label.contains("Citation indexing") && label.contains("1955–1976"))
        #expect(clusters[0].nodes.map(\.name) == ["garfield-1955", "price-1965", "kessler-1963", "small-1973", "price-1976"])
        #expect(clusters.map(\.nodes.count) == [5, 5, 6])
    }

    @Test func papersOnRowsByYearNewerBelow() throws {
        let d = drawing()
        let axis = try #require(d.subgraphs.first { $0.name == "__timeline" })
        let years = [1955, 1963, 1965, 1973, 1976, 1981, 1989, 1991, 1993, 1998, 1999, 2001, 2003]
        #expect(axis.nodes.map(\.name) == years.map { "__year_\($0)" })
        #expect(axis.edges.map { "\($0.tail)->\($0.head)" } == zip(years, years.dropFirst()).map { "__year_\($0)->__year_\($1)" })
        #expect(axis.edges.allSatisfy { $0.attributes["style"] == .text("invis") })
        let row1989 = try #require(d.subgraphs.first { $0.name == "__row_1989" })
        #expect(row1989.attributes == ["rank": "same"])
        #expect(row1989.nodes.map(\.name) == ["__year_1989", "hummon-1989", "kamada-1989"])
    }

    @Test func sameYearInfluenceGoesOnASubRow() throws {
        var b = InfluenceGraphBuilder()
        for (id, year) in [("a", 2020), ("b", 2020), ("c", 2020), ("d", 2021), ("e", 2020)] {
            b.addNode(Node(id: id, label: id.uppercased(), year: year))
        }
        b.addEdge(from: "a", to: "b", info: EdgeInfo(relation: .influenced))
        b.addEdge(from: "b", to: "c", info: EdgeInfo(relation: .extends))
        b.addEdge(from: "a", to: "c", info: EdgeInfo(relation: .influenced))
        b.addEdge(from: "c", to: "d", info: EdgeInfo(relation: .influenced))
        let d = InfluenceStyle().drawing(of: b.build())
        let rows = d.subgraphs.filter { $0.name.hasPrefix("__row_") }
        #expect(rows.map(\.name) == ["__row_2020", "__row_2020_1", "__row_2020_2", "__row_2021"])
        #expect(rows.map { $0.nodes.map(\.name) } == [["__year_2020", "a", "e"], ["__year_2020_1", "b"],
                                                       ["__year_2020_2", "c"], ["__year_2021", "d"]])
        let axis = try #require(d.subgraphs.first { $0.name == "__timeline" })
        #expect(axis.nodes[1].attributes["style"] == .text("invis"))
        #expect(axis.edges.count == 3)
        // A same-year cycle stays on the first row.
        var c = InfluenceGraphBuilder()
        for id in ["p", "q", "r"] { c.addNode(Node(id: id, label: id, year: 2000)) }
        c.addNode(Node(id: "s", label: "s", year: 2001))
        c.addEdge(from: "p", to: "q", info: EdgeInfo(relation: .influenced))
        c.addEdge(from: "q", to: "p", info: EdgeInfo(relation: .influenced))
        c.addEdge(from: "q", to: "r", info: EdgeInfo(relation: .influenced))
        let cyclic = InfluenceStyle().drawing(of: c.build()).subgraphs.filter { $0.name.hasPrefix("__row_") }
        #expect(cyclic.map(\.name) == ["__row_2000", "__row_2001"])
    }

    @Test func papersAreBoxesAndSystemsLighterEllipses() throws {
        let d = drawing()
        let nodes = allNodes(d)
        #expect(d.nodeDefaults["shape"] == .text("box"))
        #expect(nodes["sugiyama-1981"]?["shape"] == nil)
        let label = try #require(html(nodes["sugiyama-1981"]?["label"]))
        #expect(label.contains("<B>Sugiyama</B>") && label.contains(">1981</FONT>"))
        #expect(nodes["graphviz"]?["shape"] == .text("ellipse"))
        #expect(nodes["graphviz"]?["fillcolor"] == .text("#f9f9f9"))
        #expect(nodes["graphviz"]?["fontsize"] == .text("10"))
    }

    @Test func emphasisGrowsWithTheScore() throws {
        let nodes = allNodes(drawing())
        // Scores are out-degree + 1: Garfield 5, Price 1965 4, Kessler 2, Batagelj 1 (the lowest).
        func pen(_ id: String) -> Double { Double(text(nodes[id]?["penwidth"]) ?? "0")! }
        #expect(pen("garfield-1955") > pen("price-1965"))
        #expect(pen("price-1965") > pen("kessler-1963"))
        #expect(pen("kessler-1963") > pen("batagelj-2003"))
        #expect(pen("batagelj-2003") == 0.8)
        #expect(pen("garfield-1955") == 2.4)
        #expect(nodes["garfield-1955"]?["fillcolor"] == .text(Palette.white.mixed(with: Palette.blue, 0.8).description))
        #expect(html(nodes["garfield-1955"]?["label"])?.contains("POINT-SIZE=\"18\"") == true)
        #expect(html(nodes["batagelj-2003"]?["label"])?.contains("POINT-SIZE=\"11\"") == true)
    }

    @Test func edgesAreStyledByRelation() throws {
        let edges = Dictionary(uniqueKeysWithValues: drawing().edges.map { ("\($0.tail)->\($0.head)", $0.attributes) })
        #expect(edges.count == graph.topology.edgeCount)
        let adopted = try #require(edges["brin-1998->google"])
        #expect(adopted["style"] == .text("dashed") && adopted["color"] == .text("#009e73"))
        let lineage = try #require(edges["garfield-1955->price-1965"])
        #expect(lineage["style"] == .text("solid") && lineage["color"] == .text("#0072b2") && lineage["arrowhead"] == .text("normal"))
        let challenge = try #require(edges["price-1976->barabasi-1999"])
        #expect(challenge["style"] == .text("dotted") && challenge["arrowhead"] == .text("empty"))
        #expect(edges["hummon-1989->batagelj-2003"]?["arrowhead"] == .text("diamond"))
        #expect(edges["garfield-1955->brin-1998"]?["color"] == .text("#808080"))
        // Every relation belongs to one family.
        #expect(Set(RelationStyle.families.flatMap(\.relations)) == Set(InfluenceRelation.allCases))
        #expect(RelationStyle.families.flatMap(\.relations).count == InfluenceRelation.allCases.count)
    }

    @Test func tooltipsOnEveryNodeAndEdge() throws {
        let d = drawing()
        for (name, attributes) in allNodes(d) { #expect(attributes["tooltip"] != nil, "node \(name)") }
        for edge in d.edges where edge.attributes["style"] != .text("invis") {
            #expect(edge.attributes["tooltip"] != nil)
        }
        let nodes = allNodes(d)
        let paper = try #require(text(nodes["gansner-1993"]?["tooltip"]))
        #expect(paper.hasPrefix("Gansner et al.: A Technique for Drawing Directed Graphs (1993)\nEra: Layout and paths\n"))
        let edge = try #require(d.edges.first { $0.tail == "sugiyama-1981" && $0.head == "gansner-1993" })
        #expect(text(edge.attributes["tooltip"]) == "Gansner et al. extends Sugiyama\n“dot's ranking and ordering refine Sugiyama's layers.”")
        #expect(nodes["gansner-1993"]?["URL"] == .text("https://doi.org/10.1109/32.221135"))
        #expect(nodes["sugiyama-1981"]?["URL"] == nil)
    }

    @Test func legendListsOnlyWhatIsDrawn() throws {
        let full = try #require(html(allNodes(drawing())["__legend"]?["label"]))
        for family in RelationStyle.families {
            let names = family.relations.map { String($0.rawValue.map { $0 == "-" ? " " : $0 }) }.joined(separator: ", ")
            #expect(full.contains(names), "\(family.name)")
        }
        #expect(full.contains(">system<"))
        let papersOnly = Set(["kamada-1989", "fruchterman-1991"].map { graph.index(ofID: $0)! })
        let small = try #require(html(allNodes(drawing(InfluenceView(vertices: papersOnly)))["__legend"]?["label"]))
        #expect(small.contains("influenced, inspired, spawned"))
        #expect(!small.contains("adopted by") && !small.contains(">system<"))
        #expect(allNodes(drawing(InfluenceView(showsLegend: false)))["__legend"] == nil)
    }

    @Test func viewSubsetsFocusFadeAndOmit() throws {
        let ids = ["sugiyama-1981", "gansner-1993", "graphviz", "fruchterman-1991"]
        let vertices = Set(ids.map { graph.index(ofID: $0)! })
        let omitted = graph.topology.outEdgeIDs(graph.index(ofID: "fruchterman-1991")!)
        let view = InfluenceView(vertices: vertices, focus: graph.index(ofID: "gansner-1993"),
                                 faded: [graph.index(ofID: "sugiyama-1981")!], omittedEdges: Set(omitted), title: "dot")
        let d = drawing(view)
        let nodes = allNodes(d)
        #expect(Set(nodes.keys.filter { !$0.hasPrefix("__") }) == Set(ids))
        #expect(d.edges.map { "\($0.tail)->\($0.head)" } == ["sugiyama-1981->gansner-1993", "gansner-1993->graphviz"])
        #expect(nodes["gansner-1993"]?["color"] == .text(Palette.vermillion.description))
        #expect(nodes["gansner-1993"]?["penwidth"] == .text("3.5"))
        #expect(nodes["sugiyama-1981"]?["fillcolor"] == .text(Palette.paleGrey.description))
        #expect(d.edges[0].attributes["color"] == .text(Palette.lightGrey.description))
        #expect(d.edges[1].attributes["penwidth"] == .text("2"))  // touches the focus: 1.2 + 0.8
        #expect(d.attributes["label"] == .text("dot"))
        #expect(d.subgraphs.filter(\.isCluster).map(\.name) == ["cluster_layout_and_paths"])
    }

    @Test func sameInputGivesByteIdenticalDOTAndSVG() throws {
        let first = drawing().dotSource
        let second = InfluenceStyle(eras: DemoGraph.eras).drawing(of: DemoGraph.build(), scores: DemoGraph.scores(graph)).dotSource
        #expect(first == second)
        let svg1 = try Graphviz.render(drawing())
        let svg2 = try Graphviz.render(drawing())
        #expect(svg1 == svg2)
    }

    @Test func renderedSVGHasEveryNodeAndEdge() throws {
        let svg = String(decoding: try Graphviz.render(drawing()), as: UTF8.self)
        for node in graph.nodes {
            #expect(svg.contains("<title>\(node.id.replacingOccurrences(of: "-", with: "&#45;"))</title>"))
        }
        let visibleEdges = svg.components(separatedBy: "class=\"edge\"").count - 1
        #expect(visibleEdges == graph.topology.edgeCount)  // the year axis's invisible edges are not drawn
        #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 == 3)
        #expect(svg.contains("<title>cluster_citation_indexing</title>"))
        #expect(svg.contains("xlink:href=\"https://doi.org/10.1109/32.221135\""))
    }
}
