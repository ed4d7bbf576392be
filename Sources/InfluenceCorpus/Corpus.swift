/// A section of a corpus page: a name ("Early Work"), a year range ("1990 – 2000") and a blurb.
public struct Era: Sendable, Hashable {
    public var name: String
    /// First and last year, when the page gives them.
    public var years: ClosedRange<Int>?
    public var blurb: String
    /// Where the era's heading stands.
    public var location: SourceLocation

    public init(name: String, years: ClosedRange<Int>?, blurb: String, location: SourceLocation) {
        self.name = name
        self.years = years
        self.blurb = blurb
        self.location = location
    }
}

/// A file and 1-based line number.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// One line of text of an entry, with where it stands.
public struct SourceText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// One described work of a corpus: a paper of a `.txt` page or a line of a `.jsonl` file.
public struct Entry: Sendable, Hashable {
    /// Stable id (a slug of the short name or title unless the input gives one).
    public var id: String
    /// The title line; `nil` when the page lacks one (see `name`).
    public var title: SourceText?
    /// What the entry is called when it has no title: from metadata, else from its text.
    public var name: String
    /// Short name for display (the part of "Name: subtitle" before the colon), from metadata or the title.
    public var shortName: String
    public var description: SourceText?
    public var impact: SourceText?
    public var era: String?
    public var year: Int?
    public var url: String?
    /// Other names the text may use for this entry (metadata, `.jsonl` aliases).
    public var aliases: [String]
    /// Where the entry begins.
    public var location: SourceLocation
    /// Whether `id` was given by the input (a `.jsonl` `id`) rather than made from the short name;
    /// a given id survives metadata that renames the entry.
    public var hasGivenID: Bool

    public init(id: String, title: SourceText?, name: String, shortName: String, description: SourceText?,
                impact: SourceText?, era: String?, year: Int?, url: String?, aliases: [String], location: SourceLocation,
                hasGivenID: Bool = false) {
        self.id = id
        self.title = title
        self.name = name
        self.shortName = shortName
        self.description = description
        self.impact = impact
        self.era = era
        self.year = year
        self.url = url
        self.aliases = aliases
        self.location = location
        self.hasGivenID = hasGivenID
    }
}

/// Something worth telling the user about the input: never fatal, never silent.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case note, warning }
    public var severity: Severity
    /// A short stable code for scripts: "untitled-entry", "stray-line", "unresolved-mention", ...
    public var code: String
    public var message: String
    public var location: SourceLocation?

    public init(_ severity: Severity, code: String, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    public var description: String {
        (location.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message) [\(code)]"
    }
}

/// Described works read from `.txt` pages and `.jsonl` files, before any mining.
public struct Corpus: Sendable {
    /// The page's title and blurb, when it has them.
    public var title: String?
    public var blurb: String?
    public var eras: [Era]
    public var entries: [Entry]
    public var diagnostics: [Diagnostic]

    public init(title: String? = nil, blurb: String? = nil, eras: [Era] = [], entries: [Entry] = [], diagnostics: [Diagnostic] = []) {
        self.title = title
        self.blurb = blurb
        self.eras = eras
        self.entries = entries
        self.diagnostics = diagnostics
    }
}

/// A corpus input failed to read. Carries the file, the line and what was expected.
public struct CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case fileNotFound, unreadable, unknownFormat, invalidUTF8, malformedJSON, wrongFieldCount, badHeader, malformedMetadata, malformedDOT, empty
        /// An edge-list row that cannot be read: an empty id, an unclosed quote, text after a closing quote.
        case malformedRow
    }
    public var kind: Kind
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ kind: Kind, file: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.message = message
    }

    /// One line: `file:line: message`.
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
