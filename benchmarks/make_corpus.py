#!/usr/bin/env python3
"""Write a reproducible synthetic news corpus for the scale benchmark (issue 5).

    python benchmarks/make_corpus.py N DIR [--seed S] [--jobs J] [--force]

Writes N articles under DIR: 60% scraped-text pages (``text/``), 10% saved HTML pages
(``html/``) and 30% in JSONL files of 1,000 lines (``jsonl/``), sharded into numbered
subfolders of at most 1,000 files. The same N and seed give byte-identical files, whatever
the number of worker processes. Prints one line: counts per form, files, MB and seconds.
Other scripts can ``make_corpus(n, out_dir, seed)`` or read ``generate_stories(n, seed)``
(what each article says, for checking what a reader loaded).

Articles are 200-2,000 words (log-normal, median about 550), built from templates and word
lists (no model): a vocabulary of a few hundred people, places and organisations drawn with
Zipf-like frequencies, so the common names and phrases have thousands of hits at N = 100,000;
quotes with speakers in the forms the annotator knows (“…,” X said; said X; split quotes;
according to); absolute and relative dates consistent with each article's publication time,
which is spread over 2019-2025 in the outlet's own time zone.
"""

from __future__ import annotations

import argparse
import html
import itertools
import json
import math
import multiprocessing
import os
import random
import re
import shutil
import sys
import time
from bisect import bisect
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

T = TypeVar("T")

FORMS = ("text", "html", "jsonl")
DEFAULT_SHARES = (0.6, 0.1, 0.3)  # text, html, jsonl
FILES_PER_FOLDER = 1000
JSONL_LINES = 1000
CHUNK = 1000  # articles generated from one seed-derived generator (the unit of parallel work)
MIN_WORDS, MAX_WORDS = 200, 2000
FIRST_DAY = datetime(2019, 1, 1)
DAYS_SPANNED = 7 * 365

# --- word lists ------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


FEMALE_FIRST = _words("""
Anna Maria Sara Elena Laura Julia Emma Olivia Clara Nadia Priya Aisha Mei
Yuki Hana Ingrid Astrid Freya Lucia Ines Marta Zofia Katarzyna Agnieszka Irina Olga Leila
Amara Zainab Fatima Grace Ruth Helen Claire Rachel Naomi Esther Alice Lena Greta Hanna Maja Noor
Amina Carmen Rosa Isabel Beatriz Camila Valentina Daniela Ana Paula Sunita Kavya Ji-won Min-seo
Siobhan Aoife Niamh Mette Karin Sanne Eva Petra Jana Tereza Dorota Ewa Sabine Ursula Monique
Elodie Margot Celine Nicole Vanessa Tamar Dalia Yasmin Chiara Giulia""")
MALE_FIRST = _words("""
James John David Michael Peter Paul Thomas Daniel Mark Andrew Lukas Jonas Felix
Matteo Luca Marco Pablo Diego Carlos Miguel Jorge Rafael Tomasz Piotr Pawel Marek Andrei Dmitri
Sergei Ivan Oleksandr Mykola Ahmed Omar Yusuf Karim Tariq Hassan Rajesh Arjun Vikram Rahul Kenji
Hiroshi Takeshi Min-jun Seung-ho Wei Jian Hao Kwame Kofi Chidi Tunde Samuel Joseph Patrick Sean
Ciaran Eoin Lars Erik Anders Henrik Nils Joris Pieter Bram Jan Stefan Markus Jurgen Klaus Pierre
Louis Antoine Hugo Julien Nicolas Mateus Joao Ricardo Nuno Duarte Ethan Noah Oliver""")
SURNAMES = _words("""
Smith Jones Taylor Brown Wilson Evans Walker Wright Hughes Green Hall Wood Clarke
Murphy Kelly Byrne Walsh Ryan OBrien Doyle Muller Schmidt Schneider Fischer Weber Wagner Becker
Hoffmann Richter Klein Wolf Neumann Schwarz Braun Zimmermann Kruger Hartmann Lange Martin Bernard
Dubois Durand Lefebvre Moreau Laurent Simon Michel Garcia Fernandez Lopez Martinez Sanchez Perez
Gomez Ruiz Diaz Moreno Alvarez Torres Navarro Rossi Russo Ferrari Esposito Bianchi Romano
Ricci Marino Greco Bruno Gallo Conti Costa Silva Santos Ferreira Pereira Oliveira Sousa
Rodrigues Almeida Carvalho Nowak Kowalski Wisniewski Wojcik Kaminski Lewandowski Zielinski
Szymanski Dabrowski Kozlowski Jankowski Novak Svoboda Dvorak Horvat Kovac Ivanov Petrov Sokolov
Popov Volkov Kuznetsov Shevchenko Bondarenko Kovalenko Tkachenko Melnyk Yilmaz Kaya Demir Sahin
Celik Ozturk Khan Ahmed Ali Hussain Rahman Hassan Haddad Nasser Mansour Farouk Sharma Patel Singh
Kumar Gupta Menon Iyer Reddy Nair Rao Bose Das Chen Wang Zhang Liu Yang Huang Zhao Wu Zhou Xu
Sun Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kim Lee Park Choi Jung Kang
Yoon Jang Lim Nguyen Tran Pham Hoang Okafor Mensah Owusu Adeyemi Okonkwo Mwangi Otieno
Kamau Ndlovu Dlamini Nkosi Mbeki Cohen Levi Mizrahi Friedman Berg Lindqvist Johansson Andersson
Nilsson Larsen Hansen Nielsen Jensen Pedersen Virtanen Korhonen Jansen deVries Bakker Visser Smit
Meijer Mulder Vos Peeters Maes Jacobs Fontaine Rousseau Vidal Castro Ortega Ramos Mendes
Barros Pinto Cardoso Teixeira Reyes Cruz Morales Herrera Medina Vargas Rojas Fuentes""")
CITIES = _words("""
London Paris Berlin Madrid Rome Lisbon Dublin Brussels Amsterdam Vienna Prague Warsaw
Budapest Bucharest Sofia Athens Stockholm Oslo Copenhagen Helsinki Tallinn Riga Vilnius Kyiv
Minsk Moscow Ankara Istanbul Geneva Zurich Munich Hamburg Frankfurt Cologne Leipzig Dresden
Milan Naples Turin Florence Barcelona Valencia Seville Bilbao Porto Marseille Lyon Toulouse Lille
Bordeaux Nice Antwerp Rotterdam Utrecht Gothenburg Malmo Bergen Aarhus Krakow Gdansk Wroclaw
Poznan Lodz Brno Bratislava Ljubljana Zagreb Belgrade Sarajevo Skopje Tirana Chisinau Odesa
Kharkiv Lviv Dnipro Tbilisi Yerevan Baku Manchester Birmingham Leeds Glasgow Edinburgh Cardiff
Belfast Liverpool Bristol Newcastle Sheffield Cork Galway Washington NewYork Chicago Boston
Atlanta Houston Dallas Denver Seattle Portland SanFrancisco LosAngeles SanDiego Phoenix Miami
Detroit Toronto Montreal Vancouver Ottawa Calgary Guadalajara Bogota Lima Santiago
BuenosAires SaoPaulo RioDeJaneiro Brasilia Caracas Quito Havana Cairo Alexandria Algiers
Casablanca Rabat Lagos Abuja Accra Dakar Nairobi Mombasa Kampala Kigali AddisAbaba Khartoum
Kinshasa Luanda Lusaka Harare Johannesburg CapeTown Durban Maputo Riyadh Jeddah Dubai AbuDhabi
Doha Kuwait Muscat Tehran Baghdad Beirut Amman Damascus Jerusalem TelAviv Gaza Karachi Lahore
Islamabad Delhi Mumbai Kolkata Chennai Bengaluru Hyderabad Dhaka Colombo Kathmandu Kabul Tashkent
Almaty Astana Beijing Shanghai Shenzhen Guangzhou Wuhan Chengdu HongKong Taipei Seoul Busan
Pyongyang Tokyo Osaka Kyoto Yokohama Manila Jakarta Surabaya Bangkok Hanoi HoChiMinhCity
PhnomPenh KualaLumpur Singapore Yangon Sydney Melbourne Brisbane Perth Adelaide Auckland
Wellington""")
COUNTRIES = _words("""
Ukraine Poland Germany France Spain Italy Portugal Ireland Britain Scotland Wales
Norway Sweden Finland Denmark Iceland Greece Turkey Russia Belarus Moldova Romania Bulgaria
Serbia Hungary Austria Switzerland Belgium Netherlands Luxembourg Estonia Latvia Lithuania
Georgia Armenia Azerbaijan Kazakhstan China Japan India Pakistan Bangladesh Indonesia Vietnam
Thailand Philippines Malaysia Australia Canada Mexico Brazil Argentina Chile Colombia Peru
Venezuela Cuba Egypt Nigeria Ghana Kenya Ethiopia Sudan SouthAfrica Morocco Algeria Tunisia
Libya Israel Lebanon Syria Jordan Iraq Iran SaudiArabia Qatar Yemen Afghanistan""")
COMPANY_SUFFIXES = _words("""
Holdings Group Energy Bank Systems Logistics Pharma Motors Capital Foods
Airlines Steel Mining Telecom Insurance Retail Shipping Robotics Chemicals Media""")
INSTITUTION_FORMS = ("the University of {place}", "{place} City Council",
                     "the {place} Chamber of Commerce", "the {place} Institute for {field}",
                     "the Port of {place}", "{place} General Hospital",
                     "the {place} Stock Exchange",
                     "the {place} Police Department")
