import InfluenceGraph

/// Reads `.tsv` and `.csv` edge lists into an ``InfluenceGraph``, streaming.
///
/// Format: a header row (see ``EdgeListHeader``: `citing,cited` or `source,target`, names
/// case-insensitive, further columns kept as edge attributes), then one edge per row. The
/// delimiter is a tab for `.tsv` and a comma for `.csv`; when the header holds the other one and
/// not the expected one, the other is used. Fields follow RFC 4180 quoting (see
/// ``DelimitedRowScanner``). Also accepted: a UTF-8 byte order mark, CRLF line ends, blank lines
/// and comment lines whose first byte is `#` (quote an id that starts with `#`).
///
/// Nodes are numbered in the order their ids first appear (left to right, top to bottom); each
/// node has `id` = `label` = the id as given and kind `.paper`. Parallel edges and self-loops are
/// kept. Lists with no columns beyond the two ends and no `relation` column, all citation lists or
/// all `source,target` lists, leave ``InfluenceGraph/edgeInfo`` empty (their relation is
/// ``InfluenceGraph/plainRelation``), which saves about 40 bytes per edge; a mix of the two fills it.
///
/// The file is read in chunks of ``chunkSize`` bytes and parsed as bytes; memory grows only with
/// the graph (about 8 bytes per row while reading, plus the id table), never with the file.
public enum EdgeListReader {
    /// Bytes per read.
    public static let chunkSize = 4 << 20

    /// Reads one edge list.
    /// - Throws: `.fileNotFound`, `.unreadable`, `.empty` (no header), `.badHeader`,
    ///   `.wrongFieldCount`, `.malformedRow` (an empty id, a quoting error), `.invalidUTF8`; each
    ///   with the file and line.
    /// - Complexity: O(n) in the size of the file, plus O(V + E) to build the graph.
    public static func read(at path: String) throws(CorpusError) -> (graph: InfluenceGraph, diagnostics: [Diagnostic]) {
        try read(at: [path])
    }

    /// Reads several edge lists into one graph: an id names the same node in every file.
    /// - Parameter headerless: paths of tab-separated files without a header row, read as
    ///   `citing<TAB>cited` (SNAP's `FromNodeId<TAB>ToNodeId` for citation graphs).
    public static func read(at paths: [String], headerless: Set<String> = []) throws(CorpusError) -> (graph: InfluenceGraph, diagnostics: [Diagnostic]) {
        var accumulator = EdgeListAccumulator()
        defer { accumulator.pending.deallocate() }
        for path in paths {
            if headerless.contains(path) {
                accumulator.diagnostics.append(Diagnostic(.note, code: "headerless-edge-list",
                    "no header row: read as citing<TAB>cited (each row: a paper, then a paper it cites); add a header row citing<TAB>cited or source<TAB>target to say otherwise",
                    at: SourceLocation(file: path, line: 1)))
            }
            try accumulator.add(path: path, implicitHeader: headerless.contains(path) ? ["citing", "cited"] : nil)
        }
        return accumulator.finish()
    }

    /// Whether a `.txt` file is a tab-separated edge list without a header (as SNAP ships its
    /// graphs): its first lines other than `#` comments and blank lines, up to 200 of them, all
    /// hold exactly two non-empty fields separated by one tab and no spaces. A page of papers
    /// never does (era blurbs and descriptions are sentences).
    /// - Complexity: reads at most the first 64 KiB.
    public static func looksHeaderless(at path: String) -> Bool {
        guard let file = try? FileChunks(path: path) else { return false }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { buffer.deallocate() }
        guard let n = try? file.readChunk(into: buffer), n > 0 else { return false }
        var lines = 0
        for raw in buffer[0..<n].split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).prefix(201).dropLast(n == buffer.count ? 1 : 0) {
            var line = raw
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == 2, fields.allSatisfy({ !$0.isEmpty && !$0.contains(UInt8(ascii: " ")) }) else { return false }
            lines += 1
            if lines == 200 { break }
        }
        return lines > 0
    }
}

/// Edges read so far from one or more edge lists.
struct EdgeListAccumulator {
    var ids = VertexIDTable()
    var sources: [Int32] = []
    var targets: [Int32] = []
    /// Per-edge information, once any file has attribute or `relation` columns; `nil` before.
    var infos: [EdgeInfo]?
    /// For the files read without per-edge information: where their edges end and their relation.
    var plainRelations: [(end: Int, relation: InfluenceRelation)] = []
    var diagnostics: [Diagnostic] = []
    var selfLoops = 0
    /// Ids of rows not yet looked up, two per row in column order (see ``flushPending(base:)``).
    var pending = UnsafeMutableBufferPointer<PendingID>.allocate(capacity: 2 * 4096)
    var pendingCount = 0
    /// Whether the first of the two end columns of the file being read is the influencer.
    var influencerFirst = true

