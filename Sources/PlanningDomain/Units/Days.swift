/// A duration in days.
public enum Days: UnitOfMeasure {
    /// "d".
    public static let symbol = "d"
    /// "dagar".
    public static let swedishName = "dagar"
}
