/// One field of a delimited row: a byte range of the scanned buffer.
struct FieldSpan {
    var start: Int
    var end: Int
    /// The field was quoted and holds doubled quotes (`""`) that stand for one quote each.
    var hasDoubledQuotes: Bool
}

/// What scanning one row found.
enum RowScan: Equatable {
    /// A complete row; the next row starts at `next`. `innerNewlines` counts line breaks inside
    /// quoted fields, so line numbers stay those of the file.
    case row(next: Int, innerNewlines: Int)
    /// The buffer ends inside the row: read more and scan the row again.
    case needMore
    /// The row breaks the quoting rules.
    case malformed(String)
}

/// Splits rows of delimited text (TSV, CSV) into fields, straight from bytes.
///
/// Follows RFC 4180 (Shafranovich 2005, https://www.rfc-editor.org/rfc/rfc4180): a field may be
/// quoted with `"`, a quoted field may hold the delimiter, line breaks and doubled quotes. Also
/// accepted: LF or CRLF line ends, spaces around fields (trimmed), any one-byte delimiter.
struct DelimitedRowScanner {
    let delimiter: UInt8

    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")

    /// Scans the row that starts at `start` in `bytes[..<end]`.
    ///
    /// The first `fields.count` fields are stored in `fields`; `fieldCount` receives the number of
    /// fields of the row (which may be larger). At end of input (`atEOF`), a row without a final
    /// line break is complete.
    /// - Complexity: O(length of the row).
    @inline(__always)
    func scan(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, atEOF: Bool,
              fields: UnsafeMutableBufferPointer<FieldSpan>, fieldCount: inout Int) -> RowScan {
        var p = start
        var count = 0
        var innerNewlines = 0
        while true {
            // Leading spaces (not when the delimiter is a space).
            while p < end, bytes[p] == DelimitedRowScanner.space, delimiter != DelimitedRowScanner.space { p += 1 }
            var span: FieldSpan
            if p < end, bytes[p] == DelimitedRowScanner.quote {
                p += 1
                let contentStart = p
                var doubled = false
                while true {
                    guard p < end else {
                        return atEOF ? .malformed("a quoted field is not closed; expected a closing \"") : .needMore
                    }
                    let b = bytes[p]
                    if b == DelimitedRowScanner.quote {
                        if p + 1 < end, bytes[p + 1] == DelimitedRowScanner.quote {
                            doubled = true
                            p += 2
                            continue
                        }
                        if p + 1 == end, !atEOF { return .needMore }
                        break
                    }
                    if b == DelimitedRowScanner.newline { innerNewlines += 1 }
                    p += 1
                }
                span = FieldSpan(start: contentStart, end: p, hasDoubledQuotes: doubled)
                p += 1  // closing quote
                while p < end, bytes[p] == DelimitedRowScanner.space, delimiter != DelimitedRowScanner.space { p += 1 }
                if p < end, bytes[p] == DelimitedRowScanner.carriageReturn { p += 1 }
                if p < end, bytes[p] != delimiter, bytes[p] != DelimitedRowScanner.newline {
                    return .malformed("text after a closing quote; expected a delimiter or the end of the row")
                }
            } else {
                let fieldStart = p
                while p < end {
                    let b = bytes[p]
                    if b == delimiter || b == DelimitedRowScanner.newline { break }
                    p += 1
                }
                if p == end, !atEOF { return .needMore }
                var fieldEnd = p
                while fieldEnd > fieldStart,
                      bytes[fieldEnd - 1] == DelimitedRowScanner.carriageReturn
                        || (bytes[fieldEnd - 1] == DelimitedRowScanner.space && delimiter != DelimitedRowScanner.space) {
                    fieldEnd -= 1
                }
                span = FieldSpan(start: fieldStart, end: fieldEnd, hasDoubledQuotes: false)
            }
            if count < fields.count { fields[count] = span }
            count += 1
            if p < end, bytes[p] == delimiter {
                p += 1
                continue
            }
            // End of row: a line break or the end of the input.
            if p < end { p += 1 } else if !atEOF { return .needMore }
            fieldCount = count
            return .row(next: p, innerNewlines: innerNewlines)
        }
    }

    /// Scans the row at `start` when it is simple: every field non-empty and free of quotes,
    /// spaces and control bytes, the row ended by a bare LF inside `bytes[..<end]`, at most
    /// `fields.count` fields. Returns `nil` for any other row, which ``scan(_:from:to:atEOF:fields:fieldCount:)``
    /// then reads; a simple row gives the same fields either way.
    ///
    /// Looks at eight bytes per step (SWAR): "some byte below 0x23" is
    /// `(x − 0x01…01·0x23) & ~x & 0x80…80`, whose lowest set bit marks the first such byte
    /// (S. E. Anderson, "Bit Twiddling Hacks", Stanford, "Determine if a word has a byte less
    /// than n"). Tab, LF, CR, space and `"` are all below 0x23.
    /// - Complexity: O(length of the row).
    @inline(__always)
    func scanSimple(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int,
                    fields: UnsafeMutableBufferPointer<FieldSpan>, fieldCount: inout Int) -> RowScan? {
        var p = start
        var count = 0
        while true {
            let fieldStart = p
            p = firstSpecialByte(bytes, from: p, to: end)
            guard p < end, p > fieldStart, count < fields.count else { return nil }
            fields[count] = FieldSpan(start: fieldStart, end: p, hasDoubledQuotes: false)
            count += 1
            let b = bytes[p]
            if b == delimiter {
                p += 1
                continue
            }
            guard b == DelimitedRowScanner.newline else { return nil }
            fieldCount = count
            return .row(next: p + 1, innerNewlines: 0)
        }
    }

    /// Position of the first byte in `bytes[p..<end]` that is below 0x23 or the delimiter; `end`
    /// when there is none.
    @inline(__always)
    private func firstSpecialByte(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let delimiters = ones &* UInt64(delimiter)
        var p = start
        while p + 8 <= end {
            let x = UInt64(littleEndian: UnsafeRawPointer(bytes + p).loadUnaligned(as: UInt64.self))
            let below = (x &- ones &* 0x23) & ~x & high
            let y = x ^ delimiters
            let equal = (y &- ones) & ~y & high
            let found = below | equal
            if found != 0 { return p + found.trailingZeroBitCount / 8 }
            p += 8
        }
        while p < end {
            let b = bytes[p]
            if b < 0x23 || b == delimiter { return p }
            p += 1
        }
        return end
    }
}
