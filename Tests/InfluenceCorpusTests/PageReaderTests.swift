import Testing
@testable import InfluenceCorpus

/// The shipped page, checked against its structure read by hand from the file.
@Suite struct PageReaderSeedTests {
    let corpus: Corpus
    let path: String

    init() throws {
        path = try fixturePath("ai-research-papers", "txt")
        corpus = try PageReader.read(at: path)
    }

    @Test func pageTitleAndBlurb() {
        #expect(corpus.title == "Research Papers")
        #expect(corpus.blurb?.hasPrefix("The science behind AI") == true)
    }

    @Test func sevenErasWithTheirYearsAndLines() {
        let eras = corpus.eras.map { "\($0.name)|\($0.years.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "")|\($0.location.line)" }
        #expect(eras == [
            "Pre-Transformer|1986-2016|3", "Transformer|2017-2020|18", "Scaling|2020-2023|44",
            "Architecture|2020-2024|74", "Diffusion|2020-2023|100", "Alignment|2017-2023|111", "Reasoning|2022-2024|122",
        ])
        #expect(corpus.eras[0].blurb == "The foundations — neural networks, memory, and representation")
        #expect(corpus.eras[2].blurb == "How big should models be? The laws of scale")
    }

    @Test func fortySixEntriesStartingWhereTheFileSays() {
        #expect(corpus.entries.count == 46)
        // First line of each entry: its title line, or its description line when it has no title.
        let starts = corpus.entries.map(\.location.line)
        #expect(starts == [
            5, 7, 9, 11, 13, 15,
            20, 22, 24, 26, 28, 30, 33, 35, 38, 41,
            46, 48, 51, 53, 55, 58, 60, 63, 66, 69, 71,
            76, 79, 82, 85, 88, 91, 94, 97,
            102, 105, 108,
            113, 115, 117, 119,
            124, 127, 129, 131,
        ])
        let perEra = Dictionary(grouping: corpus.entries, by: { $0.era ?? "" }).mapValues(\.count)
        #expect(perEra == ["Pre-Transformer": 6, "Transformer": 10, "Scaling": 11, "Architecture": 8,
                           "Diffusion": 3, "Alignment": 4, "Reasoning": 4])
    }

    @Test func theEntryAfterLlama2HasNoTitle() throws {
        let untitled = corpus.entries.filter { $0.title == nil }
        #expect(untitled.count == 1)
        let entry = try #require(untitled.first)
        #expect(entry.description?.location.line == 69)
        #expect(entry.impact?.location.line == 70)
        #expect(entry.description?.text.hasPrefix("Introduced sliding window attention") == true)
        #expect(entry.name == "Introduced sliding window attention")
        #expect(entry.era == "Scaling")
        let diagnostics = corpus.diagnostics.filter { $0.code == "untitled-entry" }
        #expect(diagnostics.map { $0.location?.line } == [69])
        // The entry before it keeps its own two lines.
        let llama2 = try #require(corpus.entries.first { $0.location.line == 66 })
        #expect(llama2.shortName == "Llama 2")
        #expect(llama2.impact?.location.line == 68)
    }

    @Test func descriptionsAndImpactLines() throws {
        let gan = try #require(corpus.entries.first { $0.shortName == "Generative Adversarial Networks" })
        #expect(gan.description?.location.line == 16)
        #expect(gan.impact?.location.line == 17)
        let lstm = try #require(corpus.entries.first { $0.title?.text == "Long Short-Term Memory" })
        #expect(lstm.impact == nil)
        let last = try #require(corpus.entries.last)
        #expect(last.shortName == "DeepSeek-R1")
        #expect(last.impact?.text.hasSuffix("outperformed many larger models.") == true)
        // 46 entries: every one has a description; 26 have an impact line (counted by hand).
        #expect(corpus.entries.allSatisfy { $0.description != nil })
        #expect(corpus.entries.filter { $0.impact != nil }.count == 26)
    }

    @Test func everyNonBlankLineIsAccountedFor() throws {
        var used: Set<Int> = [1, 2]
        for era in corpus.eras { used.insert(era.location.line); used.insert(era.location.line + 1) }
        for entry in corpus.entries {
            for text in [entry.title, entry.description, entry.impact].compactMap({ $0 }) { used.insert(text.location.line) }
        }
        for diagnostic in corpus.diagnostics { if let line = diagnostic.location?.line { used.insert(line) } }
        #expect(used == Set(1...133))
    }

    @Test func idsAreUniqueSlugs() {
        let ids = corpus.entries.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains("lora"))
        #expect(ids.contains("attention-is-all-you-need"))
        #expect(ids.contains("deepseek-v2"))
        #expect(corpus.diagnostics.filter { $0.code != "untitled-entry" }.isEmpty)
    }
}

