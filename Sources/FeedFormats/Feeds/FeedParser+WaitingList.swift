import PlanningDomain

extension FeedParser {
    /// A waiting-list extract: one row per waiting entry, no identity. The snapshot date comes from an
    /// `uttagsdatum` column (a file may hold several snapshots) or from the command line.
    func parseWaitingList(
        _ columns: ColumnMap, _ rows: Rows, _ table: some FeedTable, _ issues: inout IssueCollector
    ) -> RegionDataBatch {
        let objectIndex = columns.index(of: FeedColumns.objectCode)!
        let sinceIndex = columns.index(of: FeedColumns.waitingSince)!
        let targetIndex = columns.index(of: FeedColumns.targetDate)
        let priorityIndex = columns.index(of: FeedColumns.entryPriority)
        let snapshotIndex = columns.index(of: FeedColumns.snapshotDate)
        if snapshotIndex == nil && snapshotDate == nil {
            issues.add(
                line: table.headerLine, column: nil, value: nil, .missingColumn,
                "Uttagsdatum saknas: lägg till kolumnen uttagsdatum (ÅÅÅÅ-MM-DD) eller ange "
                    + "--snapshot-date ÅÅÅÅ-MM-DD vid importen.")
            return RegionDataBatch()
        }
        var entriesByDate: [CivilDate: [WaitingEntry]] = [:]
        var internedCodes: [String: String] = [:]
        rows { row in
            var row = row
            let object = knownObject(&row, objectIndex, &internedCodes, &issues)
            let since = row.date(sinceIndex, required: true, into: &issues)
            let target = targetIndex.flatMap { row.date($0, required: false, into: &issues) }
            let priorityText = priorityIndex.map { row.text($0) } ?? ""
            if priorityText.count > 20 {
                row.fail(priorityIndex, priorityText, .tooLong, "Prioritet får vara högst 20 tecken.", into: &issues)
            }
            let snapshot = snapshotIndex.map { row.date($0, required: true, into: &issues) } ?? snapshotDate
            if let since, let snapshot, since > snapshot {
                row.fail(
                    sinceIndex, since.description, .inconsistentRow,
                    "Väntan kan inte börja efter uttagsdatum \(snapshot). Kontrollera datumen.", into: &issues)
            }
            if let since, let target, target < since {
                row.fail(
                    targetIndex, target.description, .inconsistentRow,
                    "Medicinskt måldatum ligger före väntestart \(since). Kontrollera datumen.", into: &issues)
            }
            guard !row.failed, let object, let since, let snapshot else { return }
            entriesByDate[snapshot, default: []].append(
                WaitingEntry(
                    planningObjectCode: object, waitingSince: since, medicalTargetDate: target,
                    priority: priorityText.isEmpty ? nil : priorityText))
        }
        var batch = RegionDataBatch()
        batch.waitingSnapshots = entriesByDate.keys.sorted().map {
            WaitingListSnapshot(date: $0, entries: entriesByDate[$0]!)
        }
        return batch
    }
}
