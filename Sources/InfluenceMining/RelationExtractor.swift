import InfluenceGraph

/// An influence statement found in a sentence: `source` influenced `target`.
struct Claim: Sendable, Hashable {
    var source: Mention
    var target: Mention
    var relation: InfluenceRelation
    var confidence: Double
}

/// A comparison found in a sentence: `subject` was compared with `object`. Not influence.
struct ComparisonClaim: Sendable, Hashable {
    var subject: Mention
    var object: Mention
}

/// Everything one sentence states.
struct SentenceFindings: Sendable {
    var claims: [Claim] = []
    var comparisons: [ComparisonClaim] = []
    /// Phrases in argument positions that named nothing definite, with the cue that expected them.
    var unresolved: [(phrase: UnresolvedPhrase, cue: String)] = []
}

/// Finds influence statements in one sentence of an entry's text.
///
/// The sentence is cut into clauses at ";", ":", dashes and arrows. In each clause, cue phrases
/// (``RelationCues``) and a few constructions are found; the words before the first cue are the
/// clause's subject (none, "it", "its", "this insight": the entry itself), the words after each cue up
/// to the next cue are its objects, split into an argument list. A cue's direction says which side
/// influenced which. Constructions: "<Name> fork/port/clone", "Showed <Name> was ...", clause-initial
/// "First <modifiers> <Name>", a clause "<size>-parameter <Name>", "without <X>, <Y> would ...",
/// "became the default ... in <Y>", and a parenthesis naming only corpus entries ("(T5-XXL)").
struct RelationExtractor: Sendable {
    let resolver: MentionResolver
    /// The entry whose text is being read (set by ``extract(_:entry:)``).
    private var entry = -1

    init(resolver: MentionResolver) {
        self.resolver = resolver
    }

    private struct CueMatch {
        var range: Range<Int>
        var cue: RelationCue
        /// Arguments fixed by the construction instead of the words after the cue.
        var objects: Range<Int>?
        var label: String
    }

    /// - Complexity: O(n · c) for a sentence of n tokens and c cue phrases.
    func extract(_ sentence: String, entry: Int) -> SentenceFindings {
        extract(Sentence(sentence), entry: entry)
    }

    /// - Complexity: O(n · c) for a sentence of n tokens and c cue phrases.
    func extract(_ sentence: Sentence, entry: Int) -> SentenceFindings {
        var reader = self
        reader.entry = entry
        return reader.read(sentence.tokens)
    }

