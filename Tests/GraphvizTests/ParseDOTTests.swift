import Foundation
import Testing
@testable import Graphviz

/// One row of the `gc -a` table in `Fixtures/SOURCE.txt`.
struct GCCounts: Sendable, CustomStringConvertible {
    var file: String
    var graphName: String
    var nodes: Int
    var edges: Int
    var clusters: Int
    var description: String { file }
}

func fixtureURL(_ name: String) -> URL { optionalFixtureURL(name)! }

func optionalFixtureURL(_ name: String) -> URL? {
    let dot = name.lastIndex(of: ".")!
    return Bundle.module.url(forResource: String(name[..<dot]), withExtension: String(name[name.index(after: dot)...]),
                             subdirectory: "Fixtures")
}

/// The counts that Graphviz's `gc -a` gave for each fixture, read from `SOURCE.txt`.
func gcCounts() -> [GCCounts] {
    let source = try! String(contentsOf: fixtureURL("SOURCE.txt"), encoding: .utf8)
    var rows: [GCCounts] = []
    for line in source.split(separator: "\n") {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count == 6, let nodes = Int(fields[0]), let edges = Int(fields[1]), let clusters = Int(fields[3]),
              fields[5].hasPrefix("("), fields[5].hasSuffix(")") else { continue }
        let file = String(fields[5].dropFirst().dropLast())
        guard optionalFixtureURL(file) != nil else { continue }
        rows.append(GCCounts(file: file, graphName: String(fields[4]), nodes: nodes, edges: edges, clusters: clusters))
    }
    return rows
}

@Suite("Reading DOT") struct ParseDOTTests {
    @Test func sourceTableListsTheCopiedFixtures() {
        #expect(Set(gcCounts().map(\.file)) == ["Latin1.gv", "Petersen.gv", "clust4.gv", "clust5.gv", "html.gv",
                                                "nestedclust.gv", "switch.gv", "unix.gv", "url.gv", "world.gv"])
    }

    @Test(arguments: gcCounts())
    func countsMatchGraphvizGC(_ expected: GCCounts) throws {
        let bytes = Array(try Data(contentsOf: fixtureURL(expected.file)))
        let graph = try Graphviz.parseDOT(bytes: bytes)
        #expect(graph.name == expected.graphName)
        #expect(graph.nodes.count == expected.nodes)
        #expect(graph.edges.count == expected.edges)
        #expect(graph.clusters.count == expected.clusters)
        #expect(Set(graph.nodes.map(\.name)).count == graph.nodes.count)
    }

    @Test func unixGraphReadsNamesEdgesAndDefaults() throws {
        let text = try String(contentsOf: fixtureURL("unix.gv"), encoding: .utf8)
        let graph = try Graphviz.parseDOT(text)
        #expect(graph.isDirected && !graph.isStrict)
        #expect(graph.nodes.first?.name == "5th Edition")
        #expect(graph.edges.first.map { "\($0.tail)->\($0.head)" } == "5th Edition->6th Edition")
        #expect(graph.attributes["size"] == .raw("6,6"))
        // Defaults declared in a subgraph apply to the nodes it creates after them.
        let clust4 = try Graphviz.parseDOT(String(contentsOf: fixtureURL("clust4.gv"), encoding: .utf8))
        let attributes = Dictionary(uniqueKeysWithValues: clust4.nodes.map { ($0.name, $0.attributes) })
        #expect(attributes["a0"] == ["style": .raw("filled"), "color": .raw("white")])
        #expect(attributes["b0"] == ["style": .raw("filled")])
        #expect(attributes["start"] == ["shape": .raw("Mdiamond")])
    }

    @Test func clustersAndMembership() throws {
        let graph = try Graphviz.parseDOT(String(contentsOf: fixtureURL("nestedclust.gv"), encoding: .utf8))
        #expect(graph.clusters.map(\.name) == ["cluster_ss81", "cluster_x", "cluster_y"])
        #expect(graph.clusters.map(\.parent) == [nil, nil, "cluster_x"])
        let clusterOf = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.name, $0.cluster) })
        #expect(clusterOf == ["e": nil, "f": nil, "a": "cluster_ss81", "b": "cluster_ss81", "c": "cluster_ss81",
                              "x": "cluster_x", "y": "cluster_y"])
        let clust4 = try Graphviz.parseDOT(String(contentsOf: fixtureURL("clust4.gv"), encoding: .utf8))
        #expect(clust4.clusters.map { $0.attributes["label"] } == [.raw("process #1"), .raw("process #2")])
    }

    @Test func drawingOfAParsedGraphKeepsClustersAndMembership() throws {
        for file in ["nestedclust.gv", "clust5.gv", "url.gv"] {
            let graph = try Graphviz.parseDOT(String(contentsOf: fixtureURL(file), encoding: .utf8))
            let again = try Graphviz.parseDOT(Drawing(graph).dotSource)
            #expect(again.clusters == graph.clusters, "\(file)")
            #expect(again.nodes.map(\.name) .sorted() == graph.nodes.map(\.name).sorted(), "\(file)")
            #expect(Dictionary(uniqueKeysWithValues: again.nodes.map { ($0.name, $0.cluster) })
                    == Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.name, $0.cluster) }), "\(file)")
            #expect(again.edges.map { "\($0.tail)->\($0.head)" } == graph.edges.map { "\($0.tail)->\($0.head)" }, "\(file)")
        }
    }

    @Test func htmlLabelsAndURLsKeepTheirKind() throws {
        let graph = try Graphviz.parseDOT(String(contentsOf: fixtureURL("url.gv"), encoding: .utf8))
        let colors = try #require(graph.nodes.first { $0.name == "colors" })
        guard case .html(let markup) = colors.attributes["label"] else {
            Issue.record("label of colors is not HTML")
            return
        }
        #expect(markup.hasPrefix("<table href="))
        let name = try #require(graph.nodes.first { $0.name == "name" })
        #expect(name.attributes["URL"] == .raw("\\G \\N"))
    }

    @Test func latin1FileIsDecodedByItsCharset() throws {
        let bytes = Array(try Data(contentsOf: fixtureURL("Latin1.gv")))
        let graph = try Graphviz.parseDOT(bytes: bytes)
        let label = try #require(graph.nodes.first?.attributes["label"])
        let start = bytes.firstIndex(of: UInt8(ascii: "\""))! + 1
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\""))!
        let expected = String(data: Data(bytes[start..<end]), encoding: .isoLatin1)!
        #expect(label == .raw(expected))
        #expect(expected.unicodeScalars.contains { $0.value >= 0xC0 })
    }

    @Test func onlyTheFirstGraphIsReadAndTheRestDoesNotLeak() throws {
        let first = try Graphviz.parseDOT("digraph A { a } digraph B { b }")
        #expect(first.name == "A")
        let next = try Graphviz.parseDOT("digraph C { c }")
        #expect(next.name == "C")
        #expect(next.nodes.map(\.name) == ["c"])
    }

    @Test func syntaxErrorLinesCountFromTheTextItself() {
        _ = try? Graphviz.parseDOT("digraph { a }\n\n\n")
        #expect {
            _ = try Graphviz.parseDOT("digraph {\n a -> ; }")
        } throws: { error in
            (error as? GraphvizError)?.message == "Error: syntax error in line 2 near ';'"
        }
    }
}
