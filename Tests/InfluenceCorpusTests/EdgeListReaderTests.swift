import Foundation
import InfluenceGraph
import Testing
@testable import InfluenceCorpus

@Suite struct EdgeListReaderTests {
    /// `(source id, target id)` of every edge, in edge-id order.
    func pairs(_ graph: InfluenceGraph) -> [String] {
        (0..<graph.topology.edgeCount).map { e in
            "\(graph.nodes[Int(graph.topology.edgeSources[e])].id)>\(graph.nodes[Int(graph.topology.outTargets[e])].id)"
        }
    }

    @Test func citationListPointsFromCitedToCiting() throws {
        let path = try temporaryFile("citing\tcited\n2\t1\n3\t1\n3\t2\n", ext: "tsv")
        let (graph, diagnostics) = try EdgeListReader.read(at: path)
        #expect(graph.nodes.map(\.id) == ["2", "1", "3"])  // first-seen order
        #expect(graph.nodes.map(\.label) == ["2", "1", "3"])
        #expect(graph.nodes.allSatisfy { $0.kind == .paper })
        #expect(pairs(graph).sorted() == ["1>2", "1>3", "2>3"])
        #expect(graph.edgeInfo.isEmpty)
        #expect(graph.info(ofEdge: 0).relation == .cites)
        #expect(diagnostics.isEmpty)
    }

    /// No header row, but a comment before the data names the columns (as SNAP and derived datasets do).
    @Test func commentBeforeTheDataCanNameTheColumns() throws {
        let path = try temporaryFile("# citing\tcited  (row i cites column j)\n2\t1\n3\t1\n", ext: "tsv")
        let (graph, diagnostics) = try EdgeListReader.read(at: path)
        #expect(pairs(graph).sorted() == ["1>2", "1>3"])
        #expect(diagnostics.map(\.code) == ["header-from-comment"])
        #expect(diagnostics.first?.message == "no header row; the columns are named by the comment on line 1 (citing, cited)")
        // The last comment that names columns serves, even with commentary after it.
        let (later, _) = try EdgeListReader.read(at: temporaryFile("# citing\tcited\n# made by a script\n2\t1\n", ext: "tsv"))
        #expect(pairs(later) == ["1>2"])
        // A comment that names no columns leaves the error about the missing header.
        let unnamed = try temporaryFile("# made by a script\n2\t1\n", ext: "tsv")
        #expect(throws: CorpusError.self) { try EdgeListReader.read(at: unnamed) }
        do {
            _ = try EdgeListReader.read(at: unnamed)
        } catch {
            #expect(error.kind == .badHeader)
            #expect(error.line == 2)
        }
    }

    @Test func headerSynonymsAndFirstWords() throws {
        let (graph, _) = try EdgeListReader.read(at: temporaryFile("Influencer\tInfluenced (Wikipedia)\nAPL\tJ\n", ext: "tsv"))
        #expect(pairs(graph) == ["APL>J"])
        #expect(graph.info(ofEdge: 0).relation == .influenced)
        let (fromTo, _) = try EdgeListReader.read(at: temporaryFile("from,to\na,b\n", ext: "csv"))
        #expect(pairs(fromTo) == ["a>b"])
    }

    @Test func sourceTargetWithExtraColumnsKeepsAttributes() throws {
        let text = "Source,TARGET,weight,relation\na,b,0.5,extends\nb,c,2,builds_on\na,c,1,\nc,d,3,reimplemented\n"
        let (graph, diagnostics) = try EdgeListReader.read(at: temporaryFile(text, ext: "csv"))
        #expect(graph.nodes.map(\.id) == ["a", "b", "c", "d"])
        #expect(pairs(graph) == ["a>b", "a>c", "b>c", "c>d"])
        #expect(graph.edgeInfo.count == 4)
        let byPair = Dictionary(uniqueKeysWithValues: zip(pairs(graph), graph.edgeInfo))
        #expect(byPair["a>b"]?.relation == .extends)
        #expect(byPair["b>c"]?.relation == .buildsOn)
        #expect(byPair["a>c"]?.relation == .influenced)
        #expect(byPair["c>d"]?.relation == .influenced)
        #expect(byPair["a>b"]?.attributes == ["weight": "0.5"])
        #expect(byPair["c>d"]?.attributes == ["weight": "3", "relation": "reimplemented"])
        #expect(diagnostics.map(\.code) == ["unknown-relation"])
        #expect(diagnostics.first?.location?.line == 5)
    }

