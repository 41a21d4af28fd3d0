import WireProtocol

/// The rules for catalogue releases in a `definitions` page: every release's hash matches its indicators, and
/// new releases follow the applied one without gaps.
enum CatalogueOrder {
    /// The newest release in `feed` above `applied` (nil when none is new), or the error that stops the stream.
    static func check(_ feed: ChangeFeed, applied: Int?) -> Result<Int?, SyncError> {
        var newest = applied
        var found: Int?
        for change in feed.changes where !change.isDeletion {
            guard let release = try? change.decodePayload(as: CatalogueRelease.self) else {
                return .failure(
                    SyncError(
                        .catalogueVersionMismatch,
                        "Definitions change \(change.sequence) (\(change.key)) is not a catalogue release; the "
                            + "stream stops until the hub's feed is corrected.", stream: .definitions))
            }
            guard release.isHashValid else {
                return .failure(
                    SyncError(
                        .catalogueVersionMismatch,
                        "Catalogue release \(release.version) carries hash \(release.hash), which does not match "
                            + "its indicators; it is not applied.", stream: .definitions))
            }
            if let current = newest, release.version <= current { continue }
            if let current = newest, release.version != current + 1 {
                return .failure(
                    SyncError(
                        .catalogueVersionMismatch,
                        "Catalogue release \(release.version) arrived after release \(current); releases are "
                            + "applied in order, so \(current + 1) is missing.", stream: .definitions))
            }
            newest = release.version
            found = release.version
        }
        return .success(found)
    }
}
