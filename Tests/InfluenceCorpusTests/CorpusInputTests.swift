import Foundation
import Testing
@testable import InfluenceCorpus

@Suite struct CorpusInputTests {
    @Test func formatsByExtension() throws {
        #expect(try CorpusFormat(path: "a/b.TXT") == .page)
        #expect(try CorpusFormat(path: "b.jsonl") == .jsonLines)
        #expect(try CorpusFormat(path: "x.y/b.tsv") == .tsv)
        #expect(try CorpusFormat(path: "b.csv") == .csv)
        #expect { try CorpusFormat(path: "data/cit-HepTh.txt.gz") } throws: { error in
            (error as? CorpusError)?.message.hasPrefix("a compressed file; decompress it first (gunzip -k data/cit-HepTh.txt.gz)") == true
        }
        for path in ["b.gv", "b.dot", "b.md", "noext", "dir.txt/file", "b.tsv.gz"] {
            #expect { try CorpusFormat(path: path) } throws: { error in
                let e = error as? CorpusError
                return e?.kind == .unknownFormat && e?.file == path && e?.message.contains(".txt, .jsonl, .tsv, .csv") == true
            }
        }
    }

    @Test func metadataBesideTheCorpusIsFound() throws {
        let page = try String(contentsOfFile: fixturePath("ai-research-papers", "txt"), encoding: .utf8)
        let path = try temporaryFile(page, ext: "txt", name: "papers")
        let yaml = try String(contentsOfFile: fixturePath("ai-research-papers-sample", "yaml"), encoding: .utf8)
        try yaml.write(toFile: path.replacingOccurrences(of: ".txt", with: ".yml"), atomically: true, encoding: .utf8)
        #expect(CorpusMetadata.path(besideCorpus: path) == path.replacingOccurrences(of: ".txt", with: ".yml"))
        guard case .corpus(let corpus) = try readCorpus(at: path) else {
            Issue.record("expected a corpus")
            return
        }
        #expect(corpus.entries.count == 46)
        #expect(corpus.eras.count == 7)
        #expect(corpus.entries.contains { $0.id == "mistral-7b" && $0.title == nil })
    }

    @Test func explicitMetadataAndMergedFiles() throws {
        let page = try temporaryFile("E\n2000The era\nA Paper\nIts description.\n", ext: "txt")
        let lines = try temporaryFile("{\"title\": \"A Paper\", \"era\": \"E\"}\n{\"title\": \"B Paper\", \"era\": \"F\"}\n", ext: "jsonl")
        let metadata = try temporaryFile("papers:\n  - title: B Paper\n    short: B\n", ext: "yaml")
        guard case .corpus(let corpus) = try readCorpus(at: [page, lines], metadata: metadata) else {
            Issue.record("expected a corpus")
            return
        }
        #expect(corpus.entries.map(\.id) == ["a-paper", "a-paper-2", "b"])
        #expect(corpus.eras.map(\.name) == ["E", "F"])
        #expect(corpus.eras.first?.years == 2000...2000)
        #expect(corpus.diagnostics.map(\.code) == ["duplicate-id"])
    }

    @Test func edgeListsGiveAGraph() throws {
        let path = try temporaryFile("citing,cited\nb,a\n", ext: "csv")
        guard case .graph(let graph, let diagnostics) = try readCorpus(at: path) else {
            Issue.record("expected a graph")
            return
        }
        #expect(graph.nodes.map(\.id) == ["b", "a"])
        #expect(diagnostics.isEmpty)
        let page = try temporaryFile("T\nD.\n", ext: "txt")
        #expect { try readCorpus(at: [path, page]) } throws: { ($0 as? CorpusError)?.kind == .unknownFormat }
        #expect { try readCorpus(at: "/nonexistent/p.txt") } throws: { ($0 as? CorpusError)?.kind == .fileNotFound }
        #expect { try readCorpus(at: "/tmp") } throws: { ($0 as? CorpusError)?.kind == .unknownFormat }
        let dir = try temporaryFile("x", ext: "txt", name: "d")
        let asDirectory = dir.replacingOccurrences(of: "/d.txt", with: "")
        #expect { try PageReader.read(at: asDirectory) } throws: { ($0 as? CorpusError)?.kind == .unreadable }
    }
}
