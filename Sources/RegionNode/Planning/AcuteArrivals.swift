public import FeedFormats
import Foundation
public import PlanningDomain

/// Hourly arrivals to an acute unit, read from CSV: either one row per hour (`datum`, `timme`, `ankomster`) or
/// one row per arrival (`tidpunkt` "ÅÅÅÅ-MM-DD tt:mm"). Every hour of every day between the first and the last
/// date is included, with 0 where the file has no arrivals, so percentiles are not inflated by missing zeros.
public struct AcuteArrivals: Sendable {
    /// One observed hour.
    public struct Hour: Sendable, Hashable {
        /// The date.
        public var date: CivilDate
        /// Hour of day, 0–23.
        public var hour: Int
        /// Arrivals.
        public var arrivals: Double
    }

    /// Every hour of the covered days, in time order.
    public var hours: [Hour]

    /// Reads the CSV bytes; throws a located issue for the first bad row (the file is small).
    public init(csv bytes: [UInt8], name: String) throws(FeedIssue) {
        let document = try CSVDocument(bytes: bytes, sourceName: name)
        let header = document.header.map { TextFolding.fold($0) }
        let dateColumn = header.firstIndex { ["datum", "date"].contains($0) }
        let hourColumn = header.firstIndex { ["timme", "hour", "klocktimme"].contains($0) }
        let countColumn = header.firstIndex { ["ankomster", "arrivals", "antal"].contains($0) }
        let timeColumn = header.firstIndex { ["tidpunkt", "timestamp", "ankomsttid"].contains($0) }
        guard (dateColumn != nil && hourColumn != nil && countColumn != nil) || timeColumn != nil else {
            throw FeedIssue(
                file: name, line: 1, column: nil, value: nil, code: .missingColumn,
                message: "Ange antingen datum, timme och ankomster (en rad per timme) eller tidpunkt (en rad per "
                    + "ankomst, ÅÅÅÅ-MM-DD tt:mm). Rubrikraden innehåller: \(document.header.joined(separator: " | "))."
            )
        }
        var counts: [Int: Double] = [:]  // days since epoch × 24 + hour
        var problem: FeedIssue?
        document.forEachRow { line, fields in
            guard problem == nil else { return }
            func field(_ index: Int) -> String {
                index < fields.count ? fields[index].trimmingCharacters(in: .whitespaces) : ""
            }
            if let timeColumn {
                let text = field(timeColumn)
                let parts = text.split(whereSeparator: { $0 == " " || $0 == "T" })
                guard parts.count >= 2, let date = CivilDate.parse(parts[0]),
                    let hour = Int(parts[1].prefix { $0 != ":" }), (0...23).contains(hour)
                else {
                    problem = FeedIssue(
                        file: name, line: line, column: document.header[timeColumn], value: text, code: .invalidDate,
                        message: "Ingen giltig tidpunkt. Skriv ÅÅÅÅ-MM-DD tt:mm, t.ex. 2025-03-14 08:23.")
                    return
                }
                counts[date.daysSinceEpoch * 24 + hour, default: 0] += 1
            } else if let dateColumn, let hourColumn, let countColumn {
                guard let date = CivilDate.parse(field(dateColumn)) else {
                    problem = FeedIssue(
                        file: name, line: line, column: document.header[dateColumn], value: field(dateColumn),
                        code: .invalidDate, message: "Inget giltigt datum. Skriv ÅÅÅÅ-MM-DD.")
                    return
                }
                guard let hour = Int(field(hourColumn)), (0...23).contains(hour) else {
                    problem = FeedIssue(
                        file: name, line: line, column: document.header[hourColumn], value: field(hourColumn),
                        code: .invalidNumber, message: "Timmen ska vara ett heltal 0–23.")
                    return
                }
                guard let count = Double(field(countColumn).replacingOccurrences(of: ",", with: ".")), count >= 0
                else {
                    problem = FeedIssue(
                        file: name, line: line, column: document.header[countColumn], value: field(countColumn),
                        code: .invalidNumber, message: "Ankomster ska vara ett tal ≥ 0.")
                    return
                }
                counts[date.daysSinceEpoch * 24 + hour, default: 0] += count
            }
        }
        if let problem { throw problem }
        guard let first = counts.keys.min(), let last = counts.keys.max() else {
            throw FeedIssue(
                file: name, line: nil, column: nil, value: nil, code: .emptyFile, message: "Filen har inga ankomster.")
        }
        let firstDay = first / 24
        let lastDay = last / 24
        hours = (firstDay...lastDay).flatMap { day in
            (0..<24).map { hour in
                Hour(date: CivilDate(daysSinceEpoch: day), hour: hour, arrivals: counts[day * 24 + hour] ?? 0)
            }
        }
    }

