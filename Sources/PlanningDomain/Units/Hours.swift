/// Hours of time, e.g. staff or operating-room time.
public enum Hours: UnitOfMeasure {
    /// "h".
    public static let symbol = "h"
    /// "timmar".
    public static let swedishName = "timmar"
}
