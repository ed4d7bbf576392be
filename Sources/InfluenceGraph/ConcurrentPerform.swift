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
