/// A rate of hours per week.
public enum HoursPerWeek: UnitOfMeasure {
    /// "h/v".
    public static let symbol = "h/v"
    /// "timmar per vecka".
    public static let swedishName = "timmar per vecka"
}
