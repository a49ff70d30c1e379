#!/usr/bin/env bash
# Benchmark: our probe against sslscan, nmap's ssl-enum-ciphers and testssl.sh,
# each doing full protocol and cipher enumeration of the same lab endpoints,
# on plain loopback and with 50 ms of round-trip delay added by
# tcp_delay_relay (which also counts every tool's connections the same way).
# Prints figures and ratios; asserts nothing. Needs root (the lab) and the
# peers (apt-get install sslscan nmap testssl.sh). Loopback only.
#
# Ours runs twice per endpoint: "ours" with everything, "ours-bare" without
# the TLS hygiene checks (--no-hygiene): the difference is what those checks
# cost, in connections and time, endpoint by endpoint.
#
#   bench/peers.sh [BUILD_DIR] [--quick]     (--quick: skips testssl.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
quick=
for arg in "$@"; do
    case $arg in
    --quick) quick=--quick ;;
    "") ;;
    *) build=$arg ;;
    esac
done

if [[ "${MAILTLS_BENCH_INSIDE:-}" != 1 ]]; then
    for tool in sslscan nmap testssl; do
        command -v $tool >/dev/null || { echo "peers.sh: $tool is missing (apt-get install sslscan nmap testssl.sh)" >&2; exit 1; }
    done
    export MAILTLS_BENCH_INSIDE=1
    exec "$build/lab/mailtls-lab" run --lab "$root/resources/demo/lab.json" --only mx1,mx2,imap,webmail -- "$0" "$build" "$quick"
fi

relay="$build/bench/tcp_delay_relay"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# endpoint label | scheme | lab address:port | standard port | STARTTLS kind ("-": TLS from the start) | name
endpoints=(
    "Postfix MX, TLS 1.2/1.3, 6 suites|smtp|127.0.0.11:2525|25|smtp|mx1.kumo.example"
    "Postfix MX, legacy, 64 suites|smtp|127.0.0.12:2525|25|smtp|mx2.kumo.example"
    "Dovecot IMAP, STARTTLS|imap|127.0.0.21:2143|143|imap|imap.kumo.example"
    "nginx HTTPS|https|127.0.0.31:2443|443|-|webmail.kumo.example"
)
tools=(ours ours-bare sslscan nmap testssl)
[[ "$quick" == "--quick" ]] && tools=(ours ours-bare sslscan nmap)
# MAILTLS_BENCH_TOOLS="ours nmap" runs only those; MAILTLS_BENCH_OURS_ARGS adds
# options to ours (e.g. "--per-host 8").
[[ -n "${MAILTLS_BENCH_TOOLS:-}" ]] && read -r -a tools <<<"$MAILTLS_BENCH_TOOLS"
ours_args=()
[[ -n "${MAILTLS_BENCH_OURS_ARGS:-}" ]] && read -r -a ours_args <<<"$MAILTLS_BENCH_OURS_ARGS"
# MAILTLS_BENCH_BASELINE=/path/to/an/older/mailtls-auditor adds it as the peer
# "baseline", probed in the same run with the same options: what a change
# costs or saves, measured side by side.
baseline=${MAILTLS_BENCH_BASELINE:-}
[[ -n "$baseline" ]] && tools+=(baseline)

