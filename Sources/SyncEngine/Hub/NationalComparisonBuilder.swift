public import WireProtocol

/// Builds the hub's published ``WireProtocol/NationalComparison`` of one cell (indicator, version, group, period)
/// from the regions' latest accepted values, re-protecting what the regions protected: a suppressed region cell
/// stays suppressed (no numbers), and the national figure is withheld when any contributing region is suppressed
/// (otherwise the national total minus the published regions would reveal the suppressed cell).
///
/// The national figure is the sum for counts and the ratio of sums (Σ numerators / Σ denominators) for rates, so
/// regions weigh by their size.
public enum NationalComparisonBuilder {
    /// The natural-key parts after owner and kind that name a cell: `[indicator, v<version>, group, period]`.
    public static func cellParts(of key: NaturalKey) -> [String]? {
        let segments = key.segments
        guard segments.count == 6, segments[1] == "indicator" else { return nil }
        return Array(segments.dropFirst(2))
    }

    /// The comparison of one cell, or nil when no region holds a value for it (or `values` mix cells).
    public static func comparison(of values: [IndicatorValue]) -> NationalComparison? {
        guard let first = values.first else { return nil }
        let cell = { (value: IndicatorValue) in
            [value.indicatorID, String(value.definitionVersion), value.group, value.period]
        }
        guard values.allSatisfy({ cell($0) == cell(first) }) else { return nil }
        let sorted = values.sorted { $0.regionCode < $1.regionCode }
        let cells = sorted.map { value in
            value.suppressed || value.value == nil
                ? ComparisonCell(regionCode: value.regionCode, value: nil, suppressed: value.suppressed)
                : ComparisonCell(regionCode: value.regionCode, value: value.value)
        }
        return NationalComparison(
            indicatorID: first.indicatorID, definitionVersion: first.definitionVersion, group: first.group,
            period: first.period, cells: cells, national: national(of: sorted))
    }

    private static func national(of values: [IndicatorValue]) -> Double? {
        guard !values.contains(where: { $0.suppressed || $0.value == nil }) else { return nil }
        let isRate = values.allSatisfy { $0.denominator != nil && $0.numerator != nil }
        if isRate {
            let numerator = values.compactMap(\.numerator).reduce(0, +)
            let denominator = values.compactMap(\.denominator).reduce(0, +)
            return denominator > 0 ? numerator / denominator : nil
        }
        // A mix of rates and counts cannot be summed meaningfully; only counts (no denominator) are added up.
        guard values.allSatisfy({ $0.denominator == nil }) else { return nil }
        return values.compactMap(\.value).reduce(0, +)
    }
}
