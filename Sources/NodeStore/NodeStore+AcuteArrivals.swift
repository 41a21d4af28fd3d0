import GRDB
public import PlanningDomain

/// Hourly acute arrivals as stored: the upload they came with and every hour's count.
public struct StoredAcuteArrivals: Sendable {
    /// The uploaded file's name.
    public var fileName: String
    /// When (ISO 8601).
    public var uploadedAt: String
    /// By whom.
    public var uploadedBy: String
    /// Every hour in time order.
    public var hours: [(date: CivilDate, hour: Int, arrivals: Double)]
}

extension NodeStore {
    /// Replaces the stored arrivals with a new upload, in one transaction.
    public func replaceAcuteArrivals(
        fileName: String, uploadedAt: String, uploadedBy: String,
        hours: [(date: CivilDate, hour: Int, arrivals: Double)]
    ) throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM acute_arrival_upload")
            try db.execute(
                sql: "INSERT INTO acute_arrival_upload (file_name, uploaded_at, uploaded_by) VALUES (?, ?, ?)",
                arguments: [fileName, uploadedAt, uploadedBy])
            let upload = db.lastInsertedRowID
            let statement = try db.makeStatement(
                sql: "INSERT INTO acute_arrival_hour (upload_id, day, hour, arrivals) VALUES (?, ?, ?, ?)")
            for item in hours {
                try statement.execute(arguments: [upload, item.date.description, item.hour, item.arrivals])
            }
        }
    }

    /// The stored arrivals, or nil when none have been uploaded.
    public func acuteArrivals() throws -> StoredAcuteArrivals? {
        try writer.read { db in
            guard let upload = try Row.fetchOne(db, sql: "SELECT * FROM acute_arrival_upload ORDER BY id DESC LIMIT 1")
            else { return nil }
            let hours = try Row.fetchAll(
                db, sql: "SELECT day, hour, arrivals FROM acute_arrival_hour WHERE upload_id = ? ORDER BY day, hour",
                arguments: [upload["id"] as Int64]
            ).compactMap { row -> (date: CivilDate, hour: Int, arrivals: Double)? in
                guard let date = CivilDate.parse(row["day"] as String) else { return nil }
                return (date, row["hour"], row["arrivals"])
            }
            return StoredAcuteArrivals(
                fileName: upload["file_name"], uploadedAt: upload["uploaded_at"], uploadedBy: upload["uploaded_by"],
                hours: hours)
        }
    }
}
