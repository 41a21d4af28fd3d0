/// One week's planned volume of one planning object broken down into days (daglig plan), for the operational
/// level to translate into capacity per day and match with staff and room schedules.
public struct DailyPlan: Hashable, Sendable {
    /// One day's share of the week.
    public struct Day: Hashable, Sendable {
        /// The date.
        public var date: CivilDate
        /// The planned volume that day.
        public var volume: Double

        /// Creates a day.
        public init(date: CivilDate, volume: Double) {
            self.date = date
            self.volume = volume
        }
    }

    /// The week.
    public var week: ISOWeek
    /// The planning object code.
    public var object: String
    /// The days that get volume, in date order (opening days that are not holidays).
    public var days: [Day]
    /// Opening days removed because they are holidays (public or de facto), in date order.
    public var removedHolidays: [HolidayDate]

    /// The sum of the days' volumes; equal to the week's planned volume.
    public var total: Double { VolumeDistribution.sum(days.map(\.volume)) }

    /// Creates a daily plan.
    public init(week: ISOWeek, object: String, days: [Day], removedHolidays: [HolidayDate]) {
        self.week = week
        self.object = object
        self.days = days
        self.removedHolidays = removedHolidays
    }

    /// Splits `object`'s planned volume in `week` over the week's opening days, minus holidays.
    ///
    /// A day gets volume when its weekday is in `openingDays` and `calendar` has no holiday (public or de facto,
    /// e.g. långfredagen, julafton) on it. Weekend days count only if they are opening days, so a unit open on
    /// Saturdays keeps them. The split is equal per day unless `weights` gives relative weights per weekday
    /// (a missing weekday weighs 1). The days add up to the week's volume exactly (see ``ProductionPlan``).
    ///
    /// - Throws: ``DailyPlanError`` when the week is outside the plan, the object is unknown, a weight is bad, or
    ///   no opening day of the week is left.
    public static func breakDown(
        plan: ProductionPlan, week: ISOWeek, object: String, openingDays: Set<Weekday>,
        calendar: SwedishCalendar, weights: [Weekday: Double] = [:]
    ) throws(DailyPlanError) -> DailyPlan {
        guard plan.contains(week) else {
            throw .weekOutsidePlan(week: week, start: plan.startWeek, end: plan.endWeek)
        }
        guard let volume = plan.volumes[object]?[plan.index(of: week)!] else {
            throw .unknownObject(object: object, scope: plan.scope)
        }
        if let (weekday, weight) = weights.first(where: { !$0.value.isFinite || $0.value < 0 }) {
            throw .invalidWeight(weekday: weekday, weight: weight)
        }
        let holidays = calendar.holidays(in: week)
        let holidayDates = Set(holidays.map(\.date))
        let opening = week.days.filter { openingDays.contains($0.weekday) }
        let open = opening.filter { !holidayDates.contains($0) }
        let removed = holidays.filter { openingDays.contains($0.date.weekday) }
        guard !open.isEmpty else {
            throw .noOpeningDay(week: week, object: object, openingDays: openingDays, holidays: removed)
        }
        let dayWeights = open.map { weights[$0.weekday] ?? 1 }
        guard VolumeDistribution.sum(dayWeights) > 0 else {
            throw .zeroWeights(week: week, days: open.map(\.weekday))
        }
        let volumes = VolumeDistribution.distribute(volume, weights: dayWeights)
        return DailyPlan(
            week: week, object: object, days: zip(open, volumes).map { Day(date: $0, volume: $1) },
            removedHolidays: removed)
    }
}
