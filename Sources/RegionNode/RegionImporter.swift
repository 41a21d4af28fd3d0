public import FeedFormats
public import Foundation
public import NodeStore
import PlanningDomain

/// Imports region data files into a node database: every file is read and checked first, every problem is
/// reported at once, and only when there are none is everything stored, in one transaction.
public struct RegionImporter: Sendable {
    private let store: NodeStore
    private let progress: any ImportProgress
    private let now: @Sendable () -> Date

    /// Creates an importer. `now` is injected so tests control the import log's timestamps.
    public init(store: NodeStore, progress: any ImportProgress = SilentProgress(), now: @escaping @Sendable () -> Date)
    {
        self.store = store
        self.progress = progress
        self.now = now
    }

    /// Imports `requests` as one unit of work.
    ///
    /// - Throws: ``FeedValidationError`` listing every problem in every file; nothing is stored then.
    public func run(_ requests: [ImportRequest], options: ImportOptions = ImportOptions()) throws -> ImportReport {
        var issues: [FeedIssue] = []
        var omitted = 0
        var planned: [(request: ImportRequest, feed: FeedKind)] = []
        for request in requests {
            let name = (request.path as NSString).lastPathComponent
            if let feed = request.feed ?? FeedKind(fileName: name) {
                planned.append((request, feed))
            } else {
                issues.append(
                    FeedIssue(
                        file: name, line: nil, column: nil, value: nil, code: .unknownFeed,
                        message: "Det går inte att avgöra vilken sorts data filen innehåller. Låt filnamnet börja "
                            + "med flödets namn (t.ex. inflode_2025.csv) eller ange --feed. Flöden: "
                            + FeedKind.helpList + "."))
            }
        }
        // Master data first, so later files can refer to codes added in the same run.
        planned.sort { $0.feed.applyOrder < $1.feed.applyOrder }
        let master = try store.masterData()
        var parser = FeedParser(
            known: KnownCodes(
                units: Dictionary(uniqueKeysWithValues: master.units.map { ($0.code, $0) }),
                planningObjects: Set(master.planningObjects.map(\.code)),
                resources: Dictionary(uniqueKeysWithValues: master.resources.map { ($0.code, $0.measure) })),
            snapshotDate: options.snapshotDate, issueCap: options.issueCapPerFile)
        var batch = RegionDataBatch()
        var duplicates = CrossFileDuplicates(feeds: planned.map(\.feed))
        var files: [ImportedFile] = []
        var fileReports: [ImportReport.File] = []
        for (request, feed) in planned {
            let result: FeedParseResult
            let fingerprint: String
            do {
                let file = try FeedFileReader.read(request)
                fingerprint = file.fingerprint
                switch file.table {
                case .csv(let table): result = parse(table, feed, &parser)
                case .sheet(let table): result = parse(table, feed, &parser)
                }
            } catch {
                issues.append(error)
                continue
            }
            issues += result.issues
            omitted += result.omittedIssueCount
            guard result.isValid else { continue }
            parser.known.add(result.batch)
            batch.merge(result.batch)
            let name = (request.path as NSString).lastPathComponent
            duplicates.record(result.batch, feed: feed, file: name)
            files.append(
                ImportedFile(
                    fileName: name, feed: feed.rawValue, fingerprint: fingerprint,
                    rowCount: result.rowCount))
            fileReports.append(
                ImportReport.File(
                    name: name, feed: feed, rowCount: result.rowCount, recordCount: result.batch.recordCount,
                    ignoredColumns: result.ignoredColumns))
        }
        issues += duplicates.issues
        guard issues.isEmpty && omitted == 0 else {
            throw FeedValidationError(issues: issues, omittedCount: omitted)
        }
        progress.storing(records: batch.recordCount)
        let receipt = try store.storeImport(batch, files: files, importedAt: ISO8601DateFormatter().string(from: now()))
        return ImportReport(files: fileReports, receipt: receipt)
    }

    private func parse(_ table: some FeedTable, _ feed: FeedKind, _ parser: inout FeedParser) -> FeedParseResult {
        progress.started(file: table.sourceName, feed: feed, estimatedRows: table.estimatedRowCount)
        let result = parser.parse(table, as: feed) { rows in progress.advanced(rows: rows) }
        progress.finishedFile(rows: result.rowCount)
        return result
    }
}

/// What an import run did, for the terminal and for tests.
public struct ImportReport: Sendable {
    /// One imported file.
    public struct File: Sendable {
        /// File name.
        public var name: String
        /// Feed it was read as.
        public var feed: FeedKind
        /// Data rows read.
        public var rowCount: Int
        /// Records produced (events are summed per week, so this can be fewer than rows).
        public var recordCount: Int
        /// Columns present in the file that the feed does not use.
        public var ignoredColumns: [String]
    }

    /// The files, in the order they were applied.
    public var files: [File]
    /// What the store did.
    public var receipt: ImportReceipt
}
