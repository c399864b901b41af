#!/usr/bin/env bash
# The "ideal client" of the upload benchmark: the blocks of the file sent as Put Block by curl,
# PARALLEL at a time over keep-alive connections, then one Put Block List. No hashing, no
# Content-MD5, no progress: about as little client CPU per byte as HTTP allows, so its
# throughput is about the most any client can get from this Azurite on this machine.
#   curl-blocks.sh prepare CHUNK_DIR SAS_URL OUT   writes OUT.curl (curl config) and OUT.xml
#   curl-blocks.sh send OUT SAS_URL PARALLEL       the measured part: the blocks, then the list
# CHUNK_DIR holds the file cut into blocks named 000000, 000001, ... (split -d -a 6).
set -euo pipefail
case $1 in
prepare)
    chunks=$2 sas_url=$3 out=$4
    base=${sas_url%%\?*}
    query=${sas_url#*\?}
    : >"$out.curl"
    xml='<?xml version="1.0" encoding="utf-8"?><BlockList>'
    for f in "$chunks"/*; do
        id=$(printf 'bench-%06d' "$((10#${f##*/}))" | base64)
        xml+="<Latest>$id</Latest>"
        printf 'url = "%s?comp=block&blockid=%s&%s"\nupload-file = "%s"\noutput = "/dev/null"\n' \
            "$base" "${id//=/%3D}" "$query" "$f" >>"$out.curl"
    done
    printf '%s</BlockList>' "$xml" >"$out.xml"
    ;;
send)
    out=$2 sas_url=$3 parallel=$4
    curl -sS --no-progress-meter --fail --parallel --parallel-max "$parallel" -H "x-ms-version: 2021-12-02" -K "$out.curl"
    curl -sS --fail -o /dev/null -X PUT --data-binary "@$out.xml" -H "x-ms-version: 2021-12-02" \
        -H "Content-Type: application/xml" "${sas_url%%\?*}?comp=blocklist&${sas_url#*\?}"
    ;;
*)
    echo "usage: curl-blocks.sh prepare CHUNK_DIR SAS_URL OUT | send OUT SAS_URL PARALLEL" >&2
    exit 2
    ;;
esac
