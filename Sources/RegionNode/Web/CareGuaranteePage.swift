import PlanningDomain
import WebUI

/// The care-guarantee figures (vårdgarantin) as reported monthly to SKR: the share waiting at most 90 days at the
/// latest waiting-list snapshot, and the share whose wait ended within 90 days in the last month and year to date,
/// per specialty and per unit of the viewer's part of the tree.
enum CareGuaranteePage {
    static func build(_ context: PageContext) throws -> WebPage {
        let begun = try FollowUpNavigation.begin(context, "Uppföljning: vårdgaranti")
        var page = begun.page
        let scope = begun.scope
        guard
            let summary = try FollowUpNavigation.load(
                &page, { try FollowUpMeasuresService(store: context.store).careGuarantee(scope: scope) })
        else { return page }
        guard let date = summary.snapshotDate, let waiting = summary.waiting else {
            page.add(.p { "Ingen väntelista är importerad. Importera ett väntelisteuttag." })
            return page
        }
        let limit = summary.limitDays
        page.add(
            .p {
                "Vårdgarantin för \(context.unitLabel(scope)): andel som väntat högst \(limit) dagar på "
                    + "väntelisteuttaget \(SwedishFormat.date(date)), och andel vars väntan avslutades inom \(limit) "
                    + "dagar, som i rapporteringen till SKR (Väntetider i vården)."
            })
        var cards = [
            KeyFigureCard(
                label: "Väntar högst \(limit) dagar", value: FollowUpNavigation.percent(waiting.total.shareWithinLimit),
                detail:
                    "\(SwedishFormat.integer(waiting.total.withinLimit)) av \(SwedishFormat.integer(waiting.total.total))"
            )
        ]
        for treated in [summary.lastMonth, summary.yearToDate].compactMap({ $0 }) {
            cards.append(
                KeyFigureCard(
                    label: "Avslutade inom \(limit) dagar, \(treated.label)",
                    value: range(treated.counted.total, treated.earliest.total),
                    detail: "\(SwedishFormat.integer(treated.counted.total.total)) avslutade väntetider"))
        }
        page.add(KeyFigureCard.grid(cards))
        page.section("Väntande \(SwedishFormat.date(date))") { section in
            section.add(
                waitingTable(id: "vantar-specialitet", caption: "Väntande per specialitet", waiting.bySpecialty, limit))
            section.add(waitingTable(id: "vantar-enhet", caption: "Väntande per enhet", waiting.byUnit, limit))
        }
        for (key, treated) in [("manad", summary.lastMonth), ("hittills", summary.yearToDate)] {
            guard let treated else { continue }
            page.section("Avslutade väntetider, \(treated.label)") { section in
                let intervals = treated.intervals.map {
                    "\(SwedishFormat.date($0.earlier))–\(SwedishFormat.date($0.later)) (\($0.days) dagar)"
                }
                switch treated.source {
                case .completedWaits:
                    section.add(
                        .p {
                            "Avslutade väntetider enligt genomförda (importerade med väntestart och utförandedag): "
                                + "exakta, så minst och högst är samma."
                        })
                case .snapshots:
                    section.add(
                        .p {
                            "Väntelistan har inga patientuppgifter och genomförda är inte importerade för hela "
                                + "perioden, så avslutade väntetider härleds ur uttagen: den som finns på ett uttag men "
                                + "inte på nästa (samma planeringsobjekt och väntedatum) har lämnat listan mellan dem. "
                                + "Väntan räknas till det senare uttaget (andelen är då en undre gräns) och till dagen "
                                + "efter det tidigare (övre gräns). Även strukna räknas. Uttag: "
                                + "\(intervals.joined(separator: ", "))."
                        })
                }
                section.add(
                    treatedTable(
                        id: "\(key)-specialitet", caption: "Per specialitet, \(treated.label)",
                        treated.counted.bySpecialty, treated.earliest.bySpecialty, limit))
                section.add(
                    treatedTable(
                        id: "\(key)-enhet", caption: "Per enhet, \(treated.label)",
                        treated.counted.byUnit, treated.earliest.byUnit, limit))
            }
        }
        return page
    }

    /// "61,2–64,0 %", or one figure when both bounds agree.
    static func range(_ lower: CareGuaranteeFigures, _ upper: CareGuaranteeFigures) -> String {
        let high = FollowUpNavigation.percent(upper.shareWithinLimit)
        guard let low = lower.shareWithinLimit, FollowUpNavigation.percent(low) != high else { return high }
        return SwedishFormat.number(low * 100, decimals: 1) + "–" + high
    }

    static func waitingTable(id: String, caption: String, _ lines: [CareGuaranteeFigures], _ limit: Int) -> WebTable {
        WebTable(
            id: id, caption: caption,
            columns: [
                .init("Grupp"), .init("Väntande", kind: .number(decimals: 0)),
                .init("Högst \(limit) dagar", kind: .number(decimals: 0)),
                .init("Över \(limit) dagar", kind: .number(decimals: 0)),
                .init("Andel högst \(limit) dagar", kind: .percent(decimals: 1)),
            ],
            rows: lines.map {
                [
                    .text($0.name == $0.group ? $0.name : "\($0.name) (\($0.group))"), .number(Double($0.total)),
                    .number(Double($0.withinLimit)), .number(Double($0.overLimit)), .number($0.shareWithinLimit),
                ]
            }, fileName: "vardgaranti-\(id)")
    }

    static func treatedTable(
        id: String, caption: String, _ counted: [CareGuaranteeFigures], _ earliest: [CareGuaranteeFigures], _ limit: Int
    ) -> WebTable {
        let upper = Dictionary(earliest.map { ($0.group, $0) }, uniquingKeysWith: { first, _ in first })
        return WebTable(
            id: id, caption: caption,
            columns: [
                .init("Grupp"), .init("Avslutade", kind: .number(decimals: 0)),
                .init("Inom \(limit) dagar (minst)", kind: .number(decimals: 0)),
                .init("Andel inom \(limit) dagar (minst)", kind: .percent(decimals: 1)),
                .init("Andel inom \(limit) dagar (högst)", kind: .percent(decimals: 1)),
            ],
            rows: counted.map {
                [
                    .text($0.name == $0.group ? $0.name : "\($0.name) (\($0.group))"), .number(Double($0.total)),
                    .number(Double($0.withinLimit)), .number($0.shareWithinLimit),
                    .number(upper[$0.group]?.shareWithinLimit),
                ]
            }, fileName: "vardgaranti-\(id)")
    }
}