    @Test func quotedCSVFields() throws {
        let text = "citing,cited,note\n\"Smith, 2020\",\"Doe \"\"Jr\"\", 2019\",\"two\nlines\"\n\"x\",7,\"\"\n8,\"7\",plain\n"
        let (graph, _) = try EdgeListReader.read(at: temporaryFile(text, ext: "csv"))
        #expect(graph.nodes.map(\.id) == ["Smith, 2020", "Doe \"Jr\", 2019", "x", "7", "8"])
        let notes = Set(graph.edgeInfo.map { $0.attributes["note"] ?? "?" })
        #expect(notes == ["two\nlines", "", "plain"])
        // "7" quoted and 7 unquoted are one node.
        #expect(graph.topology.outDegree(3) == 2)
    }

    @Test func crlfBomBlankLinesAndComments() throws {
        let text = "# made by hand\r\n\r\nciting\tcited\r\n1\t2\r\n\r\n# a comment\r\n2\t3\r\n   \r\n3\t1"
        let path = try temporaryFile([0xEF, 0xBB, 0xBF] + Array(text.utf8), ext: "tsv")
        let (graph, _) = try EdgeListReader.read(at: path)
        #expect(graph.nodes.map(\.id) == ["1", "2", "3"])
        #expect(pairs(graph).sorted() == ["1>3", "2>1", "3>2"])
    }

