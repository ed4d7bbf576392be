import InfluenceGraph

/// The input formats this module reads, by file extension (case-insensitive).
public enum CorpusFormat: String, Sendable, CaseIterable {
    /// A page of eras and entries (``PageReader``).
    case page = "txt"
    /// One JSON object per paper (``JSONLinesReader``).
    case jsonLines = "jsonl"
    /// Edge lists (``EdgeListReader``).
    case tsv, csv

    /// The known extensions, for messages.
    public static let knownExtensions = ".txt, .jsonl, .tsv, .csv"

    /// The format of a file, from its extension.
    /// - Throws: `.unknownFormat` naming the known extensions. Graphviz files (`.gv`, `.dot`) are
    ///   not read by this module: the command line reads them through the Graphviz module.
    public init(path: String) throws(CorpusError) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let ext = name.contains(".") ? String(name[name.index(after: name.lastIndex(of: ".")!)...]).lowercased() : ""
        if let format = CorpusFormat(rawValue: ext) {
            self = format
            return
        }
        if ext == "gv" || ext == "dot" {
            throw CorpusError(.unknownFormat, file: path, "Graphviz files are read through the Graphviz module, not as a corpus; known corpus formats: \(CorpusFormat.knownExtensions)")
        }
        let decompress = ["gz": "gunzip -k", "bz2": "bunzip2 -k", "xz": "unxz -k", "zst": "unzstd", "zip": "unzip"]
        if let tool = decompress[ext] {
            throw CorpusError(.unknownFormat, file: path,
                              "a compressed file; decompress it first (\(tool) \(path)) and give the result, one of \(CorpusFormat.knownExtensions)")
        }
        throw CorpusError(.unknownFormat, file: path,
                          "unknown format \(ext.isEmpty ? "(no extension)" : "\".\(ext)\""); expected one of \(CorpusFormat.knownExtensions) (or .gv/.dot)")
    }

    /// Whether files of this format are edge lists, read straight into a graph.
    public var isEdgeList: Bool { self == .tsv || self == .csv }
}

/// What reading corpus files gives: described papers to mine, or a graph read from edge lists.
public enum CorpusInput: Sendable {
    /// Papers from `.txt` pages and `.jsonl` files, with their metadata applied.
    case corpus(Corpus)
    /// A graph from `.tsv`/`.csv` edge lists.
    case graph(InfluenceGraph, diagnostics: [Diagnostic])
}

/// Reads one corpus file, choosing the reader by extension.
///
/// For `.txt` and `.jsonl`, metadata is applied: the file `metadata` when given, else the file
/// beside the corpus (``CorpusMetadata/path(besideCorpus:)``) when there is one. Edge lists take no
/// metadata (a given `metadata` is reported as `metadata-ignored`).
/// - Throws: ``CorpusError`` with the file and, where it applies, the line.
public func readCorpus(at path: String, metadata: String? = nil) throws(CorpusError) -> CorpusInput {
    try readCorpus(at: [path], metadata: metadata)
}

/// Reads several corpus files into one input.
///
/// `.txt` and `.jsonl` files merge into one ``Corpus``: entries in file order, eras by name (the
/// first of a name kept), page title and blurb from the first file that has them; each file's
/// own metadata file is applied to it, or the one `metadata` file to the merged corpus; ids are
/// made unique over all files. Edge lists merge into one graph (an id is one node across files).
/// Edge lists and corpora cannot be mixed.
/// - Throws: ``CorpusError``; `.unknownFormat` for an unknown extension or a mix of edge lists and
///   corpora, `.empty` when no path is given.
public func readCorpus(at paths: [String], metadata: String? = nil) throws(CorpusError) -> CorpusInput {
    guard let first = paths.first else { throw CorpusError(.empty, file: "", "no corpus file given") }
    var formats: [CorpusFormat] = []
    var headerless: Set<String> = []
    for path in paths {
        var format = try CorpusFormat(path: path)
        if format == .page, EdgeListReader.looksHeaderless(at: path) {
            format = .tsv
            headerless.insert(path)
        }
        formats.append(format)
    }
    let edgeLists = formats.filter(\.isEdgeList).count
    if edgeLists > 0, edgeLists < paths.count {
        throw CorpusError(.unknownFormat, file: paths[formats.firstIndex { !$0.isEdgeList }!],
                          "cannot combine a corpus with edge lists (\(first)); give either .txt/.jsonl files or .tsv/.csv files")
    }
    if edgeLists > 0 {
        var (graph, diagnostics) = try EdgeListReader.read(at: paths, headerless: headerless)
        if let metadata {
            diagnostics.append(Diagnostic(.note, code: "metadata-ignored", "metadata is not applied to edge lists", at: SourceLocation(file: metadata, line: 1)))
        }
        return .graph(graph, diagnostics: diagnostics)
    }
    var merged = Corpus()
    for (path, format) in zip(paths, formats) {
        var corpus = format == .page ? try PageReader.read(at: path) : try JSONLinesReader.read(at: path)
        if metadata == nil, let beside = CorpusMetadata.path(besideCorpus: path) {
            corpus.apply(try CorpusMetadata.read(at: beside))
        }
        merged.merge(corpus)
    }
    if let metadata {
        merged.apply(try CorpusMetadata.read(at: metadata))
    } else if paths.count > 1 {
        merged.diagnostics.removeAll { $0.code == "duplicate-id" }
        EntryNaming.assignIDs(&merged.entries, diagnostics: &merged.diagnostics)
    }
    return .corpus(merged)
}

extension Corpus {
    /// Appends another corpus: its entries and diagnostics, its eras not yet named here, and its
    /// title and blurb when this corpus has none. Ids are not made unique here.
    mutating func merge(_ other: Corpus) {
        title = title ?? other.title
        blurb = blurb ?? other.blurb
        for era in other.eras where !eras.contains(where: { $0.name == era.name }) { eras.append(era) }
        entries += other.entries
        diagnostics += other.diagnostics
    }
}
