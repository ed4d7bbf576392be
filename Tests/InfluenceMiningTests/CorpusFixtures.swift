import Foundation
import InfluenceCorpus
import InfluenceMining
import Testing

/// Loads the corpora the mining tests measure. The `.txt` page is read by the corpus module; the
/// metadata and `.jsonl` files are applied here with a minimal reader of their simple shape, so
/// the mining tests do not depend on the metadata reader.
enum CorpusFixtures {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return url
    }()

    static func fixture(_ name: String, _ ext: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The shipped page with its metadata applied.
    static func shippedCorpus() throws -> Corpus {
        let page = repository.appendingPathComponent("Graphs/ai-research-papers.txt").path
        var corpus = try PageReader.read(at: page)
        let yaml = try String(contentsOf: repository.appendingPathComponent("Graphs/ai-research-papers.yaml"), encoding: .utf8)
        for paper in parseMetadata(yaml) {
            let index: Int?
            if let match = paper["match"] {
                index = corpus.entries.firstIndex { $0.description?.text.hasPrefix(match) == true }
            } else {
                index = corpus.entries.firstIndex { $0.title?.text.lowercased() == paper["title"]?.lowercased() }
            }
            guard let i = index else { continue }
            if let short = paper["short"] { corpus.entries[i].shortName = short; corpus.entries[i].id = Slug.make(short) }
            if corpus.entries[i].title == nil, let title = paper["title"] { corpus.entries[i].name = title }
            corpus.entries[i].year = paper["year"].flatMap { Int($0) }
            corpus.entries[i].url = paper["url"]
            corpus.entries[i].aliases = paper["aliases"].map(parseList) ?? []
        }
        return corpus
    }

    /// `papers:` items of `key: value` lines; lists stay as their `[...]` text.
    static func parseMetadata(_ yaml: String) -> [[String: String]] {
        var papers: [[String: String]] = []
        for raw in yaml.split(separator: "\n") {
            let line = String(raw)
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("#") || !line.hasPrefix("  ") { continue }
            var body = line.trimmingCharacters(in: .whitespaces)
            if body.hasPrefix("- ") { papers.append([:]); body.removeFirst(2) }
            guard let colon = body.firstIndex(of: ":"), !papers.isEmpty else { continue }
            let key = String(body[..<colon])
            var value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            papers[papers.count - 1][key] = value
        }
        return papers
    }

    static func parseList(_ text: String) -> [String] {
        let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        return inner.components(separatedBy: "\", \"").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }.filter { !$0.isEmpty }
    }

    /// The `.jsonl` corpus: one entry per line.
    static func packagesCorpus() throws -> Corpus {
        let path = "Graphs/python-packages.jsonl"
        let text = try String(contentsOf: repository.appendingPathComponent(path), encoding: .utf8)
        var corpus = Corpus()
        for (n, line) in text.split(separator: "\n").enumerated() {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let location = SourceLocation(file: path, line: n + 1)
            let title = object["title"] as! String
            corpus.entries.append(Entry(
                id: (object["id"] as? String) ?? Slug.make(title), title: SourceText(text: title, location: location),
                name: title, shortName: title,
                description: (object["description"] as? String).map { SourceText(text: $0, location: location) },
                impact: (object["impact"] as? String).map { SourceText(text: $0, location: location) },
                era: object["era"] as? String, year: object["year"] as? Int, url: nil,
                aliases: (object["aliases"] as? [String]) ?? [], location: location))
        }
        return corpus
    }

    /// Gold edges: (source, target) → relation.
    static func gold(_ name: String) throws -> [Pair: String] {
        var out: [Pair: String] = [:]
        for line in try fixture(name, "tsv").split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("source\t") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            out[Pair(source: f[0], target: f[1])] = f[2]
        }
        return out
    }
}

struct Pair: Hashable, Comparable, CustomStringConvertible {
    var source: String
    var target: String
    static func < (a: Pair, b: Pair) -> Bool { (a.source, a.target) < (b.source, b.target) }
    var description: String { "\(source) -> \(target)" }
}
