/// Decides whether a number format shows a calendar date, which is when a numeric cell's serial becomes
/// `YYYY-MM-DD`.
///
/// Pure time formats (`h:mm`, built-ins 18–21 and 45–47) are deliberately *not* dates: their values are
/// fractions of a day, and turning 0.5 into "1900-01-00" would be nonsense, so they keep their number.
enum DateFormatDetector {
    /// Built-in format ids that show a date: 14–17 (`mm-dd-yy`, `d-mmm-yy`, ...) and 22 (`m/d/yy h:mm`).
    /// Excel localises id 14, which is how a Swedish `ÅÅÅÅ-MM-DD` cell is usually stored.
    static func isBuiltInDate(_ id: Int) -> Bool {
        (14...17).contains(id) || id == 22
    }

    /// Whether a custom format code contains a day, month or year token outside quoted text, `[...]` sections
    /// (colours, locales, conditions), escaped characters and `_x`/`*x` spacing. An `m` counts as month unless it
    /// follows an hour or precedes seconds, where Excel reads it as minutes.
    static func isDate(formatCode: String) -> Bool {
        let tokens = dateTimeTokens(in: formatCode)
        if tokens.contains(where: { $0 == "d" || $0 == "y" }) { return true }
        for (index, token) in tokens.enumerated() where token == "m" {
            let previous = tokens[..<index].last { $0 != "m" }
            let following = tokens[(index + 1)...].first { $0 != "m" }
            if previous != "h" && following != "s" { return true }
        }
        return false
    }

    /// The lowercased date and time letters (d, m, y, h, s) of `formatCode`, in order, with everything that
    /// Excel does not interpret as a date or time token removed. Elapsed-time sections `[h]`, `[mm]`, `[ss]`
    /// count as their letter so `[h]:mm` reads as minutes.
    private static func dateTimeTokens(in formatCode: String) -> [Character] {
        var tokens: [Character] = []
        var characters = Array(formatCode.lowercased())
        // AM/PM markers contain an "m" that is not a month.
        characters = removing(["a", "m", "/", "p", "m"], from: characters)
        characters = removing(["a", "/", "p"], from: characters)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                index = (characters[(index + 1)...].firstIndex(of: "\"") ?? characters.count) + 1
                continue
            case "[":
                let end = characters[(index + 1)...].firstIndex(of: "]") ?? characters.count
                let inside = characters[(index + 1)..<min(end, characters.count)]
                if !inside.isEmpty, let first = inside.first, "hms".contains(first), inside.allSatisfy({ $0 == first })
                {
                    tokens.append(first)
                }
                index = end + 1
                continue
            case "\\", "_", "*":
                index += 2
                continue
            case "d", "m", "y", "h", "s":
                tokens.append(character)
            default:
                break
            }
            index += 1
        }
        return tokens
    }

    private static func removing(_ pattern: [Character], from characters: [Character]) -> [Character] {
        guard characters.count >= pattern.count else { return characters }
        var result: [Character] = []
        var index = 0
        while index < characters.count {
            if index + pattern.count <= characters.count,
                Array(characters[index..<(index + pattern.count)]) == pattern
            {
                index += pattern.count
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }
}