    private func read(_ sentenceTokens: [Token]) -> SentenceFindings {
        var tokens = sentenceTokens
        // A sentence's first word is a name when the corpus capitalizes it inside sentences too ("Quux was ...").
        if let first = tokens.firstIndex(where: \.isWord), resolver.gazetteer.capitalizedInText.contains(tokens[first].key),
           !FunctionWords.all.contains(tokens[first].lower) {
            tokens[first].isSentenceInitial = false
        }
        var findings = SentenceFindings()
        var pending: CueMatch?
        var consumed: [Range<Int>] = []
        for (clause, endsWithColon) in clauses(tokens) {
            var subjectStart = clause.lowerBound
            let cues = findCues(tokens, clause, findings: &findings, consumed: &consumed)
            if var carried = pending {
                let scopeEnd = cues.first.map { $0.objects?.lowerBound ?? $0.range.lowerBound } ?? clause.upperBound
                carried.objects = clause.lowerBound..<scopeEnd
                emit(carried, scope: carried.objects!, subjects: [.anaphor], tokens, &findings, &consumed)
                subjectStart = scopeEnd
                pending = nil
            }
            if let special = sizedNameClause(tokens, clause) {
                findings.claims.append(Claim(source: special, target: .anaphor, relation: .scales, confidence: 0.6))
                continue
            }
            modifierCompounds(tokens, clause, &findings)
            guard !cues.isEmpty else { continue }
            let firstStart = min(cues[0].range.lowerBound, cues[0].objects?.lowerBound ?? Int.max)
            var subjectSpan = subjectStart..<max(subjectStart, firstStart)
            // A fronted participle phrase ("Following X, Y is ..."): its arguments end at the comma,
            // and the clause's subject follows the comma.
            var frontedEnd: Int?
            if subjectSpan.isEmpty, cues.count > 1, cues[0].objects == nil, cues[0].cue.direction == .objectsToSubject,
               let head = cues[0].cue.words.first, head.hasSuffix("ed") || head.hasSuffix("ing"),
               let comma = (cues[0].range.upperBound..<cues[1].range.lowerBound).first(where: { tokens[$0].isPunct(",") }) {
                frontedEnd = comma
                subjectSpan = (comma + 1)..<cues[1].range.lowerBound
            }
            // "Astrée, which proved ..., was built on it": the subject, not its relative clause.
            var subjectEnd = subjectSpan.upperBound
            while subjectEnd > subjectSpan.lowerBound, FunctionWords.auxiliaries.contains(tokens[subjectEnd - 1].lower)
                    || Self.isAdverb(tokens[subjectEnd - 1]) {
                subjectEnd -= 1
            }
            if let c = subjectSpan.first(where: { tokens[$0].isPunct(",") && $0 + 1 < subjectSpan.upperBound
                    && ["which", "who"].contains(tokens[$0 + 1].lower) }), c > subjectSpan.lowerBound,
               subjectEnd > c + 1, tokens[subjectEnd - 1].isPunct(",") {
                subjectSpan = subjectSpan.lowerBound..<c
            }
            guard let subjects = subjects(tokens, subjectSpan, cue: cues[0].label, &findings, &consumed) else { continue }
            var lastObjects: [Mention] = []
            // ", and A, B, and C are written in it": a coordinated clause with its own subject before cue k.
            let coordinated: [(comma: Int, subject: Range<Int>)?] = cues.indices.map { k in
                guard k > 0, cues[k].objects == nil, cues[k - 1].objects == nil,
                      !Self.pronounSubject(tokens, before: cues[k].range.lowerBound, after: cues[k - 1].range.upperBound),
                      !Self.isRelativeOpening(tokens, before: cues[k].range.lowerBound, after: cues[k - 1].range.upperBound)
                else { return nil }
                return Self.coordinatedSubject(tokens, before: cues[k].range.lowerBound, after: cues[k - 1].range.upperBound)
            }
            for k in cues.indices {
                var scope: Range<Int>
                if k == 0, let end = frontedEnd {
                    scope = cues[0].range.upperBound..<end
                } else if let fixed = cues[k].objects {
                    scope = fixed
                } else {
                    var end = clause.upperBound
                    if k + 1 < cues.count { end = min(cues[k + 1].range.lowerBound, cues[k + 1].objects?.lowerBound ?? Int.max) }
                    if k + 1 < cues.count, let next = coordinated[k + 1] { end = min(end, next.comma) }
                    end = min(end, closingParen(tokens, after: cues[k].range.lowerBound, clause: clause) ?? end)
                    end = min(end, Self.clauseBreak(tokens, in: cues[k].range.upperBound..<end) ?? end)
                    scope = cues[k].range.upperBound..<max(cues[k].range.upperBound, end)
                }
                // "was built on it, as were Frama-C and IKOS": more subjects of the same statement.
                var alsoSubjects: [Mention] = []
                if cues[k].objects == nil, let c = scope.first(where: { $0 + 3 < scope.upperBound && tokens[$0].isPunct(",")
                        && tokens[$0 + 1].lower == "as" && FunctionWords.auxiliaries.contains(tokens[$0 + 2].lower) }) {
                    alsoSubjects = self.subjects(tokens, (c + 3)..<scope.upperBound, cue: cues[k].label, &findings, &consumed) ?? []
                    scope = scope.lowerBound..<c
                }
                // ", which (in turn) led to Y": the relative pronoun stands for the last object before it.
                var cueSubjects = subjects
                if k > 0, Self.pronounSubject(tokens, before: cues[k].range.lowerBound, after: cues[k - 1].range.upperBound) {
                    cueSubjects = [.anaphor]
                } else if k > 0, let last = lastObjects.last, Self.isRelativeOpening(tokens, before: cues[k].range.lowerBound,
                                                                                 after: cues[k - 1].range.upperBound) {
                    cueSubjects = [last]
                } else if let own = coordinated[k] {
                    guard let named = self.subjects(tokens, own.subject, cue: cues[k].label, &findings, &consumed) else { continue }
                    cueSubjects = named
                }
                for m in alsoSubjects where !cueSubjects.contains(m) && m != .anaphor { cueSubjects.append(m) }
                let objects = emit(cues[k], scope: scope, subjects: cueSubjects, tokens, &findings, &consumed)
                lastObjects = objects
                let found = !objects.isEmpty
                if !found, endsWithColon, k == cues.count - 1, cues[k].objects == nil { pending = cues[k] }
            }
        }
        parentheticalMentions(tokens, entry: entry, consumed: consumed, &findings)
        return findings
    }

    // MARK: Clauses and cues

    private func clauses(_ tokens: [Token]) -> [(Range<Int>, Bool)] {
        var out: [(Range<Int>, Bool)] = []
        var start = 0
        for (i, t) in tokens.enumerated() where !t.isWord && [";", ":", "—", "–", "→", ".", "!", "?"].contains(t.text) {
            if start < i { out.append((start..<i, t.text == ":")) }
            start = i + 1
        }
        if start < tokens.count { out.append((start..<tokens.count, false)) }
        return out
    }

    private func findCues(_ tokens: [Token], _ clause: Range<Int>, findings: inout SentenceFindings, consumed: inout [Range<Int>]) -> [CueMatch] {
        var cues: [CueMatch] = []
        var i = clause.lowerBound
        scan: while i < clause.upperBound {
            let t = tokens[i]
            guard t.isWord else { i += 1; continue }
            if let m = constructionCue(tokens, at: i, clause: clause, &findings, &consumed) {
                if let m { cues.append(m); i = m.range.upperBound } else { i += 1 }
                continue
            }
            for cue in RelationCues.byFirstWord[t.lower] ?? [] {
                guard let length = matchLength(cue, tokens, at: i, clause: clause) else { continue }
                var found = cue
                if Self.isPassive(cue, tokens, at: i, clause: clause) { found.direction = .subjectToObjects }
                cues.append(CueMatch(range: i..<(i + length), cue: found, objects: nil, label: cue.words.joined(separator: " ")))
                i += length
                continue scan
            }
            i += 1
        }
        return cues
    }

