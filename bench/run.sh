#!/usr/bin/env bash
# Runs the benchmarks: bench/run.sh [BUILD_DIR] [NAME...] [-- ARGS]   (./muster.sh bench)
#
# BUILD_DIR is a release build with the `bench` target built (default build/release).
# The data sets the benchmarks share are made once and kept in $MUSTER_BENCH_DATA
# (default BUILD_DIR/bench-data), since a million incidents take minutes to generate:
#   incidents-1m.sqlite   1,000,000 incidents (musterctl generate, seed 20261129)
# Then every executable BUILD_DIR/bench/bench_* runs (or only the NAMEs given, e.g.
# bench_metrics) with ARGS, and with these in its environment:
#   MUSTER_BIN_DIR              BUILD_DIR/bin (muster, musterctl)
#   MUSTER_BENCH_DATA           the data folder
#   MUSTER_BENCH_INCIDENTS_1M   the million-incident database
# A benchmark prints its figures; bench/README.md lists what each measures.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-build/release}
shift || true
case "$build" in /*) ;; *) build="$here/$build" ;; esac

export MUSTER_BIN_DIR="$build/bin"
export MUSTER_BENCH_DATA=${MUSTER_BENCH_DATA:-$build/bench-data}
export MUSTER_BENCH_INCIDENTS_1M="$MUSTER_BENCH_DATA/incidents-1m.sqlite"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export QT_LOGGING_RULES=${QT_LOGGING_RULES:-"qt.qpa.*=false"}
mkdir -p "$MUSTER_BENCH_DATA"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if [ ! -f "$MUSTER_BENCH_INCIDENTS_1M.done" ]; then
    rm -f "$MUSTER_BENCH_INCIDENTS_1M" "$MUSTER_BENCH_INCIDENTS_1M"-wal "$MUSTER_BENCH_INCIDENTS_1M"-shm
    log "Generating 1,000,000 incidents into $MUSTER_BENCH_INCIDENTS_1M (once; kept for later runs)"
    "$MUSTER_BIN_DIR/musterctl" generate --incidents 1000000 --database "$MUSTER_BENCH_INCIDENTS_1M"
    touch "$MUSTER_BENCH_INCIDENTS_1M.done"
fi

names=()
args=()
while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then
        shift
        args=("$@")
        break
    fi
    names+=("$1")
    shift
done
if [ ${#names[@]} -eq 0 ]; then
    for exe in "$build"/bench/bench_*; do
        [ -x "$exe" ] && names+=("$(basename "$exe")")
    done
fi
if [ ${#names[@]} -eq 0 ]; then
    echo "bench/run.sh: no benchmarks in $build/bench; build the bench target first" >&2
    exit 2
fi
status=0
for name in "${names[@]}"; do
    log "$name"
    "$build/bench/$name" "${args[@]}" || status=$?
done
exit $status
