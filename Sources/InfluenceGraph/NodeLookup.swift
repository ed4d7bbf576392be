/// Finds a node by the name a person types: id, title, short name or alias, in any case,
/// then by unique prefix, then by a close spelling.
///
/// Names are compared after folding case, dropping a leading "the ", and treating spaces,
/// hyphens, underscores, dots and middle dots alike (`"gpt 3"`, `"GPT-3"` and `"gpt3"` match).
public struct NodeLookup: Sendable {
    /// The outcome of a lookup.
    public enum Match: Sendable, Equatable {
        /// Exactly one node fits by id, name, alias or unique prefix.
        case found(Int)
        /// No name fits, but one node's name is strictly the closest spelling.
        case close(Int)
        /// Several nodes fit equally well; listed best first.
        case ambiguous([Int])
        /// Nothing fits; the closest candidates, best first (possibly empty).
        case notFound(suggestions: [Int])
    }

    private let graph: InfluenceGraph
    /// Every (folded name, vertex) pair, sorted by name, for exact and prefix lookups.
    private let names: [(key: String, vertex: Int)]

    /// Indexes every node's id, label, title and aliases.
    /// - Complexity: O(N log N) for N names.
    public init(_ graph: InfluenceGraph) {
        self.graph = graph
        var names: [(key: String, vertex: Int)] = []
        for (v, node) in graph.nodes.enumerated() {
            var seen = Set<String>()
            for raw in [node.id, node.label] + (node.title.map { [$0] } ?? []) + node.aliases {
                let key = NodeLookup.fold(raw)
                if !key.isEmpty, seen.insert(key).inserted { names.append((key, v)) }
            }
        }
        names.sort { $0.key != $1.key ? $0.key < $1.key : $0.vertex < $1.vertex }
        self.names = names
    }

    /// Finds the node a person means by `query`.
    ///
    /// Order of attempts: exact id; exact folded name (id, label, title, alias); unique prefix of
    /// a folded name; closest spelling by Damerau–Levenshtein distance (at most a quarter of the
    /// query's length, at least 1), when one candidate is strictly closest.
    /// - Complexity: O(log N) for exact and prefix matches; O(N · L²) for the fuzzy fallback.
    public func find(_ query: String) -> Match {
        if let v = graph.index(ofID: query) { return .found(v) }
        let key = NodeLookup.fold(query)
        guard !key.isEmpty else { return .notFound(suggestions: []) }
        let exact = vertices(withPrefix: key, exact: true)
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(ranked(exact)) }
        let prefixed = vertices(withPrefix: key, exact: false)
        if prefixed.count == 1 { return .found(prefixed[0]) }
        if prefixed.count > 1 { return .ambiguous(ranked(prefixed)) }
        // Fuzzy: best distance per vertex.
        var best: [Int: Int] = [:]
        for (name, v) in names {
            let d = NodeLookup.distance(key, name, limit: max(key.count, name.count))
            if d < best[v] ?? Int.max { best[v] = d }
        }
        let sorted = best.sorted { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }
        let threshold = max(1, key.count / 4)
        if let first = sorted.first, first.value <= threshold,
           sorted.count == 1 || sorted[1].value > first.value {
            return .close(first.key)
        }
        let suggestions = sorted.prefix(5).filter { $0.value <= max(3, key.count / 2) }.map(\.key)
        return .notFound(suggestions: suggestions)
    }

    /// Folds a name for comparison: lower case, separators removed, a leading "the " dropped.
    /// - Complexity: O(length).
    public static func fold(_ name: String) -> String {
        var s = name.lowercased()
        if s.hasPrefix("the ") { s.removeFirst(4) }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s where !(ch == " " || ch == "-" || ch == "_" || ch == "." || ch == "·" || ch == "\u{2010}" || ch == "\u{2011}" || ch == "'" || ch == "\u{2019}") {
            out.append(ch)
        }
        return out
    }

    private func vertices(withPrefix key: String, exact: Bool) -> [Int] {
        // Binary search for the first name >= key.
        var lo = 0, hi = names.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if names[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        var found: [Int] = []
        var i = lo
        while i < names.count, names[i].key.hasPrefix(key) {
            if !exact || names[i].key == key, !found.contains(names[i].vertex) { found.append(names[i].vertex) }
            i += 1
        }
        return found
    }

    /// Papers before systems, then by year, then label.
    private func ranked(_ vertices: [Int]) -> [Int] {
        vertices.sorted { a, b in
            let x = graph.nodes[a], y = graph.nodes[b]
            if x.kind != y.kind { return x.kind == .paper }
            if (x.year ?? Int.max) != (y.year ?? Int.max) { return (x.year ?? Int.max) < (y.year ?? Int.max) }
            return x.label != y.label ? x.label < y.label : a < b
        }
    }

    /// Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions).
    /// - Complexity: O(|a| · |b|) time, O(|b|) memory.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous2 = [Int](repeating: 0, count: y.count + 1)
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d = min(d, previous2[j - 2] + 1) }
                current[j] = d
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return min(previous[y.count], limit)
    }
}
