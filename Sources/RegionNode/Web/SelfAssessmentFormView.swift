import PlanningDomain
import WebUI

/// The self-assessment form without JavaScript: per area a group of statements, each a labelled radio group on
/// the agency's answer scale (plus "Inget svar"), a reflection per area, then the checklist's activities with
/// their questions on the checklist's scale. Field names are the API's body paths (`statements.1.1`,
/// `checklist.5`, `reflections.1`, `answeredOn`), so one parser reads both.
///
/// A viewer who may not answer gets the same content with every control disabled and no form around it.
struct SelfAssessmentFormView: Sendable {
    /// Where the form posts.
    var action: String
    /// The session's CSRF token; nil renders the read-only view.
    var csrfToken: String?
    /// The values to show (saved answers, or what was just posted with errors).
    var input: SelfAssessmentInput
    /// Problems by field, shown next to the field.
    var problems: [String: String] = [:]
    /// The form's accessible name.
    var label: String

    var questionnaire: SelfAssessmentQuestionnaire { SelfAssessmentService.questionnaire }
    var checklist: PKSChecklist { SelfAssessmentService.checklist }
    var isEditable: Bool { csrfToken != nil }

    func node() -> HTMLNode {
        var children: [HTMLNode] = []
        if let csrfToken { children.append(CSRFField.node(token: csrfToken)) }
        children.append(
            FormField(
                name: "answeredOn", label: "Besvarad den", value: input.answeredOn ?? "", control: .text(.date),
                hint: "Datumet svaren gäller, ÅÅÅÅ-MM-DD. Lämnas det tomt gäller dagens datum.",
                error: problems["answeredOn"]
            ).node())
        children.append(.h3 { "Självskattningsstöd: \(questionnaire.areas.count) områden" })
        children.append(
            .p(.class("hint")) {
                "Svara utifrån hur det ser ut i dag för organisationen som helhet. "
                    + "”\(SelfAssessmentAnswer.unknown.swedishLabel)” och obesvarade påståenden räknas som "
                    + "särskilt angelägna att utveckla."
            })
        children += questionnaire.areas.map(areaNode)
        children.append(.h3 { "Checklista för att skapa rätt förutsättningar för PKS" })
        children.append(
            .p(.class("hint")) {
                "Majoritet och Minoritet: \(ChecklistAnswer.partialFootnote.lowercasedFirst). Aktiviteterna har "
                    + "ingen inbördes prioritetsordning."
            })
        children += checklist.activities.map(activityNode)
        guard isEditable else {
            return .div(.class("form form-readonly"), .aria("label", label)) {
                HTMLNode.element("fieldset", [.class("self-assessment"), HTMLAttribute(boolean: "disabled")], children)
            }
        }
        return .element(
            "form", [.action(action), HTMLAttribute("method", "post"), .class("form"), .aria("label", label)],
            children + [
                .div(.class("form-actions")) {
                    HTMLNode.button(HTMLAttribute("type", "submit"), .class("button button-primary")) {
                        "Spara självskattningen"
                    }
                }
            ])
    }

    private func areaNode(_ area: SelfAssessmentArea) -> HTMLNode {
        .fieldset(.class("form-section"), .id("omrade-\(area.number)")) {
            HTMLNode.legend { "\(area.number). \(area.question)" }
            HTMLNode.details {
                HTMLNode.summary { "Kommentar till området" }
                HTMLNode.p { area.comment }
            }
            for statement in area.statements {
                radioGroup(
                    field: "statements.\(statement.id)", legend: "\(statement.id) \(statement.text)",
                    choices: SelfAssessmentAnswer.allCases.map { ($0.rawValue, $0.swedishLabel) },
                    selected: input.statements[statement.id] ?? "")
            }
            FormField(
                name: "reflections.\(area.number)", label: "Egen analys/reflektion, område \(area.number)",
                value: input.reflections[String(area.number)] ?? "", control: .textArea(rows: 3),
                error: problems["reflections.\(area.number)"]
            ).node()
        }
    }

    private func activityNode(_ activity: ChecklistActivity) -> HTMLNode {
        .fieldset(.class("form-section")) {
            HTMLNode.legend { activity.title }
            for group in activity.groups {
                HTMLNode.h4 { group.title }
                for question in group.questions {
                    radioGroup(
                        field: "checklist.\(question.number)", legend: "\(question.number). \(question.text)",
                        choices: ChecklistAnswer.allCases.map { ($0.rawValue, $0.swedishLabel) },
                        selected: input.checklist[String(question.number)] ?? "")
                }
            }
        }
    }

    /// A fieldset whose legend is the question and whose radios each sit inside their label, so the whole text is
    /// the click target and the group is one tab stop with arrow keys between answers.
    private func radioGroup(field: String, legend: String, choices: [(String, String)], selected: String)
        -> HTMLNode
    {
        let id = "falt-" + HTMLAttribute.identifier(field)
        let error = problems[field]
        var attributes: [HTMLAttribute] = [
            .class(error == nil ? "radio-group" : "radio-group field-error"), .id(id),
        ]
        if error != nil { attributes.append(.aria("describedby", id + "-fel")) }
        return .element(
            "fieldset", attributes,
            [.legend { legend }]
                + (error.map { message in [HTMLNode.p(.class("error-message"), .id(id + "-fel")) { message }] } ?? [])
                + (choices + [("", "Inget svar")]).map { value, text in
                    var inputAttributes = [
                        HTMLAttribute("type", "radio"), HTMLAttribute("name", field), HTMLAttribute("value", value),
                    ]
                    // A value outside the scale (a tampered post) leaves every radio unchecked rather than guessing.
                    if value == selected { inputAttributes.append(HTMLAttribute(boolean: "checked")) }
                    return HTMLNode.label(.class("radio-choice")) {
                        HTMLNode.element("input", inputAttributes)
                        " \(text) "
                    }
                })
    }
}

extension String {
    /// The string with its first letter lower-cased.
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
