"""Worker processes end with their parent: `derek process --workers 2` killed with SIGKILL leaves no worker
behind (a pool worker would otherwise wait for work for ever, holding the parent's output pipes open)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TEXT = "Астанада жиын өтті\nАстанада халықаралық жиын өтті. Оған {n} елдің өкілдері қатысты."


def children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split()[2]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads worker pids from Linux's /proc")
def test_workers_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    for i in range(400):
        (tmp_path / f"{i:04d}.txt").write_text(TEXT.format(n=i + 2), encoding="utf-8")
    with subprocess.Popen([sys.executable, "-m", "derek.cli", "process", str(tmp_path), "--workers", "2"],
                          env=env_with_src(), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as parent:
        assert parent.stdout is not None
        parent.stdout.readline()  # the first document is out: the pool is running
        workers = children(parent.pid)
        assert len(workers) >= 2, workers
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=30)
        left = wait_for_exit(workers, seconds=30)
    assert not left, f"workers still running after their parent was killed: {left}"


def test_a_worker_whose_parent_died_while_it_started_ends() -> None:
    """The parent sends its pid: a worker still loading when its parent was killed (under load, one is) has
    been handed to another parent already, and must not take that one for its own."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    code = ("import time; from derek.parallel import _start_worker; "
            f"_start_worker({gone.pid}, None, None, True); time.sleep(60)")
    with subprocess.Popen([sys.executable, "-c", code], env=env_with_src(), stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True) as worker:
        try:
            _, err = worker.communicate(timeout=30)
        finally:
            worker.kill()
    assert (worker.returncode, err) == (1, "")


def env_with_src() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO / "src"), os.environ.get("PYTHONPATH")])))


def wait_for_exit(pids: list[int], seconds: float) -> list[int]:
    """The pids still running after ``seconds`` (killed then, so that none outlives the test)."""
    deadline = time.monotonic() + seconds
    while any(alive(w) for w in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in pids if alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    return left