    /// Whether `word` is an adverb that may stand inside a verb phrase ("led directly to", "was widely adopted").
    static func isAdverb(_ word: Token) -> Bool {
        word.isWord && (FunctionWords.adverbs.contains(word.lower) || (word.lower.hasSuffix("ly") && word.lower.count > 4
            && word.text.first?.isLower == true))
    }

    /// "was extended to video in Y", "were refined by Y": a one-word active cue in the passive voice
    /// says the subject influenced its objects, the other way round from the active voice.
    static func isPassive(_ cue: RelationCue, _ tokens: [Token], at i: Int, clause: Range<Int>) -> Bool {
        guard cue.words.count == 1, cue.direction == .objectsToSubject, cue.words[0].hasSuffix("ed") else { return false }
        var j = i - 1
        if j >= clause.lowerBound, isAdverb(tokens[j]) { j -= 1 }
        return j >= clause.lowerBound && ["was", "were", "is", "are", "been", "be", "being"].contains(tokens[j].lower)
    }

    /// The number of tokens `cue` spans at `i`, or `nil` when it does not match there. One adverb may
    /// stand after the first word of a verb phrase ("led directly to", "was followed closely by").
    private func matchLength(_ cue: RelationCue, _ tokens: [Token], at i: Int, clause: Range<Int>) -> Int? {
        guard i + cue.words.count <= clause.upperBound, tokens[i].isWord, tokens[i].lower == cue.words[0] else { return nil }
        var gap = 0
        if cue.words.count > 1, !RelationCues.nounHeads.contains(cue.words[0]), i + 1 < clause.upperBound,
           Self.isAdverb(tokens[i + 1]), tokens[i + 1].lower != cue.words[1] {
            gap = 1
        }
        let length = cue.words.count + gap
        guard i + length <= clause.upperBound else { return nil }
        for k in 1..<max(1, cue.words.count) where tokens[i + k + gap].lower != cue.words[k] || !tokens[i + k + gap].isWord { return nil }
        let previous = i > clause.lowerBound ? tokens[i - 1].lower : ""
        let next = i + length < clause.upperBound ? tokens[i + length].lower : ""
        let head = cue.words[0]
        if FunctionWords.determiners.contains(previous), !RelationCues.nounHeads.contains(head), previous != "that" { return nil }
        switch cue.words {
        case ["use"]: return RelationCues.useObjects.contains(next) ? length : nil
        case ["since"]: return tokens[clause.lowerBound..<i].contains { $0.lower == "most" } ? length : nil
        // "are all dialects of it" states a lineage; "built on variants of it" leaves it to "built on".
        case _ where RelationCues.lineageHeads.contains(head):
            return FunctionWords.prepositions.contains(previous) ? nil : length
        // "the theory behind X", not "fell behind X": a noun phrase opened by "the" ends at the cue.
        case ["behind"]:
            return i > clause.lowerBound && tokens[i - 1].isWord && tokens[i - 1].text == tokens[i - 1].lower
                && tokens[max(clause.lowerBound, i - 4)..<i].contains { $0.lower == "the" } ? length : nil
        case ["following"]: return !next.isEmpty && !FunctionWords.auxiliaries.contains(previous) ? length : nil
        default: return length
        }
    }

