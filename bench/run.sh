#!/usr/bin/env bash
# Runs the benchmarks of a build folder (release preset), printing their figures.
#   bench/run.sh BUILD_DIR [NAME...]     e.g. bench/run.sh build/release incidents
# Large data sets are generated once into $MUSTER_BENCH_DATA (default /tmp/muster-bench)
# and reused. Benchmarks are never part of the default test run.
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [NAME...]}
shift || true
selected=("$@")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=${MUSTER_BENCH_DATA:-/tmp/muster-bench}
mkdir -p "$data"
ctl="$build/bin/musterctl"

wanted() {
    [ ${#selected[@]} -eq 0 ] || [[ " ${selected[*]} " =~ " $1 " ]]
}

run() {
    local name=$1
    shift
    wanted "$name" || return 0
    printf '\n==> %s\n' "$name"
    "$@"
}

dataset() { # dataset NAME INCIDENTS: prints the path, generating the file once
    local file="$data/$1.sqlite"
    if [ ! -f "$file" ]; then
        echo "==> generating $2 incidents into $file (once)" >&2
        "$ctl" generate --incidents "$2" --database "$file" >&2
    fi
    echo "$file"
}

# Runs a command against a throwaway PostgreSQL cluster (the one the pg tests use).
with_postgres() {
    local state
    state=$(mktemp -d)
    bash "$here/../tests/pg/pg_cluster.sh" start "$state" >/dev/null
    # shellcheck disable=SC1091
    . "$state/env"
    local status=0
    "$@" --host "$MUSTER_PG_HOST" --port "$MUSTER_PG_PORT" --user "$MUSTER_PG_USER" --psql "$MUSTER_PG_BIN/psql" ||
        status=$?
    bash "$here/../tests/pg/pg_cluster.sh" stop "$state"
    rm -rf "$state"
    return $status
}

if wanted incidents || wanted metrics; then
    big=$(dataset incidents-1m 1000000)
    export MUSTER_BIN_DIR="$build/bin" MUSTER_BENCH_DATA="$data" MUSTER_BENCH_INCIDENTS_1M="$big"
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} QT_LOGGING_RULES=${QT_LOGGING_RULES:-"qt.qpa.*=false"}
    run incidents "$build/bench/bench_incidents" "$big"
    for exe in "$build"/bench/bench_metrics*; do
        [ -x "$exe" ] && run metrics "$exe"
    done
fi
run intel "$build/bench/bench_intel"
run intake_load "$build/bench/intake_load" --musterctl "$ctl" --rate 1000 --seconds 60
run sync_bench with_postgres "$build/bench/sync_bench" --rows 100000
