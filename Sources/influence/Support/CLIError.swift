/// A user error: printed as one line on stderr, with a non-zero exit status.
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