    /// The constructions that are not plain cue phrases. Returns `.some(nil)` when a construction was
    /// handled entirely here (its claims are already in `findings`), `nil` when none applies.
    private func constructionCue(_ tokens: [Token], at i: Int, clause: Range<Int>, _ findings: inout SentenceFindings,
                                 _ consumed: inout [Range<Int>]) -> CueMatch?? {
        let l = tokens[i].lower
        let gazetteer = resolver.gazetteer
        if let (part, span) = componentMention(tokens, at: i, clause: clause), !comparisonBefore(tokens, span.lowerBound, clause: clause) {
            findings.claims.append(Claim(source: part, target: .anaphor, relation: .usedBy, confidence: 0.6))
            consumed.append(span)
            return .some(nil)
        }
        // "<Name> fork": the name before the noun is what the subject forks.
        if ["fork", "port", "clone", "rewrite"].contains(l), i > clause.lowerBound,
           i + 1 >= clause.upperBound || tokens[i + 1].lower != "of" {
            for j in stride(from: i - 1, through: max(clause.lowerBound, i - 4), by: -1) {
                if let m = gazetteer.longestMatch(in: tokens, from: j, to: i), j + m.length == i {
                    return .some(CueMatch(range: j..<(i + 1), cue: cue(.extends, 0.85), objects: j..<i, label: l))
                }
            }
            if WordShape.isNameLike(tokens[i - 1]) {
                return .some(CueMatch(range: (i - 1)..<(i + 1), cue: cue(.extends, 0.8), objects: (i - 1)..<i, label: l))
            }
        }
        // "Pascal and C all trace their syntax back to it": a few words may stand between "trace" and "back to".
        if ["trace", "traces", "traced"].contains(l),
           let back = (i + 1..<max(i + 1, min(clause.upperBound - 1, i + 5))).first(where: { tokens[$0].lower == "back" && tokens[$0 + 1].lower == "to" }),
           back > i + 1 {
            let c = RelationCue(words: [], direction: .objectsToSubject, relation: .influenced, confidence: 0.75)
            return .some(CueMatch(range: i..<(back + 2), cue: c, objects: (back + 2)..<clause.upperBound, label: "trace back to"))
        }
        // "Became the type system of ML": a fragment saying what the entry became in a named work.
        if l == "became", i == clause.lowerBound, i + 1 < clause.upperBound, tokens[i + 1].lower == "the",
           let of = (i + 2..<max(i + 2, min(clause.upperBound - 1, i + 6))).first(where: { tokens[$0].lower == "of" }),
           (i + 2..<of).allSatisfy({ tokens[$0].isWord && tokens[$0].text == tokens[$0].lower && !FunctionWords.all.contains(tokens[$0].lower) }),
           WordShape.isNameLike(tokens[of + 1]) || resolver.gazetteer.longestMatch(in: tokens, from: of + 1, to: clause.upperBound) != nil {
            let c = RelationCue(words: [], direction: .subjectToObjects, relation: .adoptedBy, confidence: 0.7)
            let end = (of + 1..<clause.upperBound).first { tokens[$0].isPunct(",") } ?? clause.upperBound
            return .some(CueMatch(range: i..<(of + 1), cue: c, objects: (of + 1)..<end, label: "became the ... of"))
        }
        // "Showed BERT was significantly undertrained".
        if ["showed", "shows", "show", "found", "proved", "demonstrated"].contains(l), i + 1 < clause.upperBound,
           let m = gazetteer.longestMatch(in: tokens, from: i + 1, to: clause.upperBound), i + 1 + m.length < clause.upperBound,
           ["was", "were", "is", "are"].contains(tokens[i + 1 + m.length].lower) {
            return .some(CueMatch(range: i..<(i + 2 + m.length), cue: cue(.challenges, 0.7), objects: (i + 1)..<(i + 1 + m.length), label: l))
        }
        // Clause-initial "First decoder-only Transformer ...".
        if l == "first", i == clause.lowerBound {
            var j = i + 1
            while j < clause.upperBound, j - i <= 4, tokens[j].isWord, tokens[j].text.first?.isLower == true,
                  !FunctionWords.all.contains(tokens[j].lower) {
                if gazetteer.longestMatch(in: tokens, from: j, to: clause.upperBound) != nil { break }
                j += 1
            }
            if j < clause.upperBound, let m = gazetteer.longestMatch(in: tokens, from: j, to: clause.upperBound) {
                return .some(CueMatch(range: i..<(j + m.length), cue: cue(.buildsOn, 0.6), objects: j..<(j + m.length), label: "first"))
            }
        }
        // "became the default FFN activation in Y", "is now standard in Y".
        if l == "default" || l == "standard" {
            var m = i + 1
            while m < clause.upperBound, m - i <= 5, tokens[m].isWord, tokens[m].lower != "in" { m += 1 }
            if m < clause.upperBound, m - i <= 5, tokens[m].lower == "in" {
                let c = RelationCue(words: [], direction: .subjectToObjects, relation: .adoptedBy, confidence: 0.85)
                return .some(CueMatch(range: i..<(m + 1), cue: c, objects: nil, label: "\(l) in"))
            }
        }
        // "Its successor, ALGOL 68, ...", "GNU Bison, its free replacement, ...": an apposition naming what
        // came of the entry.
        if l == "its", let (relation, nounEnd) = Self.appositionNoun(tokens, after: i, clause: clause),
           nounEnd < clause.upperBound, tokens[nounEnd].isPunct(",") || tokens[nounEnd].isPunct(":") {
            let plural = tokens[nounEnd - 1].lower.hasSuffix("s")
            var span: Range<Int>?
            if i == clause.lowerBound || (i > clause.lowerBound && tokens[i - 1].isPunct(",") && i - 1 == clause.lowerBound) {
                let end = (nounEnd + 1..<clause.upperBound).first { tokens[$0].isPunct(",") } ?? clause.upperBound
                span = (nounEnd + 1)..<end
            } else if i > clause.lowerBound + 1, tokens[i - 1].isPunct(","), tokens[nounEnd].isPunct(",") {
                let start = (clause.lowerBound..<(i - 1)).last { tokens[$0].isPunct(",") }.map { $0 + 1 } ?? clause.lowerBound
                span = start..<(i - 1)
            }
            if let span, !span.isEmpty {
                for o in arguments(tokens, span, cue: "its " + tokens[nounEnd - 1].lower, list: plural, joins: false, &findings)
                where o != .anaphor {
                    findings.claims.append(Claim(source: .anaphor, target: o, relation: relation, confidence: 0.7))
                }
                consumed.append(min(span.lowerBound, i)..<max(span.upperBound, nounEnd))
                return .some(nil)
            }
        }
        // "removed X from Firefox in favor of Y and Z": Y and Z superseded X (the entry when no X is named).
        if (l == "in" && i + 2 < clause.upperBound && ["favor", "favour"].contains(tokens[i + 1].lower) && tokens[i + 2].lower == "of") {
            let targets = arguments(tokens, (i + 3)..<clause.upperBound, cue: "in favor of", list: true, joins: false, &findings)
            var source: Mention = .anaphor
            if let verb = (clause.lowerBound..<i).last(where: { Self.removalVerbs.contains(tokens[$0].lower) }) {
                let end = (verb + 1..<i).first { ["from", "in", "at", "on", "with"].contains(tokens[$0].lower) } ?? i
                if let named = arguments(tokens, (verb + 1)..<end, cue: tokens[verb].lower, list: false, joins: false, &findings).first {
                    source = named
                }
            }
            for t in targets where t != source {
                findings.claims.append(Claim(source: source, target: t, relation: .supersedes, confidence: 0.75))
            }
            consumed.append(i..<clause.upperBound)
            return .some(nil)
        }
        // "without X, models like Y and Z would be slower": X is used by Y and Z.
        if l == "without", let comma = (i + 1..<clause.upperBound).first(where: { tokens[$0].isPunct(",") }),
           let modal = (comma + 1..<clause.upperBound).first(where: { ["would", "could", "might"].contains(tokens[$0].lower) }) {
            let sources = arguments(tokens, (i + 1)..<comma, cue: "without", list: true, joins: false, &findings)
            let targets = arguments(tokens, (comma + 1)..<modal, cue: "without", list: true, joins: false, &findings)
            for s in sources { for t in targets { findings.claims.append(Claim(source: s, target: t, relation: .usedBy, confidence: 0.7)) } }
            consumed.append(i..<modal)
            return .some(nil)
        }
        return nil
    }

