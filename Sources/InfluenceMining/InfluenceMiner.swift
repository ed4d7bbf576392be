import InfluenceCorpus
import InfluenceGraph

/// The influence graph mined from a corpus, with what the mining had to say about the input.
public struct MinedGraph: Sendable {
    public var graph: InfluenceGraph
    /// Codes: `unresolved-mention`, `self-loop`, `backwards-in-time`, `cycle`.
    public var diagnostics: [Diagnostic]

    public init(graph: InfluenceGraph, diagnostics: [Diagnostic]) {
        self.graph = graph
        self.diagnostics = diagnostics
    }
}

/// Mines "influenced / descends from" relations from the description and impact text of a corpus.
///
/// Node ids: a corpus entry keeps its id (the readers' slug of its short name or title, or the id a
/// `.jsonl` line gives); a system the text names gets ``Slug/make(_:)`` of its name, and a system
/// whose slug equals an entry's id is that entry. Nodes come in corpus order, then systems in order of
/// first mention; edges in order of first statement: the same corpus gives the same graph.
///
/// Every edge carries the sentence, entry, file and line that state it, its relation and a confidence
/// (0.9 for explicit verbs down to 0.5 for a bare parenthesis). Comparisons ("outperformed",
/// "comparable to") are kept in ``InfluenceGraph/comparisons`` and never become edges.
public struct InfluenceMiner: Sendable {
    public init() {}

    /// - Complexity: O(T · c) for T tokens of text and c cue phrases, plus O(V + E) to build the graph.
    public func mine(_ corpus: Corpus) -> MinedGraph {
        let text = FieldSentences.of(corpus)
        let gazetteer = Gazetteer(corpus: corpus, text: text)
        let extractor = RelationExtractor(resolver: MentionResolver(gazetteer: gazetteer))
        var builder = InfluenceGraphBuilder()
        var diagnostics: [Diagnostic] = []
        let entryIDs = Dictionary(corpus.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        for entry in corpus.entries {
            builder.addNode(Node(id: entry.id, label: entry.shortName, kind: .paper, title: entry.title?.text ?? entry.name,
                                 era: entry.era, year: entry.year, description: entry.description?.text,
                                 impact: entry.impact?.text, url: entry.url, aliases: entry.aliases))
        }

        /// The node id of a mention, adding a system node on first sight.
        func nodeID(_ mention: Mention, entry: Int) -> String {
            switch mention {
            case .anaphor: return corpus.entries[entry].id
            case .entry(let e): return corpus.entries[e].id
            case .system(let name):
                let id = Slug.make(name)
                if let e = entryIDs[id] { return corpus.entries[e].id }
                if builder.index(ofID: id) == nil { builder.addNode(Node(id: id, label: name, kind: .system)) }
                return id
            }
        }
        func comparisonID(_ mention: Mention, entry: Int) -> String {
            if case .system(let name) = mention { return Slug.make(name) }
            return nodeID(mention, entry: entry)
        }

        for (index, entry) in corpus.entries.enumerated() {
            for fieldText in text[index] {
                let field = fieldText.field
                for tokenized in fieldText.sentences {
                    let sentence = tokenized.text
                    let findings = extractor.extract(tokenized, entry: index)
                    let evidence = Evidence(sentence: sentence, entry: entry.id, file: field.location.file, line: field.location.line)
                    for claim in findings.claims {
                        let source = nodeID(claim.source, entry: index)
                        let target = nodeID(claim.target, entry: index)
                        if source == target {
                            diagnostics.append(Diagnostic(.note, code: "self-loop",
                                "\(entry.id): \"\(claim.relation.rawValue)\" relates \(source) to itself; dropped: \(sentence)",
                                at: field.location))
                            continue
                        }
                        builder.addEdge(from: source, to: target,
                                        info: EdgeInfo(relation: claim.relation, confidence: claim.confidence, evidence: [evidence]))
                    }
                    for c in findings.comparisons {
                        let s = comparisonID(c.subject, entry: index)
                        let o = comparisonID(c.object, entry: index)
                        if s != o { builder.addComparison(Comparison(subject: s, object: o, evidence: evidence)) }
                    }
                    for (phrase, cue) in findings.unresolved {
                        let what: String
                        switch phrase.reason {
                        case .generic: what = "a generic phrase, not a named work"
                        case .ambiguous: what = "ambiguous between " + phrase.candidates.map { corpus.entries[$0].id }.joined(separator: ", ")
                        }
                        diagnostics.append(Diagnostic(.note, code: "unresolved-mention",
                            "\(entry.id): \"\(phrase.text)\" after \"\(cue)\" is \(what); no edge", at: field.location))
                    }
                }
            }
        }
        let graph = builder.build()
        diagnostics += Self.timeDiagnostics(graph)
        diagnostics += Self.cycleDiagnostics(graph)
        return MinedGraph(graph: graph, diagnostics: diagnostics)
    }

    /// Edges whose source was published after their target.
    /// - Complexity: O(E).
    static func timeDiagnostics(_ graph: InfluenceGraph) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for u in 0..<graph.nodes.count {
            for (v, e) in zip(graph.topology.successors(u), graph.topology.outEdgeIDs(u)) {
                let s = graph.nodes[u], t = graph.nodes[Int(v)]
                guard let ys = s.year, let yt = t.year, ys > yt else { continue }
                let ev = graph.info(ofEdge: Int(e)).evidence.first
                out.append(Diagnostic(.warning, code: "backwards-in-time",
                    "\(s.id) (\(ys)) → \(t.id) (\(yt)) runs backwards in time: \(ev?.sentence ?? "")",
                    at: ev.flatMap { e in e.file.map { SourceLocation(file: $0, line: e.line ?? 0) } }))
            }
        }
        return out
    }

    /// Nodes left on cycles after Kahn's algorithm (Kahn 1962, doi:10.1145/368996.369025), one diagnostic listing them.
    /// - Complexity: O(V + E).
    static func cycleDiagnostics(_ graph: InfluenceGraph) -> [Diagnostic] {
        let n = graph.nodes.count
        var indegree = [Int](repeating: 0, count: n)
        for u in 0..<n { for v in graph.topology.successors(u) { indegree[Int(v)] += 1 } }
        var queue = (0..<n).filter { indegree[$0] == 0 }
        var head = 0
        while head < queue.count {
            let u = queue[head]; head += 1
            for v in graph.topology.successors(u) {
                indegree[Int(v)] -= 1
                if indegree[Int(v)] == 0 { queue.append(Int(v)) }
            }
        }
        guard queue.count < n else { return [] }
        let left = (0..<n).filter { indegree[$0] > 0 }.map { graph.nodes[$0].id }
        return [Diagnostic(.warning, code: "cycle", "influence cycle among: " + left.joined(separator: ", "))]
    }
}
