import Foundation
import Testing
@testable import InfluenceGraph

/// Reads a fixture file from the test bundle.
func fixtureData(_ name: String, _ ext: String) throws -> Data {
    let url = try #require(Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Fixtures"))
    return try Data(contentsOf: url)
}

/// One generated case of `generated_reference.json`.
struct GeneratedCase: Decodable, CustomTestStringConvertible {
    struct Katz: Decodable { var alpha: Double; var beta: Double; var scores: [Double] }
    struct Sampled: Decodable { var pivots: [Int32]; var normalized: [Double] }
    struct CiteRankReference: Decodable { var currentYear: Int; var decayTime: Double; var follow: Double; var scores: [Double] }
    struct Disruption: Decodable { var threshold: Int; var untimed: [Double?]; var timedByYears: [Double?] }
    var name: String
    var vertices: Int
    var edges: [[Int]]
    var acyclic: Bool
    var pagerank: [Double]
    var hitsHubs: [Double]
    var hitsAuthorities: [Double]
    var katz: Katz
    var betweennessNormalized: [Double]
    var betweennessRaw: [Double]
    var betweennessSampled: Sampled
    var descendantCounts: [Int]
    var ancestorCounts: [Int]
    var stronglyConnectedComponents: [[Int32]]
    var descendantDepths: [String: [String: Int32]]
    var ancestorDepths: [String: [String: Int32]]
    var years: [Int]
    var citerank: CiteRankReference
    var disruption: Disruption
    var lexicographicTopologicalOrder: [Int32]?
    var transitiveReduction: [[Int]]?
    var spc: [Double]?

    var testDescription: String { name }
    var graph: Digraph { Digraph(vertexCount: vertices, edges: edges.map { ($0[0], $0[1]) }) }

    static let all: [GeneratedCase] = {
        struct Document: Decodable { var cases: [GeneratedCase] }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(Document.self, from: fixtureData("generated_reference", "json")).cases
        } catch {
            Issue.record("cannot read generated_reference.json: \(error)")
            return []
        }
    }()
}

/// The networkx test cases of `networkx_centrality_fixtures.json`, by name.
func networkxCase(_ name: String) throws -> [String: Any] {
    let root = try #require(try JSONSerialization.jsonObject(with: fixtureData("networkx_centrality_fixtures", "json")) as? [String: Any])
    let cases = try #require(root["cases"] as? [[String: Any]])
    return try #require(cases.first { $0["name"] as? String == name })
}

enum FixtureError: Error { case unknownNode }

/// Graph of a networkx case: nodes in listed order become vertices 0..<n; undirected edges
/// become two directed edges; `reverse` flips every edge.
func graph(of networkxCase: [String: Any], reverse: Bool = false) throws -> (graph: Digraph, nodes: [String]) {
    let listed = try #require(networkxCase["nodes"] as? [Any])
    let nodes = listed.map { "\($0)" }
    let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
    let raw = try #require((networkxCase["edges"] ?? networkxCase["edges_weighted"]) as? [[Any]])
    var edges = [(Int, Int)]()
    for pair in raw {
        guard let a = index["\(pair[0])"], let b = index["\(pair[1])"] else { throw FixtureError.unknownNode }
        edges.append(reverse ? (b, a) : (a, b))
        if networkxCase["directed"] as? Bool == false { edges.append(reverse ? (a, b) : (b, a)) }
    }
    return (Digraph(vertexCount: nodes.count, edges: edges), nodes)
}

/// Expected values keyed by node name, as an array in vertex order.
func expectedValues(_ table: Any?, nodes: [String]) throws -> [Double] {
    let map = try #require(table as? [String: Any])
    return try nodes.map { try #require(map[$0] as? Double ?? (map[$0] as? Int).map(Double.init)) }
}

/// Asserts that two score vectors agree entry by entry within `tolerance`.
func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double, _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): length", sourceLocation: sourceLocation)
    var worst = 0.0, at = -1
    for (i, (a, e)) in zip(actual, expected).enumerated() where abs(a - e) > worst { worst = abs(a - e); at = i }
    #expect(worst <= tolerance, "\(what): largest difference \(worst) at \(at)", sourceLocation: sourceLocation)
}

/// Whether every edge of `graph` runs forward in `order`.
func respectsEdges(_ order: [Int32], _ graph: Digraph) -> Bool {
    var position = [Int](repeating: -1, count: graph.vertexCount)
    for (i, v) in order.enumerated() { position[Int(v)] = i }
    return (0..<graph.edgeCount).allSatisfy { position[Int(graph.edgeSources[$0])] < position[Int(graph.outTargets[$0])] }
}
