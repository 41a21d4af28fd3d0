// The wording is Socialstyrelsen's (Stöd till regioner för produktions- och kapacitetsstyrning, 2024, bilaga D),
// restored from a PDF text extraction in which å, ä and ö were garbled.

extension PKSChecklist {
    /// The agency's 2024 checklist: six activities, 23 questions.
    public static let socialstyrelsen2024 = PKSChecklist(
        version: "socialstyrelsen-2024",
        activities: [
            ChecklistActivity(
                title: "Fatta beslut om att etablera systematisk PKS",
                groups: [
                    group(
                        "Ett tydligt och uttalat beslut om att etablera systematisk PKS",
                        (
                            1,
                            "Har ett tydligt och uttalat beslut om att etablera systematisk PKS tagits på strategisk nivå?"
                        ))
                ]),
            ChecklistActivity(
                title: "Formulera överenskommelser om vad systematisk PKS innebär",
                groups: [
                    group(
                        "En konkret målsättning för PKS",
                        (2, "Har en konkret målsättning för PKS tagits fram?"),
                        (3, "Har verksamheter inkluderats i framtagningen av målsättningen för PKS?"),
                        (4, "Är det allmänt känt i organisationen att det finns en konkret målsättning för PKS?")),
                    group(
                        "Vägledande principer för PKS",
                        (5, "Har vägledande principer för PKS definierats?"),
                        (6, "Har verksamheter inkluderats i framtagningen av vägledande principer?"),
                        (7, "Är det allmänt känt i organisationen att det finns vägledande principer för PKS?")),
                    group(
                        "Roll- och ansvarsfördelning i PKS",
                        (8, "Har roll- och ansvarsbeskrivningar på strategisk nivå och taktisk nivå upprättats?"),
                        (9, "Har verksamheter inkluderats i framtagningen av roll- och ansvarsbeskrivningarna?"),
                        (
                            10,
                            "Är det allmänt känt i organisationen att det finns upprättade roll- och "
                                + "ansvarsbeskrivningar kopplat till systematisk PKS?"
                        )),
                ]),
            ChecklistActivity(
                title: "Se över uppdrag och avtal som påverkar möjligheten till organisationsövergripande PKS",
                groups: [
                    group(
                        "Möjlighet att inkludera alla i PKS",
                        // The source reads "justeras"; the question asks what has been done, so "justerats".
                        (
                            11,
                            "Har uppdrag och avtal justerats för att öka möjligheterna att inkludera alla "
                                + "verksamheter i organisationsövergripande PKS?"
                        ))
                ]),
            ChecklistActivity(
                title: "Säkerställ dedikerade resurser för PKS",
                groups: [
                    group(
                        "Nödvändig PKS-kompetens",
                        (12, "Finns det tillräcklig PKS-kompetens inom organisationen?"),
                        (
                            13,
                            "I de fall behov funnits, har PKS-kompetens tillkommit genom utbildning eller rekrytering?"
                        ),
                        (14, "Har chefer och berörda medarbetare någonstans att vända sig för stöd i sitt PKS-arbete?"),
                        (15, "Används det befintliga stödet av chefer och berörda medarbetare?"))
                ]),
            ChecklistActivity(
                title: "Säkerställ datatillgång och tillräckligt IT-stöd för PKS",
                groups: [
                    group(
                        "Datatillgång",
                        (
                            16,
                            "Är datatillgången tillräcklig för att kunna göra övergripande prognoser av behov och "
                                + "tillgänglig kapacitet?"
                        ),
                        (
                            17,
                            "Finns det ett pågående arbete för att löpande kvalitetssäkra och förbättra tillgängliga data?"
                        ),
                        (
                            18,
                            "Finns det ett pågående arbete för att skapa en övergripande och enhetlig struktur för "
                                + "registreringar av data som används för PKS?"
                        )),
                    group(
                        "IT-stöd",
                        (19, "Har möjligheterna att använda befintliga IT-stöd för PKS undersökts och testats?"),
                        (20, "Har behoven av ytterligare/nya IT-stöd för PKS kartlagts?"),
                        (
                            21,
                            "Om behov av ett ytterligare/nytt IT-stöd har identifierats, har arbetet för en "
                                + "upphandling påbörjats?"
                        )),
                ]),
            ChecklistActivity(
                title: "Skapa förutsättningar för en välfungerande uppföljning inom ramen för PKS",
                groups: [
                    group(
                        "Uppföljning inom PKS",
                        (22, "Finns det tydliga rutiner för uppföljning inom ramen för PKS?"),
                        (
                            23,
                            "Finns det tydliga rutiner för när och vem som ska vidta åtgärder utifrån uppföljningens resultat?"
                        ))
                ]),
        ])

    private static func group(_ title: String, _ questions: (Int, String)...) -> ChecklistGroup {
        ChecklistGroup(title: title, questions: questions.map { ChecklistQuestion(number: $0.0, text: $0.1) })
    }
}
