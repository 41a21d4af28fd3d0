/// A rate of patients per week.
public enum PatientsPerWeek: UnitOfMeasure {
    /// "pat/v".
    public static let symbol = "pat/v"
    /// "patienter per vecka".
    public static let swedishName = "patienter per vecka"
}
