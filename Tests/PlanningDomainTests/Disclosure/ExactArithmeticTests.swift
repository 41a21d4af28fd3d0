import PlanningDomain
import Testing

@Suite struct ExactArithmeticTests {
    @Test func fractionsAreReducedAndExact() throws {
        let third = try ExactRational(1, 3)
        let sixth = try ExactRational(2, 12)
        #expect(try third.adding(sixth) == ExactRational(1, 2))
        #expect(try ExactRational(4, -6) == ExactRational(-2, 3))
        #expect(try ExactRational(-2, 3).denominator == 3)
        #expect(try third.multiplied(by: ExactRational(3)).integerValue == 1)
        #expect(try third.divided(by: sixth) == ExactRational(2))
        #expect(try third.subtracting(third).isZero)
    }

    @Test func randomFractionsObeyFieldLaws() throws {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            func random() throws -> ExactRational {
                try ExactRational(
                    Int.random(in: -1000...1000, using: &generator), Int.random(in: 1...1000, using: &generator))
            }
            let (a, b, c) = (try random(), try random(), try random())
            #expect(try a.adding(b).subtracting(b) == a)
            #expect(try a.multiplied(by: b.adding(c)) == a.multiplied(by: b).adding(a.multiplied(by: c)))
            if !b.isZero { #expect(try a.divided(by: b).multiplied(by: b) == a) }
            // Cross-multiplication agrees with the reduced form.
            let sum = try a.adding(b)
            #expect(
                sum.numerator * a.denominator * b.denominator
                    == (a.numerator * b.denominator + b.numerator * a.denominator) * sum.denominator)
        }
    }

    @Test func overflowIsReportedInsteadOfTrappingOrWrapping() {
        #expect(throws: ExactArithmeticOverflow.self) { try ExactRational(Int.max).adding(ExactRational(1)) }
        #expect(throws: ExactArithmeticOverflow.self) {
            try ExactRational(Int.max / 2).multiplied(by: ExactRational(3))
        }
        #expect(throws: ExactArithmeticOverflow.self) { try ExactRational(Int.min).negated() }
        #expect(throws: ExactArithmeticOverflow.self) {
            try ExactRational(1, Int.max).adding(ExactRational(1, Int.max - 1))
        }
        // Large but representable values are fine.
        #expect(throws: Never.self) { try ExactRational(Int.max).subtracting(ExactRational(Int.max)) }
    }

    /// Two small cells a, b with huge coefficients: eliminating them needs products near 10^24.
    static func overflowingRelease() throws -> StatisticalRelease {
        let (p, q, r, s) = (1_000_000_000_001, 1_000_000_000_003, 1_000_000_000_007, 1_000_000_000_009)
        return try StatisticalRelease(
            cells: [
                .personCount("a", 1), .personCount("b", 1), .personCount("c", p + q), .personCount("d", r + s),
                .personCount("e", 7), .personCount("f", 8), .personCount("g", 15),
            ],
            relations: [
                LinearRelation(terms: [.init("a", p), .init("b", q), .init("c", -1)]),
                LinearRelation(terms: [.init("a", r), .init("b", s), .init("d", -1)]),
                .sum("g", of: ["e", "f"]),
            ])
    }

    @Test func overflowInTheEliminationHidesTheWholeGroupAndNothingElse() throws {
        let release = try Self.overflowingRelease()
        let protected = try DisclosureControl.protect(release)
        #expect(protected.reason(for: "a") == .primary)
        #expect(protected.reason(for: "c") == .unverifiable)
        #expect(protected.reason(for: "d") == .unverifiable)
        #expect(protected.reason(for: "c")?.swedish.contains("för stora") == true)
        // The unrelated group is published as usual.
        #expect(protected.value(of: "g") == .count(15))
        #expect(protected.value(of: "e") == .count(7))
        // Nothing new is shown in the group, so the audit accepts it without being able to do the algebra.
        #expect(DisclosureAudit.verify(protected, of: release, ledger: PublicationLedger()).isSafe)
    }

    @Test func auditReportsAnUnverifiableGroupThatPublishesSomething() throws {
        let release = try Self.overflowingRelease()
        let risky = ProtectedRelease(
            ruleVersion: "test",
            published: ["c", "d", "e", "f", "g"].map { .init(key: $0, value: .count(release.cell($0)?.count ?? 0)) },
            suppressed: [.init(key: "a", reason: .primary), .init(key: "b", reason: .primary)])
        let report = DisclosureAudit.verify(risky, of: release, ledger: PublicationLedger())
        #expect(report.findings.map(\.kind) == [.unverifiable])
    }

    @Test func aRelationTooLargeToCheckIsRefused() {
        #expect(throws: DisclosureError.relationTooLarge(index: 0)) {
            try StatisticalRelease(
                cells: [.personCount("a", Int.max / 2), .personCount("b", 3)],
                relations: [LinearRelation(terms: [.init("a", 4), .init("b", -1)])])
        }
    }
}
