"""The ten cases of issue 18 at full size: time and peak memory of the whole process tree.

    .venv/bin/python bench/hostile.py [--timeout 120]

Inputs are generated in a temporary folder at run time (tests/hostile_inputs.py). Every case
runs the real ``districts`` command (or, for the dashboard, the upload worker) in a child
process capped at 3 GB of address space and ``--timeout`` seconds, so a case that still blows
up shows as "stopped", not as a machine out of memory. Peak memory is the largest sum of the
resident memory of the process and all its descendants, sampled every 50 ms. The figures go to
the "Hostile input" section of bench/results.md (replaced on each run).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import hostile_inputs as make  # noqa: E402

CAP = 3_000_000_000
SECTION = "## Hostile input (issue 18, bench/hostile.py)"


@dataclass
class Outcome:
    case: str
    what: str
    seconds: float
    peak_mib: float
    result: str


def _tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and every descendant."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CAP, CAP))


def run(command: list[str], env: dict[str, str], timeout: float, stdin: str = "") -> tuple:
    """(seconds, peak MiB, exit code or None when stopped, stdout bytes, last stderr line)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.monotonic()
        process = subprocess.Popen(
            command, env=env, stdout=out, stderr=err, preexec_fn=_cap, cwd=ROOT,
            start_new_session=True,
        )  # fmt: skip
        peak, code = 0, None
        while True:
            peak = max(peak, _tree_rss(process.pid))
            code = process.poll()
            if code is not None:
                break
            if time.monotonic() - started > timeout:
                os.killpg(process.pid, 9)
                process.wait()
                code = None
                break
            time.sleep(0.05)
        seconds = time.monotonic() - started
        size = out.tell()
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    tail = lines[-1] if lines else ""
    if any("Traceback" in line for line in lines):
        tail = f"TRACEBACK: {tail}"
    return seconds, peak / 2**20, code, size, tail


def districts(*args: str) -> list[str]:
    return [sys.executable, "-m", "districts.cli", *args]


