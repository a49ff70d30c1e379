#!/usr/bin/env bash
# Benchmark: the window during a large audit. Starts one nginx (one worker)
# serving HTTPS with a login form on HOSTS loopback addresses
# (127.1.0.1 and up, 250 per third byte) x PORTS ports from 30000, TLS 1.2
# and 1.3, a throwaway self-signed RSA-2048 certificate; then runs
# build/bench/window_scale, which opens the matching workspace in the main
# window, audits every endpoint from it and prints the event loop's latency
# (goal: p99 under 50 ms), the audit's time and the memory. Prints figures;
# asserts nothing. Loopback only. Needs nginx, openssl, and a display or
# QT_QPA_PLATFORM=offscreen (set when DISPLAY is empty).
#
#   bench/window_scale.sh [BUILD_DIR] [-- window_scale options]
#
# Environment (all optional):
#   MAILTLS_BENCH_ENDPOINTS=10000   endpoints (HOSTS = ENDPOINTS / 4, PORTS = 4)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
extra=()
while (($#)); do
    case $1 in
    --) shift; extra=("$@"); break ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) build=$1 ;;
    esac
    shift
done
endpoints=${MAILTLS_BENCH_ENDPOINTS:-10000}
ports=4
hosts=$(((endpoints + ports - 1) / ports))
first_port=30000
((hosts >= 1 && hosts <= 62500)) || { echo "window_scale.sh: $endpoints endpoints is out of range" >&2; exit 1; }

bench="$build/bench/window_scale"
[[ -x "$bench" ]] || { echo "window_scale.sh: $bench is missing (cmake --build $build --target window_scale)" >&2; exit 1; }
command -v nginx >/dev/null || { echo "window_scale.sh: nginx is missing (apt-get install nginx-light)" >&2; exit 1; }
command -v openssl >/dev/null || { echo "window_scale.sh: openssl is missing" >&2; exit 1; }
[[ -n "${DISPLAY:-}" ]] || export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

# nginx holds one listening socket per endpoint and two per open connection.
listeners=$((hosts * ports))
want_fds=$((listeners + 4096))
hard=$(ulimit -Hn)
if [[ "$hard" == unlimited ]] || ((hard >= want_fds)); then ulimit -n $want_fds; else ulimit -n "$hard"; fi
(($(ulimit -n) >= listeners + 256)) || {
    echo "window_scale.sh: ulimit -n is $(ulimit -n); nginx needs more than $listeners (raise the hard limit)" >&2
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

addr() { echo "127.1.$(($1 / 250)).$(($1 % 250 + 1))"; }

openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=scale.example" \
    -addext "subjectAltName=DNS:*.scale.example" \
    -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
{
    echo "daemon off;"
    echo "worker_processes 1;"
    echo "worker_rlimit_nofile $(ulimit -n);"
    echo "pid $work/nginx.pid;"
    echo "error_log $work/error.log warn;"
    echo "events { worker_connections $((listeners + 2048)); }"
    echo "http {"
    echo "    access_log off;"
    echo "    client_body_temp_path $work/body;"
    echo "    proxy_temp_path $work/proxy;"
    echo "    fastcgi_temp_path $work/fastcgi;"
    echo "    uwsgi_temp_path $work/uwsgi;"
    echo "    scgi_temp_path $work/scgi;"
    echo "    server {"
    for ((i = 0; i < hosts; i++)); do
        a=$(addr $i)
        for ((p = first_port; p < first_port + ports; p++)); do
            echo "        listen $a:$p ssl;"
        done
    done
    echo "        ssl_certificate $work/cert.pem;"
    echo "        ssl_certificate_key $work/key.pem;"
    echo "        ssl_protocols TLSv1.2 TLSv1.3;"
    echo "        ssl_ciphers ECDHE+AESGCM:ECDHE+CHACHA20;"
    echo "        ssl_prefer_server_ciphers on;"
    echo "        add_header Strict-Transport-Security \"max-age=31536000\" always;"
    echo "        default_type text/html;"
    echo "        location / { return 200 '<html><form method=post action=/login><input name=user><input type=password name=pass></form></html>'; }"
    echo "    }"
    echo "}"
} >"$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
nginx_pid=$!
last=$(addr $((hosts - 1)))
ready=
for _ in $(seq 200); do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
    if (exec 3<>"/dev/tcp/$last/$((first_port + ports - 1))") 2>/dev/null; then ready=1; break; fi
    sleep 0.1
done
[[ -n "$ready" ]] || { echo "window_scale.sh: nginx did not start:" >&2; cat "$work/error.log" >&2; exit 1; }

echo "window_scale.sh: nginx HTTPS on $(addr 0) .. $last, ports $first_port-$((first_port + ports - 1)) ($listeners endpoints)"
"$bench" --hosts "$hosts" --ports "$ports" --first-port "$first_port" --base 127.1 "${extra[@]}"
