#!/usr/bin/env python3
"""Checks that every target imports only targets of a lower layer (see Package.swift and docs/architecture.md).

The compiler's --explicit-target-dependency-import-check catches imports of undeclared dependencies; this
script catches declared dependencies that point the wrong way, and keeps the domain free of I/O modules.
"""
import pathlib
import re
import sys

LAYERS = {
    "PlanningDomain": 0,
    "FeedFormats": 1,
    "SyntheticData": 1,
    "Forecasting": 1,
    "ForecastPlugin": 1,
    "Credentials": 1,
    "WebUI": 1,
    "WireProtocol": 1,
    # Pure logic over the wire contract: above WireProtocol, still a contract-layer target (no I/O).
    "SyncEngine": 1.5,
    "PluginHost": 2,
    "ServerSupport": 2,
    "NodeStore": 2,
    "HubStore": 2,
    # Node-side client of the hub's API (sync): AsyncHTTPClient over the wire contract.
    "HubClient": 2,
    "Spreadsheet": 2,
    "RegionNode": 3,
    "Hub": 3,
    "balans": 4,
}
# External modules each layer may use. The domain uses the standard library only (Synchronization, the
# toolchain's Mutex and atomics, is allowed from layer 1 up: it is for shared state, which the domain has none of).
EXTERNAL = {
    0: set(),
    1: {"Foundation", "Synchronization", "Crypto", "CryptoExtras"},
    2: {"Foundation", "Synchronization", "FoundationXML", "GRDB", "GRDBSQLite", "ZIPFoundation", "Hummingbird", "HTTPTypes", "Logging",
        "HummingbirdTLS", "NIOSSL", "Prometheus", "Yams", "AsyncHTTPClient", "NIOCore", "NIOHTTP1"},
    3: {"Foundation", "Synchronization", "Hummingbird", "Logging", "ServiceLifecycle"},
    4: {"Foundation", "Synchronization", "ArgumentParser", "Hummingbird", "Logging", "ServiceLifecycle", "UnixSignals"},
}
IMPORT = re.compile(
    r"^[ \t]*(?:@\w+[ \t]+)*(?:(?:public|package|internal|private|fileprivate)[ \t]+)?import[ \t]+"
    r"(?:(?:struct|class|enum|protocol|func|var|let|typealias)[ \t]+)?([A-Za-z_][\w.]*)",
    re.M,
)

root = pathlib.Path(__file__).resolve().parent.parent
errors = []
for target, layer in LAYERS.items():
    for path in sorted((root / "Sources" / target).rglob("*.swift")):
        text = path.read_text(encoding="utf-8")
        # Imports inside `#if canImport(...)` blocks are platform shims; check them like any other.
        for module in IMPORT.findall(text):
            module = module.split(".")[0]
            if module in ("Glibc", "Musl", "Darwin", "Dispatch"):
                continue
            if module in LAYERS:
                if LAYERS[module] >= layer:
                    errors.append(f"{path.relative_to(root)}: {target} (layer {layer}) imports {module} "
                                  f"(layer {LAYERS[module]}); a target may import only lower layers")
            elif module not in EXTERNAL[int(layer)]:
                errors.append(f"{path.relative_to(root)}: {target} (layer {layer}) imports {module}, "
                              f"which layer {layer} may not use (allowed: {sorted(EXTERNAL[int(layer)]) or 'stdlib only'})")
missing = [t for t in LAYERS if not (root / "Sources" / t).is_dir()]
errors += [f"Sources/{t} is missing" for t in missing]
if errors:
    print("Layer check failed:\n  " + "\n  ".join(errors), file=sys.stderr)
    sys.exit(1)
print(f"Layer check: {len(LAYERS)} targets import only lower layers.")
