-- wrk script: counts responses whose status is not 200 (wrk itself only counts >= 400 as errors, so a 303 to the
-- login page would otherwise pass as a fast success). Prints "non-200 responses: N" at the end.
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    bad = 0
end

function response(status, headers, body)
    if status ~= 200 then
        bad = bad + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("bad")
    end
    io.write(string.format("non-200 responses: %d\n", total))
end
