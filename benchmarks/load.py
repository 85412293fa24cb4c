#!/usr/bin/env python3
"""Load test: N clients for T seconds against `derek serve` on 127.0.0.1, while `derek ingest` writes.

Builds a knowledge base of invented articles (tests/reliability/synthetic.py) in a temporary folder, starts
`derek serve` on a free loopback port, starts an ingest of more articles into the same file, and lets
``--clients`` clients (one keep-alive connection each) request a mix of pages and API calls until
``--seconds`` have passed. ``--think`` pauses each client between requests (uniformly, 0 to twice that),
which is what lets idle keep-alive connections meet the server's idle timeout. Prints one JSON object:
requests, errors (by kind: transport errors and 5xx), p50/p95/p99 latency in ms, requests per second.

    python benchmarks/load.py --clients 50 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "reliability"))

from synthetic import dated_text, surname  # noqa: E402

MAX_CLIENTS = 200
MAX_SECONDS = 600
HOST = "127.0.0.1"  # loopback only: this never listens on, or calls, another machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def write_articles(folder: Path, first: int, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(first, first + count):
        (folder / f"a{i:05d}.txt").write_text(dated_text(i, 10 + i % 20), encoding="utf-8")


def derek(*args: str) -> list[str]:
    return [sys.executable, "-m", "derek.cli", *args]


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO / "src"), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"derek serve exited with status {server.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"derek serve did not answer {url} within {seconds:.0f} s")


def paths(rng: random.Random) -> str:
    """One request of the mix: pages and API calls, searches with real and hostile words."""
    word = rng.choice(["кеңес", "министр", "Астанада", surname(rng), "жол", "\"OR*", "<script>", "мектеп"])
    return rng.choice([
        "/", f"/search?q={word}", f"/api/search?q={word}", "/articles", "/api/articles?limit=20",
        "/entities", "/api/entities?type=PERSON", f"/api/entities/{rng.randint(1, 60)}",
        f"/entities/{rng.randint(1, 60)}", "/events", "/api/events", "/api/stats",
    ])


async def client(
    base: str, until: float, think: float, seed: int, latencies: list[float], errors: Counter[str]
) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=1)) as http:
        while time.monotonic() < until:
            path = paths(rng)
            started = time.perf_counter()
            try:
                response = await http.get(path)
                if response.status_code >= 500:
                    errors[f"HTTP {response.status_code}"] += 1
                else:
                    latencies.append(time.perf_counter() - started)
            except httpx.HTTPError as exc:
                errors[type(exc).__name__] += 1
            if think > 0:
                await asyncio.sleep(rng.uniform(0, 2 * think))


async def load(base: str, clients: int, seconds: float, think: float) -> tuple[list[float], Counter[str], float]:
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    started = time.monotonic()
    until = started + seconds
    await asyncio.gather(*(client(base, until, think, n, latencies, errors) for n in range(clients)))
    return latencies, errors, time.monotonic() - started


def percentile(sorted_values: list[float], q: float) -> float | None:
    if not sorted_values:
        return None
    return round(1000 * sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))], 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50, help=f"concurrent clients (at most {MAX_CLIENTS})")
    parser.add_argument("--seconds", type=float, default=60, help=f"how long to run (at most {MAX_SECONDS})")
    parser.add_argument("--think", type=float, default=0.0, help="mean pause between a client's requests (s)")
    parser.add_argument("--articles", type=int, default=200, help="articles stored before the test starts")
    parser.add_argument("--ingest", type=int, default=300, help="articles ingested while the test runs")
    args = parser.parse_args()
    clients = max(1, min(args.clients, MAX_CLIENTS))
    seconds = max(1.0, min(args.seconds, MAX_SECONDS))
    with tempfile.TemporaryDirectory(prefix="derek-load-") as tmp:
        root = Path(tmp)
        db = str(root / "load.db")
        write_articles(root / "before", 0, args.articles)
        write_articles(root / "during", args.articles, args.ingest)
        subprocess.run(derek("ingest", str(root / "before"), "--db", db, "--quiet"), env=environment(), check=True,
                       stdout=subprocess.DEVNULL)
        port = free_port()
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen(derek("serve", "--db", db, "--host", HOST, "--port", str(port)), env=environment(),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wait_until_up(base + "/", server)
            writer = subprocess.Popen(derek("ingest", str(root / "during"), "--db", db, "--quiet"), env=environment(),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            latencies, errors, took = asyncio.run(load(base, clients, seconds, args.think))
            ingest_done = writer.poll() is not None
            if not ingest_done:
                writer.kill()
            writer.wait()
        finally:
            server.terminate()
            server.wait(timeout=30)
    latencies.sort()
    total = len(latencies) + sum(errors.values())
    print(json.dumps({
        "clients": clients, "seconds": round(took, 1), "think_s": args.think, "requests": total,
        "errors": sum(errors.values()), "error_kinds": dict(errors), "p50_ms": percentile(latencies, 0.50),
        "p95_ms": percentile(latencies, 0.95), "p99_ms": percentile(latencies, 0.99),
        "requests_per_s": round(total / took, 1) if took else None,
        "ingest_finished_during_test": ingest_done, "ingest_status": writer.returncode,
    }, allow_nan=False))


if __name__ == "__main__":
    main()
