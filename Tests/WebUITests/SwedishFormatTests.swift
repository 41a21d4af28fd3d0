import Foundation
import PlanningDomain
import Testing
import WebUI

@Suite struct SwedishFormatTests {
    let nnbsp = "\u{202F}"

    @Test func numbersUseNarrowSpacesBetweenThousandsAndADecimalComma() {
        #expect(SwedishFormat.number(1_234_567.891, decimals: 2) == "1\(nnbsp)234\(nnbsp)567,89")
        #expect(SwedishFormat.number(999, decimals: 0) == "999")
        #expect(SwedishFormat.number(1000, decimals: 0) == "1\(nnbsp)000")
        #expect(SwedishFormat.number(0.5, decimals: 1) == "0,5")
        #expect(SwedishFormat.number(200, decimals: 1, trimZeros: true) == "200")
        #expect(SwedishFormat.number(12.50, decimals: 2, trimZeros: true) == "12,5")
    }

    @Test func negativeNumbersUseTheMinusSignAndRoundedZeroHasNoSign() {
        #expect(SwedishFormat.number(-1234.5, decimals: 1) == "\u{2212}1\(nnbsp)234,5")
        #expect(SwedishFormat.number(-0.04, decimals: 1) == "0,0")
        #expect(SwedishFormat.integer(-1_234) == "\u{2212}1\(nnbsp)234")
    }

    @Test func missingAndNonFiniteValuesShowADash() {
        #expect(SwedishFormat.number(nil) == "–")
        #expect(SwedishFormat.number(.nan) == "–")
        #expect(SwedishFormat.number(.infinity) == "–")
        #expect(SwedishFormat.percent(.nan) == "–")
    }

    @Test func percentagesHaveOneDecimalAndANoBreakSpace() {
        #expect(SwedishFormat.percent(0.123) == "12,3\u{00A0}%")
        #expect(SwedishFormat.percent(1) == "100,0\u{00A0}%")
        #expect(SwedishFormat.percent(0.98765, decimals: 0) == "99\u{00A0}%")
    }

    @Test func datesAndWeeksReadAsSwedishPlannersWriteThem() {
        #expect(SwedishFormat.date(CivilDate(year: 2026, month: 11, day: 25)!) == "25 november 2026")
        #expect(SwedishFormat.date(CivilDate(year: 2027, month: 3, day: 1)!) == "1 mars 2027")
        let week = ISOWeek(year: 2026, week: 12)!
        #expect(SwedishFormat.weekShort(week) == "v.\u{00A0}12")
        #expect(SwedishFormat.weekISO(week) == "2026-W12")
        #expect(SwedishFormat.weekLong(week) == "vecka 12 2026")
    }

    @Test func formattingRoundTripsThroughASwedishParser() {
        // Property-style: removing the separators and swapping the comma gives back the rounded value.
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let value = Double.random(in: -5_000_000...5_000_000, using: &generator)
            let text = SwedishFormat.number(value, decimals: 2)
            let plain = text.replacingOccurrences(of: nnbsp, with: "").replacingOccurrences(of: ",", with: ".")
                .replacingOccurrences(of: "\u{2212}", with: "-")
            let parsed = Double(plain)!
            #expect(abs(parsed - value) <= 0.005 + 1e-9, "\(value) → \(text)")
        }
    }
}
