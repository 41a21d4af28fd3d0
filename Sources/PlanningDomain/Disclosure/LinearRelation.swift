/// A linear identity between count cells that anyone who sees the table structure knows: Σ coefficient·value = 0.
///
/// Totals (total = sum of parts), other period lengths (month = sum of its weeks) and other levels
/// (national = sum of regions) are all relations. They are what lets a reader compute a suppressed cell from
/// published ones, so every one that holds must be declared.
public struct LinearRelation: Hashable, Sendable {
    /// One term: `coefficient · value(key)`.
    public struct Term: Hashable, Sendable {
        /// The count cell.
        public let key: DisclosureCellKey
        /// Its integer coefficient (non-zero).
        public let coefficient: Int

        /// A term.
        public init(_ key: DisclosureCellKey, _ coefficient: Int) {
            self.key = key
            self.coefficient = coefficient
        }
    }

    /// The terms; their weighted sum is zero.
    public let terms: [Term]

    /// A relation Σ terms = 0.
    public init(terms: [Term]) { self.terms = terms }

    /// `total = parts[0] + parts[1] + …`.
    public static func sum(_ total: DisclosureCellKey, of parts: [DisclosureCellKey]) -> LinearRelation {
        LinearRelation(terms: [Term(total, -1)] + parts.map { Term($0, 1) })
    }
}
