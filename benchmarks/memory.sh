#!/usr/bin/env bash
# Peak memory of the CLI on a large state: `state convert` and `state import` (against `airbytekit fake-server`,
# which runs in its own process and is not counted) of a 300 MB Config API state, as /usr/bin/time's maximum
# resident set size of the CLI process, next to the document's size. Goal: <= 3x the document.
#
#   benchmarks/memory.sh          # MB=100 benchmarks/memory.sh for a smaller document;
#                                 # AIRBYTEKIT_JAVA_OPTS=-Xmx900m benchmarks/memory.sh: a heap of 3x the document
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mb="${MB:-300}"
cli="$root/bin/airbytekit"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$cli" --version >/dev/null # builds the jar first if it is stale

python3 - "$mb" "$work/state.json" <<'PY'
import random, sys
mb, path = int(sys.argv[1]), sys.argv[2]
r = random.Random(42)
with open(path, "w") as f:
    f.write('{"stateType":"stream","streamState":[')
    for i in range(mb * 1000):
        ids = ",".join(str(r.randrange(100000)) for _ in range(150))
        f.write(("," if i else "") + '{"streamDescriptor":{"name":"stream_%d","namespace":"public"},'
                '"streamState":{"cursor":"2024-06-01T00:00:00.000000Z","lsn":12345678901234567890123,"ids":[%s]}}'
                % (i, ids))
    f.write("]}")
PY
bytes=$(stat -c %s "$work/state.json")

report() { # LABEL: reads "<wall s> <peak KiB> <exit>" from $work/t
  read -r wall kib code < <(tail -n 1 "$work/t")
  awk -v l="$1" -v w="$wall" -v k="$kib" -v b="$bytes" -v c="$code" 'BEGIN {
    printf "%-28s exit %s  %6.1f s  peak RSS %6.0f MiB = %.2fx the %.0f MiB document\n", l, c, w, k / 1024, k * 1024 / b, b / 1048576 }'
}

/usr/bin/time -f "%e %M %x" -o "$work/t" "$cli" state convert --to protocol "$work/state.json" >/dev/null || true
report "state convert --to protocol"

# The fake in the background; its first line of output is a JSON object with its URL and credentials.
# AIRBYTEKIT_JAVA_OPTS (say -Xmx900m, to show the CLI fits in 3x) is for the CLI, not for the fake.
env -u AIRBYTEKIT_JAVA_OPTS "$cli" fake-server >"$work/server.json" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 300); do
  if python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$work/server.json" 2>/dev/null; then break; fi
  sleep 0.1
done
eval "$(python3 - "$work/server.json" <<'PY'
import json, sys
info = json.load(open(sys.argv[1]))
print("export AIRBYTE_API_ROOT=%s AIRBYTE_CONFIG_API_ROOT=%s AIRBYTE_CLIENT_ID=%s AIRBYTE_CLIENT_SECRET=%s" % (
    info["apiUrl"], info["configApiUrl"], info["clientId"], info["clientSecret"]))
conns = info["connections"]
first = conns[0] if isinstance(conns, list) else next(iter(conns.values()))
print("connection=%s" % (first["connectionId"] if isinstance(first, dict) else first))
PY
)"
/usr/bin/time -f "%e %M %x" -o "$work/t" "$cli" state import "$connection" "$work/state.json" >/dev/null || true
report "state import (fake-server)"
