import PlanningDomain
import Testing

@Suite struct PayloadScanTests {
    /// Appends the Luhn check digit to nine digits (independent of the production detector).
    static func withCheckDigit(_ nine: String) -> String {
        var sum = 0
        for (offset, character) in nine.enumerated() {
            var value = (character.wholeNumberValue ?? 0) * (offset % 2 == 0 ? 2 : 1)
            if value > 9 { value -= 9 }
            sum += value
        }
        return nine + String((10 - sum % 10) % 10)
    }

    @Test func stringsContainingAPersonnummerAnywhereAreFound() {
        let personnummer = Self.withCheckDigit("121212121")  // 1212121212
        let coordination = Self.withCheckDigit("121272123")  // day 72 = 12 + 60
        let found = [
            "19\(personnummer)",
            "patient 19121212-\(personnummer.suffix(4)) opererades",
            "121212-\(personnummer.suffix(4))",
            "121212+\(personnummer.suffix(4))",
            "pnr:\(personnummer);",
            "region=01|\(coordination.prefix(6))-\(coordination.suffix(4))",
            "x\(coordination)x",
        ]
        for text in found { #expect(DisclosurePayloadScan.containsPersonalIdentityNumber(text), "\(text)") }
    }

    @Test func ordinaryKeysDatesAndCountsAreNotMistakenForOne() {
        let personnummer = Self.withCheckDigit("121212121")
        let wrongCheckDigit =
            String(personnummer.dropLast()) + String(((personnummer.last?.wholeNumberValue ?? 0) + 1) % 10)
        let clean = [
            "region=01|specialty=ortopedi|week=2025-W07", "2025-03-14T09:30:00Z", "1234567", "20250314",
            wrongCheckDigit, "121312-1212",  // month 13
            "12345678901234567890",  // a long number is not a personnummer
            "balans-disclosure-1",
        ]
        for text in clean { #expect(!DisclosurePayloadScan.containsPersonalIdentityNumber(text), "\(text)") }
    }

    @Test func protectRefusesAReleaseKeyedByPersonWithoutRepeatingTheNumber() throws {
        let personnummer = "19" + Self.withCheckDigit("121212121")
        let release = try StatisticalRelease(cells: [.personCount("patient=\(personnummer)", 7)])
        do throws(DisclosureError) {
            _ = try DisclosureControl.protect(release)
            Issue.record("a personnummer in a key must be refused")
        } catch {
            #expect(error.code == "disclosure.personal_identity_number")
            #expect(!error.message.contains(personnummer))
            #expect(!error.message.contains(String(personnummer.suffix(4))))
        }
    }

    @Test func aCountThatLooksLikeAPersonnummerIsRefusedToo() throws {
        let value = Int(Self.withCheckDigit("121212121")) ?? 0
        let release = try StatisticalRelease(cells: [.resourceCount("hours", value)])
        #expect(throws: DisclosureError.self) { try DisclosureControl.protect(release) }
    }

    @Test func checkNamesTheStringByPosition() {
        let strings = ["ok", "also ok", "x " + Self.withCheckDigit("121212121")]
        #expect(throws: DisclosureError.personalIdentityNumber(location: "Exporten, sträng nr 3,")) {
            try DisclosurePayloadScan.check(strings, context: "Exporten")
        }
        #expect(throws: Never.self) { try DisclosurePayloadScan.check(strings.prefix(2), context: "Exporten") }
    }
}
