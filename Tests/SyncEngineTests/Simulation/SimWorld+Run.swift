import SyncEngine
import WireProtocol

extension SimWorld {
    /// Runs with faults for `activeMilliseconds`, then without faults until everything drained (or gives up
    /// after `quiescenceLimitMilliseconds`), then checks the end state. Returns the violations.
    mutating func run(activeMilliseconds: Int64 = 10_000, quiescenceLimitMilliseconds: Int64 = 600_000) -> [String] {
        while now < activeMilliseconds, step() {}
        faults = .none
        generating = false
        hub.up = true
        for index in nodes.indices {
            // The operator's "sync now" after the storm, so quiescence does not wait for long backoffs.
            for stream in SimNode.upStreams { upload(index, stream, .syncNow) }
            download(index, .syncNow)
        }
        let deadline = now + quiescenceLimitMilliseconds
        while !isQuiescent, now < deadline, step() {}
        if !isQuiescent { oracle.fail("no quiescence by t=\(now) ms: \(progress)") }
        checkEndState()
        return oracle.violations
    }

    /// Every up stream's outbox empty, nothing in flight, every node has the hub's whole comparison feed.
    var isQuiescent: Bool {
        nodes.allSatisfy { node in
            SimNode.upStreams.allSatisfy { node.durable.up[$0]!.outbox.isEmpty && node.uploads[$0]!.state == .idle }
                && node.durable.downloadCursor == DownloadCursor(epoch: hub.log.epoch, sequence: hub.log.head)
                && !isFetching(node.download.state)
        }
    }

    private func isFetching(_ state: DownloadMachine.State) -> Bool {
        if case .idle = state { return false }
        return true
    }

    private var progress: String {
        nodes.map { node in
            "\(node.region): outboxes \(SimNode.upStreams.map { node.durable.up[$0]!.outbox.count }), uploads "
                + "\(SimNode.upStreams.map { node.uploads[$0]!.state }), download "
                + "\(node.durable.downloadCursor.sequence)/\(hub.log.head)"
        }.joined(separator: "; ")
    }

    /// The hub holds exactly every node's latest export of every up stream; nothing was rejected; every node has
    /// the hub's comparisons; no small cell reached the hub; nothing was applied more often than exported.
    mutating func checkEndState() {
        for node in nodes {
            for stream in SimNode.upStreams {
                let up = node.durable.up[stream]!
                let held = hub.durable.records(region: node.region, stream: stream)
                for (key, write) in up.exported where held[key]?.contentHash != write.contentHash {
                    oracle.fail(
                        "hub holds \(held[key]?.contentHash.prefix(8) ?? "nothing") for \(key), node exported "
                            + "\(write.contentHash.prefix(8))")
                }
                for key in held.keys where up.exported[key] == nil {
                    oracle.fail("hub holds \(key) which region \(node.region) never exported")
                }
                if !up.rejected.isEmpty {
                    oracle.fail("region \(node.region) had \(up.rejected.count) \(stream.rawValue) items rejected")
                }
                if stream == .indicators { for record in held.values { oracle.checkSmallCell(record) } }
            }
            if node.durable.comparisons != hub.log.current {
                oracle.fail("region \(node.region)'s national comparisons differ from the hub's")
            }
        }
        oracle.checkApplications()
    }
}
