import FeedFormats
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import WebUI

/// Acute dimensioning (akut dimensionering): from hourly arrivals, the capacity per hour of day and weekday that
/// covers a chosen percentile of the hours, and how many hours and days exceed it. Analysts upload the arrivals
/// (CSV, as for `balans plan acute`); they are stored, so everyone can look and download the tables afterwards.
enum AcuteDimensioningPage {
    static let path = "/akut-dimensionering"
    static let defaultPercent = 85.0

    static func build(_ context: PageContext, issue: FeedIssue? = nil) throws -> WebPage {
        var page = context.page("Akut dimensionering")
        if context.query["klart"] != nil {
            page.flash.append(FlashMessage(.success, "Ankomsterna är uppladdade och sparade."))
        }
        if let issue {
            page.flash.append(
                FlashMessage(.error, "Filen kunde inte läsas – ingenting har sparats. \(describe(issue))"))
        }
        page.paragraph(
            "Akut vård dimensioneras för en överenskommen andel av timmarnas inflöde: kapaciteten per timme och "
                + "veckodag är den valda percentilen av de observerade ankomsterna i den timmen. Resterande toppar "
                + "hanteras genom samverkan mellan enheter.")
        let percent = try percentParameter(context.query["percentil"])
        let stored = try context.store.acuteArrivals()
        if let stored, !stored.hours.isEmpty {
            addResult(&page, stored: stored, percent: percent)
        } else {
            page.add(
                .p {
                    "Inga ankomster är uppladdade ännu. Ladda upp en fil med ankomster per timme för att se "
                        + "dimensioneringen."
                })
        }
        if context.viewer.canEditData {
            page.section("Ladda upp ankomster", id: "ladda-upp") { section in
                section.paragraph(
                    "CSV (semikolon eller komma, UTF-8) med antingen kolumnerna datum;timme;ankomster (en rad per "
                        + "timme) eller tidpunkt (en rad per ankomst, ÅÅÅÅ-MM-DD tt:mm). Timmar utan rader räknas som "
                        + "0 ankomster. En ny fil ersätter de sparade ankomsterna.")
                section.add(
                    FormView(
                        action: path, method: .post, csrfToken: context.viewer.csrfToken,
                        fields: [percentField(percent)], buttons: [SubmitButton("Ladda upp och beräkna")],
                        label: "Ladda upp ankomster",
                        extra: [
                            FormView.fileInput(
                                name: "fil", label: "Fil", hint: "En .csv-fil med ankomster.",
                                accept: ".csv,.txt,text/csv")
                        ], uploadsFiles: true
                    ).node())
            }
        }
        return page
    }

    private static func percentField(_ percent: Double) -> FormField {
        FormField(
            name: "percentil", label: "Percentil (%)",
            value: plain(percent), control: .number(minimum: 1, maximum: 100, allowsDecimals: true),
            hint: "Andel av timmarna som kapaciteten ska räcka till, 1–100 (standard 85).")
    }

    private static func addResult(_ page: inout WebPage, stored: StoredAcuteArrivals, percent: Double) {
        let arrivals = AcuteArrivals(stored: stored.hours)
        let result = arrivals.dimension(percentile: percent / 100)
        page.add(
            DefinitionList([
                .init("Fil", stored.fileName),
                .init("Uppladdad", "\(WebText.timestamp(stored.uploadedAt)) av \(stored.uploadedBy)"),
                .init(
                    "Period",
                    "\(SwedishFormat.date(arrivals.hours.first!.date)) – \(SwedishFormat.date(arrivals.hours.last!.date))"
                        + " (\(SwedishFormat.integer(result.dayCount)) dagar)"),
            ]).node())
        page.add(
            FormView(
                action: path, method: .get, fields: [percentField(percent)], buttons: [SubmitButton("Beräkna")],
                label: "Välj percentil", extraClass: "form-filter"
            ).node())
        let hourShare = result.hourCount > 0 ? Double(result.hoursOver) / Double(result.hourCount) : 0
        let dayShare = result.dayCount > 0 ? Double(result.daysWithHoursOver) / Double(result.dayCount) : 0
        page.add(
            KeyFigureCard.grid([
                KeyFigureCard(
                    label: "Timmar över kapaciteten", value: SwedishFormat.integer(result.hoursOver),
                    detail: "\(SwedishFormat.percent(hourShare)) av \(SwedishFormat.integer(result.hourCount)) timmar"),
                KeyFigureCard(
                    label: "Dagar med minst en timme över", value: SwedishFormat.integer(result.daysWithHoursOver),
                    detail: "\(SwedishFormat.percent(dayShare)) av \(SwedishFormat.integer(result.dayCount)) dagar"),
                KeyFigureCard(
                    label: "Patienter över kapaciteten", value: SwedishFormat.number(result.arrivalsOver),
                    detail: "att hantera genom samverkan"),
            ]))
        let label = SwedishFormat.number(percent, decimals: 1, trimZeros: true)
        let days = Weekday.allCases
        let styles: [ChartColour] = [.blue, .orange, .green, .purple, .teal, .red, .grey]
        page.add(
            LineChart(
                options: ChartOptions(
                    title: "Kapacitet per timme vid \(label):e percentilen", id: "akut-kapacitet",
                    summary: "Patienter per timme som kapaciteten ska ta emot, en linje per veckodag.",
                    unit: "patienter per timme", categoryTitle: "Timme", tableDecimals: 1),
                labels: (0..<24).map { String(format: "%02d", $0) },
                series: days.enumerated().map { index, day in
                    ChartSeries(
                        name: day.swedishName.capitalized,
                        values: (0..<24).map { result.capacity[day]?[$0] ?? 0 },
                        style: ChartSeriesStyle(
                            colour: styles[index], pattern: index >= 5 ? .dashed : .solid, markers: true))
                }, includesZero: true
            ).figure())
        page.add(
            WebTable(
                id: "kapacitet", caption: "Kapacitet per timme och veckodag (patienter per timme)",
                columns: [.init("Timme")] + days.map { .init($0.swedishName.capitalized, kind: .number(decimals: 1)) },
                rows: (0..<24).map { hour in
                    [.text(String(format: "%02d–%02d", hour, hour + 1))]
                        + days.map { .number(result.capacity[$0]?[hour] ?? 0) }
                }, fileName: "akut-kapacitet-p\(label)"))
        page.add(
            WebTable(
                id: "overskridanden", caption: "Överskridanden per veckodag",
                columns: [
                    .init("Veckodag"), .init("Timmar över", kind: .number(decimals: 0)),
                    .init("Observerade timmar", kind: .number(decimals: 0)),
                    .init("Dagar med timme över", kind: .number(decimals: 0)),
                    .init("Observerade dagar", kind: .number(decimals: 0)),
                    .init("Patienter över", kind: .number(decimals: 0)),
                ],
                rows: exceedances(arrivals, capacity: result.capacity).map { row in
                    [
                        .text(row.day.swedishName.capitalized), .number(Double(row.hoursOver)),
                        .number(Double(row.hours)), .number(Double(row.daysOver)), .number(Double(row.days)),
                        .number(row.patientsOver),
                    ]
                }, fileName: "akut-overskridanden-p\(label)"))
    }

