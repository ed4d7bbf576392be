import InfluenceCorpus

/// A word or a punctuation mark of a sentence, with the shape facts that mention finding needs.
struct Token: Sendable, Hashable {
    /// The surface text without a possessive "'s" and without surrounding quotes.
    var text: String
    var isWord: Bool
    /// The word carried a possessive "'s" ("LLaMA's").
    var isPossessive: Bool
    /// First word of its sentence: its capital letter says nothing about it being a name.
    var isSentenceInitial: Bool
    /// Lowercased surface text.
    var lower: String
    /// Normalized form used for name lookup (see ``NameKey``).
    var key: String
    /// The shape of `text`, found once when the token is made.
    let facts: WordFacts

    init(text: String, isWord: Bool, isPossessive: Bool = false, isSentenceInitial: Bool = false) {
        self.text = text
        self.isWord = isWord
        self.isPossessive = isPossessive
        self.isSentenceInitial = isSentenceInitial
        self.lower = NameKey.lowercased(text)
        self.key = isWord ? NameKey.word(text) : text
        self.facts = isWord ? WordFacts(of: text, lower: lower) : []
    }

    func isPunct(_ p: String) -> Bool { !isWord && text == p }
}

/// A sentence of corpus text with its tokens, tokenized once and shared by every reader of it.
struct Sentence: Sendable {
    var text: String
    var tokens: [Token]

    init(_ text: String) {
        self.text = text
        self.tokens = Tokenizer.tokenize(text)
    }
}

/// The sentences of one text field of an entry (description or impact).
struct FieldSentences: Sendable {
    var field: SourceText
    var sentences: [Sentence]
}

extension FieldSentences {
    /// Each entry's description and impact, split into sentences and tokenized.
    /// - Complexity: O(total length of the text).
    static func of(_ corpus: Corpus) -> [[FieldSentences]] {
        let splitter = SentenceSplitter()
        return corpus.entries.map { entry in
            [entry.description, entry.impact].compactMap { $0 }.map { field in
                FieldSentences(field: field, sentences: splitter.split(field.text).map(Sentence.init))
            }
        }
    }
}

