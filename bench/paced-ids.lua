-- Like rotate-ids.lua (which it loads, for the ids and the requests), but paced: wrk sends about RATE requests per
-- second in all over CONNS connections (both from the environment; CONNS must equal wrk's -c). Before each request a
-- connection waits an exponentially distributed time with a mean of CONNS / RATE seconds, so the requests form a
-- Poisson stream, as independent clients would. wrk times a request from its sending to its answer: the wait is not
-- counted, and a connection waiting for a slow answer sends nothing meanwhile (the stream slows down instead of
-- queueing). The achieved rate is reported with the latencies, and bench/FixedRateLoad.java measures the same rate
-- open loop as a cross-check.
dofile("bench/rotate-ids.lua")
local meanDelayMs = 1000 * tonumber(os.getenv("CONNS")) / tonumber(os.getenv("RATE"))

function init(args)
  math.randomseed(os.time() + (offset or 0))
end

function delay()
  return -meanDelayMs * math.log(1 - math.random())
end
