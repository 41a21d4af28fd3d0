import WireProtocol

/// The values behind the golden files in `Fixtures/`.
enum Examples {
    static let indicator = IndicatorValue(
        regionCode: "05", indicatorID: "vantande-over-90", definitionVersion: 3, group: "ortopedi",
        period: "2025-W07", numerator: 42, denominator: 310, value: 0.135483870967742)
    static let suppressed = IndicatorValue(
        regionCode: "05", indicatorID: "vantande-over-90", definitionVersion: 3, group: "handkirurgi",
        period: "2025-W07", value: nil, suppressed: true)
    static let answer = SelfAssessmentAnswer(
        regionCode: "05", organisationCode: "05-ortopedi", questionnaire: "socialstyrelsen-2024", questionID: "3.2",
        answeredOn: "2025-03-14", answer: "agreePartly",
        comment: "Överenskommelser finns på två av fyra kliniker; \"taktisk nivå\" saknas.\nSe bilaga.")

    static var batch: UploadBatch {
        UploadBatch(
            batchID: "indicators-0123456789abcdef0123456789abcdef", stream: .indicators, after: 117,
            catalogue: CatalogueVersionRef(
                version: 3, hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            items: [
                try! UploadItem(sequence: 118, key: indicator.naturalKey, typedPayload: indicator),
                try! UploadItem(sequence: 121, key: suppressed.naturalKey, typedPayload: suppressed),
            ])
    }

    static var selfAssessmentBatch: UploadBatch {
        UploadBatch(
            batchID: "self-assessments-00000000000000000000000000000001", stream: .selfAssessments, after: 0,
            items: [try! UploadItem(sequence: 1, key: answer.naturalKey, typedPayload: answer)])
    }

    static var receipt: BatchReceipt {
        BatchReceipt(
            batchID: batch.batchID, stream: .indicators, committed: true, acknowledgedThrough: 121,
            items: [
                ItemReceipt(sequence: 118, key: indicator.naturalKey, outcome: .updated),
                ItemReceipt(
                    sequence: 121, key: suppressed.naturalKey, outcome: .ignored, reason: .unchanged),
            ])
    }

    static var feed: ChangeFeed {
        let comparison = NationalComparison(
            indicatorID: "vantande-over-90", definitionVersion: 3, group: "ortopedi", period: "2025-W07",
            cells: [
                ComparisonCell(regionCode: "01", value: 0.21),
                ComparisonCell(regionCode: "05", value: 0.135483870967742),
                ComparisonCell(regionCode: "25", value: nil, suppressed: true),
            ], national: nil)
        return ChangeFeed(
            stream: .nationalComparisons, epoch: "2025-03-01T00-00-00Z-a1", after: 40,
            changes: [
                Change(sequence: 41, key: comparison.naturalKey, payload: try! CanonicalJSON.jsonValue(comparison)),
                Change(
                    sequence: 44,
                    key: NaturalKey(
                        owner: "hub", kind: "national-comparison", parts: ["gammal", "v1", "x", "2024-W52"]),
                    payload: nil),
            ], nextCursor: 44, hasMore: true)
    }

    static let error = SyncError(
        .cursorInvalid,
        "Region 05 has indicators acknowledged through 121, but the hub holds only 96; re-send everything current "
            + "(resync).", stream: .indicators, hubCursor: 96)

    static let signingInput = SigningInput(
        method: "post", path: "/api/v1/sync/indicators/batches", batchID: "indicators-0123456789abcdef0123456789abcdef",
        bodySHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", timestamp: 1_740_787_200)
}
