import Testing
@testable import InfluenceCorpus

@Suite struct CorpusMetadataTests {
    @Test func appliesToTheShippedPage() throws {
        var corpus = try PageReader.read(at: fixturePath("ai-research-papers", "txt"))
        let metadataPath = try fixturePath("ai-research-papers-sample", "yaml")
        corpus.apply(try CorpusMetadata.read(at: metadataPath))

        let transformer = try #require(corpus.entries.first { $0.title?.text == "Attention Is All You Need" })
        #expect(transformer.shortName == "Transformer")
        #expect(transformer.id == "transformer")
        #expect(transformer.year == 2017)  // the second item for it is ignored
        #expect(transformer.aliases == ["the Transformer"])
        #expect(transformer.url == "https://arxiv.org/abs/1706.03762")
        let gpt3 = try #require(corpus.entries.first { $0.title?.text == "Language Models are Few-Shot Learners" })
        #expect(gpt3.shortName == "GPT-3")
        #expect(gpt3.id == "gpt-3")

        let mistral = try #require(corpus.entries.first { $0.title == nil })
        #expect(mistral.name == "Mistral 7B")
        #expect(mistral.shortName == "Mistral 7B")
        #expect(mistral.id == "mistral-7b")
        #expect(mistral.year == 2023)
        let untitled = try #require(corpus.diagnostics.first { $0.code == "untitled-entry" })
        #expect(untitled.location?.line == 69)
        #expect(untitled.message.contains("Mistral 7B"))

        let reported = corpus.diagnostics.filter { $0.code != "untitled-entry" }.map { "\($0.code)@\($0.location?.line ?? 0)" }
        #expect(reported.sorted() == ["ambiguous-metadata@17", "duplicate-metadata@19", "unknown-key@23", "unmatched-metadata@15"])
        #expect(Set(corpus.entries.map(\.id)).count == 46)
    }

    @Test func jsonMetadataAndTopLevelList() throws {
        let json = """
            {"papers": [
            \t{"title": "A Paper", "short": "AP", "year": 2001, "aliases": ["the AP"]}
            ]}
            """
        var corpus = try PageReader.parse("E\n2000The era\nA Paper\nIts description.\n")
        corpus.apply(try CorpusMetadata.parse(json, file: "m.json"))
        #expect(corpus.entries.map(\.id) == ["ap"])
        #expect(corpus.entries.first?.aliases == ["the AP"])
        let list = try CorpusMetadata.parse("- title: A Paper\n  year: 2002\n", file: "m.yaml")
        #expect(list.papers.map(\.year) == [2002])
    }

    @Test func malformedMetadataIsAnErrorWithItsLine() throws {
        func failure(_ text: String) -> CorpusError? {
            do {
                _ = try CorpusMetadata.parse(text, file: "m.yaml")
                return nil
            } catch {
                return error
            }
        }
        let syntax = failure("papers:\n  - title: \"A\n    year: 2001\n  - [\n")
        #expect(syntax?.kind == .malformedMetadata)
        #expect(syntax?.line != nil)
        let year = failure("papers:\n  - title: A\n    year: soon\n")
        #expect(year?.kind == .malformedMetadata)
        #expect(year?.line == 3)
        #expect(year?.message == "\"year\" should be an integer")
        let neither = failure("papers:\n  - short: X\n")
        #expect(neither?.line == 2)
        let notList = failure("papers: 3\n")
        #expect(notList?.line == 1)
    }
}
