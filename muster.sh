#!/usr/bin/env bash
# Muster's one entry point for developers and CI.
#   ./muster.sh run [-- ARGS]   install what is missing, build, start Muster (ARGS go to it)
#   ./muster.sh test            install what is missing, build, run the whole test suite
#   ./muster.sh package         build a release and make the .deb and .tar.gz (build/release/packages)
#   ./muster.sh build           install what is missing and build only
#   ./muster.sh bench           build the release preset and run the benchmarks (slow)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# Debian 12 packages Muster needs to build, test and package.
packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libpq-dev libqcustomplot-dev qtkeychain-qt6-dev libgl-dev
    libsqlite3-dev postgresql sqlite3 xvfb xauth poppler-utils
    prometheus-alertmanager openssl
    desktop-file-utils appstream dpkg-dev file
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    local p
    for p in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

jobs() { nproc 2>/dev/null || echo 2; }

build_preset() {
    local preset=$1
    if [ ! -f "build/$preset/CMakeCache.txt" ]; then
        log "Configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    log "Building ($preset)"
    cmake --build --preset "$preset" -j "$(jobs)"
}

cmd=${1:-help}
shift || true

case "$cmd" in
run)
    ensure_packages
    build_preset dev
    [ "${1:-}" = "--" ] && shift
    exec build/dev/bin/muster "$@"
    ;;
test)
    ensure_packages
    build_preset dev
    log "Testing"
    ctest --test-dir build/dev --output-on-failure -j "$(jobs)" "$@"
    ;;
build)
    ensure_packages
    build_preset dev
    ;;
package)
    ensure_packages
    build_preset release
    log "Validating desktop entry and AppStream metainfo"
    desktop-file-validate build/release/installer/*.desktop
    appstreamcli validate --no-net --pedantic build/release/installer/*.metainfo.xml
    log "Packaging"
    (cd build/release && cpack -G "DEB;TGZ")
    ls -l build/release/packages/*.deb build/release/packages/*.tar.gz
    ;;
bench)
    ensure_packages
    build_preset release
    cmake --build --preset release --target bench -j "$(jobs)"
    exec bash bench/run.sh build/release "$@"
    ;;
help | -h | --help)
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    echo "muster.sh: unknown command '$cmd'" >&2
    sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
