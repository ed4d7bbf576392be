extension Corpus {
    /// Applies metadata to the entries: short names, years, aliases, urls, ids, and names for
    /// entries without a title line. Ids not given by the input are made again from the short
    /// names.
    ///
    /// A paper with `match` is matched to the entries whose description starts with it; otherwise
    /// its `title` is matched to entry titles. Both comparisons ignore case and runs of white
    /// space. Reported, never fatal: a paper that matches no entry (`unmatched-metadata`), one
    /// that matches several (`ambiguous-metadata`, applied to none), an entry matched by two papers
    /// (`duplicate-metadata`, the second ignored), and the metadata's own diagnostics.
    /// - Complexity: O(P + E) expected for P papers and E entries, plus O(P·E) for `match` papers.
    public mutating func apply(_ metadata: CorpusMetadata) {
        diagnostics += metadata.diagnostics
        var entriesByTitle: [String: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            if let title = entry.title { entriesByTitle[Corpus.matchKey(title.text), default: []].append(i) }
        }
        var appliedBy: [Int: SourceLocation] = [:]
        var descriptionKeys: [String?]?  // made on the first `match`
        for paper in metadata.papers {
            let matches: [Int]
            let what: String
            if let match = paper.match {
                let key = Corpus.matchKey(match)
                let keys = descriptionKeys ?? entries.map { $0.description.map { Corpus.matchKey($0.text) } }
                descriptionKeys = keys
                matches = entries.indices.filter { keys[$0]?.hasPrefix(key) ?? false }
                what = "no entry's description starts with \"\(match)\""
            } else {
                matches = entriesByTitle[Corpus.matchKey(paper.title ?? "")] ?? []
                what = "no entry has the title \"\(paper.title ?? "")\""
            }
            guard let i = matches.first else {
                diagnostics.append(Diagnostic(.warning, code: "unmatched-metadata", "\(what); metadata not applied", at: paper.location))
                continue
            }
            if matches.count > 1 {
                let lines = matches.map { entries[$0].location.description }.joined(separator: ", ")
                diagnostics.append(Diagnostic(.warning, code: "ambiguous-metadata",
                                              "metadata matches \(matches.count) entries (\(lines)); not applied", at: paper.location))
                continue
            }
            if let earlier = appliedBy[i] {
                diagnostics.append(Diagnostic(.warning, code: "duplicate-metadata",
                                              "entry \(entries[i].location) already has metadata at \(earlier); ignored", at: paper.location))
                continue
            }
            appliedBy[i] = paper.location
            apply(paper, toEntryAt: i)
        }
        diagnostics.removeAll { $0.code == "duplicate-id" }
        EntryNaming.assignIDs(&entries, diagnostics: &diagnostics)
    }

    private mutating func apply(_ paper: CorpusMetadata.Paper, toEntryAt i: Int) {
        var entry = entries[i]
        if entry.title == nil, let title = paper.title {
            entry.name = title
            entry.shortName = EntryNaming.shortName(fromTitle: title)
            if let d = diagnostics.firstIndex(where: { $0.code == "untitled-entry" && $0.location == entry.description?.location }) {
                diagnostics[d].message = "entry has no title line; named \"\(title)\" by the metadata at \(paper.location)"
            }
        }
        if let short = paper.shortName { entry.shortName = short }
        if let year = paper.year { entry.year = year }
        if let url = paper.url { entry.url = url }
        for alias in paper.aliases where !entry.aliases.contains(alias) { entry.aliases.append(alias) }
        if let id = paper.id {
            entry.id = id
            entry.hasGivenID = true
        }
        entries[i] = entry
    }

    /// Text compared when matching: lowercased, white space runs made one space, trimmed.
    static func matchKey(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
