import InfluenceCorpus
import InfluenceGraph
@testable import InfluenceMining
import Testing

/// The miner on word salad: every construction meets sentences that end, or break off, where it
/// looks for more words. Nothing may trap.
@Suite struct RobustnessTests {
    static let vocabulary = [
        "trace", "back", "to", "became", "the", "of", "in", "favor", "its", "successor", "replacement", "descendants",
        "as", "were", "was", "and", ",", ";", ":", "—", "–", "(", ")", "which", "whose", "who", "while", "it", "by",
        "Quux", "Zorb", "Fnord 2", "asm.js", "Alana Turnip", "Dijkstra's", "IBM's", "experimental", "built", "on",
        "variants", "dialects", "written", "adopted", "proposed", "extended", "behind", "removed", "from", "used",
        "Hindley–Milner", "I/O", "GPT-4/5", "e.g.", "\"", "'s", "First", "Showed", "without", "would", "fork",
        "Brian Kernighan", "Dennis Ritchie's", "The", "Foo–the", "a.k.a", "example.co.uk",
    ]

    /// Two full names, the second owning a capitalized title, once recursed without end.
    @Test func namesOwningATitleEnd() {
        let loc = SourceLocation(file: "t.txt", line: 1)
        func entry(_ id: String, _ text: String) -> Entry {
            Entry(id: id, title: SourceText(text: id, location: loc), name: id, shortName: id,
                  description: SourceText(text: text, location: loc), impact: nil, era: nil, year: 2000, url: nil, aliases: [], location: loc)
        }
        let mined = InfluenceMiner().mine(Corpus(entries: [
            entry("Quux", "Quux is a language."),
            entry("Foo", "Foo was inspired by Brian Kernighan and Dennis Ritchie's The Quux Programming Language."),
        ]))
        #expect(mined.graph.nodes.count >= 2)
    }

    @Test func wordSaladNeverTraps() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let loc = SourceLocation(file: "salad.txt", line: 1)
        var entries: [Entry] = []
        for i in 0..<2000 {
            let words = (0..<(1 + next(14))).map { _ in Self.vocabulary[next(Self.vocabulary.count)] }
            let text = words.joined(separator: " ") + (next(2) == 0 ? "." : "")
            entries.append(Entry(id: "e\(i)", title: SourceText(text: "Entry \(i)", location: loc), name: "Entry \(i)",
                                 shortName: i % 3 == 0 ? "Quux" : "E\(i)", description: SourceText(text: text, location: loc),
                                 impact: nil, era: nil, year: 2000, url: nil, aliases: [], location: loc))
        }
        let mined = InfluenceMiner().mine(Corpus(entries: entries))
        #expect(mined.graph.nodes.count >= 2000)
    }
}
