public import PlanningDomain

/// The built-in candidate sets for automatic selection.
public enum BuiltInMethods {
    /// The standard candidates for `frequency`, simplest first (ties in the backtest go to the earlier one).
    ///
    /// Weekly: naive, seasonal naive, moving average, Croston-SBA (only applies to intermittent series), ETS,
    /// Theta, the Swedish weekly model and the combination of ETS, Theta and the Swedish weekly model.
    /// Monthly: seasonal naive, ETS, Theta and the combination of ETS, Theta and seasonal naive.
    public static func candidates(
        for frequency: SeriesFrequency, lowProduction: LowProductionCalendar = .standard
    ) -> [any ForecastMethod] {
        switch frequency {
        case .weekly:
            let swedish = SwedishWeeklyMethod(lowProduction: lowProduction)
            return [
                NaiveMethod(), SeasonalNaiveMethod(), MovingAverageMethod(), CrostonMethod(), ETSMethod(),
                ThetaMethod(), swedish, CombinationMethod(components: [ETSMethod(), ThetaMethod(), swedish]),
            ]
        case .monthly:
            return [
                SeasonalNaiveMethod(), ETSMethod(), ThetaMethod(),
                CombinationMethod(components: [ETSMethod(), ThetaMethod(), SeasonalNaiveMethod()]),
            ]
        }
    }
}
