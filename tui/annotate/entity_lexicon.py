"""Word lists for the built-in entity recogniser: cue words written here, gazetteers from data/.

The generated lists (cities, countries, first names, common words) are described in
``data/build_wordlists.py``; they load lazily, once, on the first call of ``lexicon()``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Titles and honorifics stripped from the front of a name ("Prime Minister Sara Lind").
TITLES = frozenset([
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Dr", "Dr.", "Prof", "Prof.",
    "Professor", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "King", "Queen", "Prince",
    "Princess", "Emperor", "Empress", "Sheikh", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev",
    "Rev.", "Reverend", "Father", "Imam", "Rabbi", "President", "Premier", "Minister", "Chancellor",
    "Secretary", "Secretary-General", "Executive", "Governor", "Gov.", "Mayor", "Senator", "Sen.",
    "Representative", "Rep.", "Congressman", "Congresswoman", "Councillor", "Cllr", "Councilman",
    "Councilwoman", "Commissioner", "Ambassador", "Envoy", "Judge", "Justice", "Magistrate",
    "Attorney", "General", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.", "Cpl.", "Adm.",
    "Colonel", "Captain", "Lieutenant", "Sergeant", "Corporal", "Admiral", "Marshal", "Commander",
    "Brigadier", "Detective", "Inspector", "Superintendent", "Constable", "Officer", "Agent",
    "Director", "Director-General", "Chairman", "Chairwoman", "Chair", "Chairperson", "Speaker",
    "Leader", "Spokesperson", "Spokesman", "Spokeswoman", "Coach", "Manager", "Headteacher",
    "Provost", "Sheriff", "MP", "MEP", "MSP", "CEO", "CFO", "COO", "CTO",
])

# Last word -> label.  Checked before the person rules, so "Fife Rovers" is never a person.
SUFFIX_LABEL: dict[str, str] = {}
for _label, _words in {
    "ORG": """Inc Inc. Ltd Ltd. Limited plc PLC Plc LLC LLP AG SA S.A. SE GmbH NV N.V. BV B.V.
        Corp Corp. Corporation Co Co. Company Companies Group Groupe Holdings Bank Banks
        Securities Capital Partners Associates Investments Fund Funds Trust Foundation
        University College Institute Institution School Academy Agency Authority Ministry
        Department Office Bureau Service Services Commission Committee Council Court Courts
        Tribunal Parliament Assembly Government Administration Police Constabulary Army Navy
        Forces Force Guard Guards Party Alliance Coalition Union Unions League Federation
        Association Society Club FC AFC Rovers Athletic Wanderers Thistle Rangers Albion Hotspur
        Museum Museums Gallery Programme Program Organization Organisation Network Centre Center
        Watch Cross Crescent Post Times Journal Herald Gazette Courier Dispatch Ledger Tribune
        Telegraph Guardian Observer Mail Wire News Press Media Broadcasting Radio Television
        Magazine Review Records Airlines Airways Motors Energy Renewables Pharmaceuticals
        Pharma Technologies Technology Systems Labs Industries Chemie Chemicals Foods Stores
        Exchange Reserve Board Staff Cabinet Senate Congress Chamber Secretariat Directorate
        Inspectorate Executive Council Campaign Movement Front Brigade Brigades Church Trustees
        Consortium Initiative Institutes Hospital Hospitals Clinic Studios Publishing
        Editions Éditions Entertainment Insurance Electric Steel Mining Oil Gas Telecom
        Communications Solutions Consulting Logistics Transport Railways Rail Railway
        Democrats Republicans Socialists Greens Liberals Conservatives Nationalists United
        Division Regiment Battalion Corps Fleet Squadron
        City""",
    "FAC": """Bridge Station Street St St. Road Rd Avenue Ave Lane Square Airport Dock Docks
        Stadium Arena Park Palace Castle Cathedral Mosque Temple Synagogue Tower Towers Building
        Courthouse Hall Library Mills Mill Tunnel Highway Motorway Terminal Pier Wharf Quay
        Prison Barracks Gate Boulevard Plaza Mall Theatre Theater Cinema Opera Zoo Memorial
        Monument Embankment Canal Dam Pavilion Abbey Chapel Basilica Lighthouse Observatory
        Racecourse Circuit Ground Grounds Farm Farms Plant Terrace Estate
        House Harbour Harbor Główny Główna Hauptbahnhof Hbf Centraal Termini""",
    "LOC": """River Sea Ocean Estuary Bay Gulf Strait Straits Mountains Mountain Mount Hills
        Highlands Lowlands Valley Desert Peninsula Island Islands Isles Coast Basin Delta
        Glacier Forest Plateau Plains Canyon Firth Loch Lake Lakes Falls Marshes Moor Moors
        Fells Dales Reef Archipelago""",
    "GPE": """County Province Oblast Prefecture Borough Township Municipality Governorate""",
    "EVENT": """War Wars Cup Open Festival Conference Summit Games Olympics Olympiad
        Championship Championships Marathon Expo Week Tournament Trophy Masters Derby Revolution
        Uprising Offensive Massacre Crisis Fair Biennale Triennale Grand Prix Rally Tour""",
    "LAW": """Act Acts Bill Directive Regulation Regulations Treaty Convention Constitution
        Charter Accord Accords Agreement Code Amendment Protocol Statute Ordinance""",
    "WORK_OF_ART": """Prize Award Awards Prix Medal Lecture""",
    "PRODUCT": """Telescope Spacecraft Satellite""",
}.items():
    for _w in _words.split():
        SUFFIX_LABEL.setdefault(_w, _label)

# First word -> label, for names that lead with their kind ("University of Edinburgh").
PREFIX_LABEL: dict[str, str] = {
    **dict.fromkeys([
        "University", "Bank", "Ministry", "Department", "Office", "Institute", "Museum", "Musée",
        "École", "Ecole", "Éditions", "Editions", "Groupe", "Banco", "Banque", "Journal", "Court",
        "Council", "Board", "Commission", "Committee", "Agency", "Federation", "Association",
        "Society", "House", "Academy", "College", "School", "Order", "Church", "Party",
        "Federal", "League", "Union"
    ], "ORG"),
    **dict.fromkeys([
        "Lake", "Mount", "Mt", "Mt.", "Cape", "Gulf", "Bay", "Isle", "Loch", "Strait"
    ], "LOC"),
    **dict.fromkeys(["Battle", "Siege", "Operation", "Tour", "Storm", "Hurricane", "Typhoon",
                     "Cyclone"], "EVENT"),
    **dict.fromkeys(["Treaty", "Article"], "LAW"),
    **dict.fromkeys(["Prix"], "WORK_OF_ART"),
    **dict.fromkeys(["Palais", "Palazzo", "Schloss", "Gare", "Port", "Fort", "Château"], "FAC"),
}


# Heads that take "of"/"for"/"on" inside a name ("Bank of England", "Treaty on the ...").
OF_HEADS = frozenset([
    "University", "Bank", "Ministry", "Department", "Office", "Institute", "Museum", "Journal",
    "Court", "Courts", "Council", "Board", "Commission", "Committee", "Agency", "Federation",
    "Association", "Society", "House", "Academy", "College", "School", "Church", "Party", "League",
    "Union", "Republic", "Kingdom", "Emirates", "States", "Isle", "Isles", "Gulf", "Bay", "Sea",
    "Cape", "Strait", "Straits", "Battle", "Siege", "Treaty", "Convention", "Charter",
    "Declaration", "Act", "Bill", "Institute", "Centre", "Center", "Group", "Fund", "Foundation",
    "Coalition", "Organization", "Organisation", "Programme", "Program", "Conference", "Summit",
    "Festival", "Order", "Duke", "Duchess", "Prince", "Princess", "Earl", "Archbishop", "Bishop",
    "Port", "Palace", "Cathedral", "Museum", "Musée", "École", "Gallery", "Library",
    "Hospital", "Chamber", "Representation", "Tribunal", "Authority", "Service", "Bureau",
    "Directorate", "Secretariat", "Network", "Alliance", "Assembly", "Congress", "Parliament",
    "Government", "Lake", "River", "Mount", "Valley", "Coast", "Statue", "Tower",
    "Bridge", "Isle", "Ministries", "Departments", "Regulation", "Protocol", "Agreement", "Code",
    "Banks", "Panel", "Forum", "Collège", "District", "Circuit", "Council", "Province", "State",
    "Region", "Municipality", "Borough", "City", "Town", "Port",
    "Friends", "Mall",
])

# Heads that take "for" ("Court for the Eastern District") and "on" ("Group on Vaccine ...").
FOR_HEADS = frozenset([
    "Court", "Council", "Committee", "Commission", "Centre", "Center", "Institute", "Office",
    "Department", "Ministry", "Agency", "Fund", "Foundation", "Society", "Association", "Union",
    "Alliance", "Coalition", "Campaign", "Bank", "Trust", "Network", "School", "Group",
    "Organisation", "Organization", "Board", "Federation", "Programme", "Program", "Party",
    "Secretary", "Secretariat", "Tribunal", "Service", "Authority", "Commissioner", "Transport",
    "Action", "Doctors",
])
ON_HEADS = frozenset([
    "Group", "Treaty", "Convention", "Committee", "Commission", "Conference", "Summit", "Agreement",
    "Panel", "Council", "Act", "Protocol", "Declaration", "Forum", "Centre", "Center", "Institute",
    "Charter", "Covenant", "Directive", "Regulation", "Commissioner"
])

# Heads after which "and" continues a name ("Journal of Ageing and Hearing").
AND_HEADS = frozenset([
    "Journal", "Ministry", "Department", "Institute", "Museum", "University", "Society",
    "Association", "Council", "Committee", "Commission", "School", "College", "Academy", "Centre",
    "Center", "Office", "Agency", "Foundation", "Board", "Bank"
])

# Name particles ("von der Leyen", "Musée des Beaux-Arts de Lyon"): always inside a name.
PARTICLES = frozenset([
    "de", "des", "du", "la", "le", "di", "da", "del", "della", "dei", "van", "von", "der", "den",
    "al", "el", "bin", "ibn", "y", "zu", "dos", "das", "do", "ter", "ten", "ap", "ab", "ben",
])

# Corporate form words dropped to make an alias ("Reinholt AG" -> "Reinholt").
LEGAL_FORMS = frozenset([
    "Inc", "Inc.", "Ltd", "Ltd.", "Limited", "plc", "PLC", "Plc", "LLC", "LLP", "AG", "SA", "S.A.",
    "SE", "GmbH", "NV", "N.V.", "BV", "B.V.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Group",
    "Holdings"
])

# Lowercase words right before a name that make it a person ("leader Jonas Brink").
PERSON_BEFORE = frozenset([
    "said", "says", "leader", "spokesperson", "spokesman", "spokeswoman", "manager", "minister", "president",
    "executive", "director", "chair", "chairman", "chairwoman", "envoy", "analyst", "economist",
    "coach", "striker", "midfielder", "defender", "goalkeeper", "captain", "judge", "lawyer",
    "attorney", "professor", "researcher", "scientist", "author", "painter", "artist", "writer",
    "novelist", "actor", "actress", "singer", "musician", "aide", "adviser", "advisor", "secretary",
    "governor", "mayor", "senator", "lawmaker", "candidate", "founder", "owner", "widow", "wife",
    "husband", "son", "daughter", "mother", "father", "brother", "sister", "named", "seed",
    "player", "officer", "commissioner", "organiser", "organizer", "volunteer", "technician",
    "resident", "colleague", "correspondent", "reporter", "editor", "photographer", "counsel",
    "chancellor", "premier", "chief", "deputy", "councillor", "cllr", "epidemiologist",
    "neuroscientist", "strategist", "pollster", "historian", "curator", "critic", "boss", "striker",
    "winger", "rival", "champion", "opponent", "teammate", "partner", "granddaughter", "grandson",
    "niece", "nephew", "cousin", "friend", "skipper", "trader", "investor", "banker", "negotiator",
    "mediator", "ambassador", "diplomat", "general", "sergeant", "inspector", "detective",
    "constable", "superintendent", "dr", "mr", "mrs", "ms"
])


# Lowercase words after "the X" or "X" that make an unknown name an organisation.
ORG_AFTER = frozenset("""news agency group company firm party bank newspaper club ministry
    department agency council court union coalition organisation organization charity
    network channel broadcaster airline carrier retailer chain regulator university institute
    foundation shares stock shareholders investors board employees staff customers users
    headquarters subsidiary brand products platform app chief executives""".split())  # noqa: SIM905
ORG_BEFORE = frozenset("""firm company group chain retailer rival supplier maker manufacturer
    operator developer publisher agency broadcaster newspaper outlet insurer lender bank
    regulator union charity club side team founded co-founded joined acquired bought
    consultancy service platform app startup start-up brand label studio website marketplace
    provider""".split())  # noqa: SIM905
# "shares in Quillon": "in" after these is no place
HOLDING_WORDS = frozenset("""shares stake stakes investment investments investors shareholders
    shareholder holding holdings customers users""".split())  # noqa: SIM905
# Head nouns of an appositive ("Quillon, the Lisbon-founded cloud storage company,").
ORG_NOUNS = ORG_AFTER | ORG_BEFORE | frozenset("""startup start-up body watchdog provider producer
    insurer lender developer operator outlet""".split())  # noqa: SIM905
PERSON_NOUNS = PERSON_BEFORE | frozenset("""man woman boy girl teacher doctor nurse student
    lawyer engineer farmer mother father grandmother grandfather pensioner owner
    """.split())  # noqa: SIM905

# Prepositions that make an unknown single name a place ("in Leith", "from Kharkiv").
PLACE_BEFORE = frozenset([
    "in", "from", "near", "outside", "inside", "across", "via", "around"
])

# All-caps tokens that are not organisations.
ACRONYM_STOP = frozenset([
    "A&E", "R&D", "M&A", "Q&A", "B&B",
    "TV", "CEO", "CFO", "COO", "CTO", "GMT", "BST", "CET", "CEST", "EET", "EEST", "PDT", "PST",
    "EST", "EDT", "CDT", "CST", "MDT", "MST", "IST", "UTC", "ET", "PT", "AM", "PM", "OK", "ID",
    "GDP", "VAT", "DNA", "RNA", "CCTV", "COVID", "FAQ", "PS", "NB", "RIP", "MP", "MPS", "MEP",
    "MSP", "UFO", "IT", "HR", "PR", "PC", "USB", "SMS", "PDF", "URL", "LGBT", "LGBTQ", "VIP", "DIY",
    "AI", "AD", "BC", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV",
    "XV", "XX", "LIVE", "FILE", "NEW", "UPDATE", "BREAKING", "READ", "MORE", "SHARE", "PHOTO",
    "VIDEO", "WATCH", "LISTEN", "OPINION", "ANALYSIS", "EXCLUSIVE", "UPDATED", "CEOs", "PhD", "QC",
    "KC", "QR", "ATM", "CPU", "GPU", "EV", "EVs", "SUV", "US"
])

# Sentence-initial words that are never names (beyond the common-word list).
CLOSED_CLASS = frozenset([
    "the", "a", "an", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
    "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "but", "and", "or", "so",
    "yet", "nor", "if", "when", "while", "as", "after", "before", "since", "until", "unless",
    "because", "although", "though", "however", "meanwhile", "still", "also", "then", "now", "once",
    "amid", "among", "under", "over", "with", "without", "within", "inside", "outside", "from",
    "for", "at", "by", "on", "in", "into", "onto", "of", "off", "about", "above", "below",
    "between", "during", "despite", "following", "according", "apart", "speaking", "talking",
    "asked", "read", "related", "most", "more", "many", "some", "several", "no", "not", "all",
    "both", "each", "every", "other", "another", "such", "what", "which", "who", "whom", "whose",
    "where", "why", "how", "yes", "yesterday", "today", "tonight", "tomorrow", "last", "next",
    "early", "late", "dear", "thanks", "please",
    "later", "earlier", "soon", "again", "instead", "overall", "indeed",
    "finally", "first", "second", "third", "eventually", "recently", "currently", "previously",
    "initially", "ultimately", "separately", "elsewhere", "nevertheless", "nonetheless",
    "moreover", "furthermore", "otherwise", "perhaps", "maybe", "certainly", "clearly", "only",
    "even", "just", "already", "often", "sometimes", "never", "always", "former",
])

# Lowercase tails cut from a hyphenated name ("Luxembourg-based"); others stay ("Ji-won").
HYPHEN_TAILS = frozenset("""based backed born led owned run made style era bound funded linked
    affiliated controlled occupied speaking language wide centric friendly built designed
    focused registered listed headquartered founded operated supported allied aligned inspired
    themed related specific level type like area bred raised trained educated sponsored
    brokered imposed bound""".split())  # noqa: SIM905

# Capitalised words that are not names in this layer (diseases, common nouns written big).
NOT_NAMES = frozenset("""Covid Covid-19 COVID COVID-19 Coronavirus Ebola Zika Mpox Aids AIDS HIV
    Alzheimer Alzheimer's Parkinson Internet Web""".split())  # noqa: SIM905

