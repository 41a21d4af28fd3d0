import HubStore
import PlanningDomain
import Testing

@testable import Hub

/// The hub's re-protection of national tables with DisclosureControl.
@Suite("National table protection")
struct NationalTableProtectionTests {
    static let period = IndicatorPeriod.parse("2026-W10")!

    static func key(_ code: String, _ id: String = "share-waiting-within-90") -> IndicatorValueKey {
        IndicatorValueKey(regionCode: code, indicatorID: id, definitionVersion: 1, group: "Ortopedi", period: period)
    }

    static func rate(_ code: String, _ numerator: Double, _ denominator: Double) -> IndicatorValue {
        IndicatorValue(key: key(code), numerator: numerator, denominator: denominator)!
    }

    @Test func everyShownFigureAndTheNationalTotalPassAnIndependentAudit() throws {
        let definition = try #require(IndicatorCatalogue.standard.definition(id: "share-waiting-within-90"))
        var seed: UInt64 = 2026
        for _ in 0..<40 {
            var values: [IndicatorValue] = []
            for code in SwedishRegion.all.prefix(8).map(\.code) {
                // A linear congruential sequence (Knuth's MMIX constants) picks the sizes.
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                let denominator = Double((seed >> 33) % 31)
                let numerator = Double((seed >> 40) % (UInt64(denominator) + 1))
                if denominator > 0 { values.append(Self.rate(code, numerator, denominator)) }
            }
            let cells = IndicatorCells(values: values, suppressed: [Self.key("25")])
            let withheld = protectNationalTable(definition: definition, cells: cells)
            let shown = values.filter { !withheld.contains($0.key) }
            // What the comparison shows: each shown region and the national sums over them.
            var cellsShown: [StatisticalCell] = []
            var terms: [[DisclosureCellKey]] = [[], []]
            for value in values {
                for (part, number) in [value.numerator, value.denominator!].enumerated() {
                    let cellKey = DisclosureCellKey(components: [value.key.regionCode, "\(part)"])
                    cellsShown.append(.personCount(cellKey, Int(number)))
                    if shown.contains(value) { terms[part].append(cellKey) }
                }
            }
            var relations: [LinearRelation] = []
            for part in 0..<2 where !terms[part].isEmpty {
                let total = shown.map { part == 0 ? $0.numerator : $0.denominator! }.reduce(0, +)
                cellsShown.append(.personCount("SE|\(part)", Int(total)))
                relations.append(.sum("SE|\(part)", of: terms[part]))
            }
            let release = try StatisticalRelease(cells: cellsShown, relations: relations)
            let published = Set(terms.flatMap { $0 } + (terms[0].isEmpty ? [] : ["SE|0", "SE|1"]))
            let protected = ProtectedRelease(
                ruleVersion: "hub",
                published: release.cells.filter { published.contains($0.key) }.map {
                    .init(key: $0.key, value: .count($0.count!))
                },
                suppressed: release.cells.filter { !published.contains($0.key) }.map {
                    .init(key: $0.key, reason: .primary)
                })
            let audit = DisclosureAudit.verify(protected, of: release, ledger: PublicationLedger())
            #expect(audit.isSafe, "\(audit.findings.map(\.message))")
            // Nothing is withheld that did not have to be: every withheld region has a small part.
            for value in values where withheld.contains(value.key) {
                #expect([value.numerator, value.denominator!].contains { $0 > 0 && $0 < 5 })
            }
            #expect(!withheld.contains(Self.key(nationalRegionCode)))
        }
    }

    @Test func aSmallPartThatIsNoWholeNumberIsStillWithheld() throws {
        let definition = try #require(IndicatorCatalogue.standard.definition(id: "forecast-error"))
        let cells = IndicatorCells(values: [
            IndicatorValue(key: Self.key("01", "forecast-error"), numerator: 2.5, denominator: 40)!,
            IndicatorValue(key: Self.key("03", "forecast-error"), numerator: 12.25, denominator: 60)!,
            IndicatorValue(key: Self.key("05", "forecast-error"), numerator: 7.5, denominator: 3)!,
        ])
        #expect(
            protectNationalTable(definition: definition, cells: cells)
                == [Self.key("01", "forecast-error"), Self.key("05", "forecast-error")])
    }

    @Test func resourceBasedTablesAreExemptAndEachPeriodIsItsOwnTable() throws {
        let occupancy = try #require(IndicatorCatalogue.standard.definition(id: "bed-occupancy"))
        let small = IndicatorCells(values: [
            IndicatorValue(key: Self.key("01", "bed-occupancy"), numerator: 2, denominator: 3)!
        ])
        #expect(protectNationalTable(definition: occupancy, cells: small).isEmpty)
        let inflow = try #require(IndicatorCatalogue.standard.definition(id: "inflow"))
        let later = IndicatorPeriod.parse("2026-W11")!
        func count(_ code: String, _ period: IndicatorPeriod, _ value: Double) -> IndicatorValue {
            IndicatorValue(
                key: IndicatorValueKey(
                    regionCode: code, indicatorID: "inflow", definitionVersion: 1, group: "Ortopedi", period: period),
                count: value)
        }
        let cells = IndicatorCells(values: [
            count("01", Self.period, 3), count("03", Self.period, 20), count("01", later, 30),
            count("03", later, 4),
        ])
        let withheld = protectNationalTable(definition: inflow, cells: cells)
        #expect(withheld.map(\.regionCode).sorted() == ["01", "03"])
        #expect(withheld.map(\.period).sorted() == [Self.period, later])
    }
}
