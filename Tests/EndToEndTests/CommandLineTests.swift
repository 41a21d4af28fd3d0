import Foundation
import Testing

/// Runs the real `balans` executable, as an analyst would from a terminal.
struct BalansProcess {
    /// The built executable beside the test bundle (SwiftPM builds it first: this target depends on it).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["BALANS_EXECUTABLE"] { return URL(fileURLWithPath: path) }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = runner.deletingLastPathComponent()
        // The runner may sit inside an .xctest bundle directory; walk up to the build products folder.
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("balans")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appendingPathComponent("balans")
    }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try runProgram(executable.path, arguments, environment: environment)
    }
}

/// Runs a program to completion and returns its status, standard output and standard error.
func runProgram(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
) throws -> BalansProcess.Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read before waiting so a large output cannot fill the pipe and block the child.
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return BalansProcess.Result(
        status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
        errors: String(decoding: errData, as: UTF8.self))
}

final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("balans-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

/// Pulls "Label: 1 234" style numbers out of the Swedish summaries.
func number(after label: String, in text: String) -> Int? {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(label) }) else { return nil }
    let rest = line.dropFirst(label.count).drop { $0 == " " || $0 == ":" }
    var digits = ""
    for character in rest {
        if character.isNumber { digits.append(character) } else if character == " " { continue } else { break }
    }
    return Int(digits)
}

@Suite("balans on the command line", .serialized)
struct CommandLineTests {
    @Test func generateImportAndStatusAgree() throws {
        let directory = try TemporaryDirectory()
        let generated = try BalansProcess.run([
            "generate", "--region", "09", "--out", directory.path("files"), "--seed", "3", "--last-week", "2025-W40",
            "--years", "1",
        ])
        #expect(generated.status == 0, "\(generated.errors)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("files"))
            .filter { $0.hasSuffix(".csv") }.sorted().map { directory.path("files/\($0)") }
        #expect(files.count == 11)  // the ten feeds and the capacity plan (kapacitetsplan.csv)
        let imported = try BalansProcess.run(["import", "--database", directory.path("region.sqlite")] + files)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Importen är klar"))
        let status = try BalansProcess.run(["status", "--database", directory.path("region.sqlite")])
        #expect(status.status == 0)
        for label in ["Enheter", "Planeringsobjekt", "Resurser"] {
            let wanted = try #require(number(after: label, in: generated.output))
            #expect(number(after: label, in: status.output) == wanted, "\(label)")
        }
        // Inflow rows: "Inflöde: 12 345 rader" in both summaries.
        #expect(number(after: "Inflöde", in: status.output) == number(after: "Inflöde", in: generated.output))
        #expect(number(after: "Kapacitet", in: status.output) == number(after: "Kapacitet", in: generated.output))
        #expect(number(after: "Genomförda", in: status.output) == number(after: "Genomförda", in: generated.output))
    }

    @Test func brokenFileExitsNonZeroWithLocatedErrorAndStoresNothing() throws {
        let directory = try TemporaryDirectory()
        let units = "enhetskod;namn;nivå;överordnad\nR1;Region;region;\nK1;Klinik;verksamhet;R1\n"
        let objects = """
            planeringsobjekt;namn;enhetskod;specialitet;vårdtjänst;vårdgivarkategori;kontakttyp;medicinsk_prioritet
            PO1;Nybesök;K1;Ortopedi;Nybesök;Läkare;besök;P2

            """
        let inflow = "planeringsobjekt;vecka;antal\nPO1;2025-W52;4\nPO1;2025-W54;3\n"
        try units.write(toFile: directory.path("enheter.csv"), atomically: true, encoding: .utf8)
        try objects.write(toFile: directory.path("planeringsobjekt.csv"), atomically: true, encoding: .utf8)
        try inflow.write(toFile: directory.path("inflode.csv"), atomically: true, encoding: .utf8)
        let result = try BalansProcess.run([
            "import", "--database", directory.path("region.sqlite"), directory.path("enheter.csv"),
            directory.path("planeringsobjekt.csv"), directory.path("inflode.csv"),
        ])
        #expect(result.status == 65)
        #expect(result.errors.contains("inflode.csv, rad 3, kolumn vecka, värde \"2025-W54\""))
        #expect(result.errors.contains("2025 har 52 ISO-veckor"))
        #expect(result.errors.contains("Ingenting har sparats"))
        let status = try BalansProcess.run(["status", "--database", directory.path("region.sqlite")])
        #expect(number(after: "Enheter", in: status.output) == 0)
        #expect(number(after: "Planeringsobjekt", in: status.output) == 0)
    }

