import Forecasting
import Foundation
import NodeStore
public import PlanningDomain

/// An object's waiting list projected under a plan version.
public struct PlanWaitingProjection: Sendable {
    /// The planning object.
    public var objectCode: String
    /// The snapshot the initial list comes from.
    public var snapshotDate: String?
    /// The forecast inflow per plan week (what joins the list).
    public var inflow: [Double]
    /// The plan's volumes per week (what is treated).
    public var planned: [Double]
    /// The simulation.
    public var projection: WaitingListProjection
    /// The limit, in days.
    public var limitDays: Double
    /// Who is treated first.
    public var policy: ServicePolicy
}

extension PlanService {
    /// Simulates an object's waiting list week by week under a plan version: the latest snapshot's patients
    /// (by week joined and the object's priority) as the initial list, the latest inflow forecast joining, the
    /// plan's volumes treated, with the share within `limitDays` and the waiting-time bands.
    ///
    /// The weeks between the snapshot and the plan's first week are not simulated: the list is taken as it was
    /// on the snapshot date.
    public func waitingProjection(
        planID: Int64, version: Int?, object: String, limitDays: Double = 90,
        policy: ServicePolicy = .priorityThenFIFO
    ) throws -> PlanWaitingProjection {
        try PlanServiceError.translated {
            let plan = try self.version(of: try self.plan(planID), version).plan
            guard let planned = plan.volumes[object] else {
                throw PlanServiceError(
                    code: "plan.unknown_object", "Planeringsobjektet \"\(object)\" finns inte i planen.")
            }
            let forecast = try store.latestForecasts(.inflow, objectCodes: [object]).first
            let mean = forecast?.forecast.mean ?? []
            let average = mean.isEmpty ? 0 : mean.reduce(0, +) / Double(mean.count)
            let byWeek = Dictionary(
                zip(forecast?.weeks ?? [], mean), uniquingKeysWith: { first, _ in first })
            let inflow = plan.weeks.map { byWeek[$0] ?? average }
            let priorityText = try store.masterData().planningObjects.first { $0.code == object }?.medicalPriority
            let rank = Int(priorityText?.filter(\.isNumber) ?? "") ?? 1
            let (date, counts) = try store.latestWaitingCounts()
            let cohorts = counts.filter { $0.objectCode == object }.map {
                WaitingCohort(priority: rank, joined: $0.joined, count: Double($0.count))
            }
            let simulation = WaitingListSimulation(
                startWeek: plan.startWeek, initial: cohorts, inflow: inflow.map { [rank: $0] }, capacity: planned,
                limit: Quantity(limitDays), policy: policy)
            return PlanWaitingProjection(
                objectCode: object, snapshotDate: date, inflow: inflow, planned: planned,
                projection: simulation.run(), limitDays: limitDays, policy: policy)
        }
    }
}

extension PlanWaitingProjection {
    /// Swedish text: every fourth week, the end state's waiting-time bands and the diagnostic.
    public var text: String {
        func number(_ value: Double) -> String { RegionStatusText.grouped(Int(value.rounded())) }
        func percent(_ share: Double) -> String {
            String(format: "%.1f", share * 100).replacingOccurrences(of: ".", with: ",") + " %"
        }
        let limit = Int(limitDays.rounded())
        var lines = [
            "Väntelista för \(objectCode) under planen (start: ögonblicksbild \(snapshotDate ?? "saknas"), "
                + "turordning: \(policy.swedishName)).",
            "vecka      inflöde   planerat   väntande   inom \(limit) d   medelväntan (v)",
        ]
        for (index, week) in projection.weeks.enumerated() where index % 4 == 0 || index == projection.weeks.count - 1 {
            let columns = [
                week.week.description, number(inflow[index]), number(planned[index]), number(week.waiting),
                percent(week.shareWaitingWithinLimit),
                String(format: "%.1f", week.meanWeeksWaited).replacingOccurrences(of: ".", with: ","),
            ]
            let widths = [11, 10, 11, 11, 13, 10]
            lines.append(
                zip(columns, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined())
        }
        if let last = projection.weeks.last {
            let bands = last.bands()
            let labels = ["0–30 d", "31–60 d", "61–90 d", "91–180 d", "över 180 d"]
            lines.append(
                "Väntetidsband vid periodens slut: "
                    + zip(labels, bands).map { "\($0) \(number($1))" }.joined(separator: ", ") + ".")
        }
        if let diagnostic = projection.diagnostic { lines.append("Varning: \(diagnostic)") }
        return lines.joined(separator: "\n")
    }
}