# Words that open a title phrase before a name ("Prime Minister", "Deputy Chief Constable").
TITLE_MODIFIERS = frozenset("""Prime Vice Deputy Chief Acting Former Foreign Home Finance Health
    Defence Defense Interior District Circuit Supreme High Federal State Senior Junior Assistant
    Executive Cabinet Shadow Interim Associate Majority Minority County Managing Lead Principal
    Permanent Special Regional National""".split())  # noqa: SIM905

MONTHS_DAYS = frozenset([
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Christmas",
    "Easter", "Ramadan", "Eid", "Hanukkah", "Diwali"
])

# Abbreviations that keep their period inside a name ("Dr. Amina Waweru", "St. Louis").
ABBREVIATIONS = frozenset([
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Rev.", "Gen.", "Lt.", "Col.", "Maj.", "Capt.", "Sgt.",
    "Cpl.", "Adm.", "Gov.", "Sen.", "Rep.", "St.", "Mt.", "Ft.", "Jr.", "Sr.", "Inc.", "Ltd.",
    "Corp.", "Co.", "No.", "Ave.", "Rd.", "Blvd."
])

COMPASS = frozenset([
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Inner", "Outer"
])


class Lexicon:
    """The loaded word lists (see ``data/build_wordlists.py`` for their sources)."""

    def __init__(self, gazetteer: dict[str, str], first_names: frozenset[str],
                 common: frozenset[str]) -> None:
        self.gazetteer = gazetteer  # exact name -> label
        self.first_names = first_names
        self.common = common  # ordinary lowercase English words
        self._upper: dict[str, str] | None = None
        # capitalised word -> facts the recogniser asks about it per mention (entities.py)
        self.word_cache: dict[str, tuple[bool, bool, bool]] = {}

    @property
    def upper(self) -> dict[str, str]:
        """NAME IN CAPITALS -> the name as usually written (built on first use)."""
        if self._upper is None:  # the first-listed spelling wins, as with setdefault
            self._upper = {name.upper(): name for name in reversed(self.gazetteer)}
        return self._upper


def _words(name: str) -> list[str]:
    """One entry per line; the generated lists have no comments or blank lines."""
    return (DATA / name).read_text(encoding="utf-8").splitlines()


@cache
def lexicon() -> Lexicon:
    gazetteer: dict[str, str] = dict.fromkeys(_words("cities.txt"), "GPE")
    gazetteer.update(dict.fromkeys(_words("countries.txt"), "GPE"))
    for line in _words("gazetteer.tsv"):
        if not line or line.startswith("#"):
            continue
        label, _, name = line.partition("\t")
        gazetteer[name] = label
        # demonym nouns: "Ukrainian" -> "Ukrainians", "American" -> "Americans"
        if label == "NORP" and name.endswith(("an", "i")) and " " not in name:
            gazetteer.setdefault(name + "s", "NORP")
    return Lexicon(gazetteer, frozenset(_words("first_names.txt")),
                   frozenset(_words("common_words.txt")))
