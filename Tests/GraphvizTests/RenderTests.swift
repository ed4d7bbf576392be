import Foundation
import Testing
@testable import Graphviz

/// A three-node drawing: a cluster, default attributes, an HTML label, and two edges.
func tinyDrawing() -> Drawing {
    Drawing(
        name: "tiny",
        attributes: ["rankdir": "LR"],
        nodeDefaults: ["shape": "box"],
        subgraphs: [Drawing.Subgraph("cluster_one", attributes: ["label": "One"], nodes: [Drawing.Node("a")])],
        nodes: [Drawing.Node("b", ["label": .html("<B>bee</B>")]), Drawing.Node("c")],
        edges: [Drawing.Edge("a", "b"), Drawing.Edge("b", "c", ["style": "dashed"])])
}

func svgText(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

@Suite("Rendering") struct RenderTests {
    @Test func svgHasTheNodesAndEdges() throws {
        let svg = svgText(try Graphviz.render(tinyDrawing()))
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<g id=\"node1\" class=\"node\">\n<title>a</title>"))
        #expect(svg.contains("<g id=\"node2\" class=\"node\">\n<title>b</title>"))
        #expect(svg.contains("<g id=\"node3\" class=\"node\">\n<title>c</title>"))
        #expect(svg.contains("<g id=\"edge1\" class=\"edge\">\n<title>a&#45;&gt;b</title>"))
        #expect(svg.contains("<g id=\"edge2\" class=\"edge\">\n<title>b&#45;&gt;c</title>"))
        #expect(svg.contains("<g id=\"clust1\" class=\"cluster\">\n<title>cluster_one</title>"))
        #expect(svg.contains("font-weight=\"bold\"") && svg.contains(">bee</text>"))
        #expect(svg.contains("stroke-dasharray"))
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 3)
        #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == 2)
    }

    @Test func directRenderingMatchesRenderingItsDOTSource() throws {
        let drawing = tinyDrawing()
        for format in [OutputFormat.svg, .plain, .dot] {
            let direct = try Graphviz.render(drawing, format: format)
            let viaDOT = try Graphviz.render(dot: drawing.dotSource, format: format)
            #expect(direct == viaDOT, "format \(format)")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let first = try Graphviz.render(tinyDrawing())
        let second = try Graphviz.render(tinyDrawing())
        #expect(first == second)
    }

    @Test(arguments: LayoutEngine.standard)
    func everyStandardEngineLaysOut(engine: LayoutEngine) throws {
        let plain = svgText(try Graphviz.render(tinyDrawing(), engine: engine, format: .plain))
        #expect(plain.hasPrefix("graph "))
        #expect(plain.contains("\nnode a "))
        #expect(plain.hasSuffix("stop\n"))
    }

    @Test(arguments: [OutputFormat.png, .pdf, .json, .xdot, .canon])
    func otherFormatsRender(format: OutputFormat) throws {
        let bytes = try Graphviz.render(tinyDrawing(), format: format)
        let magic: [OutputFormat: [UInt8]] = [.png: [0x89, 0x50, 0x4E, 0x47], .pdf: Array("%PDF".utf8),
                                              .json: Array("{".utf8), .xdot: Array("digraph".utf8),
                                              .canon: Array("digraph".utf8)]
        #expect(Array(bytes.prefix(magic[format]!.count)) == magic[format]!)
    }

    @Test func malformedDOTThrowsWithGraphvizMessage() {
        #expect {
            _ = try Graphviz.render(dot: "digraph { a -> ; }")
        } throws: { error in
            guard let error = error as? GraphvizError, case .failed(let function, let message) = error else { return false }
            return function == "agmemread" && message.contains("syntax error in line 1")
        }
        #expect {
            _ = try Graphviz.parseDOT("digraph {\n a -> b\n c [label=\"x\" \n")
        } throws: { error in
            (error as? GraphvizError)?.function == "agmemread" && (error as? GraphvizError)?.message.contains("syntax error") == true
        }
        // The parser recovers: a well-formed graph still reads after a malformed one.
        #expect(throws: Never.self) { _ = try Graphviz.parseDOT("digraph { x -> y }") }
    }

    @Test func unknownEngineThrowsFromGvLayout() {
        do {
            _ = try Graphviz.render(tinyDrawing(), engine: "no-such-engine")
            Issue.record("expected an error")
        } catch {
            #expect(error.function == "gvLayout")
            #expect(error.message.contains("Layout type: \"no-such-engine\" not recognized"))
            #expect(error.message.contains("dot"))  // Graphviz lists the engines it has
            #expect(!error.message.contains("libgvc6-config-update"))
        }
    }

    @Test func unknownFormatThrowsFromGvRenderData() {
        do {
            _ = try Graphviz.render(tinyDrawing(), format: "no-such-format")
            Issue.record("expected an error")
        } catch {
            #expect(error.function == "gvRenderData")
            #expect(error.message.contains("no-such-format"))
            #expect(error.description.hasPrefix("gvRenderData: "))
        }
    }

    @Test func malformedHTMLLabelIsAnError() {
        var drawing = tinyDrawing()
        drawing.nodes[0].attributes["label"] = .html("<B>unclosed")
        #expect(throws: GraphvizError.self) { _ = try Graphviz.render(drawing) }
    }

    @Test func nulCharacterIsRejected() {
        var drawing = tinyDrawing()
        drawing.nodes[1].attributes["label"] = .text("a\u{0}b")
        #expect(throws: GraphvizError.invalidInput("a name or attribute contains a NUL character")) {
            _ = try Graphviz.render(drawing)
        }
    }

    @Test func concurrentCallsAreSerialized() async throws {
        let expected = try Graphviz.render(tinyDrawing(), format: .plain)
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<16 {
                group.addTask {
                    if i % 2 == 0 { _ = try Graphviz.parseDOT("digraph { a -> b -> c }") }
                    return try Graphviz.render(tinyDrawing(), format: .plain)
                }
            }
            for try await result in group { #expect(result == expected) }
        }
    }

    @Test func agwriteDescribesTheSameGraph() throws {
        let written = try Graphviz.writeDOT(tinyDrawing())
        let parsed = try Graphviz.parseDOT(written)
        #expect(parsed.nodes.map(\.name) == ["a", "b", "c"])
        #expect(parsed.edges.map { "\($0.tail)->\($0.head)" } == ["a->b", "b->c"])
        #expect(parsed.clusters.map(\.name) == ["cluster_one"])
        #expect(parsed.nodes[1].attributes["label"] == .html("<B>bee</B>"))
        #expect(parsed.nodes[0].attributes["shape"] == .raw("box"))
    }
}