    /// Per weekday: observed hours and days, and those over capacity.
    static func exceedances(_ arrivals: AcuteArrivals, capacity: [Weekday: [Int: Double]]) -> [(
        day: Weekday, hours: Int, hoursOver: Int, days: Int, daysOver: Int, patientsOver: Double
    )] {
        Weekday.allCases.map { day in
            let hours = arrivals.hours.filter { $0.date.weekday == day }
            let over = hours.filter { $0.arrivals > (capacity[day]?[$0.hour] ?? 0) + 1e-9 }
            return (
                day, hours.count, over.count, Set(hours.map(\.date)).count, Set(over.map(\.date)).count,
                over.reduce(0) { $0 + $1.arrivals - (capacity[day]?[$1.hour] ?? 0) }
            )
        }
    }

    /// "85" or "82.5": a number input's value and the query's.
    static func plain(_ percent: Double) -> String {
        percent == percent.rounded() ? String(Int(percent)) : String(percent)
    }

    /// Reads the percentile, in percent; 85 when absent.
    static func percentParameter(_ text: String?) throws -> Double {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return defaultPercent }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value >= 1, value <= 100 else {
            throw WebError.badRequest("Percentilen \"\(text)\" går inte att använda; ange ett tal 1–100, t.ex. 85.")
        }
        return value
    }

    /// "Rad 17, fältet timme, värde "25": Timmen ska vara ett heltal 0–23." Any other error as its description.
    static func describe(_ error: any Error) -> String {
        guard let issue = error as? FeedIssue else { return "\(error)" }
        var location: [String] = []
        if let line = issue.line { location.append("Rad \(line)") }
        if let column = issue.column { location.append("fältet \(column)") }
        if let value = issue.value { location.append("värde \"\(value)\"") }
        return (location.isEmpty ? "" : location.joined(separator: ", ") + ": ") + issue.message
    }

    /// Reads, checks and stores the uploaded arrivals; a bad file shows the page again with the line and field.
    static func upload(_ context: PageContext, form: FormInput) throws -> ActionResult {
        guard context.viewer.canEditData else {
            throw WebError.forbidden(
                "Din roll (\(context.viewer.user.role.swedishLabel)) får inte ladda upp ankomster; "
                    + "be en produktionsanalytiker.")
        }
        guard let file = form.files.first(where: { $0.fieldName == "fil" && !$0.fileName.isEmpty }) else {
            throw WebError.badRequest("Välj en fil med ankomster att ladda upp.")
        }
        let percent = try percentParameter(form.fields["percentil"])
        do {
            let arrivals = try AcuteArrivals(csv: file.contents, name: file.fileName)
            try context.store.replaceAcuteArrivals(
                fileName: file.fileName, uploadedAt: ISO8601DateFormatter().string(from: context.now()),
                uploadedBy: context.viewer.user.username,
                hours: arrivals.hours.map { ($0.date, $0.hour, $0.arrivals) })
            return .redirect(
                path + "?percentil=\(plain(percent))&klart=1")
        } catch let issue as FeedIssue {
            var page = try build(context, issue: issue)
            page.status = .unprocessableContent
            return .page(page)
        }
    }
}
