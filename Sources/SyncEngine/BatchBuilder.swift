public import WireProtocol

/// Cuts the next bounded batch from outbox items.
public enum BatchBuilder {
    /// The result: a batch (nil when nothing fits) and items that can never fit (rejected locally as too large).
    public struct Plan: Hashable, Sendable {
        /// The batch to send.
        public var batch: UploadBatch?
        /// Items larger than the byte limit on their own, with the receipts to record for them.
        public var oversized: [ItemReceipt]
    }

    /// Takes items with `sequence > after`, in sequence order, while both limits hold. An item alone above the
    /// byte limit is set aside (it would block the stream forever); a later item that would overflow the
    /// batch ends it.
    public static func plan(
        stream: SyncStream, after: Int64, resync: Bool, catalogue: CatalogueVersionRef?, candidates: [UploadItem],
        limits: BatchLimits, batchID: String
    ) -> Plan {
        var items: [UploadItem] = []
        var oversized: [ItemReceipt] = []
        var bytes = 0
        for item in candidates.filter({ $0.sequence > after }).sorted(by: { $0.sequence < $1.sequence }) {
            if items.count == limits.maxItems { break }
            let size = item.encodedSize
            if size > limits.maxBytes {
                oversized.append(
                    ItemReceipt(
                        sequence: item.sequence, key: item.key, outcome: .rejected, reason: .tooLarge,
                        message: "Item \(item.key) is \(size) bytes; the batch limit is \(limits.maxBytes) bytes."))
                continue
            }
            if bytes + size > limits.maxBytes { break }
            items.append(item)
            bytes += size
        }
        let batch =
            items.isEmpty
            ? nil
            : UploadBatch(
                batchID: batchID, stream: stream, after: after, resync: resync, catalogue: catalogue, items: items)
        return Plan(batch: batch, oversized: oversized)
    }
}
