import InfluenceGraph
@testable import InfluenceMining
import Testing

/// Constructions of longer sentences: coordinated clauses, relatives, appositions, lineage nouns and
/// people's names, each on made-up names.
extension ConstructionTests {
    /// An entry that mentions the made-up names inside a sentence, so that they read as names when
    /// they open one (as real names do across a corpus). It states no relation.
    var mentions: (short: String, text: String) { ("Widget", "Introduced widgets for Quux, Zorb, Fnord, Blip and Zap.") }

    @Test func coordinatedClauseWithANamedSubject() {
        let e = edges([mentions, ("Gizmo", "Quux and Zorb borrowed its syntax, and Fnord, Blip, and Zap are still written in it.")])
        #expect(e == ["gizmo>quux": .buildsOn, "gizmo>zorb": .buildsOn,
                      "gizmo>fnord": .usedBy, "gizmo>blip": .usedBy, "gizmo>zap": .usedBy])
    }

    @Test func newClauseEndsTheObjects() {
        let e = edges([mentions, ("Gizmo", "Quux and the Zorb toolkit extended it further, and Zorb was used to check the Fnord kernel.")])
        #expect(e == ["gizmo>quux": .extends, "gizmo>zorb": .extends])
    }

    @Test func whoseRelativeTakesTheLastObject() {
        let e = edges([("Gizmo", "Led directly to Quux, whose iterators and exceptions influenced Zorb and Fnord.")])
        #expect(e == ["gizmo>quux": .spawned, "quux>zorb": .influenced, "quux>fnord": .influenced])
    }

    @Test func appositionsNameSuccessorsAndDescendants() {
        #expect(edges([("Gizmo", "Its successor, Quux 68, was more ambitious and less successful.")]) == ["gizmo>quux-68": .supersedes])
        #expect(edges([mentions, ("Gizmo", "Zorb, its free replacement, still generates the parsers of Fnord.")]) == ["gizmo>zorb": .supersedes])
        #expect(edges([("Gizmo", "Its descendants, from Quux IV through Quux 90, still run.")])
                == ["gizmo>quux-iv": .influenced, "gizmo>quux-90": .influenced])
    }

    @Test func lineageNouns() {
        #expect(edges([mentions, ("Gizmo", "Quux, Zorb, and Fnord are all dialects of it.")])
                == ["gizmo>quux": .influenced, "gizmo>zorb": .influenced, "gizmo>fnord": .influenced])
        #expect(edges([mentions, ("Gizmo", "Quux and Zorb are built on variants of it.")]) == ["gizmo>quux": .buildsOn, "gizmo>zorb": .buildsOn])
    }

    @Test func asWereAddsSubjectsAndRelativeClausesLeaveTheSubject() {
        let e = edges([mentions, ("Gizmo", "Quux, which proved the absence of errors in the Blorp 9 software, was built on it, as were Zorb and Fnord's Zap checker.")])
        #expect(e == ["gizmo>quux": .buildsOn, "gizmo>zorb": .buildsOn, "gizmo>zap": .buildsOn])
    }

    @Test func peopleAreNotNodes() {
        // Two full names before a verb of authorship, one opening a clause, and an owner of a common noun phrase.
        let e = edges([("Gizmo", "Alana Turnip and Bertil Crumb proposed a typed calculus that extends Quux."),
                       ("Zorb", "Marta Velloso extended Quux with widgets, building on Carl Hewlett's actor model.")])
        #expect(e == ["quux>gizmo": .extends, "quux>zorb": .extends])
        // A name that recurs across entries owns its parts: it is a system, not a person.
        let systems = edges([("Gizmo", "Powers Fnord Studio's guidance."), ("Zorb", "Foundation of Fnord Studio.")])
        #expect(systems == ["gizmo>fnord-studio": .foundationOf, "zorb>fnord-studio": .foundationOf])
    }

    @Test func inFavorOfNamesTheSuccessors() {
        #expect(edges([mentions, ("Gizmo", "Blipco removed Gizmo from Zorb in favor of the newer Quux and, later, the Fnord engine.")])
                == ["gizmo>quux": .supersedes, "gizmo>fnord": .supersedes])
        #expect(edges([("Gizmo", "Deprecated in favor of Quux 2.")]) == ["gizmo>quux-2": .supersedes])
    }

    @Test func enDashInsideAWordJoinsIt() {
        #expect(Tokenizer.tokenize("the Quux–Zorb design, 1986 – 2016").map(\.text) == ["the", "Quux–Zorb", "design", ",", "1986", "–", "2016"])
        #expect(edges([("Quux–Zorb", "Introduced widgets."), ("Gizmo", "Built on the Quux-Zorb design.")]) == ["quux-zorb>gizmo": .buildsOn])
        #expect(MentionResolver.slashAlternatives("I/O") == nil)
    }

    @Test func whileOpensAClauseOfItsOwn() {
        #expect(edges([mentions, ("Gizmo", "Quux adopted its theory, while Zorb and Fnord occupy the same space.")])
                == ["gizmo>quux": .adoptedBy])
    }

    @Test func aLowercaseWordManyTextsUseIsNoName() {
        let e = edges([("Gizmo", "Gizmo can replace Quux, Zorblax, fnordlint, and learn."),
                       ("Widget", "Widgets learn fast."), ("Doohickey", "Machines learn slowly.")])
        #expect(e["fnordlint>gizmo"] == .supersedes)
        #expect(e["learn>gizmo"] == nil)
    }

    @Test func traceBackBecameTheOfAndDottedNames() {
        #expect(edges([mentions, ("Gizmo", "Quux, Zorb, and Fnord all trace their syntax back to it.")])
                == ["gizmo>quux": .influenced, "gizmo>zorb": .influenced, "gizmo>fnord": .influenced])
        #expect(edges([("Gizmo", "Became the type system of Quux 2, and many others.")]) == ["gizmo>quux-2": .adoptedBy])
        #expect(edges([("Gizmo", "Succeeded asm.js as the way to run code.")]) == ["asm-js>gizmo": .supersedes])
        #expect(edges([("Gizmo", "Popularized by example.com and e.g. blogs.")]).isEmpty)
    }

    @Test func ownersAdjectivesAndTheThingOwned() {
        #expect(edges([("Gizmo", "First used in Blipco's experimental Zorb 8 compiler.")]) == ["gizmo>zorb-8": .usedBy])
    }

    @Test func theoryBehindAndWrittenIn() {
        #expect(edges([("Gizmo", "Supplied the theory behind Quux and Zorb.")]) == ["gizmo>quux": .foundationOf, "gizmo>zorb": .foundationOf])
        #expect(edges([("Gizmo", "Fell behind Quux in speed.")]).isEmpty)
        #expect(edges([mentions, ("Gizmo", "Quux is written in it.")]) == ["gizmo>quux": .usedBy])
    }
}
