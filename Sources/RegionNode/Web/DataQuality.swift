import Foundation
import NodeStore
import PlanningDomain

/// The data-quality problems the node can see in its own data, with what to do about each.
enum DataQuality {
    /// One problem.
    struct Problem: Sendable, Hashable {
        var area: String
        var problem: String
        var remedy: String
    }

    /// Most codes listed in one sentence; the rest are counted.
    static let listed = 8

    static func problems(_ context: PageContext) throws -> [Problem] {
        let store = context.store
        let visible = Set(context.visibleObjects.map(\.code))
        var result: [Problem] = []
        if context.master.units.isEmpty {
            result.append(
                Problem(
                    area: "Organisation", problem: "Ingen organisation är importerad.",
                    remedy: "Importera enheter.csv, resurser.csv och planeringsobjekt.csv."))
            return result
        }
        let summary = try store.summary()
        let withoutInflow = try store.objectsWithoutActivity(.inflow).filter(visible.contains)
        if !withoutInflow.isEmpty {
            result.append(
                Problem(
                    area: "Inflöde",
                    problem: "\(withoutInflow.count) planeringsobjekt saknar inflöde: \(codes(withoutInflow)).",
                    remedy: "Importera inflödet för objekten, eller ta bort objekt som inte används."))
        }
        let withoutProduction = try store.objectsWithoutActivity(.production).filter(visible.contains)
        if !withoutProduction.isEmpty {
            result.append(
                Problem(
                    area: "Produktion",
                    problem:
                        "\(withoutProduction.count) planeringsobjekt saknar produktion: \(codes(withoutProduction)).",
                    remedy: "Utan produktionshistorik uppskattas resursåtgången med standardvärden. Importera utfallet."
                ))
        }
        let methods = try store.latestForecastMethods()
        let withoutForecast = visible.subtracting(methods.keys).subtracting(withoutInflow).sorted()
        if !withoutForecast.isEmpty {
            result.append(
                Problem(
                    area: "Prognos",
                    problem:
                        "\(withoutForecast.count) planeringsobjekt med inflöde saknar prognos: \(codes(withoutForecast)).",
                    remedy: "Kör prognosen (balans forecast) efter importen."))
        }
        // One line per distinct note: a short history gives every object the same note.
        var noted: [String: [String]] = [:]
        for (code, method) in methods where visible.contains(code) {
            if let note = method.note { noted[note, default: []].append(code) }
        }
        for (note, objects) in noted.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            let sorted = objects.sorted()
            result.append(
                Problem(
                    area: "Prognos",
                    problem: sorted.count == 1
                        ? "\(sorted[0]): \(note)" : "\(sorted.count) planeringsobjekt (\(codes(sorted))): \(note)",
                    remedy: "Se objektets prognossida; längre historik ger en säkrare modellval."))
        }
        if let inflowEnd = summary.inflow.lastWeek {
            if let capacityEnd = summary.capacity.lastWeek, capacityEnd < inflowEnd {
                result.append(
                    Problem(
                        area: "Kapacitet",
                        problem: "Kapaciteten slutar \(capacityEnd), inflödet \(inflowEnd).",
                        remedy: "Importera en aktuell kapacitetsfil; planer räknar annars med äldre veckor."))
            } else if summary.capacity.lastWeek == nil {
                result.append(
                    Problem(
                        area: "Kapacitet", problem: "Ingen kapacitet är importerad.",
                        remedy: "Importera kapacitet.csv; utan den kan planer inte balanseras."))
            }
            if let productionEnd = summary.production.lastWeek, productionEnd < inflowEnd {
                result.append(
                    Problem(
                        area: "Produktion", problem: "Produktionen slutar \(productionEnd), inflödet \(inflowEnd).",
                        remedy: "Importera produktionen för de senaste veckorna."))
            }
        }
        if summary.waitingSnapshots.isEmpty {
            result.append(
                Problem(
                    area: "Väntelista", problem: "Ingen väntelista är importerad.",
                    remedy: "Importera en väntelista (vantelista.csv) för att kunna projicera väntetider."))
        }
        result += networkIndicatorGaps(summary, context: context)
        return result
    }

    /// The network's indicators the node cannot compute for want of a feed (they are then not sent at all).
    private static func networkIndicatorGaps(_ summary: RegionSummary, context: PageContext) -> [Problem] {
        var gaps: [(feed: String, indicators: String)] = []
        if summary.cancellations.rowCount == 0 {
            gaps.append(("strykningar (strykningar.csv)", "strykningar och andel strykningar"))
        }
        let inpatient = context.master.planningObjects.contains { $0.contactType == .inpatient }
        if inpatient, summary.occupiedBedDays.rowCount == 0 {
            gaps.append(("belagda vårddagar (belagda_vårddagar.csv)", "beläggningsgrad"))
        }
        if summary.completedWaits.rowCount == 0 {
            gaps.append(("genomförda (genomforda.csv)", "andel behandlade inom 90 dagar"))
        }
        if !context.master.resources.contains(where: \.isLimiting) {
            gaps.append(
                (
                    "begränsande resurser (kolumnen begränsande i resurser.csv)",
                    "nyttjandegrad för begränsande kapacitet"
                ))
        }
        return gaps.map { gap in
            Problem(
                area: "Nätverkets indikatorer",
                problem: "Ingen data för \(gap.feed): \(gap.indicators) kan inte räknas.",
                remedy: "Importera \(gap.feed); indikatorn skickas till hubben först när data finns.")
        }
    }

    private static func codes(_ codes: [String]) -> String {
        let shown = codes.prefix(listed).joined(separator: ", ")
        return codes.count > listed ? "\(shown) och \(codes.count - listed) till" : shown
    }
}
