import Foundation
import PlanningDomain

/// Per-week calendar facts and seasonal factors, computed once for the history and the weeks before it
/// (where the initial waiting list entered).
///
/// Offsets count weeks from the first week of history: 0 is `firstWeek`, negative offsets are earlier.
struct WeekTable: Sendable {
    /// Weeks before the history that the initial waiting list may reach back to.
    static let margin = 60

    /// Number of weeks of history.
    let count: Int
    private let weeks: [ISOWeek]
    private let workingDates: [[CivilDate]]
    private let inflowFactors: [Double]
    private let staffVacations: [Double]
    private let roomClosures: [Double]
    private let bedClosures: [Double]

    init(firstWeek: ISOWeek, lastWeek: ISOWeek, calendar: SwedishCalendar = SwedishCalendar()) {
        count = ISOWeek.weeks(from: firstWeek, to: lastWeek) + 1
        let start = firstWeek.adding(weeks: -Self.margin)
        var weeks: [ISOWeek] = []
        var workingDates: [[CivilDate]] = []
        var inflow: [Double] = []
        var staff: [Double] = []
        var rooms: [Double] = []
        var beds: [Double] = []
        for index in 0..<(count + Self.margin) {
            let week = start.adding(weeks: index)
            let holidays = calendar.holidays(in: week)
            let holidayDates = Set(holidays.map(\.date))
            let dates = week.days.filter { !$0.weekday.isWeekend && !holidayDates.contains($0) }
            let isEaster = holidays.contains { $0.holiday == .goodFriday || $0.holiday == .easterMonday }
            weeks.append(week)
            workingDates.append(dates)
            inflow.append(Self.inflowFactor(week: week.week, workingDays: dates.count))
            staff.append(Self.staffVacation(week: week.week, isEaster: isEaster))
            rooms.append(Self.roomClosure(week: week.week))
            beds.append(Self.bedClosure(week: week.week))
        }
        self.weeks = weeks
        self.workingDates = workingDates
        self.inflowFactors = inflow
        self.staffVacations = staff
        self.roomClosures = rooms
        self.bedClosures = beds
    }

    /// The ISO week at `offset`.
    func week(_ offset: Int) -> ISOWeek { weeks[offset + Self.margin] }
    /// Working days (Monday–Friday, not holidays) of the week at `offset`.
    func workingDates(_ offset: Int) -> [CivilDate] { workingDates[offset + Self.margin] }
    /// Number of working days (0–5).
    func workingDays(_ offset: Int) -> Int { workingDates[offset + Self.margin].count }
    /// Inflow relative to a normal week: yearly seasonality, summer and Christmas dips, lost working days.
    func inflowFactor(_ offset: Int) -> Double { inflowFactors[offset + Self.margin] }
    /// Typical share of staff hours lost to vacation.
    func staffVacation(_ offset: Int) -> Double { staffVacations[offset + Self.margin] }
    /// Typical share of operating-room hours closed (summer and Christmas closures).
    func roomClosure(_ offset: Int) -> Double { roomClosures[offset + Self.margin] }
    /// Typical share of beds closed (vårdplatsneddragning in summer and at Christmas).
    func bedClosure(_ offset: Int) -> Double { bedClosures[offset + Self.margin] }

    /// Mean inflow factor over the history.
    var meanInflowFactor: Double {
        inflowFactors[Self.margin...].reduce(0, +) / Double(count)
    }

    static func inflowFactor(week: Int, workingDays: Int) -> Double {
        // Referrals peak in late winter and ebb in autumn (±6 %).
        let yearly = 1 + 0.06 * cos(2 * Double.pi * Double(week - 10) / 52)
        let summer: Double =
            switch week {
            case 26: 0.92
            case 27: 0.78
            case 28: 0.62
            case 29, 30: 0.58
            case 31: 0.64
            case 32: 0.80
            case 33: 0.93
            default: 1
            }
        // Christmas and New Year weeks lose more than their holidays explain (klämdagar, closed primary care).
        let christmas = week >= 52 ? 0.85 : (week == 1 ? 0.92 : 1)
        // A lost working day loses most, not all, of its referrals.
        let holidays = 0.3 + 0.7 * Double(workingDays) / 5
        return yearly * summer * christmas * holidays
    }

    static func staffVacation(week: Int, isEaster: Bool) -> Double {
        switch week {
        case 25: 0.05
        case 26: 0.12
        case 27, 32: 0.28
        case 28: 0.50
        case 29, 30: 0.52
        case 31: 0.48
        case 33: 0.10
        case 52, 53: 0.35
        case 1: 0.25
        case 8, 9: 0.07  // sportlov
        case 44: 0.05  // höstlov
        default: isEaster ? 0.10 : 0.02
        }
    }

    static func roomClosure(week: Int) -> Double {
        switch week {
        case 26, 33: 0.10
        case 27, 32: 0.30
        case 28...31: 0.60
        case 52, 53: 0.50
        case 1: 0.30
        default: 0
        }
    }

    static func bedClosure(week: Int) -> Double {
        switch week {
        case 27, 32: 0.15
        case 28...31: 0.30
        case 52, 53: 0.12
        case 1: 0.08
        default: 0
        }
    }
}
