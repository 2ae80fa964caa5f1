import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed-rate load generator (wrk has no rate limit), in the manner of wrk2: request i is due at start + i/rate;
 * WORKERS keep-alive connections take the next due request, wait for its time, send it and record the latency
 * from the moment it was DUE, so a server that falls behind shows up in the figures instead of slowing the
 * generator down (no coordinated omission). Plain HTTP/1.1 over sockets keeps the generator's own cost low.
 * Usage: java FixedRateLoad.java BASE_PATH_URL IDS_FILE RATE SECONDS [WORKERS]
 * Prints: requests ok errors p50_ms p90_ms p99_ms max_ms achieved_rate
 */
public class FixedRateLoad {

    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        List<String> ids = Files.readAllLines(Path.of(args[1])).stream().filter(s -> !s.isBlank()).toList();
        var rate = Double.parseDouble(args[2]);
        var seconds = Integer.parseInt(args[3]);
        var workers = args.length > 4 ? Integer.parseInt(args[4]) : 32;
        var total = (int) (rate * seconds);
        var latencies = new long[total];
        var next = new AtomicInteger();
        var ok = new AtomicInteger();
        var errors = new AtomicInteger();
        var interval = 1_000_000_000.0 / rate;
        var start = System.nanoTime() + 50_000_000L;
        var threads = new Thread[workers];
        for (int w = 0; w < workers; w++) {
            threads[w] = Thread.ofPlatform().start(() -> {
                Connection connection = null;
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    var due = start + (long) (i * interval);
                    var wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    try {
                        if (connection == null) {
                            connection = new Connection(base);
                        }
                        var status = connection.get(base.getPath() + ids.get(i % ids.size()));
                        (status == 200 ? ok : errors).incrementAndGet();
                        if (connection.closed) {
                            connection = null;
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                        connection = null;
                    }
                    latencies[i] = System.nanoTime() - due;
                }
            });
        }
        for (var thread : threads) {
            thread.join();
        }
        var elapsed = (System.nanoTime() - start) / 1e9;
        var sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%d %d %d %.3f %.3f %.3f %.3f %.1f%n", total, ok.get(), errors.get(),
                percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6,
                total / elapsed);
    }

    private static double percentile(long[] sorted, double p) {
        var index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    /** One keep-alive HTTP/1.1 connection that reads responses framed by Content-Length or chunked encoding. */
    static final class Connection {

        private final Socket socket = new Socket();
        private final OutputStream out;
        private final InputStream in;
        private final String host;
        /** The server said {@code Connection: close} (Tomcat does after 100 requests on one connection). */
        boolean closed;

        Connection(URI base) throws IOException {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16_384);
            host = base.getHost() + ":" + base.getPort();
        }

        int get(String path) throws IOException {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var statusLine = line();
            var status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            var chunked = false;
            String header;
            while (!(header = line()).isEmpty()) {
                var lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closed = true;
                }
            }
            if (chunked) {
                long size;
                while ((size = Long.parseLong(line().trim(), 16)) > 0) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            if (closed) {
                socket.close();
            }
            return status;
        }

        private void skip(long bytes) throws IOException {
            while (bytes > 0) {
                var skipped = in.skip(bytes);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed");
                    }
                    skipped = 1;
                }
                bytes -= skipped;
            }
        }

        private String line() throws IOException {
            var line = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    throw new IOException("connection closed");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
