import SyncEngine
import WireProtocol

/// A reproducible generator (SplitMix64) for property-style tests.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Sample {
    static func value(region: String = "01", group: String = "ortopedi", period: String = "2025-W07", _ count: Double)
        -> IndicatorValue
    {
        IndicatorValue(
            regionCode: region, indicatorID: "vantande-over-90", definitionVersion: 1, group: group, period: period,
            numerator: count, value: count)
    }

    static func item(_ sequence: Int64, region: String = "01", period: String? = nil, count: Double = 7) -> UploadItem {
        let value = Sample.value(region: region, period: period ?? "2025-W\(10 + sequence % 40)", count)
        return try! UploadItem(sequence: sequence, key: value.naturalKey, typedPayload: value)
    }

    static func items(_ range: ClosedRange<Int64>) -> [UploadItem] { range.map { item($0) } }

    static func receipt(for batch: UploadBatch, outcome: ItemOutcome = .imported, committed: Bool = true)
        -> BatchReceipt
    {
        BatchReceipt(
            batchID: batch.batchID, stream: batch.stream, committed: committed,
            acknowledgedThrough: batch.lastSequence ?? 0,
            items: batch.items.map {
                ItemReceipt(
                    sequence: $0.sequence, key: $0.key, outcome: outcome,
                    reason: outcome == .ignored ? .unchanged : outcome == .rejected ? .smallCell : nil)
            })
    }

    static let t0 = SyncInstant(milliseconds: 1_750_000_000_000)
}
