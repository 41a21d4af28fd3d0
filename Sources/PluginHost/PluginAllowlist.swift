/// The plugins allowed to run, each pinned to the SHA-256 of its manifest and executable.
///
/// A plugin runs only if its id and its current hash are on the list; an empty list means no plugin runs.
/// The text form is one entry per line, `<id> <sha256>`, exactly what `balans plugin hash <dir>` prints;
/// blank lines and `#` comments are ignored.
public struct PluginAllowlist: Sendable, Hashable {
    /// One allowed plugin version.
    public struct Entry: Sendable, Hashable {
        /// The manifest id.
        public var pluginID: String
        /// 64 lower-case hex digits (see ``PluginPackage/hash``).
        public var hash: String

        /// Creates an entry; the hash is lower-cased.
        public init(pluginID: String, hash: String) {
            self.pluginID = pluginID
            self.hash = hash.lowercased()
        }

        /// The allowlist line for this entry.
        public var line: String { "\(pluginID) \(hash)" }
    }

    /// The entries.
    public var entries: [Entry]

    /// Creates an allowlist.
    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    /// The empty allowlist: no plugin runs.
    public static let empty = PluginAllowlist()

    /// Whether `pluginID` at `hash` may run.
    public func allows(pluginID: String, hash: String) -> Bool {
        entries.contains { $0.pluginID == pluginID && $0.hash == hash.lowercased() }
    }

    /// Parses the text form; throws a Swedish message naming the bad line.
    public static func parse(_ text: String) throws(AllowlistParseError) -> PluginAllowlist {
        var entries: [Entry] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if fields.isEmpty { continue }
            let hash = fields.count == 2 ? fields[1].lowercased() : ""
            guard fields.count == 2, hash.count == 64, hash.allSatisfy({ $0.isHexDigit }) else {
                throw AllowlistParseError(
                    line: index + 1,
                    message: "Rad \(index + 1) i listan över tillåtna pluginer ska vara \"<id> <sha256>\" "
                        + "(64 hexadecimala tecken), som `balans plugin hash <mapp>` skriver ut.")
            }
            entries.append(Entry(pluginID: String(fields[0]), hash: hash))
        }
        return PluginAllowlist(entries: entries)
    }
}
