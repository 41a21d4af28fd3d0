/// A count per planning object and ISO week: inflow (new referrals / waiting-list entries) or production outcome.
public struct WeeklyCount: Hashable, Sendable, Codable {
    /// The planning object's code.
    public var planningObjectCode: String
    /// The ISO week.
    public var week: ISOWeek
    /// Number of patients (inflow) or performed visits/operations/bed-days (production). Never negative.
    public var count: Int

    /// Creates a count.
    public init(planningObjectCode: String, week: ISOWeek, count: Int) {
        self.planningObjectCode = planningObjectCode
        self.week = week
        self.count = count
    }
}

/// Which activity series a weekly count belongs to.
public enum ActivitySeries: String, CaseIterable, Sendable, Codable {
    /// Inflöde: new referrals or waiting-list entries.
    case inflow
    /// Produktion/utfall: performed visits, operations or admissions (vårdtillfällen).
    case production
    /// Strykningar: planned visits or operations cancelled (struck) during the week.
    case cancellations
    /// Belagda vårddagar: occupied bed-days of inpatient planning objects.
    case occupiedBedDays = "occupied-bed-days"

    /// Swedish name.
    public var swedishName: String {
        switch self {
        case .inflow: "inflöde"
        case .production: "produktion"
        case .cancellations: "strykningar"
        case .occupiedBedDays: "belagda vårddagar"
        }
    }
}
