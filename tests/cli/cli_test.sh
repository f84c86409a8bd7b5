#!/usr/bin/env bash
# Runs the built wxim tool ($WXIM) and checks its output and exit status.
# Arg: the tests/ directory.
set -u
tests=$1
fails=0
pass=0
check() {  # check NAME CONDITION-EXIT-STATUS
  if [ "$2" -eq 0 ]; then pass=$((pass + 1)); else fails=$((fails + 1)); echo "FAIL: $1"; fi
}
expect_exit() {  # expect_exit NAME WANT GOT
  [ "$2" -eq "$3" ]; check "$1 (exit $3, want $2)" $?
}
contains() {  # contains NAME TEXT NEEDLE
  case "$2" in *"$3"*) check "$1" 0 ;; *) echo "  got: $2"; check "$1: missing $3" 1 ;; esac
}

login='{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月","myHeadUrl":"http://x/1.jpg"}}'

out=$(printf '%s\n' "$login" | "$WXIM" decode --dialect wechat_im); rc=$?
expect_exit "decode login" 0 $rc
contains "decode login ok" "$out" '{"line":1,"ok":true,"dialect":"wechat_im","direction":"s2c","kind":"login","value":{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月"'
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ]; check "decode prints one line per frame" $?

out=$(printf '%s\n' '{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月","myHeadUrl":"http://x/1.jpg"},"extra":{"k":[1,2.50,null]}}' | "$WXIM" roundtrip --dialect wechat_im); rc=$?
expect_exit "roundtrip with an unknown key" 0 $rc
contains "roundtrip lossless" "$out" '{"line":1,"ok":true,"lossless":true}'

# Bad frames: each fails with a code and a path, the others still run, exit 1.
bad=$(printf '{"type":"login"\n\nnull\n42\n[]\n{"type":"text","content":"\xff"}\n%s\n%s\n' \
  "$(printf '[%.0s' $(seq 70))$(printf ']%.0s' $(seq 70))" "$login")
out=$(printf '%s\n' "$bad" | "$WXIM" decode --dialect wechat_im); rc=$?
expect_exit "bad frames" 1 $rc
[ "$(printf '%s\n' "$out" | grep -c '"ok":false,"error":{"code":"')" -eq 7 ]; check "seven errors with codes" $?
[ "$(printf '%s\n' "$out" | grep -c '"path":')" -eq 7 ]; check "seven errors with paths" $?
contains "truncated" "$out" '{"line":1,"ok":false,"error":{"code":"syntax_error"'
contains "empty line" "$out" '{"line":2,"ok":false,"error":{"code":"empty_input","path":""'
contains "null" "$out" '{"line":3,"ok":false,"error":{"code":"unexpected_null","path":""'
contains "number" "$out" '{"line":4,"ok":false,"error":{"code":"type_mismatch","path":""'
contains "array" "$out" '{"line":5,"ok":false,"error":{"code":"type_mismatch","path":""'
contains "invalid UTF-8" "$out" '{"line":6,"ok":false,"error":{"code":"invalid_utf8","path":"/content","offset":26'
contains "70 deep" "$out" '{"line":7,"ok":false,"error":{"code":"too_deep"'
contains "the good frame after the bad ones" "$out" '{"line":8,"ok":true'

# A final newline is not an extra frame; a missing one loses nothing.
out=$(printf '%s' "$login" | "$WXIM" decode); rc=$?
expect_exit "no final newline" 0 $rc
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ]; check "one frame without final newline" $?

# Direction decides between frames that share keys.
chat='{"type":"text","content":"hi"}'
out=$(printf '%s\n' "$chat" | "$WXIM" decode); rc=$?
expect_exit "ambiguous without direction" 1 $rc
contains "ambiguous" "$out" '"code":"ambiguous_frame"'
out=$(printf '%s\n' "$chat" | "$WXIM" decode --direction c2s)
contains "c2s chat needs its ids" "$out" '"code":"missing_field","path":"/conversationId"'

# Usage errors exit 2.
"$WXIM" decode --lenient no-such-tolerance </dev/null >/dev/null 2>&1; expect_exit "unknown leniency" 2 $?
"$WXIM" decode --dialect klingon </dev/null >/dev/null 2>&1; expect_exit "unknown dialect" 2 $?
"$WXIM" decode /no/such/file >/dev/null 2>&1; expect_exit "unreadable input" 2 $?
"$WXIM" frobnicate >/dev/null 2>&1; expect_exit "unknown command" 2 $?
"$WXIM" --help >/dev/null; expect_exit "help" 0 $?
out=$("$WXIM" version); contains "version" "$out" "wxim 0."
contains "version names nlohmann" "$out" "nlohmann/json 3."

# Leniencies are off by default and on by name.
out=$(printf '%s\n' '{"content":{"a":1},"type":"text","conversationId":0,"userId":"a","friendId":"b"}' | "$WXIM" decode --direction c2s)
contains "object content strict" "$out" '"code":"type_mismatch","path":"/content"'
out=$(printf '%s\n' '{"content":{"a":1},"type":"text","conversationId":0,"userId":"a","friendId":"b"}' | "$WXIM" roundtrip --direction c2s --lenient any-content)
contains "object content lenient" "$out" '"lossless":true'

