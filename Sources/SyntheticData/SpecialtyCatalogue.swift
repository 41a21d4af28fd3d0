import PlanningDomain

/// The specialties of the synthetic region. Rates are weekly inflow per 100 000 residents in a normal week, set
/// to plausible Swedish orders of magnitude (e.g. about 3.5 hip replacements per 100 000 residents a week).
enum SpecialtyCatalogue {
    typealias S = CareServiceTemplate

    static let all: [SpecialtyTemplate] = [
        SpecialtyTemplate(
            code: "ORT", specialty: "Ortopedi", clinicName: "Ortopedkliniken", division: .surgery, lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 26, PriorityMix.elective, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 34, PriorityMix.followUp, .allSites, minutes: 25),
                S("TEL", "Telefonuppföljning", .nurse, .phone, rate: 14, PriorityMix.routine),
                S("FYS", "Fysioterapi", .physiotherapist, .visit, rate: 12, PriorityMix.followUp),
                S("HOFT", "Höftprotes", .doctor, .operation, rate: 3.5, PriorityMix.surgery, .operatingSites),
                S("KNA", "Knäprotes", .doctor, .operation, rate: 2.5, PriorityMix.surgery, .operatingSites),
                S("ARTR", "Artroskopi", .doctor, .operation, rate: 3, PriorityMix.minorSurgery, minutes: 60),
                S("HAND", "Handkirurgi", .doctor, .operation, rate: 4, PriorityMix.minorSurgery, minutes: 45),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 9, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "KIR", specialty: "Kirurgi", clinicName: "Kirurgkliniken", division: .surgery, lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 28, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 26, PriorityMix.followUp, .allSites, minutes: 25),
                S("TEL", "Telefonuppföljning", .nurse, .phone, rate: 12, PriorityMix.routine),
                S("KOLO", "Koloskopi", .doctor, .visit, rate: 10, PriorityMix.newVisit, minutes: 45),
                S(
                    "GAL", "Gallstensoperation", .doctor, .operation, rate: 2.2, PriorityMix.surgery, .operatingSites,
                    minutes: 100),
                S(
                    "BRAK", "Ljumskbråck", .doctor, .operation, rate: 3, PriorityMix.minorSurgery, .operatingSites,
                    minutes: 75),
                S(
                    "KOL", "Tjocktarmsresektion", .doctor, .operation, rate: 0.8, PriorityMix.urgentSurgery,
                    minutes: 200),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 18, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "URO", specialty: "Urologi", clinicName: "Urologiska kliniken", division: .surgery, lengthOfStay: 3,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 12, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 14, PriorityMix.followUp, minutes: 25),
                S("CYS", "Cystoskopi", .doctor, .visit, rate: 5, PriorityMix.newVisit, minutes: 30),
                S("TURP", "Prostataresektion (TURP)", .doctor, .operation, rate: 1.2, PriorityMix.surgery, minutes: 90),
                S("PROS", "Prostatektomi", .doctor, .operation, rate: 0.6, PriorityMix.urgentSurgery, minutes: 210),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 5, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "MED", specialty: "Internmedicin", clinicName: "Medicinkliniken", division: .medicine,
            lengthOfStay: 5,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 22, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 32, PriorityMix.followUp, .allSites, minutes: 30),
                S("SSK", "Sjuksköterskebesök", .nurse, .visit, rate: 20, PriorityMix.routine, minutes: 30),
                S("TEL", "Telefonuppföljning", .nurse, .phone, rate: 18, PriorityMix.routine),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 38, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "KAR", specialty: "Kardiologi", clinicName: "Hjärtkliniken", division: .medicine, lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 10, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 15, PriorityMix.followUp, minutes: 30),
                S("HSV", "Hjärtsviktsmottagning", .nurse, .visit, rate: 8, PriorityMix.routine, minutes: 45),
                S(
                    "PCI", "Kranskärlsröntgen och PCI", .doctor, .operation, rate: 3, PriorityMix.urgentSurgery,
                    minutes: 75),
                S("ABL", "Ablation", .doctor, .operation, rate: 0.8, PriorityMix.surgery, minutes: 180),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 15, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "NEU", specialty: "Neurologi", clinicName: "Neurologiska kliniken", division: .medicine,
            lengthOfStay: 6,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 8, PriorityMix.newVisit),
                S("ATB", "Återbesök", .doctor, .visit, rate: 12, PriorityMix.followUp, minutes: 30),
                S("SSK", "Sjuksköterskebesök", .nurse, .visit, rate: 6, PriorityMix.routine),
                S("VID", "Videobesök", .doctor, .video, rate: 4, PriorityMix.routine),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 6, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "HUD", specialty: "Hud", clinicName: "Hudkliniken", division: .medicine, lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 14, PriorityMix.elective, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 12, PriorityMix.followUp, minutes: 25),
                S("LJUS", "Ljusbehandling", .nurse, .visit, rate: 15, PriorityMix.routine, minutes: 20),
                S("EXC", "Hudexcision", .doctor, .visit, rate: 5, PriorityMix.surgery, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "REH", specialty: "Rehabiliteringsmedicin", clinicName: "Rehabiliteringsmedicinska kliniken",
            division: .medicine, lengthOfStay: 14,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.routine, minutes: 60),
                S("FYS", "Fysioterapi", .physiotherapist, .visit, rate: 15, PriorityMix.followUp, .allSites),
                S("ATP", "Arbetsterapi", .occupationalTherapist, .visit, rate: 8, PriorityMix.followUp, minutes: 45),
                S("KUR", "Kuratorssamtal", .counsellor, .visit, rate: 3, PriorityMix.routine, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "VPS", specialty: "Vuxenpsykiatri", clinicName: "Vuxenpsykiatriska kliniken",
            division: .psychiatry, lengthOfStay: 15,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 12, PriorityMix.newVisit, .allSites, minutes: 60),
                S("ATB", "Återbesök", .doctor, .visit, rate: 20, PriorityMix.followUp, .allSites, minutes: 30),
                S("PSY", "Psykologbehandling", .psychologist, .visit, rate: 15, PriorityMix.followUp, minutes: 50),
                S("KUR", "Kuratorssamtal", .counsellor, .visit, rate: 10, PriorityMix.routine, minutes: 45),
                S("VID", "Videobesök", .psychologist, .video, rate: 6, PriorityMix.routine, minutes: 45),
                S(
                    "NPF", "Neuropsykiatrisk utredning", .psychologist, .visit, rate: 3, PriorityMix.followUp,
                    minutes: 240),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 6, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "BUP", specialty: "Barn- och ungdomspsykiatri", clinicName: "Barn- och ungdomspsykiatriska kliniken",
            division: .psychiatry, lengthOfStay: 10,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 6, PriorityMix.newVisit, minutes: 60),
                S("PSY", "Psykologbehandling", .psychologist, .visit, rate: 10, PriorityMix.followUp, minutes: 50),
                S(
                    "NPF", "Neuropsykiatrisk utredning", .psychologist, .visit, rate: 3, PriorityMix.followUp,
                    minutes: 240),
                S("KUR", "Kuratorssamtal", .counsellor, .visit, rate: 5, PriorityMix.routine, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "BAR", specialty: "Barn- och ungdomsmedicin", clinicName: "Barn- och ungdomskliniken",
            division: .womenAndChildren, lengthOfStay: 3,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 10, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 15, PriorityMix.followUp, .allSites, minutes: 30),
                S("SSK", "Sjuksköterskebesök", .nurse, .visit, rate: 10, PriorityMix.routine, minutes: 30),
                S("TEL", "Telefonuppföljning", .nurse, .phone, rate: 8, PriorityMix.routine),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 10, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "GYN", specialty: "Gynekologi", clinicName: "Kvinnokliniken", division: .womenAndChildren,
            lengthOfStay: 3,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 15, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 12, PriorityMix.followUp, minutes: 25),
                S("BMK", "Barnmorskebesök", .midwife, .visit, rate: 10, PriorityMix.routine, minutes: 30),
                S(
                    "HYST", "Hysterektomi", .doctor, .operation, rate: 1.2, PriorityMix.surgery, .operatingSites,
                    minutes: 150),
                S("LAP", "Laparoskopi", .doctor, .operation, rate: 1.5, PriorityMix.surgery, minutes: 90),
                S(
                    "INK", "Inkontinensoperation", .doctor, .operation, rate: 0.8, PriorityMix.minorSurgery,
                    minutes: 60),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 12, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "OGO", specialty: "Ögonsjukvård", clinicName: "Ögonkliniken", division: .specialist,
            lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 14, PriorityMix.elective, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 18, PriorityMix.followUp, .allSites, minutes: 20),
                S(
                    "KAT", "Katarakt", .doctor, .operation, rate: 25, PriorityMix.minorSurgery, .operatingSites,
                    minutes: 25),
                S("INJ", "Intravitreal injektion", .nurse, .visit, rate: 15, PriorityMix.surgery, minutes: 20),
                S("GLA", "Glaukomkontroll", .nurse, .visit, rate: 10, PriorityMix.followUp, minutes: 30),
            ]),
        SpecialtyTemplate(
            code: "ONH", specialty: "Öron-, näs- och halssjukvård", clinicName: "ÖNH-kliniken",
            division: .specialist, lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 15, PriorityMix.newVisit, .allSites),
                S("ATB", "Återbesök", .doctor, .visit, rate: 12, PriorityMix.followUp, minutes: 25),
                S("TONS", "Tonsillektomi", .doctor, .operation, rate: 2, PriorityMix.minorSurgery, minutes: 60),
                S("ROR", "Rörinläggning", .doctor, .operation, rate: 1.5, PriorityMix.minorSurgery, minutes: 30),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 4, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "RTG", specialty: "Radiologi", clinicName: "Röntgenkliniken", division: .diagnostics,
            lengthOfStay: 0,
            services: [
                S(
                    "DT", "DT-undersökning", .radiographer, .visit, rate: 40, PriorityMix.newVisit, .allSites,
                    minutes: 20),
                S("MR", "MR-undersökning", .radiographer, .visit, rate: 25, PriorityMix.surgery, minutes: 45),
                S("ULJ", "Ultraljud", .doctor, .visit, rate: 20, PriorityMix.surgery, minutes: 25),
            ]),
        SpecialtyTemplate(
            code: "KLF", specialty: "Klinisk fysiologi", clinicName: "Klinisk fysiologi", division: .diagnostics,
            lengthOfStay: 0,
            services: [
                S("EKO", "Ekokardiografi", .biomedicalScientist, .visit, rate: 12, PriorityMix.surgery, minutes: 45),
                S("ARB", "Arbetsprov", .biomedicalScientist, .visit, rate: 8, PriorityMix.routine, minutes: 60),
                S("LFU", "Lungfunktionsundersökning", .biomedicalScientist, .visit, rate: 6, PriorityMix.routine),
            ]),
    ]
}
