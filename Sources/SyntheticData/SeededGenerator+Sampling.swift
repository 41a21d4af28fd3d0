import Foundation

// Sampling routines on top of the raw 64-bit stream. Foundation is imported for `exp`, `log`, `cos` and `sqrt`
// only; the algorithms are fixed here so that output does not depend on the standard library's versions.
extension SeededGenerator {
    /// Uniform in [0, 1), with 53 random bits.
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// Uniform in [lower, upper).
    mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        lower + (upper - lower) * uniform()
    }

    /// Uniform integer in 0..<bound (bound > 0), by multiply-and-shift (bias below 2⁻³² for our bounds).
    mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        uniform() < probability
    }

    /// Standard normal, by Box–Muller (one value per call; the second is discarded for simplicity).
    mutating func normal() -> Double {
        let u1 = 1 - uniform()  // (0, 1]: keeps log finite
        let u2 = uniform()
        return sqrt(-2 * log(u1)) * cos(2 * Double.pi * u2)
    }

    /// A log-normal multiplier with mean 1 and log-scale standard deviation `sigma`.
    mutating func noiseFactor(sigma: Double) -> Double {
        exp(sigma * normal() - sigma * sigma / 2)
    }

    /// Poisson with mean `mean`: Knuth's multiplication method for small means, a rounded normal
    /// approximation for large ones (where the difference is invisible in weekly counts).
    mutating func poisson(_ mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var count = 0
            var product = uniform()
            while product > limit {
                count += 1
                product *= uniform()
            }
            return count
        }
        return max(0, Int((mean + sqrt(mean) * normal()).rounded()))
    }

    /// Over-dispersed counts (Poisson–log-normal, close to a negative binomial): real referral counts vary
    /// more than Poisson because of batches, staffing of the referring units and local events.
    mutating func overdispersedCount(mean: Double, sigma: Double = 0.12) -> Int {
        poisson(mean * noiseFactor(sigma: sigma))
    }
}