FIELDS = """Economic Research|Public Health|Climate Studies|Security Studies|Labour Studies|
Urban Policy|Energy Transition|Migration Research""".replace("\n", "").split("|")
AGENCIES = """the European Commission|the World Health Organization|the International Monetary Fund|
the World Bank|the United Nations|NATO|the European Central Bank|
the International Energy Agency|the World Trade Organization|the Red Cross|
Amnesty International|Greenpeace|Medecins Sans Frontieres|the African Union|Interpol|Europol|
the European Parliament|the Council of Europe|OECD|UNICEF|the World Food Programme|
the International Labour Organization|the European Investment Bank|the Ministry of Finance|
the Ministry of Health|the Ministry of Defence|the Ministry of Transport|
the Ministry of Energy|the Ministry of Foreign Affairs|the Ministry of the Interior|
the Supreme Court|the Constitutional Court|the Central Bank|the Competition Authority|
the Data Protection Commission|the National Weather Service|the Civil Aviation Authority|
the Environment Agency|the Statistics Office|the Electoral Commission|the Federal Reserve|
the Bank of England|National Grid|the Coast Guard""".replace("\n", "").split("|")

# (outlet, domain, IANA zone, page style); every name and domain is invented (.example).
OUTLETS = (
    ("The Northern Ledger", "northernledger.example", "Europe/London", 1),
    ("Harbour Gazette", "harbourgazette.example", "Europe/London", 0),
    ("Meridian Wire", "meridianwire.example", "UTC", 3),
    ("Continental Post", "continentalpost.example", "Europe/Brussels", 1),
    ("Rhine Business Daily", "rhinebusiness.example", "Europe/Berlin", 1),
    ("Vistula Observer", "vistulaobserver.example", "Europe/Warsaw", 1),
    ("Adriatic Times", "adriatictimes.example", "Europe/Rome", 2),
    ("Iberian Courier", "ibercourier.example", "Europe/Madrid", 0),
    ("Aegean Report", "aegeanreport.example", "Europe/Athens", 2),
    ("Nordic Ledger", "nordicledger.example", "Europe/Copenhagen", 1),
    ("Baltic Bulletin", "balticbulletin.example", "Europe/Riga", 1),
    ("Dnipro Daily", "dniprodaily.example", "Europe/Kyiv", 2),
    ("Atlantic Tribune", "atlantictribune.example", "America/New_York", 2),
    ("Lakeside Chronicle", "lakesidechronicle.example", "America/Chicago", 2),
    ("Pacific Ledger", "pacificledger.example", "America/Los_Angeles", 2),
    ("Maple Standard", "maplestandard.example", "America/Toronto", 0),
    ("Andes Herald", "andesherald.example", "America/Santiago", 3),
    ("Delta Express", "deltaexpress.example", "Asia/Kolkata", 0),
    ("Monsoon Post", "monsoonpost.example", "Asia/Kolkata", 0),
    ("Asia Desk Daily", "asiadeskdaily.example", "Asia/Seoul", 2),
    ("Sakura Shimbun English", "sakurashimbun.example", "Asia/Tokyo", 2),
    ("Straits Observer", "straitsobserver.example", "Asia/Singapore", 1),
    ("Southern Cross Review", "southerncross.example", "Australia/Sydney", 1),
    ("Savanna Times", "savannatimes.example", "Africa/Nairobi", 0),
    ("Cape Chronicle", "capechronicle.example", "Africa/Johannesburg", 1),
    ("Gulf Observer", "gulfobserver.example", "Asia/Dubai", 2),
    ("Circuit Ledger", "circuitledger.example", "America/Los_Angeles", 2),
    # Not Europe/Dublin: its summer "IST" (Irish Standard Time) reads as India's IST.
    ("Liffey Times", "liffeytimes.example", "Europe/London", 1),
)

