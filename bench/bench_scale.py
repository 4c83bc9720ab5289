"""The whole run at scale: corpora of 1k and 10k articles (100k with --big) through the real CLI, end to end.

    python bench/bench_scale.py [--sizes 1000 10000] [--big] [--workers N] [--workdir DIR] [--baseline-cmd ...]

Corpora are built from real article text (seeds/ and ../shared/eval/dev/raw as templates): every copy gets
its own digits (amounts, days, years) and its own company and person names, so no two files share bytes
and nothing is served from a cache by accident. Each corpus is built once under --workdir and reused.

For each size it runs `newsledger run` in a subprocess (no PREFECT_API_URL: Prefect's temporary
server, as a user gets it) and prints docs/s, MB/s, the peak RSS of every process of the run together
(sampled), CPU seconds and CPU use (of all cores), the share of wall time outside extraction and loading
(Prefect's start-up and shutdown, imports), the first commit's time, and the time of a re-run over the
unchanged corpus (temporary server, and with --persistent also against a running `prefect server start`).
In the same run it prints the floors: reading every file, and one regex pass over the decoded text.
Nothing here asserts on time.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_DIRS = (ROOT / "seeds", ROOT.parent / "shared" / "eval" / "dev" / "raw")

FIRST = ("Acme", "Borealis", "Castell", "Dunmore", "Everly", "Fairhaven", "Granton", "Halcyon", "Ivers",
         "Juniper", "Kestrel", "Lindqvist", "Marlow", "Norcross", "Oakridge", "Pellham", "Quarry", "Redfern",
         "Stellan", "Thorne", "Ulster", "Vantage", "Westbrook", "Yarrow", "Zephyr")
SECOND = ("Holdings", "Group", "Systems", "Capital", "Networks", "Labs", "Energy", "Motors", "Pay", "Bank")
PEOPLE = ("Maria Okafor", "Chen Wei", "Laura Brandt", "Rahul Mehta", "Sofia Lindgren", "James Whitaker",
          "Aiko Tanaka", "Pedro Alvarez", "Fatima Haddad", "Tomasz Nowak")
_DIGITS = re.compile(r"\d+")
_CAPS = re.compile(r"\b[A-Z][a-z]{3,}\b")
_CALENDAR = {"January", "February", "March", "April", "June", "July", "August", "September", "October",
             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
             "Sunday", "This", "That", "There", "They", "When", "With", "While", "After", "Before"}


def _templates() -> list[str]:
    out = []
    for d in TEMPLATE_DIRS:
        if d.is_dir():
            out += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.iterdir()) if p.is_file()
                    and p.name != "README.md"]
    if not out:
        raise SystemExit("bench_scale: no template articles found in " + ", ".join(map(str, TEMPLATE_DIRS)))
    return out


def _vary(text: str, rng: random.Random) -> str:
    """The same article with other digits and other names: realistic shape, distinct bytes."""
    def digits(m: re.Match) -> str:
        s = m.group(0)
        if len(s) == 4 and s[:2] in ("19", "20"):
            return str(rng.randint(1998, 2025))
        if len(s) <= 2:  # days, months, hours, minutes stay valid ones: stay within the bound they had
            bound = next(b for b in (12, 23, 31, 59, 99) if int(s) <= b)
            new = str(rng.randint(1, 28 if bound == 31 else bound))
            around = m.string[max(m.start() - 1, 0):m.start()] + m.string[m.end():m.end() + 1]
            return new.zfill(len(s)) if s.startswith("0") or set(around) & set("-:/T") else new
        return str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))
    text = _DIGITS.sub(digits, text)
    # the article's most frequent capitalised words stand for its companies and people: rename two of them
    counts: dict[str, int] = {}
    for w in _CAPS.findall(text):
        counts[w] = counts.get(w, 0) + 1
    common = [w for w in sorted(counts, key=lambda w: -counts[w]) if w not in _CALENDAR][:6]
    for w in rng.sample(common, min(2, len(common))):
        new = rng.choice((f"{rng.choice(FIRST)} {rng.choice(SECOND)}", rng.choice(PEOPLE).split()[1],
                          rng.choice(FIRST)))
        text = re.sub(rf"\b{w}\b", new, text)
    return text


def build_corpus(root: Path, n: int, seed: int = 11) -> Path:
    """n distinct articles under root/n (100 per folder, as archives are laid out); reused when complete."""
    target = root / f"corpus-{n}"
    marker = target / ".complete"
    if marker.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    rng = random.Random(seed)
    templates = _templates()
    seen: set[str] = set()
    i = 0
    while i < n:
        t = templates[i % len(templates)]
        body = _vary(t, rng)
        h = hashlib.sha256(body.encode()).hexdigest()
        if h in seen:
            continue
        seen.add(h)
        ext = ".md" if t.startswith("---") else ".txt"
        folder = target / f"{i // 100:05d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article-{i:06d}{ext}").write_text(body, encoding="utf-8")
        i += 1
    marker.write_text(str(n))
    return target


def _files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and not p.name.startswith("."))


def floors(corpus: Path) -> tuple[float, float, int]:
    """Seconds to read every file, seconds of one regex pass over the decoded text, total bytes."""
    paths = _files(corpus)
    t0 = time.perf_counter()
    size = 0
    texts = []
    for p in paths:
        with open(p, "rb") as fh:
            raw = fh.read()
        size += len(raw)
        texts.append(raw)
    t_read = time.perf_counter() - t0
    pattern = re.compile(r"\$?\d[\d,.]*\s*(?:million|billion|%)?")
    t0 = time.perf_counter()
    for raw in texts:
        for _ in pattern.finditer(raw.decode("utf-8", "replace")):
            pass
    t_regex = time.perf_counter() - t0
    return t_read, t_regex, size


@dataclass
class RunStats:
    wall: float
    body: float | None        # seconds the flow itself reported (discovery, extraction, loading)
    first_commit: float | None
    peak_rss: int
    peaks: dict[str, int]     # role (run, server, forkserver, worker 1, ...) -> its own peak RSS, sampled
    phases: dict[str, int]    # phase (extract+load, resolve, exit) -> peak RSS of all processes in it
    phase_roles: dict[tuple[str, str], int]  # (phase, role) -> that role's peak RSS in that phase
    run_trend: list[int]      # the run process's RSS at 1/4, 1/2, 3/4 and the end of extract+load: flat or growing
    cpu: float
    loaded: int
    returncode: int
    tail: str


def _role(root: psutil.Process, p: psutil.Process, workers: dict[int, str]) -> str:
    """Which part of a run a process is: the run itself, Prefect's server, the fork server, or one extraction
    worker (numbered in the order they were first seen; `workers` keeps pid -> name across samples)."""
    if p.pid == root.pid:
        return "run"
    if p.pid in workers:
        return workers[p.pid]
    try:
        cmd = " ".join(p.cmdline())
    except psutil.Error:
        return "other"
    if "uvicorn" in cmd or "prefect_server" in cmd or "prefect server" in cmd:
        return "server"
    if "forkserver" in cmd:  # the fork server is the run's child; the workers are the fork server's
        try:
            if p.ppid() == root.pid:
                return "forkserver"
        except psutil.Error:
            return "other"
    elif "newsledger" in cmd:
        return "run (forked)"  # a moment between fork and exec (starting a helper): shares the run's pages
    if "resource_tracker" in cmd:
        return "resource tracker"
    workers[p.pid] = f"worker {len(workers) + 1}"
    return workers[p.pid]


def _sample(proc: psutil.Process, cpu: dict[int, float], roles: dict[str, int] | None = None,
            workers: dict[int, str] | None = None) -> int:
    """RSS of the whole process tree now; records each process's CPU seconds so far in `cpu`, and the RSS
    of each role (summed over its processes) in `roles`."""
    total = 0
    try:
        procs = [proc] + proc.children(recursive=True)
    except psutil.Error:
        return 0
    for p in procs:
        try:
            with p.oneshot():
                rss = p.memory_info().rss
                total += rss
                t = p.cpu_times()
                cpu[p.pid] = max(cpu.get(p.pid, 0.0), t.user + t.system)
            if roles is not None:
                role = _role(proc, p, workers if workers is not None else {})
                roles[role] = roles.get(role, 0) + rss
        except psutil.Error:
            pass
    return total


def _trend(samples: list[tuple[float, int, dict[str, int]]], t0_load: float, t1: float) -> list[int]:
    """The run process's RSS at 1/4, 1/2, 3/4 and the end of the loading (first commit to last commit)."""
    load = [(t, roles.get("run", 0)) for t, _, roles in samples if t0_load <= t <= t1]
    if not load:
        return []
    return [load[min(len(load) - 1, int(len(load) * q))][1] for q in (0.25, 0.5, 0.75, 1.0)]


