import SyncEngine
import WireProtocol

extension SimWorld {
    /// New and revised indicator values and self-assessment answers; the gate and the outbox write are one
    /// transaction per stream.
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
        let lastExported = nodes[node].durable.up[.indicators]!.exported.mapValues(\.contentHash)
        guard let writes = try? exporter.writes(for: changed, lastExported: lastExported) else {
            return oracle.fail("node \(region): the exporter refused synthetic values")
        }
        for value in changed { nodes[node].durable.data[value.naturalKey] = value }
        var streams: Set<SyncStream> = []
        for write in writes + selfAssessmentWrites(region) {
            nodes[node].durable.up[write.stream]!.enqueue(write, at: nodeNow(node))
            oracle.exports[SimOracle.Version(region: region, key: write.key, hash: write.contentHash), default: 0] += 1
            streams.insert(write.stream)
        }
        if crashes(at: .nodeAfterOutboxWrite) { return crash(node) }
        for stream in SimNode.upStreams where streams.contains(stream) {
            upload(node, stream, .outboxChanged(nodes[node].durable.up[stream]!.summary))
        }
    }

    /// Sometimes a unit's self-assessment is saved: a few answers set or withdrawn (no answer).
    private mutating func selfAssessmentWrites(_ region: String) -> [OutboxWrite] {
        guard random.chance(0.5) else { return [] }
        let unit = ["ORT", "KIR"].randomElement(using: &random)!
        return (0..<Int.random(in: 1...3, using: &random)).compactMap { _ in
            let answer = SelfAssessmentAnswer(
                regionCode: region, organisationCode: unit, questionnaire: "socialstyrelsen-2024",
                questionID: ["1.1", "2.3", "checklist-4"].randomElement(using: &random)!,
                answeredOn: "2025-03-1\(Int.random(in: 0...9, using: &random))",
                answer: ["agreePartly", "disagree", nil].randomElement(using: &random)!)
            return (try? CanonicalJSON.jsonValue(answer)).map {
                OutboxWrite(stream: .selfAssessments, key: answer.naturalKey, payload: $0)
            }
        }
    }

    /// A process crash: volatile state is gone, the machines restart from disk.
    mutating func crash(_ node: Int) {
        nodes[node].incarnation += 1
        nodes[node].restartMachines()
        let incarnation = nodes[node].incarnation
        for stream in SimNode.upStreams {
            schedule(
                .uploadTick(node: node, stream: stream, incarnation: incarnation),
                after: Int64.random(in: 100...1_500, using: &random))
        }
        schedule(
            .downloadTick(node: node, incarnation: incarnation), after: Int64.random(in: 100...1_500, using: &random))
    }

    /// Feeds `event` to `stream`'s upload machine and performs its actions until it waits.
    mutating func upload(_ node: Int, _ stream: SyncStream, _ first: UploadEvent) {
        var pending = [first]
        let region = nodes[node].region
        while !pending.isEmpty {
            let event = pending.removeFirst()
            let before = nodes[node].uploads[stream]!.acknowledgedCursor
            let action = nodes[node].uploads[stream]!.handle(event, now: nodeNow(node), random: &random)
            oracle.checkMonotonic(
                "node \(region) \(stream.rawValue) upload cursor", before,
                nodes[node].uploads[stream]!.acknowledgedCursor)
            let tick = SimEvent.uploadTick(node: node, stream: stream, incarnation: nodes[node].incarnation)
            switch action {
            case .none: break
            case .loadItems(let after, let limit):
                pending.append(.itemsLoaded(nodes[node].durable.up[stream]!.items(after: after, limit: limit)))
            case .send(let batch, let deadline):
                if nodes[node].uploads[stream]!.ahead.contains(where: { $0.batch.batchID == batch.batchID }) {
                    oracle.sentAhead += 1
                    nodes[node].sentAhead.insert(batch.batchID)
                }
                send(batch, from: node)
                schedule(tick, atNodeTime: deadline, node: node)
                if crashes(at: .nodeAfterSendBeforeReceipt) { return crash(node) }
                pending.append(.sent)
            case .commitReceipt(let batch, let receipt, let newCursor):
                if crashes(at: .nodeBeforeReceiptCommit) { return crash(node) }
                let durableBefore = nodes[node].durable.up[stream]!.ackCursor
                nodes[node].durable.up[stream]!.commit(batch, receipt, newCursor: newCursor)
                oracle.checkMonotonic("node \(region) \(stream.rawValue) durable cursor", durableBefore, newCursor)
                oracle.acknowledged(batch, receipt, region: region, hub: hub.durable)
                if nodes[node].sentAhead.contains(batch.batchID) { oracle.committedAhead += 1 }
                if crashes(at: .nodeAfterReceiptCommit) { return crash(node) }
                pending.append(.receiptCommitted(nodes[node].durable.up[stream]!.summary))
            case .recordRejections(let receipts):
                nodes[node].durable.up[stream]!.recordRejections(receipts)
                pending.append(.rejectionsCommitted(nodes[node].durable.up[stream]!.summary))
            case .resync:
                nodes[node].durable.up[stream]!.reenqueueAll(at: nodeNow(node))
                pending.append(.resyncPrepared(nodes[node].durable.up[stream]!.summary))
            case .wakeAt(let time):
                schedule(tick, atNodeTime: time, node: node)
            case .stop(let error):
                oracle.fail("node \(region): \(stream.rawValue) stopped: \(error.code.rawValue) \(error.message)")
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
            .push, path: SyncEndpoint.batches(batch.stream), query: [:], body: body, batchID: batch.batchID,
            from: node)
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
            headers: headers.fields, query: query, body: body, batchID: batchID)
        nextRequestID += 1
        transmit(.request(request))
    }

    /// A response reaches the node; one for a process that has since crashed finds no connection.
    mutating func nodeReceive(_ response: SimResponse) {
        let node = response.request.node
        guard response.request.incarnation == nodes[node].incarnation else { return }
        switch response.request.kind {
        case .push:
            // The connection knows which stream it was opened for (the path), whatever the body says.
            guard let stream = SyncStream(rawValue: String(response.request.path.split(separator: "/")[3])) else {
                return oracle.fail("push to an unknown path \(response.request.path)")
            }
            let answer: UploadEvent
            if response.status == 200 {
                let receipt = try? CanonicalJSON.decode(BatchReceipt.self, from: response.body)
                answer = receipt.map(UploadEvent.receiptReceived) ?? .transportFailed(.unreadableResponse)
            } else {
                let error = try? CanonicalJSON.decode(SyncError.self, from: response.body)
                answer = error.map(UploadEvent.errorReceived) ?? .transportFailed(.httpStatus(response.status))
            }
            // The connection knows which batch it carried.
            upload(node, stream, .answered(batchID: response.request.batchID, answer))
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
