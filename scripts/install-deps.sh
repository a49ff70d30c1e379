#!/usr/bin/env bash
# Installs what MailTLS Auditor needs on Debian 12, and nothing that is already
# there. Run as root or as a user with sudo. Safe to run again.
#   scripts/install-deps.sh            build, test and lab packages
#   scripts/install-deps.sh --display  also an X server for the window (Xvfb)
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config libssl-dev openssl procps
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql qt6-svg-dev libqcustomplot-dev libgl-dev
    # the DNS layer: libunbound (its pkg-config file names libevent, which
    # Debian's libunbound-dev does not pull in)
    libunbound-dev libevent-dev
    # gzip of TLS-RPT reports
    zlib1g-dev
    # the lab: real mail servers on loopback
    postfix dovecot-imapd dovecot-pop3d dovecot-lmtpd dovecot-managesieved nginx-light gnutls-bin slapd ldap-utils
    # the DNS discovery test's server (the binary only, no system service)
    dnsmasq-base
    # the DNSSEC tests' signed zones: keys and signatures (ldns-keygen,
    # ldns-signzone) and the authoritative server that serves them
    ldnsutils unbound
    # a per-client connection limit (connlimit) inside a network namespace a test creates
    iptables iproute2 util-linux
    # libFuzzer targets
    clang libclang-rt-14-dev
    # the audit store's tests start their own PostgreSQL server
    postgresql
    # independent oracles for the probe tests; testssl.sh's and nmap's cipher
    # tables cross-check the cipher suite catalog (tst_cipher_catalog)
    sslscan testssl.sh nmap
    # the test receiver's scripted SMTP client (tst_receiver)
    swaks
    # fonts for the window and reports (a Japanese report embeds Noto Sans CJK JP)
    fonts-dejavu-core fonts-noto-cjk
    # the report tests read the PDF's text and fonts back (pdftotext, pdffonts)
    poppler-utils
    # the package: man pages from --help (help2man), the icon's PNG sizes
    # (rsvg-convert), dpkg-shlibdeps, and the validators the test command runs
    help2man librsvg2-bin dpkg-dev file desktop-file-utils appstream lintian man-db bash-completion
    # systemd-analyze verifies the shipped service and timer (tst_monitoring_lab)
    systemd
    # bench/scale.sh's TCP relay in nginx (the stream module nginx-light lacks)
    libnginx-mod-stream
)
if [[ "${1:-}" == "--display" ]]; then
    packages+=(xvfb xauth)
fi

# Exim as a second real SMTP client for the outbound tests (tests/integration/
# tst_outbound_exim.cpp): Debian's exim4-daemon-light and postfix both
# provide mail-transport-agent, so installing one removes the other. Exim is
# unpacked beside Postfix instead (dpkg-deb -x, no maintainer scripts), with
# the system user its binary was built for; the lab runs it with its own
# configuration (-C), exim_path and spool, never as the system's MTA.
exim_root=/opt/mailtls-lab/exim4
unpack_exim() {
    [[ -x "$exim_root/usr/sbin/exim4" ]] && getent passwd Debian-exim >/dev/null && return 0
    local tmp
    tmp=$(mktemp -d)
    chmod 755 "$tmp"
    if (cd "$tmp" && $SUDO apt-get download exim4-daemon-light exim4-base >/dev/null 2>&1) ||
        ($SUDO apt-get update >/dev/null && cd "$tmp" && $SUDO apt-get download exim4-daemon-light exim4-base >/dev/null); then
        $SUDO mkdir -p "$exim_root"
        for deb in "$tmp"/*.deb; do
            $SUDO dpkg-deb -x "$deb" "$exim_root"
        done
        getent passwd Debian-exim >/dev/null ||
            $SUDO useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin Debian-exim
    else
        echo "install-deps: could not download Exim: the Exim outbound test will be skipped" >&2
    fi
    rm -rf "$tmp"
}

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null; then
        SUDO="sudo"
    elif [[ ${#missing[@]} -gt 0 ]]; then
        echo "install-deps: need root or sudo to install: ${missing[*]}" >&2
        exit 1
    else
        exit 0 # all installed; Exim for the lab needs root, and the lab does too
    fi
fi
if [[ ${#missing[@]} -eq 0 ]]; then
    unpack_exim
    exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2
# Postfix asks how to configure the system's own mail: it should not; the lab
# runs its own instances. Installed servers must not start system services.
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
policy_added=""
if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
fi
trap '[[ -n "$policy_added" ]] && $SUDO rm -f /usr/sbin/policy-rc.d' EXIT

export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}"; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
unpack_exim
