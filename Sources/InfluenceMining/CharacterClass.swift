/// The character classes the miner asks about, with a fast path for ASCII.
///
/// `Character.isUppercase` and its kin look each character up in the standard library's Unicode
/// tables; corpus text is mostly ASCII, where a comparison of the byte answers the same.
extension Character {
    /// `isUppercase`.
    var isUpper: Bool {
        if let a = asciiValue { return a >= 0x41 && a <= 0x5A }
        return isUppercase
    }

    /// `isLowercase`.
    var isLower: Bool {
        if let a = asciiValue { return a >= 0x61 && a <= 0x7A }
        return isLowercase
    }

    /// `isLetter`.
    var isAlpha: Bool {
        if let a = asciiValue { return (a | 0x20) >= 0x61 && (a | 0x20) <= 0x7A }
        return isLetter
    }

    /// `isNumber`.
    var isDigit: Bool {
        if let a = asciiValue { return a >= 0x30 && a <= 0x39 }
        return isNumber
    }

    /// `isWhitespace`.
    var isSpace: Bool {
        if let a = asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
        return isWhitespace
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, with a fast path for ASCII.
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// `properties.isUppercase`, with a fast path for ASCII.
    var isUpper: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// A digit or other number (`properties.numericType` set), with a fast path for ASCII.
    var isDigit: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }
}
