/// A kind of node data an indicator is computed from; named when the data is missing.
public enum IndicatorDataSource: String, CaseIterable, Hashable, Sendable, Codable {
    /// Weekly inflow per planning object.
    case inflow
    /// Weekly production per planning object.
    case production
    /// Planned weekly production (the agreed production plan).
    case plannedProduction
    /// Forecast weekly inflow.
    case inflowForecast
    /// Weekly cancellations (strykningar).
    case cancellations
    /// Weekly occupied bed-days.
    case occupiedBedDays
    /// Waiting-list snapshots.
    case waitingList
    /// Completed waits (who was treated, after how long).
    case completedWaits
    /// Available capacity per resource and week.
    case capacity

    /// Swedish name, for messages.
    public var swedishName: String {
        switch self {
        case .inflow: "inflöde"
        case .production: "produktion"
        case .plannedProduction: "produktionsplan"
        case .inflowForecast: "prognos för inflöde"
        case .cancellations: "strykningar"
        case .occupiedBedDays: "belagda vårddagar"
        case .waitingList: "väntelista"
        case .completedWaits: "avslutade väntetider"
        case .capacity: "kapacitet"
        }
    }
}
