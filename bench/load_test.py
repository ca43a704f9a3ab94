"""Load test: N concurrent clients on POST /v1/ask against a local server (loopback), with one refresh midway.

    python bench/load_test.py                      # 32 clients, 60 s, refresh by the API at mid-run
    python bench/load_test.py --refresh cli        # the refresh is `cli.py ingest` in another process
    python bench/load_test.py --clients 8 --duration 10

The server runs in its own process over a temporary copy of the corpus and index (the copy gets
one new document at mid-run, so the refresh does real work), with the rate limit disabled.
Prints requests/s, p50, p95, p99 and errors, and writes bench/results/load.json.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.common import percentile, save  # noqa: E402

MAX_DURATION_S = 600
NEW_DOC = (
    "# Maraudes santé mentale à Roubaix\n\n"
    "Les maraudes santé mentale de Roubaix associent une infirmière de secteur et un médiateur pair "
    "qui vont chaque vendredi à la rencontre des habitants isolés du quartier de l'Alma.\n"
)


def load_questions(path: Path) -> list[str]:
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(corpus: Path, index: Path | None, work: Path) -> tuple[Path, Path]:
    """A private copy of the corpus and index (built here if there is none to copy)."""
    shutil.copytree(corpus, work / "corpus")
    if index is not None and (index / "CURRENT").is_file():
        shutil.copytree(index, work / "index", ignore=shutil.ignore_patterns("*.lock"))
    else:
        print("Construction de l'index de départ…", flush=True)
        done = subprocess.run([sys.executable, "cli.py", "ingest", "--corpus", str(work / "corpus"),
                               "--index", str(work / "index")], cwd=ROOT, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"échec de la construction de l'index :\n{done.stderr[-2000:]}")
    return work / "corpus", work / "index"


def start_server(corpus: Path, index: Path, port: int, token: str, log_path: Path,
                 workers: int = 1) -> subprocess.Popen:
    env = os.environ | {
        "ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_INDEX_DIR": str(index),
        "ASSISTANT_HOST": "127.0.0.1", "ASSISTANT_PORT": str(port),
        "ASSISTANT_RATE_LIMIT_PER_MINUTE": "0", "ASSISTANT_ADMIN_TOKEN": token,
    }
    log = log_path.open("wb")
    command = [sys.executable, "-m", "assistant.api.server", "--no-access-log", "--workers", str(workers)]
    return subprocess.Popen(command, cwd=ROOT,
                            env=env, stdout=log, stderr=subprocess.STDOUT)


def server_cpu_s(proc: subprocess.Popen) -> float:
    """CPU seconds used so far by the server process (-1 without psutil)."""
    try:
        import psutil
    except ImportError:
        return -1.0
    root = psutil.Process(proc.pid)
    total = 0.0
    for p in [root, *root.children(recursive=True)]:  # uvicorn workers are children of the supervisor
        try:
            times = p.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def wait_ready(url: str, proc: subprocess.Popen, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("le serveur s'est arrêté au démarrage (voir le journal)")
        try:
            r = httpx.get(f"{url}/readyz", timeout=2)
            if r.status_code == 200:
                return r.json()
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("le serveur n'est pas prêt")


async def client_loop(http: httpx.AsyncClient, questions: list[str], offset: int, deadline: float,
                      samples: list, errors: list) -> None:
    i = offset
    while time.monotonic() < deadline:
        question = questions[i % len(questions)]
        i += 7  # each client walks the list in its own order
        start = time.perf_counter()
        try:
            r = await http.post("/v1/ask", json={"question": question})
            ok = r.status_code == 200 and "citations" in r.json()
            status = r.status_code
        except httpx.HTTPError as exc:
            ok, status = False, repr(exc)
        elapsed = time.perf_counter() - start
        samples.append((time.monotonic(), elapsed, ok))
        if not ok:
            errors.append(str(status))


async def refresh_midway(url: str, token: str, corpus: Path, index: Path, mode: str, at: float,
                         result: dict) -> None:
    await asyncio.sleep(at)
    (corpus / "2024-06-14_maraudes-roubaix.md").write_text(NEW_DOC, encoding="utf-8")
    start = time.perf_counter()
    async with httpx.AsyncClient(base_url=url, timeout=300) as http:
        before = (await http.get("/readyz")).json()["generation"]
        if mode == "api":
            auth = {"Authorization": f"Bearer {token}"}
            r = await http.post("/v1/admin/reindex", headers=auth)
            result["status"] = r.status_code
            job = r.json()  # 202: a job, followed until it is over
            while job.get("state") == "en cours":
                await asyncio.sleep(0.5)
                job = (await http.get(f"/v1/admin/jobs/{job['id']}", headers=auth)).json()
            result["report"] = job.get("report") or job.get("error")
        else:
            proc = await asyncio.create_subprocess_exec(
                sys.executable, "cli.py", "ingest", "--corpus", str(corpus), "--index", str(index), cwd=ROOT,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            _, err = await proc.communicate()
            result["status"] = proc.returncode
            if proc.returncode:
                result["stderr"] = err.decode()[-500:]
        result["duration_s"] = round(time.perf_counter() - start, 2)
        for _ in range(100):  # the server notices the new generation within about a second
            after = (await http.get("/readyz")).json()
            if after["generation"] != before:
                break
            await asyncio.sleep(0.1)
        result.update(generation_before=before, generation_after=after["generation"],
                      documents_after=after["documents"], at_s=round(at, 1))


async def run_load(url: str, token: str, corpus: Path, index: Path, questions: list[str], clients: int,
                   duration: float, refresh: str, refresh_at: float) -> dict:
    samples: list = []
    errors: list = []
    refresh_result: dict = {}
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as http:
        for q in questions[:4]:  # warm-up, not measured
            await http.post("/v1/ask", json={"question": q})
        start = time.monotonic()
        deadline = start + duration
        tasks = [client_loop(http, questions, c, deadline, samples, errors) for c in range(clients)]
        if refresh != "none":
            tasks.append(refresh_midway(url, token, corpus, index, refresh, duration * refresh_at, refresh_result))
        await asyncio.gather(*tasks)
        wall = time.monotonic() - start
    latencies = [s[1] for s in samples]
    return {"samples": samples, "errors": errors, "wall_s": wall, "latencies": latencies,
            "refresh": refresh_result}


def summarise(run: dict, clients: int, duration: float, refresh: str) -> dict:
    lat = run["latencies"]
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    return {
        "clients": clients,
        "duration_s": round(run["wall_s"], 1),
        "requests": len(lat),
        "requests_per_s": round(len(lat) / run["wall_s"], 1) if run["wall_s"] else 0.0,
        "p50_ms": ms(percentile(lat, 50)),
        "p95_ms": ms(percentile(lat, 95)),
        "p99_ms": ms(percentile(lat, 99)),
        "max_ms": ms(max(lat)) if lat else 0.0,
        "errors": len(run["errors"]),
        "error_samples": sorted(set(run["errors"]))[:5],
        "refresh_mode": refresh,
        "refresh": run["refresh"],
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_1min_at_end": round(os.getloadavg()[0], 2)},
    }


def print_table(result: dict) -> None:
    rows = [
        ("clients", result["clients"]), ("durée (s)", result["duration_s"]), ("requêtes", result["requests"]),
        ("requêtes/s", result["requests_per_s"]), ("p50 (ms)", result["p50_ms"]), ("p95 (ms)", result["p95_ms"]),
        ("p99 (ms)", result["p99_ms"]), ("max (ms)", result["max_ms"]), ("erreurs", result["errors"]),
    ]
    refresh = result.get("refresh") or {}
    if refresh:
        rows.append(("mise à jour", f"{result['refresh_mode']} à {refresh.get('at_s')} s, "
                                    f"{refresh.get('duration_s')} s, {refresh.get('generation_before')} → "
                                    f"{refresh.get('generation_after')}"))
    width = max(len(k) for k, _ in rows)
    print("\n| mesure" + " " * (width - 6) + " | valeur |")
    print("|" + "-" * (width + 2) + "|--------|")
    for key, value in rows:
        print(f"| {key.ljust(width)} | {value} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--duration", type=float, default=60.0, help=f"secondes (au plus {MAX_DURATION_S})")
    parser.add_argument("--refresh", choices=["api", "cli", "none"], default="api",
                        help="mise à jour à mi-parcours : par l'API, par `cli.py ingest`, ou aucune")
    parser.add_argument("--refresh-at", type=float, default=0.5, help="moment de la mise à jour (fraction de la durée)")
    parser.add_argument("--questions", type=Path, default=ROOT / "bench" / "load_questions.txt")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--index", type=Path, default=ROOT / "index")
    parser.add_argument("--workers", type=int, default=1, help="processus serveur (uvicorn --workers)")
    parser.add_argument("--output", default="load", help="nom du fichier de résultats dans bench/results/")
    args = parser.parse_args(argv)
    duration = max(1.0, min(args.duration, MAX_DURATION_S))
    questions = load_questions(args.questions)
    token = secrets.token_urlsafe(24)

    with tempfile.TemporaryDirectory(prefix="load-test-") as tmp:
        work = Path(tmp)
        corpus, index = prepare(args.corpus, args.index, work)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        proc = start_server(corpus, index, port, token, work / "server.log", args.workers)
        try:
            ready = wait_ready(url, proc)
            print(f"Serveur prêt sur {url} ({ready['generation']}, {ready['passages']} passages) ; "
                  f"{args.clients} clients pendant {duration:.0f} s…", flush=True)
            cpu_before = server_cpu_s(proc)
            run = asyncio.run(asyncio.wait_for(
                run_load(url, token, corpus, index, questions, args.clients, duration, args.refresh, args.refresh_at),
                timeout=duration + 330))
            cpu_used = server_cpu_s(proc) - cpu_before
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        server_log = (work / "server.log").read_text(errors="replace")
        result = summarise(run, args.clients, duration, args.refresh)
        if cpu_before >= 0 and result["requests"]:
            result["server_cpu_ms_per_request"] = round(cpu_used * 1000 / result["requests"], 2)
        result["workers"] = args.workers
        result["server_errors_logged"] = server_log.count("ERROR") + server_log.count("Traceback")
        print_table(result)
        print()
        save(args.output, result)
    ok = result["errors"] == 0 and result["server_errors_logged"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
