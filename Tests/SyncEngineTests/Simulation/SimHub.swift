import SyncEngine
import WireProtocol

/// The simulated hub: durable store and change log (they survive crashes) and whether it is up.
struct SimHub {
    var durable = InMemoryHubStore()
    var log = HubChangeLog(stream: .nationalComparisons, epoch: "e1")
    var up = true
    let handler: HubSyncHandler

    init(regions: Set<String>) {
        handler = HubSyncHandler(
            ingest: HubIngest(maxItemsPerBatch: 50, acceptedCatalogueVersions: [1]),
            verifier: SimVerifier(regions: regions))
    }
}

extension SimWorld {
    /// The hub handles a request: ingest into a copy (the transaction), commit, publish, answer — with crashes
    /// before the commit and between the commit and the answer.
    mutating func hubReceive(_ request: SimRequest) {
        guard hub.up else { return }
        let segment = String(request.path.split(separator: "/")[3])
        let nowSeconds = now / 1000
        let response: HubResponse
        switch request.kind {
        case .push:
            var transaction = hub.durable
            response = hub.handler.push(
                streamSegment: segment, path: request.path, headers: request.headers, body: request.body,
                nowSeconds: nowSeconds, store: &transaction)
            if response.mustCommit {
                if answersBeforeCommit {
                    // A deliberately broken hub (for the test that proves the oracle notices): answer first.
                    transmit(.response(SimResponse(request: request, status: response.status, body: response.body)))
                }
                if crashes(at: .hubBeforeCommit) { return crashHub() }
                hub.durable = transaction
                guard let receipt = try? CanonicalJSON.decode(BatchReceipt.self, from: response.body) else {
                    return oracle.fail("hub produced an unreadable receipt")
                }
                let region = String(request.headers[SignedRequestHeaders.Name.keyID]!.dropFirst(4))
                oracle.hubCommitted(receipt, region: region, hub: hub.durable)
                publish(receipt)
                if crashes(at: .hubAfterCommitBeforeResponse) { return crashHub() }
                if answersBeforeCommit { return }
            }
        case .pull:
            response = hub.handler.changes(
                streamSegment: segment, path: request.path, headers: request.headers, query: request.query,
                nowSeconds: nowSeconds, log: hub.log)
        }
        transmit(.response(SimResponse(request: request, status: response.status, body: response.body)))
    }

    mutating func crashHub() {
        hub.up = false
        schedule(.hubRestart, after: Int64.random(in: 500...6_000, using: &random))
    }

    /// Recomputes the national comparison of every indicator cell the receipt touched.
    private mutating func publish(_ receipt: BatchReceipt) {
        guard receipt.stream == .indicators else { return }
        let cells = Set(
            receipt.items.filter { $0.outcome == .imported || $0.outcome == .updated }.map {
                Array($0.key.segments.dropFirst(2))
            })
        for cell in cells.sorted(by: { $0.joined(separator: "/") < $1.joined(separator: "/") }) {
            var comparisonCells: [ComparisonCell] = []
            for node in nodes {
                let key = NaturalKey(owner: node.region, kind: "indicator", parts: cell)
                guard let record = hub.durable.record(region: node.region, stream: .indicators, key: key),
                    let value = try? CanonicalJSON.decode(IndicatorValue.self, from: record.payload)
                else { continue }
                comparisonCells.append(
                    ComparisonCell(regionCode: node.region, value: value.value, suppressed: value.suppressed))
            }
            let national =
                comparisonCells.contains(where: \.suppressed)
                ? nil : comparisonCells.compactMap(\.value).reduce(0, +)
            let comparison = NationalComparison(
                indicatorID: cell[0], definitionVersion: 1, group: cell[2], period: cell[3], cells: comparisonCells,
                national: national)
            hub.log.record(comparison.naturalKey, payload: try? CanonicalJSON.jsonValue(comparison))
        }
    }
}