    /// The delimiter an extension implies: tab for `.tsv`, comma otherwise.
    static func delimiter(forPath path: String) -> UInt8 {
        path.lowercased().hasSuffix(".tsv") ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }

    mutating func add(path: String, implicitHeader: [String]? = nil) throws(CorpusError) {
        let file = try FileChunks(path: path)
        var capacity = EdgeListReader.chunkSize
        var buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = try file.readChunk(into: buffer)
        var atEOF = filled == 0
        var pos = 0
        if filled >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { pos = 3 }

        var scanner = DelimitedRowScanner(delimiter: implicitHeader == nil ? EdgeListAccumulator.delimiter(forPath: path) : UInt8(ascii: "\t"))
        var header: EdgeListHeader?
        if let implicitHeader {
            header = try EdgeListHeader(fields: implicitHeader, file: path, line: 1)
            influencerFirst = header!.influencerColumn < header!.influencedColumn
        }
        var fields = UnsafeMutableBufferPointer<FieldSpan>.allocate(capacity: 256)
        defer { fields.deallocate() }
        var scratch: [UInt8] = []
        var line = 1
        var reportedRelations: Set<String> = []
        var rowsBefore = sources.count
        var reserved = false
        var sniffed = false
        var commentHeaders: [(text: String, line: Int)] = []  // comments before the data, in order (the first 64)

        while true {
            if pos >= filled, atEOF { break }
            let base = UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self))
            var fieldCount = 0
            let scan: RowScan
            if pos < filled, base[pos] == UInt8(ascii: "#") {
                // A comment line: skip to its end.
                var p = pos
                while p < filled, base[p] != UInt8(ascii: "\n") { p += 1 }
                if p == filled, !atEOF {
                    scan = .needMore
                } else {
                    scan = .row(next: min(p + 1, filled), innerNewlines: 0)
                    fieldCount = 0
                    // Before the data, a comment may name the columns ("# citing<TAB>cited"): kept in case no header row follows.
                    if header == nil, commentHeaders.count < 64 {
                        var text = Array(UnsafeBufferPointer(start: base + pos + 1, count: p - pos - 1))
                        if text.last == UInt8(ascii: "\r") { text.removeLast() }
                        commentHeaders.append((String(decoding: text, as: UTF8.self), line))
                    }
                }
            } else if header != nil,
                      let simple = scanner.scanSimple(base, from: pos, to: filled, fields: fields, fieldCount: &fieldCount) {
                scan = simple
            } else {
                scan = scanner.scan(base, from: pos, to: filled, atEOF: atEOF, fields: fields, fieldCount: &fieldCount)
            }
            switch scan {
            case .needMore:
                // Pending long ids point into the buffer: look them up before it moves.
                flushPending(base: base)
                // Keep the unread tail, make room (growing for a row longer than the buffer), read on.
                let tail = filled - pos
                if pos > 0 {
                    buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + pos, byteCount: tail)
                } else if tail == capacity {
                    capacity *= 2
                    let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: capacity, alignment: 16)
                    bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: tail)
                    buffer.deallocate()
                    buffer = bigger
                }
                pos = 0
                filled = tail
                let n = try file.readChunk(into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if n == 0 { atEOF = true } else { filled += n }
                continue
            case .malformed(let message):
                throw CorpusError(.malformedRow, file: path, line: line, message)
            case .row(let next, let innerNewlines):
                let rowLine = line
                // Blank lines and comments.
                if fieldCount == 0 || (fieldCount == 1 && fields[0].start == fields[0].end && !isQuoted(base, fields[0])) {
                    line += 1 + innerNewlines
                    pos = next
                    continue
                }
                guard let columns = header else {
                    // Sniff the delimiter: a .csv whose header has tabs but no commas is a TSV, and back.
                    let other = scanner.delimiter == UInt8(ascii: "\t") ? UInt8(ascii: ",") : UInt8(ascii: "\t")
                    if !sniffed, fieldCount == 1, UnsafeBufferPointer(start: base + pos, count: next - pos).contains(other) {
                        sniffed = true
                        scanner = DelimitedRowScanner(delimiter: other)
                        continue  // read the header again with the other delimiter
                    }
                    let parsed: EdgeListHeader
                    var isDataRow = false
                    do {
                        parsed = try readHeader(fields: fields, count: fieldCount, base: base, scratch: &scratch, path: path, line: rowLine)
                    } catch let error where error.kind == .badHeader {
                        // No header row: the last comment before the data that names the columns serves.
                        guard let (named, commentLine) = commentHeaders.reversed().lazy.compactMap({ comment, commentLine in
                                  EdgeListHeader(comment: comment, delimiter: scanner.delimiter, fieldCount: fieldCount,
                                                 file: path, line: commentLine).map { ($0, commentLine) }
                              }).first else { throw error }
                        parsed = named
                        isDataRow = true
                        diagnostics.append(Diagnostic(.note, code: "header-from-comment",
                            "no header row; the columns are named by the comment on line \(commentLine) (\(named.endColumnNames))",
                            at: SourceLocation(file: path, line: commentLine)))
                    }
                    header = parsed
                    if parsed.names.count + 1 > fields.count {
                        fields.deallocate()
                        fields = .allocate(capacity: parsed.names.count + 1)
                    }
                    if !parsed.attributeColumns.isEmpty || parsed.relationColumn != nil { needInfos() }
                    rowsBefore = sources.count
                    influencerFirst = parsed.influencerColumn < parsed.influencedColumn
                    if !isDataRow {
                        line += 1 + innerNewlines
                        pos = next
                    }
                    continue
                }
                line += 1 + innerNewlines
                pos = next
                guard fieldCount == columns.names.count else {
                    throw CorpusError(.wrongFieldCount, file: path, line: rowLine, columns.wrongFieldCountMessage(found: fieldCount))
                }
                if !reserved, sources.count + pendingCount / 2 - rowsBefore == 4096 {
                    // Reserve for the whole file from the size of the rows read so far.
                    reserved = true
                    reserveForRows(bytesRead: file.offset - (filled - next), file: file, rowsRead: 4096)
                }
                // Look ids up in column order, so numbering follows the file left to right.
                let firstColumn = min(columns.influencerColumn, columns.influencedColumn)
                let secondColumn = max(columns.influencerColumn, columns.influencedColumn)
                if infos == nil {
                    // Fast path: two plain ASCII ids wait in a batch (see `flushPending`).
                    if let x = Self.pendingID(fields[firstColumn], in: base),
                       let y = Self.pendingID(fields[secondColumn], in: base) {
                        pending[pendingCount] = x
                        pending[pendingCount + 1] = y
                        pendingCount += 2
                        if pendingCount == pending.count { flushPending(base: base) }
                        continue
                    }
                }
                flushPending(base: base)
                let first = vertex(of: fields[firstColumn], in: base, scratch: &scratch)
                if first < 0 { try idError(first, column: columns.names[firstColumn], path: path, line: rowLine) }
                let second = vertex(of: fields[secondColumn], in: base, scratch: &scratch)
                if second < 0 { try idError(second, column: columns.names[secondColumn], path: path, line: rowLine) }
                let influencer = firstColumn == columns.influencerColumn ? first : second
                let influenced = firstColumn == columns.influencerColumn ? second : first
                if influencer == influenced { selfLoops += 1 }
                sources.append(influencer)
                targets.append(influenced)
                if infos != nil {
                    let info = try edgeInfo(fields: fields, columns: columns, base: base, scratch: &scratch,
                                            reportedRelations: &reportedRelations, path: path, line: rowLine)
                    infos!.append(info)
                }
            }
        }
        flushPending(base: UnsafePointer(buffer.baseAddress!.assumingMemoryBound(to: UInt8.self)))
        if header == nil {
            throw CorpusError(.empty, file: path, line: line - 1 > 0 ? line - 1 : nil,
                              "no header row; expected a header naming the columns \(EdgeListHeader.accepted)")
        }
        if infos == nil, let header { plainRelations.append((sources.count, header.defaultRelation)) }
        if sources.count == rowsBefore {
            diagnostics.append(Diagnostic(.note, code: "no-edges", "the edge list has a header but no rows",
                                          at: SourceLocation(file: path, line: 1)))
        }
    }

    /// A field as a batched id: a canonical integer, or an ASCII string id that needs no
    /// unescaping; `nil` for any other field (empty, doubled quotes, non-ASCII bytes), which takes
    /// the path that reports errors with their line.
    @inline(__always)
    static func pendingID(_ span: FieldSpan, in base: UnsafePointer<UInt8>) -> PendingID? {
        guard !span.hasDoubledQuotes, span.end > span.start else { return nil }
        let bytes = UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
        if let value = VertexIDTable.canonicalInteger(bytes) { return PendingID(integer: value) }
        let key = VertexIDTable.stringKey(bytes)
        if key.isLong {
            if bytes.contains(where: { $0 >= 0x80 }) { return nil }
        } else if (key.low | UInt64(key.tag & 0x00FF_FFFF)) & 0x8080_8080_8080_8080 != 0 {
            return nil
        }
        return PendingID(key: key, start: span.start, count: bytes.count)
    }

    /// Looks up the batched ids, in order, and appends their edges. `base` is the read buffer
    /// that the batched long ids point into.
    ///
    /// Looking up a batch in a tight loop lets the processor overlap the cache misses of
    /// independent lookups, which a lookup after each parsed row cannot.
    /// - Complexity: O(batch size) expected.
    mutating func flushPending(base: UnsafePointer<UInt8>) {
        guard pendingCount > 0 else { return }
        let resolved = UnsafeMutableBufferPointer<Int32>.allocate(capacity: pendingCount)
        defer { resolved.deallocate() }
        ids.vertices(for: UnsafeBufferPointer(rebasing: pending[0..<pendingCount]), base: base, into: resolved)
        let rows = pendingCount / 2
        let first = influencerFirst ? 0 : 1
        sources.reserveCapacity(sources.count + rows)
        targets.reserveCapacity(targets.count + rows)
        for r in 0..<rows {
            let influencer = resolved[2 * r + first]
            let influenced = resolved[2 * r + 1 - first]
            if influencer == influenced { selfLoops += 1 }
            sources.append(influencer)
            targets.append(influenced)
        }
        pendingCount = 0
    }

    private func idError(_ code: Int32, column: String, path: String, line: Int) throws(CorpusError) {
        if code == -2 {
            throw CorpusError(.malformedRow, file: path, line: line, "empty \(column) id; expected an id")
        }
        throw CorpusError(.invalidUTF8, file: path, line: line, "invalid UTF-8 in the \(column) id; expected UTF-8 text")
    }

    private func readHeader(fields: UnsafeMutableBufferPointer<FieldSpan>, count: Int, base: UnsafePointer<UInt8>,
                            scratch: inout [UInt8], path: String, line: Int) throws(CorpusError) -> EdgeListHeader {
        guard count <= fields.count else {
            throw CorpusError(.badHeader, file: path, line: line, "header has \(count) columns; at most \(fields.count) are read")
        }
        var names: [String] = []
        for k in 0..<count {
            guard let name = Self.text(of: fields[k], in: base, scratch: &scratch) else {
                throw CorpusError(.invalidUTF8, file: path, line: line, "invalid UTF-8 in the header; expected UTF-8 text")
            }
            names.append(name.trimmed)
        }
        return try EdgeListHeader(fields: names, file: path, line: line)
    }

    /// The relation and attributes of one row.
    private mutating func edgeInfo(fields: UnsafeMutableBufferPointer<FieldSpan>, columns: EdgeListHeader,
                                   base: UnsafePointer<UInt8>, scratch: inout [UInt8], reportedRelations: inout Set<String>,
                                   path: String, line: Int) throws(CorpusError) -> EdgeInfo {
        var info = EdgeInfo(relation: columns.defaultRelation)
        for (index, name) in columns.attributeColumns {
            guard let value = Self.text(of: fields[index], in: base, scratch: &scratch) else {
                throw CorpusError(.invalidUTF8, file: path, line: line, "invalid UTF-8 in column \(name); expected UTF-8 text")
            }
            info.attributes[name] = value
        }
        if let r = columns.relationColumn {
            guard let value = Self.text(of: fields[r], in: base, scratch: &scratch) else {
                throw CorpusError(.invalidUTF8, file: path, line: line, "invalid UTF-8 in column \(columns.names[r]); expected UTF-8 text")
            }
            if let relation = EdgeListHeader.relation(named: value) {
                info.relation = relation
            } else if !value.trimmed.isEmpty {
                info.attributes[columns.names[r]] = value
                if reportedRelations.insert(value).inserted {
                    let known = InfluenceRelation.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(Diagnostic(.warning, code: "unknown-relation",
                                                  "relation \"\(value)\" is not one of \(known); read as \(columns.defaultRelation.rawValue), the value kept as an attribute",
                                                  at: SourceLocation(file: path, line: line)))
                }
            }
        }
        return info
    }

    private func isQuoted(_ base: UnsafePointer<UInt8>, _ span: FieldSpan) -> Bool {
        span.start > 0 && base[span.start - 1] == UInt8(ascii: "\"")
    }

    /// Switches to per-edge information, filling it in for the plain edges read so far.
    private mutating func needInfos() {
        guard infos == nil else { return }
        var filled = [EdgeInfo]()
        filled.reserveCapacity(sources.count)
        for segment in plainRelations {
            while filled.count < segment.end { filled.append(EdgeInfo(relation: segment.relation)) }
        }
        infos = filled
    }

    private mutating func reserveForRows(bytesRead: Int, file: FileChunks, rowsRead: Int) {
        guard let size = file.size, bytesRead > 0 else { return }
        let estimate = Int(Double(size) / Double(bytesRead) * Double(rowsRead) * 1.05)
        let wanted = sources.count + min(estimate, Int(Int32.max))
        ids.expectVertices(wanted)
        sources.reserveCapacity(wanted)
        targets.reserveCapacity(wanted)
    }

    /// The bytes of a field, unescaping doubled quotes into `scratch` when needed.
    @inline(__always)
    private static func withFieldBytes<R>(_ span: FieldSpan, in base: UnsafePointer<UInt8>, scratch: inout [UInt8],
                                          _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if !span.hasDoubledQuotes {
            return body(UnsafeBufferPointer(start: base + span.start, count: span.end - span.start))
        }
        scratch.removeAll(keepingCapacity: true)
        var p = span.start
        while p < span.end {
            scratch.append(base[p])
            p += base[p] == UInt8(ascii: "\"") ? 2 : 1
        }
        return scratch.withUnsafeBufferPointer(body)
    }

    /// The vertex of an id field: -2 when empty, -1 when not valid UTF-8.
    @inline(__always)
    private mutating func vertex(of span: FieldSpan, in base: UnsafePointer<UInt8>, scratch: inout [UInt8]) -> Int32 {
        if span.start == span.end { return -2 }
        return Self.withFieldBytes(span, in: base, scratch: &scratch) { ids.vertex(for: $0) }
    }

    private static func text(of span: FieldSpan, in base: UnsafePointer<UInt8>, scratch: inout [UInt8]) -> String? {
        withFieldBytes(span, in: base, scratch: &scratch) { String(validating: $0, as: UTF8.self) }
    }

    /// The graph of every edge read, and the diagnostics. Gives up the edge arrays, so the graph
    /// is built without keeping a second copy of them.
    /// - Complexity: O(V + E).
    mutating func finish() -> (graph: InfluenceGraph, diagnostics: [Diagnostic]) {
        if selfLoops > 0 {
            diagnostics.append(Diagnostic(.note, code: "self-loop", "\(selfLoops) rows have the same id at both ends; kept as self-loops"))
        }
        // Plain files of one relation keep no per-edge information; files of several need it.
        let plainRelation = plainRelations.first?.relation ?? .cites
        if infos == nil, plainRelations.contains(where: { $0.relation != plainRelation }) { needInfos() }
        let vertexCount = Int(ids.count)
        ids.dropLookups()  // only the names are needed from here: out of the build's peak
        let edgeSources = sources, edgeTargets = targets
        sources = []
        targets = []
        var edgeInfo: [EdgeInfo] = []
        let topology: Digraph
        if let infos {
            let (graph, edgeIDs) = Digraph.build(vertexCount: vertexCount, sources: edgeSources, targets: edgeTargets)
            topology = graph
            edgeInfo = infos
            for (i, id) in edgeIDs.enumerated() { edgeInfo[Int(id)] = infos[i] }
            self.infos = nil
        } else {
            topology = Digraph(vertexCount: vertexCount, sources: edgeSources, targets: edgeTargets)
        }
        // Nodes last: they are the largest part of a big plain graph, kept out of the build's peak.
        var nodes: [Node] = []
        nodes.reserveCapacity(vertexCount)
        for v in 0..<vertexCount {
            let id = ids.name(of: v)
            nodes.append(Node(id: id, label: id))
        }
        ids = VertexIDTable()
        return (InfluenceGraph(nodes: nodes, topology: topology, edgeInfo: edgeInfo, plainRelation: plainRelation), diagnostics)
    }
}
