-- wrk script for bench/http/run. Each wrk thread (one connection each) gets its own bearer
-- token, read from the file named by SD_BENCH_TOKENS (one token a line), so every thread acts
-- as its own user. Mode (script argument): "read" = GET /api/v1/auth/me; "write" = POST
-- /api/v1/roles with a code unique to the thread and request, so every request is a real
-- audited insert (role row, permission row, audit row, committed durably).
local tokens = {}
local threads = 0

function setup(thread)
  if #tokens == 0 then
    for line in io.lines(os.getenv("SD_BENCH_TOKENS")) do
      if #line > 0 then tokens[#tokens + 1] = line end
    end
    assert(#tokens > 0, "no tokens in SD_BENCH_TOKENS")
  end
  threads = threads + 1
  thread:set("token", tokens[(threads - 1) % #tokens + 1])
  thread:set("tid", threads)
end

function init(args)
  mode = args[1] or "read"
  local headers = { ["Authorization"] = "Bearer " .. token, ["Accept-Language"] = "en-US" }
  if mode == "read" then
    read_req = wrk.format("GET", "/api/v1/auth/me", headers)
  else
    headers["Content-Type"] = "application/json"
    write_headers = headers
  end
  run_id = tostring(os.time())
  n = 0
end

function request()
  n = n + 1
  if read_req then return read_req end
  local code = string.format("b%s_%d_%d", run_id, tid, n)
  local body = '{"code":"' .. code .. '","name":"' .. code ..
    '","data_scope":"own","permissions":["customer.read"]}'
  return wrk.format("POST", "/api/v1/roles", write_headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d status_errors=%d " ..
    "socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    latency.max, e.status, e.connect + e.read + e.write + e.timeout))
end