/// Splits a sentence into word and punctuation tokens.
///
/// Words keep their inner hyphens, middle dots, slashes, dots and apostrophes ("DALL·E", "GPT-4/5",
/// "1.5B", "e.g.", and en dashes inside a word: "Hindley–Milner"); a trailing "'s" becomes ``Token/isPossessive``; quotes around a word are dropped;
/// `, ; : ( ) [ ] — – → ! ?` and a final "." are tokens of their own.
enum Tokenizer {
    static let separateMarks: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "—", "–", "→", "!", "?", "\"", "“", "”"]
    static let quoteMarks: Set<Character> = ["'", "’", "‘", "`"]

    /// - Complexity: O(n) in the length of the sentence.
    static func tokenize(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(sentence.utf8.count / 5)
        var word: [UInt8] = []
        var wordIsASCII = true
        var sawWord = false
        func append(_ text: String, possessive: Bool, trailingDot: Bool) {
            if !text.isEmpty {
                tokens.append(Token(text: text, isWord: true, isPossessive: possessive, isSentenceInitial: !sawWord))
                sawWord = true
            }
            if trailingDot { tokens.append(Token(text: ".", isWord: false)) }
        }
        func flushWord() {
            guard !word.isEmpty else { return }
            if wordIsASCII { flushASCII(word) } else { flushUnicode(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            wordIsASCII = true
        }
        /// The rules of `flushUnicode` on ASCII bytes, without building intermediate strings.
        func flushASCII(_ w: [UInt8]) {
            let quote = UInt8(ascii: "'"), backtick = UInt8(ascii: "`"), dot = UInt8(ascii: "."), s = UInt8(ascii: "s")
            var lo = 0, hi = w.count
            let pluralPossessive = hi >= 2 && w[hi - 1] == quote && w[hi - 2] == s && asciiLowercased(w[0]) != w[0]
            while lo < hi, w[lo] == quote || w[lo] == backtick { lo += 1 }
            while hi > lo, w[hi - 1] == quote || w[hi - 1] == backtick { hi -= 1 }
            var trailingDot = false
            if hi > lo, w[hi - 1] == dot,
               !SentenceSplitter.abbreviations.contains(String(decoding: w[lo..<(hi - 1)].map(asciiLowercased), as: UTF8.self)) {
                hi -= 1
                trailingDot = true
                while hi > lo, w[hi - 1] == quote || w[hi - 1] == backtick { hi -= 1 }
            }
            var possessive = pluralPossessive
            if hi - lo > 2, w[hi - 2] == quote, w[hi - 1] == s {
                hi -= 2
                possessive = true
            }
            append(String(decoding: w[lo..<hi], as: UTF8.self), possessive: possessive, trailingDot: trailingDot)
        }
        func flushUnicode(_ word: String) {
            var w = Substring(word)
            // "Google Maps' Immersive View": a plural possessive of a capitalized word.
            let pluralPossessive = (w.hasSuffix("s'") || w.hasSuffix("s’")) && w.first?.isUpper == true
            while let f = w.first, quoteMarks.contains(f) { w.removeFirst() }
            while let l = w.last, quoteMarks.contains(l) { w.removeLast() }
            var trailingDot = false
            if w.last == ".", !SentenceSplitter.abbreviations.contains(NameKey.lowercased(String(w.dropLast()))) {
                w.removeLast()
                trailingDot = true
                while let l = w.last, quoteMarks.contains(l) { w.removeLast() }
            }
            var possessive = pluralPossessive
            if w.count > 2, w.hasSuffix("'s") || w.hasSuffix("’s") {
                w.removeLast(2)
                possessive = true
            }
            append(String(w), possessive: possessive, trailingDot: trailingDot)
        }
        // Scalars, not Characters: every separator is one scalar, and a combining mark joins the word
        // it follows either way. An en dash inside a word joins it ("Hindley–Milner", "1986–2016").
        let scalars = Array(sentence.unicodeScalars)
        for (k, scalar) in scalars.enumerated() {
            // Joined only between a letter or digit and a capital or digit ("Hindley–Milner", "1986–2016"),
            // not before a lowercase word ("Foo–the first tool"), where it is a dash.
            if scalar == "–", k > 0, k + 1 < scalars.count, !word.isEmpty,
               scalars[k - 1].properties.isAlphabetic || scalars[k - 1].properties.numericType != nil,
               scalars[k + 1].properties.isUppercase || scalars[k + 1].properties.numericType != nil {
                wordIsASCII = false
                UTF8.encode(scalar) { word.append($0) }
                continue
            }
            if scalar.isSpace {
                flushWord()
            } else if scalar.isASCII ? asciiSeparators[Int(scalar.value)] : separateScalars.contains(scalar) {
                flushWord()
                tokens.append(Token(text: String(Character(scalar)), isWord: false))
            } else if scalar.isASCII {
                word.append(UInt8(scalar.value))
            } else {
                wordIsASCII = false
                UTF8.encode(scalar) { word.append($0) }
            }
        }
        flushWord()
        return tokens
    }

    private static let separateScalars: Set<Unicode.Scalar> = Set(separateMarks.flatMap(\.unicodeScalars))
    /// `separateScalars` for ASCII, by byte.
    private static let asciiSeparators: [Bool] = (0..<128).map { separateScalars.contains(Unicode.Scalar(UInt8($0))) }
}

/// An ASCII byte in lower case.
@inline(__always) func asciiLowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

/// Shape tests on single words.
enum WordShape {
    /// A model size or size tag: "13B", "1.5B", "30B+", "XXL", "base".
    static func isSize(_ word: String) -> Bool {
        if let answer = isASCIISize(word) { return answer }
        let w = trimmingPluses(Substring(word))
        if w.count <= 6, sizeWords.contains(NameKey.lowercased(String(w))) { return true }
        guard let last = w.last, "kmbtKMBT".contains(last) else { return false }
        let number = w.dropLast()
        return !number.isEmpty && number.allSatisfy { $0.isDigit || $0 == "." }
    }

    /// ``isSize(_:)`` on ASCII bytes; `nil` for other text.
    private static func isASCIISize(_ word: String) -> Bool? {
        var w = Substring(word).utf8
        while w.first == UInt8(ascii: "+") { w.removeFirst() }
        while w.last == UInt8(ascii: "+") { w.removeLast() }
        guard w.allSatisfy({ $0 < 0x80 }) else { return nil }
        if w.count >= 2, w.count <= 6, let first = w.first, sizeWordInitials.contains(asciiLowercased(first)),
           sizeWords.contains(String(decoding: w.map(asciiLowercased), as: UTF8.self)) {
            return true
        }
        guard let last = w.last, "kmbtKMBT".utf8.contains(last) else { return false }
        let number = w.dropLast()
        return !number.isEmpty && number.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: ".") }
    }

    /// First letters of `sizeWords`, to skip most words without building a lowercased copy.
    private static let sizeWordInitials: Set<UInt8> = Set(sizeWords.compactMap { $0.utf8.first })

    private static let sizeWords: Set<String> = ["xxl", "xl", "large", "base", "small", "mini", "tiny", "huge", "giant", "medium"]

    /// `word` without the "+" signs at either end ("30B+").
    static func trimmingPluses(_ word: Substring) -> Substring {
        var w = word
        while w.first == "+" { w.removeFirst() }
        while w.last == "+" { w.removeLast() }
        return w
    }

    /// A dotted release number: "1.2", "3.11".
    static func isDottedVersion(_ word: String) -> Bool {
        word.contains(".") && word.allSatisfy { $0.isDigit || $0 == "." } && word.first!.isDigit
    }

    /// A version or generation marker that makes a new name: "2", "3", "V3", "R1".
    static func isVersion(_ word: String) -> Bool {
        let w = trimmingPluses(Substring(word))
        if !w.isEmpty, w.allSatisfy(\.isDigit), w.count <= 2 { return true }
        guard w.count <= 3, let f = w.first, f.isUpper, w.dropFirst().allSatisfy(\.isDigit), w.count >= 2 else { return false }
        return true
    }

    /// An acronym plural that names a class of things ("RNNs", "APIs", "LLMs"), not one thing.
    static func isAcronymPlural(_ word: String) -> Bool {
        let utf8 = word.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard utf8.count >= 3, utf8.last == UInt8(ascii: "s") else { return false }
            let stem = utf8.dropLast()
            return stem.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) } && stem.contains { $0 >= 0x41 && $0 <= 0x5A }
        }
        guard word.count >= 3, word.hasSuffix("s") else { return false }
        let stem = word.dropLast()
        return stem.allSatisfy { $0.isUpper || $0.isDigit } && stem.contains { $0.isUpper }
    }

    /// Looks like (part of) a proper name: has an uppercase letter, or letters and digits starting
    /// with a letter ("o1", "libxml2"). A sentence-initial word needs more than its first capital.
    /// - Complexity: O(1): the token's ``WordFacts`` hold the answers.
    static func isNameLike(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let f = token.facts
        // "3D Gaussian Splatting": a digit may open a name that has capitals; "16x16" and "70B" are no names.
        if !f.contains(.startsWithLetter) {
            return f.contains(.startsWithDigit) && f.contains(.hasUpper) && f.contains(.lettersAndDigitsOnly)
                && !f.contains(.size) && !token.isSentenceInitial
        }
        if f.contains(.functionWord) || f.contains(.acronymPlural) || f.contains(.size) { return false }
        // "asm.js", "node.js": a lowercase software name with a dot between letters (not "e.g").
        if f.contains(.innerDot), !SentenceSplitter.abbreviations.contains(token.lower.hasSuffix(".") ? String(token.lower.dropLast()) : token.lower) {
            return true
        }
        if token.isSentenceInitial { return f.contains(.hasInnerUpper) || f.contains(.hasDigit) }
        return f.contains(.startsUpper) || f.contains(.hasInnerUpper) || f.contains(.hasDigit)
    }

    /// The name and suffix of a modifier made from a name: "BERT-style" → ("BERT", "style"),
    /// "ImageNet-pretrained" → ("ImageNet", "pretrained"). `nil` for other words.
    static func modifierCompound(_ word: String) -> (name: String, suffix: String)? {
        guard let dash = word.lastIndex(of: "-"), dash != word.startIndex else { return nil }
        let suffix = word[word.index(after: dash)...].lowercased()
        guard modifierSuffixes[suffix] != nil else { return nil }
        let name = String(word[..<dash])
        guard name.first?.isAlpha == true, name.contains(where: \.isUpper) else { return nil }
        return (name, suffix)
    }

    /// The suffixes of ``modifierCompound(_:)`` and the relation each states. Not "-like": likeness is no influence.
    static let modifierSuffixes: [String: String] = [
        "style": "applies", "inspired": "inspired", "based": "builds-on", "derived": "extends",
        "powered": "foundation-of", "pretrained": "used-by", "initialized": "used-by",
    ]

    /// Letters and digits in one word, starting with a letter: distinctive even as a modifier ("GPT-5 MoE").
    static func isDistinctive(_ word: String) -> Bool {
        guard let f = word.first, f.isAlpha else { return false }
        return word.contains(where: \.isDigit) && word.contains(where: \.isUpper)
    }
}

