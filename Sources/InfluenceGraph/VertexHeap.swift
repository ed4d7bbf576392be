/// A binary min-heap of packed `(priority, vertex)` keys, for deterministic tie-breaking.
///
/// A key is `UInt64(priority biased to unsigned) << 32 | vertex`, so comparing keys compares
/// priorities first and vertex ids second.
struct _VertexHeap {
    private var storage: [UInt64] = []

    init(capacity: Int) { storage.reserveCapacity(capacity) }

    /// Packs a priority and a vertex into one key. - Complexity: O(1).
    @inline(__always)
    static func key(priority: Int32, vertex: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: priority) ^ 0x8000_0000) << 32 | UInt64(UInt32(bitPattern: vertex))
    }

    /// The vertex of a packed key. - Complexity: O(1).
    @inline(__always)
    static func vertex(of key: UInt64) -> Int32 { Int32(bitPattern: UInt32(truncatingIfNeeded: key)) }

    var isEmpty: Bool { storage.isEmpty }

    /// - Complexity: O(log n).
    mutating func push(_ key: UInt64) {
        storage.append(key)
        storage.withUnsafeMutableBufferPointer { h in
            var i = h.count - 1
            while i > 0 {
                let parent = (i - 1) >> 1
                if h[parent] <= key { break }
                h[i] = h[parent]
                i = parent
            }
            h[i] = key
        }
    }

    /// Removes and returns the smallest key. - Complexity: O(log n).
    mutating func popMin() -> UInt64 {
        let top = storage[0]
        let last = storage.removeLast()
        if storage.isEmpty { return top }
        storage.withUnsafeMutableBufferPointer { h in
            let n = h.count
            var i = 0
            while true {
                var child = 2 * i + 1
                if child >= n { break }
                if child + 1 < n && h[child + 1] < h[child] { child += 1 }
                if h[child] >= last { break }
                h[i] = h[child]
                i = child
            }
            h[i] = last
        }
        return top
    }
}