def run_cli(cmd: list[str], env: dict[str, str]) -> RunStats:
    """Run one `newsledger run`; sample the RSS of its whole process tree; CPU from wait4 (all descendants)."""
    t0 = time.perf_counter()
    # a neutral directory: a checkout's own packages must not shadow those of the CLI being measured
    proc = subprocess.Popen(cmd, cwd=tempfile.gettempdir(), env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    ps = psutil.Process(proc.pid)
    peak = 0
    peaks: dict[str, int] = {}
    cpu: dict[int, float] = {}
    first_commit: list[float] = []
    last_commit: list[float] = [float("inf")]
    resolved: list[float] = [float("inf")]
    err_lines: list[str] = []
    workers: dict[int, str] = {}
    samples: list[tuple[float, int, dict[str, int]]] = []

    def read_err() -> None:
        for line in proc.stderr:  # type: ignore[union-attr]
            if "committed" in line:
                if not first_commit:
                    first_commit.append(time.perf_counter() - t0)
                last_commit[0] = time.perf_counter() - t0
            if "resolved" in line or "nothing changed since the last resolve" in line:
                resolved[0] = time.perf_counter() - t0
            err_lines.append(line)
    reader = threading.Thread(target=read_err, daemon=True)
    reader.start()
    out_chunks: list[str] = []
    out_reader = threading.Thread(target=lambda: out_chunks.append(proc.stdout.read()), daemon=True)  # type: ignore[union-attr]
    out_reader.start()
    while True:
        try:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        except ChildProcessError:
            break
        if pid:
            break
        roles: dict[str, int] = {}
        now = _sample(ps, cpu, roles, workers)
        samples.append((time.perf_counter() - t0, now, roles))
        peak = max(peak, now)
        for role, rss in roles.items():
            peaks[role] = max(peaks.get(role, 0), rss)
        time.sleep(0.1)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    reader.join(5)
    out_reader.join(5)
    out = "".join(out_chunks)
    m = re.search(r"(\d+) documents loaded.* in ([\d.]+) s", out)
    phases: dict[str, int] = {}
    phase_roles: dict[tuple[str, str], int] = {}
    for t, rss, roles in samples:  # the resolve phase: from the last batch committed to the "resolved" line
        phase = "extract+load" if t <= last_commit[0] else "resolve" if t <= resolved[0] else "exit"
        phases[phase] = max(phases.get(phase, 0), rss)
        for role, r in roles.items():
            phase_roles[phase, role] = max(phase_roles.get((phase, role), 0), r)
    return RunStats(wall=wall, body=float(m.group(2)) if m else None,
                    first_commit=first_commit[0] if first_commit else None, peak_rss=peak, peaks=peaks, phases=phases, phase_roles=phase_roles,
                    run_trend=_trend(samples, t0_load=first_commit[0] if first_commit else 0.0, t1=last_commit[0]),
                    # sampled per process (workers are not all reaped by the run), or what wait4 saw if more
                    cpu=max(usage.ru_utime + usage.ru_stime, sum(cpu.values())), loaded=int(m.group(1)) if m else -1,
                    returncode=proc.returncode, tail=(out + "".join(err_lines))[-1500:])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_prefect_server(env: dict[str, str]) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    proc = subprocess.Popen([str(Path(sys.executable).parent / "prefect"), "server", "start", "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    url = f"http://127.0.0.1:{port}/api"
    import urllib.request
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/health", timeout=1).read()
            return proc, url
        except OSError:
            time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit("bench_scale: prefect server did not start")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000])
    ap.add_argument("--big", action="store_true", help="add a 100k corpus")
    ap.add_argument("--workers", type=int, default=None, help="passed to `newsledger run --workers`")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "newsledger-bench")
    ap.add_argument("--persistent", action="store_true",
                    help="also time the re-run against a running `prefect server start`")
    ap.add_argument("--cli", default=str(Path(sys.executable).parent / "newsledger"),
                    help="the newsledger command to measure (e.g. an older checkout's, for a before/after)")
    ap.add_argument("--no-rerun", action="store_true", help="skip the re-run over the unchanged corpus")
    ap.add_argument("--extra", nargs=argparse.REMAINDER, default=[], help="more `run` options, at the end")
    a = ap.parse_args(argv)
    sizes = a.sizes + ([100_000] if a.big else [])
    a.workdir.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env.setdefault("PREFECT_HOME", str(a.workdir / "prefect-home"))
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} at start "
          f"(other work on the machine slows every number alike; compare ratios within one run)")
    server = None
    try:
        if a.persistent:
            server, url = start_prefect_server(env)
        rows = []
        for n in sizes:
            corpus = build_corpus(a.workdir, n)
            t_read, t_regex, size = floors(corpus)
            db = a.workdir / f"bench-{n}.duckdb"
            for f in (db, Path(str(db) + ".wal")):
                f.unlink(missing_ok=True)
            cmd = [a.cli, "run", "--input", str(corpus), "--db", str(db)]
            quiet = list(cmd)  # not --quiet: the first commit is read from the per-batch log lines
            if a.workers is not None:
                quiet += ["--workers", str(a.workers)]
            quiet += a.extra
            first = run_cli(quiet, env)
            if first.returncode != 0:
                print(f"run failed ({first.returncode}):\n{first.tail}")
                return 1
            again = None if a.no_rerun else run_cli(quiet, env)
            again_p = run_cli(quiet, {**env, "PREFECT_API_URL": url}) if server else None
            rows.append((n, size, t_read, t_regex, first, again, again_p))
            _print(rows[-1])
        return 0
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(30)


