/// Care-guarantee figures (vårdgarantin, "…-90-90"): the share of patients waiting at most the limit on a
/// waiting-list snapshot, and the share of completed waits that took at most the limit in a period.
///
/// A wait of exactly the limit counts as within it (SKR: "väntat högst 90 dagar"); days are counted from the
/// waiting-start date, 0 on that day.
public struct CareGuaranteeReport: Sendable {
    /// The limit in days (90 by default; shorter limits exist for some groups).
    public let limit: Quantity<Days>
    /// The planning objects by code.
    public let objects: [String: PlanningObject]
    /// The organisation tree.
    public let tree: OrganisationTree

    /// Creates a report builder.
    ///
    /// - Throws: ``FollowUpError/unknownUnit(object:unit:)`` for an object whose unit is not in the tree.
    public init(limit: Quantity<Days> = Quantity(90), objects: [PlanningObject], tree: OrganisationTree)
        throws(FollowUpError)
    {
        var byCode: [String: PlanningObject] = [:]
        for object in objects {
            guard tree.units[object.unitCode] != nil else {
                throw .unknownUnit(object: object.code, unit: object.unitCode)
            }
            byCode[object.code] = object
        }
        self.limit = limit
        self.objects = byCode
        self.tree = tree
    }

    /// Patients waiting on the snapshot's date, and how many have waited at most the limit, per group.
    ///
    /// - Throws: ``FollowUpError/unknownObject(code:source:)`` or ``FollowUpError/negativeWait(object:since:until:)``.
    public func waiting(_ snapshot: WaitingListSnapshot, by grouping: CareGuaranteeGrouping) throws(FollowUpError)
        -> [CareGuaranteeFigures]
    {
        var waits: [(object: String, days: Int)] = []
        for entry in snapshot.entries {
            guard entry.waitingSince <= snapshot.date else {
                throw .negativeWait(object: entry.planningObjectCode, since: entry.waitingSince, until: snapshot.date)
            }
            waits.append((entry.planningObjectCode, entry.daysWaited(at: snapshot.date)))
        }
        return try figures(waits, by: grouping, source: "väntelistan")
    }

    /// Waits completed (visit or treatment performed) within `period`, and how many took at most the limit.
    ///
    /// - Throws: ``FollowUpError/unknownObject(code:source:)`` or ``FollowUpError/negativeWait(object:since:until:)``.
    public func performed(
        _ completions: [CompletedWait], in period: some CalendarPeriod, by grouping: CareGuaranteeGrouping
    ) throws(FollowUpError) -> [CareGuaranteeFigures] {
        var waits: [(object: String, days: Int)] = []
        for completion in completions where period.contains(completion.performedOn) {
            guard completion.waitingSince <= completion.performedOn else {
                throw .negativeWait(
                    object: completion.planningObjectCode, since: completion.waitingSince,
                    until: completion.performedOn)
            }
            waits.append((completion.planningObjectCode, completion.daysWaited))
        }
        return try figures(waits, by: grouping, source: "genomförda vårdtillfällen")
    }

    private func figures(
        _ waits: [(object: String, days: Int)], by grouping: CareGuaranteeGrouping, source: String
    ) throws(FollowUpError) -> [CareGuaranteeFigures] {
        var lines: [String: CareGuaranteeFigures] = [:]
        for wait in waits {
            guard let object = objects[wait.object] else { throw .unknownObject(code: wait.object, source: source) }
            let (key, name) = group(of: object, by: grouping)
            var line = lines[key] ?? CareGuaranteeFigures(group: key, name: name, total: 0, withinLimit: 0)
            line.total += 1
            if Double(wait.days) <= limit.value { line.withinLimit += 1 }
            lines[key] = line
        }
        return lines.values.sorted { $0.group < $1.group }
    }

    private func group(of object: PlanningObject, by grouping: CareGuaranteeGrouping) -> (String, String) {
        switch grouping {
        case .region:
            return (tree.rootCode, tree.units[tree.rootCode]?.name ?? tree.rootCode)
        case .specialty:
            return (object.specialty, object.specialty)
        case .planningObject:
            return (object.code, object.name)
        case .unit(let level):
            let path = [object.unitCode] + tree.ancestors(of: object.unitCode)
            // The path runs upwards; the first unit at or above the level is the one to count under.
            let code = path.first { (tree.units[$0]?.level ?? .region) <= level } ?? object.unitCode
            return (code, tree.units[code]?.name ?? code)
        }
    }
}
