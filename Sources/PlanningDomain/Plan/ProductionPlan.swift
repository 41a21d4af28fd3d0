/// A weekly production plan (produktionsplan) for one organisation unit: planned volume per planning object
/// and ISO week over a range of consecutive weeks, normally 12 rolling months.
///
/// Volumes are fractional (`Double`), finite and non-negative; the plan never rounds them to whole visits.
/// Every total is a left-to-right sum in week order, and sums over several objects visit the objects in code
/// order, so the same plan always gives bit-identical totals. Operations that redistribute volume (see
/// ``reshape(object:profile:)`` and ``applyFloor(object:minimumPerWeek:)``) keep an object's total exactly.
public struct ProductionPlan: Hashable, Sendable, Codable {
    /// The organisation unit code the plan is for (the plan's scope).
    public let scope: String
    /// The first week of the plan.
    public let startWeek: ISOWeek
    /// The number of consecutive weeks the plan covers.
    public let weekCount: Int
    /// Planned volume per planning object code: one value per week, index 0 being ``startWeek``.
    public private(set) var volumes: [String: [Double]]

    /// Creates an empty plan (no planning objects) over `weekCount` weeks from `startWeek`.
    ///
    /// - Precondition: `weekCount` is at least 1.
    public init(scope: String, startWeek: ISOWeek, weekCount: Int) {
        precondition(weekCount >= 1, "a production plan covers at least one week, not \(weekCount)")
        self.scope = scope
        self.startWeek = startWeek
        self.weekCount = weekCount
        self.volumes = [:]
    }

    /// Creates an empty plan over the 12 rolling months from `startWeek` (52 or 53 weeks; see
    /// ``rollingYearWeekCount(from:)``).
    public init(scope: String, rollingYearFrom startWeek: ISOWeek) {
        self.init(scope: scope, startWeek: startWeek, weekCount: Self.rollingYearWeekCount(from: startWeek))
    }

    /// The number of weeks in 12 rolling months from `start`: from week N of one week-year up to, not
    /// including, week N of the next. Every week number occurs once, so it is 53 when the range contains a
    /// week 53 and 52 otherwise. From a week 53, the range runs to week 1 of the year after the next.
    public static func rollingYearWeekCount(from start: ISOWeek) -> Int {
        let end = ISOWeek(year: start.year + 1, week: start.week) ?? ISOWeek(year: start.year + 2, week: 1)!
        return ISOWeek.weeks(from: start, to: end)
    }

    /// The weeks of the plan, in order.
    public var weeks: [ISOWeek] { (0..<weekCount).map { startWeek.adding(weeks: $0) } }

    /// The last week of the plan.
    public var endWeek: ISOWeek { startWeek.adding(weeks: weekCount - 1) }

    /// The planning object codes in the plan, sorted.
    public var objectCodes: [String] { volumes.keys.sorted() }

    /// The position of `week` in the plan (0 for ``startWeek``), or nil if the plan does not cover it.
    public func index(of week: ISOWeek) -> Int? {
        let offset = ISOWeek.weeks(from: startWeek, to: week)
        return (0..<weekCount).contains(offset) ? offset : nil
    }

    /// Whether the plan covers `week`.
    public func contains(_ week: ISOWeek) -> Bool { index(of: week) != nil }

    /// The planned volume of `object` in `week`; 0 for an object without a plan, nil if the week is outside.
    public func volume(of object: String, in week: ISOWeek) -> Double? {
        guard let index = index(of: week) else { return nil }
        return volumes[object]?[index] ?? 0
    }

    /// Sets the planned volume of `object` in `week`, adding the object (with zero in all other weeks) if new.
    ///
    /// - Throws: ``ProductionPlanError/invalidVolume(object:week:value:)`` for a negative, infinite or NaN
    ///   value; ``ProductionPlanError/weekOutsidePlan(week:start:end:)`` if the plan does not cover `week`.
    public mutating func setVolume(object: String, week: ISOWeek, value: Double) throws(ProductionPlanError) {
        guard value.isFinite, value >= 0 else { throw .invalidVolume(object: object, week: week, value: value) }
        guard let index = index(of: week) else {
            throw .weekOutsidePlan(week: week, start: startWeek, end: endWeek)
        }
        var row = volumes[object] ?? Array(repeating: 0, count: weekCount)
        row[index] = value
        volumes[object] = row
    }

    /// Replaces all weekly volumes of `object` (one value per plan week), adding the object if new.
    ///
    /// - Throws: ``ProductionPlanError/wrongWeekCount(object:expected:actual:)`` or
    ///   ``ProductionPlanError/invalidVolume(object:week:value:)`` naming the first bad week.
    public mutating func setVolumes(object: String, values: [Double]) throws(ProductionPlanError) {
        guard values.count == weekCount else {
            throw .wrongWeekCount(object: object, expected: weekCount, actual: values.count)
        }
        if let bad = values.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            throw .invalidVolume(object: object, week: startWeek.adding(weeks: bad), value: values[bad])
        }
        volumes[object] = values
    }

    /// Removes `object` from the plan.
    ///
    /// - Throws: ``ProductionPlanError/unknownObject(object:scope:)`` if the plan has no such object.
    public mutating func removeObject(_ object: String) throws(ProductionPlanError) {
        guard volumes.removeValue(forKey: object) != nil else { throw .unknownObject(object: object, scope: scope) }
    }

    /// The weekly volumes of `object`, or throws ``ProductionPlanError/unknownObject(object:scope:)``.
    func row(of object: String) throws(ProductionPlanError) -> [Double] {
        guard let row = volumes[object] else { throw .unknownObject(object: object, scope: scope) }
        return row
    }

    /// Replaces the row of an object already known to be valid (used by the redistributing operations).
    mutating func replaceRow(of object: String, with row: [Double]) {
        volumes[object] = row
    }
}
