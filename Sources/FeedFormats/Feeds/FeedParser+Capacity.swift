import PlanningDomain

extension FeedParser {
    /// Available capacity per unit, resource and week: `planerad` directly, or computed as
    /// antal_personer × tjänstgöringsgrad × timmar_per_heltid; minus `frånvaro`.
    func parseCapacity(
        _ columns: ColumnMap, _ rows: Rows, _ table: some FeedTable, _ issues: inout IssueCollector
    ) -> RegionDataBatch {
        let unitIndex = columns.index(of: FeedColumns.unitCode)!
        let resourceIndex = columns.index(of: FeedColumns.resourceCode)!
        let weekIndex = columns.index(of: FeedColumns.week)!
        let plannedIndex = columns.index(of: FeedColumns.planned)
        let headcountIndex = columns.index(of: FeedColumns.headcount)
        let fteIndex = columns.index(of: FeedColumns.fte)
        let hoursIndex = columns.index(of: FeedColumns.hoursPerFullTime)
        let absenceIndex = columns.index(of: FeedColumns.absence)
        let matrixForm = headcountIndex != nil && fteIndex != nil && hoursIndex != nil
        guard plannedIndex != nil || matrixForm else {
            issues.add(
                line: table.headerLine, column: nil, value: nil, .missingColumn,
                "Kapacitet saknas: ange kolumnen planerad, eller antal_personer, tjänstgöringsgrad och "
                    + "timmar_per_heltid (kompetensmatris).")
            return RegionDataBatch()
        }
        var batch = RegionDataBatch()
        var lineByKey: [String: Int] = [:]
        rows { row in
            var row = row
            let unit = row.requiredText(unitIndex, FeedColumns.unitCode, into: &issues, maxLength: 40)
            if !unit.isEmpty, known.units[unit] == nil {
                row.fail(
                    unitIndex, unit, .unknownReference, "Okänd enhet. Importera enheten först eller rätta koden.",
                    into: &issues)
            }
            let resource = row.requiredText(resourceIndex, FeedColumns.resourceCode, into: &issues, maxLength: 40)
            if !resource.isEmpty, known.resources[resource] == nil {
                row.fail(
                    resourceIndex, resource, .unknownReference,
                    "Okänd resurs. Importera resursen (resurser-filen) först eller rätta koden.", into: &issues)
            }
            let week = row.week(weekIndex, into: &issues)
            var planned: Double?
            if let plannedIndex, !row.text(plannedIndex).isEmpty || !matrixForm {
                planned = row.amount(plannedIndex, into: &issues)
            } else if matrixForm {
                let headcount = row.amount(headcountIndex!, into: &issues)
                var fte = row.amount(fteIndex!, into: &issues)
                // "80 %" or a number above 1.5 is a percentage; "0,8" is a share.
                if let share = fte, share > 1.5 || row.text(fteIndex!).contains("%") {
                    if share <= 100 {
                        fte = share / 100  // given in percent
                    } else {
                        row.fail(
                            fteIndex, row.text(fteIndex!), .invalidNumber,
                            "Tjänstgöringsgrad ska vara en andel 0–1 eller procent 0–100.", into: &issues)
                    }
                }
                let hours = row.amount(hoursIndex!, into: &issues)
                if let headcount, let fte, let hours { planned = headcount * fte * hours }
            }
            let absence = absenceIndex.map { row.amount($0, defaultValue: 0, into: &issues) } ?? 0
            if let planned, let absence, absence > planned + 1e-9 {
                row.fail(
                    absenceIndex, row.text(absenceIndex!), .inconsistentRow,
                    "Frånvaron (\(CSVWriter.decimal(absence))) är större än planerad kapacitet "
                        + "(\(CSVWriter.decimal(planned))). Frånvaro kan högst vara lika med planerad kapacitet.",
                    into: &issues)
            }
            guard !row.failed, let week, let planned, let absence else { return }
            let key = "\(unit)\u{1F}\(resource)\u{1F}\(week.key)"
            if let earlier = lineByKey[key] {
                row.fail(
                    weekIndex, week.description, .duplicateKey,
                    "Enhet \(unit), resurs \(resource) och vecka \(week) finns redan på rad \(earlier). "
                        + "Summera raderna till en.", into: &issues)
                return
            }
            lineByKey[key] = row.line
            batch.capacity.append(
                CapacityRecord(unitCode: unit, resourceCode: resource, week: week, planned: planned, absence: absence))
        }
        return batch
    }
}
