import ArgumentParser
import Credentials
import Foundation
import NodeStore
import RegionNode
import SyncEngine

/// `balans sync …`: the node's sync with the hub, by hand.
struct SyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync", abstract: "Synka regionnoden med hubben.",
        subcommands: [Now.self, Key.self, Status.self])

    /// Where the hub is and how the node proves who it is (shared by `sync now` and `node serve`).
    struct HubOptions: ParsableArguments {
        @Option(help: "Hubbens adress, t.ex. http://127.0.0.1:8090.")
        var hub: String

        @Option(help: "Nodens nyckel för hubben (region-node).")
        var token: String?

        @Option(help: "Fil med nodens nyckel för hubben (i stället för --token).")
        var tokenFile: String?

        @Option(help: "Nodens Ed25519-signeringsnyckel (skapas med behörighet 0600 om den saknas).")
        var key: String

        @Option(help: "Regionens länskod (annars frågas hubben).")
        var region: String?

        func validate() throws {
            guard (token == nil) != (tokenFile == nil) else {
                throw ValidationError("Ange nodens nyckel för hubben med antingen --token eller --token-file.")
            }
        }

        func readToken() throws -> String {
            if let token { return token }
            guard let text = try? String(contentsOfFile: tokenFile!, encoding: .utf8),
                case let token = text.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty
            else { throw Refusal("Kunde inte läsa nyckeln i \(tokenFile!).") }
            return token
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "now",
            abstract: "Beräkna indikatorerna, skicka allt som väntar och hämta nationella jämförelser.",
            discussion: """
                Misslyckade anrop försöks igen med ökande väntan tills --timeout har gått; inget räknas som \
                skickat förrän hubben har kvitterat det.
                """)

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        @OptionGroup var hub: HubOptions

        @Option(help: "Veckor bakåt från den senaste importerade veckan som indikatorerna beräknas för.")
        var weeks: Int = 13

        @Option(help: "Högst så många poster per batch.")
        var batchItems: Int = 1_000

        @Option(help: "Högst så många batcher av en ström på väg till hubben samtidigt (1 skickar en i taget).")
        var batchesInFlight: Int = 2

        @Option(help: "Ge upp efter så många sekunder.")
        var timeout: Int = 120

        @Option(help: "Sekunder ett anrop till hubben får ta innan det räknas som misslyckat (och görs om).")
        var requestTimeout: Int = 30

        func run() async throws {
            let store = try NodeStore.open(path: database)
            let configuration = NodeSyncConfiguration(
                hubURL: hub.hub, token: try hub.readToken(), signingKeyPath: hub.key, regionCode: hub.region,
                exportWeeks: weeks,
                upload: UploadConfiguration(
                    limits: BatchLimits(maxItems: batchItems),
                    // A manual round waits for the operator: retry soon, at most 5 s apart.
                    backoff: BackoffPolicy(baseMilliseconds: 250, capMilliseconds: 5_000),
                    requestTimeoutMilliseconds: Int64(max(1, requestTimeout)) * 1000, window: batchesInFlight),
                roundTimeoutSeconds: timeout)
            let session: SyncSession
            do {
                session = try await SyncSession.open(configuration)
            } catch let error as SyncSessionError {
                throw Refusal(error.message)
            }
            let report = try await SyncRound.run(
                session: session, store: store,
                progress: { progress in
                    if let line = SyncRoundText.line(progress) { printNow(line) }
                })
            printNow(SyncRoundText.summary(report))
            if !report.completed { throw ExitCode(1) }
        }
    }

    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "key",
            abstract: "Skriv ut nodens publika signeringsnyckel (base64); skapar nyckeln om den saknas.",
            discussion: "Registrera den i hubben: balans hub credential --role region-node --public-key <nyckel> …")

        @Option(help: "Nodens Ed25519-signeringsnyckel.")
        var key: String

        func run() throws {
            do {
                let (signingKey, created) = try SigningKey.loadOrCreate(at: key)
                if created { FileHandle.standardError.write(Data("Ny signeringsnyckel skapad i \(key).\n".utf8)) }
                print(signingKey.publicKeyBase64)
            } catch {
                throw Refusal(error.message)
            }
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Visa synkstatus per ström (kö, senaste lyckade, senaste fel).")

        @Option(name: [.customLong("database"), .customLong("databas")], help: "Regionens SQLite-fil.")
        var database: String

        func run() throws {
            let report = try SyncStatusReport.read(from: try NodeStore.open(path: database))
            for stream in report.streams {
                var line = "\(stream.stream): \(stream.phase), kö \(stream.queueLength), markör \(stream.cursor)"
                if let success = stream.lastSuccess { line += ", senast lyckad \(success.formatted(.iso8601))" }
                if let error = stream.lastError { line += ", senaste fel \(error.code): \(error.message)" }
                print(line)
            }
            print("Avvisade poster: \(report.rejectedItems), nationella jämförelser: \(report.nationalComparisons)")
        }
    }
}
