import PlanningDomain

/// Finds Swedish personal identity numbers anywhere inside free text, not only as a whole value:
/// ``PersonalIdentityNumberDetector`` judges one trimmed token, so the text is cut at every character that cannot
/// be part of one (anything but digits, "-" and "+").
enum PersonIdentifierScan {
    /// Whether any of `texts` contains a personnummer or samordningsnummer.
    static func containsIdentifier(_ texts: [String]) -> Bool {
        texts.contains(where: containsIdentifier)
    }

    /// Whether `text` contains a personnummer or samordningsnummer.
    static func containsIdentifier(_ text: String) -> Bool {
        // Every personnummer has at least ten digits; most texts (codes, weeks, group names) have fewer and need no
        // closer look — this runs on every field of every ingested value.
        var digits = 0
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digits += 1 }
        guard digits >= 10 else { return false }
        var token = ""
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) || scalar == "-" || scalar == "+" {
                token.unicodeScalars.append(scalar)
            } else {
                if check(token) { return true }
                token = ""
            }
        }
        return check(token)
    }

    private static func check(_ token: String) -> Bool {
        guard token.utf8.count >= 10 else { return false }
        // Separators at the edges come from the surrounding text ("pnr:-191212-1212"), not from the number.
        let trimmed = token.drop { $0 == "-" || $0 == "+" }.reversed().drop { $0 == "-" || $0 == "+" }.reversed()
        return PersonalIdentityNumberDetector.matches(String(trimmed))
    }
}
