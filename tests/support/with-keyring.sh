#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring and a
# throw-away HOME, so keychain tests use a real Secret Service and touch nothing else.
# Everything started here ends with the session.
set -euo pipefail
exec dbus-run-session -- bash -c '
    HOME="$(mktemp -d)"
    export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
    trap "rm -rf \"$HOME\"" EXIT
    printf "mlretrain-test-keyring\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    "$@"' with-keyring "$@"
