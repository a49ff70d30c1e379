#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts the demo lab (real
# Postfix, Dovecot and nginx on 127.0.0.x), opens the window on the demo
# workspace, and stops the lab when the window closes.
#   scripts/run-demo.sh            (needs a display; on a headless machine:
#   xvfb-run -a scripts/run-demo.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" --display
"$root/scripts/build.sh" "$root/build"
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    echo "run-demo: no display. On a machine without one: xvfb-run -a $0" >&2
    exit 1
fi
if [[ $(id -u) -ne 0 ]]; then
    exec sudo --preserve-env=DISPLAY,XAUTHORITY,WAYLAND_DISPLAY,XDG_RUNTIME_DIR,QT_QPA_PLATFORM \
        "$root/build/lab/mailtls-lab" run --lab "$root/resources/demo/lab.json" -- \
        "$root/build/mailtls-auditor" --workspace "$root/resources/demo/demo-workspace.json" "$@"
fi
exec "$root/build/lab/mailtls-lab" run --lab "$root/resources/demo/lab.json" -- \
    "$root/build/mailtls-auditor" --workspace "$root/resources/demo/demo-workspace.json" "$@"
