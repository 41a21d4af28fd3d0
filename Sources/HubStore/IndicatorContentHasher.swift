import PlanningDomain
import WireProtocol

/// The content hash of a stored indicator value: SHA-256, as lower-case hex, over its canonical text
///
/// ```
/// balans.indicator-value/1
/// 05/inflow@1/Ortopedi/2025-W07
/// suppressed=0
/// numerator=120.0
/// denominator=-
/// ```
///
/// Equal hashes mean nothing changed. The text is written byte by byte into one reused buffer and hashed with
/// swift-crypto (``WireProtocol/ContentDigest``): building it through string interpolation and hashing it in pure Swift was a twelfth of the
/// hub's ingestion time. The bytes are exactly those of the interpolated text, so hashes stored before stay valid
/// (a test holds the two forms together).
struct IndicatorContentHasher {
    private var text: [UInt8] = []

    /// A hasher with its buffer reserved.
    init() { text.reserveCapacity(256) }

    /// The hash of `cell`.
    mutating func hash(_ cell: HubStore.CheckedCell) -> String {
        text.removeAll(keepingCapacity: true)
        append("balans.indicator-value/1\n")
        append(cell.key.regionCode)
        text.append(UInt8(ascii: "/"))
        append(cell.key.indicatorID)
        text.append(UInt8(ascii: "@"))
        append(String(cell.key.definitionVersion))
        text.append(UInt8(ascii: "/"))
        append(cell.key.group)
        text.append(UInt8(ascii: "/"))
        append(cell.periodText)
        append(cell.suppressed ? "\nsuppressed=1\nnumerator=" : "\nsuppressed=0\nnumerator=")
        append(cell.numerator)
        append("\ndenominator=")
        append(cell.denominator)
        text.append(UInt8(ascii: "\n"))
        return ContentDigest.sha256Hex(text)
    }

    private mutating func append(_ string: String) { text.append(contentsOf: string.utf8) }

    private mutating func append(_ number: Double?) {
        if let number { append(number.description) } else { text.append(UInt8(ascii: "-")) }
    }
}
