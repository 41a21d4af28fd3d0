import ArgumentParser
import FeedFormats

/// `balans feeds`: the import feeds and their columns.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds", abstract: "Visa importflödena och deras kolumner.")

    func run() {
        for kind in FeedKind.allCases {
            let (required, optional) = FeedColumns.columns(for: kind)
            print("\(kind.swedishName) (\(kind.rawValue))")
            for column in required { print("  \(column.name) – \(column.meaning)") }
            for column in optional { print("  \(column.name) (valfri) – \(column.meaning)") }
            print("")
        }
    }
}
