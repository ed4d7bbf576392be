import Foundation
import InfluenceCorpus
import InfluenceMining
import Testing

/// Loads the corpora the mining tests measure, through the corpus module's readers.
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

    /// A corpus file of the repository, read by the corpus module with the metadata beside it.
    static func corpus(_ relativePath: String) throws -> Corpus {
        guard case .corpus(let corpus) = try readCorpus(at: repository.appendingPathComponent(relativePath).path) else {
            throw CorpusError(.unknownFormat, file: relativePath, "expected a corpus of papers")
        }
        return corpus
    }

    /// The shipped page with `Graphs/ai-research-papers.yaml` applied.
    static func shippedCorpus() throws -> Corpus { try corpus("Graphs/ai-research-papers.txt") }

    /// The `.jsonl` corpus of Python packages.
    static func packagesCorpus() throws -> Corpus { try corpus("Graphs/python-packages.jsonl") }

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
