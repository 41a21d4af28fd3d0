public import PlanningDomain
import WireProtocol

/// One period of a national table as the hub published it: which figures it withheld, and a fingerprint of the
/// regional figures the decision was made from (see ``HubStore/publishNationalTables(indicatorID:definitionVersion:group:periods:at:decide:)``).
public struct NationalPublication: Sendable, Hashable {
    /// The pseudo region code of the national total.
    public static let nationalCode = "SE"

    /// The period.
    public var period: IndicatorPeriod
    /// ``NationalPublication/fingerprint(of:)`` of the regional figures the decision was made from.
    public var fingerprint: String
    /// Region codes whose figure the hub withheld, and ``nationalCode`` when it withheld the national total.
    public var withheld: Set<String>

    /// Creates a value.
    public init(period: IndicatorPeriod, fingerprint: String, withheld: Set<String>) {
        self.period = period
        self.fingerprint = fingerprint
        self.withheld = withheld
    }

    /// A deterministic digest of every region's stored figure in one period of a table (region, suppressed or the
    /// exact bits of numerator and denominator): equal fingerprints mean the table has not changed since it was
    /// published. Written as bytes, not text: every comparison read computes it for each period it shows.
    public static func fingerprint(of cells: IndicatorCells) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32 + 24 * cells.values.count + 8 * cells.suppressed.count)
        bytes.append(contentsOf: "balans.national-table/2\n".utf8)
        func append(_ number: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: number >> shift)) }
        }
        for value in cells.values.sorted(by: { $0.key < $1.key }) {
            bytes.append(contentsOf: value.key.regionCode.utf8)
            bytes.append(0)
            append(value.numerator.bitPattern)
            if let denominator = value.denominator {
                bytes.append(1)
                append(denominator.bitPattern)
            } else {
                bytes.append(0)
            }
        }
        for code in cells.suppressed.map(\.regionCode).sorted() {
            bytes.append(0xFF)
            bytes.append(contentsOf: code.utf8)
            bytes.append(0)
        }
        return ContentDigest.sha256Hex(bytes)
    }
}

/// What disclosure control decided for one period of a national table, for the hub to publish: the figures it
/// withholds, and every count the published table shows (for the ledger).
public struct NationalTableDecision: Sendable, Hashable {
    /// One count the table shows: a region's numerator or denominator, or the national total's.
    public struct ShownCount: Sendable, Hashable {
        /// The region code, or ``NationalPublication/nationalCode``.
        public var regionCode: String
        /// Which part of the figure.
        public var part: NationalTablePart
        /// The count shown.
        public var count: Int

        /// Creates a value.
        public init(regionCode: String, part: NationalTablePart, count: Int) {
            self.regionCode = regionCode
            self.part = part
            self.count = count
        }
    }

    /// Region codes withheld, and ``NationalPublication/nationalCode`` when the national total is.
    public var withheld: Set<String>
    /// The counts shown.
    public var shown: [ShownCount]

    /// Creates a value.
    public init(withheld: Set<String>, shown: [ShownCount]) {
        self.withheld = withheld
        self.shown = shown
    }
}

/// The part of a figure a ledger count belongs to.
public enum NationalTablePart: String, Sendable, Hashable, CaseIterable {
    /// The count, or a rate's numerator.
    case numerator
    /// A rate's denominator.
    case denominator

    /// The disclosure-control cell key of this part of `regionCode`'s figure in the table of `indicatorID`,
    /// `definitionVersion`, `group` and `period`: the same key in every publication, so the ledger's records meet
    /// the cells of a later release.
    public func cellKey(
        regionCode: String, indicatorID: String, definitionVersion: Int, group: String, period: IndicatorPeriod
    ) -> DisclosureCellKey {
        DisclosureCellKey(
            components: [indicatorID, "v\(definitionVersion)", group, period.description, regionCode, rawValue])
    }
}
