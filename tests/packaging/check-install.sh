#!/usr/bin/env bash
# check-install.sh BUILD_DIR SOURCE_DIR BINARY...: installs the build tree with `cmake --install` into a
# fresh DESTDIR (prefix /usr, as the Debian package does), checks that every file the
# packages promise is in its place (and nothing is missing from the icon set), validates the
# installed desktop file and AppStream metainfo, and runs the installed binaries (BINARY...:
# the ones this build has, among mlretrain-cli, mlretrain and mlstudio-local).
# Exit status 0 only when every check passed; each failure is printed.
set -uo pipefail
build=$1
source=$2
shift 2
binaries=("$@")
has() { [[ " ${binaries[*]} " == *" $1 "* ]]; }
stage=$(mktemp -d "${TMPDIR:-/tmp}/mlr-install.XXXXXX")
trap 'rm -rf "$stage"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if ! DESTDIR=$stage cmake --install "$build" --prefix /usr >"$stage.log" 2>&1; then
    cat "$stage.log"; rm -f "$stage.log"
    echo "FAIL: cmake --install"; exit 1
fi
rm -f "$stage.log"
root=$stage/usr

expected=(
    share/applications/mlretrain.desktop
    share/metainfo/example.mlretrain.wizard.metainfo.xml
    share/icons/hicolor/scalable/apps/mlretrain.svg
    share/doc/mlretrain-wizard/README.md
    share/doc/mlretrain-wizard/docs/screenshots/en-light/credentials.png
)
sizes=(16 22 24 32 48 64 128 256 512)
for n in "${sizes[@]}"; do
    expected+=("share/icons/hicolor/${n}x${n}/apps/mlretrain.png")
done
for f in "${expected[@]}"; do
    [[ -f $root/$f ]] || fail "not installed: /usr/$f"
done
for b in "${binaries[@]}"; do
    [[ -x $root/bin/$b ]] || fail "not installed or not executable: /usr/bin/$b"
done
for b in $(cd "$root/bin" 2>/dev/null && ls); do
    has "$b" || fail "unexpected binary: /usr/bin/$b"
done

# Each PNG has the size of its folder (PNG header: width and height, big-endian, at byte 16).
for n in "${sizes[@]}"; do
    png=$root/share/icons/hicolor/${n}x${n}/apps/mlretrain.png
    [[ -f $png ]] || continue
    read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
    [[ "$w $h" == "$n $n" ]] || fail "${n}x${n}/apps/mlretrain.png is ${w}x${h}"
done

# Nothing outside /usr, nothing in /usr but the expected folders.
extra=$(cd "$stage" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[[ -z $extra ]] && extra=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name bin ! -name share)
[[ -z $extra ]] || fail "unexpected files: $extra"

desktop-file-validate "$root/share/applications/mlretrain.desktop" || fail "desktop-file-validate (installed)"
appstreamcli validate --no-net "$root/share/metainfo/example.mlretrain.wizard.metainfo.xml" >"$stage/as.txt" 2>&1 \
    || { cat "$stage/as.txt"; fail "appstreamcli validate (installed)"; }
grep -q '^Icon=mlretrain$' "$root/share/applications/mlretrain.desktop" || fail "desktop file: Icon is not mlretrain"
grep -q '^Exec=mlretrain$' "$root/share/applications/mlretrain.desktop" || fail "desktop file: Exec is not mlretrain"

# The installed binaries start. HOME and the XDG folders are private: nothing of the user's.
export HOME=$stage/home XDG_CONFIG_HOME=$stage/home/.config XDG_DATA_HOME=$stage/home/.local/share
export XDG_RUNTIME_DIR=$stage/run LC_ALL=C.UTF-8 LANGUAGE=en
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$(sed -n 's/^project(MLRetrainWizard VERSION \([0-9.]*\).*/\1/p' "$source/CMakeLists.txt")

check_output() { # NAME EXPECTED-REGEX COMMAND...
    local name=$1 regex=$2 out
    shift 2
    if ! out=$(timeout 60 "$@" 2>&1); then
        echo "$out"; fail "$name: exit status not 0"
    elif ! grep -Eq -e "$regex" <<<"$out"; then
        echo "$out"; fail "$name: output does not match /$regex/"
    else
        echo "ok: $name: $(head -n1 <<<"$out")"
    fi
}
check_output "mlretrain-cli --help" 'Usage: mlretrain-cli' "$root/bin/mlretrain-cli" --help
check_output "mlretrain-cli --version" "$version" "$root/bin/mlretrain-cli" --version
if has mlretrain; then
    check_output "mlretrain --version (offscreen)" "^mlretrain $version\$" env QT_QPA_PLATFORM=offscreen "$root/bin/mlretrain" --version
    check_output "mlretrain --help (offscreen)" '--screenshot-dir' env QT_QPA_PLATFORM=offscreen "$root/bin/mlretrain" --help
    # A real start: the Credentials page of the built-in profile rendered to PNG, then quit.
    check_output "mlretrain renders a page (offscreen)" 'credentials\.png' env QT_QPA_PLATFORM=offscreen \
        "$root/bin/mlretrain" --config "$stage/profiles.ini" --page credentials --screenshot-dir "$stage/shots"
    [[ -s $stage/shots/credentials.png ]] || fail "mlretrain wrote no $stage/shots/credentials.png"
fi
if has mlstudio-local; then
    check_output "mlstudio-local --help" '--storage' "$root/bin/mlstudio-local" --help
fi

if ((failures)); then
    echo "$failures check(s) failed"
    exit 1
fi
echo "all installed files in place, binaries start"
