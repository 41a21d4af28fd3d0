import Foundation
import PlanningDomain

/// Builds weekly capacity per enhet and resource, sized from the workload of the enhet's planning objects,
/// and the production index (available capacity relative to a normal week) that drives production.
enum CapacityBuilder {
    /// The capacity records and the production index per (leaf, driving resource).
    struct Result: Sendable {
        var records: [CapacityRecord]
        /// Available capacity relative to a normal full week, per leaf index and resource code, per week offset.
        var productionIndex: [Int: [String: [Double]]]

        func index(leaf: Int, resource: String) -> [Double]? { productionIndex[leaf]?[resource] }
    }

    /// The base size of one resource at one enhet.
    private struct Sizing {
        var resource: Resource
        /// Headcount (staff), operating rooms (OPSAL) or beds (VPL).
        var quantity: Int
    }

    static func build(
        layout: OrganisationLayout, specialties: [SpecialtyTemplate], plans: [ObjectPlan], weeks: WeekTable,
        seed: UInt64
    ) -> Result {
        var plansByLeaf = [[ObjectPlan]](repeating: [], count: layout.leaves.count)
        for plan in plans { plansByLeaf[plan.leafIndex].append(plan) }
        var records: [CapacityRecord] = []
        records.reserveCapacity(layout.leaves.count * 4 * weeks.count)
        var productionIndex: [Int: [String: [Double]]] = [:]
        for (leafIndex, leaf) in layout.leaves.enumerated() {
            let leafPlans = plansByLeaf[leafIndex]
            let driving = Set(leafPlans.map(\.drivingResource))
            let lengthOfStay = specialties[leaf.specialtyIndex].lengthOfStay
            for sizing in sizings(kind: leaf.kind, plans: leafPlans, lengthOfStay: lengthOfStay) {
                var random = SeededGenerator(
                    seed: seed, stream: 4, SeededGenerator.stableHash(leaf.code + "/" + sizing.resource.code))
                let series = weeklySeries(sizing: sizing, weeks: weeks, random: &random)
                for offset in 0..<weeks.count {
                    records.append(
                        CapacityRecord(
                            unitCode: leaf.code, resourceCode: sizing.resource.code, week: weeks.week(offset),
                            planned: series.planned[offset], absence: series.absence[offset]))
                }
                if driving.contains(sizing.resource.code) {
                    productionIndex[leafIndex, default: [:]][sizing.resource.code] = series.index
                }
            }
        }
        return Result(records: records, productionIndex: productionIndex)
    }

    /// Sizes the resources of one enhet from its weekly workload.
    private static func sizings(kind: UnitKind, plans: [ObjectPlan], lengthOfStay: Double) -> [Sizing] {
        var hours: [String: Double] = [:]
        for plan in plans { hours[plan.drivingResource, default: 0] += plan.weeklyRate * plan.minutes / 60 }
        var quantity: [String: Int] = [:]
        let doctor = ProviderCategory.doctor.code
        let nurse = ProviderCategory.nurse.code
        let assistant = ProviderCategory.assistantNurse.code
        switch kind {
        case .outpatient:
            // About half of a clinician's 36 weekly hours go to planned patient contacts.
            for (code, workload) in hours { quantity[code] = max(1, Int((workload / 18).rounded())) }
            quantity[doctor] = quantity[doctor] ?? 1
            quantity[nurse] = quantity[nurse] ?? max(1, Int((Double(quantity[doctor] ?? 1) * 0.5).rounded()))
            let clinicians = quantity.values.reduce(0, +)
            quantity[assistant] = max(1, Int((Double(clinicians) * 0.3).rounded()))
        case .operation:
            // Turnover between operations adds a quarter; rooms are booked to about 75 % of opening hours.
            let roomHours = (hours[ResourceCatalogue.operatingRoom.code] ?? 0) * 1.25
            let rooms = max(1, Int((roomHours / 30).rounded(.up)))
            quantity[ResourceCatalogue.operatingRoom.code] = rooms
            quantity[doctor] = max(2, Int((roomHours / 14).rounded()))
            quantity[nurse] = rooms * 3
            quantity[assistant] = rooms * 2
        case .ward:
            let admissions = plans.reduce(0) { $0 + $1.weeklyRate }
            // Beds for the mean census at 90 % occupancy.
            let beds = max(6, Int((admissions * lengthOfStay / 7 / 0.9).rounded()))
            quantity[ResourceCatalogue.beds.code] = beds
            quantity[doctor] = max(2, Int((Double(beds) / 6).rounded()))
            quantity[nurse] = max(4, Int((Double(beds) * 0.9).rounded()))
            quantity[assistant] = max(4, Int((Double(beds) * 0.8).rounded()))
        }
        return ResourceCatalogue.all.compactMap { resource in
            quantity[resource.code].map { Sizing(resource: resource, quantity: $0) }
        }
    }

