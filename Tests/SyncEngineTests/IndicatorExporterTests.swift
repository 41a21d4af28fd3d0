import SyncEngine
import Testing
import WireProtocol

@Suite struct IndicatorExporterTests {
    let primary: IndicatorExporter.Gate = { values in
        values.map { ($0.value ?? 0) > 0 && ($0.value ?? 0) < 5 ? $0.suppressedCopy : $0 }
    }

    @Test func theGateRunsBeforeAnythingIsWritten() throws {
        let writes = try IndicatorExporter(gate: primary).writes(
            for: [Sample.value(period: "2025-W01", 3), Sample.value(period: "2025-W02", 8)], lastExported: [:])
        let values = try writes.map { try CanonicalJSON.decode(IndicatorValue.self, from: $0.payload) }
        #expect(values.map(\.suppressed) == [true, false])
        #expect(values[0].numerator == nil && values[0].value == nil)
    }

    @Test func unchangedCellsAreNotExportedAgain() throws {
        let exporter = IndicatorExporter(gate: primary)
        let first = try exporter.writes(
            for: [Sample.value(12), Sample.value(period: "2025-W08", 9)], lastExported: [:])
        let exported = Dictionary(uniqueKeysWithValues: first.map { ($0.key, $0.contentHash) })
        let second = try exporter.writes(
            for: [Sample.value(12), Sample.value(period: "2025-W08", 10)], lastExported: exported)
        #expect(second.map(\.key) == [Sample.value(period: "2025-W08", 10).naturalKey])
    }

    @Test func aPersonnummerAnywhereRefusesTheWholeExport() {
        var leaking = Sample.value(period: "2025-W03", 12)
        leaking.group = "19121212-1212"
        #expect(throws: IndicatorExporter.Refusal.self) {
            try IndicatorExporter(gate: { $0 }).writes(for: [Sample.value(9), leaking], lastExported: [:])
        }
    }
}
