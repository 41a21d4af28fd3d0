import FeedFormats
import PlanningDomain

/// Finds keys that two files of the same run both set (e.g. two inflow files with the same object and week),
/// which would otherwise silently let the later file win.
struct CrossFileDuplicates {
    private var owners: [FeedKind: [String: String]] = [:]
    private var feedsSeen: [FeedKind: Int] = [:]
    private(set) var issues: [FeedIssue] = []

    /// Counts how many files of each feed the run has; the check only runs for feeds with more than one.
    init(feeds: [FeedKind]) {
        for feed in feeds { feedsSeen[feed, default: 0] += 1 }
    }

    mutating func record(_ batch: RegionDataBatch, feed: FeedKind, file: String) {
        guard feedsSeen[feed, default: 0] > 1 else { return }
        switch feed {
        case .inflow, .production, .cancellations, .occupiedBedDays:
            check(
                batch.counts(of: feed.activitySeries!).map { "\($0.planningObjectCode) \($0.week)" }, feed, file,
                "planeringsobjekt och vecka")
        case .capacity:
            check(
                batch.capacity.map { "\($0.unitCode) \($0.resourceCode) \($0.week)" }, feed, file,
                "enhet, resurs och vecka")
        case .waitingList: check(batch.waitingSnapshots.map { "\($0.date)" }, feed, file, "uttagsdatum")
        case .completedWaits:
            // A week of completed waits is replaced whole by the file that holds it, so two files may not share one.
            check(
                Array(Set(batch.completedWaits.map { ISOWeek(containing: $0.performedOn).description })), feed, file,
                "vecka (utförd)")
        case .units: check(batch.units.map(\.code), feed, file, "enhetskod")
        case .planningObjects: check(batch.planningObjects.map(\.code), feed, file, "kod")
        case .resources: check(batch.resources.map(\.code), feed, file, "resurskod")
        }
    }

    private mutating func check(_ keys: [String], _ feed: FeedKind, _ file: String, _ what: String) {
        var reported = 0
        for key in keys {
            if let owner = owners[feed]?[key], owner != file {
                if reported < 10 {
                    issues.append(
                        FeedIssue(
                            file: file, line: nil, column: nil, value: key, code: .duplicateKey,
                            message: "Samma \(what) finns också i \(owner). Två filer i samma import får inte "
                                + "ange samma värde; slå ihop dem eller importera dem var för sig."))
                }
                reported += 1
            } else {
                owners[feed, default: [:]][key] = file
            }
        }
        if reported > 10 {
            issues.append(
                FeedIssue(
                    file: file, line: nil, column: nil, value: nil, code: .duplicateKey,
                    message: "… och \(reported - 10) nycklar till som också finns i en annan fil."))
        }
    }
}
