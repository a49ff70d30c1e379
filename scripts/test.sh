#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test
# (unit, integration on the lab's real servers, gui), then the same suites in
# the AddressSanitizer + UndefinedBehaviorSanitizer build.
#   scripts/test.sh              everything
#   scripts/test.sh -L unit      only some labels (passed to ctest)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh"

status=0
run_suite() {
    local build=$1; shift
    "$root/scripts/build.sh" "$build" "$@"
    (cd "$build" && ctest --output-on-failure --timeout 600 "${ctest_args[@]}") || status=1
}
ctest_args=("$@")

echo "== fuzz targets (libFuzzer, clang), briefly" >&2
fuzz_seconds=${MAILTLS_FUZZ_SECONDS:-20}
CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMAILTLS_FUZZ=ON >/dev/null
cmake --build "$root/build-fuzz" --target fuzz_replies fuzz_workspace fuzz_serverhello fuzz_ldap fuzz_csv fuzz_received fuzz_dns fuzz_dialogues fuzz_mta_sts fuzz_tls_rpt fuzz_ocsp
for target in replies workspace serverhello ldap csv received dns dialogues mta_sts tls_rpt ocsp; do
    corpus=$(mktemp -d)
    cp "$root/tests/fuzz/corpus/$target/"* "$corpus/"
    if ! "$root/build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$fuzz_seconds" -max_len=65536 \
            -print_final_stats=1 "$corpus" 2>"$root/build-fuzz/fuzz_$target.log"; then
        tail -40 "$root/build-fuzz/fuzz_$target.log" >&2
        echo "fuzz_$target: FAILED" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units" "$root/build-fuzz/fuzz_$target.log" | sed "s/^/fuzz_$target: /" >&2
    fi
    rm -rf "$corpus"
done

echo "== build and tests" >&2
run_suite "$root/build"
echo "== the Debian package: built, validated, unpacked and run" >&2
"$root/scripts/check-package.sh" "$root/build" || status=1
echo "== sanitizer build (ASan + UBSan) and tests" >&2
run_suite "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DMAILTLS_SANITIZE=ON

# The lab's servers and the store tests' PostgreSQL die with the test that
# started them (PR_SET_PDEATHSIG). Anything still running from their
# directories is a bug: report it, stop it.
leftover=$(pgrep -f '/tmp/mailtls-(lab|pg)-' || true)
if [[ -n "$leftover" ]]; then
    echo "test.sh: test servers left running: $leftover" >&2
    ps -o pid=,args= -p $leftover >&2 || true
    kill $leftover 2>/dev/null || true
    status=1
fi
exit $status