def outcome_text(code: int | None, tail: str, timeout: float, extra: str = "") -> str:
    if code is None:
        return f"stopped at {timeout:.0f} s"
    said = tail.replace("|", "\\|")[:150]
    return f"exit {code}{extra}: {said}" if said else f"exit {code}{extra}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--only", help="run only the cases whose number starts with this")
    args = parser.parse_args()
    timeout = args.timeout
    work = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    data = work / "data"
    data.mkdir()
    for path in (ROOT / "data").glob("*.yaml"):
        shutil.copy(path, data / path.name)
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DISTRICTS_DATA_DIR": str(data),
        "XDG_CACHE_HOME": str(work / "cache"),
        "TMPDIR": str(work / "tmp"),
    }
    (work / "tmp").mkdir()
    outcomes: list[Outcome] = []

    def case(number: str, what: str, command: list[str], extra: str = "") -> None:
        if args.only and not number.startswith(args.only):
            return
        seconds, peak, code, size, tail = run(command, env, timeout)
        note = f", {size / 2**20:.1f} MiB of output" if size > 2**20 else extra
        result = outcome_text(code, tail, timeout, note)
        outcomes.append(Outcome(number, what, seconds, peak, result))
        print(f"{number:4} {what:62} {seconds:7.1f} s {peak:7.0f} MiB  {outcomes[-1].result}")

    def add(path: Path) -> list[str]:
        return districts("add", str(path), "--district", "密云")

    # 1. Quadratic output: a text table of 1,000 rows without end punctuation.
    table = make.table_text(work / "t.txt", 1000)
    case("1", "extract, text table of 1,000 rows", districts("extract", str(table)))

    # 2. Small files that expand past every limit.
    case("2a", "add, 1.1 MB .docx with a 1.1 GB text node",
         add(make.docx_text_node(work / "node.docx", 1_100_000_000)))  # fmt: skip
    case("2b", ".docx whose XML inflates to 0.2 GB of paragraphs",
         add(make.docx_paragraphs(work / "paras.docx", 6_000_000)))  # fmt: skip
    case("2c", "PDF of nested forms, depth 16, each drawing the next twice",
         add(make.pdf_nested_forms(work / "forms16.pdf", 16, 2)))  # fmt: skip
    case("2d", "PDF of nested forms, depth 40",
         add(make.pdf_nested_forms(work / "forms40.pdf", 40, 2)))  # fmt: skip
    case("2e", "PDF with a stream inflating to 1 GB",
         add(make.pdf_inflating_stream(work / "inflate.pdf", 1_000_000_000)))  # fmt: skip
    case("2f", "PDF of 20,000 pages", add(make.pdf_pages(work / "p20k.pdf", 20_000)))
    case("2g", "PDF of 150,000 pages", add(make.pdf_pages(work / "p150k.pdf", 150_000)))
    case("2h", "15 MB of nested HTML tags",
         add(make.html_nested(work / "nested.html", 3_000_000)))  # fmt: skip
    dashboard = (
        "import resource, sys; from pathlib import Path; "
        "from districts.tables.isolated import preview_upload; "
        "rss=lambda: int(open('/proc/self/statm').read().split()[1])*4096/2**20; "
        "content=Path(sys.argv[1]).read_bytes(); before=rss()\n"
        "said = 'read'\n"
        "try: preview_upload(Path(sys.argv[1]).name, content)\n"
        "except Exception as e: said = str(e)[:110]\n"
        "print(f'{said}; the server grew {rss()-before:.0f} MiB', file=sys.stderr)"
    )
    case("2i", "dashboard worker, the 1.1 GB-text-node .docx",
         [sys.executable, "-c", dashboard, str(work / "node.docx")])  # fmt: skip

    # 3. No pickles from shared places: a planted pickle must not run.
    marker = work / "pwned"
    planted = (
        "import pickle, os\n"
        "class P:\n    def __reduce__(self): return (os.system, ('touch " + str(marker) + "',))\n"
        "path = os.path.join(os.environ['TMPDIR'], 'districts-mojibake-lexicon-x.pickle')\n"
        "open(path, 'wb').write(pickle.dumps(P()))"
    )
    subprocess.run([sys.executable, "-c", planted], env=env, check=True)
    mojibake = work / "moji.txt"
    mojibake.write_bytes("密云区森林覆盖率72.5%。".encode().decode("latin-1").encode())
    if not args.only or "3".startswith(args.only):
        seconds, peak, code, _, _ = run(districts("extract", str(mojibake)), env, timeout)
        ran = "a planted pickle RAN" if marker.exists() else "no planted code ran"
        outcomes.append(Outcome("3", "extract with a pickle planted in $TMPDIR", seconds, peak,
                                f"exit {code}: {ran}"))  # fmt: skip
        print("3", outcomes[-1])

    # 4. Super-linear patterns (the largest size the issue gives for each).
    for label, text, command in [
        (",111 repeated, 100k characters", "密云区" + ",111" * 25_000, "extract"),
        ("runs of 一二三…, 40k characters", "密云区" + "一二三四五六七八九十" * 4_000, "extract"),
        ("第一 repeated, 40k characters", "密云区" + "第一" * 20_000, "extract"),
        ("三分之 repeated, 5k characters", "密云区" + "三分之" * 1_700, "extract"),
        ("1% repeated, 4k characters", "密云区" + "1%" * 2_000, "extract"),
        ("normalize, 網際網路 repeated, 4k characters", "密雲區" + "網際網路" * 1_000, "normalize"),
    ]:
        path = work / f"pattern{len(outcomes)}.txt"
        path.write_text(text, encoding="utf-8")
        case("4", f"{command}, {label}", districts(command, str(path)))

    # 5. Markdown from strangers: escaped before any widget (dashboard helper's DOM test).
    escape = (
        "from districts.ui.text import md_escape; import sys; "
        "s=md_escape('[登录](http://evil) ![t](http://127.0.0.1:9999/t.png)'); "
        "print('escaped' if '](' not in s.replace('\\\\](', '') else 'LIVE LINK', file=sys.stderr)"
    )
    case("5", "Markdown of a stranger's text through md_escape", [sys.executable, "-c", escape])

    # 6. Two adds at once, on a full copy of the data (tables and all).
    full = work / "full"
    shutil.copytree(ROOT / "data", full / "data")
    full_env = {**env, "DISTRICTS_DATA_DIR": str(full / "data")}
    first, second = work / "a6.txt", work / "b6.txt"
    first.write_text("怀柔区2024年新增公园5处。", encoding="utf-8")
    second.write_text("延庆区2024年新增公园7处。", encoding="utf-8")
    if not args.only or "6".startswith(args.only):
        started = time.monotonic()
        processes = [
            subprocess.Popen(districts("add", str(path)), env=full_env, cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for path in (first, second)
        ]  # fmt: skip
        codes = [process.wait(timeout=timeout) for process in processes]
        seconds = time.monotonic() - started
        documents = (full / "data" / "documents.csv").read_text(encoding="utf-8-sig")
        both = all(name in documents for name in ("a6.txt", "b6.txt"))
        outcomes.append(Outcome("6", "two adds at once", seconds, float("nan"),
                                f"exits {codes}; both in the tables: {both}"))  # fmt: skip
        print("6", outcomes[-1])

    # 7 and 9. Full disk, read-only folder, long names, remove originals.
    transaction = (
        "import errno, os, sys, pathlib\n"
        "from districts.cli import main\n"
        "from districts.tables import corpus\n"
        "user = corpus.USER_DIR; before = sorted(p.name for p in user.rglob('*')) "
        "if user.exists() else []\n"
        "def fail(*a, **k): raise OSError(errno.{code}, os.strerror(errno.{code}))\n"
        "{patch} = fail\n"
        "code = main(['add', sys.argv[1], '--district', '怀柔'])\n"
        "after = sorted(p.name for p in user.rglob('*')) if user.exists() else []\n"
        "print(f'exit {{code}}, data/user unchanged: {{before == after}}', file=sys.stderr)"
    )
    doc7 = work / "full7.txt"
    doc7.write_text("怀柔区2024年森林覆盖率达到80.1%。" * 2000, encoding="utf-8")
    env.update(DISTRICTS_DATA_DIR=str(full / "data"))
    case("7", "add with the disk full while the original is copied", [
        sys.executable, "-c",
        transaction.format(code="ENOSPC", patch="corpus.shutil.copyfile"), str(doc7)])  # fmt: skip
    case("7", "add with the disk full while the text is written", [
        sys.executable, "-c",
        transaction.format(code="ENOSPC", patch="os.fsync"), str(doc7)])  # fmt: skip
    case("9", "add into a read-only data folder", [
        sys.executable, "-c",
        transaction.format(code="EROFS", patch="corpus.tempfile.mkdtemp"), str(doc7)])  # fmt: skip
    long_name = work / ("怀" * 83 + "a.txt")  # 254 bytes
    long_name.write_text("怀柔区2024年新增公园5处。", encoding="utf-8")
    case("9", "add a file named with 254 bytes", districts("add", str(long_name)))
    case("9", "remove originals", districts("remove", "originals"))

    # 8. Memory per character: a permitted 19 MB ASCII text through normalize.
    big = make.ascii_text(work / "big.txt", 19_000_000)
    case("8", "normalize, 19 MB ASCII text", districts("normalize", str(big)))

    # 10. Devices are not read.
    zero = work / "zero.txt"
    zero.symlink_to("/dev/zero")
    case("10", "add a link zero.txt → /dev/zero", add(zero))

    shutil.rmtree(work, ignore_errors=True)
    _write_results(outcomes, timeout)


def _write_results(outcomes: list[Outcome], timeout: float) -> None:
    lines = [
        SECTION,
        "",
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; each case capped at "
        f"3 GB of address space and {timeout:.0f} s; memory is the peak resident memory of the "
        "process and all its children",
        "",
        "| case | input | time | peak memory | outcome |",
        "|---|---|---|---|---|",
    ]
    for outcome in outcomes:
        memory = "—" if outcome.peak_mib != outcome.peak_mib else f"{outcome.peak_mib:.0f} MiB"
        lines.append(
            f"| {outcome.case} | {outcome.what} | {outcome.seconds:.1f} s | {memory} | "
            f"{outcome.result} |"
        )
    results = ROOT / "bench" / "results.md"
    text = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
    if SECTION in text:
        before, _, rest = text.partition(SECTION)
        after = rest[rest.find("\n## ") :] if "\n## " in rest else ""
        text = before.rstrip() + "\n\n" + "\n".join(lines) + "\n" + after
    else:
        text = text.rstrip() + "\n\n" + "\n".join(lines) + "\n"
    results.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
