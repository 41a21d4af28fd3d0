/// What kind of care is asked for or offered: a specialty and, optionally, a planning-object group within it.
///
/// Matching needs the same specialty; the same planning-object group is a better fit than a specialty-only
/// match, because objects in one group need about the same capacity (domain brief §3). Text is compared after
/// trimming and case folding so "Ortopedi" and " ortopedi" are the same specialty.
public struct CapacityGroup: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The specialty, e.g. "Ortopedi".
    public var specialty: String
    /// The planning-object group, e.g. "Höftprotes, operation, P3"; nil for the whole specialty.
    public var planningObjectGroup: String?

    /// Creates a group.
    public init(specialty: String, planningObjectGroup: String? = nil) {
        self.specialty = specialty
        self.planningObjectGroup = planningObjectGroup
    }

    /// How well `other` fits this group: nil when the specialties differ.
    public func fit(with other: CapacityGroup) -> GroupFit? {
        guard Self.key(specialty) == Self.key(other.specialty) else { return nil }
        let mine = planningObjectGroup.map(Self.key).flatMap { $0.isEmpty ? nil : $0 }
        let theirs = other.planningObjectGroup.map(Self.key).flatMap { $0.isEmpty ? nil : $0 }
        switch (mine, theirs) {
        case let (mine?, theirs?): return mine == theirs ? .sameGroup : nil
        default: return .sameSpecialty
        }
    }

    /// "Ortopedi – Höftprotes" or "Ortopedi".
    public var description: String {
        guard let group = planningObjectGroup, !PlanText.trimmed(group).isEmpty else { return specialty }
        return "\(specialty) – \(group)"
    }

    static func key(_ text: String) -> String {
        PlanText.trimmed(text).lowercased()
    }

    /// How closely two groups match.
    public enum GroupFit: Int, Hashable, Sendable, Codable, Comparable {
        /// Same specialty; one side names no planning-object group.
        case sameSpecialty = 1
        /// Same specialty and the same planning-object group.
        case sameGroup = 2

        /// Orders by closeness (``sameGroup`` is greater).
        public static func < (lhs: GroupFit, rhs: GroupFit) -> Bool { lhs.rawValue < rhs.rawValue }
    }
}
