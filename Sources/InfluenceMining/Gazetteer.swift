import InfluenceCorpus

/// The names a corpus uses for its own entries, and longest-match lookup over tokens.
///
/// Built from the corpus itself: each entry's title, the name before a title's colon ("BERT",
/// "LoRA"), its name, short name and aliases (from metadata or `.jsonl`), and acronyms the text
/// defines ("Mixture-of-Experts (MoE)", "Multi-head Latent Attention (MLA)"). Stated names win over
/// acronyms derived from the text; a key shared by several entries is ambiguous.
struct Gazetteer: Sendable {
    private var stated: [String: [Int]] = [:]
    private var derived: [String: [Int]] = [:]
    /// Most tokens a name of the gazetteer spans.
    private(set) var maximumTokens = 1
    /// The first word of every name's key: a span whose first word is none of these names nothing.
    private var firstWords: Set<String> = []
    /// For each name-like word of the corpus text (by key), the entries whose title or text hold it.
    private var nameWordEntries: [String: Set<Int>] = [:]
    /// Keys of words the corpus text capitalizes inside a sentence, where a capital says "name".
    private(set) var capitalizedInText: Set<String> = []
    /// For each lowercase word of the corpus text, the entries whose text holds it.
    private var lowercaseSeen: [String: Set<Int>] = [:]

    /// - Complexity: O(total length of the names and texts).
    init(corpus: Corpus) {
        self.init(corpus: corpus, text: FieldSentences.of(corpus))
    }

    /// The gazetteer of `corpus`, whose text is already split and tokenized in `text` (by entry).
    /// - Complexity: O(total length of the names and texts).
    init(corpus: Corpus, text: [[FieldSentences]]) {
        for (i, entry) in corpus.entries.enumerated() {
            var names = [entry.name, entry.shortName] + entry.aliases
            if let title = entry.title?.text {
                names.append(title)
                if let colon = title.firstIndex(of: ":") {
                    let head = String(title[..<colon])
                    if head.split(separator: " ").count <= 5 { names.append(head) }
                }
            }
            for name in names { add(name, entry: i, stated: true) }
        }
        for (i, entry) in corpus.entries.enumerated() {
            for field in text[i] {
                for sentence in field.sentences {
                    addDefinedAcronyms(in: sentence.tokens, entry: i)
                    addNameWords(of: sentence.tokens, entry: i)
                    for t in sentence.tokens where !t.isSentenceInitial && WordShape.isNameLike(t) {
                        capitalizedInText.insert(t.key)
                    }
                    for t in sentence.tokens where t.isWord && t.text == t.lower { lowercaseSeen[t.lower, default: []].insert(i) }
                }
            }
            if let title = entry.title?.text { addNameWords(of: Tokenizer.tokenize(title), entry: i) }
        }
    }

    private mutating func add(_ name: String, entry: Int, stated isStated: Bool) {
        let words = Tokenizer.tokenize(name).filter(\.isWord)
        let key = NameKey.name(words: words)
        guard !key.isEmpty else { return }
        if isStated {
            if !stated[key, default: []].contains(entry) { stated[key, default: []].append(entry) }
        } else {
            if !derived[key, default: []].contains(entry) { derived[key, default: []].append(entry) }
        }
        maximumTokens = max(maximumTokens, words.count)
        if let first = key.split(separator: " ").first { firstWords.insert(String(first)) }
    }