    @Test func documentedExampleFilesImportAsTheyAre() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".csv") }
            .sorted().map { examples.appendingPathComponent($0).path }
        #expect(files.count == 12)
        let directory = try TemporaryDirectory()
        let result = try BalansProcess.run(["import", "--database", directory.path("x.sqlite")] + files)
        #expect(result.status == 0, "\(result.errors)")
        let status = try BalansProcess.run(["status", "--database", directory.path("x.sqlite")])
        #expect(number(after: "Enheter", in: status.output) == 6)
        #expect(number(after: "Planeringsobjekt", in: status.output) == 4)
        // Weekly inflow (6 rows) and the event file (objects x weeks it touches) upsert the same keys.
        #expect(status.output.contains("Väntelista:         1 ögonblicksbilder"))
        #expect(number(after: "Kapacitet", in: status.output) == 6)
        #expect(number(after: "Strykningar", in: status.output) == 3)
        #expect(number(after: "Belagda vårddagar", in: status.output) == 2)
        #expect(number(after: "Genomförda", in: status.output) == 3)
    }

    @Test func unknownOptionValueGetsAClearMessage() throws {
        let result = try BalansProcess.run(["import", "--database", "/tmp/x.sqlite", "--feed", "bananer", "a.csv"])
        #expect(result.status != 0)
        #expect(result.errors.contains("Okänt flöde \"bananer\""))
    }
}

/// Generates two years of a small synthetic Gotland (seed 5, up to 2025-W40) and imports it; returns the database.
func generateAndImportTwoYearsOfGotland(into directory: TemporaryDirectory) throws -> String {
    let generated = try BalansProcess.run([
        "generate", "--region", "09", "--out", directory.path("files"), "--seed", "5", "--last-week", "2025-W40",
        "--years", "2", "--scale", "0.3",
    ])
    #expect(generated.status == 0, "\(generated.errors)")
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path("files"))
        .filter { $0.hasSuffix(".csv") }.map { directory.path("files/\($0)") }
    let database = directory.path("region.sqlite")
    #expect(try BalansProcess.run(["import", "--database", database] + files).status == 0)
    return database
}

