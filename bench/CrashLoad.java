import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load client of bench/crash-test.sh and bench/two-node-test.sh. Three modes:
 * <ul>
 * <li>{@code submit OUT WORKERS MAX_SECONDS URL [URL...]}: WORKERS threads each submit complaints through
 * {@code POST /api/v1/complaints}, one at a time, each with a fresh {@code Idempotency-Key} and a body derived from
 * it. A request that fails (connection refused or reset, timeout, 5xx, 409 in flight, 429) is retried with the SAME
 * key and body, with backoff, on the next URL of the list (so a retry leaves a dead node), until acknowledged (201).
 * New submissions start until the file OUT/stop appears or MAX_SECONDS pass; a key still unacknowledged 60 s after
 * that is abandoned. Writes OUT/acknowledged.tsv (key, reference, receipt, epoch ms, attempts, URL index; one line
 * per acknowledgement, flushed at once), OUT/abandoned.tsv, OUT/keys.txt (every key sent) and prints: keys
 * acknowledged abandoned refused retried connection_errors server_errors in_flight.</li>
 * <li>{@code replay OUT URL}: submits every acknowledged key again with its body and prints how many answers
 * carried the same reference and receipt, another one (a duplicate), or failed.</li>
 * <li>{@code session OUT MAX_SECONDS EMAIL PASSWORD NAME URL URL}: reads the sign-in form on the first URL, signs in
 * on the second with that form's session cookie and CSRF token, then asks for /workspace every 100 ms alternately on
 * each URL with the one session cookie, until OUT/stop appears; writes OUT/session.tsv (epoch ms, URL index, outcome:
 * ok = 200 with NAME on the page, signed-out = sent to the sign-in page, down = no connection, error = anything
 * else; HTTP status).</li>
 * </ul>
 */
