#!/usr/bin/env python3
"""Check gold files: python3 check_gold.py [--lint] [gold.json ...]

Adapted from shared/gold/dev/check_gold.py for the held-out set.
Without paths it checks every benchmarks/heldout/*.json. Hard errors (exit 1):
JSON does not parse, a span's text differs from text[start:end], spans of one layer
overlap or are out of order, unknown label/type, malformed date value, a quote that does not
start and end with a quote mark, metadata title/byline/boilerplate line not found verbatim.
--lint also prints review aids: capitalised tokens outside entities, temporal words outside
dates and quote marks outside quotes (these are hints, not errors).
"""
import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent          # benchmarks/heldout
SHARED = HERE.parent                              # benchmarks/ ("file" keys are heldout/NN-slug.txt)

LABELS = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART",
          "LAW", "LANGUAGE"}
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}
OPEN_MARKS = "\"'“‘«‹„‚"
CLOSE_MARKS = "\"'”’»›“‘"
TZ = r"(?:Z|[+-]\d{2}:\d{2})?"
VALUE_RE = re.compile(
    r"^(?:"
    r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?"      # 2025, 2025-03-05, XXXX-XX-05
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?" + TZ + r"|MO|AF|EV|NI|DT))?"           # times / parts of day
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:\d|WE))?"                               # weeks, weekdays, weekends
    r"(?:T(?:\d{2}(?::\d{2})?" + TZ + r"|MO|AF|EV|NI))?"
    r"|\d{4}-(?:Q\d|H\d|SP|SU|FA|WI)"                                             # quarters, halves, seasons
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|DE|CE))+(?:T(?:(?:\d+|X)(?:H|M|S))+)?"    # P3Y, P2M10D
    r"|PT(?:(?:\d+(?:\.\d+)?|X)(?:H|M|S))+"                                       # PT2H41M
    r"|PAST_REF|PRESENT_REF|FUTURE_REF"
    r")$")
TEMPORAL_WORDS = re.compile(
    r"\b(?:(?i:today|tonight|tomorrow|yesterday|now|currently|recent(?:ly)?|ago|soon|later|earlier|"
    r"annual(?:ly)?|daily|weekly|monthly|yearly|hourly|decades?|centur(?:y|ies)|years?|months?|"
    r"weeks?|days?|hours?|minutes?|seconds?|weekends?|mornings?|afternoons?|evenings?|nights?|noon|"
    r"midnight|quarters?|seasons?|spring|summer|autumn|winter)|"
    r"Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|"
    r"Jul|Aug|Sept?|Oct|Nov|Dec|\d{4}s?|\d{1,2}[:.]\d{2})\b")


def load(path):
    gold = json.loads(Path(path).read_text(encoding="utf-8"))
    text = (SHARED / gold["file"]).read_text(encoding="utf-8")
    return gold, text


