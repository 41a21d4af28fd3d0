/// Whether a count counts people (and so can identify them) or resources.
public enum CountBasis: String, Hashable, Sendable {
    /// Patients, contacts, operations: small counts can identify people.
    case personBased
    /// Beds, hours, staff positions: exempt from small-count suppression unless the cell asks for it.
    case resourceBased
}

/// One cell of a statistical release: an integer count, or a rate/mean derived from two count cells.
public struct StatisticalCell: Hashable, Sendable {
    /// What the cell holds.
    public enum Content: Hashable, Sendable {
        /// A non-negative integer count.
        case count(Int, basis: CountBasis)
        /// A rate or mean: `numerator / denominator`, both count cells of the same release.
        case ratio(numerator: DisclosureCellKey, denominator: DisclosureCellKey)
    }

    /// The caller's key.
    public let key: DisclosureCellKey
    /// The value.
    public let content: Content
    /// The smallest publishable non-zero count, k (counts 1..k−1 are suppressed when ``protectsSmallCounts``).
    public let threshold: Int
    /// True when counts 1..k−1 are suppressed: always for person-based counts, on request for resource counts.
    public let protectsSmallCounts: Bool
    /// How much hiding this cell costs readers, per unit of its value (≥ 1): secondary suppression prefers the
    /// cheapest cells, so a headline figure can be weighted above a helper figure (a rate's denominator) that
    /// protects the same cell.
    public private(set) var hidingWeight = 1

    /// The default threshold k.
    public static let defaultThreshold = 5

    /// A person-based count (patients, contacts): values 1..k−1 are never published.
    public static func personCount(
        _ key: DisclosureCellKey, _ value: Int, threshold: Int = defaultThreshold
    ) -> StatisticalCell {
        StatisticalCell(key: key, content: .count(value, basis: .personBased), threshold: threshold, protects: true)
    }

    /// A resource count (beds, hours); exempt from small-count suppression unless `protectSmallCounts` is set
    /// (the indicator catalogue decides).
    public static func resourceCount(
        _ key: DisclosureCellKey, _ value: Int, protectSmallCounts: Bool = false, threshold: Int = defaultThreshold
    ) -> StatisticalCell {
        StatisticalCell(
            key: key, content: .count(value, basis: .resourceBased), threshold: threshold,
            protects: protectSmallCounts)
    }

    /// A rate or mean derived from two count cells; published only when both of them are.
    public static func ratio(
        _ key: DisclosureCellKey, numerator: DisclosureCellKey, denominator: DisclosureCellKey
    ) -> StatisticalCell {
        StatisticalCell(
            key: key, content: .ratio(numerator: numerator, denominator: denominator),
            threshold: defaultThreshold, protects: false)
    }

    private init(key: DisclosureCellKey, content: Content, threshold: Int, protects: Bool) {
        self.key = key
        self.content = content
        self.threshold = threshold
        self.protectsSmallCounts = protects
    }

    /// The same cell with `weight` as its ``hidingWeight`` (values below 1 count as 1).
    public func weighted(_ weight: Int) -> StatisticalCell {
        var copy = self
        copy.hidingWeight = max(1, weight)
        return copy
    }

    /// The count, or nil for a ratio cell.
    public var count: Int? {
        if case let .count(value, _) = content { return value }
        return nil
    }

    /// True when the count is a small non-zero value this cell must not show (1..k−1).
    public var isSmallProtectedCount: Bool {
        guard protectsSmallCounts, let count else { return false }
        return count >= 1 && count < threshold
    }
}