@Suite("balans forecast on the command line", .serialized)
struct ForecastCommandLineTests {
    @Test func forecastThenExplainAnObjectAndAUnit() throws {
        let directory = try TemporaryDirectory()
        let database = try generateAndImportTwoYearsOfGotland(into: directory)
        let run = try BalansProcess.run(["forecast", "--database", database, "--horizon", "26"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Prognoskörning 1"))
        #expect(run.output.contains("26 veckor från 2025-W41"))
        let objects = try String(contentsOfFile: directory.path("files/planeringsobjekt.csv"), encoding: .utf8)
        let firstObject = String(objects.split(separator: "\n")[1].split(separator: ";")[0])
        let explained = try BalansProcess.run(["forecast", "--database", database, "--explain", firstObject])
        #expect(explained.status == 0, "\(explained.errors)")
        #expect(explained.output.contains("Backtest"))
        #expect(explained.output.contains("2025-W41"))
        let region = try BalansProcess.run(["forecast", "--database", database, "--explain", "R09"])
        #expect(region.status == 0, "\(region.errors)")
        #expect(region.output.contains("summan av"))
        // The example plugin joins the backtest once its hash is on the allowlist, and not before.
        let plugins = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Plugins").path
        let hash = try BalansProcess.run(["plugin", "hash", plugins + "/seasonal-python"])
        #expect(hash.status == 0, "\(hash.errors)")
        let refused = try BalansProcess.run([
            "forecast", "--database", database, "--object", firstObject, "--plugins", plugins,
        ])
        #expect(refused.output.contains("finns inte i tillåtelselistan"))
        try hash.output.write(toFile: directory.path("allowlist.txt"), atomically: true, encoding: .utf8)
        let withPlugin = try BalansProcess.run([
            "forecast", "--database", database, "--object", firstObject, "--plugins", plugins, "--allowlist",
            directory.path("allowlist.txt"),
        ])
        #expect(withPlugin.status == 0, "\(withPlugin.errors)")
        #expect(!withPlugin.output.contains("misslyckades"))
        let table = try BalansProcess.run(["forecast", "--database", database, "--explain", firstObject])
        #expect(table.output.contains("plugin:seasonal-python"))
        let unknown = try BalansProcess.run(["forecast", "--database", database, "--explain", "FINNS-INTE"])
        #expect(unknown.status != 0)
        #expect(unknown.errors.contains("Ingen prognos för \"FINNS-INTE\""))
    }
}

@Suite("balans node serve", .serialized)
struct NodeServeTests {
    /// Starts `balans node serve --port 0`, reads the printed URL, and returns the process and the base URL.
    func start(database: String) throws -> (Process, URL, Pipe) {
        let process = Process()
        process.executableURL = BalansProcess.executable
        process.arguments = ["node", "serve", "--database", database, "--port", "0"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("\n"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "http://127.0.0.1:[0-9]+", options: .regularExpression) else {
            process.terminate()
            throw CocoaError(.fileReadUnknown)
        }
        return (process, URL(string: String(text[range]))!, output)
    }

    func get(_ url: URL, token: String? = nil) throws -> (Int, String) {
        // A blocking fetch through curl keeps the test free of FoundationNetworking.
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments =
            ["-s", "-o", "-", "-w", "\n%{http_code}", url.absoluteString]
            + (token.map { ["-H", "Authorization: Bearer \($0)"] } ?? [])
        let pipe = Pipe()
        curl.standardOutput = pipe
        try curl.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    @Test func servesStatusAndShutsDownCleanlyOnSIGTERM() throws {
        let directory = try TemporaryDirectory()
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Config/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: examples.path).filter { $0.hasSuffix(".csv") }
            .map { examples.appendingPathComponent($0).path }
        let database = directory.path("x.sqlite")
        #expect(try BalansProcess.run(["import", "--database", database] + files).status == 0)
        let added = try BalansProcess.run(
            ["user", "add", "--database", database, "--username", "ada", "--name", "Ada", "--role", "analyst"],
            environment: ["BALANS_PASSWORD": "ett-långt-lösenord"])
        #expect(added.status == 0, "\(added.errors)")
        let token = try BalansProcess.run(["user", "token", "--database", database, "--username", "ada"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("blns_"))
        let (process, base, output) = try start(database: database)
        defer { if process.isRunning { process.terminate() } }
        let (healthStatus, _) = try get(base.appendingPathComponent("health"))
        #expect(healthStatus == 200)
        let (anonymous, _) = try get(base.appendingPathComponent("api/v1/status"))
        #expect(anonymous == 401)
        let (status, body) = try get(base.appendingPathComponent("api/v1/status"), token: token)
        #expect(status == 200)
        #expect(body.contains("\"planningObjects\":4"))
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("Regionnoden har stängts."))
    }
}

@Suite("balans plan on the command line", .serialized)
struct PlanCommandLineTests {
    @Test func createBalanceAgreeRefuseAnEditAndCompareAScenario() throws {
        let directory = try TemporaryDirectory()
        let database = try generateAndImportTwoYearsOfGotland(into: directory)
        let plan = ["--database", database, "--plan", "1"]

        let early = try BalansProcess.run(["plan", "create", "--database", database, "--unit", "R09", "--name", "P"])
        #expect(early.status != 0)
        #expect(early.errors.contains("Kör balans forecast först"))
        #expect(try BalansProcess.run(["forecast", "--database", database]).status == 0)

        let created = try BalansProcess.run([
            "plan", "create", "--database", database, "--unit", "R09", "--name", "Plan 2026", "--user", "anna",
        ])
        #expect(created.status == 0, "\(created.errors)")
        #expect(created.output.contains("Produktionsplan 1"))
        #expect(created.output.contains("Veckor: 52 (2025-W41 till 2026-W40)"))
        #expect((number(after: "Planeringsobjekt", in: created.output) ?? 0) > 0)

        let balance = try BalansProcess.run(["plan", "balance"] + plan)
        #expect(balance.status == 0, "\(balance.errors)")
        #expect(balance.output.contains("Begränsande resurser"))
        #expect(balance.output.contains("LAK") || balance.output.contains("SSK"))
        // The worst shortfall's unit and resource get the first action.
        let lines = balance.output.split(separator: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("Största underskotten") })
        let worst = lines[heading + 1].split(separator: " ").map(String.init)
        #expect(worst.count > 2)

        let added = try BalansProcess.run(
            ["plan", "action", "add"] + plan + [
                "--version", "1", "--type", "add-capacity", "--name", "Extra bemanning", "--to-unit", worst[0],
                "--resource", worst[1], "--weeks", "2025-W41..2026-W40", "--hours", "40",
            ])
        #expect(added.status == 0, "\(added.errors)")
        let moved = try BalansProcess.run(
            ["plan", "action", "add"] + plan + [
                "--version", "1", "--type", "move-capacity", "--name", "Låna över sommaren", "--from-unit", "R09",
                "--to-unit", worst[0], "--resource", worst[1], "--weeks", "2026-W27..2026-W31", "--hours", "10",
            ])
        #expect(moved.status == 0, "\(moved.errors)")
        let listed = try BalansProcess.run(["plan", "action", "list"] + plan)
        #expect(listed.output.contains("Balanseringsåtgärder för version 1: 2"))
        let balanced = try BalansProcess.run(["plan", "balance"] + plan + ["--version", "1"])
        #expect(balanced.output.contains("Med 2 balanseringsåtgärder"))

        let step = plan + ["--version", "1"]
        let proposed = try BalansProcess.run(
            ["plan", "propose"] + step + ["--user", "anna", "--level", "taktisk", "--comment", "Balanserad"])
        #expect(proposed.status == 0, "\(proposed.errors)")
        #expect(proposed.output.contains("Version 1 är föreslagen"))
        let tactical = try BalansProcess.run(["plan", "agree"] + step + ["--user", "anna", "--level", "taktisk"])
        #expect(tactical.status == 0, "\(tactical.errors)")
        let strategic = try BalansProcess.run(["plan", "agree"] + step + ["--user", "bo", "--level", "strategisk"])
        #expect(strategic.status == 0, "\(strategic.errors)")
        #expect(strategic.output.contains("Version 1 är överenskommen"))

        let objects = try String(contentsOfFile: directory.path("files/planeringsobjekt.csv"), encoding: .utf8)
        let object = String(objects.split(separator: "\n")[1].split(separator: ";")[0])
        let edit = try BalansProcess.run(
            ["plan", "edit"] + step + ["--object", object, "--week", "2026-W02", "--volume", "5", "--user", "anna"])
        #expect(edit.status != 0)
        #expect(edit.errors.contains("Version 1 är överenskommen och kan inte ändras"))

        let shown = try BalansProcess.run(["plan", "show"] + plan)
        #expect(shown.output.contains("Version 1: överenskommen"))
        #expect(shown.output.contains("bo (strategisk nivå): godkände på strategisk nivå"))

        let scenario = try BalansProcess.run(["plan", "scenario"] + step + ["--more-referrals", "10"])
        #expect(scenario.status == 0, "\(scenario.errors)")
        #expect(scenario.output.contains("Utgångsläge"))
        #expect(scenario.output.contains("10 % fler remisser"))
        #expect(scenario.output.contains("Andel väntat högst 90 dagar"))

        // A change needs a new version: reshape it by working days and give it a floor; the total stays.
        let next = try BalansProcess.run(
            ["plan", "new-version"] + plan + ["--from", "1", "--user", "anna", "--comment", "Ny profil"])
        #expect(next.output.contains("Version 2 skapad från version 1"))
        let version2 = plan + ["--version", "2", "--user", "anna"]
        // The object with the most inflow, so a floor of 1 a week is feasible.
        let inflow = try String(contentsOfFile: directory.path("files/inflode.csv"), encoding: .utf8)
        var totals: [String: Int] = [:]
        for line in inflow.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ";")
            if fields.count == 3 { totals[String(fields[0]), default: 0] += Int(fields[2]) ?? 0 }
        }
        let busiest = try #require(totals.max { $0.value < $1.value }?.key)
        let reshaped = try BalansProcess.run(["plan", "reshape"] + version2 + ["--object", busiest, "--working-days"])
        #expect(reshaped.status == 0, "\(reshaped.errors)")
        #expect(reshaped.output.contains("Version 2 är ändrad"))
        let floored = try BalansProcess.run(["plan", "floor"] + version2 + ["--object", busiest, "--minimum", "1"])
        #expect(floored.status == 0, "\(floored.errors)")
        let total = { (text: String) in text.split(separator: "\n").first { $0.contains("Totalt") }.map(String.init) }
        let v1 = try BalansProcess.run(["plan", "show"] + plan + ["--version", "1"])
        let v2 = try BalansProcess.run(["plan", "show"] + plan + ["--version", "2"])
        #expect(total(v1.output) != nil)
        #expect(total(v1.output) == total(v2.output))
    }
}
