import Testing
@testable import InfluenceGraph

@Suite("NodeLookup") struct NodeLookupTests {
    static let graph: InfluenceGraph = {
        var b = InfluenceGraphBuilder()
        b.addNode(Node(id: "lora", label: "LoRA", title: "LoRA: Low-Rank Adaptation of Large Language Models", year: 2021))
        b.addNode(Node(id: "gpt-3", label: "GPT-3", title: "Language Models are Few-Shot Learners", year: 2020, aliases: ["GPT3"]))
        b.addNode(Node(id: "gpt-2", label: "GPT-2", title: "Language Models are Unsupervised Multitask Learners", year: 2019))
        b.addNode(Node(id: "transformer", label: "Transformer", title: "Attention Is All You Need", year: 2017, aliases: ["the Transformer"]))
        b.addNode(Node(id: "deepseek-v2", label: "DeepSeek-V2", year: 2024))
        b.addNode(Node(id: "deepseek-r1", label: "DeepSeek-R1", year: 2025))
        b.addNode(Node(id: "mixtral", label: "Mixtral", kind: .system))
        return b.build()
    }()
    let lookup = NodeLookup(NodeLookupTests.graph)

    func vertex(_ id: String) -> Int { NodeLookupTests.graph.index(ofID: id)! }

    @Test func exactNamesInAnyCase() {
        #expect(lookup.find("lora") == .found(vertex("lora")))
        #expect(lookup.find("LORA") == .found(vertex("lora")))
        #expect(lookup.find("gpt 3") == .found(vertex("gpt-3")))
        #expect(lookup.find("GPT3") == .found(vertex("gpt-3")))
        #expect(lookup.find("the transformer") == .found(vertex("transformer")))
        #expect(lookup.find("attention is all you need") == .found(vertex("transformer")))
        #expect(lookup.find("mixtral") == .found(vertex("mixtral")))
    }

    @Test func uniquePrefix() {
        #expect(lookup.find("Language Models are Few") == .found(vertex("gpt-3")))
        #expect(lookup.find("attention is") == .found(vertex("transformer")))
    }

    @Test func ambiguousPrefixListsEveryCandidate() {
        #expect(lookup.find("deepseek") == .ambiguous([vertex("deepseek-v2"), vertex("deepseek-r1")]))
        guard case .ambiguous(let gpts) = lookup.find("gpt") else { Issue.record("expected ambiguous"); return }
        #expect(Set(gpts) == [vertex("gpt-2"), vertex("gpt-3")])
    }

    @Test func closeSpelling() {
        #expect(lookup.find("LoRa") == .found(vertex("lora")))
        #expect(lookup.find("Transfromer") == .close(vertex("transformer")))
        #expect(lookup.find("Mixtrall") == .close(vertex("mixtral")))
    }

    @Test func unknownNamesSuggestTheClosest() {
        guard case .notFound(let suggestions) = lookup.find("Transformerz-XL-2") else { Issue.record("expected notFound"); return }
        #expect(suggestions.first == vertex("transformer"))
        #expect(lookup.find("zzzzzzzzzz") == .notFound(suggestions: []))
        #expect(lookup.find("") == .notFound(suggestions: []))
    }

    @Test func distanceIsOptimalStringAlignment() {
        #expect(NodeLookup.distance("kitten", "sitting", limit: 100) == 3)
        #expect(NodeLookup.distance("ab", "ba", limit: 100) == 1)
        #expect(NodeLookup.distance("", "abc", limit: 100) == 3)
    }
}