# Every accept vector round-trips losslessly through the tool.
for f in "$tests"/vectors/accept/*/*.jsonl; do
  [ -e "$f" ] || continue
  d=$(basename "$(dirname "$f")")
  "$WXIM" decode --dialect "$d" </dev/null >/dev/null 2>&1 || { echo "skip: $d is not in this build"; continue; }
  out=$("$WXIM" roundtrip --dialect "$d" "$f"); rc=$?
  expect_exit "roundtrip $f" 0 $rc
done

# A frame over the limit is refused without reading it whole.
out=$(head -c 3000000 /dev/zero | tr '\0' 'a' | "$WXIM" decode); rc=$?
expect_exit "oversized frame" 1 $rc
contains "oversized frame" "$out" '"code":"frame_too_large"'

# evict: the plan, too_large, bad input, usage.
files='[{"path":"a","size":6000000,"createTime":1},{"path":"b","size":5000000,"createTime":2},{"path":"c","size":100,"createTime":0}]'
out=$(printf '%s' "$files" | "$WXIM" evict --budget 10485760 --incoming 3000000); rc=$?
expect_exit "evict" 0 $rc
contains "evict plan" "$out" '{"ok":true,"fits":true,"remove":["c","a"],"freed":6000100,"total_after":8000000}'
out=$(printf '%s' "$files" | "$WXIM" evict --budget 100000000 --incoming 1)
contains "evict nothing when it fits" "$out" '{"ok":true,"fits":true,"remove":[],"freed":0,"total_after":11000101}'
out=$(printf '[]' | "$WXIM" evict --budget 10 --incoming 11); rc=$?
expect_exit "evict too large" 1 $rc
contains "evict too large" "$out" '{"ok":false,"error":{"code":"too_large"'
out=$(printf '[{"path":"a","size":-5,"createTime":1}]' | "$WXIM" evict --budget 10 --incoming 1); rc=$?
expect_exit "evict negative size" 1 $rc
contains "evict negative size" "$out" '"code":"invalid_value","path":"/0/size"'
out=$(printf '[{"path":"a","createTime":1}]' | "$WXIM" evict --budget 10 --incoming 1)
contains "evict missing size" "$out" '"code":"missing_field","path":"/0/size"'
"$WXIM" evict --budget 10 </dev/null >/dev/null 2>&1; expect_exit "evict without --incoming" 2 $?
"$WXIM" evict --budget 10 --incoming 1 --policy newest </dev/null >/dev/null 2>&1; expect_exit "evict unknown policy" 2 $?

# render: the issue's check, 昨天 across a month boundary, 9:05 unpadded, no
# bubble at exactly 300,000 ms.
conv=$(cat <<'FRAMES'
{"type":"get-history","userId":"me","friendId":"ann"}
{"type":"text","content":"late","msgUserId":"ann","userId":"me","friendId":"me","timestamp":1772294340000,"timeStr":"23:59"}
{"type":"text","content":"morning","msgUserId":"me","userId":"me","friendId":"ann","timestamp":1772327100000,"timeStr":"09:05"}
{"type":"text","content":"five minutes on","timestamp":1772327400000}
{"type":"text","content":"and one ms more","timestamp":1772327700001}
FRAMES
)
out=$(printf '%s\n' "$conv" | "$WXIM" render --me me --format jsonl --now 2026-03-01T10:00:00+08:00 --utc-offset +08:00 --style wechat-im); rc=$?
expect_exit "render" 0 $rc
contains "render yesterday" "$out" '{"index":0,"show_time":true,"label":"昨天 23:59","mine":false,"author":"ann","kind":"text","text":"late","timestamp":1772294340000'
contains "render today" "$out" '{"index":1,"show_time":true,"label":"9:05","mine":true,"author":"me"'
contains "render no bubble at 300000 ms" "$out" '{"index":2,"show_time":false,"mine":false,"author":"ann","kind":"text","text":"five minutes on"'
contains "render bubble at 300001 ms" "$out" '{"index":3,"show_time":true,"label":"9:15"'
out=$(printf '%s\n' "$conv" | "$WXIM" render --me me --now 2026-03-01T10:00:00+08:00 --style en)
contains "render text format" "$out" "── Yesterday 23:59 ──"
contains "render text, my side" "$out" "morning ◂ me"
contains "render text, their side" "$out" "ann ▸ late"
out=$(printf '%s\n' "$conv" | "$WXIM" render --me me --now 2026-03-01T10:00:00-05:00 --utc-offset -05:00 --format jsonl)
contains "render in another offset" "$out" '"label":"昨天 10:59"'
"$WXIM" render --now 2026-03-01T10:00:00+08:00 </dev/null >/dev/null 2>&1; expect_exit "render without --me" 2 $?
"$WXIM" render --me a --now yesterday </dev/null >/dev/null 2>&1; expect_exit "render bad --now" 2 $?
"$WXIM" render --me a --style klingon </dev/null >/dev/null 2>&1; expect_exit "render bad --style" 2 $?
out=$(printf '%s\n%s\n' '{"type":"text","content":"orphan","timestamp":1}' 'not json' | "$WXIM" render --me me 2>&1); rc=$?
expect_exit "render with bad frames" 1 $rc
contains "render says which line failed" "$out" "line 2: syntax_error"

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
