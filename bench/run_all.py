"""Run every benchmark in turn (`make bench`); results land in bench/results/*.json."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = [
    ["ingest_bench.py"],
    ["ocr_bench.py"],
    ["ingest_formats.py"],
    ["embedders.py"],
    ["query_bench.py", "--embedders", "e5-small,use-multilingual,none"],
    ["scale_bench.py"],
    ["load_test.py"],
    ["written_bench.py"],
]

if __name__ == "__main__":
    for step in STEPS:
        print(f"== {' '.join(step)}", flush=True)
        subprocess.run([sys.executable, str(HERE / step[0]), *step[1:]], cwd=HERE, check=True)
