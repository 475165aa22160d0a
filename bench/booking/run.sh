#!/usr/bin/env bash
# Runs the booking benchmark end to end on this machine: builds the service, starts it on port 8095 against its
# own database (samtale_bench, dropped first) with the dev profile and the anonymous-booking rate limits raised,
# runs BookingBench, and stops the service. Arguments go to BookingBench: [racers] [steadySeconds] [concurrency].
set -euo pipefail
cd "$(dirname "$0")/../.."
port=8095
psql -h 127.0.0.1 -U postgres -qc 'DROP DATABASE IF EXISTS samtale_bench' 2>/dev/null || true
./mvnw -B -q package -DskipTests
java -Dquarkus.profile=dev -Dquarkus.http.port=$port -Dsamtale.db.name=samtale_bench \
  -Dsamtale.booking.seed-sample-clinics=false \
  -Dsamtale.booking.bookings-per-second=100000 -Dsamtale.booking.lookups-per-second=100000 \
  -jar target/quarkus-app/quarkus-run.jar > target/bench-booking-service.log 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "http://localhost:$port/q/health/ready" && break
  sleep 1
done
java bench/booking/BookingBench.java "http://localhost:$port" "$@"