MENUS = ("Home | World | Politics | Business | Opinion | Sport",
         "News | Markets | Companies | Economy | Technology | Podcasts",
         "World | Europe | Americas | Asia | Africa | Middle East",
         "Home Video Shorts Live TV")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

# topic → (nouns, headline templates, speaker roles)
TOPICS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "economy": (
        ["inflation", "interest rates", "the budget deficit", "consumer spending", "the currency",
         "public debt", "wage growth", "the housing market", "exports", "business confidence"],
        ["{O} warns {noun} will weigh on growth", "{L} economy grows {n}% as {noun} recovers",
         "Investors in {L} brace for {noun} data", "Central bankers in {L} split over {noun}",
         "{P} calls {noun} 'the biggest risk this year'"],
        ["chief economist", "finance minister", "central bank governor", "analyst", "strategist"]),
    "politics": (
        ["the coalition", "the election", "the reform bill", "the opposition", "the referendum",
         "the cabinet reshuffle", "the pension reform", "the new constitution", "the vote",
         "the budget"],
        ["{P} survives vote on {noun} in {L}", "Parties in {L} clash over {noun}",
         "{O} calls for inquiry into {noun}", "{P} promises {noun} before summer",
         "Protesters march in {L} against {noun}"],
        ["prime minister", "opposition leader", "party spokesperson", "lawmaker", "minister"]),
    "courts": (
        ["the ruling", "the appeal", "the fine", "the settlement", "the class action",
         "the extradition request", "the antitrust case", "the inquiry", "the verdict",
         "the injunction"],
        ["Court in {L} overturns {noun} against {O}", "{O} loses appeal over {noun}",
         "Judge in {L} delays {noun}", "{P} cleared after {noun}",
         "Regulators take {O} to court over {noun}"],
        ["judge", "lawyer", "prosecutor", "spokesperson", "legal scholar"]),
    "health": (
        ["the vaccine programme", "hospital waiting lists", "the outbreak", "the new drug",
         "mental health services", "the nursing shortage", "the cholera outbreak",
         "the screening programme", "drug prices", "the clinical trial"],
        ["{O} warns over {noun} in {L}", "Study finds {noun} cut deaths by {n}%",
         "Doctors in {L} strike over {noun}", "{P} to lead review of {noun}",
         "{L} expands {noun} after pilot"],
        ["health minister", "epidemiologist", "doctor", "researcher", "hospital director"]),
    "technology": (
        ["the outage", "the data breach", "the AI model", "the chip plant", "the smartphone",
         "the cloud contract", "the app", "the satellite network", "the software update",
         "online safety rules"],
        ["{O} blames {noun} on human error", "{O} unveils {noun} in {L}",
         "Regulators in {L} examine {noun}", "{P} steps down after {noun}",
         "{O} shares jump on {noun} deal"],
        ["chief executive", "engineer", "security researcher", "analyst", "product chief"]),
    "energy": (
        ["gas prices", "the wind farm", "the nuclear plant", "the pipeline", "electricity bills",
         "the solar auction", "oil output", "the power grid", "the hydrogen project",
         "coal imports"],
        ["{O} delays {noun} in {L}", "{L} approves {noun} after long fight",
         "{noun} set to rise {n}% next winter, {O} says", "{P} defends {noun}",
         "Protests halt work on {noun} near {L}"],
        ["energy minister", "chief executive", "campaigner", "grid operator", "analyst"]),
    "transport": (
        ["the rail strike", "the new metro line", "airport expansion", "bus fares",
         "the bridge closure", "the high-speed line", "the port strike", "flight delays",
         "the congestion charge", "the tram network"],
        ["Commuters in {L} face chaos over {noun}", "{O} scraps {noun}",
         "{L} opens {noun} two years late", "{P} promises answers on {noun}",
         "{O} workers vote to end {noun}"],
        ["transport minister", "union leader", "mayor", "commuter", "operator spokesperson"]),
    "climate": (
        ["the flood", "the heatwave", "the drought", "the wildfire", "the storm",
         "the emissions target", "the sea wall", "water rationing", "crop losses",
         "the climate plan"],
        ["Thousands evacuated in {L} as {noun} spreads", "{O} warns {noun} will worsen",
         "{L} counts the cost of {noun}", "{P} unveils {noun}",
         "{noun} hits farms around {L}"],
        ["mayor", "hydrologist", "meteorologist", "farmer", "climate scientist"]),
    "labour": (
        ["the strike", "the pay deal", "the minimum wage", "job cuts", "the four-day week",
         "the pension dispute", "the union ballot", "working conditions", "the layoffs",
         "overtime rules"],
        ["{O} announces {noun} at {L} plant", "Workers in {L} reject {noun}",
         "{P} calls {noun} 'a betrayal'", "Talks on {noun} collapse in {L}",
         "{O} and unions agree {noun}"],
        ["union leader", "labour minister", "worker", "human resources director", "economist"]),
    "diplomacy": (
        ["the ceasefire", "the peace talks", "the sanctions", "the summit", "the trade deal",
         "the prisoner exchange", "the border dispute", "the defence pact", "the arms deal",
         "the aid convoy"],
        ["{P} arrives in {L} as {noun} enter a decisive week", "{O} extends {noun}",
         "Envoys meet in {L} as {noun} stalls", "{L} and allies weigh {noun}",
         "{P} hails {noun} as 'a turning point'"],
        ["foreign minister", "envoy", "diplomat", "spokesperson", "analyst"]),
    "sport": (
        ["the final", "the transfer", "the championship", "the doping case", "the stadium plan",
         "the title race", "the relegation battle", "the World Cup bid", "the marathon",
         "the Olympic team"],
        ["{P} stars as {L} win {noun}", "{O} fined over {noun}",
         "{L} stunned in {noun}", "{P} signs for {O} after {noun}",
         "Fans in {L} celebrate {noun}"],
        ["coach", "captain", "club president", "striker", "commentator"]),
    "culture": (
        ["the exhibition", "the festival", "the film", "the novel", "the museum reopening",
         "the restitution claim", "the concert tour", "the prize", "the opera season",
         "the archive"],
        ["{P} wins {O} prize for {noun}", "{L} museum unveils {noun}",
         "Critics divided over {noun}", "{O} cancels {noun} after row",
         "{noun} draws record crowds in {L}"],
        ["director", "curator", "critic", "author", "artist"]),
}
TOPIC_NAMES = tuple(TOPICS)

