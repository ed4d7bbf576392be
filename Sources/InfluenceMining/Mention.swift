/// What a phrase in an argument position names.
enum Mention: Sendable, Hashable {
    /// An entry of the corpus, by index.
    case entry(Int)
    /// A named system the corpus does not describe, by its surface name ("NVIDIA Nemotron 3").
    case system(String)
    /// "it", "its", "this insight": the entry whose text holds the sentence.
    case anaphor
}

/// A phrase that looked like an argument but names nothing definite.
struct UnresolvedPhrase: Sendable, Hashable {
    enum Reason: String, Sendable { case generic, ambiguous }
    var text: String
    var reason: Reason
    var candidates: [Int] = []
}

/// One phrase of an argument list: "Alpaca", "hundreds of community models", or a member of a
/// parenthesis ("(GPT-4V, Gemini, Claude Vision)").
struct ArgumentItem: Sendable {
    var range: Range<Int>
    /// Index of the item the parenthesis belongs to, for items inside one.
    var parent: Int?
}

/// Splits argument spans into items and resolves each item to what it names.
///
/// An item names at most one thing: the first corpus name in it, or a name recognised by its shape
/// (capitalized, CamelCase, letters with digits: "Stable Diffusion", "Tülu", "GPT-4V") that stands
/// at the head of the phrase. Phrases opened by a quantifier ("all modern MoE models", "virtually
/// every production LLM system") are generic. Slash forms name several things ("GPT-4/5" is GPT-4
/// and GPT-5; "DeepSeek V2/V3"; "DeepSeek-V3/R1" is DeepSeek-V3 and DeepSeek-R1).
struct MentionResolver: Sendable {
    let gazetteer: Gazetteer

    static let anaphorNouns: Set<String> = [
        "insight", "idea", "work", "approach", "paper", "method", "technique", "architecture", "design", "model",
        "result", "finding", "project", "library", "package", "tool", "framework",
    ]

    /// Nouns of a lineage: "variants of X" names X.
    static let lineageNouns: Set<String> = [
        "variant", "variants", "version", "versions", "dialect", "dialects", "descendant", "descendants", "derivative",
        "derivatives", "extension", "extensions", "implementation", "implementations", "offshoot", "offshoots", "form", "forms",
    ]

    // MARK: Splitting

    /// Items of `tokens[range]`, split at commas, "and", "or", "as well as", "such as", "like",
    /// "including", "e.g.", and (when `joinsWithPrepositions`) at "to", "with", "into".
    /// Parentheses become items of their own, each pointing to the item before them.
    /// - Complexity: O(n) in the span length.
    func items(in tokens: [Token], _ range: Range<Int>, joinsWithPrepositions: Bool = false) -> [ArgumentItem] {
        var items: [ArgumentItem] = []
        var current = range.lowerBound
        var parent: Int?
        var depth = 0
        var lastOutside: Int?
        var sawFrom = false
        func flush(_ end: Int) {
            if current < end, tokens[current..<end].contains(where: \.isWord) {
                items.append(ArgumentItem(range: current..<end, parent: depth > 0 ? parent : nil))
                if depth == 0 { lastOutside = items.count - 1 }
            }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            let t = tokens[i]
            var skip = 0
            if t.isPunct("(") || t.isPunct("[") {
                flush(i)
                if depth == 0 { parent = lastOutside }
                depth += 1
                skip = 1
            } else if t.isPunct(")") || t.isPunct("]") {
                flush(i)
                depth = max(0, depth - 1)
                skip = 1
            } else if t.isPunct(",") || t.isPunct("\"") || t.isPunct("“") || t.isPunct("”") {
                skip = 1
            } else if t.isWord {
                let l = t.lower
                let next = i + 1 < range.upperBound ? tokens[i + 1].lower : ""
                let next2 = i + 2 < range.upperBound ? tokens[i + 2].lower : ""
                if l == "as", next == "well", next2 == "as" { skip = 3 }
                else if l == "such", next == "as" { skip = 2 }
                else if ["and", "or", "&", "plus", "like", "including", "e.g.", "e.g", "i.e.", "etc", "etc."].contains(l) { skip = 1 }
                else if joinsWithPrepositions, ["to", "with", "into", "onto"].contains(l) { skip = 1 }
                // "from A to B" names both ends.
                else if l == "to" || l == "through", sawFrom { skip = 1 }
                if l == "from", i == current { sawFrom = true }
            }
            if skip > 0 {
                if !(t.isPunct("(") || t.isPunct("[") || t.isPunct(")") || t.isPunct("]")) { flush(i) }
                i += skip
                current = i
            } else {
                i += 1
            }
        }
        flush(range.upperBound)
        return items
    }

