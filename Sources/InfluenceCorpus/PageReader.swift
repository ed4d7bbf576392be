/// Reads the `.txt` page format: a page title and blurb, then eras (a name line, then a line of
/// a year range glued to the era's blurb), each with entries of a title line, a description line
/// and an optional impact line.
///
/// Lines carry no markers, so they are told apart by shape (``LineShape``): a heading is a short
/// line without a final period, a sentence ends in punctuation. An era heading is a short heading
/// followed by a year line (``YearLine``). Real pages are imperfect, and the reader keeps every
/// non-blank line somewhere:
/// - a sentence where a title is expected (right after an era heading, or after an entry that
///   already has its description and impact) starts an *untitled entry*: kept with `title == nil`,
///   named from its text, reported as `untitled-entry`;
/// - a heading not followed by a description (another heading, an era, the end of the page) is
///   reported as `stray-line` and not read as an entry;
/// - a year line with no era name before it starts an era named after its years (`unnamed-era`);
/// - a year range given backwards is put in order and reported (`reversed-years`).
///
/// Blank lines, trailing white space, CRLF line ends, a UTF-8 byte order mark and a missing final
/// newline are accepted. Blank lines carry no meaning. One case cannot be told by shape: an entry
/// without an impact line followed by an untitled entry reads as one entry with an impact line
/// followed by an untitled entry with only a description.
///
/// The page title and blurb are the first heading and sentence before the first era; a page
/// without eras has no page title (its first line is taken for an entry's title).
public enum PageReader {
    /// Most words an era name may have.
    static let maximumEraNameWords = 8

    /// Reads and parses the page at `path`; ids are assigned, no metadata is applied.
    /// - Throws: `.fileNotFound`, `.unreadable`, `.invalidUTF8` (with the line), `.empty` when the
    ///   file has no text.
    /// - Complexity: O(n) in the size of the file.
    public static func read(at path: String) throws(CorpusError) -> Corpus {
        let lines = try readTextLines(path: path)
        guard lines.contains(where: { !$0.text.trimmed.isEmpty }) else {
            throw CorpusError(.empty, file: path, "the page is empty; expected a title line and eras of entries")
        }
        return parse(lines: lines)
    }

    /// Parses page text held in memory; `file` names it in locations.
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ text: String, file: String = "<text>") throws(CorpusError) -> Corpus {
        try parse(lines: decodeTextLines(Array(text.utf8), file: file))
    }

    /// Parses numbered lines (already split and decoded).
    /// - Complexity: O(n) in the total length of the lines.
    public static func parse(lines rawLines: [SourceText]) -> Corpus {
        var parser = PageParser(lines: rawLines.compactMap { line in
            let text = line.text.trimmed
            return text.isEmpty ? nil : SourceText(text: text, location: line.location)
        })
        return parser.run()
    }
}

/// The state of one pass over the non-blank lines of a page.
private struct PageParser {
    let lines: [SourceText]
    let shapes: [LineShape]
    var corpus = Corpus()
    var era: Era?
    /// The entry being read: its title (if any), description and impact so far.
    var current: (title: SourceText?, description: SourceText?, impact: SourceText?)?

    init(lines: [SourceText]) {
        self.lines = lines
        self.shapes = lines.map { LineShape(of: $0.text) }
    }

    func isEraHeading(_ i: Int) -> Bool {
        shapes[i] == .heading && i + 1 < lines.count
            && lines[i].text.split(whereSeparator: \.isWhitespace).count <= PageReader.maximumEraNameWords
            && YearLine(lines[i + 1].text) != nil
    }

    mutating func run() -> Corpus {
        var i = readPageHeader()
        while i < lines.count {
            if isEraHeading(i) {
                i = startEra(named: lines[i], yearLineAt: i + 1)
                continue
            }
            let line = lines[i]
            let awaitsDescription = current.map { $0.title != nil && $0.description == nil } ?? false
            if !awaitsDescription, let yearLine = YearLine(line.text), yearLine.isUnmistakable {
                corpus.diagnostics.append(Diagnostic(.warning, code: "unnamed-era",
                                                     "year line without an era name before it; the era is named \"\(yearLabel(yearLine.years))\"",
                                                     at: line.location))
                i = startEra(named: SourceText(text: yearLabel(yearLine.years), location: line.location), yearLineAt: i)
                continue
            }
            if shapes[i] == .heading {
                finishEntry()
                current = (line, nil, nil)
            } else if var entry = current, entry.description == nil {
                entry.description = line
                current = entry
            } else if var entry = current, entry.impact == nil {
                entry.impact = line
                current = entry
            } else {
                finishEntry()
                current = (nil, line, nil)
            }
            i += 1
        }
        finishEntry()
        EntryNaming.assignIDs(&corpus.entries, diagnostics: &corpus.diagnostics)
        return corpus
    }

    /// Reads the page title and blurb before the first era; returns the index of the next line.
    mutating func readPageHeader() -> Int {
        guard let firstEra = lines.indices.first(where: isEraHeading), firstEra > 0 else { return 0 }
        var i = 0
        if shapes[0] == .heading {
            corpus.title = lines[0].text
            i = 1
        }
        if i < firstEra, shapes[i] == .sentence {
            corpus.blurb = lines[i].text
            i += 1
        }
        return i
    }

    /// Starts an era whose year line is at `yearIndex`; returns the index after the era's lines.
    mutating func startEra(named name: SourceText, yearLineAt yearIndex: Int) -> Int {
        finishEntry()
        guard let yearLine = YearLine(lines[yearIndex].text) else { preconditionFailure("not a year line") }
        var blurb = yearLine.blurb
        var next = yearIndex + 1
        // A year line with no blurb may have its blurb on the next line: a heading followed by
        // another heading (an entry title) rather than by a description.
        if blurb.isEmpty, next + 1 < lines.count, shapes[next] == .heading, shapes[next + 1] == .heading,
           !isEraHeading(next), !isEraHeading(next + 1) {
            blurb = lines[next].text
            next += 1
        }
        if yearLine.wasReversed {
            corpus.diagnostics.append(Diagnostic(.warning, code: "reversed-years",
                                                 "era years run backwards; read as \(yearLabel(yearLine.years))",
                                                 at: lines[yearIndex].location))
        }
        let newEra = Era(name: name.text, years: yearLine.years, blurb: blurb, location: name.location)
        corpus.eras.append(newEra)
        era = newEra
        return next
    }

    /// Ends the entry being read: keeps it, or reports a lone title as a stray line.
    mutating func finishEntry() {
        guard let entry = current else { return }
        current = nil
        guard let description = entry.description else {
            if let title = entry.title {
                corpus.diagnostics.append(Diagnostic(.warning, code: "stray-line",
                                                     "\"\(title.text)\" looks like a title but no description follows; not read as an entry",
                                                     at: title.location))
            }
            return
        }
        let name: String
        let shortName: String
        if let title = entry.title {
            name = title.text
            shortName = EntryNaming.shortName(fromTitle: title.text)
        } else {
            name = EntryNaming.name(fromText: description.text)
            shortName = name
            corpus.diagnostics.append(Diagnostic(.warning, code: "untitled-entry",
                                                 "entry has no title line; named \"\(name)\" from its text",
                                                 at: description.location))
        }
        corpus.entries.append(Entry(id: "", title: entry.title, name: name, shortName: shortName,
                                    description: description, impact: entry.impact, era: era?.name, year: nil,
                                    url: nil, aliases: [], location: entry.title?.location ?? description.location))
    }

    func yearLabel(_ years: ClosedRange<Int>) -> String {
        years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound) – \(years.upperBound)"
    }
}
