import ArgumentParser
import InfluenceCorpus
import InfluenceGraph

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report problems of the corpus: untitled entries, stray lines, unresolved mentions, cycles, edges backwards in time.",
        discussion: """
        Everything the readers and the miner noticed, with file and line, plus checks of the \
        graph: self-loops, cycles, and influence edges whose source is dated after their target. \
        Exits 0 unless --strict is given and there are warnings.

        Examples:
          influence check
          influence check --corpus mypapers.jsonl --strict
          influence check --format json
        """)

    @OptionGroup var options: GlobalOptions

    @Flag(name: .customLong("strict"), help: "Exit with status 1 if there is any warning.")
    var strict = false

    func run() throws {
        let workspace = try Workspace.load(options.source, announcingWarnings: false)
        let diagnostics = Check.diagnose(workspace)
        switch options.report.format {
        case .json:
            let rows: [JSON] = diagnostics.map { d in
                .object([("severity", .string(d.severity.rawValue)), ("code", .string(d.code)), ("message", .string(d.message)),
                         ("file", d.location.map { .string($0.file) }), ("line", d.location.map { .integer($0.line) })])
            }
            try emit(JSON.array(rows).serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            let g = workspace.graph
            let papers = g.nodes.filter { $0.kind == .paper }.count
            var out = [term.bold("Checked \(workspace.files.joined(separator: ", "))") +
                       term.dim("  (" + [counted(papers, "paper"), counted(g.nodes.count - papers, "system"), counted(g.topology.edgeCount, "influence edge"), counted(g.comparisons.count, "comparison")].joined(separator: ", ") + ")")]
            var counts = [String: Int]()
            for d in diagnostics { counts[d.code, default: 0] += 1 }
            if diagnostics.isEmpty { out.append("No problems found.") }
            for d in diagnostics {
                let place = d.location.map { "\($0.file):\($0.line): " } ?? ""
                let severity = d.severity == .warning ? term.warning("warning") : term.dim("note")
                out.append(term.wrap("\(place)\(severity): \(d.message) [\(d.code)]", indent: 4, firstIndent: 0))
            }
            if !diagnostics.isEmpty {
                out.append("")
                out.append(term.dim("summary: " + counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")))
            }
            try emit(out.joined(separator: "\n"), to: options.report.output)
        }
        if strict, diagnostics.contains(where: { $0.severity == .warning }) { throw ExitCode(1) }
    }

    /// The reading and mining diagnostics, plus the graph's own checks (self-loops, cycles,
    /// edges backwards in time) where the miner did not already report them.
    static func diagnose(_ workspace: Workspace) -> [Diagnostic] {
        var result = workspace.diagnostics
        let codes = Set(result.map(\.code))
        let g = workspace.graph
        let t = g.topology
        func location(_ e: Int) -> SourceLocation? {
            g.info(ofEdge: e).evidence.first.flatMap { ev in ev.line.map { SourceLocation(file: ev.file ?? workspace.files[0], line: $0) } }
        }
        if !codes.contains("self-loop") {
            for e in 0..<t.edgeCount where t.edgeSources[e] == t.outTargets[e] {
                result.append(Diagnostic(.warning, code: "self-loop", "\(g.nodes[Int(t.edgeSources[e])].label) is said to influence itself", at: location(e)))
            }
        }
        if !codes.contains("backwards-in-time") {
            for e in 0..<t.edgeCount {
                let s = g.nodes[Int(t.edgeSources[e])], d = g.nodes[Int(t.outTargets[e])]
                if let ys = s.year, let yd = d.year, ys > yd {
                    result.append(Diagnostic(.warning, code: "backwards-in-time",
                        "\(s.label) (\(ys)) → \(d.label) (\(yd)): the influence runs backwards in time (\(g.info(ofEdge: e).relation.rawValue))", at: location(e)))
                }
            }
        }
        if !codes.contains("cycle") {
            let order = g.topologicalOrder()
            for cycle in order.cycles {
                let names = cycle.prefix(10).map { g.nodes[Int($0)].label }.joined(separator: ", ")
                if cycle.count == 1 { continue } // a self-loop, reported above
                result.append(Diagnostic(.warning, code: "cycle", "a cycle of \(cycle.count) nodes: \(names)\(cycle.count > 10 ? ", …" : "")"))
            }
        }
        return result
    }
}
