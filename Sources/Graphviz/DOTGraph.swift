/// A graph read from DOT text by cgraph: its nodes, edges and clusters with their attributes.
///
/// Attribute values are as cgraph stores them: ``AttributeValue/raw(_:)`` escStrings (a label's
/// `\n` stays the two characters `\` `n`) or ``AttributeValue/html(_:)`` for HTML-like labels.
/// Only attributes with a non-empty value are listed, and they include declared defaults
/// (`node [shape=box]` gives every later node `shape=box`), except the `label=\N` that Graphviz
/// gives every node.
public struct DOTGraph: Sendable, Hashable {
    public struct Node: Sendable, Hashable {
        public var name: String
        public var attributes: Attributes
        /// Name of the innermost cluster that holds the node, if any.
        public var cluster: String?

        public init(name: String, attributes: Attributes = [:], cluster: String? = nil) {
            self.name = name
            self.attributes = attributes
            self.cluster = cluster
        }
    }

    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: Attributes

        public init(tail: String, head: String, attributes: Attributes = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A subgraph whose name starts with `cluster`.
    public struct Cluster: Sendable, Hashable {
        public var name: String
        /// The enclosing cluster, if the cluster is nested in one.
        public var parent: String?
        /// The cluster's own graph attributes (label, colour, ...), non-empty values only.
        public var attributes: Attributes

        public init(name: String, parent: String? = nil, attributes: Attributes = [:]) {
            self.name = name
            self.parent = parent
            self.attributes = attributes
        }
    }

    public var name: String
    public var isDirected: Bool
    public var isStrict: Bool
    /// The root graph's attributes, non-empty values only.
    public var attributes: Attributes
    /// Nodes in the order cgraph created them.
    public var nodes: [Node]
    /// Edges in the order cgraph created them.
    public var edges: [Edge]
    /// Clusters, parents before children, in the order cgraph lists them.
    public var clusters: [Cluster]

    public init(name: String, isDirected: Bool, isStrict: Bool, attributes: Attributes = [:], nodes: [Node] = [],
                edges: [Edge] = [], clusters: [Cluster] = []) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodes = nodes
        self.edges = edges
        self.clusters = clusters
    }
}
