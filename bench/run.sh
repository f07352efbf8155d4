#!/usr/bin/env bash
# Runs every benchmark on generated data. Usage: bench/run.sh BUILD_DIR [DATA_DIR]
# Data sets are generated once into DATA_DIR (default /tmp/muster-bench) and reused.
set -euo pipefail
build=${1:?build folder, e.g. build/release}
data=${2:-/tmp/muster-bench}
mkdir -p "$data"
ctl="$build/bin/musterctl"

dataset() { # dataset NAME INCIDENTS
    local file="$data/$1.sqlite"
    if [ ! -f "$file" ]; then
        echo "== generating $2 incidents into $file (once)" >&2
        "$ctl" generate --incidents "$2" --database "$file" >&2
    fi
    echo "$file"
}

big=$(dataset incidents-1m 1000000)
echo "== incident list"
"$build/bench/bench_incidents" "$big"
