import Foundation

/// Reads `.jsonl` corpora: one paper per line,
/// `{"id"?, "title", "year"?, "era"?, "description"?, "impact"?, "aliases"?: [..], "url"?, "short"?}`.
///
/// Other datasets' names are read too: `name` for `title`; `abstract`, `text` or `summary` for
/// `description`. A paper without a title is named by its id (else by the start of its text), and
/// one `untitled-entries` note says how many were.
///
/// Blank lines are skipped. Keys outside the schema give an `unknown-key` warning, once per key.
/// Ids are the given `id`, else the slug of `short` or of the title; a taken id gets a suffix and
/// a `duplicate-id` warning. Eras are listed in the order they first appear, without years.
public enum JSONLinesReader {
    static let knownKeys: Set<String> = ["id", "title", "year", "era", "description", "impact", "aliases", "url", "short",
                                         "name", "abstract", "text", "summary"]

    /// Reads the file at `path`.
    /// - Throws: `.fileNotFound`, `.unreadable`, `.invalidUTF8`, `.empty` (no objects),
    ///   `.malformedJSON` with the line of the first line that is not an object with a `title` string
    ///   or whose fields have the wrong types.
    /// - Complexity: O(n) in the size of the file.
    public static func read(at path: String) throws(CorpusError) -> Corpus {
        let corpus = try parse(lines: readTextLines(path: path), file: path)
        if corpus.entries.isEmpty {
            throw CorpusError(.empty, file: path, "no papers; expected one JSON object per line")
        }
        return corpus
    }

    /// Parses numbered lines; `file` names them in errors.
    public static func parse(lines: [SourceText], file: String) throws(CorpusError) -> Corpus {
        var corpus = Corpus()
        var reportedKeys: Set<String> = []
        var eraNames: Set<String> = []
        var untitled = 0
        var firstUntitled: SourceLocation?
        for line in lines {
            let text = line.text.trimmed
            if text.isEmpty { continue }
            let object = try decodeObject(text, file: file, line: line.location.line)
            for key in object.keys.sorted() where !knownKeys.contains(key) && reportedKeys.insert(key).inserted {
                corpus.diagnostics.append(Diagnostic(.warning, code: "unknown-key",
                                                     "unknown key \"\(key)\" ignored; known keys: \(knownKeys.sorted().joined(separator: ", "))",
                                                     at: line.location))
            }
            let fields = ObjectFields(object: object, file: file, line: line.location.line)
            let id = try fields.string("id").flatMap { $0.trimmed.isEmpty ? nil : $0 }
            var description: String?
            for key in ["description", "abstract", "text", "summary"] where description == nil {
                if let text = try fields.string(key), !text.trimmed.isEmpty { description = text }
            }
            var givenTitle: String?
            for key in ["title", "name"] where givenTitle == nil {
                if let text = try fields.string(key), !text.trimmed.isEmpty { givenTitle = text }
            }
            // Without a title, the id names the paper: words taken from an abstract would read as names in other texts.
            guard let title = givenTitle ?? id ?? description.map(EntryNaming.name(fromText:)) else {
                throw CorpusError(.malformedJSON, file: file, line: line.location.line,
                                  "expected a JSON object with a \"title\" string (or an \"id\" and a text): the \"title\" is missing or empty")
            }
            if givenTitle == nil {
                untitled += 1
                firstUntitled = firstUntitled ?? line.location
            }
            let short = try fields.string("short")
            let era = try fields.string("era")
            let located = { (s: String?) in s.map { SourceText(text: $0, location: line.location) } }
            if let era, eraNames.insert(era).inserted {
                corpus.eras.append(Era(name: era, years: nil, blurb: "", location: line.location))
            }
            corpus.entries.append(Entry(
                id: id ?? "", title: givenTitle == nil ? nil : SourceText(text: title, location: line.location), name: title,
                shortName: short ?? EntryNaming.shortName(fromTitle: title),
                description: located(description), impact: located(try fields.string("impact")),
                era: era, year: try fields.integer("year"), url: try fields.string("url"),
                aliases: try fields.strings("aliases") ?? [], location: line.location, hasGivenID: id != nil))
        }
        if let firstUntitled {
            corpus.diagnostics.append(Diagnostic(.note, code: "untitled-entries",
                "\(untitled) of \(corpus.entries.count) papers have no \"title\"; each is named by its id, else by the start of its text",
                at: firstUntitled))
        }
        EntryNaming.assignIDs(&corpus.entries, diagnostics: &corpus.diagnostics)
        return corpus
    }

    private static func decodeObject(_ text: String, file: String, line: Int) throws(CorpusError) -> [String: Any] {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw CorpusError(.malformedJSON, file: file, line: line,
                              "expected a JSON object with a \"title\" string: the line is not valid JSON")
        }
        guard let object = value as? [String: Any] else {
            throw CorpusError(.malformedJSON, file: file, line: line,
                              "expected a JSON object with a \"title\" string: found \(describeJSONType(value))")
        }
        return object
    }
}

/// Typed access to the fields of a decoded JSON object, with errors that name the field.
struct ObjectFields {
    let object: [String: Any]
    let file: String
    let line: Int

    private func wrongType(_ key: String, _ expected: String, _ value: Any) -> CorpusError {
        CorpusError(.malformedJSON, file: file, line: line,
                    "expected a JSON object with a \"title\" string: \"\(key)\" should be \(expected), found \(describeJSONType(value))")
    }

    func string(_ key: String) throws(CorpusError) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        guard let s = value as? String else { throw wrongType(key, "a string", value) }
        return s
    }

    func integer(_ key: String) throws(CorpusError) -> Int? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let n = value as? NSNumber, !(value is Bool), n.doubleValue == n.doubleValue.rounded(), abs(n.doubleValue) < 1e15 {
            return n.intValue
        }
        if let s = value as? String, let n = Int(s.trimmed) { return n }
        throw wrongType(key, "an integer", value)
    }

    func strings(_ key: String) throws(CorpusError) -> [String]? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let s = value as? String { return [s] }
        guard let list = value as? [Any] else { throw wrongType(key, "a list of strings", value) }
        var out: [String] = []
        for item in list {
            guard let s = item as? String else { throw wrongType(key, "a list of strings", value) }
            out.append(s)
        }
        return out
    }
}

/// "a string", "a number", "a list", ... for messages.
func describeJSONType(_ value: Any) -> String {
    switch value {
    case is NSNull: return "null"
    case is String: return "a string"
    case is Bool: return "a boolean"
    case is NSNumber: return "a number"
    case is [Any]: return "a list"
    case is [String: Any]: return "an object"
    default: return "\(type(of: value))"
    }
}
