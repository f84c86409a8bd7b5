#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs the built wxim tool ($WXIM) and checks its output and exit status.
# Arg: the tests/ directory.
set -u
tests=$1
. "$(dirname "$0")/checks.sh"

login='{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月","myHeadUrl":"http://x/1.jpg"}}'

out=$(printf '%s\n' "$login" | "$WXIM" decode --dialect wechat_im); rc=$?
expect_exit "decode login" 0 $rc
contains "decode login ok" "$out" '{"line":1,"ok":true,"dialect":"wechat_im","direction":"s2c","kind":"login","value":{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月"'
[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ]; check "decode prints one line per frame" $?

out=$(printf '%s\n' '{"type":"login","userInfo":{"userId":"user_001","nickName":"柳如月","myHeadUrl":"http://x/1.jpg"},"extra":{"k":[1,2.50,null]}}' | "$WXIM" roundtrip --dialect wechat_im); rc=$?
expect_exit "roundtrip with an unknown key" 0 $rc
contains "roundtrip lossless" "$out" '{"line":1,"ok":true,"lossless":true,"encoded":'

# The chatroom's heartbeat, with no --lenient: lossless, and written back byte for byte.
out=$(printf '%s\n' '{"cmd":13,"hbbyte":"-127"}' | "$WXIM" roundtrip); rc=$?
expect_exit "roundtrip chatroom heartbeat" 0 $rc
contains "chatroom heartbeat byte for byte" "$out" '"lossless":true,"encoded":"{\"cmd\":13,\"hbbyte\":\"-127\"}"}'

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

# render reads every dialect that carries messages.
# jim: a history request names the friend, the reply's stored messages, my chat, a push.
jim=$(cat <<'FRAMES'
{"cmd":19,"type":1,"fromUserId":"bob","userId":"me"}
{"command":20,"code":10018,"msg":"ok","data":{"friends":{"bob":[{"chatType":2,"cmd":11,"content":"hello","createTime":1772327100000,"from":"bob","id":"j1","msgType":0,"to":"me"}]},"groups":{},"userid":"me"}}
{"cmd":11,"chatType":2,"content":"hi bob","from":"me","to":"bob","msgType":0,"createTime":1772327160000,"id":"j2"}
{"command":11,"data":{"chatType":2,"cmd":11,"content":"https://example.com/p.png","createTime":1772327800000,"from":"bob","id":"j3","msgType":1,"to":"me"}}
FRAMES
)
out=$(printf '%s\n' "$jim" | "$WXIM" render --me me --now 2026-03-01T10:00:00+08:00 --format jsonl); rc=$?
expect_exit "render jim" 0 $rc
contains "render jim stored message" "$out" '{"index":0,"show_time":true,"label":"9:05","mine":false,"author":"bob","kind":"text","text":"hello","timestamp":1772327100000,"status":"success","recalled":false}'
contains "render jim my chat" "$out" '{"index":1,"show_time":false,"mine":true,"author":"me","kind":"text","text":"hi bob"'
contains "render jim push" "$out" '{"index":2,"show_time":true,"label":"9:16","mine":false,"author":"bob","kind":"image","text":"[image] https://example.com/p.png"'
[ "$(printf '%s\n' "$out" | wc -l)" -eq 3 ]; check "render jim: three messages" $?
out=$(printf '%s\n' "$jim" | "$WXIM" render --me me --now 2026-03-01T10:00:00+08:00 --dialect jim)
contains "render jim text format" "$out" "hi bob ◂ me"

