/// Bed-days (vårddagar): one bed occupied for one day.
public enum BedDays: UnitOfMeasure {
    /// "vd".
    public static let symbol = "vd"
    /// "vårddagar".
    public static let swedishName = "vårddagar"
}
