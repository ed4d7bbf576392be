// A loop of renders through the Graphviz module, for valgrind: a per-call leak grows with the
// number of rounds, Graphviz's one-time state does not. Built and run by leak-check.sh.
import Graphviz

let rounds = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 200 : 200
let drawing = Drawing(
    name: "loop", attributes: ["rankdir": "LR", "label": .text("a <title> & \"quotes\"")],
    nodeDefaults: ["shape": "box"],
    subgraphs: [Drawing.Subgraph("cluster_one", attributes: ["label": "One"], nodes: [Drawing.Node("a")])],
    nodes: [Drawing.Node("b", ["label": .html("<B>bee</B>")]), Drawing.Node("c", ["tooltip": .text("line\nbreak")])],
    edges: [Drawing.Edge("a", "b"), Drawing.Edge("b", "c", ["style": "dashed"])])
let dot = drawing.dotSource
var bytes = 0
var failures = 0
for round in 0..<rounds {
    do {
        bytes += try Graphviz.render(drawing, format: .svg).count
        switch round % 4 {
        case 0: bytes += try Graphviz.render(dot: dot, engine: .neato, format: .plain).count
        case 1: bytes += try Graphviz.parseDOT(dot).nodes.count
        case 2: bytes += try Graphviz.writeDOT(drawing).utf8.count
        default: bytes += try Graphviz.render(drawing, format: .png, timeout: 30).count
        }
    } catch {
        print("unexpected: \(error)")
    }
    // Failing calls must free what they made, too.
    do { _ = try Graphviz.parseDOT("digraph { a -> ; }") } catch { failures += 1 }
    do { _ = try Graphviz.render(drawing, format: "no-such-format") } catch { failures += 1 }
    do { _ = try Graphviz.render(drawing, engine: "no-such-engine") } catch { failures += 1 }
}
print("\(rounds) rounds, \(bytes) bytes rendered, \(failures) expected failures")
