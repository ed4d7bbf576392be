import Testing
@testable import InfluenceCorpus

@Suite struct DelimitedRowScannerTests {
    /// Rows built from an alphabet of plain and special bytes: whenever the simple scan accepts
    /// a row, the full scan reads the same fields and the same end; it refuses every row with a
    /// quote, space, CR, empty field or missing line end.
    @Test(arguments: [UInt8(ascii: "\t"), UInt8(ascii: ",")])
    func simpleScanAgreesWithTheFullScan(delimiter: UInt8) {
        let alphabet = Array("aZ09#!$-_.é".utf8) + [delimiter, delimiter, UInt8(ascii: "\n"), UInt8(ascii: "\""),
                                                   UInt8(ascii: " "), UInt8(ascii: "\r")]
        let scanner = DelimitedRowScanner(delimiter: delimiter)
        var state: UInt64 = 7
        var accepted = 0
        let simple = UnsafeMutableBufferPointer<FieldSpan>.allocate(capacity: 4)
        let full = UnsafeMutableBufferPointer<FieldSpan>.allocate(capacity: 4)
        defer { simple.deallocate(); full.deallocate() }
        for _ in 0..<20_000 {
            var row: [UInt8] = []
            let length = Int(next(&state) % 30)
            for _ in 0..<length {
                // Mostly plain bytes, so that many rows are simple.
                let r = Int(next(&state) % 100)
                row.append(r < 80 ? alphabet[r % 4] : alphabet[r % alphabet.count])
            }
            row.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var simpleCount = 0, fullCount = 0
                guard let got = scanner.scanSimple(base, from: 0, to: buffer.count, fields: simple, fieldCount: &simpleCount) else {
                    return
                }
                accepted += 1
                let expected = scanner.scan(base, from: 0, to: buffer.count, atEOF: false, fields: full, fieldCount: &fullCount)
                #expect(got == expected, "\(row)")
                #expect(simpleCount == fullCount)
                for k in 0..<min(simpleCount, 4) {
                    #expect(simple[k].start == full[k].start && simple[k].end == full[k].end && !full[k].hasDoubledQuotes)
                    #expect(simple[k].end > simple[k].start)
                    #expect(!buffer[simple[k].start..<simple[k].end].contains { $0 < 0x23 || $0 == delimiter })
                }
            }
        }
        #expect(accepted > 1000)
    }

    func next(_ state: inout UInt64) -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
