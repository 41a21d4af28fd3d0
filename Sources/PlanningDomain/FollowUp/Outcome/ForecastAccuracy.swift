/// How well a forecast matched what happened, over a number of weeks. The error of a week is
/// actual − forecast, so a positive ``bias`` means the forecast was too low (demand was underestimated).
///
/// Fractions are fractions: 0.12 means 12 %.
public struct ForecastAccuracy: Hashable, Sendable, Codable {
    /// Weeks compared.
    public var weekCount: Int
    /// Mean absolute error (MAE), in the series' unit per week.
    public var meanAbsoluteError: Double
    /// Mean absolute percentage error (MAPE) as a fraction, over the weeks with a non-zero actual value; nil
    /// when every actual value was zero.
    public var meanAbsolutePercentageError: Double?
    /// Weeks left out of the MAPE because the actual value was zero (a percentage of zero is undefined).
    public var weeksWithoutPercentageError: Int
    /// Weighted absolute percentage error (Σ|error| / Σ|actual|), robust to weeks with small actual values; nil
    /// when the actual values sum to zero.
    public var weightedAbsolutePercentageError: Double?
    /// Mean signed error (actual − forecast): positive when the forecast was too low.
    public var bias: Double
    /// Bias relative to the mean actual value (Σ error / Σ actual) as a fraction; nil when the actual values sum
    /// to zero.
    public var relativeBias: Double?

    /// Computes the accuracy of forecast (`planned`) against `actual` for each week; nil for no weeks.
    public init?(_ weeks: [PlannedActual]) {
        guard !weeks.isEmpty else { return nil }
        let count = Double(weeks.count)
        let errors = weeks.map(\.deviation)
        let actualSum = weeks.reduce(0) { $0 + $1.actual }
        let absoluteActualSum = weeks.reduce(0) { $0 + abs($1.actual) }
        let withActual = weeks.filter { $0.actual != 0 }
        weekCount = weeks.count
        meanAbsoluteError = errors.reduce(0) { $0 + abs($1) } / count
        meanAbsolutePercentageError =
            withActual.isEmpty
            ? nil : withActual.reduce(0) { $0 + abs($1.deviation / $1.actual) } / Double(withActual.count)
        weeksWithoutPercentageError = weeks.count - withActual.count
        weightedAbsolutePercentageError =
            absoluteActualSum == 0 ? nil : errors.reduce(0) { $0 + abs($1) } / absoluteActualSum
        bias = errors.reduce(0, +) / count
        relativeBias = actualSum == 0 ? nil : errors.reduce(0, +) / actualSum
    }

    /// A Swedish sentence on the direction of the bias, e.g. "Prognosen låg i snitt 3,5 per vecka för lågt."
    public var swedishBiasSentence: String {
        if bias == 0 { return "Prognosen låg i snitt rätt." }
        let amount = FollowUpFormat.decimal(abs(bias))
        return "Prognosen låg i snitt \(amount) per vecka för \(bias > 0 ? "lågt" : "högt")."
    }
}
