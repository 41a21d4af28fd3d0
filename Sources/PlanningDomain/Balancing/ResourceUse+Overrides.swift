extension ResourceUse {
    /// Replaces estimated or default figures with analysts' overrides and marks their sources as manual.
    ///
    /// Unit-wide overrides are applied first, then objects' own, so an object's figure wins. A unit-wide figure goes
    /// to the unit's objects that already use the resource, or to all of them when none does. Overrides for units
    /// or objects outside the grid are skipped (a plan covers only part of the region); an unknown resource, a
    /// negative or non-finite value, or an object that is not the unit's is refused.
    ///
    /// - Parameters:
    ///   - overrides: the current overrides (one per key; the store keeps history and hands over the latest).
    ///   - bedOccupancy: the occupancy a length of stay is sized for (0–1].
    ///   - sources: the estimate's sources; each overridden pair's source becomes `.manual`, and each object
    ///     override adds a source of its own.
    public mutating func apply(
        _ overrides: [ResourceUseOverride], grid: PlanningGrid, bedOccupancy: Double,
        sources: inout [ResourceUseSource]
    ) throws(BalancingError) {
        let ordered = overrides.filter { $0.objectCode == nil } + overrides.filter { $0.objectCode != nil }
        for item in ordered {
            let resource = try grid.resolveResource(item.resourceCode)
            guard item.value >= 0, item.value.isFinite else {
                throw .invalidAmount(name: "\(item.unitCode)/\(item.resourceCode)", value: item.value)
            }
            guard let unit = grid.unitIndex(item.unitCode) else { continue }
            let objects: [Int]
            if let code = item.objectCode {
                guard let object = grid.objectIndex(code) else { continue }
                guard grid.unitIndex(ofObject: object) == unit else { throw .unknownObject(code) }
                objects = [object]
            } else {
                let ofUnit = grid.objects.indices.filter { grid.unitIndex(ofObject: $0) == unit }
                guard !ofUnit.isEmpty else { continue }
                let using = ofUnit.filter { factor(object: $0, resource: resource) > 0 }
                objects = using.isEmpty ? ofUnit : using
            }
            let perUnit: PerUnit
            switch grid.resources[resource].measure {
            case .hours: perUnit = .minutes(item.value)
            case .beds: perUnit = .lengthOfStay(days: item.value, occupancy: bedOccupancy)
            case .days, .sessions: perUnit = .amount(item.value)
            }
            for object in objects { try set(perUnit, object: object, resource: resource) }
            let source = ResourceUseSource(
                unitCode: item.unitCode, resourceCode: item.resourceCode, origin: item.origin,
                objectCode: item.objectCode)
            if item.objectCode == nil,
                let index = sources.firstIndex(where: {
                    $0.unitCode == item.unitCode && $0.resourceCode == item.resourceCode && $0.objectCode == nil
                })
            {
                sources[index] = source
            } else {
                sources.append(source)
            }
        }
    }
}