    /// Whether a comparison cue ("outperforming", "faster than") stands in the clause before `i`.
    private func comparisonBefore(_ tokens: [Token], _ i: Int, clause: Range<Int>) -> Bool {
        for j in clause.lowerBound..<i where tokens[j].isWord {
            for c in RelationCues.all where c.direction == .comparison && c.words[0] == tokens[j].lower {
                if matchLength(c, tokens, at: j, clause: clause) != nil { return true }
            }
        }
        return false
    }

    /// "BERT-style masked prediction", "an ImageNet-pretrained AlexNet", "Raft-based KRaft": a modifier
    /// made of a name says that what it modifies took from that name. What it modifies is the name
    /// that follows it, if one does (except for "-pretrained": a pretrained model is still this
    /// entry's tool), else the entry.
    private func modifierCompounds(_ tokens: [Token], _ clause: Range<Int>, _ findings: inout SentenceFindings) {
        for i in clause where tokens[i].isWord {
            guard let (name, suffix) = WordShape.modifierCompound(tokens[i].text),
                  let relationName = WordShape.modifierSuffixes[suffix], let relation = InfluenceRelation(rawValue: relationName),
                  !comparisonBefore(tokens, i, clause: clause) else { continue }
            let nameTokens = Tokenizer.tokenize(name).filter(\.isWord).map {
                Token(text: $0.text, isWord: true, isPossessive: false, isSentenceInitial: false)
            }
            let source = resolver.resolve(nameTokens, 0..<nameTokens.count).mentions
            guard source.count == 1, source[0] != .anaphor else { continue }
            var target: [Mention] = [.anaphor]
            if !["pretrained", "initialized"].contains(suffix), i + 1 < clause.upperBound, tokens[i + 1].isWord,
               resolver.gazetteer.longestMatch(in: tokens, from: i + 1, to: clause.upperBound) != nil || WordShape.isNameLike(tokens[i + 1]) {
                let end = (i + 1..<clause.upperBound).first { !tokens[$0].isWord } ?? clause.upperBound
                let named = resolver.resolve(tokens, (i + 1)..<end).mentions
                if !named.isEmpty { target = named }
            }
            for t in target { findings.claims.append(Claim(source: source[0], target: t, relation: relation, confidence: 0.6)) }
        }
    }

