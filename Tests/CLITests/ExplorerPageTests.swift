import Foundation
import Testing

/// `render --format html`: one self-contained page whose data is the graph `export` writes.
@Suite("explorer page") struct ExplorerPageTests {
    /// The page of the shipped corpus, rendered once into a temporary file.
    static let page: (html: String, bytes: Int, status: Int32, stderr: String) = {
        let dir = try! CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("explorer.html").path
        let r = try! CLIRunner.run(["render", "--format", "html", "-o", path])
        let data = FileManager.default.contents(atPath: path) ?? Data()
        return (String(decoding: data, as: UTF8.self), data.count, r.status, r.stderr)
    }()

    /// The text of the element that starts with `open` and ends at the next `close`.
    func element(_ html: String, open: String, close: String) -> String? {
        guard let start = html.range(of: open), let end = html[start.upperBound...].range(of: close) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test func oneFileUnderOneMegabyte() {
        let page = Self.page
        #expect(page.status == 0, "\(page.stderr)")
        #expect(page.bytes > 10_000)
        #expect(page.bytes < 1_000_000, "the page is \(page.bytes) bytes")
        #expect(page.html.hasPrefix("<!DOCTYPE html>"))
        #expect(page.html.contains("</html>"))
    }

    @Test func svgIsInlineWithAnIdPerPaperAndEdge() throws {
        let html = Self.page.html
        let svg = try #require(element(html, open: "<svg", close: "</svg>"))
        #expect(!html.contains("<?xml"), "the XML declaration was left in")
        #expect(!html.contains("<!DOCTYPE svg"))
        #expect(!svg.contains("<!--"), "Graphviz's comments were left in")
        let rootTag = try #require(svg.split(separator: ">", maxSplits: 1).first)
        #expect(!rootTag.contains("width=\"") && !rootTag.contains("height=\""), "the page sizes the drawing: \(rootTag)")
        #expect(rootTag.contains("viewBox=\""))
        let export = try #require(try CLIRunner.json(try CLIRunner.run(["export", "--format", "json"])) as? [String: Any])
        let nodes = try #require(export["nodes"] as? [[String: Any]])
        let edges = try #require(export["edges"] as? [[String: Any]])
        // Graphviz writes "-" in ids as "&#45;".
        for v in nodes.indices { #expect(svg.contains("id=\"node&#45;\(v)\""), "no element for node \(v)") }
        for e in edges.indices { #expect(svg.contains("id=\"edge&#45;\(e)\""), "no element for edge \(e)") }
        #expect(!svg.contains("xlink:href"), "node links would navigate away from the page")
    }

    @Test func embeddedDataIsTheExportedGraph() throws {
        let html = Self.page.html
        let text = try #require(element(html, open: "<script type=\"application/json\" id=\"influence-data\">", close: "</script>"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let embedded = try #require(data["graph"] as? [String: Any])
        let export = try #require(try CLIRunner.json(try CLIRunner.run(["export", "--format", "json"])) as? [String: Any])
        for key in ["nodes", "edges"] {
            let a = try canonical(try #require(embedded[key])), b = try canonical(try #require(export[key]))
            #expect(a == b, "embedded \(key) differ from export --format json")
        }
        // Scores and ranks per node under each measure, and the top of the ranking as `rank` has it.
        let metrics = try #require(data["metrics"] as? [[String: Any]])
        #expect(metrics.map { $0["id"] as? String } == ["pagerank", "reach", "betweenness", "katz", "hits", "indegree", "spc"])
        let nodeCount = (export["nodes"] as? [Any])?.count ?? 0
        for metric in metrics {
            let id = try #require(metric["id"] as? String)
            #expect((metric["scores"] as? [Any])?.count == nodeCount)
            #expect((metric["ranks"] as? [Any])?.count == nodeCount)
            let ranking = try #require(metric["ranking"] as? [Int])
            let rank = try #require(try CLIRunner.json(try CLIRunner.run(["rank", "--by", id, "--top", "5", "--format", "json"])) as? [[String: Any]])
            let nodes = try #require(embedded["nodes"] as? [[String: Any]])
            #expect(ranking.prefix(5).map { nodes[$0]["id"] as? String } == rank.map { $0["id"] as? String }, "ranking by \(id)")
        }
        let eras = try #require(data["eras"] as? [[String: Any]])
        #expect(!eras.isEmpty)
    }

    @Test func needsNoNetwork() throws {
        let html = Self.page.html
        for pattern in ["<script src", "<link ", "@import", "url(http", "src=\"http", "src='http"] {
            #expect(!html.contains(pattern), "the page loads something: \(pattern)")
        }
        // Every script is inline, and the only element with a web address is data, not a resource.
        let scripts = html.components(separatedBy: "<script").dropFirst()
        #expect(scripts.count == 2)
        for script in scripts {
            let tag = script.prefix(while: { $0 != ">" })
            #expect(!tag.contains("http://") && !tag.contains("https://"))
        }
    }

    @Test func focusPageDrawsTheLineageAndImpact() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let path = dir.appendingPathComponent("focus.html").path
        let r = try CLIRunner.run(["render", "--format", "html", "--focus", "InstructGPT", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        let text = String(decoding: html, as: UTF8.self)
        let lineage = try #require(try CLIRunner.json(try CLIRunner.run(["lineage", "InstructGPT", "--format", "json"])) as? [String: Any])
        let impact = try #require(try CLIRunner.json(try CLIRunner.run(["impact", "InstructGPT", "--format", "json"])) as? [String: Any])
        let expected = 1 + ((lineage["nodes"] as? [Any])?.count ?? 0) + ((impact["nodes"] as? [Any])?.count ?? 0)
        let drawn = text.components(separatedBy: "id=\"node&#45;").count - 1
        #expect(drawn == expected)
        #expect(text.contains("What led to InstructGPT"))
    }

    /// A view of a large graph embeds the drawn part only: the page stays small.
    @Test func viewOfALargeGraphEmbedsTheDrawnPart() throws {
        var rows = ["citing\tcited"]
        for v in 2..<5_200 { rows.append("p\(v)\tp\(v - 1)"); rows.append("p\(v)\tp\(v - 2)") }
        let dir = try CLIRunner.temporaryDirectory()
        let file = dir.appendingPathComponent("chain.tsv")
        try (rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("top.html").path
        let r = try CLIRunner.run(["render", "--corpus", file.path, "--top", "5", "-o", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("the page holds the 5 drawn nodes"), "\(r.stderr)")
        let html = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        #expect(html.utf8.count < 200_000, "\(html.utf8.count) bytes")
        let json = try #require(element(html, open: "<script type=\"application/json\" id=\"influence-data\">", close: "</script>"))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require((data["graph"] as? [String: Any])?["nodes"] as? [[String: Any]])
        let top = try #require(try CLIRunner.json(try CLIRunner.run(["rank", "--corpus", file.path, "--top", "5", "--format", "json"])) as? [[String: Any]])
        #expect(Set(nodes.compactMap { $0["id"] as? String }) == Set(top.compactMap { $0["id"] as? String }))
    }
}
