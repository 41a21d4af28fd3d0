// The wording is Socialstyrelsen's (Stöd till regioner för produktions- och kapacitetsstyrning, 2024, bilaga C),
// restored from a PDF text extraction in which å, ä and ö were garbled. Do not edit the statements: stored
// answers refer to them by id within this version.

extension SelfAssessmentQuestionnaire {
    /// The agency's 2024 questionnaire: eight areas, 40 statements.
    public static let socialstyrelsen2024 = SelfAssessmentQuestionnaire(
        version: "socialstyrelsen-2024",
        areas: [
            SelfAssessmentArea(
                number: 1, question: "Hur systematisk och organisationsövergripande är PKS?",
                statements: [
                    "Det finns ett tydligt och uttalat beslut om att alla verksamheter i organisationen ska bedriva "
                        + "ett systematiskt PKS-arbete som tar utgångspunkt i patienternas behov.",
                    "Vi har en gemensam definition av vad PKS är och målsättningen för organisationens PKS. "
                        + "Dessa är förankrade i hela organisationen.",
                    "Vi har organisationsövergripande vägledande principer för PKS-arbetet som är förankrade i hela "
                        + "organisationen.",
                    "Det finns en roll- och ansvarsfördelning för PKS-arbetet som är förankrad i hela organisationen "
                        + "och inkluderar åtminstone den strategiska och taktiska nivån i organisationen.",
                    "Vi har en regionövergripande modell för PKS inklusive processer och rutiner för alla steg.",
                    "Vi samordnar de olika verksamheternas PKS för en tydligare överblick av hela systemet.",
                    "Våra produktionsmål och -planer är balanserade, dvs. den prognostiserade tillgängliga "
                        + "kapaciteten täcker det prognostiserade kapacitetsbehovet.",
                ],
                comment: "Påståendena beskriver strukturer och aktiviteter som behövs för att möjliggöra en "
                    + "systematisk PKS i organisationen. Genom att på den strategiska nivån definiera mål, uttala "
                    + "vägledande principer och upprätta en roll- och ansvarsfördelning skapas förutsättningar för "
                    + "att verksamheterna ska kunna bedriva ett utvecklingsarbete kring PKS på ett enhetligt sätt "
                    + "med gemensamma mål och utgångspunkter. För mer information om roller, ansvarsområden och "
                    + "vägledande principer, se stödmaterial Centrala roller, ansvarsområden och vägledande principer."
            ),
            SelfAssessmentArea(
                number: 2, question: "Hur tydligt kopplat är arbetet mellan de olika nivåerna?",
                statements: [
                    "Verksamhetsspecifika behovsprognoser tas fram på taktisk nivå och sammanställs till en "
                        + "övergripande prognos för organisationen som helhet på strategisk nivå. Den strategiska "
                        + "nivån ser över innehållet, justerar vid behov i dialog med verksamheterna samt godkänner "
                        + "slutgiltig prognos.",
                    "Verksamhetsspecifika prognoser av tillgänglig kapacitet tas fram på taktisk nivå och "
                        + "sammanställs till en övergripande prognos för organisationen som helhet på strategisk "
                        + "nivå. Den strategiska nivån ser över innehållet, justerar vid behov i dialog med "
                        + "verksamheterna samt godkänner slutgiltig prognos.",
                    "Den strategiska nivån formulerar övergripande produktionsmål utifrån en balans mellan "
                        + "prognostiserade behov och prognostiserad tillgänglig kapacitet, för att säkerställa att de "
                        + "är realistiska att uppnå.",
                    "Produktionsmålen diskuteras och godkänns av både strategisk och taktisk nivå.",
                    "Verksamheternas produktionsplaner bygger på de balanserade produktionsmålen som tagits fram på "
                        + "strategisk nivå.",
                    "Enheternas scheman bygger på en balanserad produktionsplan från taktisk nivå.",
                    "Återkoppling av avvikelser från plan och oförutsedda händelser som påverkar produktionsplanen "
                        + "eller -målen sker mellan nivåerna.",
                ],
                comment: "Kopplingen mellan strategisk, taktisk och operativ nivå är avgörande för att få till en "
                    + "systematisk PKS. Prognoser och produktionsmål som tas fram på strategisk nivå behöver bygga på "
                    + "underlag från taktisk och operativ nivå för att skapa samsyn mellan nivåerna. På samma sätt "
                    + "får de produktionsmål som tas fram på strategisk nivå bara genomslag i praktiken om de via den "
                    + "taktiska nivån resulterar i ett fungerande schema på operativ nivå. Planeringen behöver därmed "
                    + "göras både ”uppifrån och ned” och ”nedifrån och upp”, där länkarna mellan de olika nivåerna är "
                    + "en förutsättning. För mer information om prognoser, balansering och uppföljning på strategisk "
                    + "nivå, se stödmaterial Prognos av behov och tillgänglig kapacitet på strategisk nivå, "
                    + "Balansering av behov och tillgänglig kapacitet på strategisk nivå samt Uppföljning på "
                    + "strategisk nivå: processer och behov av data."
            ),
            SelfAssessmentArea(
                number: 3, question: "Hur styrande är PKS?",
                statements: [
                    "Alla chefer och berörda medarbetare känner sig införstådda i vad PKS och målsättningen med PKS "
                        + "är, samt vad som förväntas av dem kopplat till PKS.",
                    "Produktionsmålen och -planerna är förankrade i alla berörda verksamheter.",
                    "På den taktiska nivån jämförs det lagda schemat mot produktionsplanen proaktivt för att kunna "
                        + "fånga avvikelser innan de sker, och större avvikelser rapporteras till strategisk nivå.",
                    "Vi gör allt för att följa de fastställda produktionsmålen och -planerna.",
                    "Medarbetarna förstår kopplingen mellan produktionsmålen/-planerna och schemat/de dagliga målen.",
                    "PKS är en del av vår kultur och anses vara ett accepterat arbetssätt för grundläggande "
                        + "verksamhetsplanering.",
                    "Särskilda uppdrag och avtal (exv. med privata vårdgivare och vårdgivare med specifika uppdrag) "
                        + "justeras vid behov för att öka möjligheterna att inkludera alla verksamheter i PKS-arbetet.",
                ],
                comment: "I intervjuer beskriver flera region- och verksamhetsrepresentanter att det är en utmaning "
                    + "att uppnå en kultur där PKS betraktas och används som en central del av den dagliga "
                    + "styrningen. De beskriver att produktionsplaner ibland betraktas som prognoser som går att "
                    + "justera, snarare än överenskomna planer som verksamheten ska styras utifrån. Det kan finnas "
                    + "flera orsaker till detta, exempelvis att produktionsmålen inte har förankrats mellan nivåerna "
                    + "eller att målen inte upplevs som realistiska på verksamhets-/enhetsnivå. Att på ett "
                    + "framgångsrikt sätt implementera PKS innefattar arbete med kultur, attityder och beteenden i "
                    + "organisationen. Påståendena i det här området kan vara en hjälp i att förstå hur långt "
                    + "organisationen kommit i detta arbete."
            ),
            SelfAssessmentArea(
                number: 4, question: "Hur väl används uppföljning för styrning och förbättring?",
                statements: [
                    "Vi har tydliga och fungerande rutiner för uppföljning på alla nivåer i organisationen med "
                        + "tydliga ansvar och mandat för att vidta åtgärder utifrån uppföljningens resultat.",
                    "Vi har rutiner på alla nivåer i organisationen för att fånga upp variationer och avvikelser i "
                        + "inflöde och tillgänglig kapacitet så fort förändringar skett, eller innan de sker, och vid "
                        + "behov eskalera till högre ledningsnivå.",
                    "Vi vidtar åtgärder utifrån uppföljningen för att återskapa balans mellan kapacitetsbehov och "
                        + "tillgänglig kapacitet.",
                    "Vi har fungerande rutiner för att vid stora avvikelser som framkommer i uppföljningen justera "
                        + "produktionsmål och -planer, även utöver ordinarie framtagningsprocess av produktionsmål "
                        + "och -planer.",
                ],
                comment: "Uppföljning är en viktig del av PKS och behöver ske på alla nivåer i organisationen. Den "
                    + "strategiska nivån kan genom sin uppföljning ge verksamheterna både rätt förutsättningar och "
                    + "styrning för att nå sina produktionsmål. Löpande uppföljning och dialog mellan den strategiska "
                    + "nivån och övriga nivåer är centrala delar för att säkerställa en samsyn kring framtagna "
                    + "produktionsmål och -planer, vilket i sin tur är en förutsättning för att PKS ska vara "
                    + "styrande. För mer information om uppföljning på strategisk nivå, se stödmaterial Uppföljning "
                    + "på strategisk nivå: processer och behov av data."
            ),
            SelfAssessmentArea(
                number: 5, question: "Finns nödvändig PKS-kompetens i organisationen?",
                statements: [
                    "Chefer och medarbetare på alla nivåer, t.ex. koordinatorer och schemaläggare, som arbetar med "
                        + "PKS har tillräcklig kunskap om hur PKS ska genomföras i respektive funktion.",
                    "Chefer och berörda medarbetare vet vart de kan vända sig för att få stöd i sitt PKS-arbete.",
                    "Vi ser över behovet av PKS-kompetens (inkl. kunskap om hur PKS ska genomföras, kompetens i de "
                        + "IT-stöd som används samt kunskap om organisationen och arbetssätten som påverkar och "
                        + "påverkas av PKS) regelbundet och vidtar åtgärder om det behövs mer kompetens inom området.",
                ],
                comment: "Alla som arbetar med PKS behöver ha en grundkompetens inom området. Medan vårdens chefer "
                    + "har ett viktigt ansvar för PKS har de sällan förutsättningar för att utveckla fördjupad och "
                    + "specialiserad kompetens på området, och behöver istället ha tillgång till sådan genom andra "
                    + "funktioner. Intervjuer med regioner och verksamheter som kommit långt i sitt PKS-arbete "
                    + "vittnar om att stödfunktioner varit avgörande för att stödja och driva på utvecklingsarbetet "
                    + "samt bidra till gemensamma arbetssätt, rutiner och processer. För mer information, se "
                    + "stödmaterial Centrala roller, ansvarsområden och vägledande principer."
            ),
            SelfAssessmentArea(
                number: 6, question: "Har chefer och medarbetare tillräckligt bra tillgång till data och IT-stöd?",
                statements: [
                    "Chefer och berörda medarbetare har tillgång till data för att kunna göra de prognoser som "
                        + "behövs inom ramen för PKS.",
                    "Vi har en etablerad process för att kvalitetssäkra data som används för PKS.",
                    "Vi har etablerade registreringsrutiner för att skapa jämförbara data mellan olika verksamheter.",
                    "Vi har ett tillräckligt IT-stöd för att kunna genomföra PKS (inklusive prognoser, balansering, "
                        + "planering och uppföljning).",
                ],
                comment: "För att PKS ska fungera i praktiken är det viktigt att säkerställa att data speglar "
                    + "verksamheten på ett korrekt sätt och kan presenteras på ett sätt som underlättar planering och "
                    + "styrning. Ett IT-stöd för PKS behöver inte ha alla tänkbara funktionaliteter för att vara "
                    + "användbart och ändamålsenligt. Det viktigaste är att rätt funktionalitet, utifrån "
                    + "organisationens behov och mognadsgrad, finns tillgänglig. För mer information och tips kring "
                    + "faktorer att tänka på inför val av IT-stöd, se stödmaterial Tips kring val av IT-stöd för PKS."
            ),
            SelfAssessmentArea(
                number: 7, question: "Finns det några resultat av PKS-arbetet?",
                statements: [
                    "Vi har sett att vårt PKS-arbete har gett resultat även om vi inte ännu kunnat mäta resultaten.",
                    "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre tillgänglighet.",
                    "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom snabbare patientflöden.",
                    "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre arbetsmiljö.",
                    "Vi har kunnat mäta att vårt PKS-arbete har gett resultat genom en bättre kostnadseffektivitet.",
                ],
                comment: "Organisationer kan ha olika målsättningar med sin PKS, beroende på hur behoven ser ut just "
                    + "där. Som konsekvens av det kan resultatet av PKS-arbetet vara av olika karaktär. Påståendena "
                    + "ovan speglar målsättningar som generellt är viktiga att sträva efter och som PKS kan bidra "
                    + "till. Det är viktigt att som organisation definiera vad man avser att uppnå med sin PKS, och "
                    + "följa upp resultaten utifrån detta."
            ),
            SelfAssessmentArea(
                number: 8,
                question:
                    "Finns ett kontinuerligt lärande och en vidareutveckling av kultur, arbetssätt och processer?",
                statements: [
                    "Vi har etablerade forum för att löpande dela och diskutera erfarenheter och lärdomar utifrån "
                        + "PKS-arbetet.",
                    "Vi har strukturer för att löpande vidareutveckla våra processer och arbetssätt kopplade till "
                        + "PKS, utifrån chefers och medarbetares erfarenheter och lärdomar.",
                    "Vi arbetar aktivt och medvetet med förändringsledning för att uppnå de kulturförändringar vi ser "
                        + "behövs för att PKS ska få genomslag i hela organisationen.",
                ],
                comment: "Att förändra arbetssätt kan vara utmanande och tidskrävande. I detta ligger förändringar av "
                    + "kultur, attityder och beteenden och intervjuer med verksamheter vittnar om att sådana ofta tar "
                    + "tid att realisera. Det är därför viktigt att säkerställa utrymme för löpande reflektion och "
                    + "processer som möjliggör ett kontinuerligt lärande."
            ),
        ])
}
