import SyncEngine
import WireProtocol

extension SimWorld {
    /// New and revised indicator values; the gate and the outbox write are one transaction.
    mutating func generate(_ node: Int) {
        guard generating else { return }
        schedule(.generate(node: node), after: Int64.random(in: 300...2_500, using: &random))
        if crashes(at: .nodeBeforeOutboxWrite) { return crash(node) }
        let region = nodes[node].region
        var changed: [IndicatorValue] = []
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let indicator = Self.indicators.randomElement(using: &random)!
            let value: Double =
                Self.personBased.contains(indicator)
                ? Double(Int.random(in: 0...12, using: &random))
                : Double(Int.random(in: 0...400, using: &random)) / 4
            changed.append(
                IndicatorValue(
                    regionCode: region, indicatorID: indicator, definitionVersion: 1,
                    group: ["ortopedi", "kirurgi"].randomElement(using: &random)!,
                    period: "2025-W0\(Int.random(in: 1...6, using: &random))",
                    numerator: Self.personBased.contains(indicator) ? value : nil, value: value))
        }
        let exporter = IndicatorExporter(gate: gate)
        let lastExported = nodes[node].durable.exported.mapValues(\.contentHash)
        guard let writes = try? exporter.writes(for: changed, lastExported: lastExported) else {
            return oracle.fail("node \(region): the exporter refused synthetic values")
        }
        for value in changed { nodes[node].durable.data[value.naturalKey] = value }
        for write in writes {
            nodes[node].durable.enqueue(write, at: nodeNow(node))
            oracle.exports[SimOracle.Version(region: region, key: write.key, hash: write.contentHash), default: 0] += 1
        }
        if crashes(at: .nodeAfterOutboxWrite) { return crash(node) }
        upload(node, .outboxChanged(nodes[node].durable.summary))
    }

    /// A process crash: volatile state is gone, the machines restart from disk.
    mutating func crash(_ node: Int) {
        nodes[node].incarnation += 1
        nodes[node].restartMachines()
        let incarnation = nodes[node].incarnation
        schedule(
            .uploadTick(node: node, incarnation: incarnation), after: Int64.random(in: 100...1_500, using: &random))
        schedule(
            .downloadTick(node: node, incarnation: incarnation), after: Int64.random(in: 100...1_500, using: &random))
    }

    /// Feeds `event` to the upload machine and performs its actions until it waits.
    mutating func upload(_ node: Int, _ first: UploadEvent) {
        var pending = [first]
        while !pending.isEmpty {
            let event = pending.removeFirst()
            let before = nodes[node].upload.acknowledgedCursor
            let action = nodes[node].upload.handle(event, now: nodeNow(node), random: &random)
            oracle.checkMonotonic(
                "node \(nodes[node].region) upload cursor", before, nodes[node].upload.acknowledgedCursor)
            switch action {
            case .none: break
            case .loadItems(let after, let limit):
                pending.append(.itemsLoaded(nodes[node].durable.items(after: after, limit: limit)))
            case .send(let batch, let deadline):
                send(batch, from: node)
                schedule(
                    .uploadTick(node: node, incarnation: nodes[node].incarnation), atNodeTime: deadline, node: node)
                if crashes(at: .nodeAfterSendBeforeReceipt) { return crash(node) }
            case .commitReceipt(let batch, let receipt, let newCursor):
                if crashes(at: .nodeBeforeReceiptCommit) { return crash(node) }
                let durableBefore = nodes[node].durable.ackCursor
                nodes[node].durable.commit(batch, receipt, newCursor: newCursor)
                oracle.checkMonotonic("node \(nodes[node].region) durable cursor", durableBefore, newCursor)
                oracle.acknowledged(batch, receipt, region: nodes[node].region, hub: hub.durable)
                if crashes(at: .nodeAfterReceiptCommit) { return crash(node) }
                pending.append(.receiptCommitted(nodes[node].durable.summary))
            case .recordRejections(let receipts):
                nodes[node].durable.recordRejections(receipts)
                pending.append(.rejectionsCommitted(nodes[node].durable.summary))
            case .resync:
                nodes[node].durable.reenqueueAll(at: nodeNow(node))
                pending.append(.resyncPrepared(nodes[node].durable.summary))
            case .wakeAt(let time):
                schedule(.uploadTick(node: node, incarnation: nodes[node].incarnation), atNodeTime: time, node: node)
            case .stop(let error):
                oracle.fail("node \(nodes[node].region): indicators stopped: \(error.code.rawValue) \(error.message)")
            }
        }
    }

    /// Feeds `event` to the download machine and performs its actions until it waits.
    mutating func download(_ node: Int, _ first: DownloadEvent) {
        var pending = [first]
        while !pending.isEmpty {
            let event = pending.removeFirst()
            let action = nodes[node].download.handle(event, now: nodeNow(node), random: &random)
            switch action {
            case .none, .flushUploads: break
            case .fetch(let after, let limit, let deadline):
                let path = SyncEndpoint.changes(.nationalComparisons, after: after, limit: limit)
                let query = ["after": String(after.sequence), "epoch": after.epoch, "limit": String(limit)]
                sendSigned(.pull, path: path, query: query, body: [], batchID: "", from: node)
                schedule(
                    .downloadTick(node: node, incarnation: nodes[node].incarnation), atNodeTime: deadline, node: node)
            case .apply(let feed, let newCursor, let replaceAll):
                if crashes(at: .nodeBeforeFeedApply) { return crash(node) }
                let before = nodes[node].durable.downloadCursor
                nodes[node].durable.apply(feed, newCursor: newCursor, replaceAll: replaceAll)
                if before.epoch == newCursor.epoch {
                    oracle.checkMonotonic(
                        "node \(nodes[node].region) download cursor", before.sequence, newCursor.sequence)
                }
                if crashes(at: .nodeAfterFeedApply) { return crash(node) }
                pending.append(.applied)
            case .wakeAt(let time):
                schedule(.downloadTick(node: node, incarnation: nodes[node].incarnation), atNodeTime: time, node: node)
            case .stop(let error):
                oracle.fail("node \(nodes[node].region): comparisons stopped: \(error.code.rawValue) \(error.message)")
            }
        }
    }

    private mutating func send(_ batch: UploadBatch, from node: Int) {
        guard let body = try? CanonicalJSON.encode(batch) else { return oracle.fail("batch did not encode") }
        sendSigned(
            .push, path: SyncEndpoint.batches(.indicators), query: [:], body: body, batchID: batch.batchID, from: node)
    }

    private mutating func sendSigned(
        _ kind: SimRequest.Kind, path: String, query: [String: String], body: [UInt8], batchID: String, from node: Int
    ) {
        let signer = SimSigner(keyID: "key-\(nodes[node].region)")
        guard
            let headers = try? SignedRequestHeaders.sign(
                method: kind == .push ? "POST" : "GET", path: path, batchID: batchID, body: body,
                timestamp: nodeNow(node).unixSeconds, signer: signer)
        else { return oracle.fail("signing failed") }
        let request = SimRequest(
            id: nextRequestID, node: node, incarnation: nodes[node].incarnation, kind: kind, path: path,
            headers: headers.fields, query: query, body: body)
        nextRequestID += 1
        transmit(.request(request))
    }

    /// A response reaches the node; one for a process that has since crashed finds no connection.
    mutating func nodeReceive(_ response: SimResponse) {
        let node = response.request.node
        guard response.request.incarnation == nodes[node].incarnation else { return }
        switch response.request.kind {
        case .push:
            if response.status == 200 {
                let receipt = try? CanonicalJSON.decode(BatchReceipt.self, from: response.body)
                upload(node, receipt.map(UploadEvent.receiptReceived) ?? .transportFailed(.unreadableResponse))
            } else {
                let error = try? CanonicalJSON.decode(SyncError.self, from: response.body)
                upload(node, error.map(UploadEvent.errorReceived) ?? .transportFailed(.httpStatus(response.status)))
            }
        case .pull:
            if response.status == 200 {
                let feed = try? CanonicalJSON.decode(ChangeFeed.self, from: response.body)
                download(node, feed.map(DownloadEvent.feedReceived) ?? .transportFailed(.unreadableResponse))
            } else {
                let error = try? CanonicalJSON.decode(SyncError.self, from: response.body)
                download(node, error.map(DownloadEvent.errorReceived) ?? .transportFailed(.httpStatus(response.status)))
            }
        }
    }
}
