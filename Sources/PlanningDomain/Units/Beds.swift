/// Beds (vårdplatser) available at one time.
public enum Beds: UnitOfMeasure {
    /// "vpl".
    public static let symbol = "vpl"
    /// "vårdplatser".
    public static let swedishName = "vårdplatser"
}
