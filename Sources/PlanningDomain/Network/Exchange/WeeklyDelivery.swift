/// The volume a provider delivered under an agreement in one week.
public struct WeeklyDelivery: Hashable, Sendable, Codable {
    /// The week.
    public var week: ISOWeek
    /// How many units were delivered (visits, operations or bed-days, in the agreement's unit).
    public var count: Int

    /// Creates a delivery record.
    public init(week: ISOWeek, count: Int) {
        self.week = week
        self.count = count
    }
}
