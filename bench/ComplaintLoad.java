import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Submits complaints through {@code POST /api/v1/complaints}, each with its own {@code Idempotency-Key}, in one of two
 * ways:
 * <ul>
 * <li>{@code peak CLIENTS SECONDS}: CLIENTS closed-loop clients submit as fast as the server answers, for the
 * throughput ceiling;</li>
 * <li>{@code rate RATE SECONDS}: open loop in the manner of bench/FixedRateLoad.java: submission i is due at
 * start + i/RATE, latency counts from the moment it was DUE (no coordinated omission).</li>
 * </ul>
 * Every acknowledged (201) case reference is appended to REFERENCES_FILE, so that the caller can check that each one
 * is stored. Usage: java ComplaintLoad.java BASE_URL REFERENCES_FILE peak|rate N SECONDS
 * Prints: requests created errors p50_ms p90_ms p99_ms max_ms achieved_per_second
 */
public class ComplaintLoad {

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
    private static final String[] CATEGORIES = { "USE_OF_FORCE", "DETENTION", "HARASSMENT", "WAGES_HOURS_CONTRACTS",
            "WEAPONS", "OTHER" };

    public static void main(String[] args) throws Exception {
        var endpoint = URI.create(args[0].replaceAll("/+$", "") + "/api/v1/complaints");
        var references = Path.of(args[1]);
        var mode = args[2];
        var n = Double.parseDouble(args[3]);
        var seconds = Integer.parseInt(args[4]);
        var created = new AtomicInteger();
        var errors = new AtomicInteger();
        var acknowledged = Collections.synchronizedList(new ArrayList<String>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var begin = System.nanoTime();
        if (mode.equals("peak")) {
            var deadline = begin + seconds * 1_000_000_000L;
            var threads = new Thread[(int) n];
            for (int c = 0; c < threads.length; c++) {
                threads[c] = Thread.ofPlatform().start(() -> {
                    var client = client();
                    while (System.nanoTime() < deadline) {
                        var sent = System.nanoTime();
                        submit(client, endpoint, created, errors, acknowledged);
                        latencies.add(System.nanoTime() - sent);
                    }
                });
            }
            for (var thread : threads) {
                thread.join();
            }
        } else {
            var total = (int) (n * seconds);
            var next = new AtomicInteger();
            var interval = 1_000_000_000.0 / n;
            var start = begin + 50_000_000L;
            var threads = new Thread[32];
            for (int w = 0; w < threads.length; w++) {
                threads[w] = Thread.ofPlatform().start(() -> {
                    var client = client();
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        var due = start + (long) (i * interval);
                        var wait = due - System.nanoTime();
                        if (wait > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        submit(client, endpoint, created, errors, acknowledged);
                        latencies.add(System.nanoTime() - due);
                    }
                });
            }
            for (var thread : threads) {
                thread.join();
            }
        }
        var elapsed = (System.nanoTime() - begin) / 1e9;
        Files.write(references, acknowledged, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        var sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d %d %d %.3f %.3f %.3f %.3f %.1f%n", sorted.length, created.get(), errors.get(),
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1e6, created.get() / elapsed);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static void submit(HttpClient client, URI endpoint, AtomicInteger created, AtomicInteger errors,
            List<String> acknowledged) {
        var key = UUID.randomUUID().toString();
        var body = """
                {"role":"WITNESS","contact":"ANONYMOUS","category":"%s","country":"KE","language":"en",
                 "companyDescription":"A guard company at the harbour gate",
                 "whatHappened":"Benchmark submission %s: guards at the harbour gate pushed a street vendor to the ground and took his goods.",
                 "when":"Last Tuesday around 6 pm","place":"Harbour gate","harm":"Bruises and lost goods"}
                """.formatted(CATEGORIES[Math.floorMod(key.hashCode(), CATEGORIES.length)], key);
        var request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            var reference = REFERENCE.matcher(response.body());
            if (response.statusCode() == 201 && reference.find()) {
                created.incrementAndGet();
                acknowledged.add(reference.group(1));
            } else {
                errors.incrementAndGet();
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        var index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
