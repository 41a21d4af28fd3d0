import ArgumentParser
import Foundation
import PlanningDomain
import RegionNode
import SyntheticData

/// `balans generate`: writes a synthetic region as import files.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Skapa syntetiska (påhittade) data för en region som importfiler.",
        discussion: "Storleken följer regionens folkmängd. Samma frö ger alltid samma filer.")

    @Option(name: [.customLong("region")], help: "Regionens länskod, t.ex. 05 för Östergötland.")
    var region: String = "05"

    @Option(name: [.customLong("out"), .customLong("ut")], help: "Katalog att skriva filerna i.")
    var output: String

    @Option(help: "Frö för slumptalen.")
    var seed: UInt64 = 1

    @Option(
        name: [.customLong("last-week"), .customLong("sista-vecka")],
        help: "Sista veckan med historik (standard: förra veckan).")
    var lastWeek: String?

    @Option(help: "Antal år historik.")
    var years: Int = 3

    @Option(help: "Skalfaktor på volymerna (1 = regionens storlek).")
    var scale: Double = 1

    @Option(help: "Antal specialiteter: de 16 som alla regioner har, och upp till 24 till (högst 40).")
    var specialties: Int = SyntheticRegionConfiguration.standardSpecialtyCount

    func validate() throws {
        if SwedishRegion.withCode(region) == nil {
            throw ValidationError(
                "Okänd länskod \"\(region)\". Giltiga: \(SwedishRegion.all.map(\.code).joined(separator: ", ")).")
        }
        if let lastWeek, case .failure = ISOWeek.parse(lastWeek) {
            throw ValidationError("Sista vecka \"\(lastWeek)\" är ingen ISO-vecka. Skriv t.ex. 2026-W47.")
        }
        if !(1...10).contains(years) { throw ValidationError("--years ska vara mellan 1 och 10.") }
        if !(scale > 0 && scale <= 100) { throw ValidationError("--scale ska vara större än 0 och högst 100.") }
        if !(1...SyntheticRegionConfiguration.maximumSpecialtyCount).contains(specialties) {
            throw ValidationError(
                "--specialties ska vara mellan 1 och \(SyntheticRegionConfiguration.maximumSpecialtyCount).")
        }
    }

    func run() throws {
        let week = try lastWeek.map { try ISOWeek.parse($0).get() } ?? DemoClock.previousWeek()
        let configuration = SyntheticRegionConfiguration(
            regionCode: region, seed: seed, lastWeek: week, years: years, scale: scale, specialtyCount: specialties)
        let generated = SyntheticRegionGenerator.generate(configuration)
        try SyntheticRegionWriter.write(generated, to: output)
        try SyntheticRegionWriter.writeCapacityPlan(generated, to: output)
        print("\(SyntheticRegion.label)")
        print(SyntheticSummaryText.render(generated, directory: output))
    }
}

/// Reads the wall clock at the edge, so nothing inside the libraries does.
enum DemoClock {
    /// The ISO week before the current one, in Swedish time (UTC is close enough for a week boundary).
    static func previousWeek() -> ISOWeek {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return ISOWeek(containing: CivilDate(daysSinceEpoch: days)).adding(weeks: -1)
    }
}
