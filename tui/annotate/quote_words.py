"""Word lists for finding who speaks a quote: cue verbs, titles, pronouns, organisation nouns."""

from __future__ import annotations


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


# Reporting verbs whose subject is the speaker ("Lind said", "said Lind", "Lind, 64, told").
CUE_VERBS = _words("""
say says said saying tell tells told telling write writes wrote writing written add adds added
adding vow vows vowed vowing describe describes described describing warn warns warned warning
ask asks asked asking insist insists insisted insisting explain explains explained explaining
noted notes noting argue argues argued arguing claim claims claimed claiming recall recalls
recalled recalling called calls calling accuse accuses accused accusing praise praises praised
praising declare declares declared declaring stated announce announces announced announcing
admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging reply
replies replied replying respond responds responded responding suggest suggests suggested
suggesting urge urges urged urging predict predicts predicted predicting promise promises
promised promising tweet tweets tweeted tweeting posted joke jokes joked joking quip quips
quipped quipping shout shouts shouted shouting concede concedes conceded conceding confirm
confirms confirmed confirming complain complains complained complaining stress stresses
stressed stressing emphasise emphasises emphasised emphasising emphasize emphasizes emphasized
emphasizing observe observes observed observing remark remarks remarked remarking continued
conclude concludes concluded concluding countered branded dubbed labelled labeled termed
hail hails hailed hailing slam slams slammed slamming criticise criticises criticised
criticising criticize criticizes criticized criticizing condemn condemns condemned condemning
denounce denounces denounced denouncing dismiss dismisses dismissed dismissing lament laments
lamented lamenting boast boasts boasted boasting cautioned maintain maintains maintained
contend contends contended reiterate reiterates reiterated reiterating muse muses mused
wondered sighed whisper whispers whispered texted testify testifies testified testifying
reported reports pledge pledges pledged pledging recount recounts recounted thundered scoffed
demanded plead pleads pleaded cried exclaimed ruled recommended denied rejected laughed laughs
smiled smiles chuckled chuckles grinned ordered orders yelled yells screamed screams begged begs
retorted retorts asserted asserts snapped chanted murmured mumbled interjected comments
commented commenting
""")

# Auxiliaries and adverbs that may stand between a speaker and the cue ("Putin has also said").
AUX_WORDS = _words("""
has have had also later then again previously once would will could may might can was were is
are did does do been be being already first just repeatedly publicly privately separately
earlier further flatly quickly often never not simply recently once reportedly subsequently
himself herself themselves itself too who which that both jointly
""") - {"who", "which", "that"}

PRONOUNS = {"he": "m", "she": "f", "they": "", "it": "org", "we": None, "i": None,
            "his": "m", "her": "f", "their": "", "its": "org"}
RELATIVES = frozenset({"who", "which", "that"})

# Capitalised words that are titles or roles before a name ("Governor Ida Brekke").
TITLE_WORDS = _words("""
Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Father Sister Brother
President Vice Prime Minister Deputy Secretary Chancellor Governor Mayor Senator Sen Rep
Representative Congressman Congresswoman Councillor Councilman Councilwoman Commissioner
Judge Justice Chief Executive Officer Chairman Chairwoman Chair Director General Gen Colonel
Col Lieutenant Lt Major Maj Captain Capt Sergeant Sgt Admiral Commander Marshal Detective
Inspector Constable Superintendent Officer Attorney Ambassador Envoy Spokesman Spokeswoman
Spokesperson King Queen Prince Princess Pope Cardinal Archbishop Bishop Imam Rabbi Sheikh
Emir Sultan Coach Manager Head Leader Speaker Foreign Defence Defense Interior Finance Health
Justice Home Education Trade Economy Energy Environment Transport Culture Labour Labor Cabinet
State Federal District Circuit County City Regional Assistant Associate Acting Interim Former
Senior Junior Opposition Party Shadow Secretary-General CEO CFO COO MP MEP Premier Elder
Administrator Commissioner Ombudsman Registrar Provost Dean Rector Chancellor-elect
""")

# Words that make a capitalised run an organisation or place, not a person.
ORG_WORDS = _words("""
Court Courts Bank University College Institute Institution Council Commission Committee
Ministry Department Office Agency Authority Service Services Police Party Union Association
Federation League Club Group Holdings Company Corporation Corp Inc Ltd LLC PLC AG SA GmbH
Foundation Trust Society Centre Center Museum School Hospital Board Bureau Organization
Organisation Programme Program Fund Forum Network Alliance Coalition Council Watch Parliament
Assembly Senate Congress Government Administration Army Navy Force Forces Guard Command
Church Times Post News Press Journal Gazette Herald Telegraph Tribune Review Radio TV
Television Airlines Airways Motors Systems Technologies Partners Capital Securities Markets
Exchange Reserve Station Street Road Avenue Bridge Building Palace House Hall Square Park
Airport Dock Docks Mills Stadium Arena Courthouse Tower Centre Port Harbour Harbor River Sea
Ocean Lake Mountains Valley Island Islands Republic Kingdom States Nations Renewables
Energy Chemie Studio Studios Media Labs Health Scotland England Wales Ireland Europe Africa
Banco Banque Banca Bancorp Sparkasse
""")