    // MARK: Resolving

    /// What one item names: zero or more mentions (several for slash forms), or why it names nothing definite.
    func resolve(_ tokens: [Token], _ range: Range<Int>) -> (mentions: [Mention], unresolved: UnresolvedPhrase?) {
        let text = tokens[range].map(\.text).joined(separator: " ")
        var start = range.lowerBound
        var indefinite = false
        while start < range.upperBound, tokens[start].isWord {
            let l = tokens[start].lower
            if l == "the" || (l == "from" && start == range.lowerBound) { start += 1 }
            else if l == "a" || l == "an" { indefinite = true; start += 1 }
            else if FunctionWords.adverbs.contains(l) || WordShape.isSize(tokens[start].text) || l.hasSuffix("-parameter") { start += 1 }
            else { break }
        }
        guard start < range.upperBound else { return ([], nil) }
        // "variants of it", "a dialect of Lisp": what the phrase is a kind of.
        if start + 2 < range.upperBound, Self.lineageNouns.contains(tokens[start].lower), tokens[start + 1].lower == "of" {
            return resolve(tokens, (start + 2)..<range.upperBound)
        }
        let first = tokens[start].lower
        if FunctionWords.quantifiers.contains(first) { return ([], UnresolvedPhrase(text: text, reason: .generic)) }
        if ["it", "its", "it's", "our", "we", "itself"].contains(first) { return ([.anaphor], nil) }
        if first == "this" || first == "these" {
            if start + 1 == range.upperBound || Self.anaphorNouns.contains(tokens[start + 1].lower) { return ([.anaphor], nil) }
        }
        // Slash forms: one variant of the token list per alternative.
        if let slash = (start..<range.upperBound).first(where: { Self.slashAlternatives(tokens[$0].text) != nil }),
           let alternatives = Self.slashAlternatives(tokens[slash].text) {
            var mentions: [Mention] = []
            var unresolved: UnresolvedPhrase?
            for alternative in alternatives {
                var variant = tokens
                variant[slash] = Token(text: alternative, isWord: true, isPossessive: tokens[slash].isPossessive,
                                       isSentenceInitial: tokens[slash].isSentenceInitial)
                let r = resolveSingle(variant, start..<range.upperBound, indefinite: indefinite, text: text)
                for m in r.mentions where !mentions.contains(m) { mentions.append(m) }
                unresolved = unresolved ?? r.unresolved
            }
            return (mentions, mentions.isEmpty ? unresolved : nil)
        }
        return resolveSingle(tokens, start..<range.upperBound, indefinite: indefinite, text: text)
    }

