import Foundation
import Testing

/// A text corpus and a citation list given together: joined by id.
@Suite("combined input") struct CombinedInputTests {
    @Test func papersWithTextJoinACitationListById() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let papers = dir.appendingPathComponent("papers.jsonl")
        try """
            {"id": "p1", "title": "Widget Nets", "abstract": "We stack widgets."}
            {"id": "p2", "title": "Gizmo Layers", "abstract": "We layer gizmos."}
            {"id": "p9", "abstract": "A paper nobody cites."}

            """.write(to: papers, atomically: true, encoding: .utf8)
        let citations = dir.appendingPathComponent("citations.tsv")
        try "# citing\tcited (ids as in papers.jsonl)\np2\tp1\np3\tp1\n".write(to: citations, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["check", "--corpus", papers.path, "--corpus", citations.path, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let diagnostics = try #require(try CLIRunner.json(r) as? [[String: Any]])
        let messages = diagnostics.compactMap { $0["message"] as? String }
        #expect(messages.contains("2 of the 3 papers of \(papers.path) have an id of \(citations.path)"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("no header row; the columns are named by the comment on line 1 (citing, cited)") })
        let edges = try CLIRunner.run(["edges", "--corpus", papers.path, "--corpus", citations.path, "--format", "json"])
        let list = try #require((try CLIRunner.json(edges) as? [String: Any])?["edges"] as? [[String: Any]])
        let pairs = list.compactMap { e in (e["source"] as? String).flatMap { s in (e["target"] as? String).map { "\(s)>\($0)" } } }
        #expect(Set(pairs) == ["p1>p2", "p1>p3"])
        // The citation list's papers carry the titles of the text.
        let rank = try CLIRunner.run(["rank", "--corpus", papers.path, "--corpus", citations.path, "--top", "1"])
        #expect(rank.stdout.contains("Widget Nets"), "\(rank.stdout)")
    }

    /// A headerless SNAP-style .txt is a citation list, joined like a .tsv; metadata given with
    /// citation lists only is reported unused.
    @Test func snapTextJoinsAndMetadataIsReported() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let snap = dir.appendingPathComponent("snap.txt")
        try "# FromNodeId\tToNodeId\n1\t2\n2\t3\n".write(to: snap, atomically: true, encoding: .utf8)
        let papers = dir.appendingPathComponent("t.jsonl")
        try "{\"id\": \"1\", \"title\": \"One Paper\"}\n".write(to: papers, atomically: true, encoding: .utf8)
        let joined = try CLIRunner.run(["check", "--corpus", papers.path, "--corpus", snap.path, "--format", "json"])
        #expect(joined.status == 0, "\(joined.stderr)")
        let messages = try #require(try CLIRunner.json(joined) as? [[String: Any]]).compactMap { $0["message"] as? String }
        #expect(messages.contains("1 of the 1 papers of \(papers.path) have an id of \(snap.path)"), "\(messages)")
        let meta = dir.appendingPathComponent("meta.yaml")
        try "papers:\n  - title: X\n".write(to: meta, atomically: true, encoding: .utf8)
        let unused = try CLIRunner.run(["check", "--corpus", snap.path, "--metadata", meta.path])
        #expect(unused.stdout.contains("metadata-ignored"), "\(unused.stdout)")
    }

    @Test func anExtensionThatNamesNoFormatIsSaid() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let r = try CLIRunner.run(["render", "--top", "3", "-o", dir.appendingPathComponent("x.jpg").path])
        #expect(r.status == 0)
        #expect(r.stderr.contains(".jpg names no format I write; writing svg"), "\(r.stderr)")
    }
}
