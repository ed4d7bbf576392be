import Foundation

/// Runs Graphviz work on a dedicated thread with a large stack, optionally with a deadline.
///
/// Graphviz's layouts recurse (dot's ranking and mincross), so the work gets a 64 MiB stack
/// rather than whatever thread the caller is on. When the deadline passes the caller gets
/// `.timeout`; the C call cannot be cancelled and goes on (holding Graphviz's lock) until it ends.
enum LayoutThread {
    static let stackSize = 64 << 20

    private final class Outcome<T: Sendable>: @unchecked Sendable {
        // Written once by the worker before `done.signal()`, read by the caller after `done.wait()`.
        var result: Result<T, GraphvizError>?
        let done = DispatchSemaphore(value: 0)
    }

    static func run<T: Sendable>(timeout: Double?,
                                 _ work: @escaping @Sendable () throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        if let timeout, !(timeout > 0) { throw .invalidInput("timeout must be positive, not \(timeout)") }
        let outcome = Outcome<T>()
        start(name: "Graphviz layout") {
            outcome.result = Result { () throws(GraphvizError) -> T in try work() }
            outcome.done.signal()
        }
        if let timeout {
            if outcome.done.wait(timeout: .now() + timeout) == .timedOut { throw .timeout(seconds: timeout) }
        } else {
            outcome.done.wait()
        }
        return try outcome.result!.get()
    }

    /// Starts `work` on a new thread named `name`, with the large stack, and returns at once.
    static func start(name: String, _ work: @escaping @Sendable () -> Void) {
        let thread = Thread(block: work)
        thread.stackSize = stackSize
        thread.name = name
        thread.start()
    }
}
