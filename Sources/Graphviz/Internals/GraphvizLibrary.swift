import CGraphviz
import Foundation

/// Process-wide access to Graphviz: one `GVC_t`, created on first use and never freed, one lock
/// around every call into cgraph and gvc, and the messages Graphviz reports while the lock is held.
///
/// Graphviz is not thread-safe (not even with one context per thread), and creating and freeing
/// contexts leaks and reads freed font data, hence one context and one lock for the process.
enum GraphvizLibrary {
    private static let lock = NSLock()
    /// The context; read and written only under `lock`.
    nonisolated(unsafe) private static var context: OpaquePointer?
    /// Bytes of the messages reported since the lock was taken; only under `lock`.
    nonisolated(unsafe) fileprivate static var messageBytes: [UInt8] = []
    /// Whether a message of level "Error" arrived since the last `takeErrorFlag`; only under `lock`.
    nonisolated(unsafe) fileprivate static var sawError = false

    /// Runs `body` with the lock held and the context created. Every `CGraph` must be created and
    /// released inside one such call.
    static func withLock<T>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        messageBytes.removeAll(keepingCapacity: true)
        sawError = false
        let gvc: OpaquePointer
        if let existing = context {
            gvc = existing
        } else {
            cgraphviz_capture_errors(captureGraphvizMessage)
            guard let created = gvContext() else {
                throw .failed(function: "gvContext", message: takeMessages() ?? "could not create a Graphviz context")
            }
            context = created
            gvc = created
        }
        return try body(gvc)
    }

    /// The messages Graphviz reported since the lock was taken (or the last call), trimmed; nil if
    /// there were none. Clears them. Call only under the lock.
    static func takeMessages() -> String? {
        let text = String(decoding: messageBytes, as: UTF8.self)
        messageBytes.removeAll(keepingCapacity: true)
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Whether an error (not only a warning) was reported since the last call; resets.
    /// Call only under the lock.
    static func takeErrorFlag() -> Bool {
        defer { sawError = false }
        return sawError
    }
}

/// Receives Graphviz's messages, which arrive in pieces ("Error", ": ", text). Called only from
/// inside Graphviz calls, that is with `GraphvizLibrary`'s lock held.
private func captureGraphvizMessage(_ text: UnsafeMutablePointer<CChar>?) -> Int32 {
    guard let text else { return 0 }
    let count = strlen(text)
    if strcmp(text, "Error") == 0 { GraphvizLibrary.sawError = true }
    text.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
        GraphvizLibrary.messageBytes.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
    }
    return Int32(clamping: count)
}
