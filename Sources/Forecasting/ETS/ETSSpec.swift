/// One model of the exponential smoothing state-space family (Hyndman et al. 2008): error, trend and season
/// components, written like R's `forecast::ets` ("ETS(M,Ad,M)").
public struct ETSSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How the error enters the observation equation.
    public enum Error: String, Sendable, Hashable, Codable, CaseIterable {
        /// Additive error: y = ŷ + ε.
        case additive = "A"
        /// Multiplicative error: y = ŷ (1 + ε); only for strictly positive data.
        case multiplicative = "M"
    }

    /// The trend component (multiplicative trend is deliberately not offered: it extrapolates explosively).
    public enum Trend: String, Sendable, Hashable, Codable, CaseIterable {
        /// No trend.
        case none = "N"
        /// Additive (linear) trend, optionally damped.
        case additive = "A"
    }

    /// The seasonal component.
    public enum Season: String, Sendable, Hashable, Codable, CaseIterable {
        /// No season.
        case none = "N"
        /// Additive season.
        case additive = "A"
        /// Multiplicative season; only for strictly positive data.
        case multiplicative = "M"
    }

    /// Error type.
    public var error: Error
    /// Trend type.
    public var trend: Trend
    /// Season type.
    public var season: Season
    /// Whether the trend is damped (ignored without a trend).
    public var damped: Bool

    /// Creates a specification; `damped` is dropped when there is no trend.
    public init(error: Error, trend: Trend, season: Season, damped: Bool = false) {
        self.error = error
        self.trend = trend
        self.season = season
        self.damped = trend == .none ? false : damped
    }

    /// Simple exponential smoothing, ETS(A,N,N).
    public static let simple = ETSSpec(error: .additive, trend: .none, season: .none)
    /// Holt's linear trend, ETS(A,A,N).
    public static let holt = ETSSpec(error: .additive, trend: .additive, season: .none)
    /// Damped trend, ETS(A,Ad,N).
    public static let damped = ETSSpec(error: .additive, trend: .additive, season: .none, damped: true)
    /// Additive Holt–Winters, ETS(A,A,A).
    public static let holtWintersAdditive = ETSSpec(error: .additive, trend: .additive, season: .additive)
    /// Multiplicative Holt–Winters, ETS(M,A,M).
    public static let holtWintersMultiplicative = ETSSpec(
        error: .multiplicative, trend: .additive, season: .multiplicative)

    /// "ETS(A,Ad,M)".
    public var description: String {
        "ETS(\(error.rawValue),\(trend.rawValue)\(damped ? "d" : ""),\(season.rawValue))"
    }

    /// Whether the model needs strictly positive data.
    public var needsPositiveData: Bool { error == .multiplicative || season == .multiplicative }

    /// Smoothing and damping parameters estimated: α, plus β, γ, φ as present.
    var smoothingParameterCount: Int {
        1 + (trend == .none ? 0 : 1) + (season == .none ? 0 : 1) + (damped ? 1 : 0)
    }

    /// Every model the automatic selection may consider, in a fixed order: additive error with no or additive
    /// season, multiplicative error with any season (the `restrict = TRUE` set of `forecast::ets` without
    /// multiplicative trend).
    static let automaticCandidates: [ETSSpec] = {
        var specs: [ETSSpec] = []
        for error in Error.allCases {
            for season in Season.allCases {
                if error == .additive && season == .multiplicative { continue }
                for (trend, damped) in [(Trend.none, false), (.additive, false), (.additive, true)] {
                    specs.append(ETSSpec(error: error, trend: trend, season: season, damped: damped))
                }
            }
        }
        return specs
    }()
}
