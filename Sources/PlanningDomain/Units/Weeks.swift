/// A duration in weeks (v for vecka).
public enum Weeks: UnitOfMeasure {
    /// "v".
    public static let symbol = "v"
    /// "veckor".
    public static let swedishName = "veckor"
}
