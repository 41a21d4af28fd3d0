public import PlanningDomain

/// `plan resource-use` output for planners: the table, and a sentence for a change.
public enum ResourceUseText {
    /// One line per (unit, resource) — and per object with its own figure — with estimate, override and origin.
    public static func table(_ rows: [ResourceUseRow]) -> String {
        guard !rows.isEmpty else {
            return "Ingen resursåtgång att visa: importera planeringsobjekt, resurser och kapacitet först."
        }
        var lines = [
            "Resursåtgång per producerad enhet (kapacitetsåtgång). Minuter för resurser i timmar, vårddagar per "
                + "vårdtillfälle för vårdplatser.",
            "  " + PlanTextFormat.pad("Enhet", 16) + " " + PlanTextFormat.pad("Resurs", 7)
                + PlanTextFormat.padLeft("Skattad", 9) + PlanTextFormat.padLeft("Manuell", 9)
                + PlanTextFormat.padLeft("RMSE h/v", 10) + "  Källa",
        ]
        for row in rows {
            let target = row.objectCode.map { "\(row.unitCode)/\($0)" } ?? row.unitCode
            lines.append(
                "  " + PlanTextFormat.pad(target, 16) + " " + PlanTextFormat.pad(row.resourceCode, 7)
                    + PlanTextFormat.padLeft(row.estimate.map { PlanTextFormat.number($0) } ?? "–", 9)
                    + PlanTextFormat.padLeft(row.override.map { PlanTextFormat.number($0) } ?? "–", 9)
                    + PlanTextFormat.padLeft(row.rootMeanSquareError.map { PlanTextFormat.number($0) } ?? "–", 10)
                    + "  " + (row.origin?.swedishDescription ?? "–"))
        }
        lines.append(
            "Ändra med balans plan resource-use set --unit ENHET --resource RESURS --minutes N --reason \"...\"; "
                + "återgå till skattningen med balans plan resource-use clear.")
        return lines.joined(separator: "\n")
    }

    /// The confirmation of a set override.
    public static func set(_ override: ResourceUseOverride, measure: ResourceMeasure) -> String {
        let target = override.objectCode.map { "\(override.unitCode)/\($0)" } ?? override.unitCode
        return "Resursåtgången för \(target) \(override.resourceCode) är nu \(PlanTextFormat.number(override.value)) "
            + "\(ResourceUseRow.figureUnit(measure)) (satt av \(override.setBy), \(override.setAt): "
            + "\(override.reason)). Alla planers balansering och scenarier använder värdet från nu."
    }
}
