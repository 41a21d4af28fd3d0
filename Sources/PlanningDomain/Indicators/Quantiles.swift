/// Sample quantiles by Hyndman and Fan's type 7, the default of R's `quantile()` and of NumPy and Excel's
/// `PERCENTILE.INC`, so curators can check the national figures in the tools they know.
///
/// For n sorted values x₁ ≤ … ≤ xₙ and probability p: h = (n − 1)·p (0-based), and the quantile is
/// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]). For 1…10 the quartiles are 3.25, 5.5 and 7.75.
public enum Quantiles {
    /// The type-7 quantile of `values` (any order) at `probability` in 0…1; nil for no values, a probability
    /// outside 0…1, or a value that is not finite.
    public static func type7(_ values: [Double], probability: Double) -> Double? {
        guard !values.isEmpty, probability >= 0, probability <= 1, values.allSatisfy(\.isFinite) else { return nil }
        return type7(sorted: values.sorted(), probability: probability)
    }

    /// The type-7 quantile of ascending, finite, non-empty `sorted` at `probability` in 0…1.
    static func type7(sorted: [Double], probability: Double) -> Double {
        let h = Double(sorted.count - 1) * probability
        let lower = Int(h.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (h - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
