import FeedFormats
import PlanningDomain
import Testing

@Suite("Master data feeds")
struct MasterDataFeedTests {
    @Test func unitsFileBuildsTheTree() throws {
        let result = try parse(
            """
            enhetskod;namn;nivå;överordnad
            R01;Region Test;region;
            MED;Medicinkliniken;klinik;R01
            MED-AVD;Avdelning 12;sektion;MED

            """, as: .units, known: KnownCodes())
        #expect(result.isValid)
        #expect(
            result.batch.units == [
                OrganisationUnit(code: "R01", name: "Region Test", level: .region, parentCode: nil),
                OrganisationUnit(code: "MED", name: "Medicinkliniken", level: .department, parentCode: "R01"),
                OrganisationUnit(code: "MED-AVD", name: "Avdelning 12", level: .unit, parentCode: "MED"),
            ])
    }

    @Test func unitsMayHangUnderUnitsTheNodeAlreadyHolds() throws {
        let result = try parse("enhetskod;namn;nivå;överordnad\nORT-AVD;Avdelning;enhet;ORT\n", as: .units)
        #expect(result.isValid)
        #expect(result.batch.units.map(\.parentCode) == ["ORT"])
    }

    @Test func twoRootsAreRejected() throws {
        let result = try parse(
            "enhetskod;namn;nivå;överordnad\nR01;Region A;region;\nR02;Region B;region;\n", as: .units,
            known: KnownCodes())
        let issue = try #require(result.issues.first)
        #expect(result.issues.count == 1)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 2 || issue.line == 3)
        #expect(issue.message.contains("R01") && issue.message.contains("R02"))
        #expect(result.batch.units.isEmpty)
    }

    @Test func unknownParentIsRejectedOnItsLine() throws {
        let result = try parse(
            "enhetskod;namn;nivå;överordnad\nR01;Region;region;\nMED;Medicin;klinik;R01\nX;X-enhet;enhet;SAKNAS\n",
            as: .units, known: KnownCodes())
        let issue = try #require(result.issues.first)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 4)
        #expect(issue.value == "X")
        #expect(issue.message.contains("SAKNAS"))
    }

    @Test func childOnAHigherLevelThanItsParentIsRejected() throws {
        let result = try parse(
            "enhetskod;namn;nivå;överordnad\nR01;Region;region;\nMED-AVD;Avdelning;enhet;R01\n"
                + "MED;Medicin;klinik;MED-AVD\n",
            as: .units, known: KnownCodes())
        let issue = try #require(result.issues.first)
        #expect(issue.code == .inconsistentRow)
        #expect(issue.line == 4)
        #expect(issue.value == "MED")
    }

    @Test func unknownLevelAndDuplicateCodeAreBothReported() throws {
        let result = try parse(
            "enhetskod;namn;nivå;överordnad\nR01;Region;region;\nMED;Medicin;avdelningen;R01\n"
                + "R01;Igen;förvaltning;R01\n",
            as: .units, known: KnownCodes())
        #expect(codes(result) == [.invalidChoice, .duplicateKey])
        #expect(result.issues.map(\.line) == [3, 4])
        #expect(result.issues[1].message.contains("rad 2"))
    }

    @Test func planningObjectsAreReadWithTheirFourDimensions() throws {
        let result = try parse(
            """
            planeringsobjekt;namn;enhetskod;specialitet;vårdtjänst;vårdgivarkategori;kontakttyp;medicinsk_prioritet
            ORT-ABC;Återbesök;ORT-MOT;Ortopedi;Återbesök;Sjuksköterska;telefon;P3

            """, as: .planningObjects)
        #expect(result.isValid)
        #expect(
            result.batch.planningObjects == [
                PlanningObject(
                    code: "ORT-ABC", name: "Återbesök", unitCode: "ORT-MOT", specialty: "Ortopedi",
                    careService: "Återbesök", providerCategory: "Sjuksköterska", contactType: .phone,
                    medicalPriority: "P3")
            ])
    }

    @Test func planningObjectOfAnUnknownUnitOrOfTheRegionIsRejected() throws {
        let header =
            "planeringsobjekt;namn;enhetskod;specialitet;vårdtjänst;vårdgivarkategori;kontakttyp;medicinsk_prioritet"
        let result = try parse(
            header
                + "\nA;A;SAKNAS;Ort;Nyb;Läk;besök;P1\nB;B;R99;Ort;Nyb;Läk;besök;P1\nC;C;ORT-MOT;Ort;Nyb;Läk;fax;P1\n",
            as: .planningObjects)
        #expect(codes(result) == [.unknownReference, .inconsistentRow, .invalidChoice])
        #expect(result.issues.map(\.line) == [2, 3, 4])
        #expect(result.issues.map(\.column) == ["enhetskod", "enhetskod", "kontakttyp"])
    }

    @Test func resourcesAreReadWithKindAndMeasure() throws {
        let result = try parse(
            "resurskod;namn;typ;måttenhet\nSSK;Sjuksköterska;personal;timmar\nVPL;Vårdplatser;vårdplats;vårdplatser\n",
            as: .resources)
        #expect(
            result.batch.resources == [
                Resource(code: "SSK", name: "Sjuksköterska", kind: .staff, measure: .hours),
                Resource(code: "VPL", name: "Vårdplatser", kind: .bed, measure: .beds),
            ])
    }

    @Test func resourceWithUnknownMeasureIsLocated() throws {
        let result = try parse("resurskod;namn;typ;måttenhet\nSSK;Sjuksköterska;personal;liter\n", as: .resources)
        let issue = try #require(result.issues.first)
        #expect(issue.code == .invalidChoice)
        #expect(issue.line == 2)
        #expect(issue.column == "måttenhet")
        #expect(issue.value == "liter")
    }
}
