import PlanningDomain
import Testing

@Suite struct PrimarySuppressionTests {
    @Test func personCountsOneToKMinusOneAreHiddenAndZeroIsShown() throws {
        let cells = (0...7).map { StatisticalCell.personCount("v\($0)", $0) }
        let protected = try DisclosureControl.protect(try StatisticalRelease(cells: cells))
        #expect(protected.suppressedKeys == ["v1", "v2", "v3", "v4"])
        #expect(protected.suppressed.allSatisfy { $0.reason == .primary })
        #expect(protected.value(of: "v0") == .count(0))
        #expect(protected.value(of: "v5") == .count(5))
        // An isolated hidden cell needs no partner.
        #expect(DisclosureAudit.verify(protected, of: try StatisticalRelease(cells: cells), ledger: .init()).isSafe)
    }

    @Test func thresholdIsPerCell() throws {
        let release = try StatisticalRelease(cells: [
            .personCount("k3", 3, threshold: 3), .personCount("k10", 9, threshold: 10),
            .personCount("k1", 1, threshold: 1),
        ])
        let protected = try DisclosureControl.protect(release)
        #expect(protected.suppressedKeys == ["k10"])
    }

    @Test func resourceCountsAreExemptUnlessFlagged() throws {
        let release = try StatisticalRelease(cells: [
            .resourceCount("beds", 2), .resourceCount("rare-device-hours", 2, protectSmallCounts: true),
        ])
        let protected = try DisclosureControl.protect(release)
        #expect(protected.value(of: "beds") == .count(2))
        #expect(protected.reason(for: "rare-device-hours") == .primary)
    }

    @Test func ratiosFollowTheirNumeratorAndDenominator() throws {
        let release = try StatisticalRelease(
            cells: [
                .personCount("waited-over-90", 3), .personCount("waited-under-90", 40), .personCount("patients", 43),
                .personCount("bed-days", 120), .personCount("stays", 30),
                .ratio("share-over-90", numerator: "waited-over-90", denominator: "patients"),
                .ratio("mean-stay", numerator: "bed-days", denominator: "stays"),
            ],
            relations: [.sum("patients", of: ["waited-over-90", "waited-under-90"])])
        let protected = try DisclosureControl.protect(release)
        #expect(protected.reason(for: "share-over-90") == .dependent(on: "waited-over-90"))
        #expect(protected.value(of: "mean-stay") == .ratio(numerator: 120, denominator: 30))
        #expect(protected.reason(for: "share-over-90")?.code == "disclosure.dependent")
        #expect(DisclosureAudit.verify(protected, of: release, ledger: .init()).isSafe)
    }

    @Test func ratioIsHiddenWhenItsInputIsHiddenOnlySecondarily() throws {
        let release = try StatisticalRelease(
            cells: [
                .personCount("a", 2), .personCount("b", 8), .personCount("c", 30), .personCount("total", 40),
                .ratio("b-share", numerator: "b", denominator: "total"),
            ],
            relations: [.sum("total", of: ["a", "b", "c"])])
        let protected = try DisclosureControl.protect(release)
        #expect(protected.reason(for: "b") == .secondary(protecting: "a"))
        #expect(protected.reason(for: "b-share") == .dependent(on: "b"))
    }

    @Test func malformedReleasesAreRefusedWithTheirPlace() {
        #expect(throws: DisclosureError.duplicateKey("a")) {
            try StatisticalRelease(cells: [.personCount("a", 1), .personCount("a", 2)])
        }
        #expect(throws: DisclosureError.negativeCount("a")) { try StatisticalRelease(cells: [.personCount("a", -1)]) }
        #expect(throws: DisclosureError.invalidThreshold("a", threshold: 0)) {
            try StatisticalRelease(cells: [.personCount("a", 1, threshold: 0)])
        }
        #expect(throws: DisclosureError.invalidRatioInput(ratio: "r", input: "missing")) {
            try StatisticalRelease(cells: [.personCount("a", 1), .ratio("r", numerator: "a", denominator: "missing")])
        }
        #expect(throws: DisclosureError.relationDoesNotHold(index: 0, firstKey: "t")) {
            try StatisticalRelease(
                cells: [.personCount("a", 1), .personCount("b", 2), .personCount("t", 4)],
                relations: [.sum("t", of: ["a", "b"])])
        }
        #expect(throws: DisclosureError.invalidRelationKey(index: 0, key: "x")) {
            try StatisticalRelease(cells: [.personCount("t", 4)], relations: [.sum("t", of: ["x"])])
        }
        #expect(throws: DisclosureError.malformedRelation(index: 0)) {
            try StatisticalRelease(cells: [.personCount("t", 4)], relations: [.sum("t", of: ["t"])])
        }
    }

    @Test func errorMessagesAreSwedishAndNameTheCell() {
        let error = DisclosureError.relationDoesNotHold(index: 2, firstKey: "region=01|all")
        #expect(error.code == "disclosure.relation_does_not_hold")
        #expect(error.message.contains("Samband nr 3"))
        #expect(error.message.contains("region=01|all"))
        #expect(error.description.hasPrefix("disclosure.relation_does_not_hold: "))
    }
}
