import Foundation
import Testing

/// Every kind of bad input gets one clear line on stderr and a non-zero exit, never a crash.
@Suite("bad input") struct BadInputTests {
    func expectCleanFailure(_ args: [String], mentions needles: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let r = try CLIRunner.run(args)
        #expect(r.status != 0, "exit status", sourceLocation: sourceLocation)
        #expect(r.status < 128, "no crash (signal)", sourceLocation: sourceLocation)
        #expect(r.stdout.isEmpty || args.contains("--help"), "nothing on stdout: \(r.stdout)", sourceLocation: sourceLocation)
        for needle in needles {
            #expect(r.stderr.contains(needle), "stderr mentions \(needle): \(r.stderr)", sourceLocation: sourceLocation)
        }
        #expect(!r.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
    }

    @Test func unknownPaperSuggestsCandidates() throws {
        try expectCleanFailure(["lineage", "InstructGTP-9000"], mentions: ["did you mean", "InstructGPT"])
        try expectCleanFailure(["lineage", "zzzzqqqq"], mentions: ["no paper or system matches \"zzzzqqqq\""])
    }

    @Test func closeSpellingIsTakenWithANote() throws {
        let r = try CLIRunner.run(["lineage", "Instruct GTP", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("taking \"Instruct GTP\" to mean InstructGPT"))
    }

    @Test func ambiguousPaperListsTheCandidates() throws {
        // "DeepSeek" prefixes two entries of the shipped corpus.
        try expectCleanFailure(["impact", "deepseek"], mentions: ["ambiguous", "DeepSeek-V2", "DeepSeek-R1"])
    }

    @Test func missingCorpus() throws {
        try expectCleanFailure(["rank", "--corpus", "/nonexistent/papers.txt"], mentions: ["/nonexistent/papers.txt"])
    }

    @Test func unknownCorpusFormat() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("papers.xlsx")
        try Data("x".utf8).write(to: file)
        try expectCleanFailure(["rank", "--corpus", file.path], mentions: ["papers.xlsx"])
    }

    @Test func malformedCorpusNamesFileAndLine() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("papers.jsonl")
        try Data("{\"title\": \"A\"}\n{\"title\": \n".utf8).write(to: jsonl)
        try expectCleanFailure(["rank", "--corpus", jsonl.path], mentions: ["papers.jsonl:2"])
        let tsv = dir.appendingPathComponent("cites.tsv")
        try Data("citing\tcited\na\tb\nc\td\te\n".utf8).write(to: tsv)
        try expectCleanFailure(["rank", "--corpus", tsv.path], mentions: ["cites.tsv:3", "expected 2 fields"])
        let dot = dir.appendingPathComponent("graph.gv")
        try Data("digraph { a -> }\n".utf8).write(to: dot)
        try expectCleanFailure(["rank", "--corpus", dot.path], mentions: ["graph.gv"])
    }

    @Test func pageWithoutPapers() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("empty.txt")
        try Data("\n\n".utf8).write(to: file)
        try expectCleanFailure(["rank", "--corpus", file.path], mentions: ["empty.txt", "empty"])
    }

    @Test func unknownMetricFormatAndEngine() throws {
        try expectCleanFailure(["rank", "--by", "fame"], mentions: ["fame"])
        try expectCleanFailure(["rank", "--format", "yaml"], mentions: ["yaml"])
        try expectCleanFailure(["export", "--format", "xlsx"], mentions: ["xlsx"])
        try expectCleanFailure(["render", "--engine", "magic", "-o", "/tmp/x.svg"], mentions: ["magic"])
    }

    @Test func conflictingOrInvalidOptions() throws {
        try expectCleanFailure(["rank", "--top", "-3"], mentions: ["--top"])
        try expectCleanFailure(["lineage", "LoRA", "--depth", "0"], mentions: ["--depth"])
        try expectCleanFailure(["render", "--focus", "LoRA", "--top", "5", "-o", "/tmp/x.svg"], mentions: ["--focus", "--top"])
    }

    @Test func unwritableOutput() throws {
        try expectCleanFailure(["rank", "-o", "/nonexistent-dir/out.txt"], mentions: ["/nonexistent-dir/out.txt"])
    }
}
