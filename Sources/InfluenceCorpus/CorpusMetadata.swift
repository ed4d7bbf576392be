import Foundation
import Yams

/// Facts about the papers of a corpus, read from a metadata file beside it: short names, years,
/// aliases, urls, and names for entries whose title line is missing. Never relations.
///
/// YAML (read with Yams; JSON is read the same way, as YAML's flow style):
/// ```yaml
/// papers:
///   - title: "Graph Widgets: A Study"       # matched case-insensitively to an entry's title
///     short: Widgets                        # short name, for display and for mentions
///     year: 2017
///     aliases: ["the widget paper"]         # other names the text uses
///     url: https://example.org/widgets
///   - match: "Proposed a faster widget"     # an entry matched by the start of its description
///     title: "Fast Widgets"                 # names an untitled entry
/// ```
/// Optional `id` sets the entry's id. A top-level list of papers (without `papers:`) is accepted.
public struct CorpusMetadata: Sendable {
    /// What the metadata says about one paper.
    public struct Paper: Sendable, Hashable {
        public var title: String?
        /// The start of the description of the entry meant (for entries without a title line).
        public var match: String?
        public var id: String?
        public var shortName: String?
        public var year: Int?
        public var aliases: [String]
        public var url: String?
        /// Where the paper's item stands in the metadata file.
        public var location: SourceLocation

        public init(title: String? = nil, match: String? = nil, id: String? = nil, shortName: String? = nil, year: Int? = nil,
                    aliases: [String] = [], url: String? = nil, location: SourceLocation) {
            self.title = title
            self.match = match
            self.id = id
            self.shortName = shortName
            self.year = year
            self.aliases = aliases
            self.url = url
            self.location = location
        }
    }

    public var papers: [Paper]
    /// Warnings found while reading (unknown keys).
    public var diagnostics: [Diagnostic]

    public init(papers: [Paper] = [], diagnostics: [Diagnostic] = []) {
        self.papers = papers
        self.diagnostics = diagnostics
    }

    static let paperKeys: Set<String> = ["title", "match", "id", "short", "year", "aliases", "url"]
    /// Extensions of metadata files, in the order they are looked for beside a corpus.
    public static let fileExtensions = ["yaml", "yml", "json"]

    /// The metadata file beside a corpus, if there is one: `X.txt` → `X.yaml`, `X.yml` or `X.json`.
    public static func path(besideCorpus corpusPath: String) -> String? {
        let url = URL(fileURLWithPath: corpusPath)
        let base = url.deletingPathExtension()
        for ext in fileExtensions {
            let candidate = base.appendingPathExtension(ext).path
            if candidate != url.path, FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Reads a metadata file.
    /// - Throws: `.fileNotFound`, `.unreadable`, `.invalidUTF8`, `.malformedMetadata` (with the line)
    ///   for text that is not YAML or JSON, or fields of the wrong type.
    /// - Complexity: O(n) in the size of the file.
    public static func read(at path: String) throws(CorpusError) -> CorpusMetadata {
        let lines = try readTextLines(path: path)
        return try parse(lines.map(\.text).joined(separator: "\n"), file: path)
    }

    /// Parses metadata text; `file` names it in errors and diagnostics.
    public static func parse(_ text: String, file: String) throws(CorpusError) -> CorpusMetadata {
        let root: Node?
        do {
            // The basic resolver leaves every scalar a string: the fields below are read as the
            // types they must be, and Yams' default resolver compiles regular expressions (ICU)
            // that would cost more than reading a page of metadata.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw CorpusError(.malformedMetadata, file: file, line: yamlErrorLine(error),
                              "not valid YAML or JSON (\(yamlProblem(error))); expected a \"papers\" list")
        } catch {
            throw CorpusError(.malformedMetadata, file: file, "not valid YAML or JSON; expected a \"papers\" list")
        }
        var metadata = CorpusMetadata()
        guard let root, !isNull(root) else { return metadata }
        let list: Node.Sequence
        if let sequence = root.sequence {
            list = sequence
        } else if let mapping = root.mapping {
            for (key, _) in mapping where key.string != "papers" {
                metadata.diagnostics.append(Diagnostic(.warning, code: "unknown-key",
                                                       "unknown key \"\(key.string ?? "?")\" ignored; expected \"papers\"",
                                                       at: location(key, file)))
            }
            guard let papers = mapping["papers"] else { return metadata }
            if isNull(papers) { return metadata }
            guard let sequence = papers.sequence else {
                throw CorpusError(.malformedMetadata, file: file, line: papers.mark?.line, "\"papers\" should be a list of papers")
            }
            list = sequence
        } else {
            throw CorpusError(.malformedMetadata, file: file, line: root.mark?.line, "expected a mapping with a \"papers\" list")
        }
        var reported: Set<String> = []
        for item in list {
            guard let mapping = item.mapping else {
                throw CorpusError(.malformedMetadata, file: file, line: item.mark?.line,
                                  "each paper should be a mapping with \"title\" or \"match\"")
            }
            var paper = Paper(location: location(item, file))
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let line = value.mark?.line ?? keyNode.mark?.line
                switch key {
                case "title": paper.title = try string(value, key, file, line)
                case "match": paper.match = try string(value, key, file, line)
                case "id": paper.id = try string(value, key, file, line)
                case "short": paper.shortName = try string(value, key, file, line)
                case "url": paper.url = try string(value, key, file, line)
                case "year":
                    guard isNull(value) || value.int != nil, value.scalar != nil || isNull(value) else {
                        throw CorpusError(.malformedMetadata, file: file, line: line, "\"year\" should be an integer")
                    }
                    paper.year = isNull(value) ? nil : value.int
                case "aliases":
                    if isNull(value) { break }
                    if value.scalar != nil {
                        paper.aliases = [try string(value, key, file, line) ?? ""]
                    } else if let sequence = value.sequence {
                        for alias in sequence {
                            guard let s = try string(alias, key, file, alias.mark?.line ?? line) else { continue }
                            paper.aliases.append(s)
                        }
                    } else {
                        throw CorpusError(.malformedMetadata, file: file, line: line, "\"aliases\" should be a list of strings")
                    }
                default:
                    if reported.insert(key).inserted {
                        metadata.diagnostics.append(Diagnostic(.warning, code: "unknown-key",
                                                               "unknown key \"\(key)\" ignored; known keys: \(paperKeys.sorted().joined(separator: ", "))",
                                                               at: SourceLocation(file: file, line: keyNode.mark?.line ?? 0)))
                    }
                }
            }
            if paper.title == nil, paper.match == nil {
                throw CorpusError(.malformedMetadata, file: file, line: paper.location.line,
                                  "a paper needs \"title\" (matched to an entry's title) or \"match\" (the start of its description)")
            }
            metadata.papers.append(paper)
        }
        return metadata
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    private static func string(_ node: Node, _ key: String, _ file: String, _ line: Int?) throws(CorpusError) -> String? {
        if isNull(node) { return nil }
        guard let scalar = node.scalar else {
            throw CorpusError(.malformedMetadata, file: file, line: line, "\"\(key)\" should be a string")
        }
        return scalar.string
    }

    private static func location(_ node: Node, _ file: String) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0)
    }

    private static func yamlErrorLine(_ error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): return problem
        case .reader(let problem, _, _, _): return problem
        default: return "\(error)"
        }
    }
}
