#!/usr/bin/env bash
# The rollout on the demo, for a new user: installs what is missing, builds,
# starts the demo lab, audits it, applies the remediation checklist to its
# real servers as an admin would, audits again (mailtls-lab rollout), writes
# the compliance report of the second run compared with the first in English
# and Japanese, and opens the window on the two runs (History tab: the
# progress; File > Print Report) with the lab still up.
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
workspace="$root/resources/demo/demo-workspace.json"
sudo=()
if [[ $(id -u) -ne 0 ]]; then
    sudo=(sudo --preserve-env=DISPLAY,XAUTHORITY,WAYLAND_DISPLAY,XDG_RUNTIME_DIR,QT_QPA_PLATFORM)
fi
"${sudo[@]}" "$root/build/lab/mailtls-lab" rollout --db "$db"
for lang in en ja; do
    "${sudo[@]}" "$root/build/mailtls-auditor" report --workspace "$workspace" --db "$db" --compare 1 \
        --pdf "$out/report-$lang.pdf" --lang "$lang"
done
echo "run-rollout-demo: reports in $out (report-en.pdf, report-ja.pdf)"
exec "${sudo[@]}" "$root/build/lab/mailtls-lab" run -- \
    "$root/build/mailtls-auditor" --workspace "$workspace" --db "$db" "$@"