FILLER_TEMPLATES = (
    "{O} said on {rel_day} that {noun} would remain a priority {rel_future}.",
    "The debate over {noun} has divided opinion in {L} since {month} {year}.",
    "According to {O}, {noun} changed by {n}% in the {quarter} quarter.",
    "Officials in {L} declined to comment on {noun}.",
    "{P}, who has worked at {O} since {year}, is expected to set out plans {rel_future}.",
    "Critics in {L} say the handling of {noun} has done little for people on low incomes.",
    "Talks between {O} and {O2} on {noun} are due to resume {rel_future}.",
    "{O} and {O2} have disagreed over {noun} for {duration}.",
    "Last year, {L} recorded its highest figures for {noun} since {year}.",
    "The decision follows months of pressure from {O} over {noun}.",
    "{P} was not available for comment on {rel_day}.",
    "A report by {O} published {rel_past} found that {noun} had been underestimated.",
    "Residents of {L} have complained about {noun} for {duration}.",
    "The figures are expected to be revised {rel_future}, {O} said.",
    "In {month} {year}, {O} warned that {noun} could cost {n} billion euros.",
    "Similar concerns were raised in {L} and {L2} {rel_past}.",
    "{O} has asked {P} to review {noun} by the end of {month}.",
    "The issue is likely to dominate a meeting in {L} {rel_future}.",
    "Analysts at {O} said the outlook for {noun} had improved since {month}.",
    "The row over {noun} began {rel_past}, when {O} published its own estimates.",
    "Every {weekday}, volunteers in {L} meet to discuss {noun}.",
    "More than {n},000 people in {L} have been affected by {noun}, {O} estimates.",
    "{P} first raised the question of {noun} in {year}.",
    "Neither {O} nor {O2} responded to requests for comment.",
    "Shares in {O} rose {n}% in early trading in {L}.",
    "The government in {L} has promised to publish a full account of {noun} {rel_future}.",
    "{P} said last week that the figures on {noun} did not add up.",
    "Opposition parties in {L} have called for an inquiry into {noun}.",
    "{O} had already set aside {n} million euros to deal with {noun}, its accounts show.",
    "The first meeting on {noun} took place in {L} in {month} {year}.",
    "A spokesperson for {O} said the matter of {noun} was being handled \"with great care\".",
    "Polls suggest that voters in {L} are split over {noun}.",
    "{P} said {rel_past} that {noun} should be left to experts.",
    "By the end of {month}, {n} towns near {L} had reported problems linked to {noun}.",
    "Documents seen by reporters show that {O} discussed {noun} with {O2} {rel_past}.",
    "{O} is due to report its findings on {noun} at a hearing in {L} {rel_future}.",
    "The dispute has echoes of a row over {noun} in {L} in {year}.",
    "Since {year}, {O} has spent more than {n} million euros on {noun}.",
    "Local radio in {L} reported {rel_past} that {P} would attend talks on {noun}.",
    "Experts at {O} have warned for {duration} that {noun} was being neglected.",
    "{P}, a former adviser to {O}, called the plans for {noun} \"unrealistic\" {rel_past}.",
    "The next round of talks on {noun} is scheduled for {month} in {L}.",
    "Traders in {L} said the news on {noun} had taken markets by surprise.",
    "Few people in {L} expect a quick end to the argument over {noun}.",
    "{O} did not say how many people had been affected by {noun}.",
)
LEAD_TEMPLATES = (
    ("{org} said on {weekday} that it would change course on {noun}, after weeks of pressure "
     "from {person} and others in {place}."),
    ("{person} on {weekday} called for an independent review of {noun}, saying {org} had "
     "ignored warnings from {place} for months."),
    ("Officials in {place} on {weekday} promised to act on {noun}, a day after {org} "
     "published figures that {person} called alarming."),
    ("{org} and officials in {place} reached a provisional agreement on {noun} late on "
     "{weekday}, {person} said."),
    ("Hundreds of people gathered in {place} on {weekday} to protest against {noun}, as {org} "
     "faced growing criticism from {person} and others."),
    ("{person}, {role} at {org}, resigned on {weekday} over {noun}, ending weeks of "
     "speculation in {place}."),
)
QUOTE_CLAUSES = (
    "We have never seen {noun} move this fast", "This is not the end of {noun}",
    "Nobody in {L} asked for this", "We will not accept {noun} on these terms",
    "The numbers speak for themselves", "People are tired and they are angry",
    "We need answers, not more promises", "This changes everything for {noun}",
    "I have been doing this job for {n} years and I have never seen anything like it",
    "It is a good first step, but it is only a first step",
    "Our priority is the safety of the people of {L}", "We warned about {noun} a long time ago",
    "There is no plan B", "The door to talks remains open",
    "What happens next depends on {O}", "We are not asking for special treatment",
    "Anyone who says {noun} will be simple has not read the report",
    "We will look at every option", "The worst is behind us, but it is not over",
    "This was a mistake and we take full responsibility",
    "Families in {L} deserve better than this", "The market has already priced this in",
    "It will take years to repair the damage", "We did everything the law asks of us",
    "I do not think anyone expected {noun} to go this way", "History will judge this decision",
    "Give us the money and we will do the job", "The evidence simply is not there",
    "We are ready to sign tomorrow", "We cannot keep doing more with less",
    "Nobody told us anything until it was too late", "We are listening, and we will act",
    "This is about trust, and trust has been broken", "The rules are the rules",
    "I would ask everyone in {L} to be patient", "We have done this before and we will do it again",
    "The people who pay for {noun} are never the people who decide it",
    "There is still time to get this right", "This is the beginning of a long process",
    "Frankly, the figures for {noun} are worse than we feared",
)
SCARE_PHRASES = ("a betrayal", "reckless", "long overdue", "a turning point", "a disgrace",
                 "historic", "deeply troubling", "a victory for common sense")
RELATIVE_PAST = ("last year", "last month", "last week", "earlier this year", "{number} weeks ago",
                 "{number} months ago", "in the spring", "two years ago", "the previous week")
RELATIVE_FUTURE = ("next month", "next week", "next year", "later this year",
                   "by the end of the year", "in {number} weeks", "in the coming days",
                   "next spring", "before the summer")
SPEECH_VERBS = ("said", "said", "said", "told reporters", "added", "wrote in a statement",
                "told Meridian Wire", "said in an interview")


# --- vocabulary ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Person:
    first: str
    last: str
    female: bool

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


class Zipf(Generic[T]):
    """Draws from a ranked list with probability proportional to 1 / (rank + offset) ** exponent.

    The offset (Zipf-Mandelbrot) flattens the head: with offset 10 the most common of 400
    names appears in about a fifth of the articles rather than in most of them, while the
    rarest still appear in hundreds of articles per 100,000.
    """

    def __init__(self, items: Sequence[T], exponent: float = 1.0,
                 offset: float = 0.0) -> None:
        self.items = list(items)
        self.cum_weights = list(itertools.accumulate(
            1.0 / ((rank + offset) ** exponent) for rank in range(1, len(self.items) + 1)))
        self.total = self.cum_weights[-1]

    def draw(self, rng: random.Random) -> T:
        return self.items[bisect(self.cum_weights, rng.random() * self.total)]


