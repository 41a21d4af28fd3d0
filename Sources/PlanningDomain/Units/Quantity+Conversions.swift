// The only conversions between units. Each is named or typed so a reader sees where units change.

extension Quantity where Unit == Days {
    /// The same duration in weeks (days ÷ 7).
    public var inWeeks: Quantity<Weeks> { Quantity<Weeks>(value / 7) }
}

extension Quantity where Unit == Weeks {
    /// The same duration in days (weeks × 7).
    public var inDays: Quantity<Days> { Quantity<Days>(value * 7) }
}

/// Patients handled at a weekly rate over a number of weeks.
public func * (rate: Quantity<PatientsPerWeek>, duration: Quantity<Weeks>) -> Quantity<Patients> {
    Quantity(rate.value * duration.value)
}

/// Patients handled at a weekly rate over a number of weeks.
public func * (duration: Quantity<Weeks>, rate: Quantity<PatientsPerWeek>) -> Quantity<Patients> {
    rate * duration
}

/// The weekly rate that handles a number of patients over a number of weeks.
public func / (patients: Quantity<Patients>, duration: Quantity<Weeks>) -> Quantity<PatientsPerWeek> {
    Quantity(patients.value / duration.value)
}

/// Hours worked at a weekly rate over a number of weeks.
public func * (rate: Quantity<HoursPerWeek>, duration: Quantity<Weeks>) -> Quantity<Hours> {
    Quantity(rate.value * duration.value)
}

/// Hours worked at a weekly rate over a number of weeks.
public func * (duration: Quantity<Weeks>, rate: Quantity<HoursPerWeek>) -> Quantity<Hours> {
    rate * duration
}

/// The weekly rate that adds up to a number of hours over a number of weeks.
public func / (hours: Quantity<Hours>, duration: Quantity<Weeks>) -> Quantity<HoursPerWeek> {
    Quantity(hours.value / duration.value)
}

extension Sequence {
    /// The sum of a sequence of quantities of one unit; zero when empty.
    public func sum<Unit>() -> Quantity<Unit> where Element == Quantity<Unit> {
        reduce(.zero, +)
    }
}
