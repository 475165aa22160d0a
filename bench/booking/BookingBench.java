import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking benchmark (issue 5): 500 clients race for 50 seats in 5 slots, then a steady mix of look-ups and
 * bookings (after an unmeasured warm-up). Prints throughput and latency percentiles, and proves from the service's own data that no slot is
 * over-booked. Exits 1 when a seat was given twice or a winner's code does not look up.
 *
 *   java bench/booking/BookingBench.java [baseUrl] [racers] [steadySeconds] [concurrency]
 *
 * Needs an admin account (SAMTALE_BENCH_ADMIN / SAMTALE_BENCH_PASSWORD, default the dev demo admin) and a service
 * whose booking rate limits are raised for the run (bench/booking/run.sh does both).
 */
public class BookingBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static String base;
    static String admin;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        int racers = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int steadySeconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 32;
        admin = login(System.getenv().getOrDefault("SAMTALE_BENCH_ADMIN", "demo-admin"),
                System.getenv().getOrDefault("SAMTALE_BENCH_PASSWORD", "samtale-demo-password"));

        boolean ok = race(racers);
        // The JIT of both the service and this client needs a while; the warm-up's figures are thrown away.
        steady(Integer.parseInt(System.getenv().getOrDefault("SAMTALE_BENCH_WARMUP_SECONDS", "20")), concurrency, false);
        ok &= steady(steadySeconds, concurrency, true);
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        System.exit(ok ? 0 : 1);
    }

    /** Phase 1: every racer books a random one of 5 slots of 10 seats, all at once. */
    static boolean race(int racers) throws Exception {
        String clinic = newClinic("Race");
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            slots.add(newSlot(clinic, Duration.ofDays(2).plusMinutes(30L * i), 10));
        }
        List<CompletableFuture<Timed>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < racers; i++) {
            String slot = slots.get(ThreadLocalRandom.current().nextInt(slots.size()));
            answers.add(timed(post("/api/bookings", "{\"slotId\":\"" + slot + "\"}", null)));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;

        List<String> codes = new ArrayList<>();
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        List<Long> latencies = new ArrayList<>();
        for (CompletableFuture<Timed> answer : answers) {
            Timed t = answer.join();
            byStatus.merge(t.status(), 1, Integer::sum);
            latencies.add(t.nanos());
            if (t.status() == 201) {
                codes.add(field(t.body(), "code"));
            }
        }
        // The service's own account of the slots, and every winner's code looked up.
        String listed = get("/api/admin/clinics/" + clinic + "/slots", admin).body();
        int bookedTotal = 0;
        boolean overbooked = false;
        for (String slot : slots) {
            Matcher m = Pattern.compile("\"id\":\"" + slot + "\"[^}]*?\"capacity\":(\\d+),\"booked\":(\\d+)").matcher(listed);
            if (!m.find()) {
                throw new IllegalStateException("slot missing from the admin list: " + slot);
            }
            int capacity = Integer.parseInt(m.group(1));
            int booked = Integer.parseInt(m.group(2));
            bookedTotal += booked;
            overbooked |= booked > capacity;
            System.out.printf("  slot %s: %d of %d seats booked%n", slot.substring(0, 8), booked, capacity);
        }
        Set<String> distinct = new HashSet<>(codes);
        int found = 0;
        for (String code : codes) {
            if (post("/api/bookings/lookup", "{\"code\":\"" + code + "\"}", null).get().statusCode() == 200) {
                found++;
            }
        }
        System.out.println("== race: " + racers + " clients for 50 seats in 5 slots");
        System.out.printf("  answers: %s in %.2f s%n", byStatus, seconds);
        System.out.printf("  latency ms: %s%n", percentiles(latencies));
        System.out.printf("  won %d, booked in slots %d, distinct codes %d, codes that look up %d%n", codes.size(), bookedTotal,
                distinct.size(), found);
        boolean ok = !overbooked && codes.size() == 50 && bookedTotal == 50 && distinct.size() == 50 && found == 50;
        System.out.println("  over-booking: " + (overbooked || bookedTotal > 50 ? "YES" : "none") + (ok ? "" : "  <-- FAIL"));
        return ok;
    }

    /** Phase 2: look-ups of known codes (80 %) and new bookings (20 %) from a fixed number of clients. */
    static boolean steady(int seconds, int concurrency, boolean report) throws Exception {
        String clinic = newClinic("Steady");
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            slots.add(newSlot(clinic, Duration.ofDays(3).plusMinutes(20L * i), 500));
        }
        List<String> codes = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 50; i++) {
            codes.add(field(post("/api/bookings", "{\"slotId\":\"" + slots.get(i % slots.size()) + "\"}", null).get().body(), "code"));
        }
        List<Long> lookups = Collections.synchronizedList(new ArrayList<>());
        List<Long> bookings = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread client = new Thread(() -> {
                while (System.nanoTime() < end) {
                    boolean book = ThreadLocalRandom.current().nextInt(5) == 0;
                    try {
                        Timed t = book
                                ? timed(post("/api/bookings", "{\"slotId\":\"" + slots.get(ThreadLocalRandom.current()
                                        .nextInt(slots.size())) + "\"}", null)).join()
                                : timed(post("/api/bookings/lookup", "{\"code\":\"" + codes.get(ThreadLocalRandom.current()
                                        .nextInt(codes.size())) + "\"}", null)).join();
                        if (t.status() == (book ? 201 : 200)) {
                            (book ? bookings : lookups).add(t.nanos());
                            if (book && codes.size() < 5000) {
                                codes.add(field(t.body(), "code"));
                            }
                        } else {
                            failures.computeIfAbsent((book ? "book " : "lookup ") + t.status(), k -> new AtomicLong()).incrementAndGet();
                        }
                    } catch (RuntimeException e) {
                        failures.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicLong()).incrementAndGet();
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            client.join();
        }
        long total = lookups.size() + bookings.size();
        if (!report) {
            System.out.printf("== warm-up: %d s, %d requests (not counted)%n", seconds, total);
            return true;
        }
        System.out.println("== steady mix: " + seconds + " s, " + concurrency + " concurrent clients, 80 % look-ups / 20 % bookings");
        System.out.printf("  throughput: %.0f requests/s (%d look-ups, %d bookings)%n", total / (double) seconds, lookups.size(),
                bookings.size());
        System.out.printf("  look-up latency ms: %s%n", percentiles(lookups));
        System.out.printf("  booking latency ms: %s%n", percentiles(bookings));
        System.out.println("  failures: " + (failures.isEmpty() ? "none" : failures));
        String listed = get("/api/admin/clinics/" + clinic + "/slots", admin).body();
        Matcher m = Pattern.compile("\"capacity\":(\\d+),\"booked\":(\\d+)").matcher(listed);
        boolean overbooked = false;
        while (m.find()) {
            overbooked |= Integer.parseInt(m.group(2)) > Integer.parseInt(m.group(1));
        }
        System.out.println("  over-booking: " + (overbooked ? "YES" : "none"));
        return !overbooked && failures.isEmpty();
    }

    record Timed(int status, String body, long nanos) {
    }

    static CompletableFuture<Timed> timed(CompletableFuture<HttpResponse<String>> request) {
        long start = System.nanoTime();
        return request.thenApply(r -> new Timed(r.statusCode(), r.body(), System.nanoTime() - start));
    }

    static String percentiles(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return "n/a";
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format("p50 %.1f, p99 %.1f, max %.1f (n=%d)", at(sorted, 0.50), at(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6, sorted.size());
    }

    static double at(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    static String login(String username, String password) throws Exception {
        HttpResponse<String> r = post("/api/staff/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null).get();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("admin login failed: " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "token");
    }

    static String newClinic(String name) throws Exception {
        return field(post("/api/admin/clinics", "{\"name\":\"Bench " + name + " " + System.nanoTime()
                + "\",\"address\":\"Benkgata 1\"}", admin).get().body(), "id");
    }

    static String newSlot(String clinic, Duration fromNow, int capacity) throws Exception {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plus(fromNow).truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> r = post("/api/admin/clinics/" + clinic + "/slots", "{\"startsAt\":\"" + start
                + "\",\"endsAt\":\"" + start.plusMinutes(20) + "\",\"capacity\":" + capacity + "}", admin).get();
        if (r.statusCode() != 201) {
            throw new IllegalStateException("slot not created: " + r.body());
        }
        return field(r.body(), "id");
    }

    static CompletableFuture<HttpResponse<String>> post(String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
