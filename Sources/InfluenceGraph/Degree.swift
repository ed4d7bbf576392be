extension Digraph {
    /// In-degree of every vertex: how many influencers it has (its references, for citations).
    /// - Complexity: O(V).
    public func inDegrees() -> [Int] {
        (0..<vertexCount).map { inOffsets[$0 + 1] - inOffsets[$0] }
    }

    /// Out-degree of every vertex: how many vertices it influenced (its citations).
    /// - Complexity: O(V).
    public func outDegrees() -> [Int] {
        (0..<vertexCount).map { outOffsets[$0 + 1] - outOffsets[$0] }
    }
}
