/// Follow-up per planning object, rolled up the organisation tree: object → enhet → verksamhet → förvaltning →
/// region, for a week, month, quarter, tertial or year to date, with normal and low-production weeks apart.
///
/// One type serves plan vs outcome, inflow vs forecast and waiting list vs projection; build it with
/// ``production(plans:outcomes:objects:tree:calendar:from:through:)``,
/// ``inflow(forecast:inflow:objects:tree:calendar:from:through:)`` or
/// ``waitingList(projected:snapshots:objects:tree:calendar:from:through:)``. A unit's figures are the sum over
/// every planning object whose producing unit lies in the unit's subtree.
public struct ObjectFollowUp: Sendable {
    /// Planned and actual per planning object code and week.
    public let series: PlannedActualSeries<String>
    /// The planning objects by code.
    public let objects: [String: PlanningObject]
    /// The organisation tree.
    public let tree: OrganisationTree
    /// Decides which weeks are low-production weeks.
    public let calendar: LowProductionCalendar

    /// Wraps a series whose keys are planning object codes.
    ///
    /// - Throws: ``FollowUpError/unknownObject(code:source:)`` for a key that is not an object;
    ///   ``FollowUpError/unknownUnit(object:unit:)`` for an object whose unit is not in the tree.
    public init(
        series: PlannedActualSeries<String>, objects: [PlanningObject], tree: OrganisationTree,
        calendar: LowProductionCalendar
    ) throws(FollowUpError) {
        var byCode: [String: PlanningObject] = [:]
        for object in objects {
            guard tree.units[object.unitCode] != nil else {
                throw .unknownUnit(object: object.code, unit: object.unitCode)
            }
            byCode[object.code] = object
        }
        if let unknown = series.keys.first(where: { byCode[$0] == nil }) {
            throw .unknownObject(code: unknown, source: "uppföljningen")
        }
        self.series = series
        self.objects = byCode
        self.tree = tree
        self.calendar = calendar
    }

    /// The planning object codes a scope covers.
    ///
    /// - Throws: ``FollowUpError/unknownScope(_:)`` for an unknown object or unit.
    public func objectCodes(in scope: FollowUpScope) throws(FollowUpError) -> Set<String> {
        switch scope {
        case .object(let code):
            guard objects[code] != nil else { throw .unknownScope(code) }
            return [code]
        case .unit(let code):
            guard tree.units[code] != nil else { throw .unknownScope(code) }
            let units = Set(tree.subtree(of: code))
            return Set(objects.values.filter { units.contains($0.unitCode) }.map(\.code))
        }
    }

    /// Planned and actual for `scope` over `period`, normal and low-production weeks apart.
    public func figures(for scope: FollowUpScope, in period: FollowUpPeriod) throws(FollowUpError)
        -> PlannedActualSplit
    {
        return series.split(of: try objectCodes(in: scope).sorted(), period: period, calendar: calendar)
    }

    /// Planned and actual for `scope`, one entry per followed-up week.
    public func weekly(for scope: FollowUpScope) throws(FollowUpError) -> [(week: ISOWeek, figures: PlannedActual)] {
        return series.weekly(of: try objectCodes(in: scope).sorted())
    }

    /// Forecast accuracy for `scope` over the followed-up weeks of one kind (all weeks when nil).
    public func accuracy(for scope: FollowUpScope, weeks kind: FollowUpWeekKind? = nil) throws(FollowUpError)
        -> ForecastAccuracy?
    {
        let codes = try objectCodes(in: scope)
        return series.accuracy(keys: codes.contains) { week in
            kind.map { ($0 == .lowProduction) == calendar.isLowProduction(week) } ?? true
        }
    }

    /// One row per unit at `level` (sorted by code), for `period`.
    public func rows(at level: OrganisationLevel, in period: FollowUpPeriod) -> [FollowUpRow] {
        tree.units.values.filter { $0.level == level }.sorted { $0.code < $1.code }.map { unit in
            let codes = (try? objectCodes(in: .unit(unit.code)).sorted()) ?? []
            return FollowUpRow(
                scope: .unit(unit.code), name: unit.name, level: unit.level,
                figures: series.split(of: codes, period: period, calendar: calendar))
        }
    }

    /// One row per planning object under `unit` (sorted by code), for `period`.
    public func objectRows(under unit: String, in period: FollowUpPeriod) throws(FollowUpError) -> [FollowUpRow] {
        try objectCodes(in: .unit(unit)).sorted().map { code in
            FollowUpRow(
                scope: .object(code), name: objects[code]!.name, level: nil,
                figures: series.split(of: [code], period: period, calendar: calendar))
        }
    }

    /// The planning objects under `unit` furthest behind plan in `period`, worst first: ranked by relative
    /// deviation (so a small object 40 % behind comes before a large one 5 % behind), ties by the larger
    /// absolute shortfall, then code. Objects on or ahead of plan, or without a plan, are left out.
    public func furthestBehind(under unit: String, in period: FollowUpPeriod, count: Int) throws(FollowUpError)
        -> [FollowUpRow]
    {
        let behind = try objectRows(under: unit, in: period).filter {
            $0.figures.all.planned > 0 && $0.figures.all.deviation < 0
        }
        let ranked = behind.sorted { lhs, rhs in
            let left = lhs.figures.all
            let right = rhs.figures.all
            if left.relativeDeviation! != right.relativeDeviation! {
                return left.relativeDeviation! < right.relativeDeviation!
            }
            if left.deviation != right.deviation { return left.deviation < right.deviation }
            return lhs.scope.code < rhs.scope.code
        }
        return Array(ranked.prefix(max(0, count)))
    }
}
