import Foundation

/// Normalized keys under which names are looked up.
///
/// Case, diacritics and the joiners "-", "·", "_" do not matter: "DALL·E", "DALL-E" and "dall e"
/// share the key "dall e"; "LLaMA 2+" keys as "llama 2"; "the Transformer" as "transformer".
enum NameKey {
    static let joiners: Set<Character> = ["-", "‐", "‑", "·", "•", "_", "–"]

    /// The key of one word: lowercased, diacritics folded, joiners turned into spaces, a trailing "+" dropped.
    /// - Complexity: O(n) in the length of the word.
    static func word(_ w: String) -> String {
        if let key = asciiWord(w) { return key }
        // Only text outside ASCII needs Foundation's (slower) folding.
        var s = w.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        while s.hasSuffix("+") { s.removeLast() }
        var out = ""
        for c in s {
            if joiners.contains(c) { if !out.hasSuffix(" ") && !out.isEmpty { out.append(" ") } } else { out.append(c) }
        }
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// ``word(_:)`` of an ASCII word in one pass over its bytes; `nil` for other text.
    private static func asciiWord(_ w: String) -> String? {
        var word = Substring(w).utf8
        while word.last == UInt8(ascii: "+") { word.removeLast() }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.count)
        for b in word {
            guard b < 0x80 else { return nil }
            if b == UInt8(ascii: "-") || b == UInt8(ascii: "_") {
                if let last = bytes.last, last != UInt8(ascii: " ") { bytes.append(UInt8(ascii: " ")) }
            } else {
                bytes.append(asciiLowercased(b))
            }
        }
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Lowercased text, with a byte-wise fast path for ASCII.
    static func lowercased(_ text: String) -> String {
        var ascii = true
        var hasUpper = false
        for b in text.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 0x41 && b <= 0x5A { hasUpper = true }
        }
        guard ascii else { return text.lowercased() }
        guard hasUpper else { return text }
        return String(decoding: text.utf8.map(asciiLowercased), as: UTF8.self)
    }

    /// The key of a phrase given as tokens.
    static func phrase<C: Collection>(_ tokens: C) -> String where C.Element == Token {
        tokens.map(\.key).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The key of a free-text name ("the Transformer" → "transformer").
    static func name(_ text: String) -> String {
        name(words: Tokenizer.tokenize(text).filter(\.isWord))
    }

    /// The key of a name given as its word tokens.
    static func name(words: [Token]) -> String {
        var words = words
        if let f = words.first, ["the", "a", "an"].contains(f.lower), words.count > 1 { words.removeFirst() }
        return phrase(words)
    }
}

/// Closed-class words: never part of a name.
enum FunctionWords {
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "your", "my"]
    /// Words that open a phrase about many unnamed things ("all modern MoE models", "hundreds of ...").
    static let quantifiers: Set<String> = [
        "all", "most", "every", "each", "many", "much", "some", "several", "various", "numerous", "countless",
        "virtually", "nearly", "almost", "hundreds", "thousands", "dozens", "millions", "any", "other", "others", "more",
        "few", "multiple",
    ]
    static let prepositions: Set<String> = [
        "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "into", "onto", "via", "through", "across",
        "under", "over", "between", "among", "toward", "towards", "without", "within", "than", "about", "after",
        "before", "since", "like", "upon", "atop",
    ]
    static let conjunctions: Set<String> = ["and", "or", "but", "nor", "while", "whereas", "because", "so", "yet", "plus"]
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could",
        "will", "would", "shall", "should", "may", "might", "must",
    ]
    static let relatives: Set<String> = ["that", "which", "who", "whom", "whose", "where", "when"]
    static let pronouns: Set<String> = ["it", "its", "it's", "this", "they", "them", "their", "we", "our", "us", "you", "i", "he", "she"]
    static let all: Set<String> = determiners.union(quantifiers).union(prepositions).union(conjunctions)
        .union(auxiliaries).union(relatives).union(pronouns)
    /// Words that can follow a name without making it a modifier ("Mistral AI as ...", "Claude would ...").
    static let nameFollowers: Set<String> = prepositions.union(conjunctions).union(auxiliaries).union(relatives)
    /// Singular nouns that name the kind of a named thing ("the Torch library", "the RPython language").
    static let classNouns: Set<String> = [
        "library", "framework", "toolkit", "language", "engine", "project", "package", "module", "model", "architecture",
        "system", "tool", "script", "api", "paper", "method", "algorithm", "platform", "interface", "format", "protocol",
        "compiler", "runtime", "database", "service", "family", "analyzer", "analyser", "collector", "allocator",
        "interpreter", "assembler", "aligner", "browser", "parser", "generator", "checker", "prover", "debugger",
        "server", "machine", "processor", "toolchain", "pipeline", "suite", "package", "program", "software",
    ]
    /// Quantifiers that may follow the subject they quantify ("A, B and C all build on it").
    static let floatingQuantifiers: Set<String> = ["all", "both", "alike"]
    /// Past tenses without "-ed" that open a fragment whose subject is the entry ("Made ...", "Took ...").
    static let irregularPastTense: Set<String> = [
        "made", "took", "built", "ran", "brought", "set", "led", "won", "gave", "found", "became", "began", "drew",
        "wrote", "kept", "put", "split", "got", "held", "laid", "left", "lent", "meant", "paid", "sent", "spent", "stood",
        "taught", "told", "thought", "threw", "went", "broke", "chose", "grew", "knew", "rose", "saw", "showed", "shown",
    ]
    /// Adverbs that may stand before a cue without being a subject ("Directly influenced", "Widely adopted by").
    static let adverbs: Set<String> = [
        "directly", "indirectly", "widely", "also", "now", "later", "then", "further", "heavily", "largely", "originally",
        "partly", "strongly", "eventually", "subsequently", "notably", "famously", "first", "still", "already", "even",
    ]
}
