/// A count of patients.
public enum Patients: UnitOfMeasure {
    /// "pat".
    public static let symbol = "pat"
    /// "patienter".
    public static let swedishName = "patienter"
}
