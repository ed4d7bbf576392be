#if canImport(Glibc)
import Glibc
#endif
import InfluenceCorpus
import InfluenceGraph
import InfluenceMining
import Graphviz

/// The graph a command works on, read from the corpus files, with everything said about it.
struct Workspace {
    let graph: InfluenceGraph
    /// Diagnostics of reading and mining, in input order.
    let diagnostics: [Diagnostic]
    /// The corpus files read.
    let files: [String]
    /// Eras of the corpus pages, in page order (empty for edge lists).
    let eras: [Era]
    let terminal: Terminal

    /// Reads and mines the corpus files named by `options` (or the shipped corpus).
    /// - Parameter announcingWarnings: say on stderr how many warnings the input raised (every
    ///   command but `check`, which lists them).
    static func load(_ options: CorpusOptions, announcingWarnings: Bool = true) throws -> Workspace {
        let terminal = Terminal.standardOutput()
        let files = try options.corpus.isEmpty ? [defaultCorpus()] : options.corpus
        let progress = Progress(enabled: terminal.showsProgress)
        defer { progress.finish() }
        var graphs: [InfluenceGraph] = []
        var diagnostics: [Diagnostic] = []
        var eras: [Era] = []
        // Graphviz files are read by cgraph; the rest by the corpus readers, together, so that
        // pages and .jsonl files merge into one corpus with unique ids.
        let dotFiles = files.filter { $0.lowercased().hasSuffix(".gv") || $0.lowercased().hasSuffix(".dot") }
        let corpusFiles = files.filter { !dotFiles.contains($0) }
        for file in dotFiles {
            progress.update("reading \(file) …")
            graphs.append(try readDOTGraph(file))
        }
        // Text corpora (pages, .jsonl) and citation lists are read apart and joined by id, so that a
        // citation list can carry the titles and texts of its papers.
        // Grouped as the readers see them: a headerless SNAP-style .txt is a citation list.
        let edgeListFiles = corpusFiles.filter { file in
            guard let format = try? CorpusFormat(path: file) else { return false }
            return format.isEdgeList || (format == .page && EdgeListReader.looksHeaderless(at: file))
        }
        let textFiles = corpusFiles.filter { !edgeListFiles.contains($0) }
        var readFirst = 0  // where the next corpus graph goes: before the Graphviz graphs, text first
        for group in [textFiles, edgeListFiles] where !group.isEmpty {
            progress.update("reading \(group.joined(separator: ", ")) …")
            let input: CorpusInput
            do throws(CorpusError) {
                // Metadata describes the text's papers; given with citation lists only, the reader reports it unused.
                let metadata = group == textFiles || textFiles.isEmpty ? options.metadata : nil
                input = try readCorpus(at: group, metadata: metadata)
            } catch {
                throw CLIError(error.description)
            }
            switch input {
            case .corpus(let corpus):
                if corpus.entries.isEmpty {
                    let what = corpus.diagnostics.first.map { "; first problem: \($0)" } ?? ""
                    throw CLIError("\(group.joined(separator: ", ")): no papers found (expected a page of eras and entries, or one JSON object per line)\(what)")
                }
                progress.update("mining relations …")
                eras = corpus.eras
                let mined = InfluenceMiner().mine(corpus)
                diagnostics += corpus.diagnostics + mined.diagnostics
                graphs.insert(mined.graph, at: readFirst)
                readFirst += 1
            case .graph(let graph, let diags):
                if readFirst > 0, let text = graphs.first, !textFiles.isEmpty {
                    let ids = Set(graph.nodes.map(\.id))
                    let papers = text.nodes.filter { $0.kind == .paper }
                    let shared = papers.filter { ids.contains($0.id) }.count
                    diagnostics.append(Diagnostic(.note, code: "joined-by-id",
                        "\(shared) of the \(papers.count) papers of \(textFiles.joined(separator: ", ")) have an id of \(group.joined(separator: ", "))",
                        at: SourceLocation(file: group[0], line: 1)))
                }
                graphs.insert(graph, at: readFirst)
                readFirst += 1
                diagnostics += diags
            }
        }
        let graph = graphs.count == 1 ? graphs[0] : union(graphs)
        let warnings = diagnostics.filter { $0.severity == .warning }
        if announcingWarnings, !warnings.isEmpty {
            var codes: [String: Int] = [:]
            for w in warnings { codes[w.code, default: 0] += 1 }
            let summary = codes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            printError("influence: note: the input raised \(warnings.count) warning\(warnings.count == 1 ? "" : "s") (\(summary)); `influence check` lists them")
        }
        return Workspace(graph: graph, diagnostics: diagnostics, files: files, eras: eras, terminal: terminal)
    }

