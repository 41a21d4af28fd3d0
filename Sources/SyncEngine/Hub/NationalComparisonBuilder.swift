public import WireProtocol

/// Builds the hub's published ``WireProtocol/NationalComparison`` of one cell (indicator, version, group, period)
/// from the regions' latest accepted values, re-protecting what the regions protected: a suppressed region cell
/// stays suppressed (no numbers), and the national figure is withheld when any contributing region is suppressed
/// (otherwise the national total minus the published regions would reveal the suppressed cell).
///
/// The national figure is the sum for counts and the ratio of sums (Σ numerators / Σ denominators) for rates, so
/// regions weigh by their size.
public enum NationalComparisonBuilder {
    /// The key of the cell an indicator value belongs to, `hub/cell/<indicator>/v<version>/<group>/<period>`: the
    /// value's key with its owner and kind replaced, by a byte scan (the hub queues one per value it stores, by the
    /// hundred thousand). Nil unless `key` is an indicator key of six segments. The parts
    /// (`[indicator, v<version>, group, period]`) stay escaped as they are.
    public static func cellKey(of key: NaturalKey) -> NaturalKey? {
        let bytes = key.rawValue.utf8
        var slashes: [String.UTF8View.Index] = []
        for index in bytes.indices where bytes[index] == UInt8(ascii: "/") {
            slashes.append(index)
            if slashes.count > 5 { return nil }
        }
        guard slashes.count == 5 else { return nil }
        let kind = key.rawValue[bytes.index(after: slashes[0])..<slashes[1]]
        guard kind == "indicator" else { return nil }
        return NaturalKey(rawValue: "hub/cell/" + key.rawValue[bytes.index(after: slashes[1])...])
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
