import Foundation
import Testing
import Graphviz

/// One timed layout+render to SVG, run only when `GRAPHVIZ_BENCH_FILE` is set; `bench.sh` runs it
/// once per case, each in its own process under `timeout`, since a slow dot layout cannot be stopped.
///
/// - `GRAPHVIZ_BENCH_FILE`: a file of `Fixtures/bench/` (e.g. `price-1000.gv`).
/// - `GRAPHVIZ_BENCH_ENGINE`: an engine, or `auto` for ``LayoutPlan/choose(nodeCount:edgeCount:requested:)``.
/// - `GRAPHVIZ_BENCH_ATTRS`: extra graph attributes, `name=value` separated by `;`.
@Suite("Layout benchmark") struct LayoutBenchmark {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["GRAPHVIZ_BENCH_FILE"] != nil))
    func timeOneLayout() throws {
        let file = Self.environment["GRAPHVIZ_BENCH_FILE"]!
        let engineName = Self.environment["GRAPHVIZ_BENCH_ENGINE"] ?? "auto"
        let extra = Self.environment["GRAPHVIZ_BENCH_ATTRS"] ?? ""
        let started = ContinuousClock.now
        let graph = try Graphviz.parseDOT(String(contentsOf: fixtureURL("bench/" + file), encoding: .utf8))
        var drawing = Drawing(graph)
        var engine = LayoutEngine(rawValue: engineName)
        var note = ""
        if engineName == "auto" {
            let plan = LayoutPlan.choose(nodeCount: graph.nodes.count, edgeCount: graph.edges.count,
                                         hasCycles: file.hasPrefix("random"))
            drawing = plan.applied(to: drawing)
            engine = plan.engine
            note = plan.note ?? ""
        }
        for pair in extra.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            drawing.attributes[String(parts[0])] = .text(String(parts[1]))
        }
        let svg = try Graphviz.render(drawing, engine: engine, format: .svg)
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        let line = "BENCH \(file) \(engine) [\(extra)] \(String(format: "%.2f", seconds)) s, \(svg.count) bytes \(note)"
        print(line)
        #expect(svg.count > 0)
    }
}
