"""Score the annotation layers against the gold in ../shared/gold/ (or --gold DIR).

Prints per-layer precision, recall and F1, strict (exact boundaries; same label for entities)
and relaxed (overlap; same label for entities), entity F1 per label, speaker accuracy over the
gold quotes found, date type and value accuracy over the gold dates found, and annotation speed.

    python benchmarks/extraction.py [--gold ../shared/gold] [--ner builtin|spacy] [--verbose LAYER]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.annotate import annotate

DEFAULT_GOLD = ROOT.parent / "shared" / "gold"


def gold_files(gold_dir: Path) -> list[Path]:
    """seed.json, dev/*.json, and any other *.json beside them (a held-out set is a flat folder)."""
    files = []
    if (gold_dir / "seed.json").exists():
        files.append(gold_dir / "seed.json")
    files += sorted((gold_dir / "dev").glob("*.json"))
    files += sorted(p for p in gold_dir.glob("*.json") if p.name != "seed.json")
    return files


def load_case(gold_path: Path, gold_dir: Path) -> tuple[str, dict]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    candidates = [gold_dir.parent / gold["file"], gold_path.with_suffix(".txt")]
    for candidate in candidates:
        if candidate.exists():
            return candidate.read_text(encoding="utf-8"), gold
    raise FileNotFoundError(f"text for {gold_path} not found")


def _overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(pred: list[dict], gold: list[dict], *, strict: bool, label_key: str | None):
    """Return (#pred matched, #gold matched, {gold index: pred}) under the given rule."""

    def ok(p: dict, g: dict) -> bool:
        if label_key and p.get(label_key) != g.get(label_key):
            return False
        if strict:
            return p["start"] == g["start"] and p["end"] == g["end"]
        return _overlaps(p, g)

    pred_hit = sum(1 for p in pred if any(ok(p, g) for g in gold))
    gold_to_pred: dict[int, dict] = {}
    for i, g in enumerate(gold):
        for p in pred:
            # prefer the exact match when several overlap
            exact = (p["start"], p["end"]) == (g["start"], g["end"])
            if ok(p, g) and (i not in gold_to_pred or exact):
                gold_to_pred[i] = p
    return pred_hit, len(gold_to_pred), gold_to_pred


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _surname(name: str | None) -> str | None:
    if not name:
        return None
    words = name.replace("’s", "").replace("'s", "").split()
    return words[-1].casefold().strip(".,") if words else None


def same_speaker(pred: str | None, gold: str | None) -> bool:
    if gold is None or pred is None:
        return gold is None and pred is None
    return pred.casefold() == gold.casefold() or _surname(pred) == _surname(gold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--ner", default="builtin")
    parser.add_argument("--verbose", choices=["entity", "quote", "date"], action="append",
                        default=[], help="list the misses and false hits of a layer")
    args = parser.parse_args(argv)
    if not args.gold.exists():
        print(f"gold directory {args.gold} not found; pass --gold", file=sys.stderr)
        return 2

    cases = [load_case(path, args.gold) for path in gold_files(args.gold)]
    # The first call loads word lists and compiles patterns; time it apart from the steady state.
    started = time.perf_counter()
    annotate(cases[0][0], cases[0][1].get("metadata", {}).get("published"), ner=args.ner)
    first_call = time.perf_counter() - started

    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    per_label: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    words = 0
    seconds = 0.0
    cpu_seconds = 0.0
    layers = {"entity": ("entities", "label"), "quote": ("quotes", None), "date": ("dates", None)}
    for gold_path, (text, gold) in zip(gold_files(args.gold), cases, strict=True):
        published = gold.get("metadata", {}).get("published")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = annotate(text, published, ner=args.ner).to_json()
        seconds += time.perf_counter() - started
        cpu_seconds += time.process_time() - cpu_started
        words += len(text.split())
        for layer, (key, label_key) in layers.items():
            pred, gl = result[key], gold[key]
            t = totals[layer]
            t["pred"] += len(pred)
            t["gold"] += len(gl)
            for mode in ("strict", "relaxed"):
                ph, gh, _ = match(pred, gl, strict=mode == "strict", label_key=label_key)
                t[f"{mode}_pred"] += ph
                t[f"{mode}_gold"] += gh
            _, _, found = match(pred, gl, strict=False, label_key=None)
            if layer == "quote":
                for i, p in found.items():
                    t["speaker_n"] += 1
                    t["speaker_ok"] += same_speaker(p.get("speaker"), gl[i]["speaker"])
                    wrong = not same_speaker(p.get("speaker"), gl[i]["speaker"])
                    if "quote" in args.verbose and wrong:
                        print(f"  speaker {gold_path.stem}: {gl[i]['text'][:50]!r} "
                              f"gold={gl[i]['speaker']!r} pred={p.get('speaker')!r}")
            if layer == "date":
                for i, p in found.items():
                    t["value_n"] += 1
                    t["value_ok"] += p.get("value") == gl[i]["value"]
                    t["type_ok"] += p.get("type") == gl[i]["type"]
                    if "date" in args.verbose and p.get("value") != gl[i]["value"]:
                        print(f"  value {gold_path.stem}: {gl[i]['text']!r} gold={gl[i]['type']} "
                              f"{gl[i]['value']} pred={p.get('text')!r} {p.get('type')} {p.get('value')}")
            if layer == "entity":
                for lab in {g["label"] for g in gl} | {p["label"] for p in pred}:
                    pl = [p for p in pred if p["label"] == lab]
                    glb = [g for g in gl if g["label"] == lab]
                    ph, gh, _ = match(pl, glb, strict=False, label_key=None)
                    per_label[lab]["pred"] += len(pl)
                    per_label[lab]["gold"] += len(glb)
                    per_label[lab]["ph"] += ph
                    per_label[lab]["gh"] += gh
            if layer in args.verbose:
                _, _, strict_found = match(pred, gl, strict=True, label_key=label_key)
                for i, g in enumerate(gl):
                    if i not in strict_found:
                        near = [p for p in pred if _overlaps(p, g)]
                        shown = [(p["text"], p.get(label_key or "type")) for p in near]
                        print(f"  miss {gold_path.stem}: {g['text']!r} {g.get(label_key or 'type')}"
                              f" pred={shown}")
                for p in pred:
                    if not any(_overlaps(p, g) for g in gl):
                        print(f"  false {gold_path.stem}: {p['text']!r} {p.get(label_key or 'type')}")

    print(f"gold: {args.gold}  files: {len(gold_files(args.gold))}  ner: {args.ner}")
    for layer in layers:
        t = totals[layer]
        line = [f"{layer:7s} gold {t['gold']:4d} pred {t['pred']:4d}"]
        for mode in ("strict", "relaxed"):
            p, r, f = prf(t[f"{mode}_pred"], t["pred"], t[f"{mode}_gold"], t["gold"])
            line.append(f"{mode} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        print("  ".join(line))
    q, d = totals["quote"], totals["date"]
    if q["speaker_n"]:
        print(f"speaker accuracy {q['speaker_ok'] / q['speaker_n']:.3f} "
              f"({q['speaker_ok']}/{q['speaker_n']} gold quotes found)")
    if d["value_n"]:
        print(f"date value accuracy {d['value_ok'] / d['value_n']:.3f}  type accuracy "
              f"{d['type_ok'] / d['value_n']:.3f} ({d['value_n']} gold dates found)")
    print("entity relaxed F1 per label: " + "  ".join(
        f"{lab} {prf(v['ph'], v['pred'], v['gh'], v['gold'])[2]:.3f} ({v['gold']})"
        for lab, v in sorted(per_label.items(), key=lambda kv: -kv[1]["gold"])))
    # CPU time is the steadier figure on a shared machine; wall time is what a user waits.
    load = os.getloadavg()[0]
    print(f"speed {words / seconds:,.0f} words/s wall, {words / cpu_seconds:,.0f} words/s CPU "
          f"({words} words, all layers, warm; first call {first_call:.3f} s; load {load:.1f} "
          f"on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
