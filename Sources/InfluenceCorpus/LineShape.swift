/// How a line of a `.txt` page looks: the page format has no markers, so lines are told apart
/// by their shape.
enum LineShape: Equatable {
    /// A short line without a final period: a title, an era name or the page title.
    case heading
    /// A line that reads as prose: a description, an impact line or a blurb.
    case sentence

    /// Most words a heading may have; longer lines without a final period read as prose.
    static let maximumHeadingWords = 30
    /// Most words a heading ending with a question mark may have ("Are Widgets Enough?").
    static let maximumQuestionHeadingWords = 14

    /// Classifies one trimmed, non-empty line.
    ///
    /// A line is a sentence when it ends in `.`, `!`, `;` or `,` (closing quotes and brackets
    /// ignored), when it holds a sentence break inside (". " followed by a capital letter), or when
    /// it is longer than ``maximumHeadingWords`` words; a line ending in `?` is a sentence when it
    /// is longer than ``maximumQuestionHeadingWords`` words. Everything else is a heading.
    /// - Complexity: O(n) in the length of the line.
    init(of line: String) {
        let words = LineShape.wordCount(line)
        var last = line.last
        var trailing = line[...]
        while let c = trailing.last, LineShape.closers.contains(c) {
            trailing.removeLast()
            last = trailing.last
        }
        switch last {
        case ".", "!", ";", ",", "…":
            self = .sentence
        case "?":
            self = words > LineShape.maximumQuestionHeadingWords || LineShape.hasInnerSentenceBreak(line) ? .sentence : .heading
        default:
            self = words > LineShape.maximumHeadingWords || LineShape.hasInnerSentenceBreak(line) ? .sentence : .heading
        }
    }

    /// The number of white-space separated words of `line`.
    /// - Complexity: O(n), one pass over the scalars.
    static func wordCount(_ line: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            let space = scalar.isASCII ? (scalar == " " || (0x09...0x0D).contains(scalar.value)) : scalar.properties.isWhitespace
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    private static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»"]

    /// Abbreviations whose period does not end a sentence.
    private static let abbreviations: Set<String> = ["vs", "e.g", "i.e", "etc", "al", "dr", "mr", "ms", "no", "fig", "st", "cf"]

    /// Whether `line` has a period, `!` or `?` followed by a space and a capital letter, after a
    /// word that is not a common abbreviation or a single letter (an initial).
    static func hasInnerSentenceBreak(_ line: String) -> Bool {
        let chars = Array(line)
        var i = 0
        while i + 2 < chars.count {
            let c = chars[i]
            if (c == "." || c == "!" || c == "?"), chars[i + 1] == " ", chars[i + 2].isUppercase {
                var j = i
                while j > 0, !chars[j - 1].isWhitespace { j -= 1 }
                let word = String(chars[j..<i]).lowercased()
                if c != "." || (word.count > 1 && !abbreviations.contains(word)) { return true }
            }
            i += 1
        }
        return false
    }
}
