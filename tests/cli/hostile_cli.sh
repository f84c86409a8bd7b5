#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The hostile-input catalogue through `wxim decode`: each input, one line,
# must give ok:false with the catalogue's code (or ok:true where it is
# accepted), and the tool must exit normally (0 or 1, never a signal).
#   WXIM=path/to/wxim tests/cli/hostile_cli.sh [TESTS_DIR]
set -uo pipefail
tests="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
: "${WXIM:?set WXIM to the wxim tool}"
python3 - "$tests/vectors/hostile/catalogue.jsonl" "$WXIM" <<'PY'
import json, subprocess, sys
cat, tool = sys.argv[1], sys.argv[2]
def materialize(parts):
    out = bytearray()
    for p in parts:
        if "hex" in p: out += bytes.fromhex(p["hex"])
        elif "counter" in p:
            for i in range(p.get("repeat", 1)): out += p["counter"].replace("{}", str(i)).encode()
        elif "nest_in_string" in p:
            t = p["text"]
            for _ in range(p["nest_in_string"]): t = '"' + t.replace("\\", "\\u005c").replace('"', "\\u0022") + '"'
            out += t.encode()
        else: out += p["text"].encode("utf-8", "surrogatepass") * p.get("repeat", 1)
    return bytes(out)
fails = 0
n = 0
for line in open(cat, encoding="utf-8"):
    c = json.loads(line)
    text = materialize(c["parts"])
    if b"\n" in text or c["name"].startswith("only whitespace"): continue  # one frame per line
    n += 1
    args = [tool, "decode", "--dialect", "auto" if c["decoder"] == "raw" else c["decoder"]]
    if c.get("direction"): args += ["--direction", c["direction"]]
    lim = c.get("limits", {})
    if "max_frame_bytes" in lim: args += ["--max-frame-bytes", str(lim["max_frame_bytes"])]
    p = subprocess.run(args, input=text + b"\n", capture_output=True)
    if p.returncode not in (0, 1):
        print(f"FAIL {c['name']}: exit {p.returncode}: {p.stderr[:300]!r}"); fails += 1; continue
    try: out = json.loads(p.stdout.decode("utf-8").splitlines()[0])
    except Exception as e:
        print(f"FAIL {c['name']}: output is not one JSON line: {p.stdout[:200]!r}"); fails += 1; continue
    if c["decoder"] == "raw":
        # `auto` asks the dialects, which refuse a non-frame; only tokenizer-level codes are comparable.
        if "code" in c and c["code"] in ("too_deep", "frame_too_large", "string_too_long", "array_too_long", "syntax_error",
                                         "invalid_utf8", "invalid_surrogate", "trailing_content", "empty_input"):
            if out["ok"] or out["error"]["code"] != c["code"]:
                print(f"FAIL {c['name']}: want {c['code']}, got {out}"[:400]); fails += 1
        continue
    if "code" in c:
        if out["ok"] or out["error"]["code"] != c["code"] or ("path" in c and out["error"]["path"] != c["path"]):
            print(f"FAIL {c['name']}: want {c['code']} {c.get('path','')}, got {out}"[:400]); fails += 1
    elif not out["ok"]:
        print(f"FAIL {c['name']}: want acceptance, got {out}"[:400]); fails += 1
print(f"hostile_cli: {n} inputs, {fails} failures")
sys.exit(1 if fails else 0)
PY