# Head nouns of definite descriptions that refer back to a named organisation ("the court").
ORG_NOUNS = _words("""
court tribunal company firm group bank ministry government commission committee council
agency authority department office union party association federation league club board
bureau organisation organization programme program institute university museum police
force army regulator watchdog charity foundation trust airline carrier retailer grocer
supermarket chain insurer lender broker exchange parliament senate assembly administration
campaign coalition alliance network service school hospital society operator provider
utility manufacturer maker developer publisher broadcaster producer startup platform orchestra
band festival theatre team side newspaper miner
""")

# Head nouns of definite descriptions that refer back to a named person ("the striker said").
PERSON_NOUNS = _words("""
striker midfielder defender goalkeeper forward player captain coach manager champion seed
winner finalist veteran rookie minister president premier chancellor senator governor mayor
judge prosecutor lawyer chief executive chairman chairwoman founder singer actor actress
artist painter author novelist writer director filmmaker musician rapper star woman man
teenager pensioner grandmother grandfather mother father widow widower boss leader candidate
economist analyst scientist researcher professor doctor
conductor composer councillor councilman councilwoman commissioner nurse surgeon architect
chef designer engineer pilot driver farmer diplomat negotiator attorney sheriff inspector
detective historian curator photographer poet playwright dancer drummer guitarist sprinter
swimmer cyclist skier boxer batsman bowler jockey referee umpire midfielder winger fullback
quarterback pitcher owner landlord shopkeeper headteacher principal bishop priest imam rabbi
""")

# Words that cannot start a name although capitalised at the start of a sentence.
FUNCTION_WORDS = _words("""
The A An This That These Those It He She They We I You His Her Their Its Our My Your In On At
For But And Or Nor So Yet However Meanwhile Speaking According After Before When While If As
With Without Since Until Although Though Because Despite During From To Of By About Under Over
Asked Last Next Earlier Later Then Now Today Yesterday Tomorrow Still Also Only Even Just
Here There Where What Who Why How Some Many Most Several Both Each Every Another Other Such
No Not One Two Three Four Five Six Seven Eight Nine Ten Mrs Mr Ms Dr Prof Sir St Between
Among Across Amid Apart Born Unlike Like Once Instead Indeed Perhaps Nevertheless Besides
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Read Share Photo Photograph Advertisement
""")

# Sentence-final periods that are not: abbreviations before a name or in dates.
ABBREVIATIONS = _words("""
Dr Mr Mrs Ms Prof St Gen Lt Col Sgt Capt Gov Sen Rep Jr Sr Inc Ltd Co Corp No vs Jan Feb Mar
Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave approx etc Rev Hon Maj Adm Cmdr Supt Insp Det
Pres Messrs Mme Mlle Mgr Sec Dept Univ Fig
""")

# Unnamed sources: the quote has no speaker when one of these heads the subject.
INDEFINITE_STARTS = _words("""
a an one some another many several few most all both critics analysts officials experts
observers sources people others residents voters reviewers diplomats lawmakers economists
protesters campaigners activists investors traders witnesses police doctors researchers
scientists authorities prosecutors lawyers ministers leaders supporters opponents fans
locals parents teachers students workers employees staff users customers shoppers
commentators insiders aides advisers advisors officers soldiers troops rebels militants
""")

# Lowercase role nouns written right before a person's name ("envoy Claire Fontaine").
ROLE_NOUNS = PERSON_NOUNS | _words("""
envoy aide spokesman spokeswoman spokesperson counsel officer secretary commissioner
adviser advisor negotiator delegate ambassador correspondent reporter editor columnist
presenter host pundit strategist campaigner activist organiser organizer volunteer nurse
technician engineer owner shopkeeper resident farmer fisherman skipper teacher headteacher
student pupil executive general colonel sergeant inspector detective constable
""")

# Prepositions before a place that is also a first name ("in Paris", "from Chad").
PREPOSITIONS = _words("""
in at from to of near across into onto outside inside around through via toward towards
between within throughout beyond over under for on with about against among behind
""")

