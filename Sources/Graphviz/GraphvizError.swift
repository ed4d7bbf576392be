/// A failure of Graphviz, with the C function that failed and what Graphviz said.
public enum GraphvizError: Error, Sendable, Hashable, CustomStringConvertible {
    /// `function` (e.g. `agmemread`, `gvLayout`, `gvRenderData`) failed; `message` holds
    /// Graphviz's own messages (possibly with a hint of ours appended).
    case failed(function: String, message: String)
    /// Layout and rendering did not finish within `seconds`. The C call cannot be cancelled: it
    /// keeps running on its thread and holds Graphviz until it ends, so the caller should exit.
    case timeout(seconds: Double)
    /// The input cannot be handed to Graphviz (for example text containing a NUL character).
    case invalidInput(String)

    /// The failing C function, if any.
    public var function: String? {
        if case .failed(let function, _) = self { return function }
        return nil
    }

    /// Graphviz's message, or ours for timeouts and invalid input.
    public var message: String {
        switch self {
        case .failed(_, let message): return message
        case .timeout(let seconds): return "layout and rendering did not finish within \(seconds) s"
        case .invalidInput(let reason): return reason
        }
    }

    public var description: String {
        switch self {
        case .failed(let function, let message): return "\(function): \(message)"
        case .timeout, .invalidInput: return message
        }
    }
}