    private func resolveSingle(_ tokens: [Token], _ range: Range<Int>, indefinite: Bool, text: String) -> (mentions: [Mention], unresolved: UnresolvedPhrase?) {
        var p = range.lowerBound
        while p < range.upperBound {
            if let match = gazetteer.longestMatch(in: tokens, from: p, to: range.upperBound) {
                let end = p + match.length
                // A corpus name followed by more name ("Mistral AI", "LLaMA 3", "DALL·E 2") names something else.
                if !tokens[end - 1].isPossessive {
                    var cont = end
                    while cont < range.upperBound, isNamePart(tokens[cont], at: cont, in: tokens, range: range),
                          !tokens[cont - 1].isPossessive {
                        cont += 1
                    }
                    if cont > end, isHead(tokens, after: cont, range: range) {
                        if isPersonName(tokens, p..<cont) { return ([], nil) }
                        return ([.system(surfaceName(tokens[p..<cont]))], nil)
                    }
                }
                if match.entries.count > 1 {
                    return ([], UnresolvedPhrase(text: text, reason: .ambiguous, candidates: match.entries))
                }
                return ([.entry(match.entries[0])], nil)
            }
            // "BERT-style", "Raft-based": a modifier made of a name, read by the extractor, not a name itself.
            if WordShape.modifierCompound(tokens[p].text) != nil { p += 1; continue }
            // "the image encoders of CLIP", "the mask classification models MaskFormer": a name after "of" or after
            // a plural common noun is the head of what follows.
            let afterOf = p > range.lowerBound && (tokens[p - 1].lower == "of" || Self.isPluralCommonNoun(tokens[p - 1]))
            // "the newer Quux", "the method-based JägerMonkey": a definite phrase may put adjectives before its name.
            let afterAdjectives = !indefinite && p > range.lowerBound && p - range.lowerBound <= 2
                && (range.lowerBound..<p).allSatisfy { tokens[$0].isWord && tokens[$0].text == tokens[$0].lower
                    && !FunctionWords.all.contains(tokens[$0].lower) && !Self.isPluralCommonNoun(tokens[$0]) }
            if WordShape.isNameLike(tokens[p]),
               (p == range.lowerBound && !indefinite) || afterOf || afterAdjectives || WordShape.isDistinctive(tokens[p].text) {
                var r = p + 1
                while r < range.upperBound, !tokens[r - 1].isPossessive, isNamePart(tokens[r], at: r, in: tokens, range: range) { r += 1 }
                // "Deformable DETR", "Hadoop MapReduce": a name before a corpus name makes a new name.
                if r < range.upperBound, !tokens[r - 1].isPossessive, !tokens[p].isSentenceInitial,
                   let m = gazetteer.longestMatch(in: tokens, from: r, to: range.upperBound), isHead(tokens, after: r + m.length, range: range) {
                    return ([.system(surfaceName(tokens[p..<(r + m.length)]))], nil)
                }
                // "Ned Batchelder's McCabe script": the thing, not its owner.
                // "IBM's experimental PL.8 compiler": up to two adjectives may stand between owner and thing.
                if tokens[r - 1].isPossessive, r < range.upperBound {
                    var q = r
                    while q < range.upperBound, q - r < 2, tokens[q].isWord, tokens[q].text == tokens[q].lower,
                          !FunctionWords.all.contains(tokens[q].lower), gazetteer.longestMatch(in: tokens, from: q, to: range.upperBound) == nil {
                        q += 1
                    }
                    if q < range.upperBound, WordShape.isNameLike(tokens[q]) || gazetteer.longestMatch(in: tokens, from: q, to: range.upperBound) != nil {
                        let inner = resolveSingle(tokens, q..<range.upperBound, indefinite: false, text: text)
                        if !inner.mentions.isEmpty { return inner }
                    }
                }
                if isHead(tokens, after: r, range: range) || WordShape.isDistinctive(tokens[p].text) {
                    if isPersonName(tokens, p..<r) { return ([], nil) }
                    return ([.system(surfaceName(tokens[p..<r]))], nil)
                }
            }
            p += 1
        }
        return ([], nil)
    }

    private static func isPluralCommonNoun(_ t: Token) -> Bool {
        t.isWord && t.text == t.lower && t.lower.count > 3 && t.lower.hasSuffix("s") && !t.lower.hasSuffix("ss")
            && !FunctionWords.all.contains(t.lower) && !FunctionWords.adverbs.contains(t.lower)
    }

    /// Can `tokens[i]` continue a name? Name-like words and version numbers that are not corpus names themselves.
    private func isNamePart(_ token: Token, at i: Int, in tokens: [Token], range: Range<Int>) -> Bool {
        guard token.isWord else { return false }
        if WordShape.isVersion(token.text) || WordShape.isDottedVersion(token.text) { return true }
        guard WordShape.isNameLike(token) else { return false }
        return gazetteer.longestMatch(in: tokens, from: i, to: range.upperBound) == nil
    }

    /// A name ending before `r` is the head of its phrase: nothing follows but a function word, an
    /// adverb, or a class noun ("the Torch library"), or it ended with a possessive.
    private func isHead(_ tokens: [Token], after r: Int, range: Range<Int>) -> Bool {
        if tokens[r - 1].isPossessive { return true }
        guard r < range.upperBound, tokens[r].isWord else { return true }
        let l = tokens[r].lower
        if FunctionWords.nameFollowers.contains(l) || FunctionWords.floatingQuantifiers.contains(l) || l.hasSuffix("ly") { return true }
        if FunctionWords.classNouns.contains(l) {
            return r + 1 == range.upperBound || !tokens[r + 1].isWord || FunctionWords.nameFollowers.contains(tokens[r + 1].lower)
        }
        return false
    }