public class CrashLoad {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("\"receipt\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String[] CATEGORIES = { "USE_OF_FORCE", "DETENTION", "HARASSMENT", "WAGES_HOURS_CONTRACTS",
            "WEAPONS", "OTHER" };
    private static final Duration GRACE = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        var out = Path.of(args[1]);
        Files.createDirectories(out);
        switch (args[0]) {
            case "submit" -> submit(out, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    List.of(args).subList(4, args.length));
            case "replay" -> replay(out, args[2]);
            case "session" -> session(out, Integer.parseInt(args[2]), args[3], args[4], args[5], args[6], args[7]);
            default -> throw new IllegalArgumentException("submit, replay or session, not " + args[0]);
        }
    }

    // ---- submit ------------------------------------------------------------------------------------------------

    record Outcome(int status, String body) {
    }

    static void submit(Path out, int workers, int maxSeconds, List<String> urls) throws Exception {
        var stop = out.resolve("stop");
        var startedAt = System.nanoTime();
        var stopAt = new AtomicLong(startedAt + maxSeconds * 1_000_000_000L);
        var keys = new AtomicInteger();
        var acknowledgedCount = new AtomicInteger();
        var abandonedCount = new AtomicInteger();
        var refused = new AtomicInteger();
        var retried = new AtomicInteger();
        var connectionErrors = new AtomicInteger();
        var serverErrors = new AtomicInteger();
        var inFlight = new AtomicInteger();
        var sent = new ConcurrentLinkedQueue<String>();
        try (var acknowledged = new PrintWriter(Files.newBufferedWriter(out.resolve("acknowledged.tsv")));
             var abandoned = new PrintWriter(Files.newBufferedWriter(out.resolve("abandoned.tsv")))) {
            var threads = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                var worker = w;
                threads[w] = Thread.ofPlatform().start(() -> {
                    var client = client();
                    var node = worker % urls.size();
                    while (System.nanoTime() < stopAt.get() && !Files.exists(stop)) {
                        var key = UUID.randomUUID().toString();
                        sent.add(key);
                        keys.incrementAndGet();
                        var attempts = 0;
                        var backoff = 100L;
                        while (true) {
                            attempts++;
                            var outcome = post(client, URI.create(urls.get(node) + "/api/v1/complaints"), key, body(key));
                            if (outcome.status() == 201) {
                                var reference = REFERENCE.matcher(outcome.body());
                                var receipt = RECEIPT.matcher(outcome.body());
                                if (reference.find() && receipt.find()) {
                                    synchronized (acknowledged) {
                                        acknowledged.printf("%s\t%s\t%s\t%d\t%d\t%d%n", key, reference.group(1),
                                                receipt.group(1), System.currentTimeMillis(), attempts, node);
                                        acknowledged.flush();
                                    }
                                    acknowledgedCount.incrementAndGet();
                                    break;
                                }
                            }
                            if (outcome.status() == 400 || outcome.status() == 422) {
                                // A refusal is final and says the client is wrong, not the server unavailable.
                                refused.incrementAndGet();
                                System.err.println("Refused (" + outcome.status() + "): " + outcome.body());
                                break;
                            }
                            switch (outcome.status()) {
                                case 0 -> connectionErrors.incrementAndGet();
                                case 409 -> inFlight.incrementAndGet();
                                default -> serverErrors.incrementAndGet();
                            }
                            if (Files.exists(stop)) {
                                stopAt.accumulateAndGet(System.nanoTime(), Math::min);
                            }
                            if (System.nanoTime() > Math.min(stopAt.get(), startedAt + maxSeconds * 1_000_000_000L)
                                    + GRACE.toNanos()) {
                                synchronized (abandoned) {
                                    abandoned.printf("%s\t%d%n", key, attempts);
                                    abandoned.flush();
                                }
                                abandonedCount.incrementAndGet();
                                break;
                            }
                            retried.incrementAndGet();
                            sleep(backoff);
                            backoff = Math.min(backoff * 2, 2000);
                            node = (node + 1) % urls.size();
                        }
                        node = (node + 1) % urls.size();
                    }
                });
            }
            for (var thread : threads) {
                thread.join();
            }
        }
        Files.write(out.resolve("keys.txt"), sent);
        System.out.printf("%d %d %d %d %d %d %d %d%n", keys.get(), acknowledgedCount.get(), abandonedCount.get(),
                refused.get(), retried.get(), connectionErrors.get(), serverErrors.get(), inFlight.get());
    }

    static String body(String key) {
        var category = CATEGORIES[Math.floorMod(key.hashCode(), CATEGORIES.length)];
        return """
                {"role":"WITNESS","contact":"ANONYMOUS","category":"%s","country":"KE","language":"en",
                 "companyDescription":"A guard company at the harbour gate",
                 "whatHappened":"Crash test submission %s: guards at the harbour gate pushed a street vendor to the ground.",
                 "when":"Last Tuesday around 6 pm","place":"Harbour gate","harm":"Bruises and lost goods"}
                """.formatted(category, key);
    }

    /** Status 0 stands for no answer at all: refused, reset or timed out. */
    static Outcome post(HttpClient client, URI endpoint, String key, String body) {
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Outcome(0, String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(0, "interrupted");
        }
    }

    // ---- replay ------------------------------------------------------------------------------------------------

    static void replay(Path out, String url) throws Exception {
        var lines = Files.readAllLines(out.resolve("acknowledged.tsv")).stream().filter(l -> !l.isBlank()).toList();
        var same = new AtomicInteger();
        var different = new AtomicInteger();
        var failed = new AtomicInteger();
        var next = new AtomicInteger();
        var threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                var client = client();
                int i;
                while ((i = next.getAndIncrement()) < lines.size()) {
                    var fields = lines.get(i).split("\t");
                    var outcome = post(client, URI.create(url + "/api/v1/complaints"), fields[0], body(fields[0]));
                    var reference = REFERENCE.matcher(outcome.body());
                    var receipt = RECEIPT.matcher(outcome.body());
                    if (outcome.status() != 201 || !reference.find() || !receipt.find()) {
                        failed.incrementAndGet();
                        System.err.println("Replay of " + fields[0] + " answered " + outcome.status() + ": " + outcome.body());
                    } else if (reference.group(1).equals(fields[1]) && receipt.group(1).equals(fields[2])) {
                        same.incrementAndGet();
                    } else {
                        different.incrementAndGet();
                        System.err.println("Replay of " + fields[0] + " gave " + reference.group(1) + " instead of " + fields[1]);
                    }
                }
            });
        }
        for (var thread : threads) {
            thread.join();
        }
        System.out.printf("%d %d %d%n", same.get(), different.get(), failed.get());
    }

    // ---- session -----------------------------------------------------------------------------------------------

    static void session(Path out, int maxSeconds, String email, String password, String name, String first,
            String second) throws Exception {
        var urls = List.of(first, second);
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        var cookies = new LinkedHashMap<String, String>();
        var form = send(client, cookies, HttpRequest.newBuilder(URI.create(first + "/sign-in")).GET());
        var csrf = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !csrf.find()) {
            throw new IllegalStateException("No sign-in form on " + first + " (" + form.statusCode() + ")");
        }
        var fields = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var signIn = send(client, cookies, HttpRequest.newBuilder(URI.create(second + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(fields)));
        var location = signIn.headers().firstValue("Location").orElse("");
        if (signIn.statusCode() != 302 || location.contains("sign-in")) {
            throw new IllegalStateException("Signing in on " + second + " with the form of " + first + " failed: "
                    + signIn.statusCode() + " " + location);
        }
        var stop = out.resolve("stop");
        var deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        var escapedName = name.replace("&", "&amp;").replace("'", "&#39;");
        try (var log = new PrintWriter(Files.newBufferedWriter(out.resolve("session.tsv")))) {
            for (int i = 0; !Files.exists(stop) && System.nanoTime() < deadline; i++) {
                var node = i % urls.size();
                String outcome;
                int status = 0;
                try {
                    var page = send(client, cookies, HttpRequest.newBuilder(URI.create(urls.get(node) + "/workspace"))
                            .timeout(Duration.ofSeconds(10)).GET());
                    status = page.statusCode();
                    var target = page.headers().firstValue("Location").orElse("");
                    if (status == 200 && page.body().contains(escapedName)) {
                        outcome = "ok";
                    } else if (status / 100 == 3 && target.contains("sign-in")) {
                        outcome = "signed-out";
                    } else {
                        outcome = "error";
                    }
                } catch (IOException e) {
                    outcome = "down";
                }
                log.printf("%d\t%d\t%s\t%d%n", System.currentTimeMillis(), node, outcome, status);
                log.flush();
                sleep(100);
            }
        }
        System.out.println(cookies.keySet().stream().collect(Collectors.joining(",")));
    }

    /** A cookie jar of one user: every Set-Cookie answer replaces the cookie, sent back on every node. */
    static HttpResponse<String> send(HttpClient client, Map<String, String> cookies, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (var header : response.headers().allValues("Set-Cookie")) {
            var pair = header.split(";", 2)[0];
            var equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
