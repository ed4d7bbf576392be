import ArgumentParser

/// Where the graph comes from.
struct CorpusOptions: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp(
        "A corpus file: .txt page, .jsonl papers, .tsv/.csv citation list, or .gv/.dot graph. Repeat to combine files; default: the shipped Graphs/ai-research-papers.txt.",
        valueName: "path"))
    var corpus: [String] = []

    @Option(name: .customLong("metadata"), help: ArgumentHelp(
        "Metadata (YAML or JSON) with years, short names and aliases of the papers; default: a file beside the corpus with the same name and .yaml/.yml/.json.",
        valueName: "path"))
    var metadata: String?
}

/// Text for people or JSON for scripts.
enum TextFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Format and destination of a command's report.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: "Output format: text (for people) or json (for scripts).")
    var format: TextFormat = .text

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
}

/// Options that make sense for every command reading a corpus.
struct GlobalOptions: ParsableArguments {
    @OptionGroup var source: CorpusOptions
    @OptionGroup var report: ReportOptions
}

/// The format the extension of `path` names, if any: "graph.png" → `.png`; `aliases` maps other
/// extensions ("gv" → `.dot`). Case does not matter.
func outputFormat<F: RawRepresentable>(namedBy path: String?, aliases: [String: F] = [:]) -> F? where F.RawValue == String {
    guard let path, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    return aliases[ext] ?? F(rawValue: ext)
}

/// Says on stderr when --format and the extension of -o disagree (the format given wins), and when
/// the extension of -o names no format (the default is written).
func noteFormatMismatch<F: RawRepresentable & Equatable>(_ given: F?, output: String?, aliases: [String: F] = [:], fallback: F)
    where F.RawValue == String {
    guard let output else { return }
    let named = outputFormat(namedBy: output, aliases: aliases)
    if let given, let named, named != given {
        printError("influence: note: writing \(given.rawValue) to \(output), as --format says")
    } else if given == nil, named == nil, let dot = output.lastIndex(of: "."), !output[dot...].contains("/") {
        printError("influence: note: \(output[dot...]) names no format I write; writing \(fallback.rawValue) (choose one with --format)")
    }
}