def _spaced(word: str) -> str:
    """Word-list entries are written without spaces ("NewYork", "SaoPaulo"); put them back."""
    special = {"OBrien": "O'Brien", "deVries": "de Vries", "Kuwait": "Kuwait City",
               "Philippines": "the Philippines", "Netherlands": "the Netherlands"}
    if word in special:
        return special[word]
    out = [word[0]]
    for before, char in itertools.pairwise(word):
        if char.isupper() and before.islower():
            out.append(" ")
        out.append(char)
    return "".join(out)


@dataclass(slots=True)
class Vocabulary:
    people: Zipf[Person]
    places: Zipf[str]
    orgs: Zipf[str]
    reporters: list[str]

    @classmethod
    def build(cls, rng: random.Random) -> Vocabulary:
        surnames = [_spaced(s) for s in SURNAMES]
        people: list[Person] = []
        seen: set[tuple[str, str]] = set()
        while len(people) < 400:
            female = rng.random() < 0.5
            first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
            last = rng.choice(surnames)
            if (first, last) not in seen:
                seen.add((first, last))
                people.append(Person(first, last, female))
        cities = [_spaced(p) for p in CITIES]
        places = cities + [_spaced(p) for p in COUNTRIES]
        rng.shuffle(places)
        orgs = [f"{rng.choice(surnames)} {suffix}" for suffix in COMPANY_SUFFIXES
                for _ in range(8)]
        orgs += [form.format(place=rng.choice(cities), field=rng.choice(FIELDS))
                 for form in INSTITUTION_FORMS for _ in range(14)]
        orgs += AGENCIES
        orgs = list(dict.fromkeys(orgs))  # drop duplicates, keep the (seeded) order
        rng.shuffle(orgs)
        reporters = [f"{rng.choice(FEMALE_FIRST + MALE_FIRST)} {rng.choice(surnames)}"
                     for _ in range(300)]
        return cls(Zipf(people, 1.0, 10), Zipf(places, 1.0, 25), Zipf(orgs, 1.0, 30), reporters)


# --- stories ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Story:
    """One generated article before it is written out in a form."""

    title: str
    paragraphs: list[str]
    published: datetime  # aware, in the outlet's zone, whole minutes
    outlet: str
    domain: str
    style: int
    author: str
    place: str
    topic: str
    slug: str

    @property
    def url(self) -> str:
        return f"https://www.{self.domain}/{self.topic}/{self.published:%Y/%m/%d}/{self.slug}"

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


class _Slots(dict[str, object]):
    """Template slot values, drawn only when a template asks for them (``str.format_map``)."""

    def __init__(self, writer: StoryWriter, topic: str) -> None:
        super().__init__()
        self.writer = writer
        self.topic = topic

    def __missing__(self, key: str) -> object:
        value = self.writer.slot(key, self.topic)
        self[key] = value
        return value


