public import PlanningDomain

/// The documented fallback resource use, for (unit, resource) pairs whose history cannot be estimated.
///
/// Minutes per unit of production by contact type, for the resource codes the node's feeds use (LAK läkare,
/// SSK sjuksköterska, OPSAL operationssal). Inpatient care uses beds (VPL) through length of stay instead:
/// ``lengthOfStayDays`` days at ``bedOccupancy`` occupancy per admission.
public enum PlanningDefaults {
    /// Minutes per visit, call, video call, operation and admission.
    public static let resourceUse = ResourceUseDefaults(byContactType: [
        .visit: ["LAK": 30],
        .phone: ["SSK": 15],
        .video: ["LAK": 20],
        .operation: ["OPSAL": 120, "LAK": 120],
        .inpatient: ["LAK": 30, "SSK": 120],
    ])
    /// Mean length of stay per admission, in days.
    public static let lengthOfStayDays = 4.0
    /// Bed occupancy the bed need is sized for.
    public static let bedOccupancy = 0.85
    /// Weeks of production and capacity history used to estimate resource use.
    public static let historyWeeks = 104
    /// Utilisation above which a resource is reported as limiting (a 5 % margin).
    public static let limitingThreshold = 0.95
    /// Hours of operating room per operation, for "one more operation per day".
    public static let operatingHoursPerOperation = 2.0
}
