import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat benchmark (docs/chat.md). Three phases against a running service:
 *
 * A) set-up: opening hours 00:00–24:00 every day, C counsellor accounts, each with a console socket and
 *    {@code presence available};
 * B) N conversations (visitor token, {@code /ws/chat}, {@code start}, claimed by the counsellors in turn), in which
 *    both sides send one {@code message} a second (random phase) for an unmeasured warm-up and then D measured
 *    seconds. Prints messages/s, ack latency and send-to-deliver latency (sender's send to the other party's
 *    {@code message} frame), and proves from what every socket received that nothing was lost, duplicated, out of
 *    order or missing from the seq numbering;
 * C) Q visitors waiting in the queue (one counsellor available who claims nothing): the service's resident memory
 *    (VmRSS, VmHWM from /proc/&lt;pid&gt;/status) once all are queued plus 10 s, and whether their positions are
 *    1..Q and distinct.
 *
 *   java bench/chat/ChatBench.java [baseUrl] [servicePid|0] [conversations] [seconds] [queued]
 *
 * Targets (full size, N=1000, D=60, Q=10000, on the 2-core machine): no message lost or duplicated, send-to-deliver
 * p99 <= 50 ms, VmRSS <= 1 GiB with 10,000 waiting. Exits 1 on FAIL.
 *
 * Needs an admin account (SAMTALE_BENCH_ADMIN / SAMTALE_BENCH_PASSWORD, default the dev demo admin) and a service
 * whose chat limits are raised for the run (bench/chat/run.sh does both). Other knobs, from the environment:
 * SAMTALE_BENCH_COUNSELLORS (10), SAMTALE_BENCH_WARMUP_SECONDS (10), SAMTALE_BENCH_HANDSHAKES (200 concurrent
 * openings), SAMTALE_BENCH_DRAIN_SECONDS (5), SAMTALE_BENCH_SETTLE_SECONDS (10).
 *
 * The generator shares the machine with the service and PostgreSQL, so it stays small: one HttpClient (whose
 * selector thread does all socket I/O and runs the listeners), two timer threads that send, no thread per socket.
 */
public class ChatBench {

