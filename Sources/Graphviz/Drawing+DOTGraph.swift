extension Drawing {
    /// A drawing of a graph read from DOT: its attributes, clusters (nested as they were), nodes
    /// in their innermost cluster, and edges. Subgraphs that are not clusters (such as
    /// `rank=same` groups) are not kept.
    /// - Complexity: O(V + E + C) for C clusters.
    public init(_ graph: DOTGraph) {
        var bodies: [String: Subgraph] = [:]
        for cluster in graph.clusters { bodies[cluster.name] = Subgraph(cluster.name, attributes: cluster.attributes) }
        var rootNodes: [Node] = []
        for node in graph.nodes {
            let drawn = Node(node.name, node.attributes)
            if let cluster = node.cluster, bodies[cluster] != nil {
                bodies[cluster]!.nodes.append(drawn)
            } else {
                rootNodes.append(drawn)
            }
        }
        // Attach children to parents, deepest first: `clusters` lists parents before children.
        var rootSubgraphs: [Subgraph] = []
        var childrenOf: [String: [Subgraph]] = [:]
        for cluster in graph.clusters.reversed() {
            var body = bodies[cluster.name]!
            body.subgraphs = (childrenOf[cluster.name] ?? []).reversed()
            if let parent = cluster.parent {
                childrenOf[parent, default: []].append(body)
            } else {
                rootSubgraphs.append(body)
            }
        }
        self.init(name: graph.name, isDirected: graph.isDirected, isStrict: graph.isStrict,
                  attributes: graph.attributes, subgraphs: rootSubgraphs.reversed(), nodes: rootNodes,
                  edges: graph.edges.map { Edge($0.tail, $0.head, $0.attributes) })
    }
}
