#!/usr/bin/env bash
# Q&A benchmark (issue 4): 50,000 published entries, then search and list requests with wrk at 50 connections.
# Targets on a 2-core machine: search p99 <= 30 ms; the list page >= 3,000 requests/s.
# Search is measured three ways: popular searches (all from the service's 60 s cache), a Zipf mix of searches as
# visitors type them (search-mix.lua, some from the cache), and with the cache off so that every search runs in
# PostgreSQL (the service is restarted with samtale.qa.search.cached=false for those lines).
# Starts the service on port 8096 against its own database (samtale_bench_qa, dropped first) and stops it after.
# Usage: bench/qa/run.sh [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
port=8096
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS samtale_bench_qa' 2>/dev/null || true
./mvnw -B -q package -DskipTests
start_service() {
  java -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dsamtale.db.name=samtale_bench_qa \
    -Dsamtale.booking.seed-sample-clinics=false -Dsamtale.qa.seed-samples=false "$@" ${SAMTALE_BENCH_JAVA_OPTS:-} \
    -jar target/quarkus-app/quarkus-run.jar >> target/bench-qa-service.log 2>&1 &
  service=$!
  for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && return; sleep 1; done
  echo "the service did not start: target/bench-qa-service.log" >&2; exit 1
}
stop_service() { kill $service 2>/dev/null; wait $service 2>/dev/null || true; }
measure() { # name, path, lua script (optional), connections (optional), seconds (optional)
  echo "== $1: wrk -t2 -c${4:-50} -d${5:-$seconds}s $2"
  wrk -t2 -c"${4:-50}" -d"${5:-$seconds}s" --latency ${3:+-s "$3"} "$base$2" | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket"
}
: > target/bench-qa-service.log
start_service
trap stop_service EXIT
echo "== seeding 50,000 published entries"
time psql -h 127.0.0.1 -U postgres -d samtale_bench_qa -q -f bench/qa/seed.sql
psql -h 127.0.0.1 -U postgres -d samtale_bench_qa -Atc "SELECT 'published entries: ' || count(*) FROM question WHERE status = 'published'"
psql -h 127.0.0.1 -U postgres -d samtale_bench_qa -Atc "SELECT 'distinct words: ' || count(*) FROM qa_search_word"
base="http://localhost:$port"
echo "== warm-up (not counted): a minute and a half, past the JIT compiler's busiest time"
wrk -t2 -c50 -d20s -s bench/qa/search.lua "$base/api/qa?q=" >/dev/null
wrk -t2 -c50 -d15s "$base/qa" >/dev/null
wrk -t2 -c50 -d15s -s bench/qa/search-mix.lua "$base/qa?q=" >/dev/null
wrk -t2 -c50 -d40s -s bench/qa/search-mix.lua "$base/api/qa?q=" >/dev/null
# The mix first, while its searches are cached (an entry not asked for in 60 s is dropped); 70 s, so that every
# cached search falls due for a refresh within the measurement.
measure "search API, typed searches, Zipf mix (cache on)" "/api/qa?q=" bench/qa/search-mix.lua 50 70
measure "search page, typed searches, Zipf mix (cache on)" "/qa?q=" bench/qa/search-mix.lua
measure "search API, 15 popular searches (served from the cache)" "/api/qa?q=" bench/qa/search.lua
measure "search page, the same" "/qa?q=" bench/qa/search.lua
measure "list page (HTML)" "/qa"
measure "list API" "/api/qa"
measure "category list page" "/qa?category=health"
echo "== restarting with samtale.qa.search.cached=false: every search below runs in PostgreSQL"
stop_service
start_service -Dsamtale.qa.search.cached=false
# The JIT compiler is still at work for a minute after start; warm up past it.
wrk -t2 -c50 -d60s -s bench/qa/search-mix.lua "$base/api/qa?q=" >/dev/null
measure "search API, typed searches, none cached" "/api/qa?q=" bench/qa/search-mix.lua
measure "search API, typed searches, none cached, 10 clients" "/api/qa?q=" bench/qa/search-mix.lua 10
measure "search API, random word pairs, none cached" "/api/qa?q=" bench/qa/search-varied.lua
