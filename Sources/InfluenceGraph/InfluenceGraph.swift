/// Whether a node is an entry of the corpus or a system that the text names.
public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// An entry of the corpus: a paper (or, in other corpora, whatever the entries are).
    case paper
    /// A model, product or project that the text names but the corpus does not describe.
    case system
}

/// A paper or system of the influence graph.
///
/// The fields that most nodes of a large edge list leave empty (title, era, description, impact,
/// url, aliases, attributes) live together in one shared, immutable box, so a node of a
/// citation list takes 56 bytes and copies with three reference counts.
public struct Node: Sendable, Hashable {
    /// Stable identifier: a slug for mined corpora, the given id for edge lists.
    public var id: String
    /// Short name for display ("LoRA", "GPT-3").
    public var label: String
    public var year: Int?
    public var kind: NodeKind
    /// The other fields; `nil` when they are all empty.
    private var details: NodeDetails?

    /// Full title, for papers.
    public var title: String? {
        get { details?.fields.title }
        set { update { $0.title = newValue } }
    }
    /// Era (section) of the corpus the entry stands in.
    public var era: String? {
        get { details?.fields.era }
        set { update { $0.era = newValue } }
    }
    public var description: String? {
        get { details?.fields.description }
        set { update { $0.description = newValue } }
    }
    public var impact: String? {
        get { details?.fields.impact }
        set { update { $0.impact = newValue } }
    }
    public var url: String? {
        get { details?.fields.url }
        set { update { $0.url = newValue } }
    }
    /// Other names the text may use for this node.
    public var aliases: [String] {
        get { details?.fields.aliases ?? [] }
        set { update { $0.aliases = newValue } }
    }
    /// Extra attributes from the input (e.g. further columns), kept as given.
    public var attributes: [String: String] {
        get { details?.fields.attributes ?? [:] }
        set { update { $0.attributes = newValue } }
    }

    public init(id: String, label: String, kind: NodeKind = .paper, title: String? = nil, era: String? = nil,
                year: Int? = nil, description: String? = nil, impact: String? = nil, url: String? = nil,
                aliases: [String] = [], attributes: [String: String] = [:]) {
        self.id = id
        self.label = label
        self.kind = kind
        self.year = year
        let fields = NodeDetails.Fields(title: title, era: era, description: description, impact: impact, url: url,
                                        aliases: aliases, attributes: attributes)
        self.details = fields.isEmpty ? nil : NodeDetails(fields)
    }

    /// Changes the boxed fields in a fresh box (boxes are shared between copies, never changed).
    private mutating func update(_ change: (inout NodeDetails.Fields) -> Void) {
        var fields = details?.fields ?? NodeDetails.Fields()
        change(&fields)
        details = fields.isEmpty ? nil : NodeDetails(fields)
    }

    public static func == (a: Node, b: Node) -> Bool {
        a.id == b.id && a.label == b.label && a.kind == b.kind && a.year == b.year
            && (a.details === b.details || a.details?.fields ?? NodeDetails.Fields() == b.details?.fields ?? NodeDetails.Fields())
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(label)
        hasher.combine(kind)
        hasher.combine(year)
        hasher.combine(details?.fields ?? NodeDetails.Fields())
    }
}

/// The rarely set fields of a ``Node``, boxed.
final class NodeDetails: Sendable {
    struct Fields: Sendable, Hashable {
        var title: String?
        var era: String?
        var description: String?
        var impact: String?
        var url: String?
        var aliases: [String] = []
        var attributes: [String: String] = [:]

        var isEmpty: Bool {
            title == nil && era == nil && description == nil && impact == nil && url == nil
                && aliases.isEmpty && attributes.isEmpty
        }
    }

    let fields: Fields

    init(_ fields: Fields) { self.fields = fields }
}

