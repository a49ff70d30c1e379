#!/usr/bin/env bash
# Benchmark: scale. Up to 10,000 TLS endpoints on loopback, all served by one
# nginx `stream` server listening on ports 30000 and up of 127.0.1.50 (one
# per endpoint; TLS 1.2 and 1.3, a few ECDHE suites, throwaway self-signed
# RSA-2048 certificate). For N = 100, 300 and 1,000 endpoints (or the sizes
# asked for, up to 10,000) it runs our `probe --json` and
# `nmap --script +ssl-enum-ciphers` on the same N ports, and prints wall time,
# endpoints per second, peak memory (max RSS from /usr/bin/time -v), the CPU
# time the nginx worker spent per endpoint on each tool, how many
# endpoints each tool fully decided, the throughput ratio ours/nmap, and how
# time and memory grow from the smallest N to the largest. The goals: at
# least five times nmap's throughput at the largest N both run, under 300 MB
# RSS at 10,000 endpoints, time growing close to linearly and memory less
# than that. The server's CPU per endpoint tells when the server, not the
# tool, bounds the throughput. Prints figures;
# asserts nothing. Needs nginx with the stream module, nmap, openssl,
# python3, /usr/bin/time. Loopback only.
#
#   bench/scale.sh [BUILD_DIR] [--quick]     (--quick: N = 100 and 300 only)
#
# Environment (all optional):
#   MAILTLS_BENCH_SIZES="100 300 1000"   the values of N (at most 10000; e.g. "1000 3000 10000")
#   MAILTLS_BENCH_NMAP_MAX=1000          largest N nmap runs for ("not run" above)
#   MAILTLS_BENCH_NMAP_LIMIT=1500        seconds before an nmap run is stopped
#   MAILTLS_BENCH_CONCURRENCY=32         our --concurrency (also our --per-host)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
quick=
for arg in "$@"; do
    case $arg in
    --quick) quick=1 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) build=$arg ;;
    esac
done

sizes=${MAILTLS_BENCH_SIZES:-100 300 1000}
[[ -n "$quick" ]] && sizes=${MAILTLS_BENCH_SIZES:-100 300}
nmap_max=${MAILTLS_BENCH_NMAP_MAX:-1000}
nmap_limit=${MAILTLS_BENCH_NMAP_LIMIT:-1500}
conc=${MAILTLS_BENCH_CONCURRENCY:-32}
addr=127.0.1.50
first_port=30000
# nginx listens on as many ports as the largest N asks for.
max_n=0
for n in $sizes; do ((n > max_n)) && max_n=$n; done

ours="$build/mailtls-auditor"
[[ -x "$ours" ]] || { echo "scale.sh: $ours is missing (cmake --build $build --target mailtls-auditor)" >&2; exit 1; }
for tool in nginx nmap openssl python3 timeout; do
    command -v $tool >/dev/null || { echo "scale.sh: $tool is missing (apt-get install nginx-light nmap)" >&2; exit 1; }
