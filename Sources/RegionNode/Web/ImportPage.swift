import FeedFormats
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import WebUI

/// Import status: the upload form (analysts), the import log, and the data-quality problems a planner should
/// know about before trusting a forecast or a plan.
enum ImportPage {
    static func build(_ context: PageContext, issues: [FeedIssue] = [], omitted: Int = 0) throws -> WebPage {
        var page = context.page("Import och datakvalitet")
        if let run = context.query["klart"] {
            page.flash.append(FlashMessage(.success, "Filen är importerad (importkörning \(run))."))
        }
        if !issues.isEmpty {
            page.add(
                WebTable(
                    id: "fel", caption: "Fel i filen – ingenting har sparats",
                    columns: [
                        .init("Fil"), .init("Rad", kind: .number(decimals: 0)), .init("Kolumn"), .init("Värde"),
                        .init("Fel"),
                    ],
                    rows: issues.map { issue in
                        [
                            .text(issue.file), .number(issue.line.map { Double($0) }), .text(issue.column ?? ""),
                            .text(issue.value ?? ""), .text(issue.message),
                        ]
                    }, fileName: "importfel"))
            if omitted > 0 { page.paragraph("Ytterligare \(omitted) fel visas inte; rätta de ovan först.") }
        }
        if context.viewer.canEditData {
            page.section("Importera en fil") { section in
                section.paragraph(
                    "CSV (semikolon eller komma, UTF-8) eller Excel (.xlsx). Filnamnet avgör vilken sorts data det är "
                        + "(t.ex. inflode_2025.csv), eller välj nedan. Hela filen kontrolleras först; finns ett fel "
                        + "sparas ingenting.")
                section.add(
                    FormView(
                        action: "/import", method: .post, csrfToken: context.viewer.csrfToken,
                        fields: [
                            FormField(
                                name: "flode", label: "Sorts data",
                                control: .select(
                                    [SelectOption(value: "", label: "Avgörs av filnamnet")]
                                        + FeedKind.allCases.map {
                                            SelectOption(value: $0.rawValue, label: $0.swedishName.capitalized)
                                        })),
                            FormField(name: "blad", label: "Blad i arbetsboken", hint: "Tomt: det första bladet."),
                            FormField(
                                name: "uttagsdatum", label: "Uttagsdatum för väntelista", control: .text(.date),
                                hint: "Behövs bara om filen saknar kolumnen uttagsdatum."),
                        ], buttons: [SubmitButton("Importera")], label: "Importera en fil",
                        extra: [
                            FormView.fileInput(
                                name: "fil", label: "Fil", hint: "En .csv- eller .xlsx-fil.",
                                accept: ".csv,.txt,.xlsx,text/csv")
                        ], uploadsFiles: true
                    ).node())
            }
        }
        page.section("Importlogg") { section in
            let runs = (try? context.store.importHistory(limit: 50)) ?? []
            section.add(
                WebTable(
                    id: "importer", caption: "De senaste importkörningarna",
                    columns: [
                        .init("Körning", kind: .number(decimals: 0)), .init("Tidpunkt"), .init("Filer"),
                        .init("Flöden"),
                        .init("Rader", kind: .number(decimals: 0)), .init("Poster", kind: .number(decimals: 0)),
                        .init("Ändrade", kind: .number(decimals: 0)),
                    ],
                    rows: runs.map { run in
                        [
                            .number(Double(run.runID)), .text(WebText.timestamp(run.importedAt)),
                            .text(run.files.map(\.fileName).joined(separator: ", ")),
                            .text(
                                run.files.map { FeedKind(rawValue: $0.feed)?.swedishName ?? $0.feed }
                                    .joined(separator: ", ")),
                            .number(Double(run.files.map(\.rowCount).reduce(0, +))), .number(Double(run.recordCount)),
                            .number(Double(run.changedCount)),
                        ]
                    }, fileName: "importlogg", emptyMessage: "Inget har importerats ännu."))
        }
        page.section("Datakvalitet") { section in
            let problems = (try? DataQuality.problems(context)) ?? []
            section.add(
                WebTable(
                    id: "datakvalitet", caption: "Kända brister i data",
                    columns: [.init("Område"), .init("Problem"), .init("Vad göra")],
                    rows: problems.map { [.text($0.area), .text($0.problem), .text($0.remedy)] },
                    fileName: "datakvalitet", emptyMessage: "Inga kända brister."))
        }
        return page
    }

    /// Imports the uploaded file through the same importer as `balans import`.
    static func upload(_ context: PageContext, form: FormInput) throws -> ActionResult {
        guard context.viewer.canEditData else {
            throw WebError.forbidden(
                "Din roll (\(context.viewer.user.role.swedishLabel)) får inte importera; be en produktionsanalytiker.")
        }
        guard let file = form.files.first(where: { $0.fieldName == "fil" && !$0.fileName.isEmpty }) else {
            throw WebError.badRequest("Välj en fil att importera.")
        }
        var feed: FeedKind?
        if let name = form.fields.trimmed("flode") {
            guard let kind = FeedKind(rawValue: name) ?? FeedKind(name: name) else {
                throw WebError.badRequest("Okänt flöde \"\(name)\". Välj ett av: \(FeedKind.helpList).")
            }
            feed = kind
        }
        var snapshot: CivilDate?
        if let text = form.fields.trimmed("uttagsdatum") {
            guard let date = CivilDate.parse(text) else {
                throw WebError.badRequest("Uttagsdatum \"\(text)\" är inget datum. Skriv ÅÅÅÅ-MM-DD.")
            }
            snapshot = date
        }
        let request = ImportRequest(
            path: file.fileName, feed: feed, sheet: form.fields.trimmed("blad"), contents: file.contents)
        do {
            let report = try RegionImporter(store: context.store, now: context.now).run(
                [request], options: ImportOptions(snapshotDate: snapshot))
            return .redirect("/import?klart=\(report.receipt.runID)")
        } catch let error as FeedValidationError {
            var page = try build(context, issues: error.issues, omitted: error.omittedCount)
            let count = error.issues.count + error.omittedCount
            page.flash.insert(
                FlashMessage(
                    .error, "Importen avbröts: \(count) fel. Ingenting har sparats; rätta filen och skicka den igen."),
                at: 0)
            page.status = .unprocessableContent
            return .page(page)
        }
    }
}
