/// A holiday together with the date it falls on in a particular year.
public struct HolidayDate: Hashable, Sendable, Codable {
    /// The date of the holiday.
    public let date: CivilDate
    /// Which holiday it is.
    public let holiday: SwedishHoliday

    /// Pairs a date with a holiday.
    public init(date: CivilDate, holiday: SwedishHoliday) {
        self.date = date
        self.holiday = holiday
    }
}