    /// "a ResNet backbone", "a U-Net generator", "the Fast R-CNN detector", "a standard Transformer
    /// encoder": a named part the entry is made of. The name must be a corpus entry or be named in
    /// another entry's text too: a part named only here is likely the entry's own coinage.
    private func componentMention(_ tokens: [Token], at i: Int, clause: Range<Int>) -> (Mention, Range<Int>)? {
        guard RelationCues.componentNouns.contains(tokens[i].lower), i > clause.lowerBound else { return nil }
        var end = i
        // One lowercase modifier between the name and the noun: "ViT image encoder".
        if end - 1 > clause.lowerBound, tokens[end - 1].isWord, tokens[end - 1].text == tokens[end - 1].lower,
           !FunctionWords.all.contains(tokens[end - 1].lower), !WordShape.isNameLike(tokens[end - 1]) {
            end -= 1
        }
        for start in stride(from: end - 1, through: max(clause.lowerBound + 1, end - 4), by: -1) {
            guard tokens[start].isWord, WordShape.modifierCompound(tokens[start].text) == nil else { continue }
            var d = start - 1
            var adjectives = 0
            while d > clause.lowerBound, adjectives < 2, tokens[d].isWord, tokens[d].text == tokens[d].lower,
                  !FunctionWords.all.contains(tokens[d].lower) {
                d -= 1
                adjectives += 1
            }
            guard ["a", "an", "the"].contains(tokens[d].lower) else { continue }
            let r = resolver.resolve(tokens, start..<end)
            guard r.mentions.count == 1 else { continue }
            switch r.mentions[0] {
            case .anaphor: return nil
            case .entry(let e) where e == entry: return nil
            case .entry: return (r.mentions[0], d..<(i + 1))
            case .system(let name):
                guard resolver.gazetteer.isNamedOutside(name, entry: entry),
                      start + Tokenizer.tokenize(name).filter(\.isWord).count == end else { return nil }
                return (r.mentions[0], d..<(i + 1))
            }
        }
        return nil
    }

    private func cue(_ relation: InfluenceRelation, _ confidence: Double) -> RelationCue {
        RelationCue(words: [], direction: .objectsToSubject, relation: relation, confidence: confidence, takesList: false)
    }

    /// A clause that is only "<size>-parameter <Name>" ("175B-parameter GPT."): the entry scales that name.
    private func sizedNameClause(_ tokens: [Token], _ clause: Range<Int>) -> Mention? {
        let words = clause.filter { tokens[$0].isWord }
        guard words.count >= 2, words.count <= 4, let first = words.first else { return nil }
        let w = tokens[first].text
        let size = w.lowercased().hasSuffix("-parameter") ? String(w.dropLast("-parameter".count)) : w
        guard WordShape.isSize(size), let m = resolver.gazetteer.longestMatch(in: tokens, from: first + 1, to: clause.upperBound),
              first + 1 + m.length == clause.upperBound, m.entries.count == 1 else { return nil }
        return .entry(m.entries[0])
    }

    private func closingParen(_ tokens: [Token], after i: Int, clause: Range<Int>) -> Int? {
        var depth = 0
        for j in clause.lowerBound..<i { if tokens[j].isPunct("(") { depth += 1 } else if tokens[j].isPunct(")") { depth -= 1 } }
        guard depth > 0 else { return nil }
        return (i..<clause.upperBound).first { tokens[$0].isPunct(")") }
    }

    // MARK: Arguments

    /// The clause's subject: its named items, else the members of a parenthesis after a generic phrase
    /// ("Every modern multimodal model (GPT-4V, ...)"), else the entry. `nil` when it is only generic.
    private func subjects(_ tokens: [Token], _ span: Range<Int>, cue: String, _ findings: inout SentenceFindings,
                          _ consumed: inout [Range<Int>]) -> [Mention]? {
        // A fragment opened by a past-tense verb ("Demonstrated that ... X ..., achieving ...") has no
        // subject of its own: the names inside it are what the entry worked on.
        if let first = span.first, tokens[first].isWord, tokens[first].text.first?.isUpper == true,
           tokens[first].lower.hasSuffix("ed") || FunctionWords.irregularPastTense.contains(tokens[first].lower),
           !WordShape.isNameLike(tokens[first]) {
            return [.anaphor]
        }
        let items = resolver.items(in: tokens, span)
        var named: [Mention] = []
        var fromParens: [Mention] = []
        var genericParents: Set<Int> = []
        var firstGeneric: UnresolvedPhrase?
        var sawOutside = false
        for (k, item) in items.enumerated() {
            let r = resolver.resolve(tokens, item.range)
            if item.parent == nil {
                if r.unresolved?.reason == .generic {
                    genericParents.insert(k)
                    if !sawOutside { firstGeneric = r.unresolved }
                }
                sawOutside = true
                for m in r.mentions where !named.contains(m) { named.append(m) }
                if let u = r.unresolved, u.reason == .ambiguous { findings.unresolved.append((u, cue)) }
            } else if let p = item.parent, genericParents.contains(p) {
                for m in r.mentions where !fromParens.contains(m) { fromParens.append(m) }
                consumed.append(item.range)
            }
        }
        if !named.isEmpty { return named }
        if !fromParens.isEmpty { return fromParens }
        if let g = firstGeneric { findings.unresolved.append((g, cue)); return nil }
        return [.anaphor]
    }

