import PlanningDomain

extension FeedParser {
    /// Inflow, production, cancellations or occupied bed-days: either weekly counts (`vecka` + `antal`) or one row per event (`datum`, optional
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
        // Codes are interned to small integers so keys are cheap to hash for a million rows; files are usually
        // grouped by object, so the previous row's code is tried first.
        var codeIndex: [String: Int] = [:]
        var codes: [String] = []
        var lastCode = ""
        var lastInterned: Int?
        var result: [WeeklyCount] = []
        var positionByKey: [Int: Int] = [:]  // (code index << 32 | week key) → index in result
        var lineByPosition: [Int] = []
        result.reserveCapacity(table.estimatedRowCount)
        positionByKey.reserveCapacity(table.estimatedRowCount)
        rows { row in
            var row = row
            let code = row.text(objectIndex)
            var interned: Int?
            if code == lastCode, lastInterned != nil {
                interned = lastInterned
            } else if code.isEmpty {
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
            lastCode = code
            lastInterned = interned
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
            if let position = positionByKey[key] {
                if eventForm {
                    result[position].count += count
                } else {
                    row.fail(
                        weekIndex, week.description, .duplicateKey,
                        "Planeringsobjekt \(code) har redan en rad för \(week) (rad \(lineByPosition[position])). "
                            + "Varje planeringsobjekt och vecka får bara förekomma en gång; summera raderna.",
                        into: &issues)
                }
            } else {
                positionByKey[key] = result.count
                lineByPosition.append(row.line)
                result.append(WeeklyCount(planningObjectCode: codes[interned], week: week, count: count))
            }
        }
        var batch = RegionDataBatch()
        batch.setCounts(result, of: series)
        return batch
    }
}
