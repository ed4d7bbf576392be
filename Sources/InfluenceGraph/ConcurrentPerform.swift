import Dispatch

/// Worker threads for the data-parallel loops (the machines this targets have two cores).
let _workerCount = 2

/// A value moved across threads by a caller who guarantees there is no data race.
struct _UncheckedSendable<T>: @unchecked Sendable { var value: T }

/// Runs `body(i)` for every `i` in `0..<iterations`, concurrently.
///
/// `body` must write only memory that no other iteration touches (each worker gets its own
/// buffers, allocated before the call).
/// - Complexity: the cost of the iterations, spread over the available cores.
func _concurrentPerform(iterations: Int, _ body: (Int) -> Void) {
    if iterations <= 1 {
        if iterations == 1 { body(0) }
        return
    }
    withoutActuallyEscaping(body) { body in
        let box = _UncheckedSendable(value: body)
        DispatchQueue.concurrentPerform(iterations: iterations) { i in box.value(i) }
    }
}

/// Splits the vertices `0..<offsets.count-1` into `parts` contiguous ranges holding about the
/// same number of adjacency entries (plus one per vertex), for balanced parallel sweeps.
/// - Complexity: O(parts · log V).
func _balancedRanges(offsets: UnsafeBufferPointer<Int>, parts: Int) -> [Range<Int>] {
    let n = offsets.count - 1
    let total = offsets[n] + n
    var ranges = [Range<Int>]()
    var lower = 0
    for part in 1...parts {
        var upper = n
        if part < parts {
            // Smallest v with offsets[v] + v >= total·part/parts.
            let goal = total * part / parts
            var lo = lower, hi = n
            while lo < hi {
                let mid = (lo + hi) / 2
                if offsets[mid] + mid < goal { lo = mid + 1 } else { hi = mid }
            }
            upper = lo
        }
        ranges.append(lower..<upper)
        lower = upper
    }
    return ranges
}

/// Runs `body` on balanced vertex ranges, on two threads when the graph is large enough to
/// gain from it, and returns each range's partial result in range order.
/// - Complexity: the cost of `body` over all vertices.
func _parallelSweep(offsets: UnsafeBufferPointer<Int>, _ body: (Range<Int>) -> Double) -> Double {
    let n = offsets.count - 1
    if offsets[n] < 200_000 { return body(0..<n) }
    let ranges = _balancedRanges(offsets: offsets, parts: _workerCount)
    let partials = UnsafeMutableBufferPointer<Double>.allocate(capacity: ranges.count)
    defer { partials.deallocate() }
    _concurrentPerform(iterations: ranges.count) { i in partials[i] = body(ranges[i]) }
    return partials.reduce(0, +)
}

/// Told now and then, from one thread, what fraction of a long computation is done (0 to 1).
public typealias ProgressHandler = @Sendable (Double) -> Void
