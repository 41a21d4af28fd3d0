import PlanningDomain
import Testing

/// The classic counter-examples to rules of thumb for secondary suppression.
@Suite struct BridgeCounterExampleTests {
    /// Two rectangles of small cells joined by one small "bridge" cell: every row and column holds at least two
    /// suppressed cells, yet the bridge is the row sums of r0, r1 minus the column sums of c0, c1.
    static let bridgeInterior = [
        2, 3, 20, 21,
        4, 1, 2, 22,
        25, 26, 3, 4,
        27, 28, 1, 2,
    ]
    static let bridge = DisclosureTables.key("r1", "c2")

    @Test func twoSuppressedCellsPerRowAndColumnStillLetTheBridgeCellBeComputed() throws {
        var generator = SeededGenerator(seed: 1)
        let release = try DisclosureTables.twoWay(
            rows: 4, columns: 4, interior: Self.bridgeInterior, generator: &generator)
        let primary = release.cells.filter(\.isSmallProtectedCount).map(\.key)
        #expect(primary.count == 9)
        for index in 0..<4 {
            #expect(primary.filter { $0.rawValue.hasPrefix("r\(index)|") }.count >= 2)
            #expect(primary.filter { $0.rawValue.hasSuffix("|c\(index)") }.count >= 2)
        }
        // The "two per row and column" pattern, published as it stands:
        let naive = ProtectedRelease(
            ruleVersion: "two-per-row",
            published: release.cells.filter { !$0.isSmallProtectedCount }.map {
                .init(key: $0.key, value: .count($0.count ?? 0))
            },
            suppressed: primary.map { .init(key: $0, reason: .primary) })
        let report = DisclosureAudit.verify(naive, of: release, ledger: PublicationLedger())
        #expect(report.findings == [DisclosureAuditFinding(key: Self.bridge, kind: .derivable)])
        // The independent attacker agrees, and finds the true value.
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(naive, release: release),
            searchBound: DisclosureTables.searchBound(release))
        #expect(attacker.pinnedCells() == [Self.bridge])
        #expect(attacker.feasibleValues(of: Self.bridge) == [2])
    }

    @Test func protectionHidesMoreThanThePatternAndNothingCanBePinned() throws {
        var generator = SeededGenerator(seed: 1)
        let release = try DisclosureTables.twoWay(
            rows: 4, columns: 4, interior: Self.bridgeInterior, generator: &generator)
        let protected = try DisclosureControl.protect(release)
        #expect(protected.suppressed.count > 9)
        #expect(protected.suppressed.contains { if case .secondary = $0.reason { true } else { false } })
        #expect(DisclosureAudit.verify(protected, of: release, ledger: PublicationLedger()).isSafe)
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(protected, release: release),
            searchBound: DisclosureTables.searchBound(release))
        #expect(attacker.pinnedCells().isEmpty)
        #expect(attacker.feasibleValues(of: Self.bridge).count == 2)
    }

    @Test func zeroTotalsPinACellThatIsNotALinearCombination() throws {
        // Hiding the rectangle r0c0, r0c1, r1c0, r1c1 passes the row-space test, but row r1's hidden part must
        // sum to 0; with counts ≥ 0 that forces r1c0 = r1c1 = 0, then r0c1 = 0 and r0c0 = 3.
        var generator = SeededGenerator(seed: 1)
        let release = try DisclosureTables.twoWay(
            rows: 3, columns: 3, interior: [3, 0, 20, 0, 0, 21, 22, 23, 24], generator: &generator)
        let rectangle = [("r0", "c0"), ("r0", "c1"), ("r1", "c0"), ("r1", "c1")].map { DisclosureTables.key($0, $1) }
        let naive = ProtectedRelease(
            ruleVersion: "row-space-only",
            published: release.cells.filter { !rectangle.contains($0.key) }.map {
                .init(key: $0.key, value: .count($0.count ?? 0))
            },
            suppressed: rectangle.map { .init(key: $0, reason: .primary) })
        let report = DisclosureAudit.verify(naive, of: release, ledger: PublicationLedger())
        #expect(report.keys(of: .derivable).isEmpty)
        #expect(report.keys(of: .pinnedByBounds).contains(rectangle[0]))
        let naiveAttacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(naive, release: release),
            searchBound: DisclosureTables.searchBound(release))
        #expect(naiveAttacker.feasibleValues(of: rectangle[0]) == [3])

        let protected = try DisclosureControl.protect(release)
        #expect(protected.reason(for: rectangle[0]) == .primary)
        #expect(DisclosureAudit.verify(protected, of: release, ledger: PublicationLedger()).isSafe)
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(protected, release: release),
            searchBound: DisclosureTables.searchBound(release))
        #expect(attacker.pinnedCells().isEmpty)
    }

    @Test func aZeroPartnerCanHideASmallCellBecauseTheWitnessMovesItUp() throws {
        // The cheapest partner is a zero: a reader of a + b = 3 cannot tell (3, 0) from (2, 1), (1, 2), (0, 3).
        let release = try StatisticalRelease(
            cells: [.personCount("a", 3), .personCount("b", 0), .personCount("d", 9), .personCount("total", 12)],
            relations: [.sum("total", of: ["a", "b", "d"])])
        let protected = try DisclosureControl.protect(release)
        #expect(protected.suppressedKeys == ["a", "b"])
        #expect(protected.reason(for: "b") == .secondary(protecting: "a"))
        let attacker = BruteForceAttacker(
            release: release, visible: BruteForceAttacker.visibleValues(protected, release: release),
            searchBound: DisclosureTables.searchBound(release))
        #expect(attacker.pinnedCells().isEmpty)
    }
}
