/// Maps the id fields of an edge list (raw bytes) to vertex numbers `0, 1, 2, ...` in first-seen
/// order, and keeps each vertex's id text.
///
/// Decimal integer ids in canonical form (no sign, no leading zero, at most 18 digits) take a
/// fast path: small values index a dense array directly, larger ones go to an open-addressing
/// hash table of `UInt64` keys. Every other id goes to an open-addressing table keyed by its
/// bytes. "7" and "007" are different ids; `"7"` quoted and 7 unquoted are the same id.
///
/// Memory: 4 bytes per slot of the dense array (grown only while ids stay below four times the
/// number of vertices, at most ``denseLimit`` slots), 12 bytes per hash slot (load at most 1/2),
/// and the id bytes plus 8 bytes per vertex for the names.
struct VertexIDTable {
    /// Number of vertices so far.
    private(set) var count: Int32 = 0

    /// Id bytes of every vertex, back to back; vertex `v` spans `nameEnds[v-1]..<nameEnds[v]`.
    private var nameBytes: [UInt8] = []
    private var nameEnds: [Int] = []

    /// `dense[k]` is the vertex of integer id `k`, or -1.
    private var dense: [Int32] = []
    /// Most slots the dense array may have (64 MiB).
    static let denseLimit = 1 << 24

    /// Integer ids that do not fit the dense array: keys stored as `id + 1`, 0 marks an empty slot.
    private var integerKeys: [UInt64] = []
    private var integerValues: [Int32] = []
    private var integerCount = 0

    /// Other ids: each slot holds `vertex + 1` (0: empty), with the id's hash beside it.
    private var stringSlots: [Int32] = []
    private var stringHashes: [UInt64] = []
    private var stringCount = 0

    init() {
        nameBytes.reserveCapacity(1 << 16)
    }

    /// The vertex of the id spelled by `bytes`, adding a vertex when the id is new; -1 when a
    /// new id is not valid UTF-8.
    /// - Complexity: O(length of the id) expected, amortized.
    @inline(__always)
    mutating func vertex(for bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let value = VertexIDTable.canonicalInteger(bytes) {
            return vertex(forInteger: value)
        }
        return vertex(forString: bytes)
    }

