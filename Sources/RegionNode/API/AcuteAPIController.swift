import FeedFormats
import Foundation
import Hummingbird
import NodeStore
import PlanningDomain
import ServerSupport

/// The node's acute-dimensioning API, v1: store hourly arrivals (the CSV of `balans plan acute`, replacing the
/// stored ones; analyst or admin) and read the capacity per weekday and hour at a percentile, with the hours and
/// days that exceed it — the same figures as the web page `/akut-dimensionering`.
struct AcuteAPIController<Context: NodeUserContext>: Sendable {
    let store: NodeStore
    let now: @Sendable () -> Date
    let maximumUploadBytes: Int

    func addRoutes(to group: RouterGroup<Context>) {
        group.put("acute-arrivals") { request, context in
            let editor = try context.requireEditor()
            let file = request.uri.queryParameters["file"].map(String.init) ?? "ankomster.csv"
            let buffer: ByteBuffer
            do {
                buffer = try await request.body.collect(upTo: maximumUploadBytes)
            } catch {
                throw APIError(
                    .contentTooLarge, code: "acute.too_large",
                    message: "Filen är större än \(maximumUploadBytes / 1_048_576) MiB.")
            }
            let bytes = Array(buffer.readableBytesView)
            let user = editor?.username ?? "lokal"
            return try await BlockingWork.run { [store, now] in
                let arrivals: AcuteArrivals
                do {
                    arrivals = try AcuteArrivals(csv: bytes, name: file)
                } catch {
                    throw APIError(
                        .unprocessableContent, code: "acute.invalid_file",
                        message: AcuteDimensioningPage.describe(error))
                }
                try store.replaceAcuteArrivals(
                    fileName: file, uploadedAt: ISO8601DateFormatter().string(from: now()), uploadedBy: user,
                    hours: arrivals.hours.map { ($0.date, $0.hour, $0.arrivals) })
                return AcuteAPI.Stored(
                    fileName: file, hours: arrivals.hours.count, days: Set(arrivals.hours.map(\.date)).count)
            }
        }
        group.get("acute-dimensioning") { request, context in
            _ = try context.requireUser()
            let text = request.uri.queryParameters["percentile"].map(String.init)
            let percent: Double
            do {
                percent = try AcuteDimensioningPage.percentParameter(text)
            } catch {
                throw APIError.badRequest(
                    "percentile \"\(text ?? "")\" går inte att använda; ange ett tal 1–100, t.ex. 85.")
            }
            return try await BlockingWork.run { [store] in
                guard let stored = try store.acuteArrivals(), !stored.hours.isEmpty else {
                    throw APIError.notFound(
                        "Inga ankomster är sparade. Skicka dem med PUT /api/v1/acute-arrivals (CSV: "
                            + "datum;timme;ankomster eller tidpunkt).")
                }
                return AcuteAPI.Dimensioning(stored: stored, percent: percent)
            }
        }
    }
}

/// JSON shapes of the acute-dimensioning API.
enum AcuteAPI {
    struct Stored: Codable, Sendable, ResponseEncodable {
        var fileName: String
        var hours: Int
        var days: Int
    }

    struct Weekday: Codable, Sendable {
        /// ISO weekday 1 (Monday) … 7 (Sunday).
        var weekday: Int
        var name: String
        /// Patients per hour the capacity must take, hours 0–23.
        var capacity: [Double]
        var hoursOver: Int
        var daysOver: Int
    }

    struct Dimensioning: Codable, Sendable, ResponseEncodable {
        var fileName: String
        var uploadedAt: String
        /// In percent, e.g. 85.
        var percentile: Double
        var hourCount: Int
        var hoursOver: Int
        var dayCount: Int
        var daysWithHoursOver: Int
        var arrivalsOver: Double
        var weekdays: [Weekday]

        init(stored: StoredAcuteArrivals, percent: Double) {
            let arrivals = AcuteArrivals(stored: stored.hours)
            let result = arrivals.dimension(percentile: percent / 100)
            fileName = stored.fileName
            uploadedAt = stored.uploadedAt
            percentile = percent
            hourCount = result.hourCount
            hoursOver = result.hoursOver
            dayCount = result.dayCount
            daysWithHoursOver = result.daysWithHoursOver
            arrivalsOver = result.arrivalsOver
            let exceedances = AcuteDimensioningPage.exceedances(arrivals, capacity: result.capacity)
            weekdays = exceedances.map { row in
                Weekday(
                    weekday: row.day.rawValue, name: row.day.swedishName,
                    capacity: (0..<24).map { result.capacity[row.day]?[$0] ?? 0 }, hoursOver: row.hoursOver,
                    daysOver: row.daysOver)
            }
        }
    }
}
