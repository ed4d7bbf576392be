import Testing
@testable import InfluenceMining

/// The tokenizer, name keys and word shapes: each has a byte-wise path for ASCII text and a
/// character-wise one for the rest, and the two must agree.
@Suite struct TokenizerTests {
    private func words(_ sentence: String) -> [String] {
        Tokenizer.tokenize(sentence).map(\.text)
    }

    @Test func splitsWordsAndMarks() {
        let tokens = Tokenizer.tokenize("Quux's model (GPT-4/5, DALL·E 2) led to Zorb; e.g. vs. 1.5B params.")
        #expect(tokens.map(\.text) == ["Quux", "model", "(", "GPT-4/5", ",", "DALL·E", "2", ")", "led", "to", "Zorb", ";",
                                       "e.g.", "vs.", "1.5B", "params", "."])
        #expect(tokens.map(\.isWord) == [true, true, false, true, false, true, true, false, true, true, true, false,
                                         true, true, true, true, false])
        #expect(tokens[0].isPossessive && tokens[0].isSentenceInitial)
        #expect(!tokens[1].isSentenceInitial && !tokens[1].isPossessive)
    }

    @Test func typographicQuotesActLikeASCIIOnes() {
        let pairs = [
            ("LLaMA's weights", "LLaMA’s weights"),
            ("Google Maps' Immersive View", "Google Maps’ Immersive View"),
            ("the 'Foo' model", "the ‘Foo’ model"),
            ("it was `Bar'.", "it was `Bar’."),
        ]
        for (ascii, typographic) in pairs {
            let a = Tokenizer.tokenize(ascii), t = Tokenizer.tokenize(typographic)
            #expect(a.map(\.text) == t.map(\.text), "\(ascii) / \(typographic)")
            #expect(a.map(\.isPossessive) == t.map(\.isPossessive), "\(ascii) / \(typographic)")
        }
        #expect(Tokenizer.tokenize("Google Maps' Immersive View")[1].isPossessive)
        #expect(!Tokenizer.tokenize("the cats' toys")[1].isPossessive)
    }

    @Test func nonBreakingAndUnicodeSpacesSeparateWords() {
        #expect(words("Foo\u{00A0}Bar\u{2009}Baz\tQux\r\nZap") == ["Foo", "Bar", "Baz", "Qux", "Zap"])
        #expect(words("A—B → C “D”") == ["A", "—", "B", "→", "C", "“", "D", "”"])
    }

    @Test func enDashJoinsOnlyNameParts() {
        #expect(words("Hindley–Milner and 1986–2016") == ["Hindley–Milner", "and", "1986–2016"])
        #expect(words("Foo–the first tool, Bar–and Baz, Qux–.") == ["Foo", "–", "the", "first", "tool", ",", "Bar", "–", "and", "Baz", ",", "Qux", "–", "."])
    }

    @Test func dottedWordsThatAreNoNames() {
        func nameLike(_ w: String) -> Bool { WordShape.isNameLike(Token(text: w, isWord: true)) }
        #expect(nameLike("asm.js"))
        for w in ["a.k.a", "w.r.t", "example.co.uk", "example.com", "e.g", "i.e"] { #expect(!nameLike(w), "\(w)") }
    }

    @Test func nameKeysFoldCaseJoinersAndDiacritics() {
        #expect(NameKey.word("DALL-E") == "dall e")
        #expect(NameKey.word("DALL·E") == "dall e")
        #expect(NameKey.word("LLaMA+") == "llama")
        #expect(NameKey.word("snake_case") == "snake case")
        #expect(NameKey.word("GPT--4") == "gpt 4")
        #expect(NameKey.word("-lead") == "lead")
        #expect(NameKey.word("Tülu") == "tulu")
        #expect(NameKey.word("Łukasz-Net") == NameKey.word("łukasz net"))
        #expect(NameKey.name("the Transformer") == "transformer")
        #expect(NameKey.lowercased("MiXeD 42") == "mixed 42")
        #expect(NameKey.lowercased("ÉCOLE") == "école")
    }

    @Test func sizesAndAcronymPlurals() {
        for size in ["13B", "1.5B", "30B+", "XXL", "base", "Base", "70b", "7M", "+3T"] { #expect(WordShape.isSize(size), "\(size)") }
        for word in ["B", "1.5", "BERT", "T5", "Bloom", "13Bx", "large-scale", "B13"] { #expect(!WordShape.isSize(word), "\(word)") }
        for plural in ["RNNs", "LLMs", "GPUs", "A100s"] { #expect(WordShape.isAcronymPlural(plural), "\(plural)") }
        for word in ["Ns", "Hans", "AlphaGos", "ones", "GPT"] { #expect(!WordShape.isAcronymPlural(word), "\(word)") }
    }

    /// The byte-wise facts of ASCII words against the definition on `Character` properties.
    @Test func wordFactsMatchCharacterProperties() {
        let words = ["BERT", "iPhone", "o1", "libxml2", "3D", "16x16", "70B", "GPT-4", "the", "Word", "x", "A100s",
                     "e.g.", "R1", "V3", "Zorblax", "a-b", "_x", "9"]
        for word in words {
            let facts = WordFacts(of: word, lower: word.lowercased())
            let first = word.first!
            #expect(facts.contains(.startsWithLetter) == first.isLetter, "\(word)")
            #expect(facts.contains(.startsWithDigit) == first.isNumber, "\(word)")
            #expect(facts.contains(.startsUpper) == first.isUppercase, "\(word)")
            #expect(facts.contains(.hasUpper) == word.contains(where: \.isUppercase), "\(word)")
            #expect(facts.contains(.hasInnerUpper) == word.dropFirst().contains(where: \.isUppercase), "\(word)")
            #expect(facts.contains(.hasDigit) == word.contains(where: \.isNumber), "\(word)")
            #expect(facts.contains(.lettersAndDigitsOnly) == word.allSatisfy { $0.isLetter || $0.isNumber }, "\(word)")
            #expect(facts.contains(.functionWord) == FunctionWords.all.contains(word.lowercased()), "\(word)")
        }
        // Outside ASCII the same facts come from the characters.
        let tulu = WordFacts(of: "Tülu3", lower: "tülu3")
        #expect(tulu.isSuperset(of: [.startsWithLetter, .startsUpper, .hasUpper, .hasDigit, .lettersAndDigitsOnly]))
        #expect(!tulu.contains(.hasInnerUpper))
        #expect(WordFacts(of: "ÆON", lower: "æon").contains(.hasInnerUpper))
    }

    @Test func nameLikeWords() {
        func nameLike(_ word: String, initial: Bool = false) -> Bool {
            WordShape.isNameLike(Token(text: word, isWord: true, isSentenceInitial: initial))
        }
        for word in ["BERT", "iPhone", "o1", "libxml2", "3D", "Zorblax", "Tülu", "GPT-4"] { #expect(nameLike(word), "\(word)") }
        for word in ["the", "model", "16x16", "70B", "RNNs", "XXL", "Which"] { #expect(!nameLike(word), "\(word)") }
        #expect(!nameLike("Zorblax", initial: true))
        #expect(nameLike("LLaMA", initial: true))
        #expect(!nameLike("3D", initial: true))
    }
}
