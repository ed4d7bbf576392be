import InfluenceCorpus
@testable import InfluenceMining
import Testing

/// A small made-up corpus: names, aliases and a defined acronym.
func toyCorpus() -> Corpus {
    func entry(_ title: String, short: String, year: Int, description: String, impact: String? = nil, aliases: [String] = []) -> Entry {
        let loc = SourceLocation(file: "toy.txt", line: 1)
        return Entry(id: Slug.make(short), title: SourceText(text: title, location: loc), name: title, shortName: short,
                     description: SourceText(text: description, location: loc), impact: impact.map { SourceText(text: $0, location: loc) },
                     era: "Era", year: year, url: nil, aliases: aliases, location: loc)
    }
    return Corpus(entries: [
        entry("Widget Nets: Stacking Widgets", short: "Widget Nets", year: 2001,
              description: "Introduced stacked widget layers (SWL) for gadgets.", aliases: ["WN", "WidgetNet"]),
        entry("Gizmo: Fast Gizmos", short: "Gizmo", year: 2005,
              description: "Scaled Widget Nets to 7B parameters.",
              impact: "Inspired Zorblax 3, Quux-2/3, and all modern gizmo models. Outperformed 40B Fnord on every benchmark."),
        entry("Stable Thing", short: "Stable Thing", year: 2010, description: "Made things stable."),
        entry("Doohickey Memory", short: "Doohickey", year: 1999,
              description: "Following SWL, Doohickey 2 is now standard in Gizmo's successors.", aliases: ["DH"]),
    ])
}

@Suite struct MentionResolverTests {
    let corpus = toyCorpus()
    var resolver: MentionResolver { MentionResolver(gazetteer: Gazetteer(corpus: corpus)) }

    /// Resolves a phrase as it stands inside a sentence (a sentence's first word is not taken for a name by its capital).
    func resolve(_ phrase: String) -> [Mention] {
        let tokens = Tokenizer.tokenize("then " + phrase)
        return resolver.resolve(tokens, 1..<tokens.count).mentions
    }

    @Test func gazetteerNamesFromTitlesAliasesAndDefinedAcronyms() {
        #expect(resolve("Widget Nets") == [.entry(0)])
        #expect(resolve("the widget-nets") == [.entry(0)])        // case and joiners
        #expect(resolve("WidgetNet's layers") == [.entry(0)])      // possessive
        #expect(resolve("WidgetNets") == [.entry(0)])              // plural
        #expect(resolve("SWL") == [.entry(0)])                     // acronym the text defines
        #expect(resolve("stacked widget layers") == [.entry(0)])
        #expect(resolve("Gizmo") == [.entry(1)])                   // name before the title's colon
        #expect(resolve("Gizmo-XXL") == [.entry(1)])               // size tag
        #expect(resolve("Gizmo 13B") == [.entry(1)])               // trailing model size
    }

    @Test func versionsAndLongerNamesAreOtherSystems() {
        #expect(resolve("Gizmo 2") == [.system("Gizmo 2")])
        #expect(resolve("Gizmo AI as a rival") == [.system("Gizmo AI")])
        #expect(resolve("Gizmo FFN quality") == [.entry(1)])       // a corpus name used as a modifier
    }

    @Test func anEntryThatOwnsSomethingIsTheEntry() {
        // "Stable Thing" is an entry: its possessive is the entry, whatever it owns.
        let tokens = Tokenizer.tokenize("then Stable Thing's guidance")
        #expect(resolver.resolve(tokens, 1..<tokens.count).mentions == [.entry(2)])
    }

    @Test func slashFormsNameSeveralThings() {
        #expect(resolve("Quux-2/3") == [.system("Quux-2"), .system("Quux-3")])
        #expect(resolve("Zorb V2/V3") == [.system("Zorb V2"), .system("Zorb V3")])
        #expect(MentionResolver.slashAlternatives("professional/academic") == nil)
        #expect(MentionResolver.slashAlternatives("DeepThing-V3/R1") == ["DeepThing-V3", "DeepThing-R1"])
    }

    @Test func shapesOfSystemNames() {
        // An owner of a common noun phrase: a system when the corpus names it in two entries, else a person.
        #expect(resolve("Zorblax Inc's guidance") == [])
        #expect(resolve("Robert Fenwick's inductive assertions") == [])
        #expect(resolve("NVIDIA Nemo 3") == [.system("NVIDIA Nemo 3")])
        #expect(resolve("Tülu") == [.system("Tülu")])
        #expect(resolve("the Torch library") == [.system("Torch")])
        #expect(resolve("Jakarta Search 1.2") == [.system("Jakarta Search")])
        #expect(resolve("Ned Smith's McCabe script") == [.system("McCabe")])
    }

    @Test func genericPhrasesAndClassPluralsNameNothing() {
        for phrase in ["all modern gizmo models", "hundreds of community models", "most modern open models",
                       "enterprise search", "virtually every production LLM system", "the open-source community",
                       "RNNs", "an OLAP Query Engine", "the open-source LLM revolution", "regular expressions", "user feedback"] {
            #expect(resolve(phrase).isEmpty, "\(phrase)")
        }
        let tokens = Tokenizer.tokenize("all modern Gizmo models")
        #expect(resolver.resolve(tokens, 0..<tokens.count).unresolved?.reason == .generic)
        // A sentence's first word needs more than its capital to be a name.
        let initial = Tokenizer.tokenize("Keep-alive pooling")
        #expect(resolver.resolve(initial, 0..<1).mentions.isEmpty)
    }

    @Test func anaphora() {
        #expect(resolve("it") == [.anaphor])
        #expect(resolve("this insight") == [.anaphor])
        #expect(resolve("this article").isEmpty)
    }

    @Test func argumentListsWithOxfordCommaAndParentheses() {
        let tokens = Tokenizer.tokenize("Every modern model (Zorblax 3, Gizmo, Claude Sight) and Alpha, Beta, and Gamma")
        let items = resolver.items(in: tokens, 0..<tokens.count)
        let texts = items.map { tokens[$0.range].map(\.text).joined(separator: " ") }
        #expect(texts == ["Every modern model", "Zorblax 3", "Gizmo", "Claude Sight", "Alpha", "Beta", "Gamma"])
        #expect(items[1].parent == 0 && items[4].parent == nil)
    }
}
