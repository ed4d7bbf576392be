/// The start of an era's second line: a year or a year range, then (often with no space) the blurb.
///
/// Accepted: `1986 – 2016The foundations`, `2017-2020 Blurb`, `2019—2021`, `2023The blurb`,
/// `2023`, `2023: blurb`. The dash may be a hyphen, en dash, em dash, figure dash or horizontal bar.
struct YearLine: Equatable {
    var years: ClosedRange<Int>
    var blurb: String
    /// The page gave the range backwards ("2020 – 2017"); `years` is put in order.
    var wasReversed: Bool
    /// The line is a range, a bare year, or a year glued to its blurb ("2023The"): it reads as an
    /// era line even without an era name before it.
    var isUnmistakable: Bool

    private static let dashes: Set<Character> = ["-", "–", "—", "‒", "―", "−"]

    /// Parses a trimmed line, or returns `nil` when it does not start with a year.
    ///
    /// A single year must be followed directly by a letter, or by the end of the line, `:`, `|`
    /// or a dash (spaces allowed), so a sentence such as "2019 saw ..." is not taken for an era line.
    /// - Complexity: O(n) in the length of the line.
    init?(_ line: String) {
        let chars = Array(line)
        func year(at i: Int) -> Int? {
            guard i + 4 <= chars.count else { return nil }
            var value = 0
            for k in i..<(i + 4) {
                guard let d = chars[k].wholeNumberValue, chars[k].isASCII else { return nil }
                value = value * 10 + d
            }
            if i + 4 < chars.count, chars[i + 4].isASCII, chars[i + 4].isNumber { return nil }
            return (1000...2999).contains(value) ? value : nil
        }
        guard let first = year(at: 0) else { return nil }
        var i = 4
        var j = i
        while j < chars.count, chars[j] == " " { j += 1 }
        var last = first
        var isRange = false
        if j < chars.count, YearLine.dashes.contains(chars[j]) {
            var k = j + 1
            while k < chars.count, chars[k] == " " { k += 1 }
            if let second = year(at: k) {
                last = second
                isRange = true
                i = k + 4
            }
        }
        var glued = false
        if !isRange, j < chars.count {
            let next = chars[j]
            glued = j == i && next.isLetter
            guard glued || next == ":" || next == "|" || YearLine.dashes.contains(next) else { return nil }
        }
        var rest = chars[i...]
        while let c = rest.first, c == " " || c == ":" || c == "|" || (!isRange && YearLine.dashes.contains(c)) {
            rest.removeFirst()
        }
        wasReversed = last < first
        years = min(first, last)...max(first, last)
        blurb = String(rest).trimmed
        isUnmistakable = isRange || glued || blurb.isEmpty
    }
}
