#!/usr/bin/env bash
# Builds the Debian package from a build folder and checks it as a user
# would meet it: the validators (desktop-file-validate, appstreamcli,
# lintian: no errors), then the package unpacked into a scratch root
# (dpkg -x) and its programs, man pages and desktop entry used from there.
#   scripts/check-package.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
fail() { echo "check-package: $*" >&2; exit 1; }

desktop-file-validate "$root/resources/desktop/net.mailtls.Auditor.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/resources/desktop/net.mailtls.Auditor.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"

rm -f "$build"/mailtls-auditor_*.deb
(cd "$build" && cpack -G DEB >/dev/null) || fail "cpack"
deb=$(ls "$build"/mailtls-auditor_*.deb)
echo "check-package: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB" >&2

# lintian: errors fail, warnings are printed.
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 | grep -v "running with root privileges" || true)
[[ -n "$lintian_out" ]] && echo "$lintian_out" >&2
grep -q "^E: " <<<"$lintian_out" && fail "lintian reports errors"

# The Depends come from dpkg-shlibdeps (Qt, OpenSSL, libunbound), the lab's servers are Suggests.
control=$(dpkg-deb -f "$deb")
grep -q "^Depends:.*libqt6core6" <<<"$control" || fail "Depends without libqt6core6"
grep -q "^Depends:.*libunbound8" <<<"$control" || fail "Depends without libunbound8"
grep -q "^Suggests:.*postfix" <<<"$control" || fail "postfix not in Suggests"
grep -q "^Depends:.*postfix" <<<"$control" && fail "postfix in Depends"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch"
for f in usr/bin/mailtls-auditor usr/bin/mailtls-lab usr/share/applications/net.mailtls.Auditor.desktop \
    usr/share/metainfo/net.mailtls.Auditor.metainfo.xml usr/share/icons/hicolor/scalable/apps/mailtls-auditor.svg \
    usr/share/icons/hicolor/48x48/apps/mailtls-auditor.png usr/share/bash-completion/completions/mailtls-auditor \
    usr/share/man/man1/mailtls-auditor.1.gz usr/share/man/man1/mailtls-auditor-audit.1.gz \
    usr/share/mailtls-auditor/demo/demo-workspace.json usr/share/doc/mailtls-auditor/copyright; do
    [[ -e "$scratch/$f" ]] || fail "the package has no $f"
done
version=$("$scratch/usr/bin/mailtls-auditor" --version) || fail "installed --version failed"
grep -q "^mailtls-auditor $(dpkg-deb -f "$deb" Version) (build " <<<"$version" || fail "--version says: $version"
# Read whole before matching: grep -q stops at the first match, and a program
# still writing to the closed pipe then dies of SIGPIPE, which pipefail reports.
help=$("$scratch/usr/bin/mailtls-auditor" --help) || fail "installed --help failed"
grep -q "^Usage: mailtls-auditor" <<<"$help" || fail "installed --help"
usage=$("$scratch/usr/bin/mailtls-auditor" audit --help) || fail "installed audit --help failed"
grep -q "^Usage: mailtls-auditor audit" <<<"$usage" || fail "the audit command's usage does not name it"
for page in mailtls-auditor mailtls-auditor-audit mailtls-auditor-probe mailtls-auditor-report; do
    text=$(MANWIDTH=80 man -l "$scratch/usr/share/man/man1/$page.1.gz" 2>/dev/null) || fail "man page $page"
    grep -q "EXIT STATUS" <<<"$text" || fail "man page $page has no EXIT STATUS"
done
# The man page and --help say the same (the page is made from it).
text=$(MANWIDTH=200 man -l "$scratch/usr/share/man/man1/mailtls-auditor-audit.1.gz" 2>/dev/null) ||
    fail "man page mailtls-auditor-audit"
grep -q -- "--no-intrusive" <<<"$text" || fail "mailtls-auditor-audit(1) lacks an option --help gives"
desktop-file-validate "$scratch/usr/share/applications/net.mailtls.Auditor.desktop" || fail "installed desktop file"
exec_line=$(grep "^Exec=" "$scratch/usr/share/applications/net.mailtls.Auditor.desktop")
[[ -x "$scratch/usr/bin/${exec_line#Exec=}" ]] || fail "the desktop entry runs ${exec_line#Exec=}, not in the package"
echo "check-package: ok ($version)" >&2
