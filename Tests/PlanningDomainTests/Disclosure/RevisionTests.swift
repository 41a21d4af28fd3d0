import PlanningDomain
import Testing

@Suite struct RevisionTests {
    static func list(a: Int, b: Int, c: Int) throws -> StatisticalRelease {
        try StatisticalRelease(
            cells: [
                .personCount("a", a), .personCount("b", b), .personCount("c", c), .personCount("total", a + b + c),
            ],
            relations: [.sum("total", of: ["a", "b", "c"])])
    }

    static func publishedFirst(a: Int, b: Int, c: Int) throws -> PublicationLedger {
        let first = try DisclosureControl.protect(try list(a: a, b: b, c: c))
        #expect(first.suppressed.isEmpty)
        return try PublicationLedger().recording(first, at: "2025-03-03T08:00:00Z")
    }

    @Test func twelveBecomingThirteenDoesNotRevealTheOnePerson() throws {
        let ledger = try Self.publishedFirst(a: 12, b: 20, c: 30)
        let release = try Self.list(a: 13, b: 20, c: 30)
        let protected = try DisclosureControl.protect(release, ledger: ledger)
        #expect(protected.reason(for: "a") == .revision)
        // The total moved by one too.
        #expect(protected.reason(for: "total") == .revision)
        #expect(protected.value(of: "b") == .count(20))
        #expect(DisclosureAudit.verify(protected, of: release, ledger: ledger).isSafe)
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(protected, release: release, ledger: ledger),
            searchBound: 200)
        #expect(attacker.feasibleValues(of: "a").count == 2)
        let reason = try #require(protected.reason(for: "a"))
        #expect(reason.code == "disclosure.revision")
        #expect(reason.swedish.contains("Revideringen hålls inne"))
        #expect(reason.english.contains("Revision held back"))
    }

    @Test func smallRevisionStaysHiddenWhenTheTotalMovesALot() throws {
        // a: 12 → 13 (held back), b: 20 → 30, total 62 → 73 (fine on its own). Publishing b and c would give a.
        let ledger = try Self.publishedFirst(a: 12, b: 20, c: 30)
        let release = try Self.list(a: 13, b: 30, c: 30)
        let protected = try DisclosureControl.protect(release, ledger: ledger)
        #expect(protected.reason(for: "a") == .revision)
        #expect(protected.suppressed.count == 2)
        #expect(DisclosureAudit.verify(protected, of: release, ledger: ledger).isSafe)
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(protected, release: release, ledger: ledger),
            searchBound: 200)
        #expect(attacker.feasibleValues(of: "a").count == 2)
    }

    @Test func smallDecreaseIsHeldBackTooAndLargeChangesArePublished() throws {
        let ledger = try Self.publishedFirst(a: 13, b: 20, c: 40)
        let release = try Self.list(a: 12, b: 25, c: 40)
        let protected = try DisclosureControl.protect(release, ledger: ledger)
        #expect(protected.reason(for: "a") == .revision)
        #expect(protected.value(of: "c") == .count(40))
        #expect(DisclosureAudit.verify(protected, of: release, ledger: ledger).isSafe)

        let bigChange = try Self.list(a: 18, b: 20, c: 40)
        let published = try DisclosureControl.protect(bigChange, ledger: ledger)
        #expect(published.suppressed.isEmpty)
    }

    @Test func resourceCountsMayBeRevisedByOne() throws {
        let first = try StatisticalRelease(cells: [.resourceCount("beds", 12)])
        let ledger = try PublicationLedger().recording(
            try DisclosureControl.protect(first), at: "2025-03-03T08:00:00Z")
        let second = try StatisticalRelease(cells: [.resourceCount("beds", 13)])
        #expect(try DisclosureControl.protect(second, ledger: ledger).suppressed.isEmpty)
        let flagged = try StatisticalRelease(cells: [.resourceCount("beds", 13, protectSmallCounts: true)])
        #expect(try DisclosureControl.protect(flagged, ledger: ledger).reason(for: "beds") == .revision)
    }

    @Test func anyEarlierVisibleValueCountsNotOnlyTheLatest() throws {
        // 12 was shown, then 30; a new 13 is one away from the first.
        var ledger = try Self.publishedFirst(a: 12, b: 20, c: 30)
        try ledger.record(try DisclosureControl.protect(try Self.list(a: 30, b: 20, c: 30)), at: "2025-04-01T08:00:00Z")
        #expect(ledger.visibleCounts(of: "a") == [12, 30])
        let protected = try DisclosureControl.protect(try Self.list(a: 13, b: 20, c: 30), ledger: ledger)
        #expect(protected.reason(for: "a") == .revision)
    }

    @Test func hidingAValueThatWasPublishedBeforeDoesNotCountSoTheTotalIsHidden() throws {
        // b and c are unchanged and already public; the only way to protect a small a is to hide the total.
        let ledger = try Self.publishedFirst(a: 12, b: 20, c: 30)
        let release = try Self.list(a: 3, b: 20, c: 30)
        let protected = try DisclosureControl.protect(release, ledger: ledger)
        #expect(protected.reason(for: "a") == .primary)
        #expect(protected.reason(for: "total") == .secondary(protecting: "a"))
        #expect(protected.value(of: "b") == .count(20))
        #expect(protected.value(of: "c") == .count(30))
        #expect(DisclosureAudit.verify(protected, of: release, ledger: ledger).isSafe)
    }

    @Test func aSmallValueAlreadyPublishedUnderAnOlderRuleIsReportedAsAnExposure() throws {
        let old = try StatisticalRelease(cells: [.personCount("x", 3, threshold: 3), .personCount("y", 9)])
        let ledger = try PublicationLedger().recording(
            try DisclosureControl.protect(old, ruleVersion: "k3"), at: "2024-12-01T08:00:00Z")
        #expect(ledger.records.map(\.ruleVersion) == ["k3", "k3"])
        let release = try StatisticalRelease(cells: [.personCount("x", 3), .personCount("y", 9)])
        let protected = try DisclosureControl.protect(release, ledger: ledger)
        #expect(protected.reason(for: "x") == .primary)
        #expect(protected.exposures == ["x"])
        #expect(DisclosureAudit.verify(protected, of: release, ledger: ledger).isSafe)
        // An audit that is not told about the exposure says so.
        let silent = ProtectedRelease(
            ruleVersion: protected.ruleVersion, published: protected.published, suppressed: protected.suppressed)
        #expect(DisclosureAudit.verify(silent, of: release, ledger: ledger).keys(of: .unreportedExposure) == ["x"])
    }

    @Test func ledgerRefusesATimestampThatIsNotISO8601() throws {
        let release = try DisclosureControl.protect(try Self.list(a: 12, b: 20, c: 30))
        #expect(throws: DisclosureError.invalidTimestamp("14/3 09:30")) {
            try PublicationLedger().recording(release, at: "14/3 09:30")
        }
    }
}
