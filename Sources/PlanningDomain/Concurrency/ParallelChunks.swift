import Dispatch

/// Deterministic data parallelism: splits items into contiguous chunks, processes the chunks concurrently and
/// returns the results in item order, whatever order the chunks finish in (forecast selection, the node's
/// indicator export).
public enum ParallelChunks {
    /// `body` applied to contiguous chunks of `items`, concatenated in order. `body` must return one result
    /// per item of its chunk. With `concurrency` ≤ 1 or few items everything runs on the calling thread.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], concurrency: Int, _ body: @Sendable ([Item]) -> [Result]
    ) -> [Result] {
        // Two chunks per worker evens out uneven series without making batches for plugins tiny.
        let chunkCount = min(items.count, max(1, concurrency) * 2)
        guard concurrency > 1, chunkCount > 1 else { return body(items) }
        let slots = Slots<[Result]>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let lower = items.count * chunk / chunkCount
            let upper = items.count * (chunk + 1) / chunkCount
            slots.store(body(Array(items[lower..<upper])), at: chunk)
        }
        return slots.take().flatMap { $0 }
    }

    /// Write-once slots, one per chunk; each index is written by exactly one worker, so no lock is needed.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func store(_ value: Value, at index: Int) {
            buffer[index] = value
        }

        func take() -> [Value] {
            buffer.compactMap { $0 }
        }
    }
}
