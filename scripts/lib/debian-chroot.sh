# A clean Debian 12 (bookworm, minbase) in a chroot, for scripts/check-deb and scripts/check-fresh.
# Sourced, not run. Needs root (debootstrap, chroot, mount).
#
# The chroot reaches the package registries exactly as this host does: it gets the host's apt
# sources and the apt settings that shape how apt fetches, its resolv.conf, and the CA
# certificates added under /usr/local/share/ca-certificates (an update-ca-certificates in the
# chroot, run when ca-certificates is installed there, takes them into the system bundle).
# Nothing else of the host goes in.
#
#   chroot_tarball                 path of the cached debootstrap tarball (made on first use)
#   chroot_create ROOT             unpacks a new system into ROOT and mounts /proc, /dev, ...
#   chroot_bind ROOT HOSTDIR DIR   bind-mounts HOSTDIR at ROOT/DIR (unmounted by chroot_destroy)
#   chroot_run ROOT CMD...         runs CMD in ROOT with a clean environment (see chroot_env)
#   chroot_destroy ROOT            unmounts and removes ROOT
# The tarball is cached in $MLR_DEBOOTSTRAP_CACHE (default /var/cache/mlr-debootstrap).

# The environment a command in the chroot starts with: a login's basics and nothing of the host.
# Node reads the system bundle through NODE_EXTRA_CA_CERTS (it ignores the system store).
chroot_env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root
    TERM=dumb DEBIAN_FRONTEND=noninteractive NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt)

chroot_mounts=()

# The URI the host's apt uses for SUITE (deb822 *.sources or one-line *.list), empty if none.
chroot_host_uri() {
    local suite=$1 f
    {
        for f in /etc/apt/sources.list.d/*.sources; do
            [[ -f $f ]] || continue
            awk -v s="$suite" 'BEGIN { RS = ""; FS = "\n" }
                { u = ""; ok = 0; t = 0
                  for (i = 1; i <= NF; i++) {
                      if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, a, /[ \t]+/); u = a[1] }
                      if ($i ~ /^Suites:/) { n = split($i, b, /[ \t]+/); for (j = 2; j <= n; j++) if (b[j] == s) ok = 1 }
                      if ($i ~ /^Types:(.*[ \t])?deb([ \t]|$)/) t = 1
                  }
                  if (ok && t && u != "") print u }' "$f"
        done
        for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
            [[ -f $f ]] || continue
            awk -v s="$suite" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                                              if ($(i + 1) == s) print $i }' "$f"
        done
    } | sed -n 1p
}

chroot_mirror() {
    local mirror
    mirror=$(chroot_host_uri bookworm)
    [[ -n $mirror ]] || { echo "debian-chroot: no bookworm mirror in /etc/apt/sources.list*" >&2; return 1; }
    echo "$mirror"
}

chroot_tarball() {
    local cache=${MLR_DEBOOTSTRAP_CACHE:-/var/cache/mlr-debootstrap} mirror tarball
    tarball=$cache/bookworm-minbase-$(dpkg --print-architecture).tgz
    if [[ ! -f $tarball ]]; then
        mirror=$(chroot_mirror) || return 1
        command -v debootstrap >/dev/null ||
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >&2
        echo "debian-chroot: making the debootstrap tarball from $mirror (cached in $cache)" >&2
        mkdir -p "$cache"
        rm -rf "$cache/work"
        debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$cache/work" "$mirror" \
            >"$cache/make.log" 2>&1 || { tail -n 30 "$cache/make.log" >&2; return 1; }
        mv "$tarball.part" "$tarball"
        rm -rf "$cache/work"
    fi
    echo "$tarball"
}

# Copies the host's apt sources and fetch settings (Acquire::*, proxies) into ROOT.
chroot_copy_apt_config() {
    local root=$1 f
    rm -f "$root/etc/apt/sources.list"
    [[ -f /etc/apt/sources.list ]] && cp /etc/apt/sources.list "$root/etc/apt/"
    for f in /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; do
        [[ -f $f ]] && cp "$f" "$root/etc/apt/sources.list.d/"
    done
    for f in /etc/apt/apt.conf /etc/apt/apt.conf.d/*; do
        [[ -f $f ]] && grep -qiE '^[[:space:]]*Acquire' "$f" && cp "$f" "$root${f}"
    done
    for f in /etc/apt/trusted.gpg.d/* /etc/apt/keyrings/*; do
        [[ -f $f ]] && mkdir -p "$root$(dirname "$f")" && cp "$f" "$root$f"
    done
    return 0
}

chroot_create() {
    local root=$1 tarball mirror
    tarball=$(chroot_tarball) || return 1
    mirror=$(chroot_mirror) || return 1
    mkdir -p "$root"
    chmod 755 "$root" # mktemp makes it 0700: apt's _apt user could not reach /var/lib/apt
    debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >"$root.log" 2>&1 ||
        { tail -n 30 "$root.log" >&2; return 1; }
    rm -f "$root.log"
    chroot_copy_apt_config "$root"
    cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
    if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
        mkdir -p "$root/usr/local/share/ca-certificates"
        cp -r /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
    fi
    mount -t proc proc "$root/proc" && chroot_mounts+=("$root/proc")
    mount --bind /dev "$root/dev" && chroot_mounts+=("$root/dev")
    mount --bind /dev/pts "$root/dev/pts" && chroot_mounts+=("$root/dev/pts")
    mkdir -p "$root/dev/shm"
    mount -t tmpfs -o mode=1777,nosuid,nodev shm "$root/dev/shm" && chroot_mounts+=("$root/dev/shm")
}

chroot_bind() {
    local root=$1 hostdir=$2 dir=$3
    mkdir -p "$hostdir" "$root$dir"
    mount --bind "$hostdir" "$root$dir" && chroot_mounts+=("$root$dir")
}

chroot_run() {
    local root=$1
    shift
    chroot "$root" env -i "${chroot_env[@]}" "$@"
}

chroot_destroy() {
    local root=$1 i m
    for ((i = ${#chroot_mounts[@]} - 1; i >= 0; i--)); do
        m=${chroot_mounts[i]}
        [[ $m == "$root"/* ]] && mountpoint -q "$m" && umount -l "$m"
    done
    # Anything the tests left mounted below the chroot (there should be nothing).
    awk -v r="$root/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r | xargs -r -n1 umount -l
    rm -rf --one-file-system "$root"
}
