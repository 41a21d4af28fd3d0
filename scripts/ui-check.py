#!/usr/bin/env python3
"""Walks a region node's web UI in headless Chromium, as a planner would, over the DevTools protocol.

    scripts/ui-check.py --balans .build/debug/balans --database demo-data/05/region.sqlite \
        --user taktiker --password demo-losenord-2026 --out .build/ui-artifacts

Starts `balans node serve` on a free port, logs in through the login form, opens every main page and checks
that each answers 200, shows its heading, logs no console error or uncaught exception and has no failed
request (status >= 400 or a network failure); saves a full-page screenshot of each page (the test artifacts)
and prints one line per page. Exits 1 on any problem, naming the page and what went wrong.

Standard library only: a minimal WebSocket client (RFC 6455, text frames) is enough for the protocol.
"""
import argparse
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

# Path, a text the page's <h1> must contain, and a text the page body must contain.
PAGES = [
    ("/", "Översikt", "ligger mest efter plan"),
    ("/planeringsobjekt", "Planeringsobjekt", "Prognos"),
    ("/planer", "Produktionsplaner", "version"),
    ("/resursatgang", "Resursåtgång", "Skattad"),
    ("/akut-dimensionering", "Akut dimensionering", "percentil"),
    ("/uppfoljning", "Uppföljning", "Mest efter plan"),
    ("/uppfoljning/prognos", "inflöde mot prognos", "prognos"),
    ("/uppfoljning/vardgaranti", "vårdgaranti", "90"),
    ("/avvikelser", "Avvikelser", "Åtgärd"),
    ("/import", "Import", "Import"),
    ("/larande-exempel", "Lärande exempel", "Tema"),
    ("/egna-exempel", "Egna lärande exempel", "Skicka till myndigheten"),
    ("/kapacitetsutbyte", "Kapacitetsutbyte", "Regionens förfrågningar och erbjudanden"),
    ("/synk", "Synkronisering", "indikatorer"),
    ("/sjalvskattning", "Självskattning", "Enhet"),
]


class WebSocket:
    """Just enough of a WebSocket client for Chromium's DevTools endpoint."""

    def __init__(self, url):
        assert url.startswith("ws://"), url
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.rsplit(":", 1)
        self.sock = socket.create_connection((host, int(port)), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(1)
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            raise RuntimeError(f"DevTools refused the WebSocket: {response!r}")

    def send(self, text):
        data = text.encode()
        header = bytearray([0x81])
        if len(data) < 126:
            header.append(0x80 | len(data))
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        mask = os.urandom(4)
        masked = bytes(byte ^ mask[index % 4] for index, byte in enumerate(data))
        self.sock.sendall(bytes(header) + mask + masked)

    def _exact(self, count):
        chunks = bytearray()
        while len(chunks) < count:
            chunk = self.sock.recv(count - len(chunks))
            if not chunk:
                raise EOFError("DevTools closed the connection")
            chunks += chunk
        return bytes(chunks)

    def receive(self):
        message = bytearray()
        while True:
            first, second = self._exact(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exact(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exact(8))[0]
            payload = self._exact(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise EOFError("DevTools closed the connection")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class Browser:
    """Headless Chromium with one page, driven over the DevTools protocol."""

    def __init__(self, executable, profile):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", f"--remote-debugging-port={port}", f"--user-data-dir={profile}",
             "--window-size=1280,1600", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 30
        target = None
        while target is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as answer:
                    target = next((t for t in json.load(answer) if t.get("type") == "page"), None)
            except OSError:
                pass
            if target is None:
                if time.time() > deadline:
                    raise RuntimeError("Chromium did not open its DevTools port within 30 s")
                time.sleep(0.2)
        self.socket = WebSocket(target["webSocketDebuggerUrl"])
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        self.next_id += 1
        call_id = self.next_id
        self.socket.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.receive())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for_load(self, timeout=60):
        deadline = time.time() + timeout
        while not any(event.get("method") == "Page.loadEventFired" for event in self.events):
            if time.time() > deadline:
                raise RuntimeError("the page did not finish loading")
            self.events.append(json.loads(self.socket.receive()))

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def problems(self):
        """Console errors, exceptions and failed requests among the events since the last navigation."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                texts = [str(arg.get("value", arg.get("description", ""))) for arg in params.get("args", [])]
                found.append("console error: " + " ".join(texts))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: " + params.get("exceptionDetails", {}).get("text", ""))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                found.append(f"log error: {entry.get('text', '')} {entry.get('url', '')}".strip())
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                found.append(f"request failed: {params.get('errorText', '')}")
            elif method == "Network.responseReceived":
                response = params.get("response", {})
                if response.get("status", 200) >= 400:
                    found.append(f"HTTP {response.get('status')} for {response.get('url')}")
        return found

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def start_node(balans, database):
    process = subprocess.Popen(
        [balans, "node", "serve", "--database", database, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    if "lyssnar på" not in line:
        process.kill()
        raise RuntimeError(f"the node did not start: {line!r}")
    return process, line.split("lyssnar på ", 1)[1].split(" ", 1)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--balans", required=True)
    parser.add_argument("--database", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--out", required=True, help="folder for the screenshots")
    parser.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"))
    options = parser.parse_args()
    if not options.chromium:
        print("Chromium is missing (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    os.makedirs(options.out, exist_ok=True)
    node, base = start_node(options.balans, options.database)
    profile = tempfile.mkdtemp(prefix="balans-chromium-")
    browser = None
    failures = []
    try:
        browser = Browser(options.chromium, profile)
        browser.events.clear()
        browser.call("Page.navigate", url=f"{base}/logga-in")
        browser.wait_for_load()
        browser.events.clear()
        user, password = json.dumps(options.user), json.dumps(options.password)
        browser.evaluate(
            f"document.querySelector('[name=anvandarnamn]').value = {user};"
            f"document.querySelector('[name=losenord]').value = {password};"
            "document.querySelector('[name=losenord]').form.submit();")
        browser.wait_for_load()
        if browser.evaluate("location.pathname") == "/logga-in":
            raise RuntimeError("the login was refused")
        for path, heading, text in PAGES:
            browser.events.clear()
            browser.call("Page.navigate", url=base + path)
            browser.wait_for_load()
            time.sleep(0.2)  # late console messages and subresource failures
            problems = browser.problems()
            statuses = [e["params"]["response"]["status"] for e in browser.events
                        if e.get("method") == "Network.responseReceived"
                        and e["params"].get("type") == "Document"]
            if statuses[:1] != [200]:
                problems.append(f"document status {statuses[:1] or 'none'}")
            found_heading = browser.evaluate("(document.querySelector('h1') || {}).textContent || ''") or ""
            if heading not in found_heading:
                problems.append(f"heading {found_heading.strip()!r} lacks {heading!r}")
            if text not in (browser.evaluate("document.body.innerText") or ""):
                problems.append(f"the page does not show {text!r}")
            shot = browser.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)
            name = path.strip("/").replace("/", "_") or "start"
            with open(os.path.join(options.out, f"{name}.png"), "wb") as file:
                file.write(base64.b64decode(shot["data"]))
            print(f"{'ok ' if not problems else 'FEL'} {path}: {found_heading.strip()}"
                  + "".join(f"\n    {problem}" for problem in problems))
            failures += [f"{path}: {problem}" for problem in problems]
    finally:
        if browser:
            browser.close()
        node.terminate()
        node.wait(timeout=30)
        shutil.rmtree(profile, ignore_errors=True)
    print(f"{len(PAGES)} sidor, {len(failures)} problem; skärmbilder i {options.out}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
