import Foundation
import Graphviz
import InfluenceDrawing
import Testing

/// Renders the demo graph to files for a person to look at; runs only when
/// `INFLUENCE_LOOK_DIR` names a directory.
@Suite("Look") struct LookTests {
    static let directory = ProcessInfo.processInfo.environment["INFLUENCE_LOOK_DIR"]

    @Test(.enabled(if: directory != nil))
    func renderDemo() throws {
        let graph = DemoGraph.build()
        let style = InfluenceStyle(eras: DemoGraph.eras)
        let drawing = style.drawing(of: graph, scores: DemoGraph.scores(graph),
                                    view: InfluenceView(title: "Citation analysis and graph drawing"))
        let dir = URL(fileURLWithPath: Self.directory!)
        try drawing.dotSource.write(to: dir.appendingPathComponent("demo.gv"), atomically: true, encoding: .utf8)
        for format in [OutputFormat.svg, .png] {
            let bytes = try Graphviz.render(drawing, format: format)
            try Data(bytes).write(to: dir.appendingPathComponent("demo.\(format)"))
        }
        let focus = graph.index(ofID: "gansner-1993")!
        let faded = Set(0..<graph.nodes.count).subtracting([focus, graph.index(ofID: "sugiyama-1981")!,
                                                           graph.index(ofID: "graphviz")!])
        let focused = style.drawing(of: graph, scores: DemoGraph.scores(graph),
                                    view: InfluenceView(focus: focus, faded: faded))
        try Data(try Graphviz.render(focused, format: .png)).write(to: dir.appendingPathComponent("demo-focus.png"))
    }
}
