import InfluenceGraph

/// A phrase that states influence (or a comparison) between its subject and its objects.
struct RelationCue: Sendable {
    enum Direction: Sendable {
        /// The subject influenced the objects: "X influenced Y", "adopted by Y", "Foundation of Y".
        case subjectToObjects
        /// The objects influenced the subject: "inspired by X", "a fork of X", "Y use it", "Scaled X".
        case objectsToSubject
        /// Not influence: "outperformed X", "comparable to X". Recorded as a comparison.
        case comparison
    }
    /// Lowercased words of the phrase.
    var words: [String]
    var direction: Direction
    var relation: InfluenceRelation
    var confidence: Double
    /// Whether every item of the argument list is an argument, or only the first ("Scaled GPT to 1.5B parameters").
    var takesList = true
    /// Whether "to", "with" and "into" separate arguments ("Applied RLHF to GPT-3").
    var joinsWithPrepositions = false
}

/// The cue phrases: general English verbs and constructions of influence, lineage and comparison.
enum RelationCues {
    private static func cues(_ phrases: [String], _ direction: RelationCue.Direction, _ relation: InfluenceRelation,
                             _ confidence: Double, list: Bool = true, joins: Bool = false) -> [RelationCue] {
        phrases.map {
            RelationCue(words: $0.split(separator: " ").map(String.init), direction: direction, relation: relation,
                        confidence: confidence, takesList: list, joinsWithPrepositions: joins)
        }
    }