@Suite("Determinism") struct DeterminismTests {
    /// cgraph's default ids are the addresses of names and order subgraphs; ours follow first use.
    @Test func clusterOrderDoesNotDependOnMemory() throws {
        let names = ["cluster_b", "cluster_a", "cluster_d", "cluster_c", "rows"]
        let drawing = Drawing(subgraphs: names.map { Drawing.Subgraph($0, attributes: ["label": .text($0)],
                                                                      nodes: [Drawing.Node($0 + "_node")]) })
        let first = svgText(try Graphviz.render(drawing))
        for _ in 0..<5 {
            _ = try Graphviz.parseDOT("digraph { subgraph cluster_z { q } x -> y }")  // churn the allocator
            #expect(svgText(try Graphviz.render(drawing)) == first)
            #expect(svgText(try Graphviz.render(dot: drawing.dotSource)) == first)
        }
        let titles = first.components(separatedBy: "<title>").dropFirst().compactMap { $0.components(separatedBy: "</title>").first }
        #expect(Array(titles.filter { $0.hasPrefix("cluster") && !$0.hasSuffix("_node") }) == ["cluster_b", "cluster_a", "cluster_d", "cluster_c"])
    }
}

@Suite("Plugin configuration") struct PluginConfigurationTests {
    /// Without `config6a`, Graphviz knows no engine at all and says the standard one is "not recognized".
    @Test func missingPluginsTellHowToRegisterThem() {
        let graphviz = "Error: Layout type: \"dot\" not recognized. Use one of:"
        let message = CGraph.layoutFailureMessage(engine: .dot, graphviz: graphviz)
        #expect(message.hasPrefix(graphviz))
        #expect(message.contains("libgvc6-config-update -c"))
        let unknown = CGraph.layoutFailureMessage(engine: "no-such-engine", graphviz: "Error: Layout type: \"no-such-engine\" not recognized.")
        #expect(!unknown.contains("libgvc6-config-update"))
    }
}
