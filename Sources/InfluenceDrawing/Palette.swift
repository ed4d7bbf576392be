/// Colours of the influence drawing: the Okabe–Ito palette, safe for the common forms of colour
/// blindness, plus greys.
///
/// Reference: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people" (2008), jfly.uni-koeln.de/color/.
public enum Palette {
    public static let orange = RGB(0xE6, 0x9F, 0x00)
    public static let skyBlue = RGB(0x56, 0xB4, 0xE9)
    public static let bluishGreen = RGB(0x00, 0x9E, 0x73)
    public static let yellow = RGB(0xF0, 0xE4, 0x42)
    public static let blue = RGB(0x00, 0x72, 0xB2)
    public static let vermillion = RGB(0xD5, 0x5E, 0x00)
    public static let reddishPurple = RGB(0xCC, 0x79, 0xA7)
    public static let black = RGB(0x00, 0x00, 0x00)
    public static let white = RGB(0xFF, 0xFF, 0xFF)

    public static let ink = RGB(0x22, 0x22, 0x22)
    public static let darkGrey = RGB(0x44, 0x44, 0x44)
    public static let grey = RGB(0x80, 0x80, 0x80)
    public static let lightGrey = RGB(0xBB, 0xBB, 0xBB)
    public static let paleGrey = RGB(0xF2, 0xF2, 0xF2)

    /// An 8-bit sRGB colour.
    public struct RGB: Sendable, Hashable, CustomStringConvertible {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#rrggbb`, as Graphviz reads it.
        public var description: String {
            let digits = Array("0123456789abcdef")
            var s = "#"
            for byte in [red, green, blue] {
                s.append(digits[Int(byte >> 4)])
                s.append(digits[Int(byte & 0xF)])
            }
            return s
        }

        /// The colour a fraction `t` (clamped to 0...1) of the way towards `other`, in sRGB.
        /// - Complexity: O(1).
        public func mixed(with other: RGB, _ t: Double) -> RGB {
            let t = t.isNaN ? 0 : min(1, max(0, t))
            func channel(_ a: UInt8, _ b: UInt8) -> UInt8 {
                UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
            }
            return RGB(channel(red, other.red), channel(green, other.green), channel(blue, other.blue))
        }

        /// Luma in `0...1` (ITU-R BT.601 weights of the sRGB channels), to choose between dark
        /// and light text on this colour.
        public var luma: Double {
            (0.299 * Double(red) + 0.587 * Double(green) + 0.114 * Double(blue)) / 255
        }
    }
}
