import Foundation

/// Stable identifiers for entries and mined nodes.
public enum Slug {
    /// A lowercase ASCII slug: letters and digits kept (diacritics folded), every other run of
    /// characters one hyphen. "DALL·E 2" → "dall-e-2", "Tülu" → "tulu", "NVIDIA Nemotron 3" → "nvidia-nemotron-3".
    ///
    /// Entry ids and the ids of mined systems share it, so a system named like an entry gets that id.
    /// - Complexity: O(n) in the length of the text.
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            var base = scalar
            if !scalar.isASCII {
                let decomposed = String(scalar).decomposedStringWithCanonicalMapping
                if let first = decomposed.unicodeScalars.first, first.isASCII { base = first }
            }
            let isWordScalar = base.isASCII && (("a"..."z").contains(base) || ("A"..."Z").contains(base) || ("0"..."9").contains(base))
            if isWordScalar {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                // ASCII: "A"..."Z" lowercase by setting one bit.
                out.unicodeScalars.append(("A"..."Z").contains(base) ? Unicode.Scalar(UInt8(base.value) | 0x20) : base)
            } else if scalar.properties.isAlphabetic {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out += String(scalar).lowercased()
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? "entry" : out
    }
}
