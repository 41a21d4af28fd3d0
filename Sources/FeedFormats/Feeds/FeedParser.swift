public import PlanningDomain

/// Turns an import table into typed region data, checking every row and collecting every problem.
///
/// Pure: no I/O. The result either has no issues and a batch ready to store, or issues and nothing to store —
/// callers never store a partly valid file.
public struct FeedParser: Sendable {
    /// Master data references are checked against.
    public var known: KnownCodes
    /// At most this many issues are listed per file; the rest are counted.
    public var issueCap: Int
    /// Snapshot date for waiting-list files without an `uttagsdatum` column.
    public var snapshotDate: CivilDate?

    /// Creates a parser.
    public init(known: KnownCodes, snapshotDate: CivilDate? = nil, issueCap: Int = 100) {
        self.known = known
        self.snapshotDate = snapshotDate
        self.issueCap = issueCap
    }

    /// Parses `table` as `kind`. `progress` is called now and then with the number of rows read.
    public func parse(
        _ table: some FeedTable, as kind: FeedKind, progress: (Int) -> Void = { _ in }
    ) -> FeedParseResult {
        var issues = IssueCollector(file: table.sourceName, cap: issueCap)
        guard let columns = ColumnMap.resolve(table: table, kind: kind, issues: &issues) else {
            return FeedParseResult(
                kind: kind, batch: RegionDataBatch(), rowCount: 0, issues: issues.issues,
                omittedIssueCount: issues.omitted, ignoredColumns: [])
        }
        var scan = IdentityScan()
        let labels = ColumnLabels(table)
        var rowCount = 0
        let rows: (((RowContext) -> Void) -> Void) = { handle in
            table.forEachRow { line, fields in
                rowCount += 1
                if rowCount & 0xFFFF == 0 { progress(rowCount) }
                scan.check(fields, line: line)
                handle(RowContext(line: line, fields: fields, labels: labels))
            }
        }
        var batch: RegionDataBatch
        switch kind {
        case .units: batch = parseUnits(columns, rows, &issues)
        case .planningObjects: batch = parsePlanningObjects(columns, rows, &issues)
        case .resources: batch = parseResources(columns, rows, &issues)
        case .inflow, .production, .cancellations, .occupiedBedDays:
            batch = parseActivity(kind.activitySeries!, columns, rows, table, &issues)
        case .waitingList: batch = parseWaitingList(columns, rows, table, &issues)
        case .completedWaits: batch = parseCompletedWaits(columns, rows, &issues)
        case .capacity: batch = parseCapacity(columns, rows, table, &issues)
        }
        progress(rowCount)
        for (column, firstLine) in scan.hits.sorted(by: { $0.key < $1.key }) {
            issues.add(
                FeedIssue(
                    file: table.sourceName, line: firstLine, column: table.columnLabel(column), value: nil,
                    code: .personalIdentityNumber,
                    message: "Kolumnen innehåller personnummer (värdet visas inte). Balans lagrar aldrig "
                        + "personidentitet: ta bort kolumnen ur exporten och importera igen."))
        }
        if !issues.isEmpty { batch = RegionDataBatch() }
        return FeedParseResult(
            kind: kind, batch: batch, rowCount: rowCount, issues: issues.issues, omittedIssueCount: issues.omitted,
            ignoredColumns: columns.ignored)
    }
}

/// Finds personal identity numbers in any cell, remembering the first line per column.
struct IdentityScan {
    var hits: [Int: Int] = [:]

    mutating func check(_ fields: [String], line: Int) {
        for (index, field) in fields.enumerated() where PersonalIdentityNumberDetector.matches(field) {
            if hits[index] == nil { hits[index] = line }
        }
    }
}

/// What parsing one file gave.
public struct FeedParseResult: Sendable {
    /// The feed the file was read as.
    public var kind: FeedKind
    /// The data, empty when there are issues.
    public var batch: RegionDataBatch
    /// Data rows read.
    public var rowCount: Int
    /// Problems found, capped.
    public var issues: [FeedIssue]
    /// Problems beyond the cap.
    public var omittedIssueCount: Int
    /// Header columns the feed does not use (reported, not an error).
    public var ignoredColumns: [String]

    /// True when the file can be stored.
    public var isValid: Bool { issues.isEmpty && omittedIssueCount == 0 }
}
