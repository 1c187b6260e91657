#!/usr/bin/env python3
"""Build heldout/NN-slug.txt + heldout/NN-slug.json from the marked-up sources in heldout/src/*.src.

Adapted from shared/gold/dev/src/build.py (same source format and JSON schema; only the
output folder and the "file" key differ). Run: python benchmarks/heldout/src/build.py

Source format
-------------
Header lines, one per key, then a line '---', then the article text with inline markup:

  #form: scraped|wire|feature      #topic: politics
  #title: ... (must occur verbatim in the text)
  #byline: ... or null             #published: ISO 8601
  #boilerplate: one exact line     (repeatable)
  #ent: surface|LABEL              (repeatable; every whole-word, case-sensitive occurrence of
                                    `surface` is an entity; longest surfaces are matched first)

Inline markup (may nest across layers, e.g. a date inside a quote):
  {{Q|speaker|...}}     quote span (speaker 'null' -> None); the quote marks are inside the span
  {{D|TYPE|VALUE|...}}  date span
  {{E|LABEL|...}}       explicit entity span (for cases the dictionary cannot express)
  {{N|...}}             no-entity zone: dictionary matching is blocked here

Offsets are Python str indices into the decoded text, end exclusive.
"""
import json
import re
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
DEV = SRC.parent  # benchmarks/heldout

OPEN = re.compile(r"\{\{([QDEN])\|")


def parse_markup(raw):
    out = []  # output chars
    stack = []  # (kind, args, start)
    spans = {"Q": [], "D": [], "E": [], "N": []}
    i = 0
    n = len(raw)
    pos = 0
    while i < n:
        m = OPEN.match(raw, i)
        if m:
            kind = m.group(1)
            j = m.end()
            nargs = {"Q": 1, "D": 2, "E": 1, "N": 0}[kind]
            args = []
            for _ in range(nargs):
                k = raw.index("|", j)
                args.append(raw[j:k])
                j = k + 1
            stack.append((kind, args, pos))
            i = j
            continue
        if raw.startswith("}}", i) and stack:
            kind, args, start = stack.pop()
            spans[kind].append((start, pos, args))
            i += 2
            continue
        out.append(raw[i])
        pos += 1
        i += 1
    if stack:
        raise ValueError(f"unclosed markup: {stack}")
    text = "".join(out)
    if "{{" in text or "}}" in text:
        raise ValueError("stray markup braces in output text")
    return text, spans


def build(src_path):
    raw = src_path.read_text(encoding="utf-8")
    head, body = raw.split("\n---\n", 1)
    meta = {"boilerplate": [], "ent": []}
    for line in head.splitlines():
        if not line.strip():
            continue
        assert line.startswith("#"), line
        key, _, val = line[1:].partition(":")
        val = val.strip()
        if key in ("boilerplate", "ent"):
            meta[key].append(val)
        else:
            meta[key] = val
    text, spans = parse_markup(body)

    # entities: explicit first, then dictionary (longest surface first)
    taken = [(s, e) for s, e, _ in spans["E"]] + [(s, e) for s, e, _ in spans["N"]]
    ents = [(s, e, a[0]) for s, e, a in spans["E"]]

    def free(s, e):
        return all(e <= a or s >= b for a, b in taken)

    dictionary = []
    for item in meta["ent"]:
        surface, label = item.rsplit("|", 1)
        dictionary.append((surface, label))
    dictionary.sort(key=lambda x: -len(x[0]))
    seen_surfaces = set()
    for surface, label in dictionary:
        if surface in seen_surfaces:
            raise ValueError(f"duplicate surface {surface!r}")
        seen_surfaces.add(surface)
        pat = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
        hits = 0
        for m in pat.finditer(text):
            if free(m.start(), m.end()):
                ents.append((m.start(), m.end(), label))
                taken.append((m.start(), m.end()))
                hits += 1
        if hits == 0:
            print(f"  WARNING {src_path.name}: dictionary entry {surface!r} matched nothing")

    ents.sort()
    entities = [{"start": s, "end": e, "text": text[s:e], "label": l} for s, e, l in ents]
    quotes = [
        {"start": s, "end": e, "text": text[s:e], "speaker": (None if a[0] == "null" else a[0])}
        for s, e, a in sorted(spans["Q"])
    ]
    dates = [
        {"start": s, "end": e, "text": text[s:e], "type": a[0], "value": a[1]}
        for s, e, a in sorted(spans["D"])
    ]
    name = src_path.stem
    gold = {
        "file": f"heldout/{name}.txt",
        "form": meta["form"],
        "topic": meta["topic"],
        "metadata": {
            "title": meta["title"],
            "byline": None if meta["byline"] == "null" else meta["byline"],
            "published": meta["published"],
            "boilerplate_lines": meta["boilerplate"],
        },
        "entities": entities,
        "quotes": quotes,
        "dates": dates,
    }
    (DEV / f"{name}.txt").write_text(text, encoding="utf-8")
    (DEV / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return name, text, gold


def main(argv):
    paths = [Path(p) for p in argv] if argv else sorted(SRC.glob("*.src"))
    for p in paths:
        name, text, gold = build(p)
        print(f"{name}: {len(text.split())} words, {len(gold['entities'])} ent, "
              f"{len(gold['quotes'])} quotes, {len(gold['dates'])} dates")


if __name__ == "__main__":
    main(sys.argv[1:])
