"""Annotation speed per layer and for all layers (issue 4: ≥ 100,000 words/s, all layers).

    python benchmarks/annotate_speed.py [--passes N] [--gold DIR] [--bench FILE]

Corpora: the gold texts (tests/fixtures/gold) and, when it exists, the 181 real article
bodies of ../shared/bench/article-extraction/ground-truth.json (the script says when it does
not). For each corpus and layer it runs N warm passes over every text and prints words/s by
wall-clock and by CPU time (``time.process_time``) of the best pass; CPU time is the steadier
figure on a shared machine; the first pass is printed too, since per-word caches help
later passes over the same texts. The quote layer is timed alone, given the entities it would get.
"All" is ``tui.annotate.annotate`` (entities, then quotes with them, then dates).

The first-call (cold) cost is measured in a fresh interpreter: importing ``tui.annotate``
and the first call of each layer, which loads word lists and compiles patterns.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_GOLD = ROOT / "tests" / "fixtures" / "gold"
DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "article-extraction" / "ground-truth.json"

# (text, published) pairs
Corpus = list[tuple[str, str | None]]


def gold_corpus(gold_dir: Path) -> Corpus:
    """Every gold text with its publication date (seed.json names its text by path)."""
    corpus: Corpus = []
    for gold_path in sorted(gold_dir.rglob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        candidates = [gold_path.with_suffix(".txt")]
        if "file" in gold:
            candidates += [gold_dir.parent / gold["file"], ROOT.parent / "shared" / gold["file"]]
        text_path = next((p for p in candidates if p.exists()), None)
        if text_path is None:
            continue
        published = gold.get("metadata", {}).get("published")
        corpus.append((text_path.read_text(encoding="utf-8"), published))
    return corpus


def bench_corpus(path: Path) -> Corpus:
    """The real article bodies of the extraction benchmark (no publication dates given)."""
    truth = json.loads(path.read_text(encoding="utf-8"))
    return [(item["articleBody"], None) for _, item in sorted(truth.items())]


def layer_calls() -> dict[str, Callable[[str, str | None], object]]:
    from tui.annotate import annotate, dates, entities, quotes

    entity_cache: dict[int, list] = {}

    def quotes_alone(text: str, published: str | None) -> object:
        # the entities the quote layer would be handed, computed outside the timed pass
        return quotes.find_quotes(text, entities=entity_cache[id(text)])

    def prepare_quotes(corpus: Corpus) -> None:
        for text, _ in corpus:
            entity_cache[id(text)] = entities.find_entities(text)

    calls: dict[str, Callable[[str, str | None], object]] = {
        "entities": lambda text, published: entities.find_entities(text),
        "quotes": quotes_alone,
        "dates": lambda text, published: dates.find_dates(text, published),
        "all": lambda text, published: annotate(text, published),
    }
    calls["quotes"].prepare = prepare_quotes  # type: ignore[attr-defined]
    return calls


def timed_passes(call: Callable[[str, str | None], object], corpus: Corpus, passes: int
                 ) -> list[tuple[float, float]]:
    """(wall seconds, CPU seconds) of each of ``passes`` passes over ``corpus``."""
    times = []
    for _ in range(passes):
        wall_started, cpu_started = time.perf_counter(), time.process_time()
        for text, published in corpus:
            call(text, published)
        times.append((time.perf_counter() - wall_started, time.process_time() - cpu_started))
    return times


def measure(name: str, corpus: Corpus, passes: int) -> None:
    words = sum(len(text.split()) for text, _ in corpus)
    print(f"{name}: {len(corpus)} texts, {words:,} words, best of {passes} warm passes")
    for layer, call in layer_calls().items():
        prepare = getattr(call, "prepare", None)
        if prepare:
            prepare(corpus)
        for text, published in corpus[:3]:  # warm: word lists loaded, patterns compiled
            call(text, published)
        times = timed_passes(call, corpus, passes)
        wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
        # the first pass meets each text for the first time (per-word caches still cold for
        # this corpus); later passes show the steady state
        print(f"  {layer:9s} {words / cpu:>11,.0f} words/s CPU  {words / wall:>11,.0f} words/s wall"
              f"  ({cpu * 1000:7.1f} ms CPU per pass; first pass "
              f"{words / times[0][1]:,.0f} words/s CPU)")


_COLD_CHILD = """
import sys, time
sys.path.insert(0, {root!r})
text = {text!r}
published = {published!r}
started = time.perf_counter()
from tui.annotate import annotate, dates, entities, quotes
imported = time.perf_counter() - started
costs = []
for name, call in (("entities", lambda: entities.find_entities(text)),
                   ("quotes", lambda: quotes.find_quotes(text)),
                   ("dates", lambda: dates.find_dates(text, published))):
    started = time.perf_counter()
    call()
    first = time.perf_counter() - started
    started = time.perf_counter()
    call()
    costs.append((name, first, time.perf_counter() - started))
print(repr((imported, costs)))
"""


def cold_costs(text: str, published: str | None) -> None:
    """Import and first-call cost per layer, in a fresh interpreter (wall clock)."""
    code = _COLD_CHILD.format(root=str(ROOT), text=text, published=published)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    imported, costs = eval(out)  # our own child's repr of floats and strings
    print(f"cold (fresh interpreter, wall): import tui.annotate {imported * 1000:.0f} ms")
    for name, first, second in costs:
        print(f"  {name:9s} first call {first * 1000:7.1f} ms, second call {second * 1000:6.1f} ms"
              f" (first-call overhead {max(0.0, first - second) * 1000:.1f} ms)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    args = parser.parse_args(argv)

    print(f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"python {sys.version.split()[0]}")
    gold = gold_corpus(args.gold)
    if not gold:
        print(f"no gold texts under {args.gold}", file=sys.stderr)
        return 2
    cold_costs(*gold[0])
    measure(f"gold ({args.gold})", gold, args.passes)
    if args.bench.exists():
        measure(f"bench ({args.bench})", bench_corpus(args.bench), args.passes)
    else:
        print(f"bench: {args.bench} not found; the 181 real article bodies were not measured")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
