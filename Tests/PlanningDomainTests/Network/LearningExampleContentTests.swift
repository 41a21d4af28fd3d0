import PlanningDomain
import Testing

/// Attachment limits, field checks and network meetings.
@Suite struct LearningExampleContentTests {
    static let mebibyte = 1024 * 1024

    static func content(_ attachments: [LearningAttachment]) -> LearningExampleContent {
        var content = LearningExampleWorkflowTests.content()
        content.attachments = attachments
        return content
    }

    static func file(_ name: String, _ bytes: Int) -> LearningAttachment {
        LearningAttachment(name: name, mediaType: "application/pdf", byteCount: bytes)
    }

    @Test func aFileOfExactlyFiveMebibytesIsAcceptedAndOneByteMoreIsNot() throws {
        try Self.content([Self.file("a.pdf", 5 * Self.mebibyte)]).checkDraft()
        #expect(
            throws: LearningExampleError.attachmentTooLarge(
                "a.pdf", bytes: 5 * Self.mebibyte + 1, limit: 5 * Self.mebibyte)
        ) {
            try Self.content([Self.file("a.pdf", 5 * Self.mebibyte + 1)]).checkDraft()
        }
    }

    @Test func theTotalIsLimitedToTwentyMebibytes() throws {
        let four = (1...4).map { Self.file("del\($0).pdf", 5 * Self.mebibyte) }
        try Self.content(four).checkDraft()
        #expect(
            throws: LearningExampleError.attachmentsTooLarge(bytes: 20 * Self.mebibyte + 1, limit: 20 * Self.mebibyte)
        ) {
            try Self.content(four + [Self.file("extra.txt", 1)]).checkDraft()
        }
    }

    @Test func namesCountAndSizesAreChecked() {
        #expect(throws: LearningExampleError.tooManyAttachments(count: 11, limit: 10)) {
            try Self.content((1...11).map { Self.file("f\($0).pdf", 10) }).checkDraft()
        }
        #expect(throws: LearningExampleError.duplicateAttachment("A.pdf")) {
            try Self.content([Self.file("a.pdf", 10), Self.file("A.pdf", 10)]).checkDraft()
        }
        #expect(throws: LearningExampleError.invalidAttachmentName("../hemligt.pdf")) {
            try Self.content([Self.file("../hemligt.pdf", 10)]).checkDraft()
        }
        #expect(throws: LearningExampleError.emptyAttachment("tom.pdf")) {
            try Self.content([Self.file("tom.pdf", 0)]).checkDraft()
        }
    }

    @Test func customLimitsApply() throws {
        let limits = LearningAttachmentLimits(maximumFileBytes: 100, maximumTotalBytes: 150, maximumCount: 2)
        #expect(throws: LearningExampleError.attachmentsTooLarge(bytes: 200, limit: 150)) {
            try Self.content([Self.file("a", 100), Self.file("b", 100)]).checkDraft(limits: limits)
        }
    }

    @Test func anEditOverTheLimitLeavesTheDraftAsItWas() throws {
        var example = try LearningExample(
            id: "L", content: Self.content([]), createdBy: LearningExampleWorkflowTests.owner, at: NX.time)
        let before = example
        let edit = LearningExampleCommand(
            .edit(Self.content([Self.file("stor.pdf", 6 * Self.mebibyte)])), by: LearningExampleWorkflowTests.owner,
            at: NX.time, expectedVersion: 1)
        #expect(throws: LearningExampleError.self) { _ = try example.handle(edit) }
        #expect(example == before)
    }

    @Test func indicatorReferencesMustBeCatalogueIDs() throws {
        var content = Self.content([])
        content.indicatorIDs = ["share_waiting_le_90", "v2.inflow"]
        try content.checkDraft()
        for bad in ["Väntetid", "", "90_days", "waiting days"] {
            content.indicatorIDs = [bad]
            #expect(throws: LearningExampleError.invalidIndicatorID(bad)) { try content.checkDraft() }
        }
    }

    @Test func longTitlesAreRefusedWithTheLength() {
        var content = Self.content([])
        content.title = String(repeating: "å", count: 151)
        #expect(throws: LearningExampleError.tooLong(.title, length: 151, limit: 150)) { try content.checkDraft() }
    }

    @Test func attachmentMessagesAreInSwedishMebibytes() {
        let error = LearningExampleError.attachmentTooLarge("a.pdf", bytes: 6 * Self.mebibyte, limit: 5 * Self.mebibyte)
        #expect(error.swedishMessage.contains("6 MiB") && error.swedishMessage.contains("5 MiB"))
    }

    @Test func everyThemeHasASwedishLabel() {
        #expect(Set(LearningTheme.allCases.map(\.swedishName)).count == 5)
        #expect(LearningTheme.itSupport.swedishName == "IT-stöd")
    }

    @Test func theAgencyRecordsMeetingsAndRegionsCannot() throws {
        let date = try #require(CivilDate.parse("2025-04-10"))
        let meeting = try NetworkMeeting(
            id: "M1", date: date, title: " Nätverksträff om kapacitet ",
            themes: [.capacityDefinition, .realisticPlanning, .capacityDefinition], recordedBy: NX.agency, at: NX.time)
        #expect(meeting.themes == [.capacityDefinition, .realisticPlanning])
        #expect(meeting.title == "Nätverksträff om kapacitet")
        #expect(throws: NetworkMeetingError.notPermitted(.region("05"))) {
            _ = try NetworkMeeting(
                id: "M2", date: date, title: "X", themes: [.itSupport], recordedBy: NX.actor("05"), at: NX.time)
        }
        #expect(throws: NetworkMeetingError.missingTheme) {
            _ = try NetworkMeeting(id: "M3", date: date, title: "X", themes: [], recordedBy: NX.agency, at: NX.time)
        }
    }
}