done
[[ -x /usr/bin/time ]] || { echo "scale.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
for n in $sizes; do
    ((n >= 1 && n <= 10000)) || { echo "scale.sh: N=$n is outside 1..10000" >&2; exit 1; }
done

# nginx holds one listening socket per endpoint plus two per open
# connection (its worker_connections count both); each tool holds one per
# connection. Raise the soft limit as far as the hard one allows.
worker_conns=$((max_n + 2048))
want_fds=$((max_n + 4096))
hard=$(ulimit -Hn)
if [[ "$hard" == unlimited ]] || ((hard >= want_fds)); then ulimit -n $want_fds; else ulimit -n "$hard"; fi
(($(ulimit -n) >= max_n + 2 * conc + 64)) || {
    echo "scale.sh: ulimit -n is $(ulimit -n); nginx needs more than $max_n (raise the hard limit, or run as root)" >&2
    exit 1
}

work=$(mktemp -d)
nginx_pid=
cleanup() {
    if [[ -n "$nginx_pid" ]]; then
        kill "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# 1. A throwaway certificate and one stream server with one listen line per endpoint.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=scale.bench.example" \
    -addext "subjectAltName=DNS:scale.bench.example" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
stream_module=
[[ -f /usr/lib/nginx/modules/ngx_stream_module.so ]] && stream_module="load_module /usr/lib/nginx/modules/ngx_stream_module.so;"
{
    echo "$stream_module"
    echo "daemon off;"
    echo "worker_processes 1;"
    echo "worker_rlimit_nofile $(ulimit -n);"
    echo "pid $work/nginx.pid;"
    echo "error_log $work/error.log warn;"
    echo "events { worker_connections $worker_conns; }"
    echo "stream {"
    echo "    server {"
    for ((p = first_port; p < first_port + max_n; p++)); do
        echo "        listen $addr:$p ssl;"
    done
    echo "        ssl_certificate $work/cert.pem;"
    echo "        ssl_certificate_key $work/key.pem;"
    echo "        ssl_protocols TLSv1.2 TLSv1.3;"
    echo "        ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;"
    echo "        ssl_prefer_server_ciphers on;"
    echo "        ssl_handshake_timeout 15s;"
    echo "        return \"ok\\n\";"
    echo "    }"
    echo "}"
} >"$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
nginx_pid=$!
# The master binds every listen socket before it starts the worker: once the
# last port accepts, they all do.
ready=
for _ in $(seq 100); do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
    if (exec 3<>"/dev/tcp/$addr/$((first_port + max_n - 1))") 2>/dev/null; then ready=1; break; fi
    sleep 0.1
done
[[ -n "$ready" ]] || { echo "scale.sh: nginx did not start:" >&2; cat "$work/error.log" >&2; exit 1; }

now_ms() { date +%s%3N; }
# CPU time (ms) the nginx worker has used so far: what each tool's run cost the server.
ticks=$(getconf CLK_TCK)
server_cpu_ms() {
    local total=0 pid
    for pid in $(pgrep -P "$nginx_pid"); do
        total=$((total + $(awk -v t="$ticks" '{ print int(($14 + $15) * 1000 / t) }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    done
    echo $total
}
rss_mb() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
rate() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.1f", (ms > 0 ? n * 1000 / ms : 0) }'; }
secs() { awk -v ms="$1" 'BEGIN { printf "%.1f", ms / 1000 }'; }

# Every endpoint must be ok with TLS 1.2 and 1.3 accepted; prints
# "decided failed statuses" where statuses counts each non-ok status.
check_ours() {
    python3 - "$1" "$2" <<'EOF'
import collections, json, sys
n = int(sys.argv[2])
try:
    rows = json.load(open(sys.argv[1]))
except Exception as e:
    print(0, n, f"unreadable-json:{type(e).__name__}")
    sys.exit(0)
good = 0
why = collections.Counter()
for r in rows:
    p = r.get("protocols") or {}
    if r.get("status") == "ok" and p.get("TLSv1.2") is True and p.get("TLSv1.3") is True:
        good += 1
    elif r.get("status") != "ok":
        why[r.get("status")] += 1
    else:
        why["ok-without-tls1.2+1.3"] += 1
if len(rows) < n:
    why["missing"] += n - len(rows)
print(good, n - good, ",".join(f"{k}:{v}" for k, v in why.items()) or "-")
for r in [r for r in rows if r.get("status") != "ok"][:3]:
    print(f"  {r.get('endpoint')}: {r.get('status')}: {r.get('error')}", file=sys.stderr)
EOF
}

# A port counts when ssl-enum-ciphers reported both TLSv1.2 and TLSv1.3.
check_nmap() {
    python3 - "$1" "$2" <<'EOF'
import sys, xml.etree.ElementTree as ET
n = int(sys.argv[2])
try:
    root = ET.parse(sys.argv[1]).getroot()
except Exception as e:
    print(0, 0, n)
    sys.exit(0)
any_result = both = 0
for port in root.iter("port"):
    for s in port.findall("script"):
        if s.get("id") != "ssl-enum-ciphers":
            continue
        any_result += 1
        keys = {t.get("key") for t in s.findall("table")}
        if {"TLSv1.2", "TLSv1.3"} <= keys:
            both += 1
print(both, any_result, n - both)
EOF
}

echo "scale.sh: nginx stream on $addr:$first_port-$((first_port + max_n - 1)) (TLS 1.2/1.3, 3+3 suites, RSA-2048), sizes: $sizes"
echo "ours: $ours probe --json --concurrency $conc --per-host $conc (all endpoints share one host address, so --per-host = --concurrency)"
echo "nmap: nmap -Pn -n -sT -p RANGE --script +ssl-enum-ciphers $addr (default -T3; '+' forces the script on non-TLS port numbers)"
echo "Both tools run one after the other, never together; other load on the machine makes the figures noisy."
echo

results="$work/results.tsv"
for n in $sizes; do
    last=$((first_port + n - 1))
    urls=()
    for ((p = first_port; p <= last; p++)); do urls+=("tls://$addr:$p"); done

    # 2a. Ours.
    cpu0=$(server_cpu_ms)
    start=$(now_ms)
    rc=0
    /usr/bin/time -v -o "$work/ours.time.$n" "$ours" probe --json --concurrency "$conc" --per-host "$conc" \
        "${urls[@]}" >"$work/ours.$n.json" 2>"$work/ours.$n.err" || rc=$?
    ours_ms=$(($(now_ms) - start))
    ours_server=$(($(server_cpu_ms) - cpu0))
    read -r ours_good ours_bad ours_why < <(check_ours "$work/ours.$n.json" "$n" 2>"$work/ours.$n.why")
    ours_rss=$(rss_mb "$work/ours.time.$n")
    printf 'N=%-5s ours  %7s s  %7s endpoints/s  %7s MB max RSS  exit %s  complete %s/%s  not: %s (%s)  server CPU %s ms/endpoint\n' \
        "$n" "$(secs "$ours_ms")" "$(rate "$n" "$ours_ms")" "$ours_rss" "$rc" "$ours_good" "$n" "$ours_bad" "$ours_why" \
        "$(awk -v c="$ours_server" -v n="$n" 'BEGIN { printf "%.1f", c / n }')"
    if ((ours_bad > 0)) || ((rc > 1)); then
        sed 's/^/      /' "$work/ours.$n.why"
        [[ -s "$work/ours.$n.err" ]] && { echo "      stderr:"; head -5 "$work/ours.$n.err" | sed 's/^/        /'; }
    fi

    # 2b. nmap, unless above the limit set for it.
    nmap_ms=- nmap_rss=- nmap_note=
    if ((n <= nmap_max)); then
        cpu0=$(server_cpu_ms)
        start=$(now_ms)
        rc=0
        timeout --signal=INT --kill-after=30 "$nmap_limit" \
            /usr/bin/time -v -o "$work/nmap.time.$n" \
            nmap -Pn -n -sT -p "$first_port-$last" --script +ssl-enum-ciphers "$addr" \
            -oX "$work/nmap.$n.xml" >"$work/nmap.$n.out" 2>&1 || rc=$?
        nmap_ms=$(($(now_ms) - start))
        nmap_server=$(($(server_cpu_ms) - cpu0))
        read -r nmap_both nmap_any nmap_bad < <(check_nmap "$work/nmap.$n.xml" "$n")
        nmap_rss=$(rss_mb "$work/nmap.time.$n" 2>/dev/null || true)
        [[ -n "$nmap_rss" ]] || nmap_rss=-
        if ((rc == 124)); then nmap_note="stopped after ${nmap_limit} s"; fi
        printf 'N=%-5s nmap  %7s s  %7s endpoints/s  %7s MB max RSS  exit %s  TLS 1.2+1.3 listed %s/%s  any result %s  server CPU %s ms/endpoint  %s\n' \
            "$n" "$(secs "$nmap_ms")" "$(rate "$n" "$nmap_ms")" "$nmap_rss" "$rc" "$nmap_both" "$n" "$nmap_any" \
            "$(awk -v c="$nmap_server" -v n="$n" 'BEGIN { printf "%.1f", c / n }')" "$nmap_note"
        [[ -n "$nmap_note" ]] && nmap_ms=stopped
    else
        echo "N=$n  nmap  not run (MAILTLS_BENCH_NMAP_MAX=$nmap_max)"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$ours_ms" "$ours_rss" "$nmap_ms" "$nmap_rss" >>"$results"
done

echo
echo "| N | ours s | ours endpoints/s | ours max RSS MB | nmap s | nmap endpoints/s | nmap max RSS MB | throughput ours/nmap |"
echo "|---|---|---|---|---|---|---|---|"
awk -F'\t' '
    function s(ms) { return sprintf("%.1f", ms / 1000) }
    function r(n, ms) { return sprintf("%.1f", n * 1000 / ms) }
    {
        if ($4 == "-") { ns = "not run"; nr = "not run"; nm = "not run"; ratio = "-" }
        else if ($4 == "stopped") { ns = "stopped"; nr = "-"; nm = $5; ratio = "-" }
        else { ns = s($4); nr = r($1, $4); nm = $5; ratio = sprintf("%.2fx", $4 / $2) }
        printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, s($2), r($1, $2), $3, ns, nr, nm, ratio
    }' "$results"

echo
echo "Growth from the smallest N to the largest (time ratio against the N ratio; RSS ratio):"
awk -F'\t' '
    NR == 1 { n0 = $1; o0 = $2; or0 = $3 }
    { n1 = $1; o1 = $2; or1 = $3 }
    $4 ~ /^[0-9]+$/ { if (!k0) { k0 = $1; m0 = $4; mr0 = $5 } k1 = $1; m1 = $4; mr1 = $5 }
    END {
        if (NR < 2) { print "  (one size only)"; exit }
        printf "  ours, N %s -> %s (%.1fx endpoints): time %.2fx, max RSS %.2fx (%s -> %s MB)\n",
            n0, n1, n1 / n0, o1 / o0, or1 / or0, or0, or1
        if (k0 && k1 > k0)
            printf "  nmap, N %s -> %s (%.1fx endpoints): time %.2fx, max RSS %.2fx (%s -> %s MB)\n",
                k0, k1, k1 / k0, m1 / m0, mr1 / mr0, mr0, mr1
        else
            print "  nmap: fewer than two sizes measured"
    }' "$results"
