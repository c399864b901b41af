#!/usr/bin/env bash
# ctest fixture: start or stop a private Azurite blob service for the test run.
#   azurite-fixture.sh start STATE_DIR NODE_MODULES_BIN
#   azurite-fixture.sh stop  STATE_DIR
# start: Azurite on 127.0.0.1, a free port, telemetry off, data in STATE_DIR/azurite-data;
# writes STATE_DIR/azurite.env (AZURITE_PID, AZURITE_BLOB_ENDPOINT, AZURITE_CONNECTION_STRING).
set -euo pipefail
cmd=$1 state=$2
mkdir -p "$state"
env_file="$state/azurite.env"

stop() {
    if [[ -f $env_file ]]; then
        # shellcheck disable=SC1090
        source "$env_file"
        if [[ -n ${AZURITE_PID:-} ]] && kill -0 "$AZURITE_PID" 2>/dev/null; then
            kill "$AZURITE_PID" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$AZURITE_PID" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$AZURITE_PID" 2>/dev/null || true
        fi
        rm -f "$env_file"
    fi
    rm -rf "$state/azurite-data"
}

case $cmd in
start)
    bin=$3
    stop
    data="$state/azurite-data"
    mkdir -p "$data"
    log="$state/azurite.log"
    setsid "$bin/azurite-blob" --blobHost 127.0.0.1 --blobPort 0 --location "$data" \
        --disableTelemetry >"$log" 2>&1 &
    pid=$!
    port=
    for _ in $(seq 300); do
        port=$(grep -oE 'listens on http://127\.0\.0\.1:[0-9]+' "$log" | grep -oE '[0-9]+$' | head -1 || true)
        [[ -n $port ]] && break
        kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; echo "Azurite exited early" >&2; exit 1; }
        sleep 0.1
    done
    [[ -n $port ]] || { cat "$log" >&2; kill "$pid"; echo "Azurite did not start in 30 s" >&2; exit 1; }
    key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
    endpoint="http://127.0.0.1:$port/devstoreaccount1"
    {
        echo "AZURITE_PID=$pid"
        echo "AZURITE_PORT=$port"
        echo "AZURITE_BLOB_ENDPOINT=$endpoint"
        echo "AZURITE_CONNECTION_STRING='DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;BlobEndpoint=$endpoint;'"
    } >"$env_file"
    echo "Azurite (pid $pid) on $endpoint"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR [NODE_BIN]" >&2
    exit 2
    ;;
esac
