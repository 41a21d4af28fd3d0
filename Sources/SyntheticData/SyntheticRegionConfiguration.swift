public import PlanningDomain

/// What synthetic region to generate: which region, which seed, which weeks. The same configuration always
/// gives bit-identical output.
public struct SyntheticRegionConfiguration: Sendable, Hashable, Codable {
    /// County code of the region to imitate, e.g. "05"; its population (from ``SwedishRegion/all``) sizes
    /// the organisation and the volumes.
    public var regionCode: String
    /// Seed of the pseudo-random generator.
    public var seed: UInt64
    /// First week of history.
    public var firstWeek: ISOWeek
    /// Last complete week of history.
    public var lastWeek: ISOWeek
    /// Dates of the waiting-list snapshots (extractions), in the order they are emitted.
    public var waitingSnapshotDates: [CivilDate]
    /// Multiplies the population-derived volumes (1 is realistic; use less for small test data).
    public var scale: Double
    /// How many specialties (1–40): the standard 16, then up to 24 more that a large region has.
    public var specialtyCount: Int
    /// The specialties every region has by default.
    public static let standardSpecialtyCount = 16
    /// The most specialties the generator knows.
    public static let maximumSpecialtyCount = 40

    /// A configuration with `years` full years of history ending with `lastWeek`, and waiting-list snapshots
    /// at the ends of the three quarters before `lastWeek` and on the Sunday of `lastWeek`.
    public init(
        regionCode: String, seed: UInt64 = 1, lastWeek: ISOWeek, years: Int = 3, scale: Double = 1,
        specialtyCount: Int = standardSpecialtyCount
    ) {
        precondition(years >= 1, "years must be at least 1, not \(years)")
        precondition(
            (1...Self.maximumSpecialtyCount).contains(specialtyCount),
            "specialtyCount must be 1–\(Self.maximumSpecialtyCount), not \(specialtyCount)")
        self.specialtyCount = specialtyCount
        self.regionCode = regionCode
        self.seed = seed
        self.lastWeek = lastWeek
        self.scale = scale
        let end = lastWeek.sunday
        // The day after the same date `years` years earlier (28 February stands in for 29 February).
        let startDate =
            CivilDate(year: end.year - years, month: end.month, day: end.day)
            ?? CivilDate(year: end.year - years, month: end.month, day: end.day - 1)!
        self.firstWeek = ISOWeek(containing: startDate.adding(days: 1))
        let quarter = YearQuarter(containing: end)
        self.waitingSnapshotDates =
            (1...3).reversed().map { quarter.adding(quarters: -$0).lastDay } + [end]
    }
}
