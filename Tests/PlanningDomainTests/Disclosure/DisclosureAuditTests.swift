import PlanningDomain
import Testing

@Suite struct DisclosureAuditTests {
    static func release() throws -> StatisticalRelease {
        try StatisticalRelease(
            cells: [
                .personCount("a", 3), .personCount("b", 9), .personCount("c", 12), .personCount("total", 24),
                .ratio("a-share", numerator: "a", denominator: "total"),
            ],
            relations: [.sum("total", of: ["a", "b", "c"])])
    }

    static func shown(_ keys: [DisclosureCellKey], from release: StatisticalRelease) -> [ProtectedRelease.PublishedCell]
    {
        keys.map { .init(key: $0, value: .count(release.cell($0)?.count ?? 0)) }
    }

    @Test func publishingEverythingIsCaughtCellByCell() throws {
        let release = try Self.release()
        let everything = ProtectedRelease(
            ruleVersion: "none",
            published: Self.shown(["a", "b", "c", "total"], from: release) + [
                .init(key: "a-share", value: .ratio(numerator: 3, denominator: 24))
            ],
            suppressed: [])
        let report = DisclosureAudit.verify(everything, of: release, ledger: .init())
        #expect(report.keys(of: .smallCountPublished) == ["a"])
        #expect(!report.isSafe)
    }

    @Test func aLoneHiddenCellInASumIsDerivable() throws {
        let release = try Self.release()
        let lone = ProtectedRelease(
            ruleVersion: "primary-only", published: Self.shown(["b", "c", "total"], from: release),
            suppressed: [.init(key: "a", reason: .primary), .init(key: "a-share", reason: .dependent(on: "a"))])
        let report = DisclosureAudit.verify(lone, of: release, ledger: .init())
        #expect(report.findings == [DisclosureAuditFinding(key: "a", kind: .derivable)])
        #expect(report.findings[0].message.contains("kan räknas fram"))
    }

    @Test func wrongValuesMissingCellsAndRatiosOverHiddenInputsAreFound() throws {
        let release = try Self.release()
        let sloppy = ProtectedRelease(
            ruleVersion: "sloppy",
            published: [
                .init(key: "c", value: .count(13)), .init(key: "total", value: .count(24)),
                .init(key: "a-share", value: .ratio(numerator: 3, denominator: 24)),
                .init(key: "ghost", value: .count(5)),
            ],
            suppressed: [.init(key: "a", reason: .primary)])
        let report = DisclosureAudit.verify(sloppy, of: release, ledger: .init())
        #expect(report.keys(of: .wrongValue) == ["c"])
        #expect(report.keys(of: .missingCell) == ["b"])
        #expect(report.keys(of: .ratioWithHiddenInput) == ["a-share"])
        #expect(report.keys(of: .unknownCell) == ["ghost"])
    }

    @Test func aFalseExposureClaimIsFound() throws {
        let release = try Self.release()
        let protected = try DisclosureControl.protect(release)
        let claiming = ProtectedRelease(
            ruleVersion: protected.ruleVersion, published: protected.published, suppressed: protected.suppressed,
            exposures: ["a"])
        #expect(DisclosureAudit.verify(claiming, of: release, ledger: .init()).keys(of: .falseExposure) == ["a"])
        #expect(DisclosureAudit.verify(protected, of: release, ledger: .init()).isSafe)
    }

    @Test func aRevisionThatSlippedThroughIsFound() throws {
        let release = try Self.release()
        let earlier = ProtectedRelease(
            ruleVersion: "v0", published: [.init(key: "total", value: .count(25))], suppressed: [])
        let ledger = try PublicationLedger().recording(earlier, at: "2025-01-01T00:00:00Z")
        let protected = try DisclosureControl.protect(release)  // made without the ledger
        let report = DisclosureAudit.verify(protected, of: release, ledger: ledger)
        #expect(report.keys(of: .revisionPublished) == ["total"])
        #expect(try DisclosureControl.protect(release, ledger: ledger).reason(for: "total") == .revision)
    }
}
