#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL cluster of the pg test suites.
#   pg_cluster.sh start STATE_DIR   initdb + pg_ctl start in a new temporary folder on a
#                                   free loopback port; writes STATE_DIR/env
#   pg_cluster.sh stop STATE_DIR    stops the cluster and removes its folder
# initdb and postgres refuse to run as root: as root, the cluster runs as `postgres`.
set -euo pipefail

cmd=${1:?start or stop}
state=${2:?state directory}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
    echo "pg_cluster.sh: PostgreSQL server binaries not found under /usr/lib/postgresql (apt-get install postgresql)" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" = 0 ]; then
    as_owner=(runuser -u postgres --)
fi

stop_cluster() {
    if [ -f "$state/env" ]; then
        # shellcheck disable=SC1091
        datadir=$(sed -n 's/^MUSTER_PG_ROOT=//p' "$state/env")
        if [ -n "$datadir" ] && [ -d "$datadir/data" ]; then
            "${as_owner[@]}" "$pgbin/pg_ctl" -D "$datadir/data" -m immediate -w stop >/dev/null 2>&1 || true
            rm -rf "$datadir"
        fi
        rm -f "$state/env"
    fi
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

case "$cmd" in
start)
    mkdir -p "$state"
    stop_cluster
    root=$(mktemp -d /tmp/muster-pg.XXXXXX)
    chmod 755 "$root"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$root"; fi
    "${as_owner[@]}" "$pgbin/initdb" -D "$root/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 \
        >"$root/initdb.log" 2>&1 || { cat "$root/initdb.log" >&2; exit 1; }
    for _ in $(seq 1 30); do
        port=$((20000 + RANDOM % 30000))
        port_free "$port" || continue
        if "${as_owner[@]}" "$pgbin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
            -o "-p $port -k $root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            printf 'MUSTER_PG_HOST=127.0.0.1\nMUSTER_PG_PORT=%s\nMUSTER_PG_USER=postgres\nMUSTER_PG_ROOT=%s\nMUSTER_PG_BIN=%s\n' \
                "$port" "$root" "$pgbin" >"$state/env"
            echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($root)"
            exit 0
        fi
    done
    cat "$root/server.log" >&2 || true
    echo "pg_cluster.sh: could not start PostgreSQL" >&2
    exit 1
    ;;
stop)
    stop_cluster
    ;;
*)
    echo "usage: pg_cluster.sh start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
