/// What a learning example says: the problem, what was done, what happened, and whom to ask.
///
/// Drafts may be incomplete; ``checkDraft(limits:)`` only guards lengths, indicator ids and attachments, and
/// ``checkComplete(limits:)`` also requires every text field before submission.
public struct LearningExampleContent: Hashable, Sendable, Codable {
    /// The longest title, in characters.
    public static let maximumTitleLength = 150
    /// The longest text field, in characters.
    public static let maximumTextLength = 20_000

    /// The title.
    public var title: String
    /// The theme.
    public var theme: LearningTheme
    /// The level the example is about.
    public var level: PlanningLevel
    /// The problem the region faced.
    public var problem: String
    /// What the region did.
    public var whatWasDone: String
    /// What happened, in words.
    public var results: String
    /// Ids of indicators in the catalogue that show the results (e.g. "waiting_over_90_days").
    public var indicatorIDs: [String]
    /// Whom to contact, as a role (e.g. "produktionsstrateg, Region Östergötland"), never a person's name.
    public var contactRole: String
    /// Attached files (metadata).
    public var attachments: [LearningAttachment]

    /// Creates content.
    public init(
        title: String, theme: LearningTheme, level: PlanningLevel, problem: String = "", whatWasDone: String = "",
        results: String = "", indicatorIDs: [String] = [], contactRole: String = "",
        attachments: [LearningAttachment] = []
    ) {
        self.title = title
        self.theme = theme
        self.level = level
        self.problem = problem
        self.whatWasDone = whatWasDone
        self.results = results
        self.indicatorIDs = indicatorIDs
        self.contactRole = contactRole
        self.attachments = attachments
    }

    /// The text fields joined, for a full-text index.
    public var searchableText: String {
        [title, theme.swedishName, level.swedishName, problem, whatWasDone, results, contactRole]
            .joined(separator: "\n")
    }

    /// Checks what a draft must satisfy: a title, lengths, indicator ids and attachments.
    public func checkDraft(limits: LearningAttachmentLimits = .standard) throws(LearningExampleError) {
        guard !PlanText.trimmed(title).isEmpty else { throw .missingField(.title) }
        guard title.count <= Self.maximumTitleLength else {
            throw .tooLong(.title, length: title.count, limit: Self.maximumTitleLength)
        }
        for (field, text) in [(Field.problem, problem), (.whatWasDone, whatWasDone), (.results, results)]
        where text.count > Self.maximumTextLength {
            throw .tooLong(field, length: text.count, limit: Self.maximumTextLength)
        }
        guard contactRole.count <= Self.maximumTitleLength else {
            throw .tooLong(.contactRole, length: contactRole.count, limit: Self.maximumTitleLength)
        }
        for id in indicatorIDs where !Self.isIndicatorID(id) { throw .invalidIndicatorID(id) }
        try checkAttachments(limits)
    }

    /// Checks a draft is ready to submit: ``checkDraft(limits:)`` and every text field filled in.
    public func checkComplete(limits: LearningAttachmentLimits = .standard) throws(LearningExampleError) {
        try checkDraft(limits: limits)
        for (field, text) in [
            (Field.problem, problem), (.whatWasDone, whatWasDone), (.results, results), (.contactRole, contactRole),
        ] where PlanText.trimmed(text).isEmpty {
            throw .missingField(field)
        }
    }

    private func checkAttachments(_ limits: LearningAttachmentLimits) throws(LearningExampleError) {
        guard attachments.count <= limits.maximumCount else {
            throw .tooManyAttachments(count: attachments.count, limit: limits.maximumCount)
        }
        var names: Set<String> = []
        var total = 0
        for file in attachments {
            let name = PlanText.trimmed(file.name)
            guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), name != ".", name != ".." else {
                throw .invalidAttachmentName(file.name)
            }
            guard names.insert(name.lowercased()).inserted else { throw .duplicateAttachment(file.name) }
            guard file.byteCount > 0 else { throw .emptyAttachment(file.name) }
            guard file.byteCount <= limits.maximumFileBytes else {
                throw .attachmentTooLarge(file.name, bytes: file.byteCount, limit: limits.maximumFileBytes)
            }
            total += file.byteCount
        }
        guard total <= limits.maximumTotalBytes else {
            throw .attachmentsTooLarge(bytes: total, limit: limits.maximumTotalBytes)
        }
    }

    /// Catalogue ids: lowercase ASCII letters, digits, "_", "-" and ".", starting with a letter, at most 64.
    static func isIndicatorID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first), bytes.count <= 64
        else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
        }
    }

    /// The fields of the content, for messages.
    public enum Field: String, CaseIterable, Hashable, Sendable, Codable {
        /// ``LearningExampleContent/title``.
        case title
        /// ``LearningExampleContent/problem``.
        case problem
        /// ``LearningExampleContent/whatWasDone``.
        case whatWasDone
        /// ``LearningExampleContent/results``.
        case results
        /// ``LearningExampleContent/contactRole``.
        case contactRole

        /// The Swedish field name, e.g. "Vad gjordes".
        public var swedishName: String {
            switch self {
            case .title: "Titel"
            case .problem: "Problem"
            case .whatWasDone: "Vad gjordes"
            case .results: "Resultat"
            case .contactRole: "Kontaktroll"
            }
        }
    }
}
