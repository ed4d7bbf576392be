import Foundation
import Testing

/// End-to-end: each command on the shipped corpus and on a small edge list, as a user runs it.
@Suite("influence commands") struct CommandTests {
    static let edgeList = """
        citing\tcited
        b\ta
        c\ta
        c\tb
        d\tc
        e\tc
        e\tb

        """

    func writeEdgeList() throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        let url = dir.appendingPathComponent("cites.tsv")
        try CommandTests.edgeList.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Search path counts grow exponentially with depth: 45 layers of 3 papers, each citing every
    /// paper of the layer before, have 3^45 ≈ 3·10^21 paths, beyond a 64-bit integer.
    @Test func hugeCountsArePrintedNotTrapped() throws {
        var rows = ["citing\tcited"]
        for layer in 1..<45 {
            for a in 0..<3 { for b in 0..<3 { rows.append("n\(layer)_\(a)\tn\(layer - 1)_\(b)") } }
        }
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("layers.tsv")
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", "--by", "spc", "--top", "2", "--corpus", file.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("e+"), "\(r.stdout)")
    }

    @Test func versionIsPrinted() throws {
        let r = try CLIRunner.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("influence "), "\(r.stdout)")
    }

    @Test func rankJSONHasTheDocumentedShape() throws {
        let r = try CLIRunner.run(["rank", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try CLIRunner.json(r) as? [[String: Any]])
        #expect(rows.count == 10)
        for (i, row) in rows.enumerated() {
            #expect(row["rank"] as? Int == i + 1)
            #expect(row["id"] is String && row["label"] is String && row["score"] is Double)
            #expect(row["kind"] as? String == "paper")
        }
        let scores = rows.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
    }

    @Test func rankTopZeroListsEveryPaper() throws {
        let r = try CLIRunner.run(["rank", "--top", "0", "--format", "json"])
        let rows = try #require(try CLIRunner.json(r) as? [[String: Any]])
        #expect(rows.count == 46)
        let all = try CLIRunner.run(["rank", "--top", "0", "--include-systems", "--format", "json"])
        let allRows = try #require(try CLIRunner.json(all) as? [[String: Any]])
        #expect(allRows.count > 46)
        #expect(allRows.contains { $0["kind"] as? String == "system" })
    }

    @Test(arguments: ["pagerank", "reach", "betweenness", "katz", "hits", "indegree", "outdegree", "spc"])
    func rankByEveryMetric(metric: String) throws {
        let r = try CLIRunner.run(["rank", "--by", metric, "--top", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count >= 7)
        #expect(!r.stdout.contains("\u{1B}["), "no colour when piped")
    }

    @Test func rankTextIsATable() throws {
        let r = try CLIRunner.run(["rank", "--top", "3"])
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Most influential papers by PageRank"))
        #expect(lines.contains { $0.contains("reaches") && $0.contains("directly") })
    }

    @Test func lineageOfInstructGPTHoldsWhatItApplied() throws {
        let r = try CLIRunner.run(["lineage", "InstructGPT", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try CLIRunner.json(r) as? [String: Any])
        let paper = try #require(json["paper"] as? [String: Any])
        #expect(paper["title"] as? String == "Training Language Models to Follow Instructions with Human Feedback")
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        let labels = Set(nodes.compactMap { $0["label"] as? String })
        #expect(labels.contains("GPT-3"))
        #expect(labels.contains("RLHF"))
        #expect(nodes.allSatisfy { ($0["depth"] as? Int ?? 0) >= 1 })
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.allSatisfy { ($0["evidence"] as? String)?.isEmpty == false })
    }

    @Test func lineageTextShowsGenerationsAndEvidence() throws {
        let r = try CLIRunner.run(["lineage", "instructgpt"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("What led to InstructGPT"))
        #expect(r.stdout.contains("generation 1"))
        #expect(r.stdout.contains("“Applied RLHF to GPT-3"))
    }

    @Test func impactOfTheTransformerReachesLaterWork() throws {
        let r = try CLIRunner.run(["impact", "the transformer", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try CLIRunner.json(r) as? [String: Any])
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.count >= 5)
        let depthOne = nodes.filter { $0["depth"] as? Int == 1 }
        #expect(!depthOne.isEmpty)
        let limited = try CLIRunner.run(["impact", "Transformer", "--depth", "1", "--format", "json"])
        let limitedNodes = try #require((try CLIRunner.json(limited) as? [String: Any])?["nodes"] as? [[String: Any]])
        #expect(limitedNodes.count == depthOne.count)
    }

    @Test func pathJoinsTwoPapersWithEvidence() throws {
        let r = try CLIRunner.run(["path", "Transformer", "InstructGPT", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try CLIRunner.json(r) as? [String: Any])
        let paths = try #require(json["paths"] as? [[String: Any]])
        #expect(!paths.isEmpty)
        let first = try #require(paths.first?["nodes"] as? [String])
        let from = try #require((json["from"] as? [String: Any])?["id"] as? String)
        let to = try #require((json["to"] as? [String: Any])?["id"] as? String)
        #expect(first.first == from && first.last == to)
    }

    @Test func orderPutsInfluencesFirst() throws {
        let order = try CLIRunner.run(["order", "--format", "json"])
        let rows = try #require(try CLIRunner.json(order) as? [[String: Any]])
        let position = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($0.element["id"] as! String, $0.offset) })
        let export = try CLIRunner.run(["export", "--format", "json"])
        let graph = try #require(try CLIRunner.json(export) as? [String: Any])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        #expect(!edges.isEmpty)
        for edge in edges {
            let s = edge["source"] as! String, t = edge["target"] as! String
            #expect(position[s]! < position[t]!, "\(s) → \(t) out of order")
        }
        let text = try CLIRunner.run(["order"])
        #expect(text.stdout.contains("Pre-Transformer"))
    }

    @Test func exportJSONHasTypedEvidencedEdges() throws {
        let r = try CLIRunner.run(["export", "--format", "json"])
        let graph = try #require(try CLIRunner.json(r) as? [String: Any])
        let nodes = try #require(graph["nodes"] as? [[String: Any]])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        let ids = Set(nodes.compactMap { $0["id"] as? String })
        #expect(ids.count == nodes.count, "ids are unique")
        #expect(nodes.filter { $0["kind"] as? String == "paper" }.count == 46)
        for e in edges {
            #expect(ids.contains(e["source"] as! String) && ids.contains(e["target"] as! String))
            #expect(e["relation"] is String && e["evidence"] is String && e["confidence"] is Double)
        }
        #expect(graph["comparisons"] is [Any])
    }

    @Test(arguments: ["dot", "graphml", "tsv"])
    func exportFormats(format: String) throws {
        let r = try CLIRunner.run(["export", "--format", format])
        #expect(r.status == 0, "\(r.stderr)")
        switch format {
        case "dot": #expect(r.stdout.hasPrefix("digraph"))
        case "graphml": #expect(r.stdout.contains("<graphml") && r.stdout.contains("<edge "))
        default: #expect(r.stdout.hasPrefix("source\ttarget\trelation"))
        }
    }

    @Test func exportedTSVReadsBack() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("edges.tsv").path
        #expect(try CLIRunner.run(["export", "--format", "tsv", "-o", file]).status == 0)
        let original = try CLIRunner.run(["edges", "--format", "json"])
        let again = try CLIRunner.run(["edges", "--corpus", file, "--format", "json"])
        #expect(again.status == 0, "\(again.stderr)")
        let a = try #require((try CLIRunner.json(original) as? [String: Any])?["edges"] as? [[String: Any]])
        let b = try #require((try CLIRunner.json(again) as? [String: Any])?["edges"] as? [[String: Any]])
        #expect(a.count == b.count)
    }

    @Test func edgesListsEvidenceAndComparisonsApart() throws {
        let r = try CLIRunner.run(["edges"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("influence edges"))
        #expect(r.stdout.contains("“"))
    }

    @Test func checkReportsTheUntitledEntryWithItsLine() throws {
        let r = try CLIRunner.run(["check", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try CLIRunner.json(r) as? [[String: Any]])
        let untitled = rows.filter { $0["code"] as? String == "untitled-entry" }
        #expect(untitled.count == 1)
        let lines = try String(contentsOf: CLIRunner.root.appendingPathComponent("Graphs/ai-research-papers.txt"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(untitled.first?["line"] as? Int)
        #expect(lines[line - 1].hasPrefix("Introduced sliding window attention"))
    }

    @Test func edgeListWorksForEveryCommand() throws {
        let file = try writeEdgeList().path
        let rank = try CLIRunner.run(["rank", "--corpus", file, "--by", "reach", "--format", "json"])
        let rows = try #require(try CLIRunner.json(rank) as? [[String: Any]])
        #expect(rows.first?["id"] as? String == "a")
        #expect(rows.first?["score"] as? Double == 4)
        let lineage = try CLIRunner.run(["lineage", "e", "--corpus", file, "--format", "json"])
        let nodes = try #require((try CLIRunner.json(lineage) as? [String: Any])?["nodes"] as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["id"] as? String }) == ["a", "b", "c"])
        for command in [["order"], ["mainpath"], ["edges"], ["check"], ["path", "a", "e"], ["impact", "a"]] {
            let r = try CLIRunner.run(command + ["--corpus", file])
            #expect(r.status == 0, "\(command): \(r.stderr)")
        }
    }

    /// Cora (Graphs/cora-citations.tsv), a real citation graph with cycles: PageRank's top five
    /// equal networkx 3.6.1's `pagerank(G, alpha=0.85, tol=1e-12)` on the citing → cited graph
    /// (values printed by networkx and copied here).
    @Test func coraPageRankMatchesNetworkx() throws {
        let expected: [(String, Double)] = [("15429", 0.02594051244526615), ("10177", 0.02516072639438966),
                                            ("35", 0.02497162470013193), ("210871", 0.011792370941135838),
                                            ("210872", 0.009784312381382995)]
        let r = try CLIRunner.run(["rank", "--corpus", "Graphs/cora-citations.tsv", "--top", "5", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try CLIRunner.json(r) as? [[String: Any]])
        #expect(rows.count == 5)
        for (row, (id, score)) in zip(rows, expected) {
            #expect(row["id"] as? String == id)
            #expect(abs((row["score"] as? Double ?? 0) - score) < 1e-8)
        }
    }

    @Test func headerlessSNAPEdgeListIsReadAsCitations() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("cit-Tiny.txt")
        // SNAP's layout: '#' comments, then FromNodeId<TAB>ToNodeId (citing, cited), CRLF.
        let text = "# Directed graph\r\n# FromNodeId\tToNodeId\r\n2\t1\r\n3\t1\r\n3\t2\r\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let r = try CLIRunner.run(["rank", "--corpus", file.path, "--by", "indegree", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try #require(try CLIRunner.json(r) as? [[String: Any]])
        #expect(rows.first?["id"] as? String == "1")
        #expect(rows.first?["score"] as? Double == 2)
        let check = try CLIRunner.run(["check", "--corpus", file.path])
        #expect(check.stdout.contains("headerless-edge-list"))
    }

    @Test func mainPathFollowsSearchPathCounts() throws {
        let file = try writeEdgeList().path
        let r = try CLIRunner.run(["mainpath", "--corpus", file, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try CLIRunner.json(r) as? [String: Any])
        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(!edges.isEmpty)
        #expect(edges.allSatisfy { ($0["weight"] as? Double ?? 0) > 0 })
        let shipped = try CLIRunner.run(["mainpath"])
        #expect(shipped.status == 0, "\(shipped.stderr)")
    }

    @Test func outputIsDeterministic() throws {
        let a = try CLIRunner.run(["export", "--format", "json"])
        let b = try CLIRunner.run(["export", "--format", "json"])
        #expect(a.stdout == b.stdout)
        let c = try CLIRunner.run(["export", "--format", "dot"])
        let d = try CLIRunner.run(["export", "--format", "dot"])
        #expect(c.stdout == d.stdout)
    }

    @Test func helpTeachesWithExamples() throws {
        for command in ["render", "lineage", "impact", "path", "rank", "order", "mainpath", "edges", "export", "check"] {
            let r = try CLIRunner.run([command, "--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Examples:"), "\(command) --help has examples")
            #expect(r.stdout.contains("--corpus"), "\(command) --help names --corpus")
        }
    }
}