    /// The mentions of an argument span: every item's (or only the first item's) mention; a
    /// parenthesis counts when the phrase before it names nothing itself.
    private func arguments(_ tokens: [Token], _ scope: Range<Int>, cue: String, list: Bool, joins: Bool,
                           _ findings: inout SentenceFindings) -> [Mention] {
        let items = resolver.items(in: tokens, scope, joinsWithPrepositions: joins)
        var mentions: [Mention] = []
        var namedParents: Set<Int> = []
        var firstOutside = true
        var bareWords: [Int] = []
        var namedOutside = 0
        for (k, item) in items.enumerated() {
            if let p = item.parent, namedParents.contains(p) { continue }
            if item.parent == nil {
                if !list && !firstOutside { break }
                // ", winning X with ...": a participle opens a clause of its own, not another argument.
                if !firstOutside, Self.followsComma(tokens, item.range, within: scope, allowConjunction: false),
                   Self.opensParticipleClause(tokens, item.range) { break }
                firstOutside = false
            }
            let r = resolver.resolve(tokens, item.range)
            // "the Inception family (A, B, C)": a phrase naming the entry itself leaves the naming to its parenthesis.
            let namesSelf = r.mentions.allSatisfy { $0 == .anaphor || $0 == .entry(entry) }
            if !r.mentions.isEmpty, item.parent == nil, !namesSelf { namedParents.insert(k) }
            if item.parent == nil, !r.mentions.isEmpty, !namesSelf { namedOutside += 1 }
            if r.mentions.isEmpty, r.unresolved == nil, item.parent == nil, k > 0,
               Self.followsComma(tokens, item.range, within: scope, allowConjunction: true), isBareName(tokens, item.range) {
                bareWords.append(k)
            }
            for m in r.mentions where !mentions.contains(m) { mentions.append(m) }
            if let u = r.unresolved { findings.unresolved.append((u, cue)) }
        }
        // "Flake8, Black, isort, pyupgrade": a lone lowercase word listed among names is a name too.
        if list, namedOutside > 0 {
            for k in bareWords {
                let m = Mention.system(tokens[items[k].range].first(where: \.isWord)!.text)
                if !mentions.contains(m) { mentions.append(m) }
            }
        }
        return mentions
    }

    /// A list item of one lowercase word that is no function word, size or plain number ("isort", "autoflake"),
    /// and that at most two entries' texts use: a word many use ("learn", "act") is a common word.
    private func isBareName(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let words = tokens[range].filter(\.isWord)
        guard words.count == 1, let w = words.first, w.text.count >= 3, w.text == w.lower,
              w.text.first?.isAlpha == true, !FunctionWords.all.contains(w.lower), !FunctionWords.adverbs.contains(w.lower),
              !w.lower.hasSuffix("ing"), !WordShape.isSize(w.text),
              resolver.gazetteer.entryCount(ofLowercaseWord: w.lower) <= 2 else { return false }
        return true
    }

    /// Whether a comma (maybe followed by "and" or "or") stands right before the item.
    static func followsComma(_ tokens: [Token], _ range: Range<Int>, within scope: Range<Int>, allowConjunction: Bool) -> Bool {
        var j = range.lowerBound - 1
        if allowConjunction, j >= scope.lowerBound, ["and", "or"].contains(tokens[j].lower) { j -= 1 }
        return j >= scope.lowerBound && tokens[j].isPunct(",")
    }

    /// An item that starts with a lowercase "-ing" word that names nothing ("winning ILSVRC 2014 ...").
    static func opensParticipleClause(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        guard let first = range.first(where: { tokens[$0].isWord }) else { return false }
        let w = tokens[first]
        return w.text == w.lower && w.lower.hasSuffix("ing") && w.lower.count > 5
    }

    /// The subject of a coordinated clause between two cues: the words after the first ", and" (or
    /// ", but", ", while") that follows the earlier cue, up to the later cue, less auxiliaries,
    /// adverbs and floating quantifiers ("are still", "all"); `nil` unless they hold a name and end
    /// in a word that can end a noun phrase.
    /// - Complexity: O(n) in the span.
    static func coordinatedSubject(_ tokens: [Token], before: Int, after: Int) -> (comma: Int, subject: Range<Int>)? {
        guard before - after >= 3,
              let comma = (after..<(before - 2)).first(where: {
                  tokens[$0].isPunct(",") && ["and", "but", "while", "whereas"].contains(tokens[$0 + 1].lower)
              }) else { return nil }
        let start = comma + 2
        var end = before
        while end > start, isAdverb(tokens[end - 1]) || FunctionWords.auxiliaries.contains(tokens[end - 1].lower)
                || FunctionWords.floatingQuantifiers.contains(tokens[end - 1].lower) {
            end -= 1
        }
        guard end > start, tokens[end - 1].isWord, !FunctionWords.all.contains(tokens[end - 1].lower),
              (start..<end).contains(where: { WordShape.isNameLike(tokens[$0]) }) else { return nil }
        return (comma, start..<end)
    }

    /// "its (free) replacement", "its descendants": the relation an apposition after "its" states, and
    /// where its noun ends; up to two lowercase adjectives may stand before the noun.
    static func appositionNoun(_ tokens: [Token], after i: Int, clause: Range<Int>) -> (InfluenceRelation, Int)? {
        var j = i + 1
        while j < clause.upperBound, j - i <= 3, tokens[j].isWord {
            if let relation = appositionNouns[tokens[j].lower] { return (relation, j + 1) }
            guard tokens[j].text == tokens[j].lower, !FunctionWords.all.contains(tokens[j].lower) else { return nil }
            j += 1
        }
        return nil
    }

    /// Verbs whose object is what "in favor of" replaces.
    static let removalVerbs: Set<String> = [
        "removed", "dropped", "abandoned", "deprecated", "retired", "replaced", "discontinued", "phased", "removes", "drops",
        "abandons", "deprecates",
    ]

