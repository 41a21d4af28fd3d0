extension Scenario {
    /// "10 % fler remisser": inflow of the objects (all when nil) up by `percent`.
    public static func moreReferrals(percent: Double, objectCodes: [String]? = nil) -> Scenario {
        let label = "\(percent.formatted) % fler remisser"
        return Scenario(
            name: label,
            actions: [
                BalancingAction(name: label, effect: .scaleInflow(factor: 1 + percent / 100, objectCodes: objectCodes))
            ])
    }

    /// "En operation till per dag": OR capacity (a resource in hours) at a unit up by one operation's time on each
    /// operating day of the given weeks.
    public static func oneMoreOperationPerDay(
        unitCode: String, resourceCode: String, hoursPerOperation: Double, operatingDaysPerWeek: Int = 5,
        weeks: [ISOWeek]
    ) -> Scenario {
        let label = "En operation till per dag"
        let effect = BalancingAction.Effect.addCapacity(
            unitCode: unitCode, resourceCode: resourceCode, weeks: weeks,
            amountPerWeek: hoursPerOperation * Double(operatingDaysPerWeek))
        return Scenario(name: label, actions: [BalancingAction(name: label, effect: effect)])
    }

    /// "Fler stängda sommarveckor": no available capacity at the units (all when nil) in the given weeks.
    public static func closedWeeks(_ weeks: [ISOWeek], unitCodes: [String]? = nil) -> Scenario {
        let label = "\(weeks.count) stängda veckor till"
        return Scenario(
            name: label,
            actions: [
                BalancingAction(
                    name: label, effect: .closeWeeks(weeks: weeks, unitCodes: unitCodes, resourceCodes: nil))
            ])
    }

    /// "Köp 200 ingrepp": `total` procedures of an object bought elsewhere, spread evenly over the weeks.
    public static func buyProcedures(total: Double, objectCode: String, weeks: [ISOWeek]) -> Scenario {
        let label = "Köp \(total.formatted) ingrepp"
        let perWeek = weeks.isEmpty ? 0 : total / Double(weeks.count)
        return Scenario(
            name: label,
            actions: [
                BalancingAction(
                    name: label, effect: .buyCare(objectCode: objectCode, weeks: weeks, volumePerWeek: perWeek))
            ])
    }
}

extension Double {
    /// Whole numbers without a decimal point ("10", "2.5").
    fileprivate var formatted: String {
        rounded() == self && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}
