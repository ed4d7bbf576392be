/// Maps the id fields of an edge list (raw bytes) to vertex numbers `0, 1, 2, ...` in first-seen
/// order, and keeps each vertex's id text.
///
/// Decimal integer ids in canonical form (no sign, no leading zero, at most 18 digits) take a
/// fast path: small values index a dense array directly, larger ones go to an open-addressing
/// hash table of `UInt64` keys. Every other id goes to an open-addressing table of 16-byte slots:
/// an id of at most ``StringKey/inlineCapacity`` bytes (`P0891954`, `W2741809807`,
/// `2106.09685`) is packed into its slot, so a lookup reads one slot and compares two words;
/// a longer id stores its hash there and is compared with its stored name. "7" and "007" are
/// different ids; `"7"` quoted and 7 unquoted are the same id.
///
/// Memory: 4 bytes per slot of the dense array (grown only while ids stay below four times the
/// number of vertices or the expected vertex count, at most ``denseLimit`` slots), 12 bytes per
/// integer hash slot and 16 per string slot (load at most 1/2), and the id bytes plus 8 bytes
/// per vertex for the names.
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
    /// Integer ids below this may grow the dense array even when the table is still small: set
    /// from the expected number of vertices (see ``expectVertices(_:)``).
    private var denseHint = 0

    /// Integer ids that do not fit the dense array: keys stored as `id + 1`, 0 marks an empty slot.
    private var integerKeys: [UInt64] = []
    private var integerValues: [Int32] = []
    private var integerCount = 0

    /// Other ids, by packed key.
    private var stringSlots: [StringSlot] = []
    private var stringCount = 0

    init() {
        nameBytes.reserveCapacity(1 << 16)
    }

    /// Lets integer ids up to about `vertexCount` index the dense array from the start (an
    /// estimate from the file size; the array never exceeds ``denseLimit`` slots).
    mutating func expectVertices(_ vertexCount: Int) {
        denseHint = min(VertexIDTable.denseLimit, max(denseHint, vertexCount))
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

    private mutating func vertex(forNewOrHashedInteger value: UInt64) -> Int32 {
        if integerCount > 0, let v = lookUpInteger(value) { return v }
        let v = addName(integer: value)
        // Grow the dense array while ids stay near the vertex count; otherwise hash.
        if value < UInt64(VertexIDTable.denseLimit), value < UInt64(max(4 * Int(count), 1 << 18, denseHint)) {
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

    /// The packed key of a string id (see ``StringKey``).
    @inline(__always)
    static func stringKey(_ bytes: UnsafeBufferPointer<UInt8>) -> StringKey {
        let n = bytes.count
        if n > 0, n <= StringKey.inlineCapacity {
            let p = bytes.baseAddress!
            var low: UInt64 = 0
            var tag = UInt32(n) << 24
            if n >= 8 {
                low = UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
                for i in 8..<n { tag |= UInt32(p[i]) << UInt32(8 * (i - 8)) }
            } else {
                for i in 0..<n { low |= UInt64(p[i]) << UInt64(8 * i) }
            }
            return StringKey(low: low, tag: tag)
        }
        let h = hash(bytes)
        return StringKey(low: h, tag: StringKey.longTag | UInt32(truncatingIfNeeded: h >> 40))
    }

    /// The slot a string key probes first.
    @inline(__always)
    private static func slot(ofString key: StringKey, bits: Int) -> Int {
        var k = key.low &+ UInt64(key.tag) &* 0xC2B2_AE3D_27D4_EB4F
        k ^= k >> 29
        return slot(ofInteger: k, bits: bits)
    }

    /// The vertex of a string id already in the table, or -1; never adds one.
    ///
    /// An inline key is found by comparing one slot (16 bytes, one cache line) per probe; a long
    /// id also compares its bytes with the stored name.
    /// - Complexity: O(1) expected for an inline key, O(length) for a long one.
    @inline(__always)
    private func existingVertex(forString key: StringKey, bytes: UnsafeBufferPointer<UInt8>?,
                                in table: UnsafeBufferPointer<StringSlot>) -> Int32 {
        let mask = table.count - 1
        var i = VertexIDTable.slot(ofString: key, bits: table.count.trailingZeroBitCount)
        while true {
            let s = table[i]
            if s.vertexPlusOne == 0 { return -1 }
            if s.low == key.low, s.tag == key.tag {
                guard let bytes else { return s.vertexPlusOne - 1 }
                if nameEquals(Int(s.vertexPlusOne - 1), bytes) { return s.vertexPlusOne - 1 }
            }
            i = (i + 1) & mask
        }
    }

    private mutating func vertex(forString bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        vertex(forString: VertexIDTable.stringKey(bytes), bytes: bytes)
    }

    /// The vertex of the string id `bytes` with packed key `key`, adding a vertex when the id is new.
    private mutating func vertex(forString key: StringKey, bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        if 2 * (stringCount + 1) > stringSlots.count { growStringTable() }
        let long = key.isLong ? bytes : nil
        let found = stringSlots.withUnsafeBufferPointer { existingVertex(forString: key, bytes: long, in: $0) }
        if found >= 0 { return found }
        guard VertexIDTable.isValidUTF8(bytes) else { return -1 }
        let v = addName(bytes)
        stringSlots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            var i = VertexIDTable.slot(ofString: key, bits: table.count.trailingZeroBitCount)
            while table[i].vertexPlusOne != 0 { i = (i + 1) & mask }
            table[i] = StringSlot(low: key.low, tag: key.tag, vertexPlusOne: v + 1)
        }
        stringCount += 1
        return v
    }

    private mutating func growStringTable() {
        let old = stringSlots
        let size = max(1 << 10, 2 * old.count)
        stringSlots = [StringSlot](repeating: StringSlot(low: 0, tag: 0, vertexPlusOne: 0), count: size)
        stringSlots.withUnsafeMutableBufferPointer { table in
            let mask = size - 1
            for s in old where s.vertexPlusOne != 0 {
                var i = VertexIDTable.slot(ofString: StringKey(low: s.low, tag: s.tag), bits: size.trailingZeroBitCount)
                while table[i].vertexPlusOne != 0 { i = (i + 1) & mask }
                table[i] = s
            }
        }
    }

    /// The vertices of a batch of ids, in order, as if looked up one by one with
    /// ``vertex(for:)``.
    ///
    /// Each id is given by its ``PendingID``; long ids point into `base`. For each group of 256
    /// ids, a first loop copies out the slot (or dense entry) where each id would be found
    /// first: these loads have no branch between them, so the processor overlaps their cache
    /// misses. A second loop settles the ids found there and probes further only after a
    /// collision. A last pass, in order, adds the new ids, so numbering stays first-seen. Every
    /// id of the batch must be ASCII.
    /// - Complexity: O(batch size) expected, amortized, plus the length of long ids.
    mutating func vertices(for batch: UnsafeBufferPointer<PendingID>, base: UnsafePointer<UInt8>,
                           into out: UnsafeMutableBufferPointer<Int32>) {
        if stringSlots.isEmpty { growStringTable() }
        let hashed = integerCount > 0
        let group = 256
        let home = UnsafeMutableBufferPointer<StringSlot>.allocate(capacity: group)
        defer { home.deallocate() }
        dense.withUnsafeBufferPointer { dense in
            stringSlots.withUnsafeBufferPointer { table in
                let limit = UInt64(dense.count)
                let bits = table.count.trailingZeroBitCount
                var start = 0
                while start < batch.count {
                    let end = min(start + group, batch.count)
                    for k in start..<end {
                        let key = batch[k].key
                        if key.tag == PendingID.integerTag {
                            home[k - start].vertexPlusOne = key.low < limit ? dense[Int(key.low)] &+ 1 : 0
                        } else {
                            home[k - start] = table[VertexIDTable.slot(ofString: key, bits: bits)]
                        }
                    }
                    for k in start..<end {
                        let id = batch[k]
                        let slot = home[k - start]
                        if id.key.tag == PendingID.integerTag {
                            var v = slot.vertexPlusOne - 1
                            if v < 0, hashed { v = lookUpInteger(id.key.low) ?? -1 }
                            out[k] = v
                        } else if slot.vertexPlusOne == 0 {
                            out[k] = -1  // an empty first slot: the id is new
                        } else if !id.key.isLong, slot.low == id.key.low, slot.tag == id.key.tag {
                            out[k] = slot.vertexPlusOne - 1
                        } else {
                            let bytes = id.key.isLong ? UnsafeBufferPointer(start: base + id.start, count: Int(id.count)) : nil
                            out[k] = existingVertex(forString: id.key, bytes: bytes, in: table)
                        }
                    }
                    start = end
                }
            }
        }
        for k in 0..<batch.count where out[k] < 0 {
            let id = batch[k]
            if id.key.tag == PendingID.integerTag {
                out[k] = vertex(forInteger: id.key.low)
            } else {
                out[k] = vertex(forString: id.key, bytes: UnsafeBufferPointer(start: base + id.start, count: Int(id.count)))
            }
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

    /// Frees the lookup tables, keeping the names: no id can be looked up or added afterwards.
    mutating func dropLookups() {
        dense = []
        integerKeys = []
        integerValues = []
        integerCount = 0
        stringSlots = []
        stringCount = 0
    }

    /// The id text of vertex `v`.
    func name(of v: Int) -> String {
        String(decoding: nameBytes[nameRange(v)], as: UTF8.self)
    }
}

/// A string id packed into two words for the lookup table.
///
/// An id of 1 to ``inlineCapacity`` bytes: `low` holds bytes 0..<8, `tag` bytes 8..<11 in its
/// low three bytes and the length in its high byte. A longer id: `low` is its hash and `tag`
/// is ``longTag`` with 24 more hash bits.
struct StringKey: Equatable {
    var low: UInt64
    var tag: UInt32

    /// Longest id stored inside its slot.
    static let inlineCapacity = 11
    /// High byte of the tag of a long id (never a length).
    static let longTag: UInt32 = 0xFF00_0000

    /// Whether the id is longer than ``inlineCapacity`` (its bytes must be compared).
    @inline(__always) var isLong: Bool { tag >> 24 == 0xFF }
}

/// A slot of the string table: the packed key and `vertex + 1` (0 marks an empty slot).
struct StringSlot {
    var low: UInt64
    var tag: UInt32
    var vertexPlusOne: Int32
}

/// An id waiting in a batch (see ``VertexIDTable/vertices(for:base:into:)``): a canonical
/// integer (`key.tag` is ``integerTag``, `key.low` the value) or a string key with the id's
/// place in the read buffer.
struct PendingID {
    var key: StringKey
    var count: UInt32
    var start: Int

    /// Tag of an integer id (no string key has it: their tags hold a length of at least 1).
    static let integerTag: UInt32 = 0

    @inline(__always) init(integer value: UInt64) {
        key = StringKey(low: value, tag: PendingID.integerTag)
        count = 0
        start = 0
    }

    @inline(__always) init(key: StringKey, start: Int, count: Int) {
        self.key = key
        self.count = UInt32(truncatingIfNeeded: count)
        self.start = start
    }
}
