import PlanningDomain

/// A planning object together with the hidden parameters that drive its synthetic history.
struct ObjectPlan: Sendable {
    /// The object as published.
    var object: PlanningObject
    /// Index of its unit in ``OrganisationLayout/leaves``.
    var leafIndex: Int
    /// Mean weekly inflow in a normal week at the start of the history.
    var weeklyRate: Double
    /// Yearly relative trend of the inflow (e.g. 0.03 is 3 % growth a year).
    var trendPerYear: Double
    /// Production capacity relative to inflow over the year (below 1: the waiting list grows).
    var capacityRatio: Double
    /// Minutes of the limiting resource per contact.
    var minutes: Double
    /// Code of the resource whose availability drives production (e.g. "LAK", "OPSAL").
    var drivingResource: String
    /// Acute care has no waiting list; production equals inflow.
    var isAcute: Bool
    /// Days to the medical target date, by priority (nil for acute care).
    var targetDays: Int?
    /// Mean length of stay in days (inpatient objects; 0 for the others).
    var lengthOfStay: Double
}
