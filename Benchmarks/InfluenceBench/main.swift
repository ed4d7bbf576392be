// Times the graph phases of `influence` on one edge-list file and prints JSON.
//
// Usage: influence-bench FILE.tsv [--runs N] [--reach automatic|exact|estimate|skip]
//                                 [--pivots K] [--skip PHASE,...]
// Phases: load (read + build), order, order-ties, scc, pagerank, reach, betweenness, spc.
// Short phases run `--runs` times (default 3) and report the median; load runs once.
//
// Given a text corpus (.txt page or .jsonl) instead, times reading and mining: the first run
// (cold: Unicode tables and allocator untouched) and the median of `--runs` warm runs.

#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import InfluenceCorpus
import InfluenceGraph
import InfluenceMining

struct Options {
    var file = ""
    var runs = 3
    var reach = "automatic"
    var pivots = 256
    var skip: Set<String> = []

    init(_ arguments: [String]) {
        var rest = arguments.dropFirst()[...]
        while let a = rest.popFirst() {
            switch a {
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--reach": reach = rest.popFirst() ?? reach
            case "--pivots": pivots = Int(rest.popFirst() ?? "") ?? pivots
            case "--skip": skip = Set((rest.popFirst() ?? "").split(separator: ",").map(String.init))
            default: file = a
            }
        }
    }
}

