import Foundation

/// Ids, short names and fallback names of corpus entries.
enum EntryNaming {
    /// A lowercase ASCII slug: letters and digits kept (diacritics folded), every other run of
    /// characters one hyphen. "A·B 2" → "a-b-2", "Çelik" → "celik", "X-4/5" → "x-4-5".
    /// - Complexity: O(n) in the length of the text.
    static func slug(_ text: String) -> String { Slug.make(text) }

    /// The short name a title suggests: the part before a colon when it is short
    /// ("Widgets: A Study of ..." → "Widgets"), else the whole title.
    static func shortName(fromTitle title: String) -> String {
        if let colon = title.firstIndex(of: ":") {
            let head = String(title[..<colon]).trimmed
            let words = head.split(whereSeparator: \.isWhitespace).count
            if !head.isEmpty, words <= 4 { return head }
        }
        return title
    }

    private static let clauseBreaks: Set<Character> = [",", ";", ":", "—", "–", "(", ".", "!", "?"]
    private static let trailingFunctionWords: Set<String> = [
        "and", "or", "but", "of", "the", "a", "an", "to", "with", "that", "for", "in", "on", "by", "from", "as", "at", "which",
    ]
    /// Most words a name made from text may have.
    static let maximumNameWords = 5

    /// A short phrase naming an entry that has no title, taken from its description: the first
    /// clause, at most ``maximumNameWords`` words, without trailing function words.
    /// "Proposed faster graph widgets and showed ..." → "Proposed faster graph widgets".
    /// - Complexity: O(n) in the length of the text.
    static func name(fromText text: String) -> String {
        var clause = ""
        for c in text {
            if clauseBreaks.contains(c) { break }
            clause.append(c)
        }
        var words = clause.split(whereSeparator: \.isWhitespace).prefix(maximumNameWords).map(String.init)
        while words.count > 1, let last = words.last, trailingFunctionWords.contains(last.lowercased()) {
            words.removeLast()
        }
        let name = words.joined(separator: " ")
        return name.isEmpty ? "untitled entry" : name
    }

    /// Gives every entry a unique id: its given id, else the slug of its short name. Later
    /// entries whose id is taken get a suffix (`-2`, `-3`, ...) and a `duplicate-id` diagnostic.
    /// - Complexity: O(n) expected for n entries.
    static func assignIDs(_ entries: inout [Entry], diagnostics: inout [Diagnostic]) {
        var taken: Set<String> = []
        for i in entries.indices {
            let base = entries[i].hasGivenID ? entries[i].id : slug(entries[i].shortName)
            var id = base
            var suffix = 2
            while taken.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            if id != base {
                diagnostics.append(Diagnostic(.warning, code: "duplicate-id",
                                              "id \"\(base)\" is taken by an earlier entry; this one is \"\(id)\"",
                                              at: entries[i].location))
            }
            taken.insert(id)
            entries[i].id = id
        }
    }
}
