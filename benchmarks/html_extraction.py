"""Score newstui's HTML reader on the article-extraction benchmark (../shared/bench/).

181 real news pages with their gold article body. Scoring as the benchmark's README says: per
page, the sets of 4-token shingles (whitespace tokens) of the extracted and the gold body;
precision, recall and F1 per page (an empty prediction scores 0), averaged over all pages.
Also prints pages/s through the whole HTML path (decode, parse, metadata, body), by CPU time
of this process (the per-core rate) and by wall clock.

    python benchmarks/html_extraction.py [--bench ../shared/bench/article-extraction]
                                         [--fallback-only] [--worst N]

Exits 0 with a message when the benchmark folder is not there (a fresh clone has no copy; its
pages are never copied into the project).
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ingest.decode import NotText, decode_bytes
from tui.ingest.html import parse_html

DEFAULT_BENCH = ROOT.parent / "shared" / "bench" / "article-extraction"


def shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    tokens = text.split()
    if len(tokens) < size:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def score(predicted: str, gold: str) -> tuple[float, float, float]:
    pred, true = shingles(predicted), shingles(gold)
    if not pred or not true:
        return 0.0, 0.0, 0.0
    common = len(pred & true)
    precision, recall = common / len(pred), common / len(true)
    f1 = 2 * precision * recall / (precision + recall) if common else 0.0
    return precision, recall, f1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--fallback-only", action="store_true",
                        help="score only the <p>-collecting fallback (no trafilatura)")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args()
    truth_file = args.bench / "ground-truth.json"
    if not truth_file.exists():
        print(f"benchmark not found at {args.bench} (it lives outside the project); nothing to do")
        return 0
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth):
        path = args.bench / "html" / f"{page_id}.html.gz"
        if path.exists():
            pages.append((page_id, gzip.decompress(path.read_bytes())))

    if args.fallback_only:
        import lxml.html

        from tui.ingest.html import _paragraphs, collect_paragraphs

        def extract(markup: str) -> str:
            return _paragraphs(collect_paragraphs(lxml.html.document_fromstring(markup)))
    else:
        def extract(markup: str) -> str:
            return parse_html(markup).text

    extract("<html><body><p>warm up: import trafilatura once</p></body></html>")
    results = []
    times = []
    started, cpu_started = time.perf_counter(), time.process_time()
    for page_id, data in pages:
        page_started = time.perf_counter()
        try:
            markup, _ = decode_bytes(data)
            text = extract(markup)
        except NotText:
            text = ""
        times.append(time.perf_counter() - page_started)
        results.append((page_id, *score(text, truth[page_id]["articleBody"])))
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started

    count = len(results)
    precision = sum(r[1] for r in results) / count
    recall = sum(r[2] for r in results) / count
    f1 = sum(r[3] for r in results) / count
    label = "bs4-style <p> fallback" if args.fallback_only else "newstui HTML reader"
    print(f"{label}: {count} pages, 4-token shingles")
    print(f"F1 {f1:.3f}  precision {precision:.3f}  recall {recall:.3f}")
    # CPU time of this one process is the per-core rate whatever else the machine is doing;
    # wall-clock figures include waiting for a core on a busy machine.
    print(f"speed: {count / cpu:.1f} pages/s by CPU time (one core), {count / elapsed:.1f} "
          f"pages/s wall; wall median {statistics.median(times) * 1000:.1f} ms, p95 "
          f"{sorted(times)[int(0.95 * (count - 1))] * 1000:.1f} ms per page")
    for page_id, p, r, f in sorted(results, key=lambda item: item[3])[: args.worst]:
        print(f"  {f:.3f} P {p:.3f} R {r:.3f}  {page_id}  {truth[page_id]['url']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
