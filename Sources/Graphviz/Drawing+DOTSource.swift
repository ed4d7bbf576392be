extension Drawing {
    /// The drawing as DOT text: deterministic (attributes sorted by name, objects in drawing
    /// order) and escaped so that every name and value reads back as exactly what was given.
    ///
    /// Names and values are written bare when they are DOT identifiers or numerals and are not
    /// keywords, and double-quoted otherwise (`"` becomes `\"`). HTML-like values are written
    /// between `<` and `>`. One limit comes from DOT itself: a raw string or name that ends in an
    /// odd run of backslashes, or has one just before a `"`, cannot be written; ``AttributeValue/text(_:)``
    /// never produces one.
    /// - Complexity: O(size of the drawing).
    public var dotSource: String {
        var out = ""
        out += isStrict ? "strict " : ""
        out += isDirected ? "digraph " : "graph "
        out += DOTSyntax.id(name)
        out += " {\n"
        let edgeOperator = isDirected ? " -> " : " -- "

        enum Step { case open(Subgraph, depth: Int), finish(Subgraph, depth: Int) }
        var root = body
        root.subgraphs = []
        var stack: [Step] = [.finish(body, depth: 1)]
        for sub in subgraphs.reversed() { stack.append(.open(sub, depth: 1)) }
        // The root's attributes and defaults come first, as for any subgraph.
        DOTSyntax.writeHeader(of: root, depth: 1, into: &out)
        while let step = stack.popLast() {
            switch step {
            case .open(let sub, let depth):
                let indent = String(repeating: "\t", count: depth)
                out += indent + "subgraph " + DOTSyntax.id(sub.name) + " {\n"
                DOTSyntax.writeHeader(of: sub, depth: depth + 1, into: &out)
                stack.append(.finish(sub, depth: depth + 1))
                for child in sub.subgraphs.reversed() { stack.append(.open(child, depth: depth + 1)) }
            case .finish(let sub, let depth):
                let indent = String(repeating: "\t", count: depth)
                for node in sub.nodes {
                    out += indent + DOTSyntax.id(node.name) + DOTSyntax.attributeList(node.attributes) + ";\n"
                }
                for edge in sub.edges {
                    out += indent + DOTSyntax.id(edge.tail) + edgeOperator + DOTSyntax.id(edge.head)
                    out += DOTSyntax.attributeList(edge.attributes) + ";\n"
                }
                out += String(repeating: "\t", count: depth - 1) + "}\n"
            }
        }
        return out
    }
}

/// Lexical rules of the DOT language, for writing.
enum DOTSyntax {
    static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// Writes a body's graph attributes and node/edge defaults.
    static func writeHeader(of sub: Drawing.Subgraph, depth: Int, into out: inout String) {
        let indent = String(repeating: "\t", count: depth)
        if !sub.attributes.isEmpty { out += indent + "graph" + attributeList(sub.attributes) + ";\n" }
        if !sub.nodeDefaults.isEmpty { out += indent + "node" + attributeList(sub.nodeDefaults) + ";\n" }
        if !sub.edgeDefaults.isEmpty { out += indent + "edge" + attributeList(sub.edgeDefaults) + ";\n" }
    }

    /// ` [a=b, c="d"]`, sorted by name, or nothing when empty.
    static func attributeList(_ attributes: Attributes) -> String {
        if attributes.isEmpty { return "" }
        let items = attributes.sorted { $0.key < $1.key }.map { id($0.key) + "=" + value($0.value) }
        return " [" + items.joined(separator: ", ") + "]"
    }

    static func value(_ value: AttributeValue) -> String {
        switch value {
        case .html(let markup): return "<" + markup + ">"
        case .text, .raw: return id(value.graphvizString)
        }
    }

    /// An identifier bare when DOT allows it, else double-quoted with `"` escaped.
    static func id(_ s: String) -> String {
        if isBareIdentifier(s) { return s }
        var out = "\""
        for scalar in s.unicodeScalars {
            if scalar == "\"" { out += "\\\"" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// Whether DOT's lexer reads `s`, written between quotes with `"` escaped, back as `s`.
    ///
    /// Graphviz's lexer keeps `\\` as two characters and turns `\"` into `"`, so a run of an odd
    /// number of backslashes just before a `"`, a newline or the end of the string cannot be
    /// written. ``AttributeValue/text(_:)`` never produces one.
    /// - Complexity: O(n).
    static func canQuote(_ s: String) -> Bool {
        var run = 0
        for scalar in s.unicodeScalars {
            if scalar == "\\" {
                run += 1
                continue
            }
            if run % 2 == 1, scalar == "\"" || scalar == "\n" { return false }
            run = 0
        }
        return run % 2 == 0
    }

    /// `[A-Za-z_][A-Za-z_0-9]*` that is not a keyword, or a numeral `-?(.[0-9]+ | [0-9]+(.[0-9]*)?)`.
    static func isBareIdentifier(_ s: String) -> Bool {
        let bytes = Array(s.utf8)
        guard let first = bytes.first else { return false }
        func isLetter(_ b: UInt8) -> Bool { (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
        func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        if isLetter(first) {
            return bytes.allSatisfy { isLetter($0) || isDigit($0) } && !keywords.contains(s.lowercased())
        }
        var i = first == 45 ? 1 : 0  // leading '-'
        var digits = 0
        var dots = 0
        while i < bytes.count {
            if isDigit(bytes[i]) { digits += 1 } else if bytes[i] == 46 { dots += 1 } else { return false }
            i += 1
        }
        return digits > 0 && dots <= 1
    }
}