def _print(row) -> None:
    n, size, t_read, t_regex, first, again, again_p = row
    mb = size / 1e6
    cores = os.cpu_count() or 1
    outside = (first.wall - first.body) / first.wall if first.body is not None else float("nan")
    print(f"\n== {n:,} documents, {mb:.1f} MB")
    print(f"  | corpus | docs/s | MB/s | wall s | peak RSS (all processes) | CPU s | CPU use (of {cores * 100} %) "
          f"| outside extraction+loading | first commit s | re-run s (temporary server) | re-run / first"
          + (" | re-run s (persistent server) | re-run / first |" if again_p else " |"))
    fc = f"{first.first_commit:.1f}" if first.first_commit is not None else "?"
    line = (f"  | {n // 1000}k | {first.loaded / first.wall:.0f} | {mb / first.wall:.2f} | {first.wall:.1f} | "
            f"{first.peak_rss / 2**20:.0f} MB | {first.cpu:.1f} | {100 * first.cpu / first.wall:.0f} % | "
            f"{100 * outside:.0f} % | {fc} | ")
    line += f"{again.wall:.1f} | {100 * again.wall / first.wall:.1f} %" if again else "– | –"
    if again_p:
        line += f" | {again_p.wall:.1f} | {100 * again_p.wall / first.wall:.1f} %"
    print(line + " |")
    print("  peak RSS by process (each sampled at its own peak): " + ", ".join(
        f"{role} {rss / 2**20:.0f} MB" for role, rss in sorted(first.peaks.items())))
    print("  run process RSS through extract+load (at 1/4, 1/2, 3/4, end): " + ", ".join(
        f"{rss / 2**20:.0f}" for rss in first.run_trend) + " MB")
    for phase in ("extract+load", "resolve", "exit"):
        if phase in first.phases:
            print(f"  peak RSS in {phase}: all processes {first.phases[phase] / 2**20:.0f} MB; by process " + ", ".join(
                f"{role} {rss / 2**20:.0f} MB" for (ph, role), rss in sorted(first.phase_roles.items()) if ph == phase))
    print(f"  floors: reading every file {t_read:.2f} s ({mb / t_read:.0f} MB/s), one regex pass {t_regex:.2f} s "
          f"({mb / t_regex:.0f} MB/s); the run is {first.wall / t_read:.0f}x the read floor, "
          f"{first.wall / t_regex:.0f}x the regex floor")


if __name__ == "__main__":
    sys.exit(main())
