#!/usr/bin/env python3
"""Writes the Jazzer seed corpus of DecodeFuzzTest from the golden vectors.

Each seed is one selector byte (the index of the decode target, in DecodeFuzzTest's order: events,
then per hub method its result and its request) followed by the JSON. Run from the repository root.
"""
import json, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
reg = (root / "csta-json/src/main/java/org/csta4j/json/CstaMessageRegistry.java").read_text()
events = re.findall(r'^\s*event\("(\w+)"', reg, re.M)
methods = re.findall(r'^\s*(?:method|session)\(\s*"(\w+)"', reg, re.M)
targets = [("event", e) for e in events]
for m in methods:
    targets += [("result", m), ("request", m)]

out = root / "csta-json/src/test/resources/org/csta4j/json/DecodeFuzzTestInputs/decodeFailsCleanlyOrRoundTrips"
out.mkdir(parents=True, exist_ok=True)
golden = root / "csta-json/src/test/resources/golden"

def seed(name, kind, target, payload):
    idx = targets.index((kind, target))
    (out / name).write_bytes(bytes([idx]) + json.dumps(payload, separators=(",", ":")).encode())

for f in sorted(golden.glob("events/*/*.json")):
    v = json.loads(f.read_text())
    t = re.sub(r"Event$", "", v["_name"])
    seed(f"event-{f.parent.name}-{f.stem}", "event", t, v["message"])
for f in sorted(golden.glob("responses/*/*.json")) + sorted(golden.glob("errors/*.json")):
    v = json.loads(f.read_text())
    seed(f"result-{f.parent.name}-{f.stem}", "result", v["_name"], v["message"])
for f in sorted(golden.glob("requests/*.json")):
    v = json.loads(f.read_text())
    seed(f"request-{f.stem}", "request", v["_name"], v["expected"])
seed("result-snapshot-device", "result", "SnapshotDevice",
     {"crossRefIDorSnapshotData": {"snapshotData": [{"connectionIdentifier": {"callID": "1"},
      "localCallState": {"compoundCallState": ["connected", 4]}}]}})
print(len(list(out.iterdir())), "seeds")