    static final ExecutorService HTTP_EXECUTOR = Executors.newFixedThreadPool(2, daemon("http"));
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30)).executor(HTTP_EXECUTOR).build();
    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2, daemon("timer"));
    static final Pattern BENCH_TEXT = Pattern.compile("bench ([vc])(\\d+) (\\d+) (-?\\d+)");
    static final Pattern CLIENT_MSG_ID = Pattern.compile("([vc])(\\d+)-(\\d+)");

    static String base;
    static String wsBase;
    static String origin;
    static long servicePid;
    static String admin;
    static volatile String phase = "set-up";

    /** Error frames, unexpected frames, handshake failures and the like, by phase and kind. */
    static final Map<String, AtomicLong> EVENTS = new ConcurrentHashMap<>();
    static final AtomicLong FRAMES_IN = new AtomicLong();
    static final AtomicLong FRAMES_OUT = new AtomicLong();
    /** How late the timer threads sent measured messages: a starved generator shows here. */
    static final LongList TIMER_LATENESS = new LongList();
    static final List<String> CHECKS = new ArrayList<>();
    static boolean allOk = true;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        servicePid = args.length > 1 ? Long.parseLong(args[1]) : 0;
        int conversations = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        int queued = args.length > 4 ? Integer.parseInt(args[4]) : 10000;
        int counsellors = env("SAMTALE_BENCH_COUNSELLORS", 10);
        int warmup = env("SAMTALE_BENCH_WARMUP_SECONDS", 10);
        int handshakes = env("SAMTALE_BENCH_HANDSHAKES", 200);
        int drain = env("SAMTALE_BENCH_DRAIN_SECONDS", 5);
        int settle = env("SAMTALE_BENCH_SETTLE_SECONDS", 10);
        URI uri = URI.create(base);
        origin = uri.getScheme() + "://" + uri.getAuthority();
        wsBase = (uri.getScheme().equals("https") ? "wss://" : "ws://") + uri.getAuthority();

        List<Counsellor> staff = setUp(counsellors);
        phaseB(staff, conversations, seconds, warmup, handshakes, drain);
        phaseC(staff, queued, handshakes, settle);
        for (Counsellor c : staff) {
            c.sock.close();
        }
        Thread.sleep(500);

        System.out.println("== summary (targets: phase B 0 lost, 0 duplicated, p99 <= 50 ms; phase C VmRSS <= 1 GiB)");
        for (String line : CHECKS) {
            System.out.println("  " + line);
        }
        System.out.println(allOk ? "RESULT: PASS" : "RESULT: FAIL");
        System.exit(allOk ? 0 : 1);
    }

    // ---------------------------------------------------------------------------------------------------------
    // A) set-up
    // ---------------------------------------------------------------------------------------------------------

    static List<Counsellor> setUp(int count) throws Exception {
        admin = login(System.getenv().getOrDefault("SAMTALE_BENCH_ADMIN", "demo-admin"),
                System.getenv().getOrDefault("SAMTALE_BENCH_PASSWORD", "samtale-demo-password"));
        StringBuilder weekly = new StringBuilder();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.append(weekly.length() == 0 ? "" : ",").append("{\"day\":\"").append(day)
                    .append("\",\"opens\":\"00:00\",\"closes\":\"24:00\"}");
        }
        HttpResponse<String> hours = send("PUT", "/api/admin/opening-hours",
                "{\"zone\":\"Europe/Oslo\",\"weekly\":[" + weekly + "],\"closedDays\":[]}", admin);
        if (hours.statusCode() != 200) {
            throw new IllegalStateException("opening hours not stored: " + hours.statusCode() + " " + hours.body());
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Counsellor> staff = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String username = "bench-" + run + "-" + k;
            String password = "bench-counsellor-password-" + run;
            HttpResponse<String> created = send("POST", "/api/admin/staff", "{\"username\":\"" + username
                    + "\",\"displayName\":\"Bench " + k + "\",\"password\":\"" + password + "\",\"roles\":[\"counsellor\"]}", admin);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("counsellor not created: " + created.statusCode() + " " + created.body());
            }
            Counsellor c = new Counsellor(k, login(username, password));
            c.sock = new Sock("console " + k, c);
            openSocket("/ws/console", c.token, c.sock).get(30, TimeUnit.SECONDS);
            c.firstQueue.get(10, TimeUnit.SECONDS);
            c.sock.send("{\"type\":\"presence\",\"status\":\"available\"}");
            staff.add(c);
        }
        boolean open = waitForStatus(true);
        System.out.printf("== set-up: %d counsellor consoles, status available; opening hours 00:00-24:00 every day; chat open: %s%n",
                count, open);
        if (!open) {
            throw new IllegalStateException("GET /api/chat/status does not say open: " + send("GET", "/api/chat/status", null, null).body());
        }
        memory("after set-up");
        return staff;
    }

    // ---------------------------------------------------------------------------------------------------------
    // B) conversations
    // ---------------------------------------------------------------------------------------------------------

    static void phaseB(List<Counsellor> staff, int n, int seconds, int warmup, int handshakes, int drainSeconds) throws Exception {
        phase = "B";
        System.out.printf("== phase B: %d conversations over %d counsellors, both sides sending 1 message/s: %d s warm-up (not"
                + " counted in rates or latency) + %d s measured%n", n, staff.size(), warmup, seconds);
        List<Visitor> visitors = new ArrayList<>();
        List<Conv> convs = new ArrayList<>();
        long setupStart = System.nanoTime();
        Semaphore permits = new Semaphore(handshakes);
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Visitor v = new Visitor(i);
            Conv conv = new Conv(i, v, staff.get(i % staff.size()));
            v.conv = conv;
            visitors.add(v);
            convs.add(conv);
            permits.acquire();
            CompletableFuture<String> queued = startVisitor(v);
            queued.whenComplete((id, e) -> permits.release());
            ready.add(queued.thenCompose(id -> {
                conv.id = id;
                conv.counsellor.convs.put(id, conv);
                conv.counsellor.sock.send("{\"type\":\"claim\",\"conversationId\":\"" + id + "\"}");
                return CompletableFuture.allOf(conv.claimed, v.joined);
            }).orTimeout(60, TimeUnit.SECONDS));
        }
        awaitAll(ready);
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        List<Conv> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!ready.get(i).isCompletedExceptionally()) {
                live.add(convs.get(i));
            }
        }
        System.out.printf("  conversations started and claimed: %d of %d in %.1f s%s%n", live.size(), n, setupSeconds,
                events("B", "  "));
        check(live.size() == n, "phase B: " + live.size() + " of " + n + " conversations queued, claimed and joined");

        // Both sides of every conversation send once a second at a random phase.
        long start = System.nanoTime() + 200_000_000L;
        long measureFrom = start + warmup * 1_000_000_000L;
        long sendUntil = measureFrom + seconds * 1_000_000_000L;
        for (Conv conv : live) {
            conv.measureFrom = measureFrom;
            conv.sendUntil = sendUntil;
            for (Side side : List.of(conv.v, conv.c)) {
                side.firstDue = start + ThreadLocalRandom.current().nextLong(1_000_000_000L);
                long delay = side.firstDue - System.nanoTime();
                side.task = TIMER.scheduleAtFixedRate(() -> {
                    try {
                        conv.sendNext(side);
                    } catch (RuntimeException e) {
                        event("generator failed to send: " + e);
                    }
                }, Math.max(0, delay), 1_000_000_000L,
                        TimeUnit.NANOSECONDS);
            }
        }
        sleepUntil(measureFrom);
        long[] cpu0 = cpu();
        long gc0 = gcMillis();
        long framesIn0 = FRAMES_IN.get();
        sleepUntil(sendUntil + 1_000_000_000L);
        long[] cpu1 = cpu();
        long gc1 = gcMillis();
        long framesIn1 = FRAMES_IN.get();
        for (Conv conv : live) {
            conv.v.task.cancel(false);
            conv.c.task.cancel(false);
        }
        // Drain: give everything sent up to drainSeconds to be acked, delivered and echoed.
        long drainUntil = System.nanoTime() + drainSeconds * 1_000_000_000L;
        while (System.nanoTime() < drainUntil && !live.stream().allMatch(Conv::settled)) {
            Thread.sleep(50);
        }

        // What every socket saw.
        LongList ackLatency = new LongList();
        LongList deliverLatency = new LongList();
        long sent = 0, sentMeasured = 0, ackedMeasured = 0, deliveredMeasured = 0, lost = 0, unacked = 0, errored = 0;
        long storedTwice = 0, dupSeq = 0, dupAck = 0, gaps = 0, outOfOrder = 0, missingEcho = 0, corrupted = 0, resends = 0;
        long seqNumbering = 0;
        for (Conv conv : live) {
            synchronized (conv) {
                for (Side s : List.of(conv.v, conv.c)) {
                    for (int k = 1; k <= s.sent; k++) {
                        boolean measured = s.sentAt[k] >= measureFrom && s.sentAt[k] < sendUntil;
                        boolean acked = s.acked.get(k);
                        boolean delivered = s.delivered.get(k);
                        sent++;
                        if (s.errored.get(k) && !acked) {
                            errored++;
                        } else if (!acked) {
                            unacked++;
                        }
                        if (acked && !delivered) {
                            lost++;
                        }
                        if (acked && !s.echoed.get(k)) {
                            missingEcho++;
                        }
                        if (measured) {
                            sentMeasured++;
                            ackedMeasured += acked ? 1 : 0;
                            deliveredMeasured += delivered ? 1 : 0;
                            if (acked) {
                                ackLatency.add(s.ackNanos[k]);
                            }
                            if (delivered) {
                                deliverLatency.add(s.deliverNanos[k]);
                            }
                        }
                    }
                    storedTwice += s.storedTwice;
                    dupAck += s.dupAck;
                    corrupted += s.corrupted;
                    resends += s.resends;
                }
                int stored = conv.v.acked.cardinality() + conv.c.acked.cardinality();
                // seq is 1, 2, 3 … with no gaps: the acks of one conversation name exactly 1..stored.
                if (conv.ackedSeqs.get(0) || conv.ackedSeqs.cardinality() != stored
                        || conv.ackedSeqs.length() != (stored == 0 ? 0 : stored + 1)) {
                    seqNumbering++;
                }
                for (SeqTracker t : List.of(conv.atVisitor, conv.atCounsellor)) {
                    dupSeq += t.dup;
                    outOfOrder += t.outOfOrder;
                    gaps += t.gaps(stored);
                }
            }
        }
        double measuredSeconds = seconds;
        System.out.printf("  messages/s (sent in the measured %d s): sent %.1f, acked %.1f, delivered %.1f; frames received by"
                + " the generator %.0f/s%n", seconds, sentMeasured / measuredSeconds, ackedMeasured / measuredSeconds,
                deliveredMeasured / measuredSeconds, (framesIn1 - framesIn0) / (measuredSeconds + 1));
        Percentiles ack = new Percentiles(ackLatency);
        Percentiles deliver = new Percentiles(deliverLatency);
        System.out.println("  ack latency ms (send -> ack on the sender's socket): " + ack);
        System.out.println("  send-to-deliver latency ms (send -> the other party's message frame): " + deliver);
        System.out.printf("  all messages incl. warm-up: %d sent, %d lost (acked, never delivered to the other party after a"
                + " %d s drain), %d never acked, %d refused with an error, %d resent after 'unavailable'%n", sent, lost,
                drainSeconds, unacked, errored, resends);
        System.out.printf("  duplicated: %d (same seq twice on one socket %d, same message under a second seq %d); acks"
                + " twice %d; seq gaps %d; out of order %d; own echo missing %d; text changed %d; conversations whose"
                + " acked seqs are not 1..n %d%n", dupSeq + storedTwice, dupSeq, storedTwice, dupAck, gaps, outOfOrder,
                missingEcho, corrupted, seqNumbering);
        System.out.printf("  CPU seconds in the measured window (%d s x 2 cores = %d): service %.1f, PostgreSQL %.1f,"
                + " generator %.1f%n", seconds + 1, 2 * (seconds + 1), (cpu1[0] - cpu0[0]) / 100.0,
                (cpu1[1] - cpu0[1]) / 100.0, (cpu1[2] - cpu0[2]) / 1000.0);
        Percentiles lateness;
        synchronized (TIMER_LATENESS) {
            lateness = new Percentiles(TIMER_LATENESS);
        }
        System.out.printf("  generator health: timer lateness ms %s; GC %d ms; load average now %s%n", lateness, gc1 - gc0,
                loadAverage());

        // A few transcripts, read by the admin, hold exactly what was acked.
        int sampled = 0, complete = 0;
        for (int i = 0; i < live.size() && sampled < 10; i += Math.max(1, live.size() / 10)) {
            Conv conv = live.get(i);
            HttpResponse<String> t = send("GET", "/api/console/conversations/" + conv.id + "/transcript", null, conv.counsellor.token);
            sampled++;
            int stored;
            synchronized (conv) {
                stored = conv.v.acked.cardinality() + conv.c.acked.cardinality();
            }
            if (t.statusCode() == 200) {
                Object messages = ((Map<?, ?>) Json.parse(t.body())).get("messages");
                if (messages instanceof List<?> list && list.size() == stored) {
                    complete++;
                }
            }
        }
        System.out.printf("  transcripts read by their counsellors: %d of %d sampled hold exactly the acked messages%n", complete,
                sampled);

        // Every visitor ends; both sides hear of it.
        long endStart = System.nanoTime();
        List<CompletableFuture<Void>> ends = new ArrayList<>();
        for (Visitor v : visitors) {
            if (v.sock.ws != null) {
                v.sock.send("{\"type\":\"end\"}");
                ends.add((v.conv.claimed.isDone() && !v.conv.claimed.isCompletedExceptionally()
                        ? CompletableFuture.allOf(v.ended, v.conv.counsellorEnded) : v.ended.thenApply(x -> (Void) null))
                        .orTimeout(30, TimeUnit.SECONDS));
            }
        }
        int ended = awaitAll(ends);
        System.out.printf("  ended by the visitor: %d of %d heard on both sides in %.1f s%n", ended, ends.size(),
                (System.nanoTime() - endStart) / 1e9);
        for (Visitor v : visitors) {
            v.sock.close();
        }
        System.out.println("  error frames and other events: " + events("B", ""));
        memory("after phase B");

        check(lost == 0, "phase B: lost " + lost);
        check(dupSeq + storedTwice == 0, "phase B: duplicated " + (dupSeq + storedTwice));
        check(deliver.n > 0 && deliver.p99 <= 50.0, String.format("phase B: send-to-deliver p99 %.1f ms", deliver.p99));
        check(ack.n > 0 && ack.p99 <= 50.0, String.format("phase B: ack p99 %.1f ms", ack.p99));
        check(unacked + errored == 0, "phase B: messages never acked " + (unacked + errored));
        check(gaps + outOfOrder + missingEcho + corrupted + seqNumbering + dupAck == 0, "phase B: seq gaps " + gaps
                + ", out of order " + outOfOrder + ", missing echoes " + missingEcho + ", changed texts " + corrupted
                + ", bad numbering " + seqNumbering + ", double acks " + dupAck);
        // 'unavailable' asks for a resend, which the generator does; the resent message still counts as lost if it never arrives.
        long errors = countEvents("B", "error") - countEvents("B", "error unavailable");
        check(errors == 0, "phase B: error frames other than 'unavailable' " + errors);
        check(ended == ends.size() && complete == sampled, "phase B: ends heard " + ended + "/" + ends.size()
                + ", complete transcripts " + complete + "/" + sampled);
    }

    // ---------------------------------------------------------------------------------------------------------
    // C) the queue
    // ---------------------------------------------------------------------------------------------------------

    static void phaseC(List<Counsellor> staff, int q, int handshakes, int settleSeconds) throws Exception {
        phase = "C";
        for (Counsellor c : staff.subList(1, staff.size())) {
            c.sock.send("{\"type\":\"presence\",\"status\":\"away\"}");
        }
        Thread.sleep(500);
        System.out.printf("== phase C: %d visitors waiting in the queue (1 counsellor available, claiming nothing)%n", q);
        memory("before phase C");
        List<Visitor> visitors = new ArrayList<>();
        List<CompletableFuture<String>> queued = new ArrayList<>();
        Semaphore permits = new Semaphore(handshakes);
        long start = System.nanoTime();
        for (int i = 0; i < q; i++) {
            Visitor v = new Visitor(i);
            visitors.add(v);
            permits.acquire();
            CompletableFuture<String> f = startVisitor(v);
            f.whenComplete((id, e) -> permits.release());
            queued.add(f);
        }
        int inQueue = awaitAll(queued);
        double joinSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  queued: %d of %d in %.1f s (%.0f/s)%s%n", inQueue, q, joinSeconds, inQueue / joinSeconds,
                events("C", "  "));
        Thread.sleep(settleSeconds * 1000L);
        long[] mem = memory("with " + inQueue + " waiting, " + settleSeconds + " s after the last joined");

        // Latest positions: 1..inQueue, each once.
        Set<Integer> seen = new HashSet<>();
        int outOfRange = 0;
        long positionFrames = 0;
        for (Visitor v : visitors) {
            if (v.queued.isDone() && !v.queued.isCompletedExceptionally()) {
                int p = v.position;
                if (p < 1 || p > inQueue) {
                    outOfRange++;
                }
                seen.add(p);
                positionFrames += v.queuedFrames.get();
            }
        }
        // The console's queue frames are coalesced (at most 4 a second); give the last one a moment.
        for (int i = 0; i < 50 && staff.get(0).queueTotal != inQueue; i++) {
            Thread.sleep(100);
        }
        HttpResponse<String> status = send("GET", "/api/chat/status", null, null);
        Object waiting = ((Map<?, ?>) Json.parse(status.body())).get("waiting");
        long consoleTotal = staff.get(0).queueTotal;
        boolean positionsOk = outOfRange == 0 && seen.size() == inQueue;
        System.out.printf("  positions: %d distinct, %d outside 1..%d, %d queued frames received; console 'queue' total %d;"
                + " /api/chat/status waiting %s%n", seen.size(), outOfRange, inQueue, positionFrames, consoleTotal, waiting);

        // Leave from the back of the queue, so that nobody's position changes on the way out.
        long leaveStart = System.nanoTime();
        List<Visitor> byPosition = new ArrayList<>(visitors);
        byPosition.removeIf(v -> v.sock.ws == null);
        byPosition.sort((a, b) -> Integer.compare(b.position, a.position));
        Semaphore window = new Semaphore(50);
        List<CompletableFuture<String>> ends = new ArrayList<>();
        long leaveUntil = leaveStart + 120_000_000_000L;
        for (Visitor v : byPosition) {
            if (!window.tryAcquire(Math.max(0, leaveUntil - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                event("leaving took over 120 s; the rest just close their sockets");
                break;
            }
            v.sock.send("{\"type\":\"end\"}");
            CompletableFuture<String> e = v.ended.orTimeout(20, TimeUnit.SECONDS);
            e.whenComplete((by, x) -> window.release());
            ends.add(e);
        }
        int left = awaitAll(ends);
        System.out.printf("  left the queue (end, from the back): %d of %d ended in %.1f s%n", left, byPosition.size(),
                (System.nanoTime() - leaveStart) / 1e9);
        for (Visitor v : visitors) {
            v.sock.close();
        }
        System.out.println("  error frames and other events: " + events("C", ""));

        check(inQueue == q, "phase C: " + inQueue + " of " + q + " visitors queued");
        check(mem != null && mem[0] <= 1024L * 1024, "phase C: service VmRSS "
                + (mem == null ? "unknown (no pid)" : (mem[0] / 1024) + " MiB") + " with " + inQueue + " waiting");
        check(positionsOk && consoleTotal == inQueue && waiting instanceof Long w && w == inQueue,
                "phase C: positions 1.." + inQueue + " distinct " + positionsOk + ", console total " + consoleTotal
                        + ", status waiting " + waiting);
        check(countEvents("C", "error") == 0, "phase C: error frames " + countEvents("C", "error"));
    }

    /** Token, socket, {@code start}; completes with the conversation id on {@code queued}. */
    static CompletableFuture<String> startVisitor(Visitor v) {
        v.sock = new Sock("visitor " + v.index, v);
        post("/api/visitor/tokens", "", null).thenCompose(r -> {
            if (r.statusCode() != 201) {
                throw new IllegalStateException("token " + r.statusCode());
            }
            v.token = field(r.body(), "token");
            return openSocket("/ws/chat", v.token, v.sock);
        }).thenAccept(ws -> v.sock.send("{\"type\":\"start\",\"language\":\"nb\"}")).whenComplete((x, e) -> {
            if (e != null) {
                event("start failed: " + describe(e));
                v.queued.completeExceptionally(e);
            }
        });
        return v.queued.orTimeout(60, TimeUnit.SECONDS);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The parties
    // ---------------------------------------------------------------------------------------------------------

    interface Party {
        void onFrame(Map<String, Object> frame, String type, long now);

        default void onClosed(int code, String reason) {
        }
    }

    static final class Visitor implements Party {
        final int index;
        String token;
        Sock sock;
        Conv conv;
        volatile int position;
        final AtomicInteger queuedFrames = new AtomicInteger();
        final CompletableFuture<String> queued = new CompletableFuture<>();
        final CompletableFuture<Void> joined = new CompletableFuture<>();
        final CompletableFuture<String> ended = new CompletableFuture<>();

        Visitor(int index) {
            this.index = index;
        }

        @Override
        public void onFrame(Map<String, Object> f, String type, long now) {
            switch (type) {
                case "queued" -> {
                    position = (int) num(f, "position");
                    queuedFrames.incrementAndGet();
                    queued.complete(str(f, "conversationId"));
                }
                case "closed" -> {
                    event("start refused: closed " + str(f, "reason"));
                    queued.completeExceptionally(new IllegalStateException("closed " + str(f, "reason")));
                }
                case "joined" -> joined.complete(null);
                case "message" -> {
                    if (conv != null) {
                        conv.onMessage(true, f, now);
                    } else {
                        event("visitor: message while only queued");
                    }
                }
                case "ack" -> {
                    if (conv != null) {
                        conv.onAck(conv.v, f, now);
                    } else {
                        event("visitor: ack while only queued");
                    }
                }
                case "ended" -> ended.complete(str(f, "by"));
                case "typing" -> event("visitor: typing");
                case "error" -> {
                    String code = onError(f, "visitor");
                    if (!queued.isDone()) {
                        queued.completeExceptionally(new IllegalStateException("error " + code));
                    } else if (!ended.isDone() && ("no-conversation".equals(code) || "ended".equals(code))) {
                        ended.completeExceptionally(new IllegalStateException("error " + code));
                    }
                }
                default -> event("visitor: unexpected frame " + type);
            }
        }

        @Override
        public void onClosed(int code, String reason) {
            IllegalStateException e = new IllegalStateException("socket closed " + code + " " + reason);
            queued.completeExceptionally(e);
            joined.completeExceptionally(e);
            ended.completeExceptionally(e);
        }
    }

    static final class Counsellor implements Party {
        final int index;
        final String token;
        Sock sock;
        final Map<String, Conv> convs = new ConcurrentHashMap<>();
        volatile long queueTotal = -1;
        final CompletableFuture<Void> firstQueue = new CompletableFuture<>();

        Counsellor(int index, String token) {
            this.index = index;
            this.token = token;
        }

        @Override
        public void onFrame(Map<String, Object> f, String type, long now) {
            switch (type) {
                case "queue" -> {
                    Object total = f.get("total");
                    queueTotal = total instanceof Long t ? t : f.get("waiting") instanceof List<?> l ? l.size() : -1;
                    firstQueue.complete(null);
                }
                case "claimed" -> {
                    Conv conv = convs.get(str(f, "conversationId"));
                    if (conv != null) {
                        conv.claimed.complete(null);
                    } else {
                        event("console: claimed for an unknown conversation");
                    }
                }
                case "message", "ack", "ended", "typing", "transferred" -> {
                    Conv conv = convs.get(str(f, "conversationId"));
                    if (conv == null) {
                        event("console: " + type + " for an unknown conversation");
                    } else if (type.equals("message")) {
                        conv.onMessage(false, f, now);
                    } else if (type.equals("ack")) {
                        conv.onAck(conv.c, f, now);
                    } else if (type.equals("ended")) {
                        conv.counsellorEnded.complete(null);
                    } else {
                        event("console: " + type);
                    }
                }
                case "error" -> {
                    onError(f, "console");
                    Conv conv = convs.get(String.valueOf(f.get("ref")));
                    if (conv != null && !conv.claimed.isDone()) {
                        conv.claimed.completeExceptionally(new IllegalStateException("claim refused " + f.get("code")));
                    }
                }
                default -> event("console: unexpected frame " + type);
            }
        }

        @Override
        public void onClosed(int code, String reason) {
            event("console: socket closed " + code);
        }
    }

    /** An error frame: counted by code; a message refused as {@code unavailable} is sent again with its clientMsgId. */
    static String onError(Map<String, Object> f, String who) {
        String code = str(f, "code");
        event("error " + code + " (" + who + ")");
        Object ref = f.get("ref");
        if (ref instanceof String r) {
            Matcher m = CLIENT_MSG_ID.matcher(r);
            if (m.matches()) {
                Conv conv = Conv.ALL.get(Integer.parseInt(m.group(2)));
                if (conv != null) {
                    conv.onMessageError(m.group(1).equals("v") ? conv.v : conv.c, Integer.parseInt(m.group(3)), code);
                }
            }
        }
        return code;
    }

    /** One sender in a conversation; counter k is its k-th message. */
    static final class Side {
        final char tag;
        int sent;
        long[] sentAt = new long[128];
        long[] ackNanos = new long[128];
        long[] deliverNanos = new long[128];
        final BitSet acked = new BitSet();
        final BitSet delivered = new BitSet();
        final BitSet echoed = new BitSet();
        final BitSet errored = new BitSet();
        int storedTwice, dupAck, corrupted, resends;
        ScheduledFuture<?> task;
        long firstDue;

        Side(char tag) {
            this.tag = tag;
        }
    }

    static final class Conv {
        static final Map<Integer, Conv> ALL = new ConcurrentHashMap<>();
        final int index;
        final Visitor visitor;
        final Counsellor counsellor;
        volatile String id;
        final Side v = new Side('v');
        final Side c = new Side('c');
        final SeqTracker atVisitor = new SeqTracker();
        final SeqTracker atCounsellor = new SeqTracker();
        final BitSet ackedSeqs = new BitSet();
        final CompletableFuture<Void> claimed = new CompletableFuture<>();
        final CompletableFuture<Void> counsellorEnded = new CompletableFuture<>();
        long measureFrom;
        long sendUntil;

        Conv(int index, Visitor visitor, Counsellor counsellor) {
            this.index = index;
            this.visitor = visitor;
            this.counsellor = counsellor;
            ALL.put(index, this);
        }

        void sendNext(Side side) {
            long now = System.nanoTime();
            if (now >= sendUntil) {
                return;
            }
            int k;
            synchronized (this) {
                k = ++side.sent;
                if (k >= side.sentAt.length) {
                    int size = side.sentAt.length * 2;
                    side.sentAt = Arrays.copyOf(side.sentAt, size);
                    side.ackNanos = Arrays.copyOf(side.ackNanos, size);
                    side.deliverNanos = Arrays.copyOf(side.deliverNanos, size);
                }
                side.sentAt[k] = now;
            }
            if (now >= measureFrom) {
                synchronized (TIMER_LATENESS) {
                    TIMER_LATENESS.add(now - (side.firstDue + (k - 1) * 1_000_000_000L));
                }
            }
            transmit(side, k, now);
        }

        void transmit(Side side, int k, long at) {
            String body = "\"clientMsgId\":\"" + side.tag + index + "-" + k + "\",\"text\":\"bench " + side.tag + index + " " + k
                    + " " + at + "\"}";
            if (side == v) {
                visitor.sock.send("{\"type\":\"message\"," + body);
            } else {
                counsellor.sock.send("{\"type\":\"message\",\"conversationId\":\"" + id + "\"," + body);
            }
        }

        void onMessageError(Side side, int k, String code) {
            boolean resend;
            long at;
            synchronized (this) {
                resend = "unavailable".equals(code) && k <= side.sent && !side.acked.get(k) && side.resends < 1000;
                if (!resend) {
                    side.errored.set(k);
                    return;
                }
                side.resends++;
                at = side.sentAt[k];
            }
            transmit(side, k, at);
        }

        /** A message frame on the visitor's socket (atVisitor) or on the counsellor's console. */
        synchronized void onMessage(boolean atVisitorSocket, Map<String, Object> f, long now) {
            int seq = (int) num(f, "seq");
            if (!(atVisitorSocket ? atVisitor : atCounsellor).see(seq)) {
                return; // the same seq twice on this socket: counted there
            }
            String from = str(f, "from");
            Matcher m = BENCH_TEXT.matcher(str(f, "text"));
            Side sender = "visitor".equals(from) ? v : "counsellor".equals(from) ? c : null;
            if (sender == null || !m.matches() || m.group(1).charAt(0) != sender.tag
                    || Integer.parseInt(m.group(2)) != index) {
                event("message with an unexpected sender or text");
                return;
            }
            int k = Integer.parseInt(m.group(3));
            long at = Long.parseLong(m.group(4));
            if (k < 1 || k > sender.sent || sender.sentAt[k] != at) {
                sender.corrupted++;
                return;
            }
            boolean own = (sender == v) == atVisitorSocket;
            if (own ? sender.echoed.get(k) : sender.delivered.get(k)) {
                sender.storedTwice++; // a new seq for a message this socket already had
            } else if (own) {
                sender.echoed.set(k);
            } else {
                sender.delivered.set(k);
                sender.deliverNanos[k] = now - at;
            }
        }

        synchronized void onAck(Side side, Map<String, Object> f, long now) {
            Matcher m = CLIENT_MSG_ID.matcher(str(f, "clientMsgId"));
            int k = m.matches() ? Integer.parseInt(m.group(3)) : -1;
            if (k < 1 || k > side.sent || m.group(1).charAt(0) != side.tag || Integer.parseInt(m.group(2)) != index) {
                event("ack for an unknown clientMsgId");
                return;
            }
            if (side.acked.get(k)) {
                side.dupAck++;
                return;
            }
            side.acked.set(k);
            side.ackNanos[k] = now - side.sentAt[k];
            ackedSeqs.set((int) num(f, "seq"));
        }

        synchronized boolean settled() {
            for (Side s : List.of(v, c)) {
                for (int k = 1; k <= s.sent; k++) {
                    if (!s.errored.get(k) && !(s.acked.get(k) && s.delivered.get(k) && s.echoed.get(k))) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** The seqs one socket received for one conversation. */
    static final class SeqTracker {
        final BitSet seen = new BitSet();
        int last, dup, outOfOrder;

        /** False when this seq came before. */
        boolean see(int seq) {
            if (seen.get(seq)) {
                dup++;
                return false;
            }
            if (seq < last) {
                outOfOrder++;
            }
            seen.set(seq);
            last = Math.max(last, seq);
            return true;
        }

        int gaps(int stored) {
            int upTo = Math.max(stored, last);
            return upTo - seen.get(1, upTo + 1).cardinality();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // WebSocket plumbing
    // ---------------------------------------------------------------------------------------------------------

    static CompletableFuture<WebSocket> openSocket(String path, String token, Sock sock) {
        return HTTP.newWebSocketBuilder().header("Authorization", "Bearer " + token).header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(30)).buildAsync(URI.create(wsBase + path), sock)
                .thenApply(ws -> {
                    sock.ws = ws;
                    return ws;
                });
    }

    /**
     * One socket. The JDK calls a listener's methods one at a time; a text message may come in parts and is only
     * handled when its last part arrived. Sends are chained, since the JDK allows one outstanding send per socket.
     */
    static final class Sock implements WebSocket.Listener {
        final String label;
        final Party party;
        volatile WebSocket ws;
        private StringBuilder partial;
        private CompletableFuture<?> chain = CompletableFuture.completedFuture(null);

        Sock(String label, Party party) {
            this.label = label;
            this.party = party;
        }

        @Override
        public void onOpen(WebSocket webSocket) {
            ws = webSocket;
            webSocket.request(Long.MAX_VALUE);
        }

        @Override
        @SuppressWarnings("unchecked")
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            String text;
            if (partial == null && last) {
                text = data.toString();
            } else {
                if (partial == null) {
                    partial = new StringBuilder();
                }
                partial.append(data);
                if (!last) {
                    return null;
                }
                text = partial.toString();
                partial = null;
            }
            FRAMES_IN.incrementAndGet();
            Map<String, Object> frame;
            try {
                frame = (Map<String, Object>) Json.parse(text);
            } catch (RuntimeException e) {
                event("frame that is not a JSON object");
                return null;
            }
            try {
                party.onFrame(frame, String.valueOf(frame.get("type")), now);
            } catch (RuntimeException e) {
                event("generator failed on a frame: " + e);
            }
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            event("binary frame");
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            party.onClosed(statusCode, reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            event("socket error: " + error.getClass().getSimpleName());
            party.onClosed(-1, String.valueOf(error));
        }

        void send(String json) {
            WebSocket socket = ws;
            synchronized (this) {
                chain = chain.handle((r, e) -> null).thenCompose(x -> socket.sendText(json, true)).whenComplete((r, e) -> {
                    if (e != null) {
                        event("send failed: " + describe(e));
                    } else {
                        FRAMES_OUT.incrementAndGet();
                    }
                });
            }
        }

        void close() {
            WebSocket socket = ws;
            if (socket == null) {
                return;
            }
            synchronized (this) {
                chain = chain.handle((r, e) -> null).thenCompose(x -> socket.sendClose(WebSocket.NORMAL_CLOSURE, ""))
                        .whenComplete((r, e) -> TIMER.schedule(socket::abort, 3, TimeUnit.SECONDS));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Small helpers
    // ---------------------------------------------------------------------------------------------------------

    static void check(boolean ok, String label) {
        CHECKS.add((ok ? "[ok]   " : "[FAIL] ") + label);
        allOk &= ok;
    }

    static void event(String what) {
        EVENTS.computeIfAbsent(phase + "|" + what, k -> new AtomicLong()).incrementAndGet();
    }

    static String events(String phaseName, String prefix) {
        Map<String, Long> sorted = new TreeMap<>();
        EVENTS.forEach((k, v) -> {
            if (k.startsWith(phaseName + "|")) {
                sorted.put(k.substring(phaseName.length() + 1), v.get());
            }
        });
        if (sorted.isEmpty()) {
            return prefix.isEmpty() ? "none" : "";
        }
        return (prefix.isEmpty() ? "" : "; events: ") + sorted;
    }

    static long countEvents(String phaseName, String prefix) {
        long n = 0;
        for (Map.Entry<String, AtomicLong> e : EVENTS.entrySet()) {
            if (e.getKey().startsWith(phaseName + "|" + prefix)) {
                n += e.getValue().get();
            }
        }
        return n;
    }

    /** Waits for all, each with its own timeout; returns how many succeeded. */
    static int awaitAll(List<? extends CompletableFuture<?>> futures) {
        int ok = 0;
        for (CompletableFuture<?> f : futures) {
            try {
                f.join();
                ok++;
            } catch (CompletionException | java.util.concurrent.CancellationException e) {
                if (e.getCause() instanceof TimeoutException) {
                    event("timed out");
                }
            }
        }
        return ok;
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof WebSocketHandshakeException h) {
            return "handshake " + h.getResponse().statusCode();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage());
    }

    /** VmRSS and VmHWM of the service in KiB, printed; null without a pid. */
    static long[] memory(String when) {
        if (servicePid <= 0) {
            System.out.println("  service memory " + when + ": unknown (no pid given)");
            return null;
        }
        try {
            long rss = -1, hwm = -1;
            for (String line : Files.readAllLines(Path.of("/proc/" + servicePid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", ""));
                } else if (line.startsWith("VmHWM:")) {
                    hwm = Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            System.out.printf("  service memory %s: VmRSS %d MiB, VmHWM %d MiB%n", when, rss / 1024, hwm / 1024);
            return new long[] { rss, hwm };
        } catch (IOException | RuntimeException e) {
            System.out.println("  service memory " + when + ": unreadable (" + e + ")");
            return null;
        }
    }

    static long gcMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** CPU used so far: service and PostgreSQL in clock ticks (1/100 s), this generator in ms. */
    static long[] cpu() {
        long service = servicePid > 0 ? ticks(Path.of("/proc/" + servicePid + "/stat")) : 0;
        long postgres = 0;
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (name.chars().allMatch(Character::isDigit)) {
                    try {
                        if (Files.readString(dir.resolve("comm")).trim().equals("postgres")) {
                            postgres += ticks(dir.resolve("stat"));
                        }
                    } catch (IOException | RuntimeException ignored) {
                        // gone meanwhile
                    }
                }
            }
        } catch (IOException ignored) {
            // no /proc
        }
        long self = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
        return new long[] { service, postgres, self };
    }

    static long ticks(Path stat) {
        try {
            String s = Files.readString(stat);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean waitForStatus(boolean open) throws Exception {
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = send("GET", "/api/chat/status", null, null);
            if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"open\":" + open)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    static int env(String name, int fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : Integer.parseInt(v.trim());
    }

    static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "bench-" + name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    static String login(String username, String password) throws Exception {
        HttpResponse<String> r = send("POST", "/api/staff/login",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}", null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "token");
    }

    static CompletableFuture<HttpResponse<String>> post(String path, String json, String token) {
        return HTTP.sendAsync(request("POST", path, json, token), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(String method, String path, String json, String token) throws Exception {
        return HTTP.send(request(method, path, json, token), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest request(String method, String path, String json, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    static String field(String json, String name) {
        Object v = ((Map<?, ?>) Json.parse(json)).get(name);
        if (!(v instanceof String s)) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return s;
    }

    static String str(Map<String, Object> f, String name) {
        Object v = f.get(name);
        return v == null ? null : v.toString();
    }

    static long num(Map<String, Object> f, String name) {
        Object v = f.get(name);
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        throw new IllegalStateException("no number " + name + " in " + f);
    }

    /** A growable array of longs. */
    static final class LongList {
        long[] values = new long[1024];
        int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }
    }

    static final class Percentiles {
        final int n;
        final double p50, p99, max;

        Percentiles(LongList list) {
            long[] sorted = Arrays.copyOf(list.values, list.size);
            Arrays.sort(sorted);
            n = sorted.length;
            p50 = at(sorted, 0.50);
            p99 = at(sorted, 0.99);
            max = n == 0 ? Double.NaN : sorted[n - 1] / 1e6;
        }

        static double at(long[] sorted, double quantile) {
            return sorted.length == 0 ? Double.NaN
                    : sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1))] / 1e6;
        }

        @Override
        public String toString() {
            return n == 0 ? "n/a" : String.format("p50 %.1f, p99 %.1f, max %.1f (n=%d)", p50, p99, max, n);
        }
    }

    /** Just enough JSON: objects, arrays, strings, numbers (Long or Double), true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("trailing characters at " + j.i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return word("true", Boolean.TRUE);
                case 'f':
                    return word("false", Boolean.FALSE);
                case 'n':
                    return word("null", null);
                default:
                    return number();
            }
        }

        private Object word(String w, Object v) {
            if (!s.startsWith(w, i)) {
                throw new IllegalArgumentException("bad literal at " + i);
            }
            i += w.length();
            return v;
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new HashMap<>();
            i++;
            space();
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            while (true) {
                space();
                String key = string();
                space();
                if (s.charAt(i++) != ':') {
                    throw new IllegalArgumentException("expected : at " + (i - 1));
                }
                m.put(key, value());
                space();
                char c = s.charAt(i++);
                if (c == '}') {
                    return m;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected , or } at " + (i - 1));
                }
            }
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            space();
            if (s.charAt(i) == ']') {
                i++;
                return l;
            }
            while (true) {
                l.add(value());
                space();
                char c = s.charAt(i++);
                if (c == ']') {
                    return l;
                }
                if (c != ',') {
                    throw new IllegalArgumentException("expected , or ] at " + (i - 1));
                }
            }
        }

        private String string() {
            if (s.charAt(i) != '"') {
                throw new IllegalArgumentException("expected a string at " + i);
            }
            i++;
            StringBuilder b = null;
            int from = i;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b == null ? s.substring(from, i - 1) : b.append(s, from, i - 1).toString();
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder();
                    }
                    b.append(s, from, i - 1);
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                    from = i;
                }
            }
        }

        private Object number() {
            int from = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String t = s.substring(from, i);
            if (t.isEmpty()) {
                throw new IllegalArgumentException("unexpected character at " + from);
            }
            return t.contains(".") || t.contains("e") || t.contains("E") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
        }
    }
}
