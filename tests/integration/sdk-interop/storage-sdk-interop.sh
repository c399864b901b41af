#!/usr/bin/env bash
# ctest storage_sdk_interop: mlretrain-cli's storage commands and the official JavaScript SDK
# (@azure/storage-blob, pinned with Azurite in package.json) against the same Azurite (the
# "azurite" fixture, started without --skipApiVersionCheck): each reads what the other wrote.
#   storage-sdk-interop.sh CLI STATE_DIR SOURCE_DIR
set -euo pipefail
cli=$1 state=$2 src=$3
# shellcheck disable=SC1091
source "$state/azurite.env"
export AZURE_STORAGE_CONNECTION_STRING=$AZURITE_CONNECTION_STRING MLR_KEYCHAIN=session
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME=$work/home
mkdir -p "$HOME"
sdk() { node "$src/tests/integration/sdk-interop/blob.mjs" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
container=sdk-interop-$$

# 10 MiB + 123 bytes of non-repeating data: several 4 MiB blocks each way, a short last block.
head -c $((10 * 1024 * 1024 + 123)) /dev/urandom >"$work/data.bin"

echo "== the SDK uploads, mlretrain-cli downloads"
out=$(sdk upload "$AZURITE_CONNECTION_STRING" "$container" from-sdk.bin "$work/data.bin")
echo "$out"
[[ $out == *'"blocks":3'* ]] || fail "the SDK should have committed 3 blocks: $out"
# The SDK's own x-ms-version (not mlretrain-cli's 2021-12-02), and Azurite took it.
[[ $out =~ \"xMsVersions\":\[\"([0-9]{4}-[0-9]{2}-[0-9]{2})\"\] && ${BASH_REMATCH[1]} != 2021-12-02 ]] ||
    fail "the SDK should have sent one x-ms-version of its own: $out"
echo "the SDK sent x-ms-version ${BASH_REMATCH[1]}"
"$cli" --quiet storage download "$container/from-sdk.bin" "$work/by-cli.bin"
cmp "$work/data.bin" "$work/by-cli.bin" || fail "mlretrain-cli downloaded other bytes than the SDK uploaded"

echo "== mlretrain-cli uploads, the SDK downloads"
"$cli" --quiet storage upload --block-size 4 "$work/data.bin" "$container/from-cli.bin"
out=$(sdk download "$AZURITE_CONNECTION_STRING" "$container" from-cli.bin "$work/by-sdk.bin")
echo "$out"
cmp "$work/data.bin" "$work/by-sdk.bin" || fail "the SDK downloaded other bytes than mlretrain-cli uploaded"

echo "== both list the same blobs"
out=$(sdk list "$AZURITE_CONNECTION_STRING" "$container")
echo "$out"
size=$(stat -c %s "$work/data.bin")
for name in from-cli.bin from-sdk.bin; do
    [[ $out == *"{\"name\":\"$name\",\"size\":$size}"* ]] || fail "the SDK does not list $name of $size bytes"
done
listing=$("$cli" --quiet storage ls "$container")
echo "$listing"
grep -q 'from-sdk\.bin' <<<"$listing" && grep -q 'from-cli\.bin' <<<"$listing" ||
    fail "mlretrain-cli does not list both blobs"
if grep -qi 'not supported by Azurite' "$state/azurite.log" 2>/dev/null; then
    fail "Azurite refused an API version: $(grep -i 'not supported by Azurite' "$state/azurite.log" | head -1)"
fi
echo "PASS: the SDK and mlretrain-cli read each other's blobs byte for byte"