/// Pages built for one situation each.
@Suite struct PageReaderConstructedTests {
    static let page = """
        My Page
        A page about things.
        Early
        1990 – 2000The early days
        First Paper: A Study
        Described the first idea.
        It influenced everything.
        Second Paper
        Described the second idea.
        Late
        2001-2005 Later days
        Third Paper
        Described the third idea.
        Its impact was large.
        """

    @Test func readsHeaderErasAndEntries() throws {
        let corpus = try PageReader.parse(Self.page, file: "p.txt")
        #expect(corpus.title == "My Page")
        #expect(corpus.blurb == "A page about things.")
        #expect(corpus.eras.map(\.name) == ["Early", "Late"])
        #expect(corpus.eras.map(\.years) == [1990...2000, 2001...2005])
        #expect(corpus.eras.map(\.blurb) == ["The early days", "Later days"])
        #expect(corpus.entries.map(\.shortName) == ["First Paper", "Second Paper", "Third Paper"])
        #expect(corpus.entries.map(\.id) == ["first-paper", "second-paper", "third-paper"])
        #expect(corpus.entries.map(\.era) == ["Early", "Early", "Late"])
        #expect(corpus.entries[1].impact == nil)  // no impact line
        #expect(corpus.entries[2].impact?.location == SourceLocation(file: "p.txt", line: 14))
        #expect(corpus.diagnostics.isEmpty)
    }

    @Test func blankLinesAndTrailingSpaceChangeNothing() throws {
        let spaced = Self.page.split(separator: "\n", omittingEmptySubsequences: false)
            .map { "\n  \($0)   \t" }.joined(separator: "\n") + "\n\n\n"
        let a = try PageReader.parse(Self.page, file: "p.txt")
        let b = try PageReader.parse(spaced, file: "p.txt")
        #expect(b.entries.map(\.name) == a.entries.map(\.name))
        #expect(b.entries.map { $0.impact?.text } == a.entries.map { $0.impact?.text })
        #expect(b.eras.map(\.blurb) == a.eras.map(\.blurb))
        // Line numbers count the blank lines.
        #expect(b.entries[0].location.line == 10)
    }

    @Test func crlfAndByteOrderMark() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + Array(Self.page.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let path = try temporaryFile(bytes, ext: "txt")
        let corpus = try PageReader.read(at: path)
        #expect(corpus.title == "My Page")
        #expect(corpus.entries.map(\.name) == ["First Paper: A Study", "Second Paper", "Third Paper"])
        #expect(corpus.entries.allSatisfy { !($0.description?.text.contains("\r") ?? true) })
    }

    @Test func lastEntryAtEndOfFileWithAndWithoutNewline() throws {
        for text in [Self.page, Self.page + "\n", Self.page + "\r\n"] {
            let corpus = try PageReader.read(at: temporaryFile(text, ext: "txt"))
            #expect(corpus.entries.count == 3)
            #expect(corpus.entries.last?.impact?.text == "Its impact was large.")
        }
        let noImpact = try PageReader.parse("E\n2000The era\nOnly Paper\nIts description.")
        #expect(noImpact.entries.map(\.name) == ["Only Paper"])
        #expect(noImpact.entries.first?.description?.text == "Its description.")
    }

    @Test func strayLineBetweenEras() throws {
        let text = Self.page.replacingOccurrences(of: "Late\n", with: "Read more\nLate\n")
        let corpus = try PageReader.parse(text, file: "p.txt")
        #expect(corpus.entries.count == 3)
        #expect(corpus.eras.map(\.name) == ["Early", "Late"])
        let stray = corpus.diagnostics.filter { $0.code == "stray-line" }
        #expect(stray.map { $0.location?.line } == [10])
        #expect(stray.first?.message.contains("Read more") == true)
    }

