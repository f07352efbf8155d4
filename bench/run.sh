#!/usr/bin/env bash
# Runs the benchmarks of a build folder: bench/run.sh BUILD_DIR [NAME...]
set -euo pipefail
build=${1:?usage: bench/run.sh BUILD_DIR [NAME...]}
shift || true
selected=("$@")
run() {
    local name=$1
    shift
    if [ ${#selected[@]} -gt 0 ] && [[ ! " ${selected[*]} " =~ " ${name} " ]]; then
        return 0
    fi
    printf '\n==> %s\n' "$name"
    "$@"
}
run intake_load "$build/bench/intake_load" --musterctl "$build/bin/musterctl" --rate 1000 --seconds 60
