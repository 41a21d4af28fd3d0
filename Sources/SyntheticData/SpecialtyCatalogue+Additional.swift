import PlanningDomain

extension SpecialtyCatalogue {
    /// The 16 specialties every synthetic region has, then 24 more that a large region's indicator export has
    /// (``SyntheticRegionConfiguration/specialtyCount`` chooses how many; rates as in ``all``).
    static func first(_ count: Int) -> [SpecialtyTemplate] {
        Array((all + additional).prefix(max(1, count)))
    }

    /// Specialties beyond the standard 16, in the order they are added.
    static let additional: [SpecialtyTemplate] = [
        SpecialtyTemplate(
            code: "KAK", specialty: "Kärlkirurgi", clinicName: "Kärlkirurgiska kliniken", division: .surgery,
            lengthOfStay: 5,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.newVisit),
                S("VAR", "Varicer", .doctor, .operation, rate: 1.5, PriorityMix.minorSurgery, minutes: 90),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 2, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "PLA", specialty: "Plastikkirurgi", clinicName: "Plastikkirurgiska kliniken", division: .surgery,
            lengthOfStay: 3,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.elective),
                S("BRO", "Bröstrekonstruktion", .doctor, .operation, rate: 0.6, PriorityMix.surgery, minutes: 240),
                S("TUM", "Hudtumörexcision", .doctor, .operation, rate: 2, PriorityMix.minorSurgery, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "HAN", specialty: "Handkirurgi", clinicName: "Handkirurgiska kliniken", division: .surgery,
            lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 5, PriorityMix.elective),
                S("KARP", "Karpaltunneloperation", .doctor, .operation, rate: 3, PriorityMix.minorSurgery, minutes: 30),
                S("SEN", "Senskada", .doctor, .operation, rate: 1, PriorityMix.urgentSurgery, minutes: 90),
            ]),
        SpecialtyTemplate(
            code: "NKI", specialty: "Neurokirurgi", clinicName: "Neurokirurgiska kliniken", division: .surgery,
            lengthOfStay: 6,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.newVisit),
                S("RYG", "Ryggkirurgi", .doctor, .operation, rate: 1.2, PriorityMix.surgery, minutes: 180),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 1.5, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "THO", specialty: "Thoraxkirurgi", clinicName: "Thoraxkirurgiska kliniken", division: .surgery,
            lengthOfStay: 7,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 2, PriorityMix.newVisit),
                S("KLAF", "Klaffoperation", .doctor, .operation, rate: 0.6, PriorityMix.urgentSurgery, minutes: 240),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 1, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "BRK", specialty: "Bröstkirurgi", clinicName: "Bröstcentrum", division: .surgery, lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.urgentSurgery),
                S("SEKT", "Sektorresektion", .doctor, .operation, rate: 1.2, PriorityMix.urgentSurgery, minutes: 90),
                S("SSK", "Sjuksköterskebesök", .nurse, .visit, rate: 4, PriorityMix.routine, minutes: 30),
            ]),
        SpecialtyTemplate(
            code: "KKI", specialty: "Käkkirurgi", clinicName: "Käkkirurgiska kliniken", division: .specialist,
            lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.elective),
                S(
                    "EXT", "Operativ tandextraktion", .doctor, .operation, rate: 3, PriorityMix.minorSurgery,
                    minutes: 40),
            ]),
        SpecialtyTemplate(
            code: "END", specialty: "Endokrinologi", clinicName: "Endokrinologiska kliniken", division: .medicine,
            lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 5, PriorityMix.newVisit),
                S("ATB", "Återbesök", .doctor, .visit, rate: 8, PriorityMix.followUp, minutes: 25),
                S("DIA", "Diabetessköterska", .nurse, .visit, rate: 10, PriorityMix.routine, minutes: 30),
            ]),
        SpecialtyTemplate(
            code: "GAS", specialty: "Gastroenterologi", clinicName: "Mag- och tarmkliniken", division: .medicine,
            lengthOfStay: 5,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 6, PriorityMix.newVisit),
                S("GAST", "Gastroskopi", .doctor, .visit, rate: 8, PriorityMix.surgery, minutes: 30),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 3, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "LUN", specialty: "Lungmedicin", clinicName: "Lungkliniken", division: .medicine, lengthOfStay: 5,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 5, PriorityMix.newVisit),
                S("BRON", "Bronkoskopi", .doctor, .visit, rate: 1.5, PriorityMix.urgentSurgery, minutes: 60),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 5, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "NJU", specialty: "Njurmedicin", clinicName: "Njurmedicinska kliniken", division: .medicine,
            lengthOfStay: 6,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 2, PriorityMix.newVisit),
                S("ATB", "Återbesök", .doctor, .visit, rate: 5, PriorityMix.followUp, minutes: 30),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 2, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "HEM", specialty: "Hematologi", clinicName: "Hematologiska kliniken", division: .medicine,
            lengthOfStay: 8,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 2, PriorityMix.urgentSurgery),
                S("BEH", "Behandlingsbesök", .nurse, .visit, rate: 6, PriorityMix.routine, minutes: 90),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 1.5, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "ONK", specialty: "Onkologi", clinicName: "Onkologiska kliniken", division: .medicine,
            lengthOfStay: 6,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.urgentSurgery),
                S("STR", "Strålbehandling", .radiographer, .visit, rate: 20, PriorityMix.urgentSurgery, minutes: 20),
                S("CYT", "Cytostatikabehandling", .nurse, .visit, rate: 10, PriorityMix.routine, minutes: 120),
            ]),
        SpecialtyTemplate(
            code: "REU", specialty: "Reumatologi", clinicName: "Reumatologiska kliniken", division: .medicine,
            lengthOfStay: 5,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.newVisit),
                S("ATB", "Återbesök", .doctor, .visit, rate: 6, PriorityMix.followUp, minutes: 30),
                S("INF", "Infusionsbehandling", .nurse, .visit, rate: 3, PriorityMix.routine, minutes: 120),
            ]),
        SpecialtyTemplate(
            code: "INF", specialty: "Infektionssjukvård", clinicName: "Infektionskliniken", division: .medicine,
            lengthOfStay: 4,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.newVisit),
                S("ATB", "Återbesök", .doctor, .visit, rate: 4, PriorityMix.followUp, minutes: 25),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 4, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "GER", specialty: "Geriatrik", clinicName: "Geriatriska kliniken", division: .medicine,
            lengthOfStay: 10,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.newVisit, minutes: 60),
                S("SLV", "Akut slutenvård", .doctor, .inpatient, rate: 5, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "ALL", specialty: "Allergologi", clinicName: "Allergimottagningen", division: .medicine,
            lengthOfStay: 0,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.elective),
                S("PRV", "Pricktest", .nurse, .visit, rate: 4, PriorityMix.routine, minutes: 30),
            ]),
        SpecialtyTemplate(
            code: "SMA", specialty: "Smärtbehandling", clinicName: "Smärtcentrum", division: .specialist,
            lengthOfStay: 0,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 2, PriorityMix.elective, minutes: 60),
                S("BLK", "Blockadbehandling", .doctor, .visit, rate: 2, PriorityMix.followUp, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "AUD", specialty: "Audiologi", clinicName: "Hörselkliniken", division: .specialist,
            lengthOfStay: 0,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 4, PriorityMix.elective),
                S("HAP", "Hörapparatutprovning", .nurse, .visit, rate: 8, PriorityMix.followUp, minutes: 60),
            ]),
        SpecialtyTemplate(
            code: "BKI", specialty: "Barnkirurgi", clinicName: "Barnkirurgiska kliniken",
            division: .womenAndChildren, lengthOfStay: 2,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 2, PriorityMix.newVisit),
                S("BRAK", "Bråckoperation barn", .doctor, .operation, rate: 1, PriorityMix.minorSurgery, minutes: 45),
            ]),
        SpecialtyTemplate(
            code: "NEO", specialty: "Neonatologi", clinicName: "Neonatalavdelningen", division: .womenAndChildren,
            lengthOfStay: 10,
            services: [
                S("UPP", "Uppföljning", .doctor, .visit, rate: 1.5, PriorityMix.followUp, minutes: 45),
                S("SLV", "Neonatalvård", .doctor, .inpatient, rate: 1.2, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "BEP", specialty: "Beroendevård", clinicName: "Beroendecentrum", division: .psychiatry,
            lengthOfStay: 7,
            services: [
                S("NYB", "Nybesök", .doctor, .visit, rate: 3, PriorityMix.newVisit),
                S("KUR", "Kuratorssamtal", .counsellor, .visit, rate: 6, PriorityMix.routine, minutes: 45),
                S("SLV", "Abstinensvård", .doctor, .inpatient, rate: 2, PriorityMix.acute),
            ]),
        SpecialtyTemplate(
            code: "NFY", specialty: "Klinisk neurofysiologi", clinicName: "Klinisk neurofysiologi",
            division: .diagnostics, lengthOfStay: 0,
            services: [
                S("EEG", "EEG", .biomedicalScientist, .visit, rate: 3, PriorityMix.surgery, minutes: 60),
                S("ENMG", "ENeG/EMG", .doctor, .visit, rate: 3, PriorityMix.routine, minutes: 60),
            ]),
        SpecialtyTemplate(
            code: "NUK", specialty: "Nuklearmedicin", clinicName: "Nuklearmedicin", division: .diagnostics,
            lengthOfStay: 0,
            services: [
                S("SCI", "Scintigrafi", .radiographer, .visit, rate: 3, PriorityMix.surgery, minutes: 60),
                S("PET", "PET-DT", .radiographer, .visit, rate: 1.5, PriorityMix.urgentSurgery, minutes: 90),
            ]),
    ]
}
