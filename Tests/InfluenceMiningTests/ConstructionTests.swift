import InfluenceCorpus
import InfluenceGraph
@testable import InfluenceMining
import Testing

/// The general English constructions of the relation extractor, each on a made-up corpus so that
/// no test depends on a real paper's wording.
@Suite struct ConstructionTests {
    func corpus(_ entries: [(short: String, text: String)]) -> Corpus {
        let loc = SourceLocation(file: "toy.txt", line: 1)
        return Corpus(entries: entries.enumerated().map { i, e in
            Entry(id: Slug.make(e.short), title: SourceText(text: e.short, location: loc), name: e.short, shortName: e.short,
                  description: SourceText(text: e.text, location: loc), impact: nil, era: nil, year: 2000 + i, url: nil,
                  aliases: [], location: loc)
        })
    }

    /// Mined edges as "source>target" → relation.
    func edges(_ entries: [(short: String, text: String)]) -> [String: InfluenceRelation] {
        let g = InfluenceMiner().mine(corpus(entries)).graph
        var out: [String: InfluenceRelation] = [:]
        for u in 0..<g.nodes.count {
            for (v, e) in zip(g.topology.successors(u), g.topology.outEdgeIDs(u)) {
                out["\(g.nodes[u].id)>\(g.nodes[Int(v)].id)"] = g.info(ofEdge: e).relation
            }
        }
        return out
    }

    @Test func adverbInsideAVerbPhrase() {
        let e = edges([("Gizmo", "Launched the line of work that led directly to Quux 2 and Zorblax.")])
        #expect(e == ["gizmo>quux-2": .spawned, "gizmo>zorblax": .spawned])
    }

    @Test func passiveVoiceTurnsTheDirection() {
        let e = edges([("Gizmo", "Became a default tool and was extended to video in QX-2.")])
        #expect(e == ["gizmo>qx-2": .extends])
    }

    @Test func relativePronounTakesTheLastObject() {
        let e = edges([("Gizmo", "Its design became the template for Quux and Zorblax, which in turn led to Fnord.")])
        #expect(e == ["gizmo>quux": .foundationOf, "gizmo>zorblax": .foundationOf, "zorblax>fnord": .spawned])
    }

    @Test func coordinatedClauseWithItsOwnSubject() {
        // "Quux" opens the sentence; the corpus capitalizes it inside a sentence too, so it is a name.
        let e = edges([("Gizmo", "Quux was written around it, and it underlies tools such as Zorblax."),
                       ("Widget", "Introduced widgets for Quux.")])
        #expect(e == ["gizmo>quux": .buildsOn, "gizmo>zorblax": .foundationOf])
    }

    @Test func floatingQuantifierAfterTheSubjects() {
        let e = edges([("Gizmo", "Made widgets cheap; Quux, Zorblax, and the Fnord all build on it.")])
        #expect(e == ["gizmo>quux": .buildsOn, "gizmo>zorblax": .buildsOn, "gizmo>fnord": .buildsOn])
    }

    @Test func modifierMadeOfANameAndNamedParts() {
        let e = edges([("Widget", "Introduced widgets."),
                       ("Gizmo", "Brought Widget-style pooling to gadgets, using a standard Widget encoder."),
                       ("Doohickey", "Trained a Doohickey head on a Gizmo-pretrained Zorblax.")])
        // "Doohickey head" is the entry's own part; "Zorblax" is named only here, so it is no part either.
        #expect(e == ["widget>gizmo": .applies, "gizmo>doohickey": .usedBy])
    }

    @Test func participleClauseEndsTheArgumentList() {
        let e = edges([("Widget", "Introduced widgets."),
                       ("Gizmo", "Uses Quux bottlenecks, winning Widget 2009 with fewer parameters.")])
        #expect(e["widget>gizmo"] == nil)
    }

    @Test func selfNamedFamilyLeavesTheNamingToItsParenthesis() {
        let e = edges([("Gizmo", "Spawned the Gizmo family (Gizmo-v3, Xgizmo) of gadgets.")])
        #expect(e == ["gizmo>gizmo-v3": .spawned, "gizmo>xgizmo": .spawned])
    }

    @Test func fromToRangeNamesBothEnds() {
        let e = edges([("Gizmo", "Spawned a line of successors, from Gizmo2 and Gizmo3 to the community Gizmo5.")])
        #expect(Set(e.keys) == ["gizmo>gizmo2", "gizmo>gizmo3", "gizmo>gizmo5"])
    }

    @Test func bareLowercaseNamesAmongNamesButNotCommonWords() {
        let e = edges([("Gizmo", "Gizmo can replace Quux, Zorblax, fnordlint, and more."),
                       ("Widget", "Added attention to Gizmo models.")])
        #expect(e["fnordlint>gizmo"] == .supersedes)
        #expect(e["quux>gizmo"] == .supersedes)
        #expect(e["attention>widget"] == nil)
        #expect(e["more>gizmo"] == nil)
    }

    @Test func nameBeforeACorpusNameIsANewName() {
        let e = edges([("Gizmo", "Introduced gizmos."), ("Widget", "Opened a line of work — Deformable Gizmo and Quux extend it.")])
        #expect(e == ["widget>deformable-gizmo": .extends, "widget>quux": .extends])
    }

    @Test func likenessIsNoInfluence() {
        let e = edges([("Gizmo", "Introduced gizmos."), ("Widget", "Widget is a Gizmo-like server written to go fast.")])
        #expect(e.isEmpty)
    }
}
