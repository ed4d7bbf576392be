import Foundation
import Testing

/// The styled drawing of the shipped corpus, compared as DOT (not SVG, so the test does not
/// depend on the Graphviz version). After an intended change of style or mining, rewrite it with
/// `INFLUENCE_UPDATE_GOLDEN=1 swift test --filter GoldenDOTTests` and review the diff.
@Suite("golden DOT") struct GoldenDOTTests {
    static let golden = CLIRunner.root.appendingPathComponent("Tests/CLITests/Golden/ai-research-papers.dot")

    @Test func shippedCorpusDrawsAsTheGoldenDOT() throws {
        let r = try CLIRunner.run(["render", "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        if ProcessInfo.processInfo.environment["INFLUENCE_UPDATE_GOLDEN"] == "1" {
            try r.stdoutData.write(to: GoldenDOTTests.golden)
        }
        let expected = try String(contentsOf: GoldenDOTTests.golden, encoding: .utf8)
        #expect(r.stdout == expected, "render --format dot differs from Tests/CLITests/Golden/ai-research-papers.dot")
    }

    @Test func svgIsByteIdenticalAcrossRuns() throws {
        let a = try CLIRunner.run(["render"])
        let b = try CLIRunner.run(["render"])
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stdout.hasPrefix("<?xml"))
        #expect(a.stdout == b.stdout)
    }

    @Test func focusAndTopDrawOnlyTheirPart() throws {
        let focus = try CLIRunner.run(["render", "--focus", "InstructGPT", "--format", "dot"])
        #expect(focus.status == 0, "\(focus.stderr)")
        let lineage = try CLIRunner.run(["lineage", "InstructGPT", "--format", "json"])
        let impact = try CLIRunner.run(["impact", "InstructGPT", "--format", "json"])
        let labels = try [lineage, impact].flatMap { r -> [String] in
            let json = try #require(try CLIRunner.json(r) as? [String: Any])
            return (json["nodes"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
        }
        for label in labels + ["InstructGPT"] { #expect(focus.stdout.contains(label), "\(label) drawn") }
        #expect(!focus.stdout.contains("Whisper"))
        let top = try CLIRunner.run(["render", "--top", "5", "--format", "svg"])
        #expect(top.status == 0, "\(top.stderr)")
        #expect(top.stdout.components(separatedBy: "class=\"node\"").count - 1 >= 5)
    }

    /// A paper with no stated influence is drawn highlighted among the other papers of its era, faded.
    @Test func focusOnALonePaperShowsItsEra() throws {
        let r = try CLIRunner.run(["render", "--focus", "LoRA", "--format", "dot"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("among the 10 other papers of its era, faded"), "\(r.stderr)")
        for peer in ["Megatron-LM", "Chinchilla", "Switch Transformers"] { #expect(r.stdout.contains(peer), "\(peer) drawn") }
        #expect(!r.stdout.contains("InstructGPT"), "papers of other eras are left out")
        let withLineage = try CLIRunner.run(["render", "--focus", "InstructGPT", "--format", "dot"])
        #expect(!withLineage.stderr.contains("of its era"))
    }

    /// Without --format, the extension of -o names the format; --format wins, with a note.
    @Test func outputExtensionChoosesTheFormat() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let png = dir.appendingPathComponent("top.PNG").path
        let r = try CLIRunner.run(["render", "--top", "3", "-o", png])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let gv = dir.appendingPathComponent("top.gv").path
        _ = try CLIRunner.run(["render", "--top", "3", "-o", gv])
        #expect(try String(contentsOfFile: gv, encoding: .utf8).hasPrefix("digraph"))
        let svgAsPNG = dir.appendingPathComponent("really-svg.png").path
        let forced = try CLIRunner.run(["render", "--top", "3", "--format", "svg", "-o", svgAsPNG])
        #expect(forced.stderr.contains("writing svg to \(svgAsPNG), as --format says"))
        #expect(try String(contentsOfFile: svgAsPNG, encoding: .utf8).hasPrefix("<?xml"))
        let graphml = dir.appendingPathComponent("graph.graphml").path
        _ = try CLIRunner.run(["export", "-o", graphml])
        #expect(try String(contentsOfFile: graphml, encoding: .utf8).contains("<graphml"))
    }

    @Test func hostileTitlesStayText() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("hostile.jsonl")
        let lines = [
            #"{"id": "a", "title": "A <b>bold</b> & \"quoted\" -> {x} title", "year": 2001, "description": "Introduced things."}"#,
            #"{"id": "b", "title": "B; digraph { evil -> x }", "year": 2002, "description": "Extended A <b>bold</b> & \"quoted\" -> {x} title to more things."}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let svg = try CLIRunner.run(["render", "--corpus", file.path])
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(!svg.stdout.contains("<b>bold</b>"), "markup in a title is escaped")
        #expect(svg.stdout.contains("&lt;b&gt;") || svg.stdout.contains("&#60;b&#62;"))
        let dot = try CLIRunner.run(["render", "--corpus", file.path, "--format", "dot"])
        // DOT syntax in a title stays inside a quoted string or an escaped HTML label.
        #expect(dot.stdout.contains(#"tooltip="B; digraph { evil -> x } (2002)"#))
        #expect(dot.stdout.contains("evil -&gt; x"))
        #expect(!dot.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("evil") })
    }
}
