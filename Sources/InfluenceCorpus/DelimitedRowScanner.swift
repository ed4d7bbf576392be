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
}
