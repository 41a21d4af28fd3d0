public import Forecasting
import Foundation
public import NodeStore
import PlanningDomain

/// The Swedish text `balans forecast --explain` prints: the backtest that chose the model, and the forecast.
public enum ForecastExplainText {
    /// One object's latest forecast.
    public static func render(_ stored: StoredForecast, weeksShown: Int = 12) -> String {
        var lines: [String] = []
        lines.append("Planeringsobjekt \(stored.objectCode) (enhet \(stored.unitCode))")
        lines.append(
            "Prognoskörning \(stored.runID), \(stored.runFinishedAt); \(stored.historyWeeks) veckors historik; "
                + "indata \(stored.inputFingerprint)")
        let how = stored.pinned ? "låst av planerare" : "vald genom backtest (lägst MASE)"
        lines.append("Metod: \(stored.method) \(stored.methodVersion) – \(stored.model), \(how)")
        if !stored.parameters.isEmpty {
            let shown = stored.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\(number($0.value, 3))" }
            lines.append("Parametrar: \(shown.joined(separator: ", "))")
        }
        if let note = stored.note { lines.append("Obs: \(note)") }
        lines.append("")
        if stored.scores.isEmpty {
            lines.append("Ingen backtest (för kort historik).")
        } else {
            let origins = stored.scores.map(\.origins).max() ?? 0
            lines.append("Backtest med rullande startpunkt (\(origins) startpunkter), bäst först:")
            lines.append(row(["", "metod", "MASE", "sMAPE", "bias", "täckn. 80 %", "täckn. 95 %"]))
            for score in stored.scores {
                lines.append(
                    row([
                        score.chosen ? "*" : "", score.method, optional(score.mase, 2), optional(score.smape, 1),
                        optional(score.bias, 2), percent(score.coverage80), percent(score.coverage95),
                    ]))
            }
        }
        lines.append("")
        lines.append(contentsOf: forecastTable(weeks: stored.weeks, forecast: stored.forecast, shown: weeksShown))
        return lines.joined(separator: "\n")
    }

    /// A unit's forecast as the sum of its planning objects' latest forecasts.
    public static func renderAggregate(
        unitCode: String, unitName: String, forecasts: [StoredForecast], weeksShown: Int = 12
    ) -> String {
        let sum = BottomUpAggregation.sum(forecasts.map(\.forecast))
        var lines = ["Enhet \(unitCode) \(unitName): summan av \(forecasts.count) planeringsobjekts senaste prognoser"]
        let methods = Dictionary(grouping: forecasts, by: \.method).mapValues(\.count).sorted { $0.value > $1.value }
        lines.append("Metoder: " + methods.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        lines.append("")
        lines.append(contentsOf: forecastTable(weeks: forecasts.first?.weeks ?? [], forecast: sum, shown: weeksShown))
        return lines.joined(separator: "\n")
    }

    static func forecastTable(weeks: [ISOWeek], forecast: ModelForecast, shown: Int) -> [String] {
        var lines = ["Prognos (de första \(min(shown, weeks.count)) av \(weeks.count) veckor):"]
        lines.append(row(["", "vecka", "medel", "80 %-intervall", "95 %-intervall"]))
        let q = StandardQuantiles.levels.map { forecast.quantile($0) ?? forecast.mean }
        for step in 0..<min(shown, weeks.count, forecast.horizon) {
            lines.append(
                row([
                    "", weeks[step].description, number(forecast.mean[step], 1),
                    "\(number(q[1][step], 1))–\(number(q[3][step], 1))",
                    "\(number(q[0][step], 1))–\(number(q[4][step], 1))",
                ]))
        }
        return lines
    }

    private static func row(_ cells: [String]) -> String {
        let widths = [1, 18, 9, 9, 9, 17, 17]
        return zip(cells, widths).map { cell, width in
            cell.count >= width ? cell + " " : cell + String(repeating: " ", count: width - cell.count + 1)
        }.joined().trimmingTrailingSpaces()
    }

    /// Swedish decimal comma.
    static func number(_ value: Double, _ decimals: Int) -> String {
        guard value.isFinite else { return "–" }
        var text = String(format: "%.\(decimals)f", value)
        if Double(text) == 0 { text = String(format: "%.\(decimals)f", 0.0) }
        return text.replacingDot()
    }

    private static func optional(_ value: Double?, _ decimals: Int) -> String {
        value.map { number($0, decimals) } ?? "–"
    }

    private static func percent(_ value: Double?) -> String { value.map { "\(Int(($0 * 100).rounded())) %" } ?? "–" }
}

extension String {
    fileprivate func replacingDot() -> String { String(map { $0 == "." ? "," : $0 }) }

    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
