import ArgumentParser
import InfluenceGraph

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Show the influence chains from one paper to another, each step with its evidence.",
        discussion: """
        Lists the simple chains of influence from FROM to TO, shortest first. If FROM did not \
        lead to TO but TO led to FROM, says so and shows those chains instead.

        Examples:
          influence path Transformer InstructGPT
          influence path "attention is all you need" LoRA --max-length 4 --limit 3
          influence path GAN DDPM --format json
        """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "Where the chains start (the influencing paper).") var from: String
    @Argument(help: "Where the chains end (the influenced paper).") var to: String
    @Option(name: .customLong("max-length"), help: "Longest chain to list, in steps.") var maxLength: Int = 8
    @Option(name: .customLong("limit"), help: "Most chains to list.") var limit: Int = 10

    func validate() throws {
        if maxLength < 1 { throw ValidationError("--max-length must be at least 1, not \(maxLength)") }
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
    }

    func run() throws {
        let workspace = try Workspace.load(options.source)
        let graph = workspace.graph
        let t = graph.topology
        var source = try workspace.resolve(from)
        var target = try workspace.resolve(to)
        if source == target { throw CLIError("\"\(from)\" and \"\(to)\" are the same: \(workspace.describe(source))") }
        var found = t.allSimplePaths(from: source, to: target, maxLength: maxLength, limit: limit)
        var reversed = false
        if found.paths.isEmpty {
            let back = t.allSimplePaths(from: target, to: source, maxLength: maxLength, limit: limit)
            if !back.paths.isEmpty {
                found = back
                reversed = true
                swap(&source, &target)
            }
        }
        switch options.report.format {
        case .json:
            let json = JSON.object([
                ("from", GraphJSON.node(graph, source)), ("to", GraphJSON.node(graph, target)),
                ("reversed", .bool(reversed)), ("truncated", .bool(found.isTruncated)),
                ("paths", .array(found.paths.map { p in
                    .object([("nodes", .array(p.vertices.map { .string(graph.nodes[Int($0)].id) })),
                             ("edges", .array(p.edges.map { GraphJSON.edge(graph, Int($0)) }))])
                })),
            ])
            try emit(json.serialized(pretty: true), to: options.report.output)
        case .text:
            let term = workspace.terminal(writingTo: options.report.output)
            var out: [String] = []
            if found.paths.isEmpty {
                out.append("No chain of influence of at most \(maxLength) steps joins \(workspace.describe(source)) and \(workspace.describe(target)), in either direction.")
            } else {
                if reversed {
                    out.append(term.warning("\(workspace.describe(target)) did not lead to \(workspace.describe(source)); the other way round:"))
                }
                out.append(term.bold("Influence chains from \(workspace.describe(source)) to \(workspace.describe(target))") +
                           term.dim("  (\(found.paths.count)\(found.isTruncated ? "+, limited by --limit" : ""), shortest first)"))
                for (i, p) in found.paths.enumerated() {
                    out.append("")
                    out.append(term.bold("chain \(i + 1)") + term.dim(" (\(p.length) step\(p.length == 1 ? "" : "s"))"))
                    out.append("  " + term.accent(workspace.describe(Int(p.vertices[0]))))
                    for (k, e) in p.edges.enumerated() {
                        let info = graph.info(ofEdge: Int(e))
                        out.append("    │ " + term.relation(info.relation.rawValue))
                        if let ev = info.evidence.first { out.append(term.dim(term.wrap("“\(ev.sentence)”", indent: 6, firstIndent: 4).replacingFirstIndent(with: "    │ "))) }
                        out.append("    ▼")
                        out.append("  " + term.accent(workspace.describe(Int(p.vertices[k + 1]))))
                    }
                }
            }
            try emit(out.joined(separator: "\n"), to: options.report.output)
        }
    }
}

extension String {
    /// Replaces the leading spaces of the first line with `prefix`, and indents the rest likewise.
    func replacingFirstIndent(with prefix: String) -> String {
        split(separator: "\n", omittingEmptySubsequences: false).map { line in
            prefix + line.drop(while: { $0 == " " })
        }.joined(separator: "\n")
    }
}
