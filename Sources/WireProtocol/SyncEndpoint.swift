/// Paths of the sync API (all under `/api/v1/sync`, JSON bodies, signed requests).
public enum SyncEndpoint {
    /// The common prefix.
    public static let prefix = "/api/v1/sync"

    /// `POST`: push an ``UploadBatch``; 200 with a ``BatchReceipt`` or an error with a ``SyncError`` body.
    public static func batches(_ stream: SyncStream) -> String { "\(prefix)/\(stream.rawValue)/batches" }

    /// `GET`: one ``ChangeFeed`` page after `cursor`, at most `limit` changes.
    public static func changes(_ stream: SyncStream, after cursor: DownloadCursor, limit: Int) -> String {
        "\(prefix)/\(stream.rawValue)/changes?after=\(cursor.sequence)&epoch=\(cursor.epoch)&limit=\(limit)"
    }

    /// `GET`: the ``StreamCursor`` the hub holds for the authenticated region (up streams).
    public static func cursor(_ stream: SyncStream) -> String { "\(prefix)/\(stream.rawValue)/cursor" }
}
