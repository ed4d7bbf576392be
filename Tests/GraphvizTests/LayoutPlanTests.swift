import Foundation
import Testing
import Graphviz

@Suite("Layout plans and timeouts", .serialized) struct LayoutPlanTests {
    @Test func smallGraphsGetPlainDot() {
        let plan = LayoutPlan.choose(nodeCount: 40, edgeCount: 60)
        #expect(plan == LayoutPlan(engine: .dot))
        #expect(LayoutPlan.choose(nodeCount: 40, edgeCount: 60, requested: .neato) == LayoutPlan(engine: .neato))
    }

    @Test func mediumGraphsGetDotWithLimits() throws {
        let plan = LayoutPlan.choose(nodeCount: 200, edgeCount: 600)
        #expect(plan.engine == .dot)
        #expect(plan.graphAttributes["nslimit"] == .text("2") && plan.graphAttributes["mclimit"] == .text("0.5"))
        let note = try #require(plan.note)
        #expect(note.contains("200 nodes and 600 edges") && note.contains("iteration limits"))
        // Dense: few nodes, many edges.
        #expect(LayoutPlan.choose(nodeCount: 50, edgeCount: 400).graphAttributes["searchsize"] == .text("30"))
    }

    @Test func cyclicGraphsGetSmallerLimits() {
        #expect(LayoutPlan.choose(nodeCount: 200, edgeCount: 600, hasCycles: true).engine == .sfdp)
        #expect(LayoutPlan.choose(nodeCount: 80, edgeCount: 240, hasCycles: true).graphAttributes["nslimit"] == .text("2"))
        #expect(LayoutPlan.choose(nodeCount: 50, edgeCount: 100, hasCycles: true).engine == .dot)
        #expect(LayoutPlan.choose(nodeCount: 50, edgeCount: 100, hasCycles: true).graphAttributes["nslimit"] != nil)
        #expect(LayoutPlan.choose(nodeCount: 50, edgeCount: 100).graphAttributes.isEmpty)
    }

    @Test func largeGraphsGetSfdp() throws {
        let plan = LayoutPlan.choose(nodeCount: 1000, edgeCount: 3000)
        #expect(plan.engine == .sfdp)
        #expect(plan.graphAttributes == ["overlap": "true", "splines": "false", "outputorder": "edgesfirst"])
        #expect(LayoutPlan.choose(nodeCount: 400, edgeCount: 1200).graphAttributes["overlap"] == .text("prism"))
        #expect(try #require(plan.note).contains("sfdp"))
        let forced = LayoutPlan.choose(nodeCount: 1000, edgeCount: 3000, requested: .dot)
        #expect(forced.engine == .dot && forced.graphAttributes["nslimit"] != nil)
        #expect(try #require(forced.note).contains("may take minutes"))
        #expect(LayoutPlan.choose(nodeCount: 5000, edgeCount: 9000, requested: .neato).note?.contains("slow") == true)
    }

    @Test func planAttributesDoNotOverrideTheDrawing() {
        let drawing = Drawing(attributes: ["splines": "ortho"])
        let applied = LayoutPlan.choose(nodeCount: 1000, edgeCount: 3000).applied(to: drawing)
        #expect(applied.attributes["splines"] == .text("ortho"))
        #expect(applied.attributes["overlap"] == .text("true"))
    }

    /// The acceptance bound: a 1,000-node Price-model graph, read, planned, laid out and rendered
    /// to SVG in under 10 s.
    @Test func thousandNodePriceGraphRendersUnderTenSeconds() throws {
        let started = ContinuousClock.now
        let graph = try Graphviz.parseDOT(String(contentsOf: fixtureURL("bench/price-1000.gv"), encoding: .utf8))
        #expect(graph.nodes.count == 1000 && graph.edges.count == 2994)
        let plan = LayoutPlan.choose(nodeCount: graph.nodes.count, edgeCount: graph.edges.count)
        let svg = try Graphviz.render(plan.applied(to: Drawing(graph)), engine: plan.engine, timeout: 10)
        let elapsed = ContinuousClock.now - started
        #expect(elapsed < .seconds(10))
        #expect(svgText(svg).components(separatedBy: "class=\"node\"").count - 1 == 1000)
    }

    @Test func overrunningLayoutThrowsTimeoutAndGraphvizStaysUsable() throws {
        let text = try String(contentsOf: fixtureURL("bench/price-300.gv"), encoding: .utf8)
        #expect(throws: GraphvizError.timeout(seconds: 0.01)) {
            _ = try Graphviz.render(dot: text, engine: .dot, timeout: 0.01)
        }
        // The abandoned layout finishes in the background; later calls wait for it, then work.
        let svg = try Graphviz.render(tinyDrawing(), timeout: 120)
        #expect(svgText(svg).contains("<title>a</title>"))
        #expect(throws: GraphvizError.invalidInput("timeout must be positive, not 0.0")) {
            _ = try Graphviz.render(tinyDrawing(), timeout: 0)
        }
    }
}
