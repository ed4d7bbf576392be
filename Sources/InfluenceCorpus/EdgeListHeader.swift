import Foundation
import InfluenceGraph

/// The header row of an edge list: which columns hold the two ends of each edge, which holds the
/// relation, and which are kept as attributes.
///
/// Accepted (names case-insensitive, in any order, among other columns):
/// - `citing` and `cited`: a citation list; influence flows from the cited work to the citing one;
///   edges are `.cites`.
/// - `source` and `target` (or `from` and `to`, `influencer` and `influenced`): edges already in
///   influence direction; edges are `.influenced`.
/// A column is known by the first word of its name. With no header row, a comment line before the
/// data that names the columns serves as the header (`# citing<TAB>cited`).
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

    static let accepted = "citing,cited (a citation list: influence flows cited → citing) or source,target (influence direction; also from,to or influencer,influenced)"

    /// Reads a header from its fields.
    /// - Throws: `.badHeader` naming the accepted headers when the two end columns are missing or
    ///   both pairs are present.
    init(fields: [String], file: String, line: Int) throws(CorpusError) {
        names = fields
        // A column is known by its first word, lowercased ("cited (row i cites column j)" is "cited").
        let lower = fields.map { $0.lowercased().split(whereSeparator: \.isWhitespace).first.map(String.init) ?? "" }
        func column(_ names: String...) -> Int? { lower.firstIndex { names.contains($0) } }
        let shown = fields.joined(separator: ",")
        let cited = column("cited"), citing = column("citing")
        let source = column("source", "from", "influencer", "src"), target = column("target", "to", "influenced", "dst")
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

    /// The header a comment names ("# citing<TAB>cited"), split at `delimiter` (or at white space
    /// when the delimiter does not split it), if it is a valid header: the first word of each of its
    /// first `fieldCount` names, which must be at least `fieldCount` (names beyond are commentary).
    init?(comment: String, delimiter: UInt8, fieldCount: Int, file: String, line: Int) {
        var names = comment.split(separator: Character(Unicode.Scalar(delimiter)), omittingEmptySubsequences: false).map { String($0).trimmed }
        if names.count < 2 { names = comment.split(whereSeparator: \.isWhitespace).map(String.init) }
        // Only the first word of each name: the rest of a comment is commentary.
        names = names.prefix(fieldCount).map { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) ?? "" }
        guard names.count == fieldCount, let header = try? EdgeListHeader(fields: names, file: file, line: line) else { return nil }
        self = header
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
