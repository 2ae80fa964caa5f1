-- wrk's done hook, appended to every request script by bench/lib.sh (bench_wrk): prints the run's figures as one
-- JSON line after the marker WRK-JSON. wrk measures latency in microseconds and the duration in microseconds.
-- errors.status counts answers other than 2xx/3xx.
function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'WRK-JSON {"requests":%d,"seconds":%.3f,"requestsPerSecond":%.1f,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d,"status":%d},' ..
    '"latencyMs":{"mean":%.3f,"p50":%.3f,"p90":%.3f,"p99":%.3f,"max":%.3f,"p95":%.3f}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    e.connect, e.read, e.write, e.timeout, e.status,
    latency.mean / 1000, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, latency:percentile(95) / 1000))
end
