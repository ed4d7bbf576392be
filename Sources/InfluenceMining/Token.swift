import Foundation

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

    init(text: String, isWord: Bool, isPossessive: Bool = false, isSentenceInitial: Bool = false) {
        self.text = text
        self.isWord = isWord
        self.isPossessive = isPossessive
        self.isSentenceInitial = isSentenceInitial
        self.lower = text.lowercased()
        self.key = isWord ? NameKey.word(text) : text
    }

    func isPunct(_ p: String) -> Bool { !isWord && text == p }
}

/// Splits a sentence into word and punctuation tokens.
///
/// Words keep their inner hyphens, middle dots, slashes, dots and apostrophes ("DALL·E", "GPT-4/5",
/// "1.5B", "e.g."); a trailing "'s" becomes ``Token/isPossessive``; quotes around a word are dropped;
/// `, ; : ( ) [ ] — – → ! ?` and a final "." are tokens of their own.
enum Tokenizer {
    static let separateMarks: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "—", "–", "→", "!", "?", "\"", "“", "”"]
    static let quoteMarks: Set<Character> = ["'", "’", "‘", "`"]

    /// - Complexity: O(n) in the length of the sentence.
    static func tokenize(_ sentence: String) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        func flushWord() {
            defer { word = "" }
            var w = Substring(word)
            // "Google Maps' Immersive View": a plural possessive of a capitalized word.
            let pluralPossessive = (w.hasSuffix("s'") || w.hasSuffix("s’")) && w.first?.isUppercase == true
            while let f = w.first, quoteMarks.contains(f) { w.removeFirst() }
            while let l = w.last, quoteMarks.contains(l) { w.removeLast() }
            var trailingDot = false
            if w.last == ".", !SentenceSplitter.abbreviations.contains(w.dropLast().lowercased()) {
                w.removeLast()
                trailingDot = true
                while let l = w.last, quoteMarks.contains(l) { w.removeLast() }
            }
            var possessive = pluralPossessive
            for suffix in ["'s", "’s"] where w.count > suffix.count && w.hasSuffix(suffix) {
                w.removeLast(suffix.count)
                possessive = true
            }
            if !w.isEmpty {
                tokens.append(Token(text: String(w), isWord: true, isPossessive: possessive,
                                    isSentenceInitial: !tokens.contains { $0.isWord }))
            }
            if trailingDot { tokens.append(Token(text: ".", isWord: false)) }
        }
        for c in sentence {
            if c.isWhitespace {
                flushWord()
            } else if separateMarks.contains(c) {
                flushWord()
                tokens.append(Token(text: String(c), isWord: false))
            } else {
                word.append(c)
            }
        }
        flushWord()
        return tokens
    }
}

/// Shape tests on single words.
enum WordShape {
    /// A model size or size tag: "13B", "1.5B", "30B+", "XXL", "base".
    static func isSize(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "+"))
        if ["xxl", "xl", "large", "base", "small", "mini", "tiny", "huge", "giant", "medium"].contains(w) { return true }
        guard let last = w.last, "kmbt".contains(last) else { return false }
        let number = w.dropLast()
        return !number.isEmpty && number.allSatisfy { $0.isNumber || $0 == "." }
    }

    /// A dotted release number: "1.2", "3.11".
    static func isDottedVersion(_ word: String) -> Bool {
        word.contains(".") && word.allSatisfy { $0.isNumber || $0 == "." } && word.first!.isNumber
    }

    /// A version or generation marker that makes a new name: "2", "3", "V3", "R1".
    static func isVersion(_ word: String) -> Bool {
        let w = word.trimmingCharacters(in: CharacterSet(charactersIn: "+"))
        if !w.isEmpty, w.allSatisfy(\.isNumber), w.count <= 2 { return true }
        guard w.count <= 3, let f = w.first, f.isUppercase, w.dropFirst().allSatisfy(\.isNumber), w.count >= 2 else { return false }
        return true
    }

    /// An acronym plural that names a class of things ("RNNs", "APIs", "LLMs"), not one thing.
    static func isAcronymPlural(_ word: String) -> Bool {
        guard word.count >= 3, word.hasSuffix("s") else { return false }
        let stem = word.dropLast()
        return stem.allSatisfy { $0.isUppercase || $0.isNumber } && stem.contains { $0.isUppercase }
    }

    /// Looks like (part of) a proper name: has an uppercase letter, or letters and digits starting
    /// with a letter ("o1", "libxml2"). A sentence-initial word needs more than its first capital.
    static func isNameLike(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        let w = token.text
        guard let first = w.first else { return false }
        // "3D Gaussian Splatting": a digit may open a name that has capitals; "16x16" and "70B" are no names.
        if !first.isLetter {
            return first.isNumber && w.contains(where: \.isUppercase) && w.allSatisfy { $0.isLetter || $0.isNumber }
                && !isSize(w) && !token.isSentenceInitial
        }
        if FunctionWords.all.contains(token.lower) { return false }
        if isAcronymPlural(w) || isSize(w) { return false }
        let hasDigit = w.contains(where: \.isNumber)
        let innerUpper = w.dropFirst().contains(where: \.isUppercase)
        if token.isSentenceInitial { return innerUpper || hasDigit }
        return first.isUppercase || innerUpper || hasDigit
    }

    /// The name and suffix of a modifier made from a name: "BERT-style" → ("BERT", "style"),
    /// "ImageNet-pretrained" → ("ImageNet", "pretrained"). `nil` for other words.
    static func modifierCompound(_ word: String) -> (name: String, suffix: String)? {
        guard let dash = word.lastIndex(of: "-"), dash != word.startIndex else { return nil }
        let suffix = word[word.index(after: dash)...].lowercased()
        guard modifierSuffixes[suffix] != nil else { return nil }
        let name = String(word[..<dash])
        guard name.first?.isLetter == true, name.contains(where: \.isUppercase) else { return nil }
        return (name, suffix)
    }

    /// The suffixes of ``modifierCompound(_:)`` and the relation each states. Not "-like": likeness is no influence.
    static let modifierSuffixes: [String: String] = [
        "style": "applies", "inspired": "inspired", "based": "builds-on", "derived": "extends",
        "powered": "foundation-of", "pretrained": "used-by", "initialized": "used-by",
    ]

    /// Letters and digits in one word, starting with a letter: distinctive even as a modifier ("GPT-5 MoE").
    static func isDistinctive(_ word: String) -> Bool {
        guard let f = word.first, f.isLetter else { return false }
        return word.contains(where: \.isNumber) && word.contains(where: \.isUppercase)
    }
}
