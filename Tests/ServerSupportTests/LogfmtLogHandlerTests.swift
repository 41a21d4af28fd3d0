import Foundation
import Logging
import ServerSupport
import Synchronization
import Testing

@Suite("logfmt log lines")
struct LogfmtLogHandlerTests {
    final class Lines: Sendable {
        let lines = Mutex<[String]>([])
        func append(_ line: String) { lines.withLock { $0.append(line) } }
        var all: [String] { lines.withLock { $0 } }
    }

    func logger(level: Logger.Level, into lines: Lines) -> Logger {
        Logger(label: "balans.node") { label in
            LogfmtLogHandler(
                label: label, level: level, write: { lines.append($0) }, now: { Date(timeIntervalSince1970: 0) })
        }
    }

    @Test func linesAreKeyValuePairsWithSortedQuotedMetadata() {
        let lines = Lines()
        var log = logger(level: .info, into: lines)
        log[metadataKey: "region.code"] = "05"
        log.info("request", metadata: ["http.route": "/api/v1/plans/{id}", "http.status": "200", "note": "två ord"])
        #expect(lines.all.count == 1)
        #expect(
            lines.all.first
                == "time=1970-01-01T00:00:00Z level=info logger=balans.node msg=request "
                + "http.route=/api/v1/plans/{id} http.status=200 note=\"två ord\" region.code=05\n")
    }

    @Test func levelFiltersAndEscapes() {
        let lines = Lines()
        let log = logger(level: .warning, into: lines)
        log.info("dropped")
        log.warning("say \"hi\"\nnext = line")
        #expect(lines.all.count == 1)
        #expect(lines.all.first?.contains(#"msg="say \"hi\"\nnext = line""#) == true)
        #expect(lines.all.first?.filter { $0 == "\n" }.count == 1)
    }
}
