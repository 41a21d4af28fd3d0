import Foundation
public import WireProtocol

import enum PlanningDomain.ParallelChunks

/// Turns freshly computed indicator values into outbox writes: the disclosure gate runs first (it sees the whole
/// table, so secondary suppression can be decided), then every payload is scanned for person identifiers, and
/// only cells whose content changed since the last export are written.
public struct IndicatorExporter: Sendable {
    /// Disclosure control: returns the table as it may leave the region (cells suppressed as needed).
    public typealias Gate = @Sendable ([IndicatorValue]) -> [IndicatorValue]

    /// Why an export was refused as a whole.
    public struct Refusal: Error, Hashable, Sendable {
        /// `export.personal_identifier` or `export.not_encodable`.
        public var code: String
        /// The cell and the field.
        public var message: String
    }

    private let gate: Gate

    /// Creates an exporter with the node's disclosure gate.
    public init(gate: @escaping Gate) { self.gate = gate }

    /// The writes for `values`, given the content hash last exported per key. All-or-nothing: one cell with a
    /// person identifier refuses the whole export.
    public func writes(for values: [IndicatorValue], lastExported: [NaturalKey: String]) throws(Refusal)
        -> [OutboxWrite]
    {
        // Each cell is encoded, scanned and hashed on its own, on every core; the first refusal in table order wins.
        let checked = ParallelChunks.map(gate(values), concurrency: ProcessInfo.processInfo.activeProcessorCount) {
            chunk in chunk.map(Self.write(for:))
        }
        var writes: [OutboxWrite] = []
        for result in checked {
            let write = try result.get()
            if lastExported[write.key] != write.contentHash { writes.append(write) }
        }
        return writes
    }

    private static func write(for value: IndicatorValue) -> Result<OutboxWrite, Refusal> {
        let payload: JSONValue
        do {
            payload = try CanonicalJSON.jsonValue(value)
        } catch {
            return .failure(
                Refusal(code: "export.not_encodable", message: "Cell \(value.naturalKey) has a non-finite number."))
        }
        if let path = PayloadScan.personalIdentifierPath(in: payload) {
            return .failure(
                Refusal(
                    code: "export.personal_identifier",
                    message: "Cell \(value.naturalKey) holds what looks like a personnummer at \(path); nothing "
                        + "was exported."))
        }
        return .success(OutboxWrite(stream: .indicators, key: value.naturalKey, payload: payload))
    }
}
