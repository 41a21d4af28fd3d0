/// The waits that ended in a set of weeks, with the weeks the node has data for (a covered week without entries
/// means nobody was treated).
public struct CompletedWaits: Hashable, Sendable {
    /// The waits.
    public let entries: [CompletedWait]
    /// The weeks the node has data for.
    public let coveredWeeks: Set<ISOWeek>

    /// Creates the set; coverage defaults to the ISO weeks the waits ended in.
    ///
    /// - Throws: ``IndicatorInputError/waitEndsBeforeStart(object:waitingSince:performedOn:)`` for the first wait
    ///   that ends before it starts.
    public init(entries: [CompletedWait], coveredWeeks: Set<ISOWeek>? = nil) throws(IndicatorInputError) {
        if let bad = entries.first(where: { $0.performedOn < $0.waitingSince }) {
            throw .waitEndsBeforeStart(
                object: bad.planningObjectCode, waitingSince: bad.waitingSince, performedOn: bad.performedOn)
        }
        self.entries = entries
        self.coveredWeeks = coveredWeeks ?? Set(entries.map { ISOWeek(containing: $0.performedOn) })
    }
}