    @Test func delimiterSniffedFromTheHeader() throws {
        let (graph, _) = try EdgeListReader.read(at: temporaryFile("cited\tciting\nA\tB\n", ext: "csv"))
        #expect(pairs(graph) == ["A>B"])
        let (other, _) = try EdgeListReader.read(at: temporaryFile("source,target\nA,B\n", ext: "tsv"))
        #expect(pairs(other) == ["A>B"])
        // A single quoted header cell holding both delimiters is sniffed once, then rejected.
        #expect { try EdgeListReader.read(at: temporaryFile("\"a\tb,c\"\n1\n", ext: "csv")) } throws: {
            ($0 as? CorpusError)?.kind == .badHeader
        }
    }

    @Test func integerAndTextIdsStayDistinct() throws {
        let text = "citing,cited\n7,007\n007,x7\n123456789012345678901,7\n18446744073709551615,0\n5000000,7\n"
        let (graph, _) = try EdgeListReader.read(at: temporaryFile(text, ext: "csv"))
        #expect(graph.nodes.map(\.id) == ["7", "007", "x7", "123456789012345678901", "18446744073709551615", "0", "5000000"])
        #expect(graph.topology.edgeCount == 5)
    }

    @Test func manyIdsKeepFirstSeenOrder() throws {
        // Dense, hashed (large) and text ids mixed, enough to grow every table.
        var rows = ["source\ttarget"]
        var expected: [String] = []
        var seen: Set<String> = []
        for i in 0..<5000 {
            let a = i % 3 == 0 ? "\(i * 7919 % 4001)" : (i % 3 == 1 ? "\(1_000_000_000 + i % 1500)" : "p\(i % 1700)")
            let b = "\((i * 31) % 2003)"
            rows.append("\(a)\t\(b)")
            for id in [a, b] where seen.insert(id).inserted { expected.append(id) }
        }
        let (graph, _) = try EdgeListReader.read(at: temporaryFile(rows.joined(separator: "\n"), ext: "tsv"))
        #expect(graph.nodes.map(\.id) == expected)
        #expect(graph.topology.edgeCount == 5000)
    }

    @Test func rowsSpanningReadChunks() throws {
        // Longer than one 4 MiB read: rows cut by chunk boundaries are read whole.
        var text = "citing,cited,pad\n"
        let pad = String(repeating: "z", count: 300)
        for i in 0..<20000 { text += "\(i + 1),\(i),\"\(pad)\"\n" }
        let (graph, _) = try EdgeListReader.read(at: temporaryFile(text, ext: "csv"))
        #expect(graph.topology.edgeCount == 20000)
        #expect(graph.edgeInfo.allSatisfy { $0.attributes["pad"] == pad })
    }

    @Test func severalFilesShareIds() throws {
        let a = try temporaryFile("citing,cited\n2,1\n", ext: "csv")
        let b = try temporaryFile("source\ttarget\tw\n2\t3\tx\n", ext: "tsv")
        let (graph, _) = try EdgeListReader.read(at: [a, b])
        #expect(graph.nodes.map(\.id) == ["2", "1", "3"])
        #expect(graph.edgeInfo.map(\.relation).sorted { $0.rawValue < $1.rawValue } == [.cites, .influenced])
    }

    @Test func errorsCarryTheirLines() throws {
        func failure(_ text: String, _ ext: String = "csv") throws -> CorpusError? {
            let path = try temporaryFile(text, ext: ext)
            do {
                _ = try EdgeListReader.read(at: path)
                return nil
            } catch {
                return error
            }
        }
        let three = try failure("citing,cited\n1,2\n\n1,2,3\n")
        #expect(three?.kind == .wrongFieldCount)
        #expect(three?.line == 4)
        #expect(three?.message == "expected 2 fields (citing, cited), found 3")
        let one = try failure("source\ttarget\tweight\n1\t2\t3\n4\n", "tsv")
        #expect(one?.line == 3)
        #expect(one?.message == "expected 3 fields (source, target, weight), found 1")
        let header = try failure("a,b\n1,2\n")
        #expect(header?.kind == .badHeader)
        #expect(header?.line == 1)
        #expect(header?.message.contains("citing,cited") == true)
        #expect(header?.message.contains("source,target") == true)
        let noHeader = try failure("1,2\n2,3\n")
        #expect(noHeader?.kind == .badHeader)
        let empty = try failure("")
        #expect(empty?.kind == .empty)
        let onlyComments = try failure("# nothing\n\n")
        #expect(onlyComments?.kind == .empty)
        let emptyId = try failure("citing,cited\n1,2\n,3\n")
        #expect(emptyId?.kind == .malformedRow)
        #expect(emptyId?.line == 3)
        let unclosed = try failure("citing,cited\n1,2\n\"3,4\n5,6\n")
        #expect(unclosed?.kind == .malformedRow)
        #expect(unclosed?.line == 3)
        let afterQuote = try failure("citing,cited\n\"1\"x,2\n")
        #expect(afterQuote?.kind == .malformedRow)
        let lineAfterQuotedNewline = try failure("citing,cited,n\n1,2,\"a\nb\"\n1,2\n")
        #expect(lineAfterQuotedNewline?.line == 4)
        let badUTF8 = try EdgeListReaderTests.failure(bytes: Array("citing,cited\n1,2\n".utf8) + [0x61, 0xFF, 0x2C, 0x62, 0x0A])
        #expect(badUTF8?.kind == .invalidUTF8)
        #expect(badUTF8?.line == 3)
        #expect(throws: CorpusError(.fileNotFound, file: "/nonexistent/e.tsv", "no such file")) {
            try EdgeListReader.read(at: "/nonexistent/e.tsv")
        }
    }

    static func failure(bytes: [UInt8]) throws -> CorpusError? {
        let path = try temporaryFile(bytes, ext: "csv")
        do {
            _ = try EdgeListReader.read(at: path)
            return nil
        } catch {
            return error
        }
    }
}

/// CSV quoting checked against Python's csv module (`Fixtures/make_quoted_expected.py`).
@Suite struct QuotedCSVPeerTests {
    @Test func fieldsMatchPythonsCSVReader() throws {
        let expectedURL = try #require(Bundle.module.url(forResource: "quoted-expected", withExtension: "json", subdirectory: "Fixtures"))
        let rows = try JSONDecoder().decode([[String]].self, from: Data(contentsOf: expectedURL))
        let (graph, _) = try EdgeListReader.read(at: fixturePath("quoted", "csv"))
        var expectedIDs: [String] = []
        for row in rows.dropFirst() {
            for id in [row[0], row[1]] where !expectedIDs.contains(id) { expectedIDs.append(id) }
        }
        #expect(graph.nodes.map(\.id) == expectedIDs)
        var got: [String] = []
        for e in 0..<graph.topology.edgeCount {
            let cited = graph.nodes[Int(graph.topology.edgeSources[e])].id
            let citing = graph.nodes[Int(graph.topology.outTargets[e])].id
            got.append([citing, cited, graph.edgeInfo[e].attributes["title"] ?? "?"].joined(separator: "|"))
        }
        #expect(got.sorted() == rows.dropFirst().map { $0.joined(separator: "|") }.sorted())
    }
}
