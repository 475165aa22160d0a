#!/usr/bin/env bash
# Q&A benchmark (issue 4): 50,000 published entries, then search and list requests with wrk at 50 connections.
# Targets on a 2-core machine: search p99 <= 30 ms; the list page >= 3,000 requests/s.
# Starts the service on port 8096 against its own database (samtale_bench_qa, dropped first) and stops it after.
# Usage: bench/qa/run.sh [seconds per measurement, default 20]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
port=8096
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS samtale_bench_qa' 2>/dev/null || true
./mvnw -B -q package -DskipTests
java -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dsamtale.db.name=samtale_bench_qa \
  -Dsamtale.booking.seed-sample-clinics=false -Dsamtale.qa.seed-samples=false ${SAMTALE_BENCH_JAVA_OPTS:-} \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-qa-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && break; sleep 1; done
echo "== seeding 50,000 published entries"
time psql -h 127.0.0.1 -U postgres -d samtale_bench_qa -q -f bench/qa/seed.sql
psql -h 127.0.0.1 -U postgres -d samtale_bench_qa -Atc "SELECT 'published entries: ' || count(*) FROM question WHERE status = 'published'"
base="http://localhost:$port"
echo "== warm-up (not counted)"
wrk -t2 -c50 -d15s -s bench/qa/search.lua "$base/api/qa?q=" >/dev/null
wrk -t2 -c50 -d10s "$base/qa" >/dev/null
for target in "search API|/api/qa?q=|bench/qa/search.lua" "search page|/qa?q=|bench/qa/search.lua" \
              "search API, varied (mostly uncached)|/api/qa?q=|bench/qa/search-varied.lua" \
              "list page (HTML)|/qa|" "list API|/api/qa|" "category list page|/qa?category=health|"; do
  IFS='|' read -r name path script <<< "$target"
  echo "== $name: wrk -t2 -c50 -d${seconds}s $path"
  wrk -t2 -c50 -d"${seconds}s" --latency ${script:+-s "$script"} "$base$path" | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket"
done
