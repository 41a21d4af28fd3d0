import SyncEngine
import WireProtocol

/// Messages and timers of the simulation.
enum SimEvent {
    case generate(node: Int)
    case uploadTick(node: Int, stream: SyncStream, incarnation: Int)
    case downloadTick(node: Int, incarnation: Int)
    case request(SimRequest)
    case response(SimResponse)
    case hubRestart
}

/// A request on the wire.
struct SimRequest {
    enum Kind { case push, pull }
    var id: Int
    var node: Int
    var incarnation: Int
    var kind: Kind
    var path: String
    var headers: [String: String]
    var query: [String: String]
    var body: [UInt8]
    /// The batch a push carries ("" for a pull).
    var batchID: String
}

/// A response on the wire.
struct SimResponse {
    var request: SimRequest
    var status: Int
    var body: [UInt8]
}

/// The deterministic world: one hub, N nodes, a faulty transport, a clock and an event queue.
struct SimWorld {
    struct Scheduled {
        var time: Int64
        var order: Int
        var event: SimEvent
    }

    var random: SimRandom
    var faults = SimFaults()
    var now: Int64 = 0
    var queue: [Scheduled] = []
    var order = 0
    var nextRequestID = 1
    var nodes: [SimNode]
    var hub: SimHub
    var oracle = SimOracle()
    var generating = true
    /// Disclosure gate the nodes run before export (the primary rule unless a test replaces it).
    var gate: IndicatorExporter.Gate = SimWorld.primarySuppression
    var stepsTaken = 0
    /// Makes the hub answer before it commits (a bug the oracle must catch).
    var answersBeforeCommit = false

    static let personBased: Set<String> = ["vantande-over-90", "operationer"]
    static let indicators = ["vantande-over-90", "operationer", "op-timmar"]
    static let k = 5.0

    /// Person-based counts 1…k−1 leave the node suppressed.
    static let primarySuppression: IndicatorExporter.Gate = { values in
        values.map { value in
            guard personBased.contains(value.indicatorID), let count = value.value, count > 0, count < k else {
                return value
            }
            return value.suppressedCopy
        }
    }

    init(seed: UInt64, regions: [String] = ["01", "03", "05"]) {
        random = SimRandom(seed: seed)
        var skews: [Int64] = []
        for _ in regions { skews.append(Int64.random(in: -60_000...60_000, using: &random)) }
        // Windows of 1, 2 and 3 batches in flight, so the pipelined sends meet every fault too.
        nodes = zip(regions, skews).enumerated().map { index, node in
            SimNode(region: node.0, skewMilliseconds: node.1, window: 1 + index % 3)
        }
        hub = SimHub(regions: Set(regions))
        for index in nodes.indices {
            schedule(.generate(node: index), after: Int64.random(in: 0...500, using: &random))
            schedule(.downloadTick(node: index, incarnation: 0), after: Int64.random(in: 0...2_000, using: &random))
        }
    }

    func nodeNow(_ index: Int) -> SyncInstant { SyncInstant(milliseconds: now + nodes[index].skewMilliseconds) }

    mutating func schedule(_ event: SimEvent, after delay: Int64) {
        order += 1
        queue.append(Scheduled(time: now + max(0, delay), order: order, event: event))
    }

    /// Schedules a node timer given in the node's clock.
    mutating func schedule(_ event: SimEvent, atNodeTime time: SyncInstant, node: Int) {
        schedule(event, after: time.milliseconds - nodes[node].skewMilliseconds - now)
    }

    /// Runs the next event; false when the queue is empty.
    mutating func step() -> Bool {
        guard
            let index = queue.indices.min(by: { (queue[$0].time, queue[$0].order) < (queue[$1].time, queue[$1].order) })
        else { return false }
        let next = queue.remove(at: index)
        now = max(now, next.time)
        stepsTaken += 1
        switch next.event {
        case .generate(let node): generate(node)
        case .uploadTick(let node, let stream, let incarnation):
            if incarnation == nodes[node].incarnation { upload(node, stream, .tick) }
        case .downloadTick(let node, let incarnation):
            if incarnation == nodes[node].incarnation { download(node, .tick) }
        case .request(let request): hubReceive(request)
        case .response(let response): nodeReceive(response)
        case .hubRestart: hub.up = true
        }
        return true
    }

    /// Sends a message through the faulty transport: drop, delay (sometimes past the timeout), cut, duplicate.
    mutating func transmit(_ event: SimEvent) {
        guard !random.chance(faults.drop) else { return }
        var copies = 1
        if random.chance(faults.duplicate) { copies += 1 }
        for copy in 0..<copies {
            var message = event
            if copy == 0, random.chance(faults.truncate) { message = truncated(message) }
            let slow = random.chance(faults.drop / 4)
            let delay =
                slow
                ? Int64.random(in: 1_000...3_000, using: &random)
                : Int64.random(in: 1...faults.maxDelayMilliseconds, using: &random)
            schedule(message, after: delay)
        }
    }

    private mutating func truncated(_ event: SimEvent) -> SimEvent {
        switch event {
        case .request(var request) where !request.body.isEmpty:
            request.body = Array(request.body.prefix(Int.random(in: 0..<request.body.count, using: &random)))
            return .request(request)
        case .response(var response) where !response.body.isEmpty:
            response.body = Array(response.body.prefix(Int.random(in: 0..<response.body.count, using: &random)))
            return .response(response)
        default:
            return event
        }
    }

    /// A crash at `point` with the current probability (recorded for coverage).
    mutating func crashes(at point: CrashPoint) -> Bool {
        guard random.chance(faults.crash) else { return false }
        oracle.crashes[point, default: 0] += 1
        return true
    }
}