/// Writes a message to standard error.
func log(_ message: String) {
    var m = message
    m.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

/// Seconds since an arbitrary origin, monotonic.
func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// A field of /proc/self/status in bytes (VmHWM, VmRSS), or 0 when unavailable.
func procStatus(_ field: String) -> Int {
    guard let f = fopen("/proc/self/status", "r") else { return 0 }
    defer { fclose(f) }
    var line = [CChar](repeating: 0, count: 512)
    while fgets(&line, 512, f) != nil {
        let s = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if s.hasPrefix(field + ":") {
            let kb = s.split(separator: " ").compactMap { Int($0) }.first ?? 0
            return kb * 1024
        }
    }
    return 0
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

func json(_ x: Double) -> String { x.isFinite ? String(x) : "null" }
func json(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String { split(separator: a, omittingEmptySubsequences: false).joined(separator: b) }
}

/// Times mining a text corpus: the first (cold) run and the median of warm runs; prints JSON.
func benchmarkMining(_ corpus: Corpus, readSeconds: Double) {
    var times: [Double] = []
    var edges = 0
    for _ in 0...max(1, options.runs) {
        let t = now()
        edges = InfluenceMiner().mine(corpus).graph.topology.edgeCount
        times.append(now() - t)
    }
    let characters = corpus.entries.reduce(0) { $0 + ($1.description?.text.utf8.count ?? 0) + ($1.impact?.text.utf8.count ?? 0) }
    print("""
    {"tool": "influence", "file": \(json(options.file)), "entries": \(corpus.entries.count), "text_bytes": \(characters), \
    "edges": \(edges), "read_seconds": \(json(readSeconds)), "mine_first_seconds": \(json(times[0])), \
    "mine_warm_seconds": \(json(median(Array(times.dropFirst())))), \
    "mine_fastest_seconds": \(json(times.dropFirst().min() ?? 0)), "warm_bytes_per_second": \(json(Double(characters) / median(Array(times.dropFirst()))))}
    """)
}

let options = Options(CommandLine.arguments)
guard !options.file.isEmpty else {
    log("usage: influence-bench FILE.tsv [--runs N] [--reach automatic|exact|estimate|skip] [--pivots K] [--skip PHASE,...]\n")
    exit(2)
}

var phases: [(name: String, seconds: Double, runs: [Double], note: String)] = []
var checks: [(String, String)] = []

/// Runs `body` `runs` times, records the median, and returns the last result.
@MainActor func measure<T>(_ name: String, runs: Int, note: String = "", _ body: () -> T) -> T? {
    if options.skip.contains(name) { return nil }
    var times: [Double] = []
    var result: T?
    for _ in 0..<max(1, runs) {
        let t0 = now()
        result = body()
        times.append(now() - t0)
        log("influence-bench: \(name) \(String(times.last!)) s\n")
    }
    phases.append((name, median(times), times, note))
    return result
}

let rssBefore = procStatus("VmRSS")
let t0 = now()
let input: CorpusInput
do { input = try readCorpus(at: options.file) } catch {
    log("influence-bench: \(error)\n")
    exit(1)
}
let graph: InfluenceGraph
switch input {
case .graph(let g, _):
    graph = g
case .corpus(let corpus):
    benchmarkMining(corpus, readSeconds: now() - t0)
    exit(0)
}
phases.append(("load", now() - t0, [now() - t0], "read TSV, map ids, build CSR both directions"))
let rssAfterLoad = procStatus("VmRSS")
let g = graph.topology
let V = g.vertexCount, E = g.edgeCount
log("influence-bench: loaded \(V) vertices, \(E) edges\n")
// Bytes of the CSR arrays (both directions, edge sources and in-edge ids).
let csrBytes = 8 * (g.outOffsets.count + g.inOffsets.count) + 4 * (g.outTargets.count + g.edgeSources.count + g.inSources.count + g.inEdges.count)

if let order = measure("order", runs: options.runs, note: "Kahn, ties by vertex id", { g.topologicalOrder() }) {
    checks.append(("order_acyclic", order.isAcyclic ? "true" : "false"))
}
_ = measure("order-ties", runs: 1, note: "Kahn, ties by year, title, id (the CLI's order)", { graph.topologicalOrder() })
if let scc = measure("scc", runs: options.runs, { g.stronglyConnectedComponents() }) {
    checks.append(("scc_count", String(scc.count)))
}
if let pr = measure("pagerank", runs: options.runs, note: "citation direction, damping 0.85", { g.pageRank() }) {
    let top = pr.scores.indices.max { pr.scores[$0] < pr.scores[$1] }!
    checks.append(("pagerank_top", json(graph.nodes[top].id)))
    checks.append(("pagerank_top_score", json(pr.scores[top])))
    checks.append(("pagerank_solved_directly", pr.solvedDirectly ? "true" : "false"))
}
if options.reach != "skip" {
    let method: ReachMethod = switch options.reach {
    case "exact": .exact
    case "estimate": .estimate()
    default: .automatic()
    }
    if let reach = measure("reach", runs: 1, note: "method \(options.reach)", { g.reachCounts(method: method) }) {
        checks.append(("reach_exact", reach.isExact ? "true" : "false"))
        checks.append(("reach_relative_standard_error", reach.relativeStandardError.map { json($0) } ?? "null"))
        checks.append(("reach_sum", String(reach.counts.reduce(0, +))))
        let top = reach.counts.indices.max { reach.counts[$0] < reach.counts[$1] }!
        checks.append(("reach_max", String(reach.counts[top])))
    }
}
if let bc = measure("betweenness", runs: options.runs, note: "\(options.pivots) pivots, seeded", { g.betweenness(pivots: options.pivots) }) {
    checks.append(("betweenness_max", json(bc.max() ?? 0)))
}
if let spc = measure("spc", runs: options.runs, note: "Batagelj SPC edge weights", { g.searchPathWeights(.spc) }) {
    checks.append(("spc_log10_total_flow", json(spc.log10TotalFlow)))
}

let peak = procStatus("VmHWM")
var out = "{\n  \"tool\": \"influence\",\n  \"file\": \(json(options.file)),\n  \"vertices\": \(V),\n  \"edges\": \(E),\n"
out += "  \"phases\": {\n"
out += phases.map { p in
    "    \(json(p.name)): {\"seconds\": \(json(p.seconds)), \"runs\": [\(p.runs.map { json($0) }.joined(separator: ", "))], \"note\": \(json(p.note))}"
}.joined(separator: ",\n")
out += "\n  },\n"
out += "  \"peak_rss_bytes\": \(peak),\n"
out += "  \"load_rss_bytes\": \(rssAfterLoad - rssBefore),\n"
out += "  \"load_rss_bytes_per_edge\": \(json(Double(rssAfterLoad - rssBefore) / Double(max(E, 1)))),\n"
out += "  \"csr_bytes_per_edge\": \(json(Double(csrBytes) / Double(max(E, 1)))),\n"
out += "  \"peak_rss_bytes_per_edge\": \(json(Double(peak) / Double(max(E, 1)))),\n"
out += "  \"checks\": {" + checks.map { "\(json($0.0)): \($0.1)" }.joined(separator: ", ") + "}\n}"
print(out)
