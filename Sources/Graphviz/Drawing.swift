/// A description of a Graphviz drawing: a graph with attributes, declared defaults, nested
/// subgraphs and clusters, nodes and edges. A plain value: build it, compare it, write it as DOT
/// (``dotSource``) or hand it to ``Graphviz/render(_:engine:format:timeout:)``.
///
/// Both the DOT writer and the renderer create objects in the same order — graph attributes,
/// node and edge defaults, subgraphs (depth first, each in that same order), nodes, edges — so a
/// drawing rendered directly and its DOT text rendered by `dot` give the same layout.
public struct Drawing: Sendable, Hashable {
    /// A node: its unique name and its attributes.
    public struct Node: Sendable, Hashable {
        public var name: String
        public var attributes: Attributes

        public init(_ name: String, _ attributes: Attributes = [:]) {
            self.name = name
            self.attributes = attributes
        }
    }

    /// An edge between two nodes given by name; a name not declared as a node creates one,
    /// as in DOT.
    public struct Edge: Sendable, Hashable {
        public var tail: String
        public var head: String
        public var attributes: Attributes

        public init(_ tail: String, _ head: String, _ attributes: Attributes = [:]) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    /// A subgraph: a cluster when its name starts with `cluster`, otherwise a grouping (for
    /// example `rank=same`). Nodes declared here belong to it (and to every enclosing graph).
    public struct Subgraph: Sendable, Hashable {
        public var name: String
        public var attributes: Attributes
        public var nodeDefaults: Attributes
        public var edgeDefaults: Attributes
        public var subgraphs: [Subgraph]
        public var nodes: [Node]
        public var edges: [Edge]

        public init(_ name: String, attributes: Attributes = [:], nodeDefaults: Attributes = [:],
                    edgeDefaults: Attributes = [:], subgraphs: [Subgraph] = [], nodes: [Node] = [],
                    edges: [Edge] = []) {
            self.name = name
            self.attributes = attributes
            self.nodeDefaults = nodeDefaults
            self.edgeDefaults = edgeDefaults
            self.subgraphs = subgraphs
            self.nodes = nodes
            self.edges = edges
        }

        /// Whether Graphviz draws this subgraph as a cluster (its name starts with `cluster`).
        public var isCluster: Bool { name.hasPrefix("cluster") }
    }

    public var name: String
    public var isDirected: Bool
    /// A strict graph merges parallel edges.
    public var isStrict: Bool
    /// Graph attributes (`rankdir`, `label`, ...); subgraphs inherit them unless they set their own.
    public var attributes: Attributes
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    public var subgraphs: [Subgraph]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(name: String = "G", isDirected: Bool = true, isStrict: Bool = false,
                attributes: Attributes = [:], nodeDefaults: Attributes = [:], edgeDefaults: Attributes = [:],
                subgraphs: [Subgraph] = [], nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name
        self.isDirected = isDirected
        self.isStrict = isStrict
        self.attributes = attributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.subgraphs = subgraphs
        self.nodes = nodes
        self.edges = edges
    }

    /// The root graph seen as a subgraph (its body), to walk the whole drawing one way.
    var body: Subgraph {
        Subgraph(name, attributes: attributes, nodeDefaults: nodeDefaults, edgeDefaults: edgeDefaults,
                 subgraphs: subgraphs, nodes: nodes, edges: edges)
    }

    /// Number of nodes declared anywhere in the drawing (edges may create more).
    /// - Complexity: O(number of subgraphs).
    public var declaredNodeCount: Int { reduceBodies(0) { $0 + $1.nodes.count } }

    /// Number of edges declared anywhere in the drawing.
    /// - Complexity: O(number of subgraphs).
    public var edgeCount: Int { reduceBodies(0) { $0 + $1.edges.count } }

    /// Folds over the root body and every subgraph, depth first, without recursion.
    func reduceBodies<T>(_ initial: T, _ combine: (T, Subgraph) -> T) -> T {
        var result = initial
        var stack = [body]
        while let top = stack.popLast() {
            result = combine(result, top)
            stack.append(contentsOf: top.subgraphs.reversed())
        }
        return result
    }
}
