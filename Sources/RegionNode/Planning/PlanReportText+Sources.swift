import PlanningDomain

extension PlanReportText {
    /// Where resource use came from: counts per origin, and every manual figure with who, when and why.
    static func sourceLines(_ sources: [ResourceUseSource]) -> [String] {
        let pairs = sources.filter { $0.objectCode == nil }
        let estimated = pairs.filter { $0.origin.kind == "history" }.count
        let manual = sources.filter { $0.origin.kind == "manual" }
        var lines = [
            "Resursåtgång: \(estimated) av \(pairs.count) enhet–resurs-par skattade från historik, "
                + "manuellt satta värden: \(manual.count), övriga från standardvärden."
        ]
        for source in manual {
            let target = source.objectCode.map { "\(source.unitCode)/\($0)" } ?? source.unitCode
            lines.append("  \(target) \(source.resourceCode): \(source.origin.swedishDescription)")
        }
        return lines
    }

    /// Which plan weeks' capacity came from the imported capacity plan and which were projected, as week ranges.
    static func capacityLines(_ weeks: [PlanCapacityWeek]) -> [String] {
        guard !weeks.isEmpty else { return [] }
        var lines = ["Tillgänglig kapacitet per vecka:"]
        var start = 0
        for index in 1...weeks.count where index == weeks.count || weeks[index].source != weeks[start].source {
            let first = weeks[start]
            let last = weeks[index - 1]
            let range = start == index - 1 ? "\(first.week)" : "\(first.week)–\(last.week)"
            var detail = first.source.swedishLabel
            if first.source == .mixed {
                detail +=
                    " (\(first.fromPlan) enhet–resurs-par från planen, "
                    + "\(first.fromEarlierYear + first.fromRecentMean) framskrivna)"
            } else if first.source == .projected {
                detail +=
                    first.fromRecentMean == 0
                    ? " (samma vecka föregående år)" : " (samma vecka föregående år eller medel av senaste 8 veckor)"
            }
            lines.append("  \(range): \(detail)")
            start = index
        }
        if weeks.contains(where: { $0.source == .projected || $0.source == .mixed }) {
            lines.append(
                "  Framskrivna veckor är antaganden: importera en kapacitetsplan (kapacitet-filen med kommande "
                    + "veckor) för att planera med bemanning, semester och stängda veckor.")
        }
        return lines
    }
}
