import Foundation
import InfluenceGraph

/// The header row of an edge list: which columns hold the two ends of each edge, which holds the
/// relation, and which are kept as attributes.
///
/// Accepted (names case-insensitive, in any order, among other columns):
/// - `citing` and `cited`: a citation list; influence flows from the cited work to the citing one;
///   edges are `.cites`.
/// - `source` and `target`: edges already in influence direction; edges are `.influenced`.
/// A `relation` column whose value names an ``InfluenceRelation`` (`extends`, `builds-on`, ...)
/// sets the relation of its row. Every other column is kept as an edge attribute.
struct EdgeListHeader {
    /// Column names as given (trimmed).
    let names: [String]
    /// Column of the influencer (`cited` or `source`) and of the influenced (`citing` or `target`).
    let influencerColumn: Int
    let influencedColumn: Int
    /// Relation of rows that do not say otherwise.
    let defaultRelation: InfluenceRelation
    let relationColumn: Int?
    /// Columns kept as attributes, with their names.
    let attributeColumns: [(index: Int, name: String)]

    static let accepted = "citing,cited (a citation list: influence flows cited → citing) or source,target (influence direction)"

    /// Reads a header from its fields.
    /// - Throws: `.badHeader` naming the accepted headers when the two end columns are missing or
    ///   both pairs are present.
    init(fields: [String], file: String, line: Int) throws(CorpusError) {
        names = fields
        let lower = fields.map { $0.lowercased() }
        func column(_ name: String) -> Int? { lower.firstIndex(of: name) }
        let shown = fields.joined(separator: ",")
        let cited = column("cited"), citing = column("citing")
        let source = column("source"), target = column("target")
        if let cited, let citing, source == nil || target == nil {
            influencerColumn = cited
            influencedColumn = citing
            defaultRelation = .cites
        } else if let source, let target, cited == nil || citing == nil {
            influencerColumn = source
            influencedColumn = target
            defaultRelation = .influenced
        } else if cited != nil, citing != nil {
            throw CorpusError(.badHeader, file: file, line: line,
                              "header \"\(shown)\" names both citing,cited and source,target; expected one pair: \(EdgeListHeader.accepted)")
        } else {
            throw CorpusError(.badHeader, file: file, line: line,
                              "expected a header row naming the columns \(EdgeListHeader.accepted); found \"\(shown)\"")
        }
        relationColumn = column("relation")
        var attributes: [(Int, String)] = []
        for (i, name) in fields.enumerated() where i != influencerColumn && i != influencedColumn && i != relationColumn {
            attributes.append((i, name))
        }
        attributeColumns = attributes
    }

    /// Names of the two end columns, in file order, for messages: "citing, cited".
    var endColumnNames: String {
        let first = min(influencerColumn, influencedColumn)
        let second = max(influencerColumn, influencedColumn)
        return "\(names[first]), \(names[second])"
    }

    /// The message for a row with `found` fields.
    func wrongFieldCountMessage(found: Int) -> String {
        if names.count == 2 { return "expected 2 fields (\(endColumnNames)), found \(found)" }
        return "expected \(names.count) fields (\(names.joined(separator: ", "))), found \(found)"
    }

    /// The relation a `relation` cell names: a raw value of ``InfluenceRelation``, case-insensitive,
    /// with `_` or a space accepted for `-` (`builds_on`, `Builds On`).
    static func relation(named text: String) -> InfluenceRelation? {
        let key = text.trimmed.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        return InfluenceRelation(rawValue: key)
    }
}
