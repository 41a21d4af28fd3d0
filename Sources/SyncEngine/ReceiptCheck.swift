public import WireProtocol

/// Decides whether a receipt lets the node advance its cursor: it must answer this batch, state a durable
/// commit, and account for every item exactly once (and nothing else).
public enum ReceiptCheck {
    /// Why a receipt is not good enough.
    public struct Problem: Error, Hashable, Sendable {
        /// `receipt.wrong_batch`, `receipt.not_committed`, `receipt.unaccounted_items`, `receipt.missing_reason`.
        public var code: String
        /// A sentence naming the batch and what is missing.
        public var message: String
    }

    /// Checks `receipt` against the batch that was sent.
    public static func validate(_ receipt: BatchReceipt, for batch: UploadBatch) -> Result<Void, Problem> {
        guard receipt.batchID == batch.batchID, receipt.stream == batch.stream else {
            return .failure(
                Problem(
                    code: "receipt.wrong_batch",
                    message: "The receipt is for batch \(receipt.batchID) (\(receipt.stream.rawValue)), "
                        + "not for \(batch.batchID) (\(batch.stream.rawValue))."))
        }
        guard receipt.committed else {
            return .failure(
                Problem(
                    code: "receipt.not_committed",
                    message: "The hub answered batch \(batch.batchID) without a durable commit; it will be sent again."
                ))
        }
        let sent = Dictionary(batch.items.map { ($0.sequence, $0.key) }, uniquingKeysWith: { first, _ in first })
        var answered: [Int64: NaturalKey] = [:]
        for item in receipt.items {
            guard sent[item.sequence] == item.key, answered.updateValue(item.key, forKey: item.sequence) == nil else {
                return .failure(
                    Problem(
                        code: "receipt.unaccounted_items",
                        message: "The receipt for batch \(batch.batchID) answers item \(item.sequence) (\(item.key)) "
                            + "which was not sent, or answers it twice."))
            }
            if item.outcome == .rejected || item.outcome == .ignored, item.reason == nil {
                return .failure(
                    Problem(
                        code: "receipt.missing_reason",
                        message: "The receipt for batch \(batch.batchID) marks item \(item.sequence) "
                            + "\(item.outcome.rawValue) without a reason code."))
            }
        }
        guard answered.count == sent.count else {
            let missing = sent.keys.filter { answered[$0] == nil }.sorted().prefix(5).map(String.init)
            return .failure(
                Problem(
                    code: "receipt.unaccounted_items",
                    message: "The receipt for batch \(batch.batchID) answers \(answered.count) of "
                        + "\(sent.count) items; missing sequences \(missing.joined(separator: ", "))."))
        }
        return .success(())
    }
}
