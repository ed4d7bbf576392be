/// Natural exponential and logarithm in pure Swift (the standard library has none without
/// Foundation or the C library).
///
/// Classic argument reduction followed by short series: `exp(x) = 2^k · exp(r)` with
/// `|r| ≤ ln 2 / 2` and a degree-14 Taylor polynomial; `log(x) = e·ln 2 + 2·atanh(s)` with the
/// mantissa in `[√½, √2)`, `s = (m-1)/(m+1)`, `|s| < 0.172`, and the atanh series to `s^25`.
/// Both are accurate to a few units in the last place, far below what the algorithms need.
/// See J.-M. Muller, "Elementary Functions: Algorithms and Implementation", 3rd ed., 2016,
/// doi:10.1007/978-1-4899-7983-4, chapter 11 (range reduction).
enum _Elementary {
    static let ln2Hi = 6.931_471_803_691_238_164_90e-01
    static let ln2Lo = 1.908_214_929_270_587_700_02e-10

    /// e^x. - Complexity: O(1).
    static func exp(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x > 709.78 { return .infinity }
        if x < -745.2 { return 0 }
        let k = (x / (ln2Hi + ln2Lo)).rounded()
        let r = (x - k * ln2Hi) - k * ln2Lo
        var term = 1.0, sum = 1.0
        for i in 1...14 {
            term *= r / Double(i)
            sum += term
        }
        // Scale by 2^k in two steps so subnormal results do not overflow the exponent field.
        let ki = Int(k)
        let half = ki / 2
        return sum * Double(sign: .plus, exponent: half, significand: 1) * Double(sign: .plus, exponent: ki - half, significand: 1)
    }

    /// Natural logarithm; `-inf` at 0, NaN below. - Complexity: O(1).
    static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x.isInfinite { return x }
        var e = Int(x.exponent)
        var m = x.significand  // in [1, 2)
        if m > 1.414_213_562_373_095_1 { m /= 2; e += 1 }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var term = s, sum = s
        var i = 3.0
        while i <= 25 {
            term *= s2
            sum += term / i
            i += 2
        }
        return Double(e) * ln2Hi + (Double(e) * ln2Lo + 2 * sum)
    }

    /// log(1 + x), accurate for small x. - Complexity: O(1).
    static func log1p(_ x: Double) -> Double {
        let u = 1 + x
        if u == 1 { return x }
        // Correct the rounding of 1 + x (Goldberg's trick).
        return log(u) * x / (u - 1)
    }
}