    /// Whether `tokens[r]` is a person's name ("Dennis Ritchie", "Jean-Yves Girard", "Dijkstra's"),
    /// told by shape and place: capitalized words without digits or inner acronyms that own a common
    /// noun phrase and appear in no other entry ("Robert Floyd's inductive assertions"), or two full
    /// names joined by "and" before a verb of authorship ("Philip Wadler and Stephen Blott proposed"),
    /// or a full name opening a clause before such a verb ("John Reynolds extended ..."). People are
    /// not nodes: a person as subject leaves the statement to the entry, and a person's work is named
    /// by the work, not the person.
    /// - Complexity: O(k) for a name of k words.
    func isPersonName(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        guard (1...3).contains(r.count), r.allSatisfy({ Self.isNameWord(tokens[$0]) }) else { return false }
        let after = r.upperBound
        if ownsCommonNounPhrase(tokens, r) { return true }
        guard r.count >= 2 else { return false }
        func fullName(from i: Int) -> Bool { i >= 0 && i + 1 < tokens.count && Self.isNameWord(tokens[i]) && Self.isNameWord(tokens[i + 1]) }
        func authorshipVerb(at i: Int) -> Bool { i < tokens.count && Self.authorshipVerbs.contains(tokens[i].lower) }
        // "Philip Wadler and Stephen Blott proposed", "Brian Kernighan and Dennis Ritchie's compact book".
        if after + 2 < tokens.count, tokens[after].lower == "and", !tokens[after - 1].isPossessive, fullName(from: after + 1) {
            let end = after + 3 + (after + 3 < tokens.count && Self.isNameWord(tokens[after + 3]) ? 1 : 0)
            if authorshipVerb(at: end) || ownsCommonNounPhrase(tokens, (after + 1)..<end) { return true }
        }
        if r.lowerBound >= 3, tokens[r.lowerBound - 1].lower == "and", fullName(from: r.lowerBound - 3), authorshipVerb(at: after) {
            return true
        }
        let opensClause = r.lowerBound == 0 || !tokens[r.lowerBound - 1].isWord
        return opensClause && authorshipVerb(at: after)
    }

    /// Whether the name `tokens[r]` is possessive and owns a common noun phrase ("Robert Floyd's
    /// inductive assertions"), and no other entry names its words: a person, not a system.
    private func ownsCommonNounPhrase(_ tokens: [Token], _ r: Range<Int>) -> Bool {
        let after = r.upperBound
        guard !r.isEmpty, tokens[after - 1].isPossessive, after < tokens.count, tokens[after].isWord,
              tokens[after].text == tokens[after].lower, !FunctionWords.all.contains(tokens[after].lower) else { return false }
        return r.allSatisfy { Self.isNameWord(tokens[$0]) && gazetteer.entryCount(ofNameWord: tokens[$0].key) <= 1 }
    }

    /// Past tenses whose subject is a person writing or designing something.
    static let authorshipVerbs: Set<String> = [
        "proposed", "designed", "wrote", "invented", "described", "introduced", "developed", "created", "presented",
        "devised", "formulated", "coined", "defined", "discovered", "observed", "argued", "noted", "named", "founded",
        "turned", "extended", "generalized", "generalised", "showed", "proved", "gave", "built", "derived", "carried",
        "published", "reported", "realized", "realised", "suggested", "conceived", "pioneered", "co-founded",
    ]

    /// A word that can be part of a person's name: a capital, then lowercase letters (hyphenated parts
    /// and "Mc"/"De" prefixes allowed: "Aït-Kaci", "DeRemer"), no digits.
    private static func isNameWord(_ t: Token) -> Bool {
        let w = t.text
        guard t.isWord, w.count >= 2, let first = w.first, first.isUpper, !w.contains(where: \.isDigit) else { return false }
        let second = w[w.index(after: w.startIndex)]
        guard second.isLower else { return false }
        return w.allSatisfy { $0.isAlpha || $0 == "-" || $0 == "'" || $0 == "’" }
    }

    /// The display name of a recognised system: its words without trailing sizes or dotted release numbers.
    private func surfaceName(_ tokens: ArraySlice<Token>) -> String {
        var words = tokens.map { $0.text.hasSuffix("+") ? String($0.text.dropLast()) : $0.text }
        while words.count > 1, let last = words.last, WordShape.isSize(last) || WordShape.isDottedVersion(last) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// "GPT-4/5" → ["GPT-4", "GPT-5"]; "DeepSeek-V3/R1" → ["DeepSeek-V3", "DeepSeek-R1"]; "V2/V3" → ["V2", "V3"].
    /// Only for names: the parts need capitals or digits ("professional/academic" stays one word).
    static func slashAlternatives(_ word: String) -> [String]? {
        let parts = word.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        // "I/O", "A/B": single letters are abbreviations, not names.
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty }), !parts.allSatisfy({ $0.count == 1 }) else { return nil }
        let first = parts[0]
        guard first.first?.isAlpha == true, first.contains(where: { $0.isUpper || $0.isDigit }) else { return nil }
        var prefix = ""
        if let joiner = first.lastIndex(where: { NameKey.joiners.contains($0) || $0 == " " }) {
            prefix = String(first[...joiner])
        }
        var out = [first]
        for part in parts.dropFirst() {
            guard part.count <= 4, part.contains(where: { $0.isUpper || $0.isDigit }) else { return nil }
            out.append(prefix + part)
        }
        return out
    }
}
