/// How many patients of one planning object had waited a given number of days: at a waiting-list snapshot, or
/// when they were treated. The indicators need nothing more than this, so a node can keep it beside the
/// person-level rows and read thousands of counts instead of a million entries.
public struct WaitedDaysCount: Hashable, Sendable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// Days waited (≥ 0).
    public var days: Int
    /// Patients (> 0).
    public var count: Int

    /// Creates a count.
    public init(planningObjectCode: String, days: Int, count: Int) {
        self.planningObjectCode = planningObjectCode
        self.days = days
        self.count = count
    }

    /// `pairs` of (object, days waited) counted, ordered by object and days.
    public static func counting(_ pairs: some Sequence<(String, Int)>) -> [WaitedDaysCount] {
        var counts: [String: [Int: Int]] = [:]
        for (object, days) in pairs { counts[object, default: [:]][days, default: 0] += 1 }
        return counts.keys.sorted().flatMap { object in
            counts[object]!.keys.sorted().map {
                WaitedDaysCount(planningObjectCode: object, days: $0, count: counts[object]![$0]!)
            }
        }
    }
}

/// A waiting-list snapshot reduced to days waited per planning object.
public struct WaitingDaysSnapshot: Hashable, Sendable {
    /// The extraction date.
    public var date: CivilDate
    /// Patients per object and days waited at `date`.
    public var counts: [WaitedDaysCount]

    /// Creates the reduced snapshot.
    public init(date: CivilDate, counts: [WaitedDaysCount]) {
        self.date = date
        self.counts = counts
    }

    /// Reduces a full snapshot.
    public init(_ snapshot: WaitingListSnapshot) {
        date = snapshot.date
        counts = WaitedDaysCount.counting(
            snapshot.entries.lazy.map { ($0.planningObjectCode, $0.daysWaited(at: snapshot.date)) })
    }
}