class StoryWriter:
    """Builds stories from templates and word lists.

    The seeded ``rng`` draws the vocabulary and sentence pools; stories then come from
    whichever generator ``use`` set (one per chunk of the corpus).
    """

    def __init__(self, rng: random.Random, pool_size: int = 4000) -> None:
        self.rng = rng
        self.random = rng.random  # bound once: the hot path draws millions of numbers
        self.vocab = Vocabulary.build(rng)
        self.zones = {zone: ZoneInfo(zone) for _, _, zone, _ in OUTLETS}
        self.outlets = Zipf(OUTLETS, 0.6)
        # Background sentences, one pool per topic, drawn many times across the corpus so
        # that phrase searches have many hits; each story adds its own lead, quotes and dates.
        self.pools = {topic: [self._filler(topic) for _ in range(pool_size)] for topic in TOPICS}

    def use(self, rng: random.Random) -> None:
        """Draw stories from ``rng`` from now on (the vocabulary and pools stay)."""
        self.rng = rng
        self.random = rng.random

    def pick(self, items: Sequence[T]) -> T:
        """``rng.choice`` at a third of the cost (one float instead of rejection sampling)."""
        return items[int(self.random() * len(items))]

    # slot values ----------------------------------------------------------------------------
    def person(self) -> Person:
        return self.vocab.people.draw(self.rng)

    def place(self) -> str:
        return self.vocab.places.draw(self.rng)

    def org(self) -> str:
        return self.vocab.orgs.draw(self.rng)

    def slot(self, key: str, topic: str) -> object:
        pick = self.pick
        if key in ("O", "O2"):
            return self.org()
        if key in ("L", "L2"):
            return self.place()
        if key == "P":
            return self.person().name
        if key == "noun":
            return pick(TOPICS[topic][0])
        if key == "n":
            return 2 + int(self.random() * 59)
        if key == "year":
            return 1995 + int(self.random() * 24)
        if key == "month":
            return pick(MONTH_NAMES)
        if key in ("weekday", "rel_day"):
            return pick(WEEKDAY_NAMES)
        if key == "quarter":
            return pick(("first", "second", "third", "fourth"))
        if key == "duration":
            return pick(("months", "years", "more than a decade", "six months", "two years",
                         "a decade"))
        if key == "rel_past":
            return pick(RELATIVE_PAST).format(number=pick(NUMBER_WORDS))
        if key == "rel_future":
            return pick(RELATIVE_FUTURE).format(number=pick(NUMBER_WORDS))
        raise KeyError(key)

    def _filler(self, topic: str) -> str:
        return sentence_case(self.pick(FILLER_TEMPLATES).format_map(_Slots(self, topic)))

    # one story ------------------------------------------------------------------------------
    def story(self) -> Story:
        rng, pick, rand = self.rng, self.pick, self.random
        topic = pick(TOPIC_NAMES)
        nouns, headlines, roles = TOPICS[topic]
        outlet, domain, zone, style = self.outlets.draw(rng)
        # Local publication times between 06:00 and 24:00, so no time falls in a DST gap.
        minutes = int(rand() * DAYS_SPANNED) * 1440 + 360 + int(rand() * 1080)
        published = (FIRST_DAY + timedelta(minutes=minutes)).replace(tzinfo=self.zones[zone])
        lead_person, second_person = self.person(), self.person()
        org, place, noun = self.org(), self.place(), pick(nouns)

        title = pick(headlines).format(
            O=org, L=place, P=lead_person.name, noun=noun, n=2 + int(rand() * 39))
        title = title[0].upper() + title[1:]
        slug = "-".join(title.lower().replace("'", "").replace("%", "").split()[:8])
        slug = "".join(c for c in slug if c.isalnum() or c == "-")

        target = min(MAX_WORDS, max(MIN_WORDS, int(rng.lognormvariate(math.log(550), 0.55))))
        paragraphs = [self._lead(published, style, outlet, place, org, noun, lead_person,
                                 pick(roles))]
        words = paragraphs[0].count(" ") + 1
        pool = self.pools[topic]
        pool_len = len(pool)
        speakers = [lead_person, second_person, self.person()]
        while words < target:
            roll = rand()
            if roll < 0.3:
                paragraph = self._quote(speakers, pick(roles), topic)
            elif roll < 0.4:
                paragraph = self._dated(published, org, noun, place)
            else:
                paragraph = " ".join([pool[int(rand() * pool_len)]
                                      for _ in range(2 + int(rand() * 3))])
            if paragraph in paragraphs:  # extractors drop repeated paragraphs, and so do editors
                continue
            paragraph_words = paragraph.count(" ") + 1
            if words + paragraph_words > MAX_WORDS:
                break
            paragraphs.append(paragraph)
            words += paragraph_words
        author = self.vocab.reporters[hash_index(outlet, int(rand() * 6), 300)]
        return Story(title, paragraphs, published, outlet, domain, style, author, place, topic,
                     slug)

    def _lead(self, published: datetime, style: int, outlet: str, place: str, org: str,
              noun: str, person: Person, role: str) -> str:
        day = published - timedelta(days=int(self.random() * 3))
        weekday = WEEKDAY_NAMES[day.weekday()]
        sentence = sentence_case(self.pick(LEAD_TEMPLATES).format(
            org=org, weekday=weekday, noun=noun, person=person.name, place=place, role=role))
        if style == 3:  # wire copy opens with a dateline: "LISBON, March 3 (Meridian Wire) - "
            month = MONTH_NAMES[day.month - 1][:3]
            return f"{place.upper()}, {month} {day.day} ({outlet}) - {sentence}"
        return sentence

    def _quote(self, speakers: list[Person], role: str, topic: str) -> str:
        pick = self.pick
        speaker = pick(speakers)
        pronoun = "she" if speaker.female else "he"
        slots = _Slots(self, topic)
        first = pick(QUOTE_CLAUSES).format_map(slots)
        second = pick(QUOTE_CLAUSES).format_map(slots)
        form = int(self.random() * 7)
        if form == 0:
            org = self.org()
            return f"“{first},” {speaker.name}, {role} at {org}, {pick(SPEECH_VERBS)}."
        if form == 1:
            article = "an" if role[0] in "aeiou" else "a"
            return f"“{first},” said {speaker.name}, {article} {role}. “{second}.”"
        if form == 2:
            return f"“{first},” {speaker.last} said, “and {_run_on(second)}.”"
        if form == 3:
            return f"{speaker.name} told reporters in {self.place()}: “{first}.”"
        if form == 4:
            return (f"According to {speaker.name}, {role} at {self.org()}, “{_run_on(first)}.” "
                    f"{pronoun.capitalize()} added: “{second}.”")
        if form == 5:
            return (f"{speaker.last} described the plan as “{pick(SCARE_PHRASES)}”. "
                    f"“{first},” {pronoun} said.")
        return f'"{first}," {speaker.name} said. "{second}."'

    def _dated(self, published: datetime, org: str, noun: str, place: str) -> str:
        rand = self.random
        earlier = published - timedelta(days=20 + int(rand() * 680))
        later = published + timedelta(days=10 + int(rand() * 190))
        on_day = published - timedelta(days=1 + int(rand() * 6))
        form = int(rand() * 4)
        if form == 0:
            text = (f"The plan was first announced on {MONTH_NAMES[earlier.month - 1]} "
                    f"{earlier.day}, {earlier.year}, and {org} expects a decision by "
                    f"{MONTH_NAMES[later.month - 1]} {later.day}.")
        elif form == 1:
            text = (f"On {WEEKDAY_NAMES[on_day.weekday()]}, officials in {place} met for three "
                    f"hours to discuss {noun}, and they will meet again next month.")
        elif form == 2:
            text = (f"{org} said it would publish its findings on {noun} in "
                    f"{MONTH_NAMES[later.month - 1]} {later.year}, three months later than "
                    f"planned.")
        else:
            text = (f"Since {earlier.year}, {org} has reviewed {noun} every quarter; the next "
                    f"review is due at 9 a.m. on {later.day} {MONTH_NAMES[later.month - 1]}.")
        return sentence_case(text)


def _run_on(clause: str) -> str:
    """A clause continuing a sentence: "We warned" → "we warned", but "I think" stays."""
    if clause.startswith("I ") or clause[:2].isupper():
        return clause
    return clause[0].lower() + clause[1:]


def sentence_case(text: str) -> str:
    """Capitalise the first letter: slot values such as "the University of X" may open it."""
    return text[0].upper() + text[1:]


def hash_index(text: str, salt: int, modulo: int) -> int:
    """A stable index from a string (``hash()`` of str changes between runs)."""
    value = salt
    for char in text:
        value = (value * 31 + ord(char)) % 1_000_003
    return value % modulo


# --- rendering -------------------------------------------------------------------------------

