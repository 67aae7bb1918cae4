#!/usr/bin/env python3
"""Rewrites geodata/manifest.json's sha256 fields from the files as they are now (run after changing data)."""
import hashlib, json, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
inputs = os.environ.get("RUTLAND_ACCESS_DATA", os.path.join(root, "..", "shared", "geodata"))
path = os.path.join(root, "geodata", "manifest.json")
doc = json.load(open(path))
for d in doc["datasets"]:
    base = inputs if d["location"] == "inputs" else os.path.join(root, "geodata")
    f = os.path.join(base, d["path"])
    if os.path.isdir(f):
        sys.exit(f"{f}: manifest entries name files, not folders")
    d["sha256"] = hashlib.sha256(open(f, "rb").read()).hexdigest()
json.dump(doc, open(path, "w"), indent=2, ensure_ascii=False)
open(path, "a").write("\n")
