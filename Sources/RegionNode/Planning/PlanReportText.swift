public import NodeStore
public import PlanningDomain

/// Swedish text for planners: the plan, its balance and a scenario comparison.
public enum PlanReportText {
    /// `plan create`'s summary.
    public static func created(_ report: PlanCreateReport, name: String) -> String {
        let plan = report.plan
        var lines = [
            "Produktionsplan \(report.planID) \"\(name)\" för \(plan.scope) skapad som version 1 (utkast).",
            "Veckor: \(plan.weekCount) (\(plan.startWeek) till \(plan.endWeek))",
            "Planeringsobjekt: \(plan.objectCodes.count)",
            "Total volym: \(PlanTextFormat.number(plan.grandTotal, decimals: 0))",
        ]
        if report.objectsWithoutForecast > 0 {
            lines.append("\(report.objectsWithoutForecast) planeringsobjekt saknar prognos och ingår inte.")
        }
        if report.filledWeeks > 0 {
            lines.append(
                "\(report.filledWeeks) objektveckor ligger bortom prognosens horisont och fick prognosens medelvärde.")
        }
        return lines.joined(separator: "\n")
    }

    /// `plan show`: versions, agreements, history, totals per quarter, goals and actions.
    public static func show(
        _ plan: StoredPlan, version: PlanVersion, deviations: [GoalDeviation]
    ) -> String {
        var lines = [
            "Produktionsplan \(plan.id) \"\(plan.name)\" för \(plan.versions.scope), skapad \(plan.createdAt) av "
                + "\(plan.createdBy).",
            "Versioner:",
        ]
        for item in plan.versions.versions {
            let parent = item.parent.map { ", från version \($0)" } ?? ""
            let awaiting =
                item.status == .proposed
                ? "; väntar på \(item.awaitingLevels.map(\.swedishName).joined(separator: " och "))" : ""
            lines.append("  Version \(item.number): \(item.status.swedishName)\(parent)\(awaiting)")
            for event in item.agreements {
                lines.append(
                    "    Godkänd på \(event.actor.level.swedishName) av \(event.actor.userID) \(event.timestamp)")
            }
        }
        lines.append("Historik för version \(version.number):")
        for event in version.history {
            let comment = event.comment.isEmpty ? "" : " – \(event.comment)"
            lines.append(
                "  \(event.timestamp) \(event.actor.userID) (\(event.actor.level.swedishName)): "
                    + "\(describe(event.kind))\(comment)")
        }
        lines.append("Volym per kvartal (version \(version.number)):")
        for (quarter, total) in version.plan.quarterlyTotals().sorted(by: { $0.key < $1.key }) {
            lines.append(
                "  \(PlanTextFormat.pad(quarter.swedishLabel, 18)) \(PlanTextFormat.number(total, decimals: 0))")
        }
        lines.append("  Totalt             \(PlanTextFormat.number(version.plan.grandTotal, decimals: 0))")
        let actions = plan.actions[version.number] ?? []
        if !actions.isEmpty {
            lines.append("Balanseringsåtgärder:")
            for (index, action) in actions.enumerated() {
                lines.append("  \(index + 1). \(PlanActionConversion.describe(action))")
            }
        }
        if !plan.goals.isEmpty {
            lines.append("Produktionsmål:")
            if deviations.isEmpty { lines.append("  Planen stämmer med målen.") }
            for deviation in deviations { lines.append("  Varning: \(deviation.message)") }
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ kind: PlanEvent.Kind) -> String {
        switch kind {
        case .created(let parent): parent.map { "skapade versionen från version \($0)" } ?? "skapade versionen"
        case .edited(let edit):
            switch edit {
            case let .setVolume(object, week, value):
                "ändrade \(object) \(week) till \(PlanTextFormat.number(value))"
            default: "ändrade planen"
            }
        case .proposed: "föreslog versionen"
        case .agreed(let level): "godkände på \(level.swedishName)"
        case .rejected: "avvisade förslaget"
        case .superseded(let newer): "ersattes av version \(newer)"
        }
    }

    /// `plan balance`: limiting resources, the worst shortfalls and totals per resource.
    public static func balance(_ report: PlanBalanceReport) -> String {
        var lines = ["Balansering av version \(report.version) (kapacitetsbehov mot tillgänglig kapacitet)."]
        if !report.actions.isEmpty {
            lines.append("Med \(report.actions.count) balanseringsåtgärder:")
            for action in report.actions { lines.append("  - \(PlanActionConversion.describe(action))") }
        }
        lines.append("Begränsande resurser (nyttjande över 95 %):")
        if report.limiting.isEmpty { lines.append("  Inga.") }
        for item in report.limiting.prefix(15) {
            let share = item.utilisation.isFinite ? PlanTextFormat.percent(item.utilisation) : "behov utan kapacitet"
            lines.append(
                "  \(PlanTextFormat.pad(item.period.swedishLabel, 18)) \(PlanTextFormat.pad(item.resourceCode, 6)) "
                    + "nyttjande \(share), \(item.gap < 0 ? "underskott" : "marginal") "
                    + "\(PlanTextFormat.number(abs(item.gap), decimals: 0)) \(item.measure.swedishName)")
        }
        lines.append("Största underskotten per enhet, resurs och period (högst 15):")
        if report.shortfalls.isEmpty { lines.append("  Inga underskott.") }
        for item in report.shortfalls {
            lines.append(
                "  \(PlanTextFormat.pad(item.unitCode, 16)) \(PlanTextFormat.pad(item.resourceCode, 6)) "
                    + "\(PlanTextFormat.pad(item.gap.period.swedishLabel, 18)) behov "
                    + "\(PlanTextFormat.number(item.gap.need, decimals: 0)), tillgängligt "
                    + "\(PlanTextFormat.number(item.gap.available, decimals: 0)), underskott "
                    + "\(PlanTextFormat.number(-item.gap.gap, decimals: 0)) \(item.gap.measure.swedishName)")
        }
        lines.append("Totalt per resurs över planperioden:")
        lines.append("  Resurs  Tillgängligt        Behov   Underskott före   Underskott efter åtgärder")
        for total in report.totals {
            lines.append(
                "  \(PlanTextFormat.pad(total.resourceCode, 6)) "
                    + "\(PlanTextFormat.padLeft(PlanTextFormat.number(total.available, decimals: 0), 13)) "
                    + "\(PlanTextFormat.padLeft(PlanTextFormat.number(total.need, decimals: 0), 12)) "
                    + "\(PlanTextFormat.padLeft(PlanTextFormat.number(-total.shortfallBefore, decimals: 0), 17)) "
                    + "\(PlanTextFormat.padLeft(PlanTextFormat.number(-total.shortfallAfter, decimals: 0), 18)) "
                    + total.measure.swedishName)
        }
        lines += sourceLines(report.sources)
        lines += capacityLines(report.capacityWeeks)
        lines += warningLines(report.warnings)
        return lines.joined(separator: "\n")
    }

    /// `plan scenario`: baseline and scenario side by side.
    public static func scenario(_ comparison: ScenarioComparison) -> String {
        let width = 22
        func row(_ label: String, _ baseline: Double, _ scenario: Double, percent: Bool = false) -> String {
            let format = { (value: Double) in
                percent ? PlanTextFormat.percent(value) : PlanTextFormat.number(value, decimals: 0)
            }
            let change =
                percent ? PlanTextFormat.number((scenario - baseline) * 100) + " p.e." : format(scenario - baseline)
            return "  \(PlanTextFormat.pad(label, 34)) \(PlanTextFormat.padLeft(format(baseline), width)) "
                + "\(PlanTextFormat.padLeft(format(scenario), width)) \(PlanTextFormat.padLeft(change, 14))"
        }
        func row(_ label: String, _ pair: ScenarioComparison.Pair, percent: Bool = false) -> String {
            row(label, pair.baseline, pair.scenario, percent: percent)
        }
        var lines = [
            "Scenario jämfört med utgångsläget",
            "  \(PlanTextFormat.pad("", 34)) \(PlanTextFormat.padLeft("Utgångsläge", width)) "
                + "\(PlanTextFormat.padLeft("Scenario", width)) \(PlanTextFormat.padLeft("Förändring", 14))",
            "  Utgångsläge: \(comparison.baselineName)",
            "  Scenario: \(comparison.scenarioName)",
            "Produktion:",
            row("Produktionsbehov", comparison.productionNeed),
            row("Levererad produktion", comparison.deliveredProduction),
            "Underskott per resurs (summa av veckornas underskott):",
        ]
        for gap in comparison.resourceGaps where gap.shortfall.baseline != 0 || gap.shortfall.scenario != 0 {
            lines.append(
                row(
                    "\(gap.resourceCode) (\(gap.measure.swedishName))", -gap.shortfall.baseline, -gap.shortfall.scenario
                ))
        }
        if !comparison.waitingLists.isEmpty {
            var waiting = (baseline: 0.0, scenario: 0.0)
            var within = (baseline: 0.0, scenario: 0.0)
            for list in comparison.waitingLists {
                waiting.baseline += list.waiting.baseline
                waiting.scenario += list.waiting.scenario
                within.baseline += list.waiting.baseline * list.shareWithinLimit.baseline
                within.scenario += list.waiting.scenario * list.shareWithinLimit.scenario
            }
            lines.append("Väntelista vid periodens slut (från senaste väntelisteögonblicksbilden):")
            lines.append(row("Väntande totalt", waiting.baseline, waiting.scenario))
            lines.append(
                row(
                    "Andel väntat högst 90 dagar", waiting.baseline > 0 ? within.baseline / waiting.baseline : 1,
                    waiting.scenario > 0 ? within.scenario / waiting.scenario : 1, percent: true))
            for list in comparison.waitingLists.sorted(by: { abs($0.waiting.change) > abs($1.waiting.change) })
                .prefix(10)
            {
                lines.append(row("  \(list.name): väntande", list.waiting))
                lines.append(row("  \(list.name): inom 90 dagar", list.shareWithinLimit, percent: true))
            }
        }
        lines += warningLines(comparison.warnings)
        return lines.joined(separator: "\n")
    }

    /// The first five warnings, and how many more there are.
    static func warningLines(_ warnings: [String]) -> [String] {
        warnings.prefix(5).map { "Varning: \($0)" }
            + (warnings.count > 5 ? ["… och \(warnings.count - 5) varningar till."] : [])
    }

    /// One line describing a stored balancing action.
    public static func describe(_ action: PlanActionRecord) -> String {
        PlanActionConversion.describe(action)
    }

    /// `plan days`.
    public static func days(_ plan: DailyPlan) -> String {
        var lines = ["Dagsplan för \(plan.object) vecka \(plan.week): \(PlanTextFormat.number(plan.total)) totalt"]
        for day in plan.days {
            lines.append(
                "  \(PlanTextFormat.pad(day.date.weekday.swedishName, 8)) \(day.date)  \(PlanTextFormat.number(day.volume))"
            )
        }
        for holiday in plan.removedHolidays {
            lines.append("  Stängt \(holiday.date): \(holiday.holiday.swedishName)")
        }
        return lines.joined(separator: "\n")
    }
}
