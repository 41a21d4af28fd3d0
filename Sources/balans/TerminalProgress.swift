import FeedFormats
import Foundation
import RegionNode

/// Draws "inflode.csv: 450 000 / 1 000 000 rader" on one line of the terminal; silent when not a terminal.
struct TerminalProgress: ImportProgress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let state = ProgressState()

    func started(file: String, feed: FeedKind, estimatedRows: Int) {
        state.set(file: file, estimate: estimatedRows)
        draw(rows: 0)
    }

    func advanced(rows: Int) { draw(rows: rows) }

    func finishedFile(rows: Int) {
        draw(rows: rows)
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    func storing(records: Int) {
        if enabled {
            FileHandle.standardError.write(Data("Sparar \(RegionStatusText.grouped(records)) poster …\n".utf8))
        }
    }

    private func draw(rows: Int) {
        guard enabled else { return }
        let (file, estimate) = state.current
        let percent = estimate > 0 ? min(100, rows * 100 / estimate) : 100
        let text = "\r\(file): \(RegionStatusText.grouped(rows)) rader (\(percent) %)   "
        FileHandle.standardError.write(Data(text.utf8))
    }
}

/// The file being read, shared between progress callbacks.
private final class ProgressState: @unchecked Sendable {
    private let lock = NSLock()
    private var file = ""
    private var estimate = 0

    func set(file: String, estimate: Int) {
        lock.withLock {
            self.file = file
            self.estimate = estimate
        }
    }

    var current: (String, Int) { lock.withLock { (file, estimate) } }
}