    /// "Long Form (ACR)": the acronym names what the long form names; when the long form is new and
    /// the sentence introduces it ("Introduced ..."), both name the entry the sentence describes.
    private mutating func addDefinedAcronyms(in tokens: [Token], entry: Int) {
        let introduces = tokens.first.map { ["introduced", "proposed", "invented", "developed", "pioneered", "presented"].contains($0.lower) } ?? false
        for i in tokens.indices where i + 2 < tokens.count && tokens[i].isPunct("(") && tokens[i + 2].isPunct(")") {
            let acronym = tokens[i + 1]
            let letters = acronym.text.filter(\.isAlpha).lowercased()
            guard acronym.isWord, (2...6).contains(letters.count), acronym.text.filter(\.isUpper).count >= 2 else { continue }
            var start = i
            var longForm: String?
            while start > 0, tokens[start - 1].isWord, i - start < 6 {
                start -= 1
                let initials = tokens[start..<i].flatMap { $0.key.split(separator: " ").compactMap(\.first) }
                if initials.first == letters.first, initials.last == letters.last, Self.isSubsequence(Array(letters), of: initials) {
                    longForm = tokens[start..<i].map(\.text).joined(separator: " ")
                    break
                }
            }
            guard let longForm else { continue }
            if let owners = stated[NameKey.name(longForm)] {
                for owner in owners where stated[acronym.key] == nil { add(acronym.text, entry: owner, stated: false) }
            } else if introduces {
                if stated[acronym.key] == nil { add(acronym.text, entry: entry, stated: false) }
                add(longForm, entry: entry, stated: false)
            }
        }
    }

    private mutating func addNameWords(of tokens: [Token], entry: Int) {
        for token in tokens where WordShape.isNameLike(token) { nameWordEntries[token.key, default: []].insert(entry) }
    }

    /// Whether the first word of `name` also occurs in the title or text of an entry other than `entry`.
    /// - Complexity: O(length of the name).
    func isNamedOutside(_ name: String, entry: Int) -> Bool {
        guard let first = Tokenizer.tokenize(name).first(where: \.isWord) else { return false }
        return nameWordEntries[first.key]?.contains { $0 != entry } ?? false
    }

    /// How many entries hold the word (by key) in their title or text as a name-like word.
    /// - Complexity: O(1) expected.
    func entryCount(ofNameWord key: String) -> Int {
        nameWordEntries[key]?.count ?? 0
    }

    /// How many entries' texts hold `word` in lower case: a word many texts use is a common word,
    /// not the name of a tool.
    /// - Complexity: O(1) expected.
    func entryCount(ofLowercaseWord word: String) -> Int {
        lowercaseSeen[word]?.count ?? 0
    }

    private static func isSubsequence(_ needle: [Character], of haystack: [Character]) -> Bool {
        var i = 0
        for c in haystack where i < needle.count && c == needle[i] { i += 1 }
        return i == needle.count
    }

    /// The entries a key names: stated names first, then derived ones.
    func entries(forKey key: String) -> [Int]? {
        stated[key] ?? derived[key]
    }

    /// The longest name starting at `start` and ending before `end` (word tokens only), with the
    /// entries it names. Tolerates a plural ("GANs"), a trailing size tag within the last word
    /// ("T5-XXL") and a trailing size word ("LLaMA 2 13B" matches "LLaMA 2" over two tokens).
    /// - Complexity: O(k²) for names of up to k tokens.
    func longestMatch(in tokens: [Token], from start: Int, to end: Int) -> (length: Int, entries: [Int])? {
        guard start < end, tokens[start].isWord else { return nil }
        let firstKey = tokens[start].key.split(separator: " ").first.map(String.init) ?? ""
        guard firstWords.contains(firstKey) || (firstKey.hasSuffix("s") && firstWords.contains(String(firstKey.dropLast()))) else {
            return nil
        }
        var limit = start
        while limit < end, limit - start < maximumTokens, tokens[limit].isWord {
            limit += 1
            if tokens[limit - 1].isPossessive { break }
        }
        for stop in stride(from: limit, to: start, by: -1) {
            let key = NameKey.phrase(tokens[start..<stop])
            if let found = entries(forKey: key) { return (stop - start, found) }
            if key.hasSuffix("s"), key.count > 2, let found = entries(forKey: String(key.dropLast())) { return (stop - start, found) }
            // "T5-XXL" → "T5": drop size subwords of the last token.
            var words = key.split(separator: " ").map(String.init)
            let lastTokenWords = tokens[stop - 1].key.split(separator: " ").count
            var dropped = 0
            while words.count > 1, dropped < lastTokenWords - 1, let w = words.last, WordShape.isSize(w) {
                words.removeLast()
                dropped += 1
                if let found = entries(forKey: words.joined(separator: " ")) { return (stop - start, found) }
            }
        }
        return nil
    }
}
