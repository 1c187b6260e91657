"""Ingest speed per format (issue 5: ≥ 2,000 text/JSONL articles/s and ≥ 50 HTML pages/s per core).

    python benchmarks/ingest_speed.py [N] [--dir CORPUS] [--keep]

Without --dir, writes a synthetic corpus of N articles (default 3,000) with
benchmarks/make_corpus.py (text pages, saved HTML pages, JSONL dumps) into a temporary folder,
then reads every file through ``tui.ingest.load_file`` in this one process and prints, per
format, articles/s by CPU time of this process (the per-core rate, unaffected by other load on
the machine) and by wall-clock time.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ingest import expand_paths, load_file


def make_corpus(n: int, folder: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(n),
                    str(folder), "--force"], check=True, stdout=subprocess.DEVNULL)


def measure(folder: Path) -> None:
    files = expand_paths([str(folder)])
    # Warm up: the first HTML page pays for importing trafilatura.
    load_file(next((f for f in files if f.suffix == ".html"), files[0]))
    cpu: dict[str, float] = defaultdict(float)
    wall: dict[str, float] = defaultdict(float)
    articles: dict[str, int] = defaultdict(int)
    skipped = 0
    total_cpu_started, total_wall_started = time.process_time(), time.perf_counter()
    for path in files:
        cpu_started, wall_started = time.process_time(), time.perf_counter()
        loaded, skips = load_file(path)
        cpu_used, wall_used = time.process_time() - cpu_started, time.perf_counter() - wall_started
        skipped += len(skips)
        fmt = loaded[0].format if loaded else "skipped"
        cpu[fmt] += cpu_used
        wall[fmt] += wall_used
        articles[fmt] += len(loaded)
    total_cpu = time.process_time() - total_cpu_started
    total_wall = time.perf_counter() - total_wall_started
    print(f"{len(files)} files, {sum(articles.values())} articles, {skipped} skipped, "
          f"one process (per-core rates)")
    for fmt in sorted(articles):
        if articles[fmt]:
            print(f"{fmt:6} {articles[fmt]:7} articles  {articles[fmt] / cpu[fmt]:9.0f}/s CPU  "
                  f"{articles[fmt] / wall[fmt]:9.0f}/s wall")
    count = sum(articles.values())
    print(f"all    {count:7} articles  {count / total_cpu:9.0f}/s CPU  "
          f"{count / total_wall:9.0f}/s wall")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=3000)
    parser.add_argument("--dir", type=Path, help="an existing corpus to read instead")
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus")
    args = parser.parse_args()
    if args.dir:
        measure(args.dir)
        return 0
    folder = Path(tempfile.mkdtemp(prefix="newstui-ingest-speed-"))
    try:
        make_corpus(args.n, folder / "corpus")
        measure(folder / "corpus")
    finally:
        if args.keep:
            print(f"corpus kept in {folder / 'corpus'}")
        else:
            import shutil

            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