    /// The value of a canonical decimal integer id, or `nil`.
    @inline(__always)
    static func canonicalInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = bytes.count
        guard n > 0, n <= 18 else { return nil }
        if n > 1, bytes[0] == UInt8(ascii: "0") { return nil }
        var value: UInt64 = 0
        for b in bytes {
            let d = b &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value &* 10 &+ UInt64(d)
        }
        return value
    }

    /// The vertex of the canonical integer id `value`, adding a vertex when the id is new.
    /// - Complexity: O(1) expected, amortized.
    @inline(__always)
    mutating func vertex(forInteger value: UInt64) -> Int32 {
        if value < UInt64(dense.count) {
            let v = dense[Int(value)]
            if v >= 0 { return v }
        }
        return vertex(forNewOrHashedInteger: value)
    }

    /// The vertices of a batch of canonical integer ids, in order, as if looked up one by one.
    ///
    /// A first pass reads the dense array only: its loads are independent, so the processor
    /// overlaps their cache misses. A second pass, in order, resolves the ids that pass missed
    /// (new ids, or ids kept in the hash table), so numbering stays first-seen.
    /// - Complexity: O(batch size) expected, amortized.
    mutating func vertices(forIntegers values: UnsafeBufferPointer<UInt64>, into out: UnsafeMutableBufferPointer<Int32>) {
        dense.withUnsafeBufferPointer { table in
            let limit = UInt64(table.count)
            for k in 0..<values.count {
                let value = values[k]
                out[k] = value < limit ? table[Int(value)] : -1
            }
        }
        for k in 0..<values.count where out[k] < 0 {
            out[k] = vertex(forInteger: values[k])
        }
    }

    private mutating func vertex(forNewOrHashedInteger value: UInt64) -> Int32 {
        if integerCount > 0, let v = lookUpInteger(value) { return v }
        let v = addName(integer: value)
        // Grow the dense array while ids stay near the vertex count; otherwise hash.
        if value < UInt64(VertexIDTable.denseLimit), value < 4 * UInt64(max(Int(count), 1 << 16)) {
            if value >= UInt64(dense.count) {
                let newCount = min(VertexIDTable.denseLimit, max(Int(value) + 1, 2 * dense.count, 1 << 16))
                dense.append(contentsOf: repeatElement(-1, count: newCount - dense.count))
            }
            dense[Int(value)] = v
        } else {
            insertInteger(value, vertex: v)
        }
        return v
    }

    @inline(__always)
    private static func slot(ofInteger key: UInt64, bits: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }

    private func lookUpInteger(_ value: UInt64) -> Int32? {
        let key = value &+ 1
        let mask = integerKeys.count - 1
        var i = VertexIDTable.slot(ofInteger: key, bits: integerKeys.count.trailingZeroBitCount)
        while true {
            let k = integerKeys[i]
            if k == key { return integerValues[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    private mutating func insertInteger(_ value: UInt64, vertex: Int32) {
        if 2 * (integerCount + 1) > integerKeys.count { growIntegerTable() }
        let key = value &+ 1
        let mask = integerKeys.count - 1
        var i = VertexIDTable.slot(ofInteger: key, bits: integerKeys.count.trailingZeroBitCount)
        while integerKeys[i] != 0 { i = (i + 1) & mask }
        integerKeys[i] = key
        integerValues[i] = vertex
        integerCount += 1
    }

    private mutating func growIntegerTable() {
        let oldKeys = integerKeys
        let oldValues = integerValues
        let size = max(1 << 10, 2 * oldKeys.count)
        integerKeys = [UInt64](repeating: 0, count: size)
        integerValues = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (j, key) in oldKeys.enumerated() where key != 0 {
            var i = VertexIDTable.slot(ofInteger: key, bits: size.trailingZeroBitCount)
            while integerKeys[i] != 0 { i = (i + 1) & mask }
            integerKeys[i] = key
            integerValues[i] = oldValues[j]
        }
    }

    /// FNV-1a, 64 bits (Fowler, Noll, Vo), mixed so that the high bits pick the slot.
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h ^ (h >> 29)
    }

    private mutating func vertex(forString bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if 2 * (stringCount + 1) > stringSlots.count { growStringTable() }
        let h = VertexIDTable.hash(bytes)
        let mask = stringSlots.count - 1
        var i = VertexIDTable.slot(ofInteger: h, bits: stringSlots.count.trailingZeroBitCount)
        while true {
            let s = stringSlots[i]
            if s == 0 { break }
            if stringHashes[i] == h, nameEquals(Int(s - 1), bytes) { return s - 1 }
            i = (i + 1) & mask
        }
        guard VertexIDTable.isValidUTF8(bytes) else { return -1 }
        let v = addName(bytes)
        stringSlots[i] = v + 1
        stringHashes[i] = h
        stringCount += 1
        return v
    }

    private mutating func growStringTable() {
        let oldSlots = stringSlots
        let oldHashes = stringHashes
        let size = max(1 << 10, 2 * oldSlots.count)
        stringSlots = [Int32](repeating: 0, count: size)
        stringHashes = [UInt64](repeating: 0, count: size)
        let mask = size - 1
        for (j, s) in oldSlots.enumerated() where s != 0 {
            var i = VertexIDTable.slot(ofInteger: oldHashes[j], bits: size.trailingZeroBitCount)
            while stringSlots[i] != 0 { i = (i + 1) & mask }
            stringSlots[i] = s
            stringHashes[i] = oldHashes[j]
        }
    }

    private func nameRange(_ v: Int) -> Range<Int> {
        (v == 0 ? 0 : nameEnds[v - 1])..<nameEnds[v]
    }

    private func nameEquals(_ v: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = nameRange(v)
        guard range.count == bytes.count else { return false }
        var k = range.lowerBound
        for b in bytes {
            if nameBytes[k] != b { return false }
            k += 1
        }
        return true
    }

    @inline(__always)
    private mutating func addName(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        precondition(count < Int32.max, "too many vertices for 32-bit ids")
        nameBytes.append(contentsOf: bytes)
        nameEnds.append(nameBytes.count)
        defer { count += 1 }
        return count
    }

    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !bytes.contains(where: { $0 >= 0x80 }) { return true }
        return String(validating: bytes, as: UTF8.self) != nil
    }

    /// Adds a vertex named by the decimal digits of `value`.
    private mutating func addName(integer value: UInt64) -> Int32 {
        precondition(count < Int32.max, "too many vertices for 32-bit ids")
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 bytes
        withUnsafeMutableBytes(of: &digits) { raw in
            var v = value
            var i = raw.count
            repeat {
                i -= 1
                raw[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            nameBytes.append(contentsOf: raw[i...])
        }
        nameEnds.append(nameBytes.count)
        defer { count += 1 }
        return count
    }

    /// The id text of vertex `v`.
    func name(of v: Int) -> String {
        String(decoding: nameBytes[nameRange(v)], as: UTF8.self)
    }
}
