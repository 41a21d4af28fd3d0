import ArgumentParser
import NodeStore
import RegionNode

/// `balans status`: what the region database holds.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Visa vad regionens databas innehåller.")

    @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
    var database: String

    func run() throws {
        let store = try NodeStore.open(path: database)
        print(RegionStatusText.render(try store.summary()))
    }
}
