#!/bin/bash
# The first requests after `sanad serve` starts, as a visitor meets them:
#   bench/first_request.sh STORE PORT URL [URL ...]
# starts `python -m kg.cli serve --store STORE --port PORT --no-relate-pending` from this checkout
# (response cache off), waits until the port accepts a connection (no HTTP request before the
# timed ones), times each URL once in turn with curl, then stops the server. PYTHON: the
# interpreter (default: python). For a SPARQL server's URL as STORE, set SANAD_SEARCH_INDEX as
# serving would.
set -u
store=$1; port=$2; shift 2
cd "$(dirname "$0")/.."
SANAD_RESPONSE_CACHE_MB=0 ${PYTHON:-python} -m kg.cli serve --store "$store" --port "$port" --no-relate-pending \
  > "${TMPDIR:-/tmp}/sanad-first-request-$port.log" 2>&1 &
pid=$!
t0=$(date +%s.%N)
until ${PYTHON:-python} -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "serve exited: see ${TMPDIR:-/tmp}/sanad-first-request-$port.log"; exit 1; }
  sleep 0.1
done
echo "port open after $(echo "$(date +%s.%N) - $t0" | bc) s"
for u in "$@"; do
  curl -s -o /dev/null -H "Accept-Language: ar" -w "$u: %{http_code} %{size_download} B in %{time_total} s\n" \
    "http://127.0.0.1:$port$u"
done
echo "all answered $(echo "$(date +%s.%N) - $t0" | bc) s after start"
kill $pid
wait $pid 2>/dev/null
