import InfluenceCorpus
import InfluenceGraph
@testable import InfluenceMining
import Testing

@Suite struct InfluenceMinerTests {
    func edges(_ g: InfluenceGraph) -> [String: InfluenceRelation] {
        var out: [String: InfluenceRelation] = [:]
        for u in 0..<g.nodes.count {
            for (v, e) in zip(g.topology.successors(u), g.topology.outEdgeIDs(u)) {
                out["\(g.nodes[u].id)>\(g.nodes[Int(v)].id)"] = g.info(ofEdge: e).relation
            }
        }
        return out
    }

    @Test func minesBothDirectionsComparisonsAndDiagnostics() {
        let mined = InfluenceMiner().mine(toyCorpus())
        let e = edges(mined.graph)
        #expect(e["widget-nets>gizmo"] == .scales)
        #expect(e["gizmo>zorblax-3"] == .inspired)
        #expect(e["gizmo>quux-2"] == .inspired && e["gizmo>quux-3"] == .inspired)
        // "Following SWL, Doohickey 2 is now standard in Gizmo's successors.": a fronted phrase.
        #expect(e["widget-nets>doohickey-2"] == .buildsOn)
        #expect(e["doohickey-2>gizmo"] == .adoptedBy)
        #expect(e.count == 6, "\(e.keys.sorted())")                  // no comparison, no generic phrase
        #expect(mined.graph.comparisons.map { "\($0.subject)~\($0.object)" } == ["gizmo~fnord"])
        #expect(mined.graph.index(ofID: "fnord") == nil)
        let codes = mined.diagnostics.map(\.code)
        #expect(codes.contains("unresolved-mention"))              // "all modern gizmo models"
        #expect(codes.contains("backwards-in-time") == false)      // systems have no year
        let systems = mined.graph.nodes.filter { $0.kind == .system }.map(\.label)
        #expect(systems == ["Zorblax 3", "Quux-2", "Quux-3", "Doohickey 2"])
    }

    @Test func selfLoopsAreDroppedWithADiagnostic() {
        let loc = SourceLocation(file: "x.txt", line: 3)
        let corpus = Corpus(entries: [Entry(id: "alpha", title: SourceText(text: "Alpha", location: loc), name: "Alpha", shortName: "Alpha",
                                            description: SourceText(text: "Alpha was inspired by Alpha.", location: loc), impact: nil,
                                            era: nil, year: 2000, url: nil, aliases: [], location: loc)])
        let mined = InfluenceMiner().mine(corpus)
        #expect(mined.graph.topology.edgeCount == 0)
        #expect(mined.diagnostics.map(\.code) == ["self-loop"])
        #expect(mined.diagnostics.first?.location == loc)
    }

    @Test func cyclesAreReported() {
        let loc = SourceLocation(file: "x.txt", line: 1)
        func entry(_ n: String, _ d: String) -> Entry {
            Entry(id: Slug.make(n), title: SourceText(text: n, location: loc), name: n, shortName: n,
                  description: SourceText(text: d, location: loc), impact: nil, era: nil, year: nil, url: nil, aliases: [], location: loc)
        }
        let mined = InfluenceMiner().mine(Corpus(entries: [entry("Alpha", "Inspired by Beta."), entry("Beta", "Inspired by Alpha.")]))
        #expect(mined.diagnostics.contains { $0.code == "cycle" && $0.message.contains("alpha") && $0.message.contains("beta") })
    }

    @Test func shippedCorpusEdgesCarryEvidenceAndNoComparison() throws {
        let corpus = try CorpusFixtures.shippedCorpus()
        let mined = InfluenceMiner().mine(corpus)
        let g = mined.graph
        let e = edges(g)
        // Comparisons never become edges; they are kept apart.
        #expect(e["chinchilla>gopher"] == nil && e["gopher>chinchilla"] == nil && g.index(ofID: "gopher") == nil)
        #expect(g.comparisons.contains { $0.subject == "chinchilla" && $0.object == "gopher" })
        #expect(g.comparisons.contains { $0.subject == "deepseek-r1" && $0.object == "openai-o1" })
        // "LLaMA" in an impact sentence is the LLaMA paper, not a second node.
        #expect(g.nodes.filter { $0.label.lowercased().hasPrefix("llama") }.map(\.id).sorted() == ["llama", "llama-2", "llama-3"])
        for id in 0..<g.topology.edgeCount {
            let info = g.info(ofEdge: id)
            #expect(!info.evidence.isEmpty && info.confidence > 0 && info.confidence <= 1)
            for ev in info.evidence { #expect(ev.file != nil && ev.line != nil && g.index(ofID: ev.entry) != nil) }
        }
        let lora = try #require(g.index(ofID: "lora"))
        #expect(g.nodes[lora].year == 2021 && g.nodes[lora].label == "LoRA" && g.nodes[lora].era == "Scaling")
        // No edge runs backwards in time on the shipped corpus, and there is no cycle.
        #expect(!mined.diagnostics.contains { $0.code == "backwards-in-time" || $0.code == "cycle" || $0.code == "self-loop" })
    }

    @Test func edgesAgainstPublicationYearsAreReported() throws {
        // SciPy (2001) "depends on NumPy" (2006): true of today's SciPy, backwards by first release years.
        let mined = InfluenceMiner().mine(try CorpusFixtures.packagesCorpus())
        let backwards = mined.diagnostics.filter { $0.code == "backwards-in-time" }
        #expect(backwards.count == 1)
        #expect(backwards.first?.message.hasPrefix("numpy (2006) → scipy (2001)") == true)
        #expect(backwards.first?.location?.line == 26)
    }

    @Test func deterministic() throws {
        let corpus = try CorpusFixtures.shippedCorpus()
        let a = InfluenceMiner().mine(corpus), b = InfluenceMiner().mine(corpus)
        #expect(a.graph.nodes == b.graph.nodes)
        #expect(a.graph.edgeInfo == b.graph.edgeInfo)
        #expect(a.diagnostics == b.diagnostics)
    }
}
