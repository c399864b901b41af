#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a
# throw-away HOME, so keychain tests use a real Secret Service and touch nothing else.
# Everything started here ends with the session.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# Set before the bus starts, so that anything D-Bus activates lives in the same HOME.
export HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache
dbus-run-session -- bash -c '
    printf "mlretrain-test-keyring\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # The daemon forks before it owns org.freedesktop.secrets: wait for the name, or the first
    # client would make D-Bus start a second daemon without the unlocked login collection.
    for _ in $(seq 200); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q "boolean true" && break
        sleep 0.05
    done
    "$@"' with-keyring "$@"
