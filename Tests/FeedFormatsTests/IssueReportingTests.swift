import FeedFormats
import PlanningDomain
import Testing

@Suite("Issue reporting")
struct IssueReportingTests {
    @Test func everyBadRowOfAFileIsReportedAtOnce() throws {
        let result = try parse(
            """
            planeringsobjekt;vecka;antal
            ORT-NYB;2025-W01;3
            ORT-NYB;2025-W54;3
            ORT-NYB;2025-W02;-1
            SAKNAS;2025-W03;3
            ORT-NYB;2025-W01;4

            """, as: .inflow, name: "inflode.csv")
        #expect(codes(result) == [.invalidWeek, .negativeNumber, .unknownReference, .duplicateKey])
        #expect(result.issues.map(\.line) == [3, 4, 5, 6])
        #expect(result.issues.allSatisfy { $0.file == "inflode.csv" })
        #expect(!result.isValid)
        #expect(result.batch.inflow.isEmpty, "a file with issues stores nothing, not even its good rows")
    }

    @Test func oneRowWithSeveralBadValuesGetsOneIssuePerValue() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nSAKNAS;2025-W99;x\n", as: .inflow)
        #expect(codes(result) == [.unknownReference, .invalidWeek, .invalidNumber])
        #expect(result.issues.allSatisfy { $0.line == 2 })
    }

    @Test func issuesBeyondTheCapAreCountedNotListed() throws {
        var text = "planeringsobjekt;vecka;antal\n"
        for number in 1...30 { text += "ORT-NYB;2025-W\(number);-1\n" }
        let result = try parse(text, as: .inflow, issueCap: 10)
        #expect(result.issues.count == 10)
        #expect(result.omittedIssueCount == 20)
        #expect(!result.isValid)
        #expect(result.issues.last?.line == 11)
    }

    @Test func descriptionNamesFileLineColumnAndValue() throws {
        let result = try parse("planeringsobjekt;vecka;antal\nORT-NYB;2025-W54;3\n", as: .inflow, name: "inflode.csv")
        let text = try #require(result.issues.first).description
        #expect(text.hasPrefix("inflode.csv, rad 2, kolumn vecka, värde \"2025-W54\": 2025 har 52 ISO-veckor."))
    }

    @Test func validationErrorListsEveryIssueAndTheOmittedCount() {
        let issue = FeedIssue(
            file: "a.csv", line: 3, column: "antal", value: "-1", code: .negativeNumber, message: "Negativt.")
        let error = FeedValidationError(issues: [issue, issue], omittedCount: 7)
        let lines = error.description.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "a.csv, rad 3, kolumn antal, värde \"-1\": Negativt.")
        #expect(lines[2].contains("7"))
    }
}

@Suite("Personal identity numbers")
struct PersonalIdentityNumberTests {
    @Test(arguments: ["personnummer", "Personnummer", "pnr", "Samordningsnummer"])
    func identityColumnHeaderRefusesTheFile(header: String) throws {
        let result = try parse(
            "planeringsobjekt;\(header);vecka;antal\nORT-NYB;\(testPersonnummer);2025-W01;1\n", as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .personalIdentityNumber)
        #expect(issue.line == 1)
        #expect(issue.column == header)
        #expect(result.batch.inflow.isEmpty)
        #expect(!issue.description.contains("1212"))
    }

    @Test func identityNumbersInAnUnnamedColumnAreFoundWithoutQuotingThem() throws {
        let result = try parse(
            """
            planeringsobjekt;vecka;antal;
            ORT-NYB;2025-W01;1;
            ORT-NYB;2025-W02;1;\(testPersonnummer)
            ORT-NYB;2025-W03;1;201212121212

            """, as: .inflow)
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1, "one issue per column, at its first line")
        #expect(issue.code == .personalIdentityNumber)
        #expect(issue.line == 3)
        #expect(issue.column == "kolumn 4")
        #expect(issue.value == nil)
        #expect(result.batch.inflow.isEmpty)
        for text in [issue.description, issue.message] {
            #expect(!text.contains(testPersonnummer))
            #expect(!text.contains("121212"))
        }
    }

    @Test func identityNumberInACheckedColumnIsNeverQuoted() throws {
        let result = try parse("planeringsobjekt;vecka;antal\n\(testPersonnummer);2025-W01;1\n", as: .inflow)
        #expect(Set(codes(result)) == [.unknownReference, .personalIdentityNumber])
        for issue in result.issues {
            #expect(!issue.description.contains("1212"), "\(issue.code) quoted the number")
        }
    }

    @Test func identityNumberAsAParentUnitIsNeverQuoted() throws {
        let result = try parse(
            "enhetskod;namn;nivå;överordnad\nR01;Region;region;\nMED;Medicin;klinik;\(testPersonnummer)\n",
            as: .units, known: KnownCodes())
        #expect(codes(result).contains(.personalIdentityNumber))
        for issue in result.issues {
            #expect(!issue.description.contains("1212"), "\(issue.code) quoted the number")
        }
    }

    @Test func ordinaryNumbersAndDatesAreNotMistakenForIdentityNumbers() throws {
        let result = try parse(
            "planeringsobjekt;vecka;antal;kommentar\nORT-NYB;2025-W01;1;1234567890\nORT-NYB;2025-W02;2;2025-01-01\n",
            as: .inflow)
        #expect(result.isValid)
    }
}
