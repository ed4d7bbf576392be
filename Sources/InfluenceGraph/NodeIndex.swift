import Synchronization

/// The map from node id to vertex of an ``InfluenceGraph``, built on first use.
///
/// Shared by the copies of one graph; the lock makes the one-time build safe when several
/// threads ask at once. When ids repeat, the last node with the id wins.
final class _NodeIndex: Sendable {
    private let table = Mutex<[String: Int32]?>(nil)

    /// The vertex of the node with this id, building the map from `nodes` the first time.
    /// - Complexity: O(1) expected; O(V) on the first call.
    func index(ofID id: String, in nodes: [Node]) -> Int? {
        table.withLock { table in
            if table == nil {
                var index = [String: Int32](minimumCapacity: nodes.count)
                for i in nodes.indices { index[nodes[i].id] = Int32(i) }
                table = index
            }
            return table![id].map(Int.init)
        }
    }
}