# room: a join names the room; records' createdat is local time read at --utc-offset.
room=$(cat <<'FRAMES'
{"token":"t.u7","type":3,"payLoad":"{\"topic\":\"R3301\"}"}
{"data":{"items":[{"user":10086,"displayName":"Xiao Zhou","avatarurl":"https://example.com/a/zhou.png","stream":"3301","content":"Great talk, thanks!","type":"message","createdat":"2024-6-17 10:12"}]}}
{"token":"t.u7","type":2,"payLoad":"{\"topic\":\"R3301\",\"chatInfo\":\"{\\\"user\\\":7,\\\"displayName\\\":\\\"Me\\\",\\\"avatarurl\\\":\\\"\\\",\\\"stream\\\":\\\"3301\\\",\\\"content\\\":\\\"Agreed\\\",\\\"type\\\":\\\"message\\\",\\\"createdat\\\":\\\"2024-6-17 10:13\\\"}\"}"}
{"code":200,"data":"{\"user\":20031,\"displayName\":\"Li Na\",\"avatarurl\":\"\",\"stream\":\"3301\",\"content\":\"{\\\"content\\\":\\\"Slides?\\\"}\",\"type\":\"question\",\"createdat\":\"2024-6-17 10:30\"}"}
FRAMES
)
out=$(printf '%s\n' "$room" | "$WXIM" render --me 7 --now 2024-06-17T12:00:00+08:00 --format jsonl); rc=$?
expect_exit "render room" 0 $rc
contains "render room history" "$out" '{"index":0,"show_time":true,"label":"10:12","mine":false,"author":"10086","kind":"text","text":"Great talk, thanks!","timestamp":1718590320000'
contains "render room my send" "$out" '{"index":1,"show_time":false,"mine":true,"author":"7","kind":"text","text":"Agreed"'
contains "render room delivered question" "$out" '{"index":2,"show_time":true,"label":"10:30","mine":false,"author":"20031","kind":"custom"'
out=$(printf '%s\n' "$room" | "$WXIM" render --me 7 --now 2024-06-17T12:00:00+08:00 --utc-offset +09:00 --format jsonl)
contains "render room at another offset" "$out" '"label":"10:12","mine":false,"author":"10086","kind":"text","text":"Great talk, thanks!","timestamp":1718586720000'
out=$(printf '%s\n' '{"code":200,"data":"{\"user\":1,\"displayName\":\"A\",\"avatarurl\":\"\",\"stream\":\"s\",\"content\":\"x\",\"type\":\"message\",\"createdat\":\"soon\"}"}' | "$WXIM" render --me 7 2>&1); rc=$?
expect_exit "render room unreadable createdat" 1 $rc
contains "render room says where the time is" "$out" "line 1: invalid_value at /data/createdat"

# easemob: my message goes out under a local id, the send result gives its server id; the
# peer's message is recalled by a later event and shows as recalled, never its text.
easemob=$(cat <<'FRAMES'
{"type":"txt","id":"local-1","msg":"Meeting moved to 3 pm","to":"liu_yang","from":"","chatType":"singleChat","ext":{},"time":1718590210000}
{"localMsgId":"local-1","serverMsgId":"1286533349917329700"}
{"id":"1286533349917329511","type":"txt","chatType":"singleChat","from":"liu_yang","to":"zhou_hao","msg":"wrong chat, sorry","ext":{},"time":1718590260000}
{"id":"1286533349917329600","from":"liu_yang","to":"zhou_hao","mid":"1286533349917329511","onlineState":1,"ext":""}
{"info":{"from":"liu_yang","to":"zhou_hao"},"username":"liu_yang","yourname":"zhou_hao","msg":{"type":"txt","url":"","data":"see you","ext":{}},"style":"","time":"2024-6-17 10:30:00","mid":"txt1286533349917329800","chatType":"singleChat","ext":{},"isFail":false}
FRAMES
)
out=$(printf '%s\n' "$easemob" | "$WXIM" render --me zhou_hao --now 2024-06-17T12:00:00+08:00 --format jsonl); rc=$?
expect_exit "render easemob" 0 $rc
contains "render easemob sent after its send result" "$out" '{"index":0,"show_time":true,"label":"10:10","mine":true,"author":"zhou_hao","kind":"text","text":"Meeting moved to 3 pm","timestamp":1718590210000,"status":"success","recalled":false}'
contains "render easemob recalled" "$out" '{"index":1,"show_time":false,"mine":false,"author":"liu_yang","kind":"text","text":"[recalled]","timestamp":1718590260000,"status":"success","recalled":true}'
contains "render easemob stored record" "$out" '{"index":2,"show_time":true,"label":"10:30","mine":false,"author":"liu_yang","kind":"text","text":"see you"'
case "$out" in *"wrong chat"*) check "render easemob hides a recalled text" 1 ;; *) check "render easemob hides a recalled text" 0 ;; esac
out=$(printf '%s\n' "$easemob" | "$WXIM" render --me zhou_hao --now 2024-06-17T12:00:00+08:00)
contains "render easemob recalled, text format" "$out" "liu_yang ▸ [recalled]"
case "$out" in *"wrong chat"*) check "render easemob text format hides a recalled text" 1 ;; *) check "render easemob text format hides a recalled text" 0 ;; esac