    /// Every cue, longest phrases first so that "inspired by" wins over "inspired".
    static let all: [RelationCue] = {
        var c: [RelationCue] = []
        // The subject influenced the objects.
        c += cues(["influenced", "influences", "shaped"], .subjectToObjects, .influenced, 0.9)
        c += cues(["inspired", "inspires"], .subjectToObjects, .inspired, 0.9)
        c += cues(["spawned", "spawns", "kickstarted", "kick-started", "kicked off", "kicks off", "gave rise to",
                   "led to", "paved the way for"], .subjectToObjects, .spawned, 0.9)
        c += cues(["grew into", "turned into", "developed into", "passed to", "passed on to"], .subjectToObjects, .influenced, 0.75)
        c += cues(["evolved into", "carried forward in", "carried forward into", "carried over to", "carried over into",
                   "reappeared in", "followed by", "succeeded by"], .subjectToObjects, .influenced, 0.8)
        c += cues(["powers", "powered", "underpins", "underpin", "underpinned", "underlies", "underlie", "foundation of",
                   "foundation for", "basis of", "basis for", "backbone of", "template for"], .subjectToObjects, .foundationOf, 0.85)
        c += cues(["powered by", "underpinned by"], .objectsToSubject, .foundationOf, 0.85)
        c += cues(["adopted by", "adopted in", "adopted for"], .subjectToObjects, .adoptedBy, 0.9)
        c += cues(["popularized by", "popularised by", "built into", "taken up by", "picked up by"], .subjectToObjects, .adoptedBy, 0.8)
        // "the theory behind Prolog", "the infrastructure behind Clang and Swift" (only after "the ...": see matchLength).
        c += cues(["behind"], .subjectToObjects, .foundationOf, 0.75)
        c += cues(["copied by", "integrated into", "incorporated into", "ships in", "ships with", "shipped in", "shipped with",
                   "bundled with", "bundled in"], .subjectToObjects, .adoptedBy, 0.75)
        c += cues(["used by", "used in", "employed by", "relied on by", "reused in", "reused by"], .subjectToObjects, .usedBy, 0.85)
        // The objects influenced the subject.
        c += cues(["inspired by", "inspiration from", "inspiration comes from", "draws inspiration from",
                   "modeled after", "modelled after", "modeled on", "modelled on"], .objectsToSubject, .inspired, 0.9)
        c += cues(["influenced by", "descends from", "descend from", "descended from"], .objectsToSubject, .influenced, 0.9)
        c += cues(["traces back to", "trace back to", "traced back to"], .objectsToSubject, .influenced, 0.8)
        // "A and B are written in it": what they are written in is used by them.
        c += cues(["written in", "implemented in"], .objectsToSubject, .usedBy, 0.75)
        c += cues(["has used", "have used", "had used"], .objectsToSubject, .usedBy, 0.8)
        c += cues(["adopted", "adopts"], .objectsToSubject, .adoptedBy, 0.8)
        c += cues(["responds to", "respond to", "responded to"], .objectsToSubject, .influenced, 0.85)
        c += cues(["grew out of", "grew from", "evolved from", "emerged from"], .objectsToSubject, .spawned, 0.8)
        c += cues(["derived from"], .objectsToSubject, .extends, 0.8)
        c += cues(["built on top of", "on top of", "built on", "built upon", "builds on", "build on", "builds upon",
                   "building on", "building upon", "built around", "written around", "designed around", "borrowed from",
                   "borrows from", "borrowing from", "borrowed", "borrows",
                   "wrapper around", "wrapper for", "wrapper of", "binding for", "bindings for", "binding to",
                   "bindings to", "built using", "built with"], .objectsToSubject, .buildsOn, 0.85)
        c += cues(["drew on", "draws on", "draw on", "drawing on"], .objectsToSubject, .buildsOn, 0.8)
        c += cues(["based on", "depends on", "relies on", "rely on", "relied on"], .objectsToSubject, .buildsOn, 0.8)
        c += cues(["following"], .objectsToSubject, .buildsOn, 0.7)
        c += cues(["combined", "combines", "combining"], .objectsToSubject, .buildsOn, 0.75, joins: true)
        c += cues(["thanks to"], .objectsToSubject, .usedBy, 0.7)
        c += cues(["uses", "use"], .objectsToSubject, .usedBy, 0.8)
        c += cues(lineagePhrases, .objectsToSubject, .influenced, 0.8)
        c += cues(["fork of", "port of", "clone of", "reimplementation of", "rewrite of", "extension for",
                   "extension of", "version of", "extends", "extend", "extended", "refined", "refines", "refine"],
                  .objectsToSubject, .extends, 0.85)
        c += cues(["added", "adds"], .objectsToSubject, .extends, 0.8, joins: true)
        c += cues(["improves on", "improves upon", "improved on", "improves", "improved"], .objectsToSubject, .extends, 0.75, list: false)
        c += cues(["replacement for", "successor to", "successor of", "supersedes", "superseded"], .objectsToSubject, .supersedes, 0.85)
        c += cues(["replaced", "replacing", "replaces", "replace", "succeeded", "succeeds"], .objectsToSubject, .supersedes, 0.8)
        c += cues(["scaled", "scales"], .objectsToSubject, .scales, 0.85, list: false)
        c += cues(["applied", "applies"], .objectsToSubject, .applies, 0.85, joins: true)
        // "Brought X to Y": X is what the entry took; Y is where it went, not a source.
        c += cues(["brought", "brings"], .objectsToSubject, .applies, 0.85, list: false)
        c += cues(["simplified", "simplifies"], .objectsToSubject, .simplifies, 0.85, list: false)
        c += cues(["challenged", "challenges"], .objectsToSubject, .challenges, 0.85, list: false)
        // Comparisons: never influence.
        c += cues(["outperformed", "outperform", "outperforms", "outperforming", "comparable to", "rivaling", "rivalling",
                   "rivals", "rivaled", "vs.", "vs", "versus", "faster than", "slower than", "better than", "similar to",
                   "challenger to", "alternative to", "competitor to", "exceed", "exceeds", "surpassed", "surpasses",
                   "beat", "beats", "since"], .comparison, .influenced, 1)
        return c.sorted { $0.words.count > $1.words.count }
    }()

    /// "dialects of X": the subject descends from X.
    static let lineagePhrases = ["dialect of", "dialects of", "variant of", "variants of", "descendant of", "descendants of",
                                 "derivative of", "derivatives of", "offshoot of", "offshoots of"]
    /// First words of ``lineagePhrases`` ("dialects").
    static let lineageHeads = Set(lineagePhrases.map { String($0.split(separator: " ")[0]) })

    /// ``all`` grouped by first word, each group in the order of ``all``.
    static let byFirstWord: [String: [RelationCue]] = Dictionary(grouping: all, by: { $0.words[0] })

    /// Nouns that head a cue ("the foundation of", "a fork of"); other cues after a determiner are nouns, not cues.

    static let nounHeads: Set<String> = [
        "foundation", "basis", "backbone", "fork", "port", "clone", "reimplementation", "rewrite", "extension", "replacement",
        "successor", "wrapper", "binding", "bindings", "inspiration", "challenger", "alternative", "competitor", "version",
        "template",
    ]

    /// Nouns of parts a work is built from: "a ResNet backbone", "a U-Net generator".
    static let componentNouns: Set<String> = [
        "backbone", "encoder", "decoder", "encoder-decoder", "generator", "discriminator", "network", "detector",
        "layer", "block", "head", "loss",
    ]

    /// Words after which "use" is a verb of this construction ("most modern models use it").
    static let useObjects: Set<String> = ["it", "them", "this"]
}
