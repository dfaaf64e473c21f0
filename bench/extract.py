"""Extraction throughput and memory on the shared corpus, repeated.

Prints MB/s of `extract_file` beside the floor measured in the same run (reading, decoding
and Traditional-to-Simplified conversion only), 10 MB against 50 MB to show that time grows
linearly, and the peak RSS of extracting a 200 MB file in a fresh process. Every copy of
the corpus is tagged so that no section is a repeat: duplicate sections would be skipped
and flatter the figures.

    python bench/extract.py [--corpus DIR] [--sizes 10,50] [--memory-mb 200]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.extract import extract_file  # noqa: E402
from ingest.normalize import to_simplified  # noqa: E402
from ingest.read import decode_bytes, iter_text_chunks  # noqa: E402

MB = 1024 * 1024


def build(corpus: Path, size_mb: float, target: Path) -> int:
    """Write the corpus, repeated with a tag per copy and line, until size_mb is reached."""
    texts = [decode_bytes(p.read_bytes(), p.name) for p in sorted(corpus.glob("*.txt"))]
    total = 0
    copy = 0
    with target.open("w", encoding="utf-8") as fh:
        while total < size_mb * MB:
            for text in texts:
                tagged = "\n".join(
                    f"{line} v{copy}" if line.strip() else line for line in text.splitlines()
                )
                data = tagged + "\n\n"
                fh.write(data)
                total += len(data.encode("utf-8"))
            copy += 1
    return target.stat().st_size


def floor_seconds(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of reading, decoding and converting to Simplified."""
    t, c = time.perf_counter(), time.process_time()
    for chunk in iter_text_chunks(path):
        to_simplified(chunk)
    return time.perf_counter() - t, time.process_time() - c


def extract_seconds(path: Path) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of `extract_file`, and the roles found."""
    t, c = time.perf_counter(), time.process_time()
    doc = extract_file(path)
    return time.perf_counter() - t, time.process_time() - c, sum(len(u.roles) for u in doc.units)


def converter_name() -> str:
    """Which OpenCC the floor uses. The official package (a C++ binding) is many times faster
    than opencc-python-reimplemented, which would flatter every ratio; the product depends on
    the official one."""
    import opencc

    kind = "official C++ binding" if hasattr(opencc, "clib") else "pure-Python reimplementation"
    try:
        version = metadata.version("opencc")
    except metadata.PackageNotFoundError:
        version = "?"
    return f"opencc {version}, {kind}"


# Linux keeps the parent's peak in ru_maxrss across fork and exec, so the child reads its
# own high-water mark (VmHWM) where there is one.
_CHILD = """
import resource, sys, json
sys.path.insert(0, {root!r})
def peak_kb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
from ingest.extract import extract_file
base = peak_kb()
doc = extract_file({path!r})
peak = peak_kb()
print(json.dumps({{"base_kb": base, "peak_kb": peak, "units": len(doc.units)}}))
"""


# Each size is timed in a process of its own, so that no run pays for what an earlier one left
# behind (as a 50 MB run once paid a sixth more after a 10 MB one whose text it repeats: see
# `ingest.lines`). The floor runs in the same process, side by side.
_TIMED_CHILD = """
import json, sys
sys.path.insert(0, {bench!r})
from extract import extract_seconds, floor_seconds
from pathlib import Path
path = Path({path!r})
f, fc = floor_seconds(path)
e, ec, roles = extract_seconds(path)
print(json.dumps([f, fc, e, ec, roles]))
"""


def timed(path: Path) -> tuple[float, float, float, float, int]:
    """Floor and extraction seconds (wall-clock and CPU) and roles, in a fresh process."""
    code = _TIMED_CHILD.format(bench=str(Path(__file__).resolve().parent), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    f, fc, e, ec, roles = json.loads(out.stdout.strip().splitlines()[-1])
    return f, fc, e, ec, int(roles)


def peak_rss(path: Path) -> dict[str, int]:
    code = _CHILD.format(root=str(ROOT), path=str(path))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--sizes", default="10,50", help="input sizes in MB, comma-separated")
    ap.add_argument("--memory-mb", type=float, default=200, help="0 to skip the memory run")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        sizes = [float(x) for x in a.sizes.split(",")]
        paths = []
        for size in sizes:
            path = Path(tmp) / f"corpus_{size:g}mb.txt"
            nbytes = build(a.corpus, size, path)
            f, fc, e, ec, roles = timed(path)
            rows.append((size, nbytes, f, fc, e, ec, roles))
            paths.append(path)
        if len(rows) >= 2:
            # The smallest input again, after the largest: on a shared machine the load changes
            # during a run, and the better of two runs on either side is the fairer baseline.
            size, nbytes, f, fc, e, ec, roles = rows[0]
            f2, fc2, e2, ec2, _ = timed(paths[0])
            rows[0] = (size, nbytes, min(f, f2), min(fc, fc2), min(e, e2), min(ec, ec2), roles)
        for path in paths:
            path.unlink()
        print(f"floor: {converter_name()}")
        # CPU seconds beside wall-clock ones: on a shared machine only the CPU figures are
        # comparable between runs.
        print(
            f"{'input':>8} {'floor MB/s':>11} {'extract MB/s':>13} {'ratio':>6}"
            f" {'seconds':>8} {'cpu MB/s':>9} {'cpu ratio':>9} {'cpu s':>7} {'roles':>7}"
        )
        for size, nbytes, f, fc, e, ec, roles in rows:
            mbs = nbytes / MB
            print(
                f"{size:>6g}MB {mbs / f:>11.2f} {mbs / e:>13.2f} {e / f:>6.2f} {e:>8.2f}"
                f" {mbs / ec:>9.2f} {ec / fc:>9.2f} {ec:>7.2f} {roles:>7}"
            )
        if len(rows) >= 2:
            (s0, b0, _, _, e0, c0, _), (s1, b1, _, _, e1, c1, _) = rows[0], rows[-1]
            m0, m1 = b0 / MB, b1 / MB
            print(
                f"time per MB: {e0 / m0:.3f}s at {s0:g} MB, {e1 / m1:.3f}s at {s1:g} MB"
                f" (x{(e1 / m1) / (e0 / m0):.2f}; 1.00 is linear);"
                f" cpu {c0 / m0:.3f}s and {c1 / m1:.3f}s (x{(c1 / m1) / (c0 / m0):.2f})"
            )
        if a.memory_mb > 0:
            path = Path(tmp) / "big.txt"
            nbytes = build(a.corpus, a.memory_mb, path)
            r = peak_rss(path)
            peak = r["peak_kb"] * 1024
            print(
                f"peak RSS on {nbytes / MB:.0f} MB: {peak / MB:.0f} MB "
                f"({peak / nbytes:.2f}x the input; interpreter and libraries alone:"
                f" {r['base_kb'] / 1024:.0f} MB)"
            )


if __name__ == "__main__":
    main()