# tim: a message, then the revoke event that lists it again, recalled: one message, recalled.
tim=$(cat <<'FRAMES'
{"ID":"m-42","type":"TIMTextElem","payload":{"text":"not for you"},"conversationID":"C2Cwang_lei","conversationType":"C2C","to":"chen_yu","from":"wang_lei","flow":"in","time":1718591301,"status":"success","isRevoked":false}
{"name":"onMessageRevoked","data":[{"ID":"m-42","type":"TIMTextElem","payload":{"text":"not for you"},"conversationID":"C2Cwang_lei","conversationType":"C2C","to":"chen_yu","from":"wang_lei","flow":"in","time":1718591301,"status":"success","isRevoked":true,"revoker":"wang_lei"}]}
{"ID":"m-43","type":"TIMTextElem","payload":{"text":"ok"},"conversationID":"C2Cwang_lei","conversationType":"C2C","to":"wang_lei","from":"chen_yu","flow":"out","time":1718591400,"status":"success","isRevoked":false}
FRAMES
)
out=$(printf '%s\n' "$tim" | "$WXIM" render --me chen_yu --now 2024-06-17T12:00:00+08:00 --format jsonl); rc=$?
expect_exit "render tim" 0 $rc
contains "render tim recalled" "$out" '{"index":0,"show_time":true,"label":"10:28","mine":false,"author":"wang_lei","kind":"text","text":"[recalled]","timestamp":1718591301000,"status":"success","recalled":true}'
contains "render tim after the recall" "$out" '{"index":1,"show_time":false,"mine":true,"author":"chen_yu","kind":"text","text":"ok"'
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ]; check "render tim: a message listed again is drawn once" $?
case "$out" in *"not for you"*) check "render tim hides a recalled text" 1 ;; *) check "render tim hides a recalled text" 0 ;; esac
out=$(printf '%s\n' '{"ID":"m-44","type":"TIMTextElem","payload":{"text":"oops"},"conversationID":"C2Cwang_lei","conversationType":"C2C","to":"chen_yu","from":"wang_lei","flow":"in","time":1718591301,"status":"success","isRevoked":true}' | "$WXIM" render --me chen_yu --now 2024-06-17T12:00:00+08:00)
contains "render tim isRevoked" "$out" "wang_lei ▸ [recalled]"

# auto: a frame no dialect accepts is reported by the dialect whose keys it has.
out=$(printf '%s\n' '{"token":"t","type":3,"payLoad":"{\"topic\":5}"}' | "$WXIM" decode); rc=$?
expect_exit "auto error" 1 $rc
contains "auto error: payLoad is room's" "$out" '"code":"type_mismatch","path":"/payLoad/topic","offset":null,"message":"read as a room frame (it has \"payLoad\"): '
out=$(printf '%s\n' '{"cmd":19,"type":1}' | "$WXIM" decode)
contains "auto error: cmd is jim's" "$out" '"code":"missing_field","path":"/userId","offset":18,"message":"read as a jim frame (it has \"cmd\"): '
out=$(printf '%s\n' '{"type":"get-history","userId":1,"friendId":"b"}' | "$WXIM" decode)
contains "auto error: a type string is wechat_im's" "$out" '"code":"type_mismatch","path":"/userId","offset":31,"message":"read as a wechat_im frame (it has a string \"type\"): '
out=$(printf '%s\n' '{"type":"txt","id":"1","msg":5,"to":"a","from":"b","chatType":"singleChat","time":1}' | "$WXIM" decode)
contains "auto error: chatType is easemob's" "$out" '"code":"type_mismatch","path":"/msg","offset":29,"message":"read as an easemob frame (it has \"chatType\"): '
out=$(printf '%s\n' '{"ID":"x","type":"TIMTextElem","payload":{"text":1},"flow":"in"}' | "$WXIM" decode)
contains "auto error: ID is tim's" "$out" '"path":"/payload/text","offset":49,"message":"read as a tim frame (it has \"ID\"): '
out=$(printf '%s\n' '{"foo":1}' | "$WXIM" decode)
contains "auto error: keys of no dialect" "$out" '"code":"unknown_frame","path":"","offset":null,"message":"no frame of any dialect looks like this'
out=$(printf '%s\n' '{"token":"t","type":2,"payLoad":"{\"topic\":\"R\",\"chatInfo\":\"{}\"}"}' | "$WXIM" render --me me 2>&1); rc=$?
expect_exit "render auto error" 1 $rc
contains "render auto error in the room's terms" "$out" "line 1: missing_field at /payLoad/chatInfo/"
contains "render auto error names the room" "$out" 'read as a room frame (it has "payLoad")'

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
