#!/usr/bin/env bash
# End-to-end CLI benchmark: whole processes, as a user runs them. For 10, 50 and 100 MB states and an 8 MB catalog,
# `airbytekit state convert` / `catalog convert` (through bin/airbytekit, the launcher) against python3 running the
# same conversion with the standard library only (json.load -> same structural change -> json.dumps, below),
# in pairs (CLI, Python, CLI, Python, ...) so that the machine's drift cancels out of each pair's ratio; then the
# wall time of `airbytekit --help`. Every figure is the median over RUNS pairs (default 5): wall seconds, peak RSS
# (/usr/bin/time's maximum resident set size) and the CLI/Python ratios (< 1: the CLI is faster).
#
#   benchmarks/cli.sh            # RUNS=9 benchmarks/cli.sh for more pairs; SIZES="10 50" for fewer documents
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs="${RUNS:-5}"
sizes="${SIZES:-10 50 100}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$root/bin/airbytekit"
"$cli" --version >/dev/null # builds the jar first if it is stale

cat >"$work/gen.py" <<'PY'
import json, random, sys
kind, mb, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
r = random.Random(42)
with open(path, "w") as f:
    if kind == "state":
        # Config API form: one ~1 KB blob per stream (a cursor, a 23-digit number, 150 integers).
        f.write('{"stateType":"stream","connectionId":"0b5f6a8e-3c1d-4e7f-9a2b-1c3d5e7f9a0b","streamState":[')
        for i in range(mb * 1000):
            ids = ",".join(str(r.randrange(100000)) for _ in range(150))
            f.write(("," if i else "") + '{"streamDescriptor":{"name":"stream_%d","namespace":"public"},'
                    '"streamState":{"cursor":"2024-06-01T00:00:00.000000Z","lsn":12345678901234567890123,'
                    '"ids":[%s]}}' % (i, ids))
        f.write("]}")
    else:
        # Config API syncCatalog: streams with 50-property JSON schemas (~3.2 KB each).
        f.write('{"streams":[')
        for i in range(mb * 420):
            props = ",".join('"column_%d":{"type":["null","%s"]}' % (p, ["string", "integer", "number", "boolean"][p % 4])
                             for p in range(50))
            f.write(("," if i else "") + '{"stream":{"name":"table_%d","namespace":"public","jsonSchema":'
                    '{"type":"object","properties":{%s}},"supportedSyncModes":["full_refresh","incremental"],'
                    '"sourceDefinedCursor":false,"defaultCursorField":["column_1"],"sourceDefinedPrimaryKey":[["column_0"]]},'
                    '"config":{"syncMode":"incremental","destinationSyncMode":"append_dedup","cursorField":["column_1"],'
                    '"primaryKey":[["column_0"]],"selected":true,"aliasName":"table_%d"}}' % (i, props, i))
        f.write("]}")
PY

# The yardstick: what a Python user would write with the standard library alone.
cat >"$work/convert.py" <<'PY'
import json, sys
kind, path = sys.argv[1], sys.argv[2]
with open(path, "rb") as f:
    doc = json.load(f)
if kind == "state":
    out = [{"type": "STREAM", "stream": {"stream_descriptor": s["streamDescriptor"], "stream_state": s.get("streamState")}}
           for s in doc["streamState"]]
else:
    out = {"streams": []}
    for entry in doc["streams"]:
        s, c = entry["stream"], entry["config"]
        out["streams"].append({
            "stream": {"name": s["name"], "namespace": s.get("namespace"), "json_schema": s["jsonSchema"],
                       "supported_sync_modes": s["supportedSyncModes"], "source_defined_cursor": s["sourceDefinedCursor"],
                       "default_cursor_field": s["defaultCursorField"],
                       "source_defined_primary_key": s["sourceDefinedPrimaryKey"]},
            "sync_mode": c["syncMode"], "destination_sync_mode": c["destinationSyncMode"],
            "cursor_field": c["cursorField"], "primary_key": c["primaryKey"]})
sys.stdout.write(json.dumps(out, separators=(",", ":")))
sys.stdout.write("\n")
PY

# One run: "<wall seconds> <peak RSS KiB>" of the command, stdout to /dev/null.
measure() {
  /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null
  cat "$work/t"
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# pair LABEL SIZE_BYTES CLI_ARGS... -- PY_ARGS...: RUNS alternating pairs after one warm-up pair.
pair() {
  local label="$1" bytes="$2"
  shift 2
  local a=() b=()
  while [[ "$1" != "--" ]]; do a+=("$1"); shift; done
  shift
  b=("$@")
  measure "${a[@]}" >/dev/null
  measure "${b[@]}" >/dev/null
  : >"$work/pairs"
  for _ in $(seq "$runs"); do
    read -r aw am < <(measure "${a[@]}")
    read -r bw bm < <(measure "${b[@]}")
    echo "$aw $am $bw $bm" >>"$work/pairs"
  done
  local cw pw cr pr tr rr
  cw=$(awk '{print $1}' "$work/pairs" | median)
  pw=$(awk '{print $3}' "$work/pairs" | median)
  cr=$(awk '{print $2}' "$work/pairs" | median)
  pr=$(awk '{print $4}' "$work/pairs" | median)
  tr=$(awk '{print ($3 > 0 ? $1 / $3 : 0)}' "$work/pairs" | median)
  rr=$(awk '{print $2 / $4}' "$work/pairs" | median)
  awk -v l="$label" -v cw="$cw" -v pw="$pw" -v tr="$tr" -v cr="$cr" -v pr="$pr" -v rr="$rr" -v b="$bytes" 'BEGIN {
    printf "%-22s cli %6.2f s  python %6.2f s  time ratio %5.2fx (python/cli %4.1fx)  peak RSS cli %5.0f MiB (%.1fx the document)  python %5.0f MiB  RSS ratio %4.2fx\n",
      l, cw, pw, tr, (tr > 0 ? 1 / tr : 0), cr / 1024, cr * 1024 / b, pr / 1024, rr }'
}

echo "airbytekit CLI end to end vs python3 stdlib, median of $runs pairs ($(nproc) cores, $(java -version 2>&1 | head -1))"
for mb in $sizes; do
  f="$work/state-$mb.json"
  python3 "$work/gen.py" state "$mb" "$f"
  pair "state ${mb} MB" "$(stat -c %s "$f")" "$cli" state convert --to protocol "$f" -- python3 "$work/convert.py" state "$f"
  rm -f "$f"
done
f="$work/catalog-8.json"
python3 "$work/gen.py" catalog 8 "$f"
pair "catalog 8 MB" "$(stat -c %s "$f")" "$cli" catalog convert --to protocol "$f" -- python3 "$work/convert.py" catalog "$f"

: >"$work/help"
for _ in $(seq "$runs"); do measure "$cli" --help | awk '{print $1}' >>"$work/help"; done
: >"$work/plain"
for _ in $(seq "$runs"); do measure java -jar "$root/cli/target/airbytekit.jar" --help | awk '{print $1}' >>"$work/plain"; done
echo "--help: launcher $(median <"$work/help") s, plain java -jar (no flags) $(median <"$work/plain") s (goal: <= 0.2 s)"
