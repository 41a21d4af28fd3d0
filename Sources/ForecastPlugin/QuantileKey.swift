/// The JSON object key of a quantile level: its shortest decimal form, as Swift's and Python's `str` print it.
public enum QuantileKey {
    /// The key for `level`, e.g. "0.1" or "0.975".
    public static func key(for level: Double) -> String {
        "\(level)"
    }

    /// The level a key names, or nil if the key is not a number strictly between 0 and 1.
    public static func level(of key: String) -> Double? {
        guard let level = Double(key), level.isFinite, level > 0, level < 1 else { return nil }
        // Reject padded forms like " 0.1" and names like "nan" that Double(_:) would accept.
        guard key.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE-+".contains($0)) }) else { return nil }
        return level
    }
}
