/// Parses numbers the way Swedish and English spreadsheets write them.
enum NumberParsing {
    /// "37,5", "37.5", "1 234,5", "1,234.5", "80 %" (as 80), "-2". Nil when it is not a number.
    static func decimal(_ text: String) -> Double? {
        var cleaned = ""
        cleaned.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\u{A0}", "\u{202F}", "%": continue
            case "−": cleaned.append("-")
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        let commas = cleaned.filter { $0 == "," }.count
        let points = cleaned.filter { $0 == "." }.count
        if commas > 0 && points > 0 {
            // The last separator is the decimal one; the other groups thousands.
            let lastComma = cleaned.lastIndex(of: ",")!
            let lastPoint = cleaned.lastIndex(of: ".")!
            if lastComma > lastPoint {
                cleaned = String(cleaned.filter { $0 != "." }.map { $0 == "," ? "." : $0 })
            } else {
                cleaned = String(cleaned.filter { $0 != "," })
            }
        } else if commas == 1 {
            cleaned = String(cleaned.map { $0 == "," ? "." : $0 })
        } else if commas > 1 || points > 1 {
            return nil
        }
        guard !cleaned.isEmpty,
            cleaned.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" || $0 == "e" || $0 == "E" })
        else { return nil }
        return Double(cleaned)
    }
}
