/// The Swedish notes that explain fallbacks to planners.
enum SelectionNotes {
    /// "5 veckor", "1 månad".
    static func periods(_ count: Int, _ frequency: SeriesFrequency) -> String {
        switch frequency {
        case .weekly: count == 1 ? "1 vecka" : "\(count) veckor"
        case .monthly: count == 1 ? "1 månad" : "\(count) månader"
        }
    }

    static let empty = "Serien saknar observationer: prognosen är noll."
    static let allZero = "Serien innehåller bara nollor: prognosen är noll, med intervall utan bredd."
    static let single = "Serien har bara en observation: den används som prognos för alla perioder."

    static func tooShort(_ count: Int, _ frequency: SeriesFrequency) -> String {
        "För kort serie för backtest (\(periods(count, frequency))): medelvärdet används."
    }

    static func tooShortPinned(_ count: Int, _ frequency: SeriesFrequency, method: String) -> String {
        "För kort serie för backtest (\(periods(count, frequency))): den låsta metoden \(method) används utan "
            + "utvärdering."
    }

    static func fewOrigins(_ count: Int, _ frequency: SeriesFrequency, used: Int, configured: Int) -> String {
        "Kort serie (\(periods(count, frequency))): modellen valdes på \(used) av \(configured) backtestpunkter."
    }

    static func noneEvaluated(_ count: Int, _ frequency: SeriesFrequency) -> String {
        "Ingen metod kunde utvärderas i backtest (\(periods(count, frequency))): medelvärdet används."
    }

    static func unknownPinned(_ method: String) -> String {
        "Den låsta metoden \(method) finns inte bland metoderna: modellen väljs automatiskt."
    }

    static func replaced(_ failed: String, by used: String) -> String {
        "Metoden \(failed) gav ingen prognos på hela serien: \(used) används i stället."
    }

    static let allFailed = "Ingen metod gav en prognos på hela serien: medelvärdet används."
}
