import PlanningDomain
import WireProtocol

/// A consistent synthetic indicator export of the standard catalogue for one region: `groups` specialties, the
/// 52 weeks of 2025 and its 12 months, every identity the indicator computer guarantees holding exactly, and about
/// a third of the weekly counts small (1…4). 768 values per group.
struct SyntheticIndicatorExport {
    /// The values, as the computer would hand them to the gate.
    var values: [WireProtocol.IndicatorValue] = []

    init(groups: Int, seed: UInt64) {
        var random = SeededRandom(state: seed)
        let weeks = (1...52).map { ISOWeek(year: 2025, week: $0)! }
        let months = (1...12).map { YearMonth(year: 2025, month: $0)! }
        for index in 0..<groups {
            let group = "Specialitet \(index)"
            func count(_ scale: Int) -> Int {
                random.next() % 3 == 0 ? Int(random.next() % 5) : Int(random.next() % UInt64(scale)) + 5
            }
            var weekly: [ISOWeek: [String: Int]] = [:]
            for week in weeks {
                let waiting = count(200)
                let over = min(waiting, count(40))
                let treated = count(30)
                weekly[week] = [
                    "inflow": count(60), "production": count(60), "cancellations": count(8), "waiting": waiting,
                    "over": over, "treated": treated, "treatedWithin": min(treated, count(25)),
                ]
            }
            var periods: [(String, [String: Int])] = weeks.map { ($0.description, weekly[$0]!) }
            for month in months {
                var sum: [String: Int] = [:]
                for week in month.weeks { sum.merge(weekly[week]!, uniquingKeysWith: +) }
                // Stocks are the month's last snapshot.
                let last = weekly[month.weeks.last!]!
                sum["waiting"] = last["waiting"]
                sum["over"] = last["over"]
                periods.append((month.description, sum))
            }
            for (period, figures) in periods {
                values += Self.values(group: group, period: period, figures, random: &random)
            }
        }
    }

    private static func values(
        group: String, period: String, _ figures: [String: Int], random: inout SeededRandom
    ) -> [WireProtocol.IndicatorValue] {
        func value(_ id: String, _ numerator: Double, _ denominator: Double? = nil) -> WireProtocol.IndicatorValue {
            WireProtocol.IndicatorValue(
                regionCode: "09", indicatorID: id, definitionVersion: 1, group: group, period: period,
                numerator: numerator, denominator: denominator,
                value: denominator.map { $0 > 0 ? numerator / $0 : 0 } ?? numerator)
        }
        let figure = { (name: String) in Double(figures[name]!) }
        let plan = figure("production") + Double(random.next() % 10) + 0.5
        var out = [
            value("inflow", figure("inflow")), value("production", figure("production")),
            value("production-vs-plan", figure("production"), plan), value("waiting", figure("waiting")),
            value("waiting-over-90", figure("over")),
            value("cancellations", figure("cancellations")),
            value("bed-occupancy", Double(random.next() % 300), 350),
            value("limiting-capacity-utilisation", Double(random.next() % 900) + 0.25, 1000),
        ]
        if figures["waiting"]! > 0 {
            out.append(value("share-waiting-within-90", figure("waiting") - figure("over"), figure("waiting")))
        }
        if figures["treated"]! > 0 {
            out.append(value("share-treated-within-90", figure("treatedWithin"), figure("treated")))
        }
        if figures["inflow"]! > 0 {
            out.append(value("forecast-error", Double(random.next() % 20) + 0.5, figure("inflow")))
        }
        let all = figure("cancellations") + figure("production")
        if all > 0 { out.append(value("cancellation-share", figure("cancellations"), all)) }
        return out
    }
}

/// A 64-bit linear congruential generator (Knuth's MMIX constants); the high bits are returned.
struct SeededRandom {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
