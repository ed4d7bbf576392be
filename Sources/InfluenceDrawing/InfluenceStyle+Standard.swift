import Graphviz
import InfluenceGraph

extension InfluenceStyle {
    /// The drawing of a whole corpus as `influence render` makes it without options, and as the
    /// golden DOT file of the shipped corpus pins it: every vertex, the legend, papers on rows
    /// by year, the corpus title above.
    ///
    /// - Parameters:
    ///   - graph: the mined influence graph.
    ///   - scores: PageRank (or another influence score) per vertex.
    ///   - eras: the corpus's eras in order, with their year ranges.
    ///   - title: the corpus title, if any.
    /// - Returns: the drawing; its ``Graphviz/Drawing/dotSource`` is the golden text.
    /// - Complexity: as ``drawing(of:scores:view:)``.
    public static func standardDrawing(of graph: InfluenceGraph, scores: [Double], eras: [EraBand],
                                       title: String?) -> Drawing {
        InfluenceStyle(eras: eras).drawing(of: graph, scores: scores, view: InfluenceView(title: title))
    }
}