/// Facts about the characters of a word, found in one pass over it when its ``Token`` is made, so
/// that the shape tests the miner repeats on every word cost a bit test each.
struct WordFacts: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    static let startsWithLetter = WordFacts(rawValue: 1 << 0)
    static let startsWithDigit = WordFacts(rawValue: 1 << 1)
    static let startsUpper = WordFacts(rawValue: 1 << 2)
    static let hasUpper = WordFacts(rawValue: 1 << 3)
    /// An uppercase letter after the first character ("iPhone", "LLaMA").
    static let hasInnerUpper = WordFacts(rawValue: 1 << 4)
    static let hasDigit = WordFacts(rawValue: 1 << 5)
    /// Nothing but letters and digits.
    static let lettersAndDigitsOnly = WordFacts(rawValue: 1 << 6)
    /// ``WordShape/isSize(_:)``.
    static let size = WordFacts(rawValue: 1 << 7)
    /// ``WordShape/isAcronymPlural(_:)``.
    static let acronymPlural = WordFacts(rawValue: 1 << 8)
    /// One of ``FunctionWords/all``.
    static let functionWord = WordFacts(rawValue: 1 << 9)
    /// A dot between two letters, in a word of at least four characters ("asm.js").
    static let innerDot = WordFacts(rawValue: 1 << 10)

    /// The facts of `word`, whose lowercased form is `lower`.
    /// - Complexity: O(n) in the length of the word.
    init(of word: String, lower: String) {
        var facts: WordFacts = [.lettersAndDigitsOnly]
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // Byte by byte: most corpus text is ASCII.
            for (i, b) in word.utf8.enumerated() {
                let upper = b >= 0x41 && b <= 0x5A, digit = b >= 0x30 && b <= 0x39
                facts.note(first: i == 0, upper: upper, digit: digit, letter: upper || (b >= 0x61 && b <= 0x7A))
            }
        } else {
            for (i, c) in word.enumerated() { facts.note(first: i == 0, upper: c.isUppercase, digit: c.isNumber, letter: c.isLetter) }
        }
        if WordShape.isSize(word) { facts.insert(.size) }
        if WordShape.isAcronymPlural(word) { facts.insert(.acronymPlural) }
        if FunctionWords.all.contains(lower) { facts.insert(.functionWord) }
        // Not a web address ("example.com"): a site is no work.
        // One dot only: "a.k.a", "w.r.t" and "example.co.uk" are no names.
        if word.utf8.count >= 4, word.utf8.lazy.filter({ $0 == UInt8(ascii: ".") }).count == 1,
           let dot = word.dropFirst().dropLast().firstIndex(of: "."),
           word[word.index(before: dot)].isAlpha, word[word.index(after: dot)].isAlpha,
           !WordFacts.webDomains.contains(where: { lower.hasSuffix($0) }) {
            facts.insert(.innerDot)
        }
        self = facts
    }

    static let webDomains = [".com", ".org", ".net", ".io", ".edu", ".gov", ".ai", ".dev", ".app", ".uk", ".de", ".fr",
                             ".jp", ".cn", ".ru", ".eu", ".info", ".co"]

    /// Adds what one character says.
    private mutating func note(first: Bool, upper: Bool, digit: Bool, letter: Bool) {
        if first {
            if letter { insert(.startsWithLetter) }
            if digit { insert(.startsWithDigit) }
            if upper { insert(.startsUpper) }
        } else if upper {
            insert(.hasInnerUpper)
        }
        if upper { insert(.hasUpper) }
        if digit { insert(.hasDigit) }
        if !digit, !letter { remove(.lettersAndDigitsOnly) }
    }
}
