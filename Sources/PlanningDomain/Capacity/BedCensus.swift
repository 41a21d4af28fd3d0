/// Bed need from admissions and length of stay: census(t) = Σ admissions over the last LOS days, and the beds
/// needed at an occupancy target = census / occupancy.
public enum BedCensus {
    /// Daily census for a fixed length of stay: a patient admitted on day d occupies a bed on days d … d+LOS−1.
    ///
    /// - Parameters:
    ///   - admissions: admissions per day, oldest first.
    ///   - lengthOfStay: whole days (≥ 1) each admission stays.
    /// - Returns: occupied beds per day, same length as `admissions` (the first days only count admissions
    ///   inside the window, so start the series LOS days before the period you read).
    public static func census(admissions: [Double], lengthOfStay: Quantity<Days>) -> [Double] {
        let stay = max(1, Int(lengthOfStay.value.rounded()))
        var result = [Double](repeating: 0, count: admissions.count)
        var running = 0.0
        for day in admissions.indices {
            running += admissions[day]
            if day >= stay { running -= admissions[day - stay] }
            result[day] = running
        }
        return result
    }

    /// Beds needed to hold `census` at the target occupancy (e.g. 0.85); nil when the target is not in (0, 1].
    public static func bedsNeeded(census: Double, occupancyTarget: Double) -> Quantity<Beds>? {
        guard occupancyTarget > 0, occupancyTarget <= 1 else { return nil }
        return Quantity(census / occupancyTarget)
    }

    /// Mean length of stay implied by a steady state (Little's law): census / admissions per day.
    public static func averageLengthOfStay(census: Double, admissionsPerDay: Double) -> Quantity<Days>? {
        admissionsPerDay > 0 ? Quantity(census / admissionsPerDay) : nil
    }
}
