import InfluenceDrawing
import InfluenceGraph

/// A hand-made influence graph of sixteen papers on citation analysis, graph drawing and
/// network science in three eras, with a few systems: enough to judge the style by eye.
/// Relations are the editors' reading of each paper's place, not mined text.
enum DemoGraph {
    static let eras = [
        EraBand(name: "Citation indexing", years: 1955...1976),
        EraBand(name: "Layout and paths", years: 1981...1993),
        EraBand(name: "Network science", years: 1998...2003),
    ]

    static func paper(_ id: String, _ label: String, _ year: Int, _ era: String, _ title: String,
                      url: String? = nil) -> Node {
        Node(id: id, label: label, kind: .paper, title: title, era: era, year: year,
             description: "\(title), \(year).", url: url)
    }

    static func build() -> InfluenceGraph {
        var b = InfluenceGraphBuilder()
        let c = "Citation indexing", l = "Layout and paths", n = "Network science"
        for node in [
            paper("garfield-1955", "Garfield", 1955, c, "Citation Indexes for Science"),
            paper("price-1965", "Price 1965", 1965, c, "Networks of Scientific Papers"),
            paper("kessler-1963", "Kessler", 1963, c, "Bibliographic coupling between scientific papers"),
            paper("small-1973", "Small", 1973, c, "Co-citation in the scientific literature"),
            paper("price-1976", "Price 1976", 1976, c, "A general theory of bibliometric and other cumulative advantage processes"),
            paper("sugiyama-1981", "Sugiyama", 1981, l, "Methods for Visual Understanding of Hierarchical System Structures"),
            paper("hummon-1989", "Hummon & Doreian", 1989, l, "Connectivity in a citation network: the development of DNA theory"),
            paper("kamada-1989", "Kamada & Kawai", 1989, l, "An algorithm for drawing general undirected graphs"),
            paper("fruchterman-1991", "Fruchterman & Reingold", 1991, l, "Graph drawing by force-directed placement"),
            paper("gansner-1993", "Gansner et al.", 1993, l, "A Technique for Drawing Directed Graphs",
                  url: "https://doi.org/10.1109/32.221135"),
            paper("watts-1998", "Watts & Strogatz", 1998, n, "Collective dynamics of 'small-world' networks"),
            paper("brin-1998", "PageRank", 1998, n, "The anatomy of a large-scale hypertextual Web search engine"),
            paper("kleinberg-1999", "HITS", 1999, n, "Authoritative sources in a hyperlinked environment"),
            paper("barabasi-1999", "Barabási & Albert", 1999, n, "Emergence of scaling in random networks"),
            paper("brandes-2001", "Brandes", 2001, n, "A faster algorithm for betweenness centrality"),
            paper("batagelj-2003", "Batagelj", 2003, n, "Efficient algorithms for citation network analysis"),
            Node(id: "graphviz", label: "Graphviz", kind: .system),
            Node(id: "google", label: "Google Search", kind: .system),
            Node(id: "web-of-science", label: "Web of Science", kind: .system),
        ] { b.addNode(node) }
        func edge(_ s: String, _ t: String, _ r: InfluenceRelation, _ sentence: String) {
            b.addEdge(from: s, to: t, info: EdgeInfo(relation: r, evidence: [Evidence(sentence: sentence, entry: t)]))
        }
        edge("garfield-1955", "price-1965", .influenced, "Price drew his citation network from Garfield's index.")
        edge("garfield-1955", "kessler-1963", .inspired, "Coupling counts shared references in the index.")
        edge("garfield-1955", "web-of-science", .foundationOf, "The index became the Web of Science.")
        edge("kessler-1963", "small-1973", .inspired, "Co-citation mirrors bibliographic coupling.")
        edge("price-1965", "price-1976", .buildsOn, "The 1976 model explains the 1965 observations.")
        edge("price-1965", "hummon-1989", .influenced, "Main paths follow the citation network.")
        edge("price-1976", "barabasi-1999", .challenges, "Preferential attachment rediscovered cumulative advantage.")
        edge("sugiyama-1981", "gansner-1993", .extends, "dot's ranking and ordering refine Sugiyama's layers.")
        edge("kamada-1989", "fruchterman-1991", .influenced, "Both are spring models.")
        edge("gansner-1993", "graphviz", .foundationOf, "The dot layout is Graphviz's core.")
        edge("fruchterman-1991", "graphviz", .usedBy, "fdp implements force-directed placement.")
        edge("kamada-1989", "graphviz", .usedBy, "neato implements the Kamada–Kawai model.")
        edge("hummon-1989", "batagelj-2003", .simplifies, "Search path counts make main paths linear-time.")
        edge("small-1973", "kleinberg-1999", .influenced, "Hubs and authorities echo co-citation.")
        edge("brin-1998", "google", .adoptedBy, "PageRank ranked Google's results.")
        edge("kleinberg-1999", "brin-1998", .challenges, "HITS and PageRank rank the same web differently.")
        edge("watts-1998", "barabasi-1999", .influenced, "Scale-free networks followed small worlds.")
        edge("barabasi-1999", "brandes-2001", .applies, "Centrality on large scale-free networks.")
        edge("brandes-2001", "batagelj-2003", .influenced, "Path counting as in betweenness.")
        edge("price-1965", "brin-1998", .influenced, "Citation counts as votes.")
        edge("garfield-1955", "brin-1998", .cites, "PageRank cites citation analysis.")
        return b.build()
    }

    /// In-degree plus one, as a stand-in influence score for the look test.
    static func scores(_ g: InfluenceGraph) -> [Double] {
        (0..<g.nodes.count).map { Double(g.topology.outDegree($0)) + 1 }
    }
}
