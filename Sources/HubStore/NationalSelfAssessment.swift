/// The anonymous national picture of the self-assessment: per area the distribution of the regions' area scores
/// and the pooled answers, suppressed when too few regions answered; and the caller's own area scores against it.
public struct NationalSelfAssessment: Sendable, Hashable, Codable {
    /// One area.
    public struct Area: Sendable, Hashable, Codable {
        /// The area's number (1–8).
        public var number: Int
        /// The area's main question.
        public var question: String
        /// Regions whose latest response gives the area a score.
        public var respondingRegions: Int
        /// Whether the distribution is withheld (fewer than ``NationalSelfAssessment/minimumRegions`` regions).
        public var suppressed: Bool
        /// Median area score 0…1 (type 7), nil when suppressed.
        public var median: Double?
        /// First quartile, nil when suppressed.
        public var lowerQuartile: Double?
        /// Third quartile, nil when suppressed.
        public var upperQuartile: Double?
        /// Share of all answered statements per answer (raw value of ``PlanningDomain/SelfAssessmentAnswer``),
        /// pooled over the responding regions; empty when suppressed.
        public var answerShares: [String: Double]
        /// The caller's own area score, when the caller's region answered.
        public var ownScore: Double?
        /// The caller's own answer counts per answer, when the caller's region answered.
        public var ownCounts: [String: Int]?
    }

    /// Fewest regions an area's distribution is shown for: with fewer, a region could recognise another's answers.
    public static let minimumRegions = 3

    /// The questionnaire version compared.
    public var questionnaireVersion: String
    /// Regions with at least one response of this version.
    public var respondingRegions: Int
    /// The date of the caller's own latest response, if any ("YYYY-MM-DD").
    public var ownAnsweredOn: String?
    /// Per area, in area order.
    public var areas: [Area]
}
