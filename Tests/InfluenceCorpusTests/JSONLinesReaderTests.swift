import Testing
@testable import InfluenceCorpus

@Suite struct JSONLinesReaderTests {
    @Test func readsPapersWithTheirFields() throws {
        let text = """
            {"id": "tf", "title": "Attention Is All You Need", "year": 2017, "era": "Transformer", "description": "Introduced it.", "impact": "Changed all.", "aliases": ["the Transformer"], "url": "https://arxiv.org/abs/1706.03762"}

            {"title": "LoRA: Low-Rank Adaptation of Large Language Models", "year": "2021", "era": "Scaling"}
            {"title": "Something Else", "short": "Else", "era": "Transformer", "colour": "red", "aliases": "SE"}
            {"title": "Something Else", "short": "Else"}
            """
        let corpus = try JSONLinesReader.read(at: temporaryFile(text, ext: "jsonl"))
        #expect(corpus.entries.map(\.id) == ["tf", "lora", "else", "else-2"])
        #expect(corpus.entries.map(\.shortName) == ["Attention Is All You Need", "LoRA", "Else", "Else"])
        #expect(corpus.entries.map(\.year) == [2017, 2021, nil, nil])
        #expect(corpus.entries[0].description?.text == "Introduced it.")
        #expect(corpus.entries[0].impact?.text == "Changed all.")
        #expect(corpus.entries[0].aliases == ["the Transformer"])
        #expect(corpus.entries[2].aliases == ["SE"])
        #expect(corpus.entries.map { $0.location.line } == [1, 3, 4, 5])
        #expect(corpus.eras.map(\.name) == ["Transformer", "Scaling"])
        #expect(corpus.diagnostics.map(\.code) == ["unknown-key", "duplicate-id"])
        #expect(corpus.diagnostics.map { $0.location?.line } == [4, 5])
    }

    /// Datasets that say "name", "abstract" or "text", or give no title at all.
    @Test func readsOtherDatasetsFieldNames() throws {
        let text = """
            {"id": "129558", "abstract": "We present a method.", "class": "AI"}
            {"name": "Widget Nets", "text": "Stacked widgets."}
            {"id": "p3", "summary": "Summed things up."}
            {"title": "Kept", "description": "Its own.", "abstract": "Not used."}
            {"id": "  ", "abstract": "Blank ids name nothing."}
            """
        let corpus = try JSONLinesReader.read(at: temporaryFile(text, ext: "jsonl"))
        #expect(corpus.entries.map(\.name) == ["129558", "Widget Nets", "p3", "Kept", "Blank ids name nothing"])
        #expect(corpus.entries.map { $0.title?.text } == [nil, "Widget Nets", nil, "Kept", nil])
        #expect(corpus.entries.map { $0.description?.text }
                == ["We present a method.", "Stacked widgets.", "Summed things up.", "Its own.", "Blank ids name nothing."])
        #expect(corpus.entries.map(\.id) == ["129558", "widget-nets", "p3", "kept", "blank-ids-name-nothing"])
        let untitled = corpus.diagnostics.filter { $0.code == "untitled-entries" }
        #expect(untitled.count == 1)
        #expect(untitled.first?.message.hasPrefix("3 of 5 papers have no \"title\"") == true)
        #expect(untitled.first?.location?.line == 1)
    }

    @Test func brokenLinesAreErrorsWithTheirLine() throws {
        func failure(_ text: String) throws -> CorpusError? {
            let path = try temporaryFile(text, ext: "jsonl")
            do {
                _ = try JSONLinesReader.read(at: path)
                return nil
            } catch {
                return error
            }
        }
        let broken = try failure("{\"title\": \"A\"}\n\n{\"title\": \"B\"\n")
        #expect(broken?.kind == .malformedJSON)
        #expect(broken?.line == 3)
        #expect(broken?.message.hasPrefix("expected a JSON object with a \"title\" string: ") == true)
        let notObject = try failure("[1, 2]\n")
        #expect(notObject?.message == "expected a JSON object with a \"title\" string: found a list")
        let noTitle = try failure("{\"title\": \"A\"}\n{\"year\": 2001}\n")
        #expect(noTitle?.line == 2)
        let badYear = try failure("{\"title\": \"A\", \"year\": true}\n")
        #expect(badYear?.message.contains("\"year\" should be an integer, found a boolean") == true)
        let empty = try failure("\n\n")
        #expect(empty?.kind == .empty)
        let invalidPath = try temporaryFile(Array("{\"title\": \"A\"}\n".utf8) + [0x7B, 0xC3, 0x28, 0x7D], ext: "jsonl")
        var invalid: CorpusError?
        do {
            _ = try JSONLinesReader.read(at: invalidPath)
        } catch {
            invalid = error
        }
        #expect(invalid?.kind == .invalidUTF8)
        #expect(invalid?.line == 2)
    }
}
