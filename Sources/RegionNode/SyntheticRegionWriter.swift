import FeedFormats
import Foundation
public import PlanningDomain
public import SyntheticData

/// Writes a synthetic region as the same CSV files the importer reads, one file per feed.
public enum SyntheticRegionWriter {
    /// The files written, in import order.
    public static let fileNames = [
        "enheter.csv", "resurser.csv", "planeringsobjekt.csv", "inflode.csv", "produktion.csv", "strykningar.csv",
        "belagda_varddagar.csv", "vantelista.csv", "genomforda.csv", "kapacitet.csv",
    ]

    /// Writes the weeks after `cutoff` of the inflow and production feeds into `directory`: the "outcome" a
    /// demo or a test imports after a plan starting at `cutoff + 1` has been agreed.
    @discardableResult
    public static func writeOutcome(_ region: SyntheticRegion, after cutoff: ISOWeek, to directory: String) throws
        -> [String]
    {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var written: [String] = []
        let weeklyFeeds = [
            ("inflode.csv", region.inflow), ("produktion.csv", region.production),
            ("strykningar.csv", region.cancellations), ("belagda_varddagar.csv", region.occupiedBedDays),
        ]
        var contents = weeklyFeeds.map { ($0.0, weekly($0.1.filter { $0.week > cutoff })) }
        contents.append(("genomforda.csv", completed(region.completedWaits.filter { $0.performedWeek > cutoff })))
        for (name, content) in contents {
            let path = (directory as NSString).appendingPathComponent(name)
            try Data(content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(path)
        }
        return written
    }

    /// Writes the region's forward capacity plan (``SyntheticRegion/capacityPlan(after:)``) for the 53 weeks after
    /// `lastWeek` (default: the history's last week) as `kapacitetsplan.csv` in `directory`: the capacity feed for
    /// weeks ahead, as a region imports its staffing schedule. Returns the path.
    @discardableResult
    public static func writeCapacityPlan(
        _ region: SyntheticRegion, after lastWeek: ISOWeek? = nil, to directory: String
    )
        throws -> String
    {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var plan = CSVWriter(header: ["enhetskod", "resurskod", "vecka", "planerad", "frånvaro"])
        for record in region.capacityPlan(after: lastWeek) {
            plan.append([
                record.unitCode, record.resourceCode, record.week.description, CSVWriter.decimal(record.planned),
                CSVWriter.decimal(record.absence),
            ])
        }
        let path = (directory as NSString).appendingPathComponent(capacityPlanFileName)
        try Data(plan.content.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    /// The capacity plan's file name (the `kapacitet` feed, by its prefix).
    public static let capacityPlanFileName = "kapacitetsplan.csv"

    /// Writes every feed into `directory` (created if needed); returns the paths written. With `cutoff`, only
    /// the weeks (and snapshots, capacity) up to and including it are written; see ``writeOutcome(_:after:to:)``.
    @discardableResult
    public static func write(_ region: SyntheticRegion, to directory: String, through cutoff: ISOWeek? = nil) throws
        -> [String]
    {
        let keep = { (week: ISOWeek) in cutoff.map { week <= $0 } ?? true }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var contents: [String: String] = [:]

        var units = CSVWriter(header: ["enhetskod", "namn", "nivå", "överordnad"])
        for unit in region.units {
            units.append([unit.code, unit.name, unit.level.swedishName, unit.parentCode ?? ""])
        }
        contents["enheter.csv"] = units.content

        var resources = CSVWriter(header: ["resurskod", "namn", "typ", "måttenhet", "begränsande"])
        for resource in region.resources {
            resources.append([
                resource.code, resource.name, resource.kind.swedishName, resource.measure.swedishName,
                resource.isLimiting ? "ja" : "nej",
            ])
        }
        contents["resurser.csv"] = resources.content

        var objects = CSVWriter(header: [
            "planeringsobjekt", "namn", "enhetskod", "specialitet", "vårdtjänst", "vårdgivarkategori", "kontakttyp",
            "medicinsk_prioritet",
        ])
        for object in region.planningObjects {
            objects.append([
                object.code, object.name, object.unitCode, object.specialty, object.careService,
                object.providerCategory, object.contactType.swedishName, object.medicalPriority,
            ])
        }
        contents["planeringsobjekt.csv"] = objects.content

        contents["inflode.csv"] = weekly(region.inflow.filter { keep($0.week) })
        contents["produktion.csv"] = weekly(region.production.filter { keep($0.week) })
        contents["strykningar.csv"] = weekly(region.cancellations.filter { keep($0.week) })
        contents["belagda_varddagar.csv"] = weekly(region.occupiedBedDays.filter { keep($0.week) })
        contents["genomforda.csv"] = completed(region.completedWaits.filter { keep($0.performedWeek) })

        var waiting = CSVWriter(header: [
            "uttagsdatum", "planeringsobjekt", "väntar_sedan", "medicinskt_måldatum", "prioritet",
        ])
        for snapshot in region.waitingSnapshots where keep(ISOWeek(containing: snapshot.date)) {
            let date = snapshot.date.description
            for entry in snapshot.entries {
                waiting.append([
                    date, entry.planningObjectCode, entry.waitingSince.description,
                    entry.medicalTargetDate?.description ?? "", entry.priority ?? "",
                ])
            }
        }
        contents["vantelista.csv"] = waiting.content

        var capacity = CSVWriter(header: ["enhetskod", "resurskod", "vecka", "planerad", "frånvaro"])
        for record in region.capacity where keep(record.week) {
            capacity.append([
                record.unitCode, record.resourceCode, record.week.description, CSVWriter.decimal(record.planned),
                CSVWriter.decimal(record.absence),
            ])
        }
        contents["kapacitet.csv"] = capacity.content

        var written: [String] = []
        for name in fileNames {
            let path = (directory as NSString).appendingPathComponent(name)
            try Data(contents[name]!.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
            written.append(path)
        }
        let readme = """
            \(SyntheticRegion.label)
            Genererad region: \(region.region.name) (\(region.region.code)), frö \(region.configuration.seed),
            veckor \(region.configuration.firstWeek)–\(region.configuration.lastWeek).
            Filerna kan importeras med: balans import --database region.sqlite \(directory)/*.csv

            """
        try Data(readme.utf8).write(
            to: URL(fileURLWithPath: (directory as NSString).appendingPathComponent("LÄS_MIG.txt")), options: .atomic)
        return written
    }

    private static func completed(_ waits: [CompletedWait]) -> String {
        var writer = CSVWriter(header: ["planeringsobjekt", "väntar_sedan", "utförd"])
        for wait in waits {
            writer.append([wait.planningObjectCode, wait.waitingSince.description, wait.performedOn.description])
        }
        return writer.content
    }

    private static func weekly(_ counts: [WeeklyCount]) -> String {
        var writer = CSVWriter(header: ["planeringsobjekt", "vecka", "antal"])
        for count in counts { writer.append([count.planningObjectCode, count.week.description, String(count.count)]) }
        return writer.content
    }
}