    @Test func titleFollowedByTitleIsStray() throws {
        let corpus = try PageReader.parse("E\n2000The era\nLost Title\nReal Title\nIts description.\n")
        #expect(corpus.entries.map(\.name) == ["Real Title"])
        #expect(corpus.diagnostics.map(\.code) == ["stray-line"])
        #expect(corpus.diagnostics.first?.location?.line == 3)
    }

    @Test func untitledEntryAfterAnEraHeadingAndAfterACompleteEntry() throws {
        let text = """
            E
            2000The era
            Proposed a thing without a title, in passing.
            A Paper
            Its description.
            Its impact.
            Introduced sliding window attention and more.
            Then it mattered.
            """
        let corpus = try PageReader.parse(text, file: "p.txt")
        #expect(corpus.entries.count == 3)
        #expect(corpus.entries.map { $0.title == nil } == [true, false, true])
        #expect(corpus.entries.map(\.name) == ["Proposed a thing without", "A Paper", "Introduced sliding window attention"])
        #expect(corpus.entries[2].impact?.text == "Then it mattered.")
        #expect(corpus.diagnostics.filter { $0.code == "untitled-entry" }.map { $0.location?.line } == [3, 7])
    }

    @Test func yearLineForms() {
        #expect(YearLine("1986 – 2016The foundations")?.years == 1986...2016)
        #expect(YearLine("1986 – 2016The foundations")?.blurb == "The foundations")
        #expect(YearLine("2017-2020 Blurb")?.years == 2017...2020)
        #expect(YearLine("2019—2021")?.blurb == "")
        #expect(YearLine("2023The blurb")?.years == 2023...2023)
        #expect(YearLine("2023: blurb")?.blurb == "blurb")
        #expect(YearLine("2023")?.years == 2023...2023)
        #expect(YearLine("2020 – 2017Backwards")?.wasReversed == true)
        #expect(YearLine("2019 saw many papers.") == nil)
        #expect(YearLine("175B-parameter GPT.") == nil)
        #expect(YearLine("20231 things") == nil)
    }

    @Test func lineShapes() {
        #expect(LineShape(of: "Attention Is All You Need") == .heading)
        #expect(LineShape(of: "LoRA: Low-Rank Adaptation of Large Language Models") == .heading)
        #expect(LineShape(of: "Learning representations by back-propagating errors") == .heading)
        #expect(LineShape(of: "GQA is now standard in LLaMA 2+, Mistral, Gemma, and nearly all efficient modern LLMs.") == .sentence)
        #expect(LineShape(of: "Introduced RL from AI Feedback using \"constitutions\" (rule sets).") == .sentence)
        #expect(LineShape(of: "It said \"done.\"") == .sentence)
        #expect(LineShape(of: "Can Language Models Be Too Big?") == .heading)
        #expect(LineShape(of: "Showed a thing. Then another thing without a period") == .sentence)
        #expect(LineShape(of: "Comparison vs. Baselines") == .heading)
    }

    @Test func reversedYearsAndUnnamedEra() throws {
        let corpus = try PageReader.parse("A Paper\nIts description.\n2020 – 2017Backwards era\nB Paper\nIts description.\n")
        #expect(corpus.eras.map(\.name) == ["2017 – 2020"])
        #expect(corpus.entries.map(\.era) == [nil, "2017 – 2020"])
        #expect(Set(corpus.diagnostics.map(\.code)) == ["unnamed-era", "reversed-years"])
    }

    @Test func errors() throws {
        #expect(throws: CorpusError(.fileNotFound, file: "/nonexistent/x.txt", "no such file")) {
            try PageReader.read(at: "/nonexistent/x.txt")
        }
        let empty = try temporaryFile("\n  \n\r\n", ext: "txt")
        #expect { try PageReader.read(at: empty) } throws: { ($0 as? CorpusError)?.kind == .empty }
        let bad = try temporaryFile(Array("Title\nDesc.\n".utf8) + [0x41, 0xFF, 0x42, 0x0A], ext: "txt")
        #expect { try PageReader.read(at: bad) } throws: { error in
            let e = error as? CorpusError
            return e?.kind == .invalidUTF8 && e?.line == 3 && e?.file == bad
        }
    }
}
