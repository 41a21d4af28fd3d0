public import Foundation
public import NodeStore
public import PlanningDomain

/// Analysts' resource-use figures (kapacitetsåtgång): list the estimate beside any override, set an override
/// (who, when, why kept; the history is append-only and the latest wins), or clear it to return to the estimate.
///
/// Overrides are read by ``PlanBaselineBuilder`` for every plan's balance and scenario; the node's read cache
/// invalidates itself on the commit, so a changed figure shows at once.
public struct ResourceUseService: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date

    /// Creates the service.
    public init(store: NodeStore, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.now = now
    }

    /// The table for the whole region (or one unit): one row per (unit, resource) with any use, estimate or
    /// override, then objects' own figures.
    public func list(unitCode: String? = nil) throws -> [ResourceUseRow] {
        let rows = try store.cache.value("resource-use-rows") { try computeRows() }
        return rows.filter { unitCode == nil || $0.unitCode == unitCode }
    }

    /// Sets an override and returns it. `value` is minutes (hours resources), days of stay (beds) or an amount.
    @discardableResult
    public func set(
        unitCode: String, resourceCode: String, objectCode: String? = nil, value: Double, reason: String,
        user: String
    ) throws -> ResourceUseOverride {
        let (resource, object) = try validate(unitCode: unitCode, resourceCode: resourceCode, objectCode: objectCode)
        guard value.isFinite, value >= 0 else {
            throw PlanServiceError(
                code: "resource_use.invalid_value",
                "Värdet för \(unitCode)/\(resourceCode) måste vara ett tal som är 0 eller större "
                    + "(\(ResourceUseRow.figureUnit(resource.measure))), inte "
                    + (value.isFinite ? PlanTextFormat.number(value) : "\(value)") + ".")
        }
        let reason = try requireReason(reason, unitCode: unitCode, resourceCode: resourceCode)
        let stamp = ISO8601DateFormatter().string(from: now())
        let who = user.isEmpty ? "okänd" : user
        try store.appendResourceUseOverride(
            unitCode: unitCode, resourceCode: resourceCode, objectCode: object, value: value, setBy: who,
            setAt: stamp, reason: reason)
        return ResourceUseOverride(
            unitCode: unitCode, resourceCode: resourceCode, objectCode: object, value: value, setBy: who,
            setAt: stamp, reason: reason)
    }

    /// Clears the override in force, so the estimate applies again; the history keeps both.
    public func clear(unitCode: String, resourceCode: String, objectCode: String? = nil, reason: String, user: String)
        throws
    {
        let (_, object) = try validate(unitCode: unitCode, resourceCode: resourceCode, objectCode: objectCode)
        let current = try store.currentResourceUseOverrides().contains {
            $0.unitCode == unitCode && $0.resourceCode == resourceCode && $0.objectCode == object
        }
        guard current else {
            let target = object.map { "\(unitCode)/\(resourceCode) för \($0)" } ?? "\(unitCode)/\(resourceCode)"
            throw PlanServiceError(
                code: "resource_use.no_override",
                "Det finns ingen manuell resursåtgång för \(target) att ta bort; den skattade gäller redan. "
                    + "Se balans plan resource-use list.")
        }
        let reason = try requireReason(reason, unitCode: unitCode, resourceCode: resourceCode)
        try store.appendResourceUseOverride(
            unitCode: unitCode, resourceCode: resourceCode, objectCode: object, value: nil,
            setBy: user.isEmpty ? "okänd" : user, setAt: ISO8601DateFormatter().string(from: now()), reason: reason)
    }

    /// Every change for a pair (or everything), oldest first.
    public func history(unitCode: String? = nil, resourceCode: String? = nil) throws -> [StoredResourceUseOverride] {
        try store.resourceUseOverrideHistory(unitCode: unitCode, resourceCode: resourceCode)
    }

    // MARK: - Checks

    private func validate(unitCode: String, resourceCode: String, objectCode: String?) throws -> (
        Resource, String?
    ) {
        let master = try store.masterData()
        guard master.units.contains(where: { $0.code == unitCode }) else {
            throw PlanServiceError(
                code: "resource_use.unknown_unit",
                "Enheten \"\(unitCode)\" finns inte. Kontrollera koden (balans plan resource-use list visar enheterna)."
            )
        }
        guard let resource = master.resources.first(where: { $0.code == resourceCode }) else {
            throw PlanServiceError(
                code: "resource_use.unknown_resource",
                "Resursen \"\(resourceCode)\" finns inte. Giltiga resurser: "
                    + master.resources.map(\.code).sorted().joined(separator: ", ") + ".")
        }
        let objects = master.planningObjects.filter { $0.unitCode == unitCode }
        guard !objects.isEmpty else {
            throw PlanServiceError(
                code: "resource_use.unit_without_objects",
                "Enheten \(unitCode) har inga egna planeringsobjekt, så ingen produktion att sätta resursåtgång för. "
                    + "Ange den enhet som producerar (balans plan resource-use list).")
        }
        let object = objectCode.flatMap { $0.isEmpty ? nil : $0 }
        if let object, !objects.contains(where: { $0.code == object }) {
            throw PlanServiceError(
                code: "resource_use.unknown_object",
                "Planeringsobjektet \"\(object)\" hör inte till enheten \(unitCode). Ange ett av enhetens objekt "
                    + "eller utelämna objektet för att sätta värdet för hela enheten.")
        }
        return (resource, object)
    }

    private func requireReason(_ reason: String, unitCode: String, resourceCode: String) throws -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw PlanServiceError(
                code: "resource_use.reason_required",
                "Ange varför resursåtgången för \(unitCode)/\(resourceCode) ändras (t.ex. \"ny tidsstudie 2026\"); "
                    + "skälet sparas i historiken.")
        }
        return trimmed
    }

    // MARK: - The table

    private func computeRows() throws -> [ResourceUseRow] {
        let master = try store.masterData()
        let tree = try OrganisationTree(units: master.units)
        guard !master.planningObjects.isEmpty,
            let start = ISOWeek(year: 2026, week: 1)  // use does not depend on the weeks; one is enough
        else { return [] }
        let grid = try PlanningGrid(
            tree: tree, resources: master.resources, objects: master.planningObjects, startWeek: start, weekCount: 1)
        let records = try store.capacityRecords()
        let (estimate, estimateSources) = try PlanBaselineBuilder.resourceUse(
            grid: grid, objects: master.planningObjects, records: records, store: store, overrides: false)
        let overrides = try store.currentResourceUseOverrides()
        var sources = estimateSources
        var effective = estimate
        try effective.apply(overrides, grid: grid, bedOccupancy: PlanningDefaults.bedOccupancy, sources: &sources)
        func key(_ unit: String, _ resource: String) -> String { unit + "\u{1F}" + resource }
        let estimateOrigin = Dictionary(
            estimateSources.map { (key($0.unitCode, $0.resourceCode), $0.origin) }, uniquingKeysWith: { a, _ in a })
        let pairOverride = Dictionary(
            overrides.filter { $0.objectCode == nil }.map { (key($0.unitCode, $0.resourceCode), $0) },
            uniquingKeysWith: { a, _ in a })
        var objectsByUnit: [String: [Int]] = [:]
        for (index, object) in grid.objects.enumerated() { objectsByUnit[object.unitCode, default: []].append(index) }
        var rows: [ResourceUseRow] = []
        for unit in objectsByUnit.keys.sorted() {
            let objects = objectsByUnit[unit]!
            for (resource, item) in grid.resources.enumerated() {
                let using = objects.filter { estimate.factor(object: $0, resource: resource) > 0 }
                let origin = estimateOrigin[key(unit, item.code)]
                let manual = pairOverride[key(unit, item.code)]
                guard !using.isEmpty || origin != nil || manual != nil else { continue }
                let standard = Self.defaultOrigin(item.measure)
                let figures = using.compactMap { Self.figure(estimate.use(object: $0, resource: resource)) }
                rows.append(
                    ResourceUseRow(
                        unitCode: unit, resourceCode: item.code, objectCode: nil, measure: item.measure,
                        estimate: figures.isEmpty ? nil : figures.reduce(0, +) / Double(figures.count),
                        objectCount: figures.count, override: manual?.value,
                        origin: manual?.origin ?? origin ?? standard, estimateOrigin: origin ?? standard))
            }
        }
        for item in overrides {
            guard let objectCode = item.objectCode, let object = grid.objectIndex(objectCode),
                let resource = grid.resourceIndex(item.resourceCode)
            else { continue }
            let origin = estimateOrigin[key(item.unitCode, item.resourceCode)]
            rows.append(
                ResourceUseRow(
                    unitCode: item.unitCode, resourceCode: item.resourceCode, objectCode: objectCode,
                    measure: grid.resources[resource].measure,
                    estimate: Self.figure(estimate.use(object: object, resource: resource)), objectCount: 1,
                    override: item.value, origin: item.origin, estimateOrigin: origin))
        }
        return rows
    }

    /// Where a pair without usage history gets its figure: beds from the standard length of stay, other
    /// resources from the defaults table by contact type.
    static func defaultOrigin(_ measure: ResourceMeasure) -> ResourceUseSource.Origin {
        switch measure {
        case .beds:
            .fallback(
                reason: "standardvårdtid \(PlanTextFormat.number(PlanningDefaults.lengthOfStayDays)) dagar vid "
                    + "\(PlanTextFormat.percent(PlanningDefaults.bedOccupancy)) beläggning")
        case .hours, .days, .sessions: .fallback(reason: "standardvärde per kontakttyp")
        }
    }

    /// The figure in the resource's natural form.
    static func figure(_ use: ResourceUse.PerUnit?) -> Double? {
        switch use {
        case .minutes(let minutes): minutes
        case .lengthOfStay(let days, _): days
        case .amount(let amount): amount
        case nil: nil
        }
    }
}
