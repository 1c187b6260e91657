"""Entity layer alone: speed, and the share of found entities that are sentence-initial
ordinary words ("However", "Speaking", "Amid", "Allies", "Talking"); issue 4 caps them at 5%.

    python benchmarks/entity_noise.py [--gold tests/fixtures/gold] [--ner builtin|spacy]
        [--repeat 20] [--list] [--texts DIR] [--ablate-gold-names]

With --ablate-gold-names every gazetteer entry that is written as a gold entity anywhere is
removed first, and relaxed F1 is printed: a check that the recogniser does not live on names
it was shown (the hand-written lists were written with the dev set in view).

With --texts DIR the noise share is also measured over every *.txt file under DIR (no gold
there: every sentence-initial ordinary word found counts as noise, unless the gazetteer knows it
as a name, like "China").

A found entity counts as noise when it starts a sentence (or a line), is one word, overlaps no
gold entity, and that word written in lowercase is an ordinary English word (the recogniser's
common-word list; words the gold marks as entities anywhere are not counted as ordinary).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.annotate.entities import _sentence_initial, configure_spacy, find_entities
from tui.annotate.entity_lexicon import lexicon


def cases(gold_dir: Path) -> list[tuple[str, str, dict]]:
    files = sorted((gold_dir / "dev").glob("*.json"))
    if (gold_dir / "seed.json").exists():
        files.insert(0, gold_dir / "seed.json")
    out = []
    for path in files:
        gold = json.loads(path.read_text(encoding="utf-8"))
        for candidate in (gold_dir.parent / gold["file"], path.with_suffix(".txt"),
                          gold_dir.parent / "seed" / Path(gold["file"]).name):
            if candidate.exists():
                out.append((path.stem, candidate.read_text(encoding="utf-8"), gold))
                break
    return out


def relaxed_f1(data: list[tuple[str, str, dict]], ner: str) -> float:
    """Entity relaxed F1 (overlap, same label), as benchmarks/extraction.py scores it."""
    n_pred = n_gold = pred_hit = gold_hit = 0
    for _, text, gold in data:
        pred = find_entities(text, backend=ner)
        ents = gold["entities"]
        n_pred += len(pred)
        n_gold += len(ents)
        pred_hit += sum(any(p.label == g["label"] and p.start < g["end"] and g["start"] < p.end
                            for g in ents) for p in pred)
        gold_hit += sum(any(p.label == g["label"] and p.start < g["end"] and g["start"] < p.end
                            for p in pred) for g in ents)
    precision, recall = pred_hit / max(n_pred, 1), gold_hit / max(n_gold, 1)
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "fixtures" / "gold")
    parser.add_argument("--ner", default="builtin")
    parser.add_argument("--spacy-model", default="en_core_web_sm")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--list", action="store_true", help="print each noisy entity")
    parser.add_argument("--texts", type=Path, help="also measure over the *.txt files here")
    parser.add_argument("--ablate-gold-names", action="store_true",
                        help="drop gazetteer entries that are gold entity texts, print F1")
    args = parser.parse_args(argv)
    if args.ner == "spacy" and (problem := configure_spacy(args.spacy_model)):
        print(problem, file=sys.stderr)
        return 2
    data = cases(args.gold)
    started = time.perf_counter()
    lexicon()
    print(f"word lists loaded in {time.perf_counter() - started:.3f} s (once per process)")
    if args.ablate_gold_names:
        gold_names = {e["text"] for _, _, g in data for e in g["entities"]}
        removed = [name for name in gold_names if lexicon().gazetteer.pop(name, None)]
        lexicon()._upper = None
        print(f"ablation: {len(removed)} gazetteer entries that are gold entity texts removed; "
              f"relaxed F1 {relaxed_f1(data, args.ner):.3f}")
    find_entities(data[0][1], backend=args.ner)  # warm up
    common = lexicon().common
    gold_words = {e["text"] for _, _, g in data for e in g["entities"]}
    found = noise = 0
    for stem, text, gold in data:
        for span in find_entities(text, backend=args.ner):
            found += 1
            overlaps = any(span.start < g["end"] and g["start"] < span.end
                           for g in gold["entities"])
            if (not overlaps and " " not in span.text and _sentence_initial(text, span.start)
                    and span.text.lower() in common and span.text not in gold_words):
                noise += 1
                if args.list:
                    print(f"  noise {stem}: {span.text!r} {span.label}")
    if args.texts:
        extra_found = extra_noise = 0
        for path in sorted(args.texts.rglob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            for span in find_entities(text, backend=args.ner):
                extra_found += 1
                if (" " not in span.text and _sentence_initial(text, span.start)
                        and span.text.lower() in common
                        and span.text not in lexicon().gazetteer):
                    extra_noise += 1
                    if args.list:
                        print(f"  noise {path.name}: {span.text!r} {span.label}")
        print(f"noise in {args.texts}: {extra_noise} of {extra_found} "
              f"({extra_noise / max(extra_found, 1):.1%})")
    words = sum(len(text.split()) for _, text, _ in data)
    passes, cpu_passes = [], []
    for _ in range(args.repeat):  # the best pass: other processes on the machine only slow it
        started, cpu_started = time.perf_counter(), time.process_time()
        for _, text, _ in data:
            find_entities(text, backend=args.ner)
        passes.append(time.perf_counter() - started)
        cpu_passes.append(time.process_time() - cpu_started)
    best = min(passes)
    print(f"noise: {noise} of {found} found entities are sentence-initial ordinary words "
          f"({noise / max(found, 1):.1%})")
    print(f"speed: {words / best:,.0f} words/s, entity layer alone, best of {args.repeat} "
          f"passes ({words} words in {best:.4f} s; median pass "
          f"{sorted(passes)[len(passes) // 2]:.4f} s; ner={args.ner})")
    print(f"speed (CPU time of this process, steadier on a shared machine): "
          f"{words / min(cpu_passes):,.0f} words/s")
    # one enormous line (a hostile page): must stay linear, never quadratic
    line = " ".join(text.replace("\n", " ") for _, text, _ in data) * 6
    started = time.process_time()
    find_entities(line, backend=args.ner)
    line_words = len(line.split())
    print(f"speed on one {len(line):,}-character line: "
          f"{line_words / (time.process_time() - started):,.0f} words/s (CPU)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