    static let appositionNouns: [String: InfluenceRelation] = [
        "successor": .supersedes, "successors": .supersedes, "replacement": .supersedes, "replacements": .supersedes,
        "descendant": .influenced, "descendants": .influenced, "heir": .influenced, "heirs": .influenced,
        "offspring": .influenced, "derivatives": .influenced, "dialects": .influenced, "offshoots": .influenced,
    ]

    /// Where a new clause starts inside an argument span: ", and Iris was used ...", a comma and a
    /// conjunction, then a name and an auxiliary verb; or ", while ...". Arguments end before the comma.
    /// - Complexity: O(n) in the span.
    static func clauseBreak(_ tokens: [Token], in span: Range<Int>) -> Int? {
        for c in span where c + 3 < span.upperBound && tokens[c].isPunct(",")
            && ["and", "but", "while", "whereas"].contains(tokens[c + 1].lower) {
            // ", while A and B occupy ...": a subordinate clause, whatever its verb.
            if ["while", "whereas"].contains(tokens[c + 1].lower) { return c }
            var j = c + 2
            var sawName = false
            while j < span.upperBound, j - c <= 7, tokens[j].isWord, !FunctionWords.auxiliaries.contains(tokens[j].lower) {
                if WordShape.isNameLike(tokens[j]) { sawName = true }
                j += 1
            }
            if sawName, j < span.upperBound, FunctionWords.auxiliaries.contains(tokens[j].lower) { return c }
        }
        return nil
    }

    /// ", and it underlies Y": a coordinated clause whose own subject is "it" (maybe with an adverb).
    static func pronounSubject(_ tokens: [Token], before: Int, after: Int) -> Bool {
        var j = before - 1
        while j >= after, isAdverb(tokens[j]) { j -= 1 }
        guard j - 1 >= after, ["it", "this"].contains(tokens[j].lower) else { return false }
        return ["and", "but", "while"].contains(tokens[j - 1].lower) || tokens[j - 1].isPunct(",")
    }

    /// Whether the words between `after` and `before` are ", which" or ", who", maybe with "in turn" or an adverb.
    static func isRelativeOpening(_ tokens: [Token], before: Int, after: Int) -> Bool {
        var j = before - 1
        while j >= after, isAdverb(tokens[j]) || (tokens[j].lower == "turn" && j > after && tokens[j - 1].lower == "in") {
            j -= tokens[j].lower == "turn" ? 2 : 1
        }
        if j > after, ["which", "who"].contains(tokens[j].lower) { return tokens[j - 1].isPunct(",") }
        // ", whose iterators and exceptions influenced Y": the owner is the last object before it.
        if let whose = (after..<before).last(where: { tokens[$0].lower == "whose" }), whose > after, tokens[whose - 1].isPunct(",") {
            return (whose + 1..<before).allSatisfy { tokens[$0].isWord || tokens[$0].isPunct(",") }
        }
        return false
    }

    /// Adds the claims or comparisons of one cue. Returns what its objects named.
    @discardableResult
    private func emit(_ match: CueMatch, scope: Range<Int>, subjects: [Mention], _ tokens: [Token],
                      _ findings: inout SentenceFindings, _ consumed: inout [Range<Int>]) -> [Mention] {
        consumed.append(scope)
        let objects = arguments(tokens, scope, cue: match.label, list: match.cue.takesList,
                                joins: match.cue.joinsWithPrepositions, &findings)
        for s in subjects {
            for o in objects {
                switch match.cue.direction {
                case .subjectToObjects:
                    findings.claims.append(Claim(source: s, target: o, relation: match.cue.relation, confidence: match.cue.confidence))
                case .objectsToSubject:
                    findings.claims.append(Claim(source: o, target: s, relation: match.cue.relation, confidence: match.cue.confidence))
                case .comparison:
                    findings.comparisons.append(ComparisonClaim(subject: s, object: o))
                }
            }
        }
        return objects
    }

    /// "large frozen text encoders (T5-XXL)": a parenthesis, outside any cue's arguments, that names
    /// only corpus entries other than this one says the entry uses them.
    private func parentheticalMentions(_ tokens: [Token], entry: Int, consumed: [Range<Int>], _ findings: inout SentenceFindings) {
        var i = 0
        while i < tokens.count {
            guard tokens[i].isPunct("("), let close = (i + 1..<tokens.count).first(where: { tokens[$0].isPunct(")") }) else { i += 1; continue }
            defer { i = close + 1 }
            let inner = (i + 1)..<close
            if consumed.contains(where: { $0.overlaps(inner) }) { continue }
            let items = resolver.items(in: tokens, inner)
            var found: [Mention] = []
            var allEntries = !items.isEmpty
            for item in items {
                let r = resolver.resolve(tokens, item.range)
                guard r.mentions.count == 1, case .entry(let e) = r.mentions[0], e != entry else { allEntries = false; break }
                found.append(r.mentions[0])
            }
            if allEntries {
                for m in found { findings.claims.append(Claim(source: m, target: .anaphor, relation: .usedBy, confidence: 0.5)) }
            }
        }
    }
}
