#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How output should look where it goes: colour and width for a terminal, plain when piped.
struct Terminal: Sendable {
    /// Whether ANSI colour and emphasis may be used.
    let colors: Bool
    /// Columns available for a line of text.
    let width: Int
    /// Whether progress may be shown on stderr.
    let showsProgress: Bool

    /// The terminal of standard output; colour only on a terminal and never with `NO_COLOR` set.
    static func standardOutput() -> Terminal {
        let tty = isatty(STDOUT_FILENO) == 1
        let noColor = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        var width = 100
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 20 {
            width = columns
        } else if tty {
            var size = winsize()
            if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { width = Int(size.ws_col) }
        }
        return Terminal(colors: tty && !noColor && !dumb, width: width, showsProgress: isatty(STDERR_FILENO) == 1)
    }

    func bold(_ s: String) -> String { colors ? "\u{1B}[1m\(s)\u{1B}[0m" : s }
    func dim(_ s: String) -> String { colors ? "\u{1B}[2m\(s)\u{1B}[0m" : s }
    func accent(_ s: String) -> String { colors ? "\u{1B}[36m\(s)\u{1B}[0m" : s }
    func relation(_ s: String) -> String { colors ? "\u{1B}[33m\(s)\u{1B}[0m" : s }
    func warning(_ s: String) -> String { colors ? "\u{1B}[35m\(s)\u{1B}[0m" : s }

    /// `text` cut to `limit` characters with an ellipsis.
    func truncate(_ text: String, to limit: Int) -> String {
        guard limit > 1, text.count > limit else { return text }
        return String(text.prefix(limit - 1)) + "…"
    }

    /// Wraps `text` into lines of at most `width - indent` characters, each prefixed by `indent` spaces.
    func wrap(_ text: String, indent: Int, firstIndent: Int? = nil) -> String {
        let room = max(30, width - indent)
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !line.isEmpty, line.count + 1 + word.count > room {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.enumerated().map { i, l in
            String(repeating: " ", count: i == 0 ? (firstIndent ?? indent) : indent) + l
        }.joined(separator: "\n")
    }
}

/// Writes to standard error.
func printError(_ message: String) {
    var stderr = StandardError()
    print(message, to: &stderr)
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        writeAll(STDERR_FILENO, Array(string.utf8))
    }
}

/// Writes every byte to a file descriptor, retrying short writes.
@discardableResult
func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
            let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }
}

/// A progress line on stderr, shown only when stderr is a terminal; rewritten in place.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private var last = 0.0
    init(enabled: Bool) { self.enabled = enabled }

    func update(_ message: String) {
        guard enabled else { return }
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        let now = Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
        guard now - last > 0.1 else { return }
        last = now
        writeAll(STDERR_FILENO, Array("\r\u{1B}[2K\(message)".utf8))
    }

    func finish() {
        guard enabled, last > 0 else { return }
        writeAll(STDERR_FILENO, Array("\r\u{1B}[2K".utf8))
    }
}

/// "1 paper", "2 papers".
func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
}
