import Hummingbird
import PlanningDomain
import ServerSupport

/// A self-assessment as a caller sends it (the API's PUT body, or the web form's fields under the same names):
/// raw strings, so every problem can be reported with the field it is in and what to write instead.
///
/// An empty string means "no answer", like leaving the field out.
struct SelfAssessmentInput: Decodable, Sendable, Hashable {
    /// The date the answers were given, "ÅÅÅÅ-MM-DD"; today when missing.
    var answeredOn: String?
    /// Answers by statement id ("3.2"): agreeToAHighDegree, agreePartly, disagree or unknown.
    var statements: [String: String] = [:]
    /// Answers by checklist question number ("5"): yes, majority, minority, no or unknown.
    var checklist: [String: String] = [:]
    /// "Egen analys/reflektion" by area number ("1"…"8").
    var reflections: [String: String] = [:]

    /// Longest reflection accepted, in characters (the schema's limit).
    static let maximumReflectionLength = 10_000

    init(
        answeredOn: String? = nil, statements: [String: String] = [:], checklist: [String: String] = [:],
        reflections: [String: String] = [:]
    ) {
        self.answeredOn = answeredOn
        self.statements = statements
        self.checklist = checklist
        self.reflections = reflections
    }

    private enum CodingKeys: String, CodingKey { case answeredOn, statements, checklist, reflections }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        answeredOn = try container.decodeIfPresent(String.self, forKey: .answeredOn)
        statements = try container.decodeIfPresent([String: String].self, forKey: .statements) ?? [:]
        checklist = try container.decodeIfPresent([String: String].self, forKey: .checklist) ?? [:]
        reflections = try container.decodeIfPresent([String: String].self, forKey: .reflections) ?? [:]
    }

    /// The input of a saved response (what a form shows before anything is changed).
    init(_ response: SelfAssessmentResponse) {
        answeredOn = response.answeredOn.description
        statements = response.statementAnswers.mapValues(\.rawValue)
        checklist = Dictionary(
            uniqueKeysWithValues: response.checklistAnswers.map { (String($0.key), $0.value.rawValue) })
        reflections = Dictionary(uniqueKeysWithValues: response.reflections.map { (String($0.key), $0.value) })
    }

    /// One problem, located by the field's path in the API body (`statements.1.1`).
    struct Problem: Sendable, Hashable {
        /// The field, e.g. "checklist.24".
        var field: String
        /// A Swedish sentence naming the value and the fix.
        var message: String
    }

    /// The response for `unit`, or every problem found.
    func response(
        unit: String, today: CivilDate, questionnaire: SelfAssessmentQuestionnaire, checklist list: PKSChecklist
    ) -> Result<SelfAssessmentResponse, SelfAssessmentInputError> {
        var problems: [Problem] = []
        var response = SelfAssessmentResponse(
            organisationCode: unit, answeredOn: today, version: questionnaire.version)
        if let text = answeredOn?.trimmingWhitespace(), !text.isEmpty {
            if let date = CivilDate.parse(text) {
                response.answeredOn = date
            } else {
                problems.append(
                    Problem(field: "answeredOn", message: "\"\(text)\" är inget datum; skriv det som ÅÅÅÅ-MM-DD."))
            }
        }
        let statementIDs = Set(questionnaire.statements.map(\.id))
        let first = questionnaire.statements.first?.id ?? ""
        let last = questionnaire.statements.last?.id ?? ""
        response.statementAnswers = Self.answers(
            statements, field: "statements", problems: &problems,
            key: { statementIDs.contains($0) ? $0 : nil },
            unknownKey: {
                "Påstående \"\($0)\" finns inte i självskattningen; id:n går från \(first) till \(last) "
                    + "(område.nummer)."
            },
            what: { "påstående \($0)" })
        let numbers = Set(list.questions.map(\.number))
        let range = "\(list.questions.first?.number ?? 1)–\(list.questions.last?.number ?? 1)"
        response.checklistAnswers = Self.answers(
            checklist, field: "checklist", problems: &problems,
            key: { Int($0).flatMap { numbers.contains($0) ? $0 : nil } },
            unknownKey: { "Fråga \"\($0)\" finns inte i checklistan; frågorna är numrerade \(range)." },
            what: { "checklistans fråga \($0)" })
        let areas = Set(questionnaire.areas.map(\.number))
        for (key, raw) in reflections.sorted(by: { $0.key < $1.key }) {
            let text = raw.trimmingWhitespace()
            guard !text.isEmpty else { continue }
            guard let area = Int(key), areas.contains(area) else {
                problems.append(
                    Problem(
                        field: "reflections.\(key)",
                        message: "Område \"\(key)\" finns inte; självskattningen har områdena 1–\(areas.count)."))
                continue
            }
            if text.count > Self.maximumReflectionLength {
                problems.append(
                    Problem(
                        field: "reflections.\(key)",
                        message: "Reflektionen för område \(area) har \(text.count) tecken; korta den till högst "
                            + "\(Self.maximumReflectionLength)."))
                continue
            }
            if Self.containsPersonalIdentityNumber(text) {
                problems.append(
                    Problem(
                        field: "reflections.\(key)",
                        message: "Reflektionen för område \(area) innehåller något som liknar ett personnummer; "
                            + "ta bort det och spara igen."))
                continue
            }
            response.reflections[area] = text
        }
        return problems.isEmpty ? .success(response) : .failure(SelfAssessmentInputError(problems: problems))
    }

    /// The non-empty answers of `raw` on the `Answer` scale by parsed key; a key `key` does not accept or a value
    /// off the scale becomes a problem at `field.key`.
    private static func answers<Key: Hashable, Answer: RawRepresentable & CaseIterable>(
        _ raw: [String: String], field: String, problems: inout [Problem], key parse: (String) -> Key?,
        unknownKey: (String) -> String, what: (Key) -> String
    ) -> [Key: Answer] where Answer.RawValue == String {
        var result: [Key: Answer] = [:]
        for (text, value) in raw.sorted(by: { $0.key < $1.key }) where !value.isEmpty {
            guard let key = parse(text) else {
                problems.append(Problem(field: "\(field).\(text)", message: unknownKey(text)))
                continue
            }
            guard let answer = Answer(rawValue: value) else {
                problems.append(
                    Problem(
                        field: "\(field).\(text)",
                        message: "Svaret \"\(value)\" på \(what(key)) finns inte; välj "
                            + choices(Answer.allCases.map(\.rawValue)) + ", eller lämna det tomt."))
                continue
            }
            result[key] = answer
        }
        return result
    }

    /// "a, b, c eller d".
    static func choices(_ values: [String]) -> String {
        guard values.count > 1 else { return values.first ?? "" }
        return values.dropLast().joined(separator: ", ") + " eller " + values.last!
    }

    /// Whether a word of `text` is a personnummer or samordningsnummer (reflections may be shared later).
    static func containsPersonalIdentityNumber(_ text: String) -> Bool {
        text.split(whereSeparator: { $0.isWhitespace }).contains { word in
            PersonalIdentityNumberDetector.matches(word.trimmingCharacters(in: ",.;:()!?\"'"))
        }
    }
}

/// Every problem of a refused self-assessment input.
struct SelfAssessmentInputError: HTTPResponseError, Sendable, Hashable {
    /// The problems, in field order.
    var problems: [SelfAssessmentInput.Problem]

    /// The API's 422: the first problem in the message, every problem (with its field) in the details.
    var apiError: APIError {
        let first = problems.first.map { "\($0.field): \($0.message)" } ?? ""
        let more = problems.count > 1 ? " (\(problems.count) fel, se details.)" : ""
        return APIError(
            .unprocessableContent, code: "self_assessment.invalid", message: first + more,
            details: problems.map { "\($0.field): \($0.message)" })
    }

    /// 422.
    var status: HTTPResponse.Status { .unprocessableContent }

    /// The API's JSON error body.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try apiError.response(from: request, context: context)
    }
}

extension Substring {
    /// The text without `characters` at either end.
    fileprivate func trimmingCharacters(in characters: String) -> String {
        var view = self
        while let first = view.first, characters.contains(first) { view.removeFirst() }
        while let last = view.last, characters.contains(last) { view.removeLast() }
        return String(view)
    }
}
