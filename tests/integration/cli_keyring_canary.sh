#!/usr/bin/env bash
# Canary test: secrets given to `mlretrain-cli profile set` go to the keychain and nowhere
# else. Unique secrets are stored through the CLI (on the command line and through KEY=-
# on stdin), then used (a wrong key: 403) and shown; none may appear in the settings (INI)
# file, on stdout or stderr, or in any file under the temporary HOME except the keyring.
#
#   cli_keyring_canary.sh CLI_BINARY
#
# Runs itself in a private D-Bus session with its own gnome-keyring and throw-away HOME
# (all of XDG_* inside it), so the developer's keyring and settings are never touched.
# Needs $MLR_TEST_STATE_DIR/azurite.env from the ctest fixture "azurite".
set -euo pipefail

cli=$1
if [[ -z ${MLR_CANARY_SESSION:-} ]]; then
    export MLR_CANARY_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

env_file=${MLR_TEST_STATE_DIR:?}/azurite.env
[[ -f $env_file ]] || fail "Azurite fixture not running (no $env_file): run through ctest"
# shellcheck disable=SC1090
source "$env_file"

home=$(mktemp -d)
work=$(mktemp -d) # captured output, outside HOME
trap 'rm -rf "$home" "$work"' EXIT
export HOME=$home
export XDG_CONFIG_HOME=$HOME/.config
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CACHE_HOME=$HOME/.cache
export XDG_STATE_HOME=$HOME/.local/state
unset MLR_KEYCHAIN AZURE_STORAGE_CONNECTION_STRING
mkdir -p "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"
printf 'mlretrain-canary-keyring\n' | gnome-keyring-daemon --unlock --components=secrets >/dev/null

# Unique secrets. The key must be valid base64 (the CLI checks); the others are plain.
rand() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }
key_canary=$(head -c 48 /dev/urandom | base64 -w0)
sas_canary=sig$(rand)
api_canary=api$(rand)
client_canary=cs$(rand)
sas="sv=2021-12-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=$sas_canary"
canaries=("$key_canary" "$sas_canary" "$api_canary" "$client_canary")

step=0
# run EXPECTED_EXIT [stdin] -- ARGS...: runs the CLI, keeps stdout/stderr in $work/N.{out,err}.
run() {
    local expected=$1 input=$2
    shift 3
    step=$((step + 1))
    local rc=0
    printf '%b' "$input" | "$cli" "$@" >"$work/$step.out" 2>"$work/$step.err" || rc=$?
    if [[ $rc -ne $expected ]]; then
        echo "--- stdout"; cat "$work/$step.out"; echo "--- stderr"; cat "$work/$step.err"
        fail "step $step (mlretrain-cli $*): exit $rc, expected $expected"
    fi
}

# 1. Store the secrets: the key and the client secret on the command line, the SAS and the
#    training API key on stdin (KEY=-, one line each, in order).
run 0 "$sas\n$api_canary\n" -- profile set canary storageAccountName=devstoreaccount1 \
    "blobEndpoint=$AZURITE_BLOB_ENDPOINT" "accountKey=$key_canary" "clientSecret=$client_canary" \
    sas=- trainingApiKey=- container=data
grep -q "stored in the keychain: accountKey, clientSecret, sas, trainingApiKey" "$work/$step.out" \
    || fail "profile set did not report the secrets as stored: $(cat "$work/$step.out")"

# 2. They are in the real keychain (QtKeychain's libsecret attributes: user = entry key,
#    server = service), compared in memory only.
[[ $(secret-tool lookup user "canary/storage-account-key" server mlretrain) == "$key_canary" ]] \
    || fail "the account key is not in the keychain"
[[ $(secret-tool lookup user "canary/training-api-key" server mlretrain) == "$api_canary" ]] \
    || fail "the training API key (from stdin) is not in the keychain"
[[ $(secret-tool lookup user "canary/storage-sas" server mlretrain) == "$sas" ]] \
    || fail "the SAS (from stdin) is not in the keychain"

# 3. show: secrets only as "set (keychain)" / "not set".
run 0 "" -- profile show canary
for k in accountKey sas trainingApiKey clientSecret; do
    grep -Eq "^$k +set \(keychain\)$" "$work/$step.out" || fail "profile show: $k is not 'set (keychain)'"
done
grep -Eq "^predictiveApiKey +not set$" "$work/$step.out" || fail "profile show: predictiveApiKey is not 'not set'"
run 0 "" -- profile show canary --json
# (node, not jq: node is a project dependency, jq is not)
set_keys=$(node -e 'const o = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    console.log(o.secrets.filter(s => s.status === "set (keychain)").map(s => s.key).sort().join(","))' \
    "$work/$step.out")
[[ $set_keys == "accountKey,clientSecret,sas,trainingApiKey" ]] || fail "profile show --json: secrets set: $set_keys"
run 0 "" -- profile list --json

# 4. Use them: the canary key is wrong for Azurite (403), through the profile, through
#    --connection-string and through the environment; errors must not echo it.
run 1 "" -- --profile canary storage check
grep -q "(403)" "$work/$step.err" || fail "expected a 403 with the canary key: $(cat "$work/$step.err")"
[[ $(wc -l <"$work/$step.err") -eq 1 ]] || fail "the failure is not one line"
run 1 "" -- --profile canary storage ls data --json
run 1 "" -- --connection-string \
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key_canary;BlobEndpoint=$AZURITE_BLOB_ENDPOINT" \
    storage containers
step=$((step + 1))
rc=0
AZURE_STORAGE_CONNECTION_STRING="BlobEndpoint=$AZURITE_BLOB_ENDPOINT;SharedAccessSignature=$sas" \
    "$cli" storage containers >"$work/$step.out" 2>"$work/$step.err" || rc=$?
[[ $rc -eq 1 ]] || fail "a bad SAS should fail (exit $rc)"
# A malformed connection string holding the canary: refused without echoing it.
run 1 "" -- --connection-string "AccountName=devstoreaccount1;AccountKey=$key_canary!;Bogus=$api_canary" storage check

# 5. Where the secrets must not be.
ini=$XDG_CONFIG_HOME/mlretrain/mlretrain.conf
[[ -f $ini ]] || fail "the settings file $ini was not written"
grep -q canary "$ini" || fail "the settings file does not hold the profile"
for c in "${canaries[@]}"; do
    if grep -rlF -- "$c" "$work" >/dev/null; then
        grep -rlF -- "$c" "$work" >&2
        fail "a secret appeared in the CLI's output"
    fi
    while IFS= read -r -d '' f; do
        if grep -qF -- "$c" "$f"; then
            fail "a secret appeared in $f"
        fi
    done < <(find "$HOME" -type f -not -path "$XDG_DATA_HOME/keyrings/*" -print0)
done
ls "$XDG_DATA_HOME"/keyrings/*.keyring >/dev/null 2>&1 || fail "no keyring file: the keychain was not used"
# Not required, but expected of gnome-keyring: the keyring file itself is encrypted.
for c in "${canaries[@]}"; do
    if grep -rqF -- "$c" "$XDG_DATA_HOME/keyrings"; then
        fail "a secret is in plain text in the keyring file"
    fi
done

# 6. delete removes the secrets from the keychain too.
run 0 "" -- profile delete canary
if secret-tool lookup user "canary/storage-account-key" server mlretrain >/dev/null 2>&1; then
    fail "profile delete left the account key in the keychain"
fi
grep -q canary "$ini" && fail "profile delete left the profile in the settings file"

echo "PASS: $step CLI runs; no secret outside the keychain"