/// The kind of influence an edge records. Every edge points from the influencer to the influenced.
public enum InfluenceRelation: String, Sendable, Hashable, Codable, CaseIterable {
    /// "X influenced Y", "Y descends from X".
    case influenced
    /// "X inspired Y", "Y was inspired by X".
    case inspired
    /// "X spawned / kicked off / kickstarted Y".
    case spawned
    /// "X is the foundation of Y", "X powers Y", "Y is built on X".
    case foundationOf = "foundation-of"
    /// "adopted by Y", "is now standard in Y", "became the default in Y".
    case adoptedBy = "adopted-by"
    /// "used by Y", "Y use it".
    case usedBy = "used-by"
    /// "Y builds on X", "following X", "Y is based on X".
    case buildsOn = "builds-on"
    /// "Y extends X", "Y adds A to X", "Y is a fork/port of X".
    case extends
    /// "Y scaled X".
    case scales
    /// "Y applied X to Z".
    case applies
    /// "Y simplified X".
    case simplifies
    /// "Y challenged X", "Y showed X was undertrained".
    case challenges
    /// "Y replaced X", "Y supersedes X".
    case supersedes
    /// A citation from an edge list: the cited work influenced the citing one.
    case cites
}

/// Where an edge was stated: the sentence, the entry it stands in, and its place in the input.
public struct Evidence: Sendable, Hashable {
    public var sentence: String
    /// Id of the corpus entry whose text holds the sentence.
    public var entry: String
    public var file: String?
    public var line: Int?

    public init(sentence: String, entry: String, file: String? = nil, line: Int? = nil) {
        self.sentence = sentence
        self.entry = entry
        self.file = file
        self.line = line
    }
}

/// What is known about one edge beyond its endpoints.
public struct EdgeInfo: Sendable, Hashable {
    public var relation: InfluenceRelation
    /// Confidence in `0...1` that the text states this influence.
    public var confidence: Double
    /// Every sentence that states the edge (duplicates merge here).
    public var evidence: [Evidence]
    /// Extra columns of an edge list, kept as given.
    public var attributes: [String: String]

    public init(relation: InfluenceRelation, confidence: Double = 1, evidence: [Evidence] = [], attributes: [String: String] = [:]) {
        self.relation = relation
        self.confidence = confidence
        self.evidence = evidence
        self.attributes = attributes
    }
}

/// A statement that compares two works ("outperformed", "comparable to"): recorded, never influence.
public struct Comparison: Sendable, Hashable {
    public var subject: String
    public var object: String
    public var evidence: Evidence

    public init(subject: String, object: String, evidence: Evidence) {
        self.subject = subject
        self.object = object
        self.evidence = evidence
    }
}

/// The influence graph: nodes with their metadata, a CSR topology, and per-edge information.
///
/// Edges point the way influence flows (influencer → influenced; cited → citing).
/// `edgeInfo` is either empty (a plain edge list: every edge has ``plainRelation``, `.cites` for a
/// citation list, and no evidence)
/// or indexed by the topology's edge ids.
public struct InfluenceGraph: Sendable {
    public let nodes: [Node]
    public let topology: Digraph
    public let edgeInfo: [EdgeInfo]
    public let comparisons: [Comparison]
    /// The relation of every edge when `edgeInfo` is empty.
    public let plainRelation: InfluenceRelation
    /// Vertex of each id, built on the first ``index(ofID:)`` (a ranking of a million papers
    /// never needs it).
    private let indexByID: _NodeIndex

    public init(nodes: [Node], topology: Digraph, edgeInfo: [EdgeInfo] = [], comparisons: [Comparison] = [],
                plainRelation: InfluenceRelation = .cites) {
        precondition(nodes.count == topology.vertexCount, "one node per vertex")
        precondition(edgeInfo.isEmpty || edgeInfo.count == topology.edgeCount, "edge info by edge id")
        self.nodes = nodes
        self.topology = topology
        self.edgeInfo = edgeInfo
        self.comparisons = comparisons
        self.plainRelation = plainRelation
        self.indexByID = _NodeIndex()
    }

    /// Vertex index of the node with this exact id.
    /// - Complexity: O(1) expected; the first call on a graph builds the index in O(V).
    public func index(ofID id: String) -> Int? { indexByID.index(ofID: id, in: nodes) }

    /// Information about edge `e`; a plain edge of ``plainRelation`` when the graph has none.
    public func info(ofEdge e: Int) -> EdgeInfo {
        edgeInfo.isEmpty ? EdgeInfo(relation: plainRelation) : edgeInfo[e]
    }
}
