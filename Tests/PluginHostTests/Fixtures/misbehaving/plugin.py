#!/usr/bin/python3
"""A plugin that misbehaves on purpose, in the way named by its first argument (see MODES).

The host must survive every mode quickly, kill the whole process group, and never yield a forecast (except for
"ok" and "ok-leaves-child", which answer correctly).
"""
import json
import math
import os
import signal
import subprocess
import sys
import time


def valid_response(request):
    levels = request["quantiles"]
    forecasts = []
    for series in request["series"]:
        paths = {str(q): [1.0 + q] * request["horizon"] for q in levels}
        forecasts.append({"id": series["id"], "mean": [1.5] * request["horizon"], "quantiles": paths})
    return {"protocolVersion": 1, "model": {"id": "misbehaving", "version": "0.0.1", "description": "test"},
            "forecasts": forecasts}


def grandchild():
    child = subprocess.Popen(["/bin/sleep", "1000"])
    print(f"grandchild={child.pid}", file=sys.stderr, flush=True)
    return child


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "ok"
    if mode == "closed-stdin":
        os.close(0)
        print("{}")
        return 0
    request = json.load(sys.stdin)
    response = valid_response(request)
    first = response["forecasts"][0] if response["forecasts"] else None
    data_modes = {"nan", "infinity", "wrong-key", "wrong-horizon", "unordered", "negative", "string-number"}
    if first is None and mode in data_modes:
        mode = "ok"  # a describe request has no forecast to break
    if mode == "ok":
        pass
    elif mode == "report-env":
        report = {"env": dict(os.environ), "cwd": os.getcwd(), "pgid": os.getpgid(0), "pid": os.getpid()}
        response["model"]["description"] = json.dumps(report)
    elif mode == "ok-leaves-child":
        grandchild()
    elif mode == "hang":
        grandchild()
        while True:
            time.sleep(1)
    elif mode == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif mode == "abort":
        os.abort()
    elif mode == "exit-nonzero":
        print("something went wrong", file=sys.stderr)
        return 3
    elif mode == "garbage":
        sys.stdout.write("Traceback? no: \x00\x01 <html>not json</html>\n")
        return 0
    elif mode == "nan":
        first["mean"][0] = math.nan
    elif mode == "infinity":
        first["quantiles"]["0.9"][0] = math.inf
    elif mode == "extra-key":
        response["debug"] = True
    elif mode == "wrong-key":
        first["means"] = first.pop("mean")
    elif mode == "flood-stdout":
        block = "x" * 65536
        while True:
            sys.stdout.write(block)
    elif mode == "flood-stderr":
        block = "y" * 65536
        while True:
            sys.stderr.write(block)
    elif mode == "partial":
        text = json.dumps(response)
        sys.stdout.write(text[: len(text) // 2])
        return 0
    elif mode == "wrong-horizon":
        first["mean"].pop()
    elif mode == "unordered":
        first["quantiles"]["0.9"][1] = 0.5
    elif mode == "negative":
        first["mean"][2] = -1.0
    elif mode == "missing-series":
        response["forecasts"].pop()
    elif mode == "wrong-model":
        response["model"]["id"] = "someone-else"
    elif mode == "string-number":
        first["mean"][0] = "1.5"
    else:
        print(f"unknown mode {mode}", file=sys.stderr)
        return 2
    json.dump(response, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