    private static func weeklySeries(
        sizing: Sizing, weeks: WeekTable, random: inout SeededGenerator
    ) -> (planned: [Double], absence: [Double], index: [Double]) {
        var planned: [Double] = []
        var absence: [Double] = []
        var index: [Double] = []
        planned.reserveCapacity(weeks.count)
        absence.reserveCapacity(weeks.count)
        index.reserveCapacity(weeks.count)
        let vacationJitter = random.uniform(0.85, 1.15)
        let baseSickness = random.uniform(0.05, 0.08)
        let fte = random.uniform(0.85, 0.95)
        var quantity = sizing.quantity
        let normal: Double
        switch sizing.resource.kind {
        case .staff: normal = Double(sizing.quantity) * fte * 40 * (0.98 - baseSickness)
        case .room: normal = Double(sizing.quantity) * 40 * 0.975
        case .bed, .equipment: normal = Double(sizing.quantity) * 0.975
        }
        for offset in 0..<weeks.count {
            let week = weeks.week(offset)
            let workingDays = Double(weeks.workingDays(offset))
            var weekPlanned: Double
            var share: Double
            switch sizing.resource.kind {
            case .staff:
                // Staff changes happen at New Year and after the summer (new hires, retirements).
                if offset > 0, week.week == 1 || week.week == 34 {
                    quantity = max(1, quantity + staffChange(quantity: quantity, random: &random))
                }
                weekPlanned = Double(quantity) * fte * 8 * workingDays
                let vacation = min(0.9, weeks.staffVacation(offset) * vacationJitter)
                let seasonal = 1 + 0.25 * cos(2 * Double.pi * Double(week.week - 6) / 52)
                let sickness = min(0.25, baseSickness * seasonal * random.noiseFactor(sigma: 0.3))
                share = vacation + (1 - vacation) * sickness
            case .room:
                weekPlanned = Double(quantity) * 8 * workingDays
                let closure = min(0.9, weeks.roomClosure(offset) * vacationJitter)
                share = closure + (1 - closure) * random.uniform(0, 0.05)
            case .bed, .equipment:
                weekPlanned = Double(quantity)
                let closure = min(0.9, weeks.bedClosure(offset) * vacationJitter)
                share = closure + (1 - closure) * random.uniform(0, 0.05)
            }
            weekPlanned = roundedToHalf(weekPlanned)
            let weekAbsence = min(weekPlanned, roundedToHalf(weekPlanned * share))
            planned.append(weekPlanned)
            absence.append(weekAbsence)
            index.append(normal > 0 ? (weekPlanned - weekAbsence) / normal : 0)
        }
        return (planned, absence, index)
    }

    private static func staffChange(quantity: Int, random: inout SeededGenerator) -> Int {
        if quantity >= 10 { return Int((random.normal() * 0.04 * Double(quantity)).rounded()) }
        guard random.chance(0.35) else { return 0 }
        return random.chance(0.5) ? 1 : -1
    }

    private static func roundedToHalf(_ value: Double) -> Double {
        (value * 2).rounded() / 2
    }
}