    /// The dimensioning at `percentile`: capacity per weekday and hour, and how often arrivals exceed it.
    public func dimension(percentile: Double) -> AcuteDimensioningResult {
        let observations = hours.map {
            AcuteDimensioning.Observation(weekday: $0.date.weekday, hour: $0.hour, arrivals: $0.arrivals)
        }
        let capacity = AcuteDimensioning.capacityBySlot(observations, percentile: percentile)
        let over = hours.filter { $0.arrivals > (capacity[$0.date.weekday]?[$0.hour] ?? 0) + 1e-9 }
        return AcuteDimensioningResult(
            percentile: percentile, capacity: capacity, hourCount: hours.count, hoursOver: over.count,
            dayCount: Set(hours.map(\.date)).count, daysWithHoursOver: Set(over.map(\.date)).count,
            arrivalsOver: over.reduce(0) { $0 + $1.arrivals - (capacity[$1.date.weekday]?[$1.hour] ?? 0) })
    }
}

/// Capacity per weekday and hour at a percentile of arrivals, and the peaks it leaves to plan for.
public struct AcuteDimensioningResult: Sendable {
    /// The chosen percentile, e.g. 0.85.
    public var percentile: Double
    /// Capacity (patients per hour) by weekday and hour.
    public var capacity: [Weekday: [Int: Double]]
    /// Hours observed.
    public var hourCount: Int
    /// Hours whose arrivals exceed the capacity.
    public var hoursOver: Int
    /// Days observed.
    public var dayCount: Int
    /// Days with at least one hour over.
    public var daysWithHoursOver: Int
    /// Patients above capacity in those hours (to handle through cooperation between units).
    public var arrivalsOver: Double

    /// The Swedish report: a weekday × hour table and the exceedances.
    public var text: String {
        let percent = Int((percentile * 100).rounded())
        var lines = ["Akut dimensionering vid \(percent):e percentilen av ankomsterna per timme (patienter per timme)."]
        let days = Weekday.allCases
        lines.append(
            "timme " + days.map { $0.swedishName.prefix(3).padding(toLength: 6, withPad: " ", startingAt: 0) }.joined())
        for hour in 0..<24 {
            let cells = days.map { day -> String in
                let value = capacity[day]?[hour] ?? 0
                return String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
                    .padding(toLength: 6, withPad: " ", startingAt: 0)
            }
            lines.append(String(format: "%02d    ", hour) + cells.joined())
        }
        let share = hourCount > 0 ? Double(hoursOver) / Double(hourCount) * 100 : 0
        lines.append(
            "Timmar över kapaciteten: \(hoursOver) av \(hourCount) (\(String(format: "%.1f", share).replacingOccurrences(of: ".", with: ",")) %), "
                + "på \(daysWithHoursOver) av \(dayCount) dagar; \(Int(arrivalsOver.rounded())) patienter över "
                + "kapaciteten att hantera genom samverkan.")
        return lines.joined(separator: "\n")
    }
}

extension AcuteArrivals {
    /// Arrivals as stored on the node (``NodeStore/acuteArrivals()``), already one row per hour.
    init(stored: [(date: CivilDate, hour: Int, arrivals: Double)]) {
        hours = stored.map { Hour(date: $0.date, hour: $0.hour, arrivals: $0.arrivals) }
    }
}