# Nationality words that are also first names ("French", "Irish", "German").
NATIONALITIES = _words("""
American British English French German Irish Scottish Welsh Spanish Italian Dutch Danish
Swedish Norwegian Finnish Polish Russian Ukrainian Chinese Japanese Korean Indian Israeli
Iranian Turkish Greek Swiss Austrian Belgian Canadian Australian Mexican Brazilian Argentine
African Arab European Asian Western Eastern Northern Southern Christian Jewish Muslim Catholic
Briton Frenchman Frenchwoman Dane Swede Pole Spaniard Scot Finn Turk Czech Slovak Thai Iraqi
Israeli Pakistani Saudi Kuwaiti Qatari Yemeni Bangladeshi Nepali Afghan Kenyan Nigerian
""")

# "the company said" refers back to the last organisation named with a corporate suffix.
CORPORATE_NOUNS = _words("""
company firm group retailer carrier airline lender insurer maker operator provider utility
manufacturer developer publisher broadcaster producer startup platform miner
""")
CORPORATE_SUFFIXES = _words("""
Inc Inc. Corp Corp. Ltd Ltd. LLC PLC plc AG SA NV GmbH Co Co. Group Holdings Limited
""")

# Lowercase words of titles written before a name ("project manager Alicia Gomez").
LOWER_TITLES = frozenset(w.lower() for w in TITLE_WORDS) | _words("""
project police press campaign team party union company state federal national regional
senior chief deputy vice foreign finance health interior defence defense justice education
""")

# Kinds of company written before its name ("Developer Valve", "rival Merrow's").
COMPANY_ROLES = _words("""
developer designer publisher maker manufacturer retailer carrier broadcaster regulator watchdog
insurer lender startup start-up rival challenger
""")

# Capitalised words that name an organisation of the kind a definite description means:
# "the club" -> "Dunmore United", "the bank" -> "Banco Andino", "the ministry" -> "Ministerio".
ORG_NOUN_KINDS: dict[str, frozenset[str]] = {
    "club": _words("Club FC AFC CF SC United City Rovers Athletic Albion Wanderers Town County "
                   "Hotspur Rangers Celtic Sporting Real Olympique Athletico Atletico"),
    "team": _words("Team Racing Cycling FC AFC CF SC United City Rovers Athletic Club Sport"),
    "side": _words("FC AFC CF SC United City Rovers Athletic Albion Wanderers Town County"),
    "bank": _words("Bank Banco Banque Bankas Bancorp Banca Sparkasse"),
    "lender": _words("Bank Banco Banque Bancorp Banca Sparkasse Building Society Credit"),
    "insurer": _words("Insurance Assurance Re Mutual"),
    "airline": _words("Airlines Airways Air Aviation"),
    "carrier": _words("Airlines Airways Air Aviation Telecom Mobile"),
    "broadcaster": _words("TV Radio Television Broadcasting"),
    "ministry": _words("Ministry Ministerio Ministère Ministerium Ministero Department"),
    "court": _words("Court Tribunal Tribunale"),
    "university": _words("University Universidad Universität Université College Institute"),
    "government": _words("Government Administration Cabinet Executive"),
    "party": _words("Party Partido Parti Partei Alliance Front"),
    "museum": _words("Museum Musée Museo Gallery"),
    "police": _words("Police Constabulary Gendarmerie"),
    "council": _words("Council Assembly"),
    "union": _words("Union Federation Confederation"),
    "agency": _words("Agency Authority Bureau Office Service"),
    "regulator": _words("Authority Commission Regulator Agency Office"),
    "charity": _words("Foundation Trust Charity Fund"),
    "company": _words("Company Corporation Corp Inc Ltd Group Holdings PLC plc AG SA NV GmbH"),
    "firm": _words("Company Corporation Corp Inc Ltd Group Holdings PLC plc AG SA NV GmbH LLP"),
}

# Words ending like agent nouns (-er, -or, -ist) that are not people ("the letter said").
NOT_AGENT_NOUNS = _words("""
letter paper order poster banner flyer chapter charter register newsletter number answer
character computer monitor indicator sensor motor reactor sector corridor mirror error factor
former latter matter border summer winter weather water filter folder shelter center theater
theatre minister daughter sister brother mother father trailer tracker counter container
cancer disaster quarter river chamber tower shower finger shoulder silver
manner dinner corner thriller trigger ledger leader speaker other another whether together
however neither either rather
""")

# Short verbs whose object may be a name ("She met Tom Baker"); longer ones end in -ed/-ing.
SHORT_VERBS = _words("""
met meet meets beat beats told tell tells left leave leaves saw see sees took take takes gave
give gives hit hits hired hires fired fires sued sues backed backs named names thanked thanks
replaced replaces joined joins succeeded succeeds
""")