def zone_label(moment: datetime) -> str:
    label = moment.strftime("%Z")
    if label[:1] in "+-":  # zones with no abbreviation: "+08" → "GMT+8"
        offset = moment.utcoffset() or timedelta(0)
        hours, minutes = divmod(int(offset.total_seconds()) // 60, 60)
        label = f"GMT{hours:+d}" + (f":{minutes:02d}" if minutes else "")
    return label


def date_line(moment: datetime, style: int) -> str:
    zone = zone_label(moment)
    month = MONTH_NAMES[moment.month - 1]
    if style == 0:  # "June 18, 2024, 07:57:20 IST"
        return f"{month} {moment.day}, {moment.year}, {moment:%H:%M:%S} {zone}"
    if style == 1:  # "12 February 2025, 18:45 CET"
        return f"{moment.day} {month} {moment.year}, {moment:%H:%M} {zone}"
    hour = moment.hour % 12 or 12  # "January 25, 2025 10:12 PM GMT+11"
    return f"{month} {moment.day}, {moment.year} {hour}:{moment:%M} {moment:%p} {zone}"


def render_text(story: Story, rng: random.Random, others: Sequence[str]) -> str:
    """A scraped page: site chrome, headline, byline and date line, ads, captions, links."""
    lines = [story.outlet, MENUS[story.style], "", story.title, ""]
    if story.style == 0 and rng.random() < 0.5:
        lines.append(f"{story.author} {date_line(story.published, story.style)}")
    else:
        lines += [f"By {story.author}", date_line(story.published, story.style)]
    lines.append("")
    for index, paragraph in enumerate(story.paragraphs):
        lines += [paragraph, ""]
        if index == 1:
            lines += ["Advertisement", ""]
            lines += [f"A street in {story.place}. Photo: {story.outlet}", ""]
        elif index % 6 == 4:
            lines += ["STORY CONTINUES BELOW THIS AD", ""]
        elif index % 9 == 7:
            lines += [f"Read more: {rng.choice(others)}", ""]
    lines += ["Most read", *rng.sample(others, 3), "", f"© {story.published.year} {story.outlet}",
              ""]
    return "\n".join(lines)


HTML_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
{author_meta}<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="{url}">
<style>.cookie{{position:fixed;bottom:0}} .ad{{min-height:250px}}</style>
{json_ld}<script>
window.dataLayer = window.dataLayer || []; dataLayer.push({{"section": "{topic}"}});
</script>
</head>
<body>
<div class="cookie">We use cookies to personalise ads. <button>Accept</button></div>
<header><a class="logo" href="/">{outlet}</a>
<nav><a href="/world">World</a> <a href="/politics">Politics</a>
<a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<div class="ad">Advertisement</div>
<main><article>
<h1>{title}</h1>
<p class="byline">By <a class="author" rel="author" href="/authors/{author_slug}">{author}</a></p>
<p class="published"><time datetime="{iso}">{shown_date}</time></p>
{body}
</article></main>
<aside><h2>Most read</h2><ol>{most_read}</ol><div class="ad">Advertisement</div></aside>
<footer><a href="/about">About</a> | <a href="/privacy">Privacy</a> |
&copy; {year} {outlet}</footer>
</body>
</html>
"""


def render_html(story: Story, rng: random.Random, others: Sequence[str]) -> str:
    """A saved page: cookie banner, nav, ads, scripts and a sidebar around an <article>."""
    escape = html.escape
    iso = story.published.isoformat()
    body = []
    for index, paragraph in enumerate(story.paragraphs):
        body.append(f"<p>{escape(paragraph, quote=False)}</p>")
        if index == 2:
            body.append('<div class="ad">Advertisement</div>')
            body.append(f"<figure><img src=\"/img/{story.slug}.jpg\" alt=\"\"><figcaption>"
                        f"{escape(story.place)}. Photo: {escape(story.outlet)}</figcaption>"
                        f"</figure>")
    json_ld = ""
    if rng.random() < 0.5:
        data = {"@context": "https://schema.org", "@type": "NewsArticle",
                "headline": story.title, "datePublished": iso,
                "author": {"@type": "Person", "name": story.author},
                "publisher": {"@type": "Organization", "name": story.outlet}}
        json_ld = ('<script type="application/ld+json">'
                   + json.dumps(data, ensure_ascii=False).replace("</", "<\\/") + "</script>\n")
    author_meta = (f'<meta name="author" content="{escape(story.author)}">\n'
                   if rng.random() < 0.7 else "")
    return HTML_PAGE.format(
        title=escape(story.title), outlet=escape(story.outlet), url=escape(story.url), iso=iso,
        author_meta=author_meta, json_ld=json_ld, topic=story.topic,
        author=escape(story.author), author_slug=story.author.lower().replace(" ", "-"),
        shown_date=escape(date_line(story.published, 1)),
        body="\n".join(body), year=story.published.year,
        most_read="".join(f"<li><a href=\"/\">{escape(t)}</a></li>" for t in rng.sample(others, 3)),
    )


def jsonl_record(story: Story, variant: int) -> dict[str, object]:
    """Two common export schemas, alternating by file, as scrapers and news APIs write them."""
    if variant == 0:
        return {"title": story.title, "text": story.text, "published": story.published.isoformat(),
                "author": story.author, "url": story.url, "source": story.outlet}
    return {"headline": story.title, "body": story.text, "date": story.published.isoformat(),
            "byline": story.author, "link": story.url, "outlet": story.outlet,
            "section": story.topic}


# --- the corpus ------------------------------------------------------------------------------

@dataclass(slots=True)
class CorpusStats:
    articles: int
    by_form: dict[str, int]
    files: int
    bytes: int
    seconds: float

    def summary(self, out_dir: Path) -> str:
        forms = ", ".join(f"{count:,} {form}" for form, count in self.by_form.items())
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (f"wrote {self.articles:,} articles ({forms}) in {self.files:,} files, "
                f"{self.bytes / 1e6:,.1f} MB, to {out_dir} in {self.seconds:.1f} s "
                f"({rate:,.0f} articles/s)")


def form_counts(n: int, shares: Sequence[float] = DEFAULT_SHARES) -> dict[str, int]:
    html_count = round(n * shares[1])
    jsonl_count = round(n * shares[2])
    return {"text": n - html_count - jsonl_count, "html": html_count, "jsonl": jsonl_count}


def vocabulary_terms(seed: int = 0) -> dict[str, list[str]]:
    """The corpus's people, places and organisations, most frequent first, and some phrases
    every corpus shares: search terms with known hit counts for benchmarks. The first of each
    list is in about a fifth of the articles, the last in one or a few in a hundred (places
    also occur inside organisation names, "the Port of Lagos")."""
    vocab = Vocabulary.build(random.Random(seed))  # the first draws of the seeded generator
    return {
        "people": [person.name for person in vocab.people.items],
        "places": list(vocab.places.items),
        "orgs": list(vocab.orgs.items),
        "phrases": ["the peace talks", "weeks of pressure", "declined to comment",
                    "the previous week", "told reporters", "the clinical trial"],
    }


def _pool_size(n: int) -> int:
    """Small corpora get small sentence pools: cheaper to build, and they still vary."""
    return min(4000, max(300, n // 8))


def _forms(n: int, seed: int, shares: Sequence[float]) -> list[str]:
    forms = [form for form, count in form_counts(n, shares).items() for _ in range(count)]
    random.Random(f"{seed}/forms").shuffle(forms)
    return forms


def _chunk_stories(writer: StoryWriter, seed: int, chunk: int, forms: Sequence[str],
                   ) -> Iterator[tuple[str, Story]]:
    # Each chunk has its own generator (str seeds hash with SHA-512: stable across runs and
    # processes), so chunks can be written in parallel and still give the same bytes.
    writer.use(random.Random(f"{seed}/chunk/{chunk}"))
    for form in forms:
        yield form, writer.story()


def generate_stories(n: int, seed: int = 0,
                     shares: Sequence[float] = DEFAULT_SHARES) -> Iterator[tuple[str, Story]]:
    """The corpus as (form, story) pairs, in writing order; ``make_corpus`` writes these."""
    writer = StoryWriter(random.Random(seed), _pool_size(n))
    forms = _forms(n, seed, shares)
    for chunk, start in enumerate(range(0, n, CHUNK)):
        yield from _chunk_stories(writer, seed, chunk, forms[start:start + CHUNK])


_MADE_FOLDERS: set[Path] = set()


def _shard(root: Path, form: str, index: int, name: str) -> Path:
    folder = root / form / f"{index // FILES_PER_FOLDER:03d}"
    if folder not in _MADE_FOLDERS:
        folder.mkdir(parents=True, exist_ok=True)
        _MADE_FOLDERS.add(folder)
    return folder / name


@dataclass(frozen=True, slots=True)
class _Chunk:
    out_dir: Path
    seed: int
    number: int
    forms: tuple[str, ...]
    first_index: dict[str, int]  # index of the chunk's first text page / HTML page / record
    jsonl_lines: int


@dataclass(slots=True)
class _ChunkResult:
    records: list[str]  # JSONL lines, written by the parent in order
    files: int
    bytes: int


_WORKER: StoryWriter | None = None


def _init_worker(seed: int, pool_size: int) -> None:
    global _WORKER
    _WORKER = StoryWriter(random.Random(seed), pool_size)
    _MADE_FOLDERS.clear()  # a new run may write where an earlier one's folders were removed


def _write_chunk(chunk: _Chunk) -> _ChunkResult:
    """Write a chunk's text and HTML pages; hand back its JSONL records."""
    assert _WORKER is not None
    page_rng = random.Random(f"{chunk.seed}/pages/{chunk.number}")  # page chrome
    # Headlines for "Read more:" and "Most read" links: a rolling sample of earlier stories.
    recent = ["Markets rally as inflation eases", "City council approves new budget",
              "Storm warning issued for the coast"]
    index = dict(chunk.first_index)
    result = _ChunkResult([], 0, 0)
    for form, story in _chunk_stories(_WORKER, chunk.seed, chunk.number, chunk.forms):
        number = index[form]
        index[form] += 1
        if form == "jsonl":
            variant = (number // chunk.jsonl_lines) % 2  # two common schemas, by output file
            result.records.append(json.dumps(jsonl_record(story, variant), ensure_ascii=False))
            continue
        render, ext = (render_text, "txt") if form == "text" else (render_html, "html")
        data = render(story, page_rng, recent).encode("utf-8")
        recent[page_rng.randrange(len(recent))] = story.title
        _shard(chunk.out_dir, form, number, f"{number:06d}-{story.slug[:60]}.{ext}").write_bytes(
            data)
        result.files += 1
        result.bytes += len(data)
    return result


def make_corpus(n: int, out_dir: Path, seed: int = 0, *, jsonl_lines: int = JSONL_LINES,
                shares: Sequence[float] = DEFAULT_SHARES, jobs: int = 1) -> CorpusStats:
    """Write ``n`` articles under ``out_dir``; the same (n, seed) gives byte-identical files,
    whatever the number of worker processes (``jobs``)."""
    started = time.perf_counter()
    out_dir.mkdir(parents=True, exist_ok=True)
    _MADE_FOLDERS.clear()
    forms = _forms(n, seed, shares)
    chunks: list[_Chunk] = []
    seen = dict.fromkeys(FORMS, 0)
    for number, start in enumerate(range(0, n, CHUNK)):
        part = tuple(forms[start:start + CHUNK])
        chunks.append(_Chunk(out_dir, seed, number, part, dict(seen), jsonl_lines))
        for form in part:
            seen[form] += 1

    files = written = parts = 0
    batch: list[str] = []

    def write_records(final: bool) -> None:
        nonlocal files, written, parts
        while len(batch) >= jsonl_lines or (final and batch):
            lines, batch[:] = batch[:jsonl_lines], batch[jsonl_lines:]
            data = ("\n".join(lines) + "\n").encode("utf-8")
            _shard(out_dir, "jsonl", parts, f"part-{parts:05d}.jsonl").write_bytes(data)
            files += 1
            written += len(data)
            parts += 1

    if jobs <= 1 or len(chunks) == 1:
        _init_worker(seed, _pool_size(n))
        results: Iterator[_ChunkResult] = map(_write_chunk, chunks)
        executor = None
    else:
        context = (multiprocessing.get_context("fork")
                   if "fork" in multiprocessing.get_all_start_methods() else None)
        executor = ProcessPoolExecutor(jobs, context, _init_worker, (seed, _pool_size(n)))
        results = executor.map(_write_chunk, chunks)
    try:
        for result in results:  # in chunk order, so the JSONL files are the same every time
            files += result.files
            written += result.bytes
            batch.extend(result.records)
            write_records(final=False)
        write_records(final=True)
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)
    return CorpusStats(n, dict(seen), files, written, time.perf_counter() - started)


_GENERATED_NAME = re.compile(r"\d{6}-[a-z0-9-]*\.(?:txt|html)|part-\d{5}\.jsonl")


def foreign_files(folder: Path) -> list[Path]:
    """Files under ``folder`` that this script would not have written (``--force`` keeps out)."""
    def generated(path: Path) -> bool:
        shard = path.relative_to(folder).parts[0]
        in_shard = len(shard) == 3 and shard.isdigit()
        return in_shard and (path.is_dir() or bool(_GENERATED_NAME.fullmatch(path.name)))

    return [path for path in folder.rglob("*") if not generated(path)]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("dir", type=Path, help="folder to write (created if missing)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--jsonl-lines", type=int, default=JSONL_LINES,
                        help=f"articles per JSONL file (default {JSONL_LINES})")
    parser.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1),
                        help="worker processes (default: cores, at most 4); the files do not "
                        "depend on it")
    parser.add_argument("--force", action="store_true",
                        help="replace the text/, html/ and jsonl/ folders of an earlier run")
    args = parser.parse_args(argv)
    if args.n < 1 or args.jsonl_lines < 1:
        parser.error("N and --jsonl-lines must be positive")
    existing = [args.dir / form for form in FORMS if (args.dir / form).exists()]
    if existing and not args.force:
        print(f"make_corpus: {args.dir} already holds a corpus; use --force to replace it",
              file=sys.stderr)
        return 2
    for folder in existing:
        foreign = foreign_files(folder)
        if foreign:  # --force replaces a generated corpus, never someone's own files
            print(f"make_corpus: not replacing {folder}: it holds files this script does not "
                  f"write, such as {foreign[0]}", file=sys.stderr)
            return 2
    for folder in existing:
        shutil.rmtree(folder)
    stats = make_corpus(args.n, args.dir, args.seed, jsonl_lines=args.jsonl_lines,
                        jobs=args.jobs)
    print(stats.summary(args.dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
