/// Splits prose into sentences without breaking names, numbers and abbreviations.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and then an uppercase letter, a digit
/// or an opening quote, outside parentheses, unless the word before the stop is a known abbreviation
/// ("e.g.", "i.e.", "vs.", "et al.", "Dr.") or a single-letter initial ("Jeffrey A. Clark").
/// Decimals ("1.5B"), versions ("GPT-4/5", "DALL·E 2"), em dashes and quotes never split, since they
/// either have no white space after the dot or are not stops at all.
public struct SentenceSplitter: Sendable {
    /// Lowercased words (without their final dot) after which a dot does not end a sentence.
    static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "cf", "al", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "jr", "sr", "st",
        "fig", "no", "approx", "ca", "viz", "resp", "eq", "sec", "vol", "u.s", "e.v",
    ]

    public init() {}

    /// The sentences of `text`, trimmed, in order.
    /// - Complexity: O(n) in the length of the text.
    public func split(_ text: String) -> [String] {
        // Scalars, not Characters: every mark the splitter looks for is one scalar, and a scalar
        // array is far cheaper to build and to slice.
        let chars = Array(text.unicodeScalars)
        var sentences: [String] = []
        var start = 0
        var depth = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "(" || c == "[" { depth += 1 }
            if c == ")" || c == "]" { depth = max(0, depth - 1) }
            if (c == "." || c == "!" || c == "?"), depth == 0, endsSentence(chars, at: i) {
                var end = i + 1
                // Keep a closing quote or bracket with the sentence it ends.
                while end < chars.count, Self.closers.contains(chars[end]) { end += 1 }
                append(chars[start..<end], to: &sentences)
                start = end
                i = end
                continue
            }
            i += 1
        }
        append(chars[start..<chars.count], to: &sentences)
        return sentences
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "("]

    private func append(_ slice: ArraySlice<Unicode.Scalar>, to sentences: inout [String]) {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: slice)
        let s = String(view).trimmingWhitespace()
        if !s.isEmpty { sentences.append(s) }
    }

    private func endsSentence(_ chars: [Unicode.Scalar], at i: Int) -> Bool {
        // Skip closing quotes, then require white space and a plausible sentence start.
        var j = i + 1
        while j < chars.count, Self.closers.contains(chars[j]) { j += 1 }
        if j >= chars.count { return true }
        guard chars[j].isSpace else { return false }
        while j < chars.count, chars[j].isSpace { j += 1 }
        if j >= chars.count { return true }
        let next = chars[j]
        guard next.isUpper || next.isDigit || Self.openers.contains(next) else { return false }
        guard chars[i] == "." else { return true }
        // The word before the dot.
        var k = i
        while k > 0, !chars[k - 1].isSpace, !Self.openers.contains(chars[k - 1]) { k -= 1 }
        if i - k == 1, chars[k].isUpper { return false }  // an initial
        var word = String.UnicodeScalarView()
        word.append(contentsOf: chars[k..<i])
        return !Self.abbreviations.contains(NameKey.lowercased(String(word)))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isSpace { s.removeFirst() }
        while let l = s.last, l.isSpace { s.removeLast() }
        return String(s)
    }
}
