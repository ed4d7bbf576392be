import Testing
@testable import Graphviz

@Suite("Writing DOT") struct DOTSourceTests {
    @Test func writesAStableReadableText() {
        let expected = """
            digraph tiny {
            \tgraph [rankdir=LR];
            \tnode [shape=box];
            \tsubgraph cluster_one {
            \t\tgraph [label=One];
            \t\ta;
            \t}
            \tb [label=<<B>bee</B>>];
            \tc;
            \ta -> b;
            \tb -> c [style=dashed];
            }

            """
        #expect(tinyDrawing().dotSource == expected)
    }

    @Test func quotesWhatIsNotAnIdentifier() {
        #expect(DOTSyntax.id("abc_12") == "abc_12")
        #expect(DOTSyntax.id("-1.5") == "-1.5")
        #expect(DOTSyntax.id(".5") == ".5")
        #expect(DOTSyntax.id("1.2.3") == "\"1.2.3\"")
        #expect(DOTSyntax.id("12ab") == "\"12ab\"")
        #expect(DOTSyntax.id("") == "\"\"")
        #expect(DOTSyntax.id("Node") == "\"Node\"")
        #expect(DOTSyntax.id("subgraph") == "\"subgraph\"")
        #expect(DOTSyntax.id("a b") == "\"a b\"")
        #expect(DOTSyntax.id("say \"hi\"") == "\"say \\\"hi\\\"\"")
        #expect(DOTSyntax.id("Ünïcode") == "\"Ünïcode\"")
    }

    @Test func knowsWhichRawStringsDOTCanQuote() {
        #expect(DOTSyntax.canQuote("plain \\ backslash"))
        #expect(DOTSyntax.canQuote("two at the end \\\\"))
        #expect(DOTSyntax.canQuote("escaped \\\\\" quote"))
        #expect(!DOTSyntax.canQuote("one at the end \\"))
        #expect(!DOTSyntax.canQuote("three at the end \\\\\\"))
        #expect(!DOTSyntax.canQuote("before a quote \\\""))
        #expect(!DOTSyntax.canQuote("before a newline \\\n"))
        for title in Self.hostile { #expect(DOTSyntax.canQuote(AttributeValue.text(title).graphvizString)) }
    }

    @Test func literalTextEscapesBackslashesAndLineBreaks() {
        #expect(AttributeValue.text("a\\b").graphvizString == "a\\\\b")
        #expect(AttributeValue.text("one\ntwo\r\nthree\rfour").graphvizString == "one\\ntwo\\nthree\\nfour")
        #expect(AttributeValue.raw("left\\l").graphvizString == "left\\l")
        #expect(AttributeValue.escapeHTML("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(AttributeValue.escapeHTML("1\n2") == "1<BR/>2")
    }

    /// Titles that look like DOT, HTML or escapes must come back from cgraph as the same text.
    static let hostile = [
        "Attention <Is> All & You \"Need\"",
        "a -> b; c [label=x] }",
        "}{ subgraph cluster_x { node }",
        "back\\slash \\N \\G \\l trailing\\",
        "line one\nline two",
        "quote at end\"",
        "back-slash quote \\\"",
        "<B>not bold</B>",
        "ünïcödé — “quotes” ∑",
    ]

    @Test(arguments: hostile)
    func hostileTextRoundTripsThroughCgraph(title: String) throws {
        // Names are stored as given; DOT cannot write a name ending in a lone backslash.
        let name = DOTSyntax.canQuote(title) ? title : "n"
        let drawing = Drawing(name: "hostile \"graph\"", nodes: [Drawing.Node(name, ["label": .text(title), "tooltip": .text(title)])],
                              edges: [Drawing.Edge(name, "plain", ["label": .text(title)])])
        let parsed = try Graphviz.parseDOT(drawing.dotSource)
        #expect(parsed.name == "hostile \"graph\"")
        #expect(parsed.nodes.map(\.name) == [name, "plain"])
        #expect(parsed.nodes[0].attributes["label"] == .raw(AttributeValue.text(title).graphvizString))
        #expect(parsed.edges.count == 1)
        #expect(parsed.edges.first?.attributes["label"] == .raw(AttributeValue.text(title).graphvizString))
    }

    @Test(arguments: hostile)
    func hostileTextIsDrawnAsText(title: String) throws {
        let drawing = Drawing(nodes: [Drawing.Node("n", ["label": .text(title)])])
        let svg = svgText(try Graphviz.render(drawing))
        // Graphviz writes each line of the label as one <text> element, XML-escaped.
        var expectedLines: [String] = []
        for line in title.split(separator: "\n", omittingEmptySubsequences: false) {
            var escaped = ""
            for ch in line {
                switch ch {
                case "<": escaped += "&lt;"
                case ">": escaped += "&gt;"
                case "&": escaped += "&amp;"
                case "\"": escaped += "&quot;"
                case "-": escaped += "&#45;"
                case "'": escaped += "&#39;"
                default: escaped.append(ch)
                }
            }
            expectedLines.append(escaped)
        }
        for line in expectedLines where !line.isEmpty {
            let spaced = line.replacingOccurrences(of: "  ", with: " &#160;")
            #expect(svg.contains(">\(spaced)</text>"), "\(line) in \(svg)")
        }
        #expect(!svg.contains("<B>"))
    }
}
