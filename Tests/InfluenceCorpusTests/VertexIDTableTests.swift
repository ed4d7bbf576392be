import InfluenceGraph
import Testing
@testable import InfluenceCorpus

@Suite struct VertexIDTableTests {
    /// Looks `id` up one by one, as the reader's slow path does.
    func vertex(_ table: inout VertexIDTable, _ id: [UInt8]) -> Int32 {
        id.withUnsafeBufferPointer { table.vertex(for: $0) }
    }

    /// Ids of every length around the inline limit, integers and near-integers, one by one:
    /// each id gets the next vertex the first time and the same vertex after.
    @Test func idsOfEveryLengthKeepTheirVertex() {
        var ids: [String] = []
        for length in 1...24 {
            ids.append(String(repeating: "a", count: length))
            ids.append(String(repeating: "a", count: length - 1) + "b")
            ids.append("P" + String(repeating: "0", count: length - 1))
        }
        ids += ["7", "007", "0", "00", "18446744073709551615", "123456789012345678", "é", "é1"]
        var table = VertexIDTable()
        for (k, id) in ids.enumerated() { #expect(vertex(&table, Array(id.utf8)) == Int32(k), "\(id)") }
        for (k, id) in ids.enumerated().reversed() { #expect(vertex(&table, Array(id.utf8)) == Int32(k), "\(id)") }
        #expect(table.count == Int32(ids.count))
        #expect((0..<ids.count).map { table.name(of: $0) } == ids)
        #expect(vertex(&table, [0xFF]) == -1, "invalid UTF-8 is not added")
        #expect(table.count == Int32(ids.count))
    }

    /// Batched lookups give the numbering of one-by-one lookups, with ids new in the batch,
    /// repeated inside it, and already known.
    @Test func batchesNumberLikeSingleLookups() {
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = []
        for _ in 0..<30_000 {
            let r = Int.random(in: 0..<5000, using: &generator)
            switch r % 5 {
            case 0: texts.append("\(r)")                              // canonical integer
            case 1: texts.append("\(1_000_000_000_000 + r)")          // hashed integer
            case 2: texts.append("P" + String(String(r).reversed()))  // inline string
            case 3: texts.append("doi:10.1000/\(r)-long-identifier")  // long string
            default: texts.append("0\(r)")                            // zero-padded: a string
            }
        }
        var single = VertexIDTable()
        let expected = texts.map { vertex(&single, Array($0.utf8)) }

        var batched = VertexIDTable()
        let bytes = Array(texts.joined().utf8)
        var starts: [Int] = []
        var position = 0
        for text in texts { starts.append(position); position += text.utf8.count }
        var got: [Int32] = []
        bytes.withUnsafeBufferPointer { all in
            let base = all.baseAddress!
            let spans = zip(starts, texts).map { FieldSpan(start: $0, end: $0 + $1.utf8.count, hasDoubledQuotes: false) }
            for chunk in stride(from: 0, to: spans.count, by: 4096) {
                let batch = spans[chunk..<min(chunk + 4096, spans.count)].map { EdgeListAccumulator.pendingID($0, in: base)! }
                var out = [Int32](repeating: -9, count: batch.count)
                batch.withUnsafeBufferPointer { b in
                    out.withUnsafeMutableBufferPointer { batched.vertices(for: b, base: base, into: $0) }
                }
                got += out
            }
        }
        #expect(got == expected)
        #expect(batched.count == single.count)
        #expect((0..<Int(batched.count)).map { batched.name(of: $0) } == (0..<Int(single.count)).map { single.name(of: $0) })
    }

    /// A plain edge list whose long ids are batched across 4 MiB read chunks: the graph names
    /// every node by its id, in first-seen order, with every edge.
    @Test func longIdsAcrossReadChunks() throws {
        var rows = ["citing\tcited"]
        var expected: [String] = []
        var seen: Set<String> = []
        var pairs: [String] = []
        for i in 0..<120_000 {
            let a = "https://example.org/work/\(i % 40_000)"
            let b = i % 2 == 0 ? "W\((i * 7) % 30_011)" : "https://example.org/work/\((i * 13) % 40_000)"
            rows.append("\(a)\t\(b)")
            for id in [a, b] where seen.insert(id).inserted { expected.append(id) }
            pairs.append("\(b)>\(a)")
        }
        let (graph, _) = try EdgeListReader.read(at: temporaryFile(rows.joined(separator: "\n"), ext: "tsv"))
        #expect(graph.nodes.map(\.id) == expected)
        let got = (0..<graph.topology.edgeCount).map { e in
            "\(graph.nodes[Int(graph.topology.edgeSources[e])].id)>\(graph.nodes[Int(graph.topology.outTargets[e])].id)"
        }
        #expect(got.sorted() == pairs.sorted())
    }

    /// Non-ASCII, invalid and empty ids leave the batch and keep their errors and lines.
    @Test func nonASCIIIdsKeepTheirErrors() throws {
        let good = try temporaryFile("citing,cited\nP1,é\né,P1\nP2,P1\n", ext: "csv")
        #expect(try EdgeListReader.read(at: good).graph.nodes.map(\.id) == ["P1", "é", "P2"])
        let bad = try temporaryFile(Array("citing,cited\nP1,P2\nP3,".utf8) + [0xC3] + Array("\n".utf8), ext: "csv")
        #expect { try EdgeListReader.read(at: bad) } throws: {
            ($0 as? CorpusError)?.kind == .invalidUTF8 && ($0 as? CorpusError)?.line == 3
        }
    }
}
