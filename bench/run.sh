#!/usr/bin/env bash
# Runs the benchmarks of a build folder: bench/run.sh BUILD_DIR [NAME...]
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [NAME...]}
shift || true
selected=("$@")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
run() {
    local name=$1
    shift
    if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " ${name} " ]]; then
        return 0
    fi
    printf '\n==> %s\n' "$name"
    "$@"
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
run sync_bench with_postgres "$build/bench/sync_bench" --rows 100000
