/// The caller's name for one cell of a statistical release, e.g. "region=01|specialty=ortopedi|week=2025-W07".
///
/// Opaque to disclosure control: it is only compared, ordered (for deterministic output) and scanned for
/// personal identity numbers. Build it from dimension values with ``init(components:)``.
public struct DisclosureCellKey: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringInterpolation
{
    /// The key text.
    public let rawValue: String

    /// A key with the given text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A key from dimension values, joined with "|" (e.g. `["01", "ortopedi", "2025-W07"]`).
    public init(components: [String]) { self.rawValue = components.joined(separator: "|") }

    /// A key with the literal's text (interpolation allowed: `"region=\(code)"`).
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The key text.
    public var description: String { rawValue }

    /// Orders by the key text (byte order), which is what makes every output of disclosure control deterministic.
    public static func < (lhs: DisclosureCellKey, rhs: DisclosureCellKey) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }
}
