/// Sine, cosine and arcsine in pure Swift, because PlanningDomain may not import Foundation (or Glibc).
///
/// Accuracy: after reducing the argument to [-π, π] the Taylor series is summed until its terms vanish, so the
/// functions agree with the C library to within a few units in the last place for the arguments the exchange
/// uses (latitudes and longitudes in radians, |x| ≤ π). Arcsine uses the series on [0, ½] and the identity
/// asin x = π/2 − 2·asin √((1 − x)/2) above it, with the same accuracy. They are not meant for huge arguments.
enum SphericalTrigonometry {
    static let pi = 3.141_592_653_589_793_238_46

    /// sin x, to about 1e-15 for |x| ≤ a few thousand radians.
    static func sin(_ x: Double) -> Double {
        let reduced = reduce(x)
        var term = reduced
        var sum = reduced
        var n = 1.0
        // The terms fall below 1e-17 of the sum within ~20 steps for |x| ≤ π.
        while abs(term) > 1e-18 * max(1, abs(sum)) {
            term *= -reduced * reduced / ((2 * n) * (2 * n + 1))
            sum += term
            n += 1
        }
        return sum
    }

    /// cos x, via sin(x + π/2).
    static func cos(_ x: Double) -> Double {
        sin(x + pi / 2)
    }

    /// asin x for x in [-1, 1]; values outside are clamped (rounding can push haversine a hair above 1).
    static func asin(_ x: Double) -> Double {
        let clamped = min(1, max(-1, x))
        if clamped < 0 { return -asin(-clamped) }
        if clamped > 0.5 { return pi / 2 - 2 * asin(((1 - clamped) / 2).squareRoot()) }
        // asin x = Σ (2n)! / (4ⁿ (n!)² (2n+1)) x^(2n+1); for x ≤ ½ each term is at most ¼ of the previous.
        var power = clamped
        var coefficient = 1.0
        var sum = clamped
        var n = 0.0
        while true {
            coefficient *= (2 * n + 1) / (2 * n + 2)
            power *= clamped * clamped
            let term = coefficient * power / (2 * n + 3)
            if term < 1e-18 * max(1e-300, sum) { break }
            sum += term
            n += 1
        }
        return sum
    }

    /// Brings x into [-π, π] by subtracting whole turns.
    private static func reduce(_ x: Double) -> Double {
        let turn = 2 * pi
        let turns = (x / turn).rounded()
        return x - turns * turn
    }
}
