#!/usr/bin/env bash
# The rollout on the demo, for a new user: installs what is missing, builds,
# starts the demo lab with its DNS (kumo.example, DNSSEC-signed) and MTA-STS
# policy host, and audits it three times (mailtls-lab rollout): as it starts,
# with no defence against downgrade; after the remediation checklist applied
# to its real servers as an admin would, with MTA-STS testing and TLS-RPT
# published; after MTA-STS enforce and DANE. Then, with the lab still up as
# the rollout left it, writes the compliance report of the third run compared
# with the first in English and Japanese, and opens the window on the three
# runs (History tab: the progress; File > Print Report).
#   scripts/run-rollout-demo.sh      (headless: xvfb-run -a scripts/run-rollout-demo.sh)
# The store and the reports go to build/rollout-demo/ (MAILTLS_ROLLOUT_DIR to choose).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --display
"$root/scripts/build.sh" "$root/build"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run-rollout-demo: no display. On a machine without one: xvfb-run -a $0" >&2
    exit 1
fi
out=${MAILTLS_ROLLOUT_DIR:-$root/build/rollout-demo}
rm -rf "$out"
mkdir -p "$out"
db="$out/audits.sqlite"
# The rollout audits a copy of the demo workspace next to the store (its
# outbound tests are recorded there); the reports and the window read that copy.
workspace="$out/audits.workspace.json"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo --preserve-env=DISPLAY,XAUTHORITY,WAYLAND_DISPLAY,XDG_RUNTIME_DIR,QT_QPA_PLATFORM)
fi
# Run by mailtls-lab once the rollout is done, the lab still up: the reports, then the window
# (which finds the lab's CA, DNS and policy port in its environment).
after_rollout='
auditor=$1 workspace=$2 db=$3 out=$4
shift 4
for lang in en ja; do
    "$auditor" report --workspace "$workspace" --db "$db" --compare 1 --pdf "$out/report-$lang.pdf" --lang "$lang" || exit 1
done
echo "run-rollout-demo: reports in $out (report-en.pdf, report-ja.pdf)"
exec "$auditor" --workspace "$workspace" --db "$db" "$@"
'
exec "${sudo[@]}" "$root/build/lab/mailtls-lab" rollout --db "$db" -- \
    /bin/sh -c "$after_rollout" sh "$root/build/mailtls-auditor" "$workspace" "$db" "$out" "$@"
