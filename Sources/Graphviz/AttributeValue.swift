/// The value of a Graphviz attribute: text shown as written, a DOT string with its escapes, or an
/// HTML-like label.
///
/// Graphviz reads most text attributes (`label`, `tooltip`, `URL`, ...) as *escString*s, in which
/// `\n`, `\l`, `\N` and friends have meanings. ``text(_:)`` keeps its text literal: backslashes are
/// doubled and newlines become centred line breaks, so a title such as `"a\b" -> {c}` is drawn
/// exactly as written. ``raw(_:)`` passes a DOT string through for callers that want the escapes.
public enum AttributeValue: Sendable, Hashable {
    /// Literal text: drawn exactly as given, with each newline a line break.
    case text(String)
    /// A DOT string used as it stands (escapes such as `\l` and `\N` keep their meaning).
    case raw(String)
    /// An HTML-like label (the markup between `<` and `>` in DOT); escape text inside it with
    /// ``escapeHTML(_:)``.
    case html(String)

    /// The string Graphviz stores for this value (an escString for ``text(_:)``).
    /// - Complexity: O(n) in the length of the text.
    public var graphvizString: String {
        switch self {
        case .text(let s): return Self.escString(literal: s)
        case .raw(let s), .html(let s): return s
        }
    }

    /// The text as given, before any escaping.
    var source: String {
        switch self {
        case .text(let s), .raw(let s), .html(let s): return s
        }
    }

    /// Whether the value is an HTML-like label.
    public var isHTML: Bool {
        if case .html = self { return true }
        return false
    }

    /// Text as an escString that Graphviz draws literally: `\` becomes `\\` and each line break
    /// (`\n`, `\r\n` or `\r`) becomes the centred line break `\n`.
    /// - Complexity: O(n).
    public static func escString(literal text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\n") }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }

    /// Text made safe inside an HTML-like label: `&`, `<`, `>`, `"` and `'` become entities and
    /// line breaks become `<BR/>` (with `breakingLines`; otherwise they stay, as an HTML page wants).
    /// - Complexity: O(n).
    public static func escapeHTML(_ text: String, breakingLines: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r" where breakingLines: out += "<BR/>"
            case "\n" where breakingLines: if !previousWasCR { out += "<BR/>" }
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}

extension AttributeValue: ExpressibleByStringLiteral {
    /// A string literal is literal ``text(_:)``.
    public init(stringLiteral value: String) { self = .text(value) }
}

/// Attributes by name. Writers emit them sorted by name, so output never depends on hashing.
public typealias Attributes = [String: AttributeValue]
