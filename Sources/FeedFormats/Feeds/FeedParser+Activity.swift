import PlanningDomain

extension FeedParser {
    /// Inflow or production: either weekly counts (`vecka` + `antal`) or one row per event (`datum`, optional
    /// `antal`), which are summed per planning object and ISO week.
    func parseActivity(
        _ series: ActivitySeries, _ columns: ColumnMap, _ rows: Rows, _ table: some FeedTable,
        _ issues: inout IssueCollector
    ) -> RegionDataBatch {
        let objectIndex = columns.index(of: FeedColumns.objectCode)!
        let weekIndex = columns.index(of: FeedColumns.week)
        let countIndex = columns.index(of: FeedColumns.count)
        let dateIndex = columns.index(of: FeedColumns.eventDate)
        let eventForm: Bool
        switch (weekIndex, countIndex, dateIndex) {
        case (.some, .some, nil): eventForm = false
        case (nil, _, .some): eventForm = true
        case (.some, _, .some):
            issues.add(
                line: table.headerLine, column: nil, value: nil, .ambiguousColumns,
                "Filen har både vecka och datum. Använd antingen vecka + antal (veckosummor) eller datum "
                    + "(en rad per händelse), inte båda.")
            return RegionDataBatch()
        default:
            issues.add(
                line: table.headerLine, column: nil, value: nil, .missingColumn,
                "Kolumner saknas: ange antingen vecka och antal (veckosummor), eller datum (en rad per händelse). "
                    + "Rubrikraden innehåller: \(table.header.joined(separator: " | ")).")
            return RegionDataBatch()
        }
        // Codes are interned to small integers so keys are cheap to hash for a million rows.
        var codeIndex: [String: Int] = [:]
        var codes: [String] = []
        var counts: [Int: Int] = [:]  // (code index << 32 | week key) → count
        var lineByKey: [Int: Int] = [:]
        var order: [Int] = []
        counts.reserveCapacity(table.estimatedRowCount)
        rows { row in
            var row = row
            let code = row.text(objectIndex)
            var interned: Int?
            if code.isEmpty {
                row.fail(objectIndex, nil, .missingValue, "Planeringsobjekt saknas.", into: &issues)
            } else if let existing = codeIndex[code] {
                interned = existing
            } else if known.planningObjects.contains(code) {
                interned = codes.count
                codeIndex[code] = codes.count
                codes.append(code)
            } else {
                row.fail(
                    objectIndex, code, .unknownReference,
                    "Okänt planeringsobjekt. Importera det först (planeringsobjekt-filen) eller rätta koden.",
                    into: &issues)
            }
            let week: ISOWeek?
            let count: Int?
            if eventForm {
                week = row.date(dateIndex!, required: true, into: &issues).map { ISOWeek(containing: $0) }
                count = countIndex.map { row.count($0, defaultValue: 1, into: &issues) } ?? 1
            } else {
                week = row.week(weekIndex!, into: &issues)
                count = row.count(countIndex!, into: &issues)
            }
            guard !row.failed, let interned, let week, let count else { return }
            let key = interned << 32 | week.key
            if eventForm {
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += count
            } else if let earlier = lineByKey[key] {
                row.fail(
                    weekIndex, week.description, .duplicateKey,
                    "Planeringsobjekt \(code) har redan en rad för \(week) (rad \(earlier)). "
                        + "Varje planeringsobjekt och vecka får bara förekomma en gång; summera raderna.",
                    into: &issues)
            } else {
                lineByKey[key] = row.line
                counts[key] = count
                order.append(key)
            }
        }
        var result: [WeeklyCount] = []
        result.reserveCapacity(order.count)
        for key in order {
            result.append(
                WeeklyCount(
                    planningObjectCode: codes[key >> 32], week: ISOWeek(key: key & 0xFFFF_FFFF)!, count: counts[key]!))
        }
        var batch = RegionDataBatch()
        if series == .inflow { batch.inflow = result } else { batch.production = result }
        return batch
    }
}