now_ms() { date +%s%3N; }
n=0
results="$work/results.tsv"
# MAILTLS_BENCH_DELAYS="25" runs only at 50 ms RTT (one-way delays in ms).
delays=(0 25)
[[ -n "${MAILTLS_BENCH_DELAYS:-}" ]] && read -r -a delays <<<"$MAILTLS_BENCH_DELAYS"
for delay in "${delays[@]}"; do
    for e in "${endpoints[@]}"; do
        IFS='|' read -r label scheme target stdport kind name <<<"$e"
        for tool in "${tools[@]}"; do
            n=$((n + 1))
            addr="127.0.1.$n"
            count="$work/count.$n"
            "$relay" "$addr" "$stdport" "${target%:*}" "${target#*:}" "$delay" "$count" &
            relay_pid=$!
            for _ in $(seq 50); do [[ -s "$count" ]] && break; sleep 0.02; done
            start=$(now_ms)
            case $tool in
            ours)
                # MAILTLS_BENCH_TRACE_DIR: our connection trace per endpoint (bench/slot_trace.py reads it).
                trace=
                [[ -n "${MAILTLS_BENCH_TRACE_DIR:-}" ]] && trace="$MAILTLS_BENCH_TRACE_DIR/ours.$((delay * 2))ms.${name%%.*}.${stdport}"
                MAILTLS_CONNECTION_TRACE="$trace" "$build/mailtls-auditor" probe --json "${ours_args[@]}" --name "$name" "$scheme://$addr:$stdport" >"$work/out.$n" 2>/dev/null || true
                ;;
            ours-bare) "$build/mailtls-auditor" probe --json --no-hygiene "${ours_args[@]}" --name "$name" "$scheme://$addr:$stdport" >"$work/out.$n" 2>/dev/null || true ;;
            baseline) "$baseline" probe --json "${ours_args[@]}" --name "$name" "$scheme://$addr:$stdport" >"$work/out.$n" 2>/dev/null || true ;;
            sslscan)
                starttls=(--starttls-"$kind")
                [[ "$kind" == - ]] && starttls=()
                sslscan --no-colour "${starttls[@]}" --sni-name="$name" "$addr:$stdport" >"$work/out.$n" 2>&1 || true
                ;;
            nmap) nmap -Pn -n -p "$stdport" --script ssl-enum-ciphers "$addr" >"$work/out.$n" 2>&1 || true ;;
            testssl)
                starttls=(-t "$kind")
                [[ "$kind" == - ]] && starttls=()
                testssl --quiet --color 0 --warnings off --nodns none -p -e "${starttls[@]}" "$addr:$stdport" >"$work/out.$n" 2>&1 || true
                ;;
            esac
            end=$(now_ms)
            sleep 0.1
            kill "$relay_pid" 2>/dev/null; wait "$relay_pid" 2>/dev/null || true
            printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$((delay * 2))" "$label" "$tool" "$((end - start))" "$(cat "$count")" "$kind" >>"$results"
            printf '%3s ms RTT  %-36s %-8s %8.2f s  %4s connections\n' "$((delay * 2))" "$label" "$tool" \
                "$(awk -v ms=$((end - start)) 'BEGIN { print ms / 1000 }')" "$(cat "$count")"
        done
    done
done

echo
echo "The hygiene checks (ours against ours-bare: extra connections and time):"
awk -F'\t' '
    $3 == "ours" { t[$1 FS $2] = $4; c[$1 FS $2] = $5 }
    $3 == "ours-bare" { bt[$1 FS $2] = $4; bc[$1 FS $2] = $5 }
    END {
        for (k in t) {
            if (!(k in bt)) continue
            split(k, p, FS)
            printf "%3s ms RTT  %-36s  %+d connections (%d -> %d)  %+.2f s\n", p[1], p[2],
                c[k] - bc[k], bc[k], c[k], (t[k] - bt[k]) / 1000
        }
    }' "$results" | sort
echo
echo "Ratios (ours against each peer: time, connections; > 1 means we are faster / use fewer):"
awk -F'\t' '
    { t[$1 FS $2 FS $3] = $4; c[$1 FS $2 FS $3] = $5; key[$1 FS $2] = 1; tool[$3] = 1 }
    END {
        for (k in key) {
            split(k, p, FS)
            line = sprintf("%3s ms RTT  %-36s", p[1], p[2])
            for (tl in tool) {
                if (tl == "ours" || tl == "ours-bare" || !((k FS tl) in t)) continue
                line = line sprintf("  %s %.1fx time %.1fx conns", tl,
                    t[k FS tl] / (t[k FS "ours"] > 0 ? t[k FS "ours"] : 1),
                    c[k FS tl] / (c[k FS "ours"] > 0 ? c[k FS "ours"] : 1))
            }
            print line
        }
    }' "$results" | sort
echo
# Each of our connections through the relay costs at least: with STARTTLS,
# three round trips (the relay's emulated connect and the greeting, STARTTLS
# and its answer, our hello and the server's); with TLS from the start, two
# (the connect, the hello). With every one of the per-host slots (8 by
# default, MAILTLS_BENCH_CAP to change) busy from the first connection to the
# last, the enumeration cannot be faster than connections / slots x round
# trips x RTT.
echo "Ours against the lower bound of its own connections (connections / ${MAILTLS_BENCH_CAP:-8} slots x round trips per connection x RTT):"
awk -F'\t' -v cap="${MAILTLS_BENCH_CAP:-8}" '
    $3 == "ours" && $1 > 0 {
        trips = $6 == "-" ? 2 : 3
        bound = $5 / cap * trips * $1
        printf "%3s ms RTT  %-36s  %.2f s, bound %.2f s (%d round trips each), %.1fx the bound\n", $1, $2, $4 / 1000,
            bound / 1000, trips, $4 / (bound > 0 ? bound : 1)
    }' "$results" | sort
