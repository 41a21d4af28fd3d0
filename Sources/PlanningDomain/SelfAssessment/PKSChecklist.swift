/// A numbered checklist question, e.g. 2 "Har en konkret målsättning för PKS tagits fram?".
public struct ChecklistQuestion: Hashable, Sendable, Codable {
    /// 1 through 23, as numbered on the form.
    public var number: Int
    /// The question, in Swedish as on the form.
    public var text: String

    /// Creates a question.
    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}

/// A group of questions under one heading, e.g. "Vägledande principer för PKS".
public struct ChecklistGroup: Hashable, Sendable, Codable {
    /// The heading.
    public var title: String
    /// The questions.
    public var questions: [ChecklistQuestion]

    /// Creates a group.
    public init(title: String, questions: [ChecklistQuestion]) {
        self.title = title
        self.questions = questions
    }
}

/// One activity the strategic level can carry out to create the conditions for systematic PKS, e.g. "Fatta
/// beslut om att etablera systematisk PKS". The form says the activities have no order of priority.
public struct ChecklistActivity: Hashable, Sendable, Codable {
    /// The activity's heading.
    public var title: String
    /// Its question groups.
    public var groups: [ChecklistGroup]

    /// Creates an activity.
    public init(title: String, groups: [ChecklistGroup]) {
        self.title = title
        self.groups = groups
    }

    /// Every question of the activity, in order.
    public var questions: [ChecklistQuestion] { groups.flatMap(\.questions) }
}

/// Socialstyrelsen's checklist for creating the right conditions for PKS ("Checklista för att skapa rätt
/// förutsättningar för PKS", 2024): activities with numbered questions answered on the ``ChecklistAnswer`` scale.
public struct PKSChecklist: Hashable, Sendable, Codable {
    /// Identifies the checklist's version.
    public var version: String
    /// The activities, in the form's order.
    public var activities: [ChecklistActivity]

    /// Creates a checklist.
    public init(version: String, activities: [ChecklistActivity]) {
        self.version = version
        self.activities = activities
    }

    /// Every question, in order.
    public var questions: [ChecklistQuestion] { activities.flatMap(\.questions) }
}
