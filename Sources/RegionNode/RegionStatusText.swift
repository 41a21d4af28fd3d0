public import NodeStore
import PlanningDomain

/// The Swedish summary `balans status` prints.
public enum RegionStatusText {
    /// Renders a summary as aligned lines.
    public static func render(_ summary: RegionSummary) -> String {
        var lines: [String] = []
        let levels = OrganisationLevel.allCases.map { "\(summary.unitsByLevel[$0] ?? 0) \($0.swedishName)" }
        lines.append("Enheter:            \(summary.unitCount) (\(levels.joined(separator: ", ")))")
        lines.append("Planeringsobjekt:   \(summary.planningObjectCount)")
        lines.append("Resurser:           \(summary.resourceCount)")
        lines.append("Inflöde:            \(series(summary.inflow, unit: "patienter"))")
        lines.append("Produktion:         \(series(summary.production, unit: "utförda"))")
        lines.append("Strykningar:        \(series(summary.cancellations, unit: "strukna"))")
        lines.append("Belagda vårddagar:  \(series(summary.occupiedBedDays, unit: "vårddagar"))")
        if summary.waitingSnapshots.isEmpty {
            lines.append("Väntelista:         inga ögonblicksbilder")
        } else {
            let shown = summary.waitingSnapshots.map { "\($0.date): \(grouped($0.entryCount)) väntande" }
            lines.append("Väntelista:         \(summary.waitingSnapshots.count) ögonblicksbilder")
            for text in shown { lines.append("                    \(text)") }
        }
        lines.append("Genomförda:         \(series(summary.completedWaits, unit: "efter väntan"))")
        lines.append("Kapacitet:          \(series(summary.capacity, unit: "tillgängligt (resursens mått)"))")
        lines.append(
            "Importer:           \(summary.importRunCount)" + (summary.lastImportAt.map { ", senast \($0)" } ?? ""))
        return lines.joined(separator: "\n")
    }

    private static func series(_ coverage: SeriesCoverage, unit: String) -> String {
        guard let first = coverage.firstWeek, let last = coverage.lastWeek else { return "inga rader" }
        return "\(grouped(coverage.rowCount)) rader, \(coverage.weekCount) veckor \(first)–\(last), "
            + "totalt \(grouped(Int(coverage.total.rounded()))) \(unit)"
    }

    /// 1234567 → "1 234 567" (Swedish digit grouping with a space).
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(" ") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
