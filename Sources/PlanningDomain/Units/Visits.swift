/// Production units: visits, procedures and other counted activities (besök/åtgärder).
public enum Visits: UnitOfMeasure {
    /// "besök".
    public static let symbol = "besök"
    /// "besök/åtgärder".
    public static let swedishName = "besök/åtgärder"
}