    /// The shipped corpus: `Graphs/ai-research-papers.txt` in the working directory or beside
    /// the executable's package checkout.
    static func defaultCorpus() throws -> String {
        let name = "Graphs/ai-research-papers.txt"
        if access(name, R_OK) == 0 { return name }
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if n > 0 {
            var dir = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            while let slash = dir.lastIndex(of: "/"), slash != dir.startIndex {
                dir = String(dir[..<slash])
                let candidate = dir + "/" + name
                if access(candidate, R_OK) == 0 { return candidate }
            }
        }
        throw CLIError("no --corpus given and the shipped corpus \(name) is not here; run from the repository or pass --corpus PATH")
    }

    /// A Graphviz graph as an influence graph: nodes by name (label from `label`), edges as given.
    static func readDOTGraph(_ file: String) throws -> InfluenceGraph {
        guard let handle = fopen(file, "rb") else {
            throw CLIError("\(file): cannot open (\(String(cString: strerror(errno))))")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&chunk, 1, chunk.count, handle)
            if n <= 0 { break }
            bytes += chunk[0..<n]
        }
        fclose(handle)
        let dot: DOTGraph
        do {
            dot = try Graphviz.parseDOT(String(decoding: bytes, as: UTF8.self))
        } catch {
            throw CLIError("\(file): not a Graphviz graph: \(error)")
        }
        var builder = InfluenceGraphBuilder()
        func plain(_ attributes: Attributes) -> [String: String] {
            attributes.mapValues { value in
                switch value { case .text(let s), .raw(let s), .html(let s): s }
            }
        }
        for node in dot.nodes {
            var attributes = plain(node.attributes)
            let label = attributes.removeValue(forKey: "label").flatMap { $0 == "\\N" || $0.isEmpty ? nil : $0 } ?? node.name
            let year = attributes["year"].flatMap { Int($0) }
            builder.addNode(Node(id: node.name, label: label, kind: .paper, title: attributes["title"], era: attributes["era"],
                                 year: year, attributes: attributes))
        }
        for edge in dot.edges {
            let relation = plain(edge.attributes)["relation"].flatMap(InfluenceRelation.init(rawValue:)) ?? .influenced
            builder.addEdge(from: edge.tail, to: edge.head, info: EdgeInfo(relation: relation, attributes: plain(edge.attributes)))
        }
        return builder.build()
    }

    /// Several graphs as one: nodes with the same id merge (the first keeps its metadata).
    static func union(_ graphs: [InfluenceGraph]) -> InfluenceGraph {
        var builder = InfluenceGraphBuilder()
        for g in graphs { builder.add(g) }
        return builder.build()
    }

    /// The vertex a person means by `name`, or an error that lists the closest candidates.
    func resolve(_ name: String) throws -> Int {
        switch NodeLookup(graph).find(name) {
        case .found(let v): return v
        case .close(let v):
            printError("influence: note: taking \"\(name)\" to mean \(describe(v))")
            return v
        case .ambiguous(let candidates):
            let list = candidates.prefix(8).map(describe).joined(separator: ", ")
            throw CLIError("\"\(name)\" is ambiguous: it matches \(list)\(candidates.count > 8 ? ", …" : ""); be more specific")
        case .notFound(let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map(describe).joined(separator: ", ") + "?"
            throw CLIError("no paper or system matches \"\(name)\"\(hint)")
        }
    }

    /// How to format text for `output`: the terminal's colour and width for standard output,
    /// plain 100-column text for a file.
    func terminal(writingTo output: String?) -> Terminal {
        output == nil ? terminal : Terminal(colors: false, width: 100, showsProgress: false)
    }

    /// `LoRA (2021)`, or the label alone.
    func describe(_ v: Int) -> String {
        let n = graph.nodes[v]
        return n.year.map { "\(n.label) (\($0))" } ?? n.label
    }
}

/// Writes a command's output to `-o FILE` or standard output.
func emit(_ text: String, to output: String?) throws {
    var body = text
    if !body.hasSuffix("\n") { body += "\n" }
    try emit(bytes: Array(body.utf8), to: output)
}

func emit(bytes: [UInt8], to output: String?) throws {
    guard let output, output != "-" else {
        if !writeAll(STDOUT_FILENO, bytes), errno != EPIPE {
            throw CLIError("cannot write to standard output: \(String(cString: strerror(errno)))")
        }
        return
    }
    let fd = open(output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
        throw CLIError("cannot write \(output): \(String(cString: strerror(errno)))")
    }
    let ok = writeAll(fd, bytes)
    let error = errno
    if close(fd) != 0 || !ok {
        throw CLIError("cannot write \(output): \(String(cString: strerror(ok ? errno : error)))")
    }
}
