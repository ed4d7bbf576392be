import ArgumentParser
import InfluenceGraph
import Graphviz

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the whole influence graph for other tools: JSON, DOT, GraphML (Gephi, yEd) or TSV.",
        discussion: """
        json: {"nodes": [...], "edges": [...], "comparisons": [...]} as documented in the README. \
        dot: a Graphviz graph with each node's and edge's data as attributes. \
        graphml: for Gephi, yEd, networkx and igraph. \
        tsv: an edge list (source, target, relation, confidence, evidence) that influence reads back.

        Examples:
          influence export --format json -o graph.json
          influence export --format graphml -o graph.graphml
          influence export --format tsv | head
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, dot, graphml, tsv }

    @OptionGroup var source: CorpusOptions

    @Option(name: .customLong("format"), help: "json, dot, graphml or tsv; by default the extension of -o names it, else json.")
    var formatOption: Format?

    /// The output format: --format, else the extension of -o, else JSON.
    var format: Format { formatOption ?? outputFormat(namedBy: output, aliases: Export.extensions) ?? .json }

    private static let extensions: [String: Format] = ["gv": .dot, "xml": .graphml, "jsonl": .json, "txt": .tsv]

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        noteFormatMismatch(formatOption, output: output, aliases: Export.extensions, fallback: .json)
        let workspace = try Workspace.load(source)
        let graph = workspace.graph
        switch format {
        case .json: try emit(GraphJSON.graph(graph).serialized(pretty: true), to: output)
        case .tsv: try emit(Export.tsv(graph), to: output)
        case .graphml: try emit(Export.graphML(graph), to: output)
        case .dot: try emit(Export.dataDrawing(graph).dotSource, to: output)
        }
    }

    /// The graph as plain DOT: node and edge data as attributes, no styling.
    static func dataDrawing(_ graph: InfluenceGraph) -> Drawing {
        let t = graph.topology
        let nodes = graph.nodes.map { n -> Drawing.Node in
            var a: Attributes = ["label": .text(n.label), "kind": .text(n.kind.rawValue)]
            if let v = n.title { a["title"] = .text(v) }
            if let v = n.era { a["era"] = .text(v) }
            if let v = n.year { a["year"] = .text(String(v)) }
            if let v = n.url { a["URL"] = .text(v) }
            return Drawing.Node(n.id, a)
        }
        let edges = (0..<t.edgeCount).map { e -> Drawing.Edge in
            let info = graph.info(ofEdge: e)
            var a: Attributes = ["relation": .text(info.relation.rawValue), "confidence": .text(JSON.number(info.confidence).serialized())]
            if !info.evidence.isEmpty { a["evidence"] = .text(info.evidence.map(\.sentence).joined(separator: " | ")) }
            return Drawing.Edge(graph.nodes[Int(t.edgeSources[e])].id, graph.nodes[Int(t.outTargets[e])].id, a)
        }
        return Drawing(name: "influence", nodes: nodes, edges: edges)
    }

    /// `source, target, relation, confidence, evidence` with a header row; tabs and newlines in
    /// text become spaces.
    static func tsv(_ graph: InfluenceGraph) -> String {
        let t = graph.topology
        func clean(_ s: String) -> String { String(s.map { $0 == "\t" || $0 == "\n" || $0 == "\r" ? " " : $0 }) }
        var out = "source\ttarget\trelation\tconfidence\tevidence\n"
        for e in 0..<t.edgeCount {
            let info = graph.info(ofEdge: e)
            out += clean(graph.nodes[Int(t.edgeSources[e])].id) + "\t" + clean(graph.nodes[Int(t.outTargets[e])].id) + "\t" +
                info.relation.rawValue + "\t" + JSON.number(info.confidence).serialized() + "\t" +
                clean(info.evidence.map(\.sentence).joined(separator: " | ")) + "\n"
        }
        return out
    }

    /// GraphML (http://graphml.graphdrawing.org/) with node and edge data keys.
    static func graphML(_ graph: InfluenceGraph) -> String {
        let t = graph.topology
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="title" for="node" attr.name="title" attr.type="string"/>
              <key id="era" for="node" attr.name="era" attr.type="string"/>
              <key id="year" for="node" attr.name="year" attr.type="int"/>
              <key id="url" for="node" attr.name="url" attr.type="string"/>
              <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
              <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
              <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
              <graph id="influence" edgedefault="directed">

            """
        for n in graph.nodes {
            out += "    <node id=\"\(xml(n.id))\">"
            out += "<data key=\"label\">\(xml(n.label))</data><data key=\"kind\">\(n.kind.rawValue)</data>"
            if let v = n.title { out += "<data key=\"title\">\(xml(v))</data>" }
            if let v = n.era { out += "<data key=\"era\">\(xml(v))</data>" }
            if let v = n.year { out += "<data key=\"year\">\(v)</data>" }
            if let v = n.url { out += "<data key=\"url\">\(xml(v))</data>" }
            out += "</node>\n"
        }
        for e in 0..<t.edgeCount {
            let info = graph.info(ofEdge: e)
            out += "    <edge id=\"e\(e)\" source=\"\(xml(graph.nodes[Int(t.edgeSources[e])].id))\" target=\"\(xml(graph.nodes[Int(t.outTargets[e])].id))\">"
            out += "<data key=\"relation\">\(info.relation.rawValue)</data><data key=\"confidence\">\(JSON.number(info.confidence).serialized())</data>"
            if !info.evidence.isEmpty { out += "<data key=\"evidence\">\(xml(info.evidence.map(\.sentence).joined(separator: " | ")))</data>" }
            out += "</edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func xml(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.value < 0x20, ch != "\t", ch != "\n", ch != "\r" { out += " " } else { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }
}