def check(path):
    errors = []
    try:
        gold, text = load(path)
    except Exception as exc:  # noqa: BLE001 - report any load failure as an error
        return [f"cannot load: {exc}"], None, None
    md = gold.get("metadata", {})
    for key in ("title", "byline", "published", "boilerplate_lines"):
        if key not in md:
            errors.append(f"metadata.{key} missing")
    if md.get("title") and md["title"] not in text:
        errors.append("metadata.title not found verbatim in text")
    if md.get("byline") and md["byline"] not in text:
        errors.append("metadata.byline not found verbatim in text")
    try:
        pub = md.get("published") or ""
        (dt.datetime.fromisoformat(pub) if "T" in pub else dt.date.fromisoformat(pub))
    except ValueError:
        errors.append(f"metadata.published not ISO 8601: {md.get('published')!r}")
    lines = set(text.splitlines())
    for bl in md.get("boilerplate_lines", []):
        if bl not in lines:
            errors.append(f"boilerplate line not an exact line of the text: {bl!r}")

    for layer in ("entities", "quotes", "dates"):
        spans = gold.get(layer)
        if not isinstance(spans, list):
            errors.append(f"{layer} missing")
            continue
        prev_end = -1
        prev_start = -1
        for sp in spans:
            s, e = sp.get("start"), sp.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                errors.append(f"{layer}: bad offsets {sp}")
                continue
            if text[s:e] != sp.get("text"):
                errors.append(f"{layer}: text mismatch at {s}:{e}: {text[s:e]!r} != {sp.get('text')!r}")
            if s < prev_start:
                errors.append(f"{layer}: not sorted at {s}")
            if s < prev_end:
                errors.append(f"{layer}: overlap at {s}:{e} {sp.get('text')!r}")
            prev_end = max(prev_end, e)
            prev_start = s
            t = text[s:e]
            if t != t.strip():
                errors.append(f"{layer}: span has outer whitespace {t!r}")
            if layer == "entities":
                if sp.get("label") not in LABELS:
                    errors.append(f"entities: bad label {sp}")
                if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                    errors.append(f"entities: span cuts a word {t!r} at {s}")
            elif layer == "quotes":
                if t[0] not in OPEN_MARKS or t[-1] not in CLOSE_MARKS + ".,":
                    errors.append(f"quotes: span does not start/end with a quote mark {t[:40]!r}")
                spk = sp.get("speaker", "MISSING")
                if spk == "MISSING" or not (spk is None or isinstance(spk, str)):
                    errors.append(f"quotes: bad speaker {sp}")
                elif spk and spk not in text:
                    errors.append(f"quotes: speaker {spk!r} not written in the text")
            else:
                if sp.get("type") not in DATE_TYPES:
                    errors.append(f"dates: bad type {sp}")
                if not VALUE_RE.match(str(sp.get("value"))):
                    errors.append(f"dates: malformed value {sp}")
                if re.match(r"(?i)(on|in|at) ", t):
                    errors.append(f"dates: leading preposition {t!r}")
                if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                    errors.append(f"dates: span cuts a word {t!r} at {s}")
    return errors, gold, text


def covered(spans, i, j):
    return any(sp["start"] <= i and j <= sp["end"] for sp in spans)


def lint(gold, text):
    ents, dates, quotes = gold["entities"], gold["dates"], gold["quotes"]
    caps = {}
    for m in re.finditer(r"\b[A-Z]\w*", text):
        if not covered(ents, m.start(), m.end()):
            caps.setdefault(m.group(), 0)
            caps[m.group()] += 1
    print("   caps outside entities:", " ".join(f"{k}×{v}" if v > 1 else k for k, v in sorted(caps.items())))
    tw = []
    for m in TEMPORAL_WORDS.finditer(text):
        if not covered(dates, m.start(), m.end()):
            ctx = text[max(0, m.start() - 30):m.end() + 20].replace("\n", "⏎")
            tw.append(f"{m.group()!r} …{ctx}…")
    for t in tw:
        print("   temporal word outside dates:", t)
    for m in re.finditer(r"[\"“”«»‘]|(?<!\w)'|'(?!\w)|’(?!\w)", text):
        i = m.start()
        ch = m.group()
        if ch in "’'" and i > 0 and text[i - 1] in "sS" and not covered(quotes, i, i + 1):
            # plural possessive (governments’) - apostrophe, not a quote mark
            continue
        if not covered(quotes, i, i + 1):
            ctx = text[max(0, i - 30):i + 30].replace("\n", "⏎")
            print(f"   quote mark outside quotes: {ch!r} …{ctx}…")


def main(argv):
    do_lint = "--lint" in argv
    paths = [a for a in argv if not a.startswith("--")]
    if not paths:
        paths = sorted(str(p) for p in HERE.glob("*.json"))
    bad = 0
    tot = {"entities": 0, "quotes": 0, "dates": 0}
    for p in paths:
        errors, gold, text = check(p)
        if gold is not None:
            for k in tot:
                tot[k] += len(gold.get(k, []))
            counts = ", ".join(f"{len(gold.get(k, []))} {k}" for k in tot)
        else:
            counts = "-"
        status = "OK " if not errors else "ERR"
        print(f"{status} {Path(p).name}: {counts}")
        for e in errors:
            print("   ", e)
        bad += bool(errors)
        if do_lint and gold is not None:
            lint(gold, text)
    print(f"{len(paths)} files, {bad} with errors; totals: "
          + ", ".join(f"{v} {k}" for k, v in tot.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
