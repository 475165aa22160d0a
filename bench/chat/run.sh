#!/usr/bin/env bash
# Runs the chat benchmark end to end on this machine: builds the service, starts it on port 8096 against its own
# database (samtale_bench_chat, dropped and created again) with the dev profile and the chat limits raised, runs
# ChatBench (which reads the service's memory from /proc/<pid>/status), and stops the service.
# Arguments go to ChatBench: [conversations, default 1000] [seconds, default 60] [queued, default 10000].
# Quick smoke run: bench/chat/run.sh 50 10 200
set -euo pipefail
cd "$(dirname "$0")/../.."
port=8096
db=samtale_bench_chat
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
./mvnw -B -q package -DskipTests
# 10,000 waiting visitors are 10,000 sockets in the service and as many in the generator.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
java -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dsamtale.db.name=$db \
  -Dsamtale.booking.seed-sample-clinics=false -Dsamtale.qa.seed-samples=false \
  -Dsamtale.web.public-origin=http://localhost:$port \
  -Dsamtale.chat.max-concurrent-chats=100000 -Dsamtale.chat.frames-per-second=100000 -Dsamtale.chat.frame-burst=100000 \
  -Dsamtale.identity.login-attempts-per-second=1000 \
  ${SAMTALE_BENCH_JAVA_OPTS:-} \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-chat-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && break
  kill -0 $service 2>/dev/null || { tail -n 30 target/bench-chat-service.log >&2; exit 1; }
  sleep 1
done
java bench/chat/ChatBench.java "http://localhost:$port" "$service" "$@"
