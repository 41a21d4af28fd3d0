import PlanningDomain

extension FeedParser {
    /// Completed waits (genomförda): one row per visit or treatment performed for a patient who waited for it,
    /// with the planning object, the day the wait started and the day the care was given. No identity.
    func parseCompletedWaits(_ columns: ColumnMap, _ rows: Rows, _ issues: inout IssueCollector) -> RegionDataBatch {
        let objectIndex = columns.index(of: FeedColumns.objectCode)!
        let sinceIndex = columns.index(of: FeedColumns.waitingSince)!
        let performedIndex = columns.index(of: FeedColumns.performedOn)!
        var waits: [CompletedWait] = []
        var internedCodes: [String: String] = [:]
        rows { row in
            var row = row
            let object = knownObject(&row, objectIndex, &internedCodes, &issues)
            let since = row.date(sinceIndex, required: true, into: &issues)
            let performed = row.date(performedIndex, required: true, into: &issues)
            if let since, let performed, performed < since {
                row.fail(
                    performedIndex, performed.description, .inconsistentRow,
                    "Utförd före väntestart \(since). Kontrollera datumen (utförd ska vara samma dag eller senare).",
                    into: &issues)
            }
            guard !row.failed, let object, let since, let performed else { return }
            waits.append(CompletedWait(planningObjectCode: object, waitingSince: since, performedOn: performed))
        }
        var batch = RegionDataBatch()
        batch.completedWaits = waits
        return batch
    }
}

extension FeedParser {
    /// The planning-object code at `index` when it is known (interned, so a million rows share a few hundred
    /// strings); a missing or unknown code fails the row with the fix.
    func knownObject(
        _ row: inout RowContext, _ index: Int, _ interned: inout [String: String], _ issues: inout IssueCollector
    ) -> String? {
        let code = row.text(index)
        if let existing = interned[code] { return existing }
        if code.isEmpty {
            row.fail(index, nil, .missingValue, "Planeringsobjekt saknas.", into: &issues)
            return nil
        }
        guard known.planningObjects.contains(code) else {
            row.fail(
                index, code, .unknownReference,
                "Okänt planeringsobjekt. Importera det först (planeringsobjekt-filen) eller rätta koden.",
                into: &issues)
            return nil
        }
        interned[code] = code
        return code
    }
}
