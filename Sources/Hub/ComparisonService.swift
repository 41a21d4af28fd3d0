import Foundation
import HubStore
import PlanningDomain
import ServerSupport

/// Builds national comparisons from the store for the API and the web UI: loads every region's cells, takes what
/// the hub may show of them from the table's publication (``publishedProtection(definition:group:cells:reload:)``:
/// disclosure control against the hub's ledger, run when the figures changed, not on every read) and lets
/// ``PlanningDomain/NationalComparison`` do the statistics. Every region is listed (those without a figure as not
/// available).
struct ComparisonService: Sendable {
    let store: HubStore
    /// The clock for publication times in the ledger.
    var now: @Sendable () -> Date = { Date() }

    /// One comparison, ready to show.
    struct Result: Sendable {
        var definition: IndicatorDefinition
        var comparison: NationalComparison
        /// Whether the national total was withheld by disclosure control.
        var nationalSuppressed: Bool
    }

    /// The definition of `indicatorID` at `version` (the current catalogue's when nil), or a 404.
    func definition(_ indicatorID: String, version: Int?) throws -> IndicatorDefinition {
        if let version {
            guard
                let found = try store.publishedDefinitions().first(where: {
                    $0.id == indicatorID && $0.version == version
                })
            else { throw APIError.notFound("Indikatorn \(indicatorID) finns inte i version \(version) av katalogen.") }
            return found
        }
        guard let found = try store.currentCatalogue()?.catalogue.definition(id: indicatorID) else {
            throw APIError.notFound("Indikatorn \(indicatorID) finns inte i den aktuella indikatorkatalogen.")
        }
        return found
    }

    /// The comparison of `definition` in `group` for `period` (the latest reported period when nil).
    func comparison(definition: IndicatorDefinition, group: String, period: IndicatorPeriod?) throws -> Result? {
        guard
            let period = try period
                ?? store.indicatorPeriods(
                    indicatorID: definition.id, definitionVersion: definition.version, group: group
                )
                .first
        else { return nil }
        let load = {
            try store.indicatorCells(
                indicatorID: definition.id, definitionVersion: definition.version, group: group,
                periodType: period.type, upTo: period)
        }
        let (cells, protected) = try publishedProtection(
            definition: definition, group: group, cells: load(), reload: load)
        return Self.compare(definition: definition, group: group, period: period, cells: cells, protected: protected)
    }

    /// The comparison of one period from already loaded cells, protected without a ledger (pure; the tests use it
    /// directly).
    static func compare(
        definition: IndicatorDefinition, group: String, period: IndicatorPeriod, cells: IndicatorCells
    ) -> Result {
        compare(
            definition: definition, group: group, period: period, cells: cells,
            protected: protectNationalTable(definition: definition, cells: cells))
    }

    /// The comparison of one period from loaded cells and the keys disclosure control withholds.
    static func compare(
        definition: IndicatorDefinition, group: String, period: IndicatorPeriod, cells: IndicatorCells,
        protected: Set<IndicatorValueKey>
    ) -> Result {
        var figures: [String: [IndicatorPeriod: RegionFigure]] = [:]
        for region in SwedishRegion.all { figures[region.code] = [:] }
        for value in cells.values where !protected.contains(value.key) {
            figures[value.key.regionCode, default: [:]][value.key.period] = RegionFigure(value)
        }
        for key in cells.suppressed.union(protected) where key.regionCode != nationalRegionCode {
            figures[key.regionCode, default: [:]][key.period] = .suppressed
        }
        let comparison = NationalComparison(definition: definition, group: group, period: period, figures: figures)
        let nationalKey = IndicatorValueKey(
            regionCode: nationalRegionCode, indicatorID: definition.id, definitionVersion: definition.version,
            group: group, period: period)
        return Result(
            definition: definition, comparison: comparison, nationalSuppressed: protected.contains(nationalKey))
    }

    /// One line of a region's overview: its latest figure of an indicator and group against the national median.
    struct OverviewLine: Sendable {
        var definition: IndicatorDefinition
        var group: String
        var period: IndicatorPeriod
        var standing: NationalComparison.RegionStanding?
        var result: Result
    }

    /// For the caller's region: each indicator and group it reported, at its latest period.
    func overview(for identity: HubIdentity, group: String? = nil) throws -> [OverviewLine] {
        let definitions = try store.publishedDefinitions()
        var lines: [OverviewLine] = []
        for cell in try store.latestCells(tenantID: identity.tenant.id) where group == nil || cell.group == group {
            guard
                let definition = definitions.first(where: {
                    $0.id == cell.indicatorID && $0.version == cell.definitionVersion
                })
            else { continue }
            let load = {
                try store.indicatorCells(
                    indicatorID: cell.indicatorID, definitionVersion: cell.definitionVersion, group: cell.group,
                    period: cell.period)
            }
            let (cells, protected) = try publishedProtection(
                definition: definition, group: cell.group, cells: load(), reload: load)
            let result = Self.compare(
                definition: definition, group: cell.group, period: cell.period, cells: cells, protected: protected)
            lines.append(
                OverviewLine(
                    definition: definition, group: cell.group, period: cell.period,
                    standing: result.comparison.standing(of: identity.tenant.code), result: result))
        }
        return lines
    }
}
