#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# wxim in pipelines: each line answered before the next is sent, failed
# writes reported, per-command help, --opt=value, "--", and file errors with
# the system's reason. Every wait is bounded.
#   WXIM=path/to/wxim tests/cli/pipeline_test.sh
set -u
: "${WXIM:?set WXIM to the wxim tool}"
export LC_ALL=C  # the system's reasons in English
. "$(dirname "$0")/checks.sh"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1

frame='{"cmd":13,"hbbyte":"-127"}'
conv='{"type":"text","content":"late","msgUserId":"ann","userId":"me","friendId":"me","timestamp":1772294340000,"timeStr":"23:59"}'
answer='{"line":1,"ok":true,"dialect":"jim","direction":"c2s","kind":"heartbeat"'
for _ in $(seq 20000); do printf '%s\n' "$frame"; done >big.jsonl

# Streaming: with the input still open, the answer to a line arrives before
# the next line is sent; half a line gets no answer until its newline.
for cmd in decode roundtrip; do
  coproc tool { exec "$WXIM" "$cmd"; }
  to_tool=${tool[1]}
  from_tool=${tool[0]}
  tool_pid=$tool_PID
  printf '%s\n' "$frame" >&"$to_tool"
  got=""
  IFS= read -r -t 5 got <&"$from_tool"
  contains "$cmd answers line 1 while its input is open" "$got" '{"line":1,"ok":true'
  printf '%s' "${frame:0:10}" >&"$to_tool"
  got=""
  IFS= read -r -t 1 got <&"$from_tool"
  [ -z "$got" ]; check "$cmd does not answer half a line" $?
  printf '%s\n' "${frame:10}" >&"$to_tool"
  got=""
  IFS= read -r -t 5 got <&"$from_tool"
  contains "$cmd answers line 2 once its newline arrives" "$got" '{"line":2,"ok":true'
  exec {to_tool}>&-
  got=""
  IFS= read -r -t 5 got <&"$from_tool"
  [ -z "$got" ]; check "$cmd prints nothing more at end of input" $?
  for _ in $(seq 50); do kill -0 "$tool_pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$tool_pid" 2>/dev/null; then
    kill "$tool_pid"
    check "$cmd exits at end of input" 1
  fi
  wait "$tool_pid"
  expect_exit "$cmd after streaming" 0 $?
done

# The same, as a user would see it: a frame, a pause, a frame; the first
# answer is stamped before the second frame is sent.
stamps=$( (printf '%s\n' "$frame"; sleep 2; printf '%s\n' "$frame") | timeout 20 "$WXIM" decode |
  while IFS= read -r line; do printf '%s %s\n' "$(date +%s%N)" "${line:0:10}"; done)
first=$(printf '%s\n' "$stamps" | sed -n 1p | cut -d' ' -f1)
second=$(printf '%s\n' "$stamps" | sed -n 2p | cut -d' ' -f1)
[ -n "$first" ] && [ -n "$second" ] && [ $((second - first)) -gt 1000000000 ]
check "the first answer comes a pause before the second (stamps: $(echo $stamps))" $?

# Large input still goes through whole and in order.
out=$("$WXIM" decode big.jsonl | tail -1)
contains "big file's last line" "$out" '{"line":20000,"ok":true'
out=$(cat big.jsonl | "$WXIM" roundtrip | grep -c '"lossless":true')
[ "$out" -eq 20000 ]; check "every line of a piped big file answered ($out)" $?

# A failed write is an error: status 2 and the system's reason.
if [ -w /dev/full ]; then
  for args in "decode big.jsonl" "roundtrip big.jsonl" "version" "--help" "decode --help"; do
    # shellcheck disable=SC2086
    err=$(timeout 20 "$WXIM" $args 2>&1 >/dev/full); rc=$?
    expect_exit "wxim $args > /dev/full" 2 $rc
    contains "wxim $args > /dev/full says why" "$err" "wxim: cannot write standard output: No space left on device"
  done
  err=$(printf '%s\n' "$frame" | "$WXIM" decode 2>&1 >/dev/full); rc=$?
  expect_exit "one frame to /dev/full" 2 $rc
  contains "one frame to /dev/full says why" "$err" "No space left on device"
  err=$(printf '%s\n' "$conv" | "$WXIM" render --me me --now 2026-03-01T10:00:00Z 2>&1 >/dev/full); rc=$?
  expect_exit "render to /dev/full" 2 $rc
  contains "render to /dev/full says why" "$err" "No space left on device"
  err=$(echo '[]' | "$WXIM" evict --budget 1 --incoming 1 2>&1 >/dev/full); rc=$?
  expect_exit "evict to /dev/full" 2 $rc
  contains "evict to /dev/full says why" "$err" "No space left on device"
else
  echo "skip: no writable /dev/full"
fi

# A reader that goes away: no signal death, status 2, no message, and an
# endless input is not read forever.
"$WXIM" decode big.jsonl 2>err.txt | head -1 >/dev/null
rc=${PIPESTATUS[0]}
expect_exit "decode into a closed pipe" 2 $rc
[ ! -s err.txt ]; check "a closed pipe is quiet" $?
yes "$frame" | timeout 20 "$WXIM" decode 2>/dev/null | head -2 >/dev/null
st=("${PIPESTATUS[@]}")
expect_exit "endless input into a closed pipe ends" 2 "${st[1]}"

# Per-command help: usage on standard output, exit 0, every option the
# command takes; and every option a help names is one the command takes.
declare -A takes=(
  [decode]="--dialect --direction --lenient --json-parser --max-frame-bytes --max-depth --max-string-bytes --max-array-size --help"
  [roundtrip]="--dialect --direction --lenient --json-parser --max-frame-bytes --max-depth --max-string-bytes --max-array-size --help"
  [render]="--me --now --utc-offset --style --format --dialect --help"
  [evict]="--budget --incoming --policy --help"
  [version]="--help"
)
for cmd in decode roundtrip render evict version; do
  out=$("$WXIM" "$cmd" --help); rc=$?
  expect_exit "$cmd --help" 0 $rc
  contains "$cmd --help is its own" "$out" "usage: wxim $cmd"
  for opt in ${takes[$cmd]}; do contains "$cmd --help names $opt" "$out" "$opt"; done
  [ "$("$WXIM" "$cmd" -h)" = "$out" ]; check "$cmd -h is $cmd --help" $?
  [ "$("$WXIM" help "$cmd")" = "$out" ]; check "wxim help $cmd is $cmd --help" $?
  for opt in $(printf '%s\n' "$out" | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    [ "$opt" = --help ] && continue
    err=$("$WXIM" "$cmd" "$opt=x" </dev/null 2>&1 >/dev/null)
    lacks "$cmd takes the $opt its help names" "$err" "unknown option"
  done
done
out=$("$WXIM" decode --lenient no-such --help); rc=$?
expect_exit "--help after a bad value" 0 $rc
contains "--help wins" "$out" "usage: wxim decode"
out=$("$WXIM" --help)
for opt in --now --utc-offset --style --format --budget --incoming --policy --max-array-size; do
  contains "wxim --help names $opt" "$out" "$opt"
done

# --opt=value means what --opt value means.
a=$(printf '%s\n' "$frame" | "$WXIM" decode --dialect jim --direction c2s --max-depth 8)
b=$(printf '%s\n' "$frame" | "$WXIM" decode --dialect=jim --direction=c2s --max-depth=8)
contains "decode --opt=value" "$b" "$answer"
[ "$a" = "$b" ]; check "decode --opt=value is --opt value" $?
printf '%s\n' "$frame" | "$WXIM" decode --dialect=klingon >/dev/null 2>&1; expect_exit "--dialect=klingon" 2 $?
printf '%s\n' "$frame" | "$WXIM" decode --dialect= >/dev/null 2>&1; expect_exit "--dialect= (empty)" 2 $?
printf '%s\n' "$frame" | "$WXIM" decode --lenient=numeric-strings --lenient=duplicate-keys >/dev/null; expect_exit "--lenient=N twice" 0 $?
a=$(printf '%s\n' "$conv" | "$WXIM" render --me me --now 2026-03-01T10:00:00-05:00 --utc-offset -05:00 --style en --format jsonl --dialect wechat_im 2>&1)
b=$(printf '%s\n' "$conv" | "$WXIM" render --me=me --now=2026-03-01T10:00:00-05:00 --utc-offset=-05:00 --style=en --format=jsonl --dialect=wechat_im 2>&1)
[ "$a" = "$b" ]; check "render --opt=value is --opt value" $?
contains "render --opt=value draws" "$b" '"index":0'
files='[{"path":"a","size":6,"createTime":1},{"path":"b","size":5,"createTime":2}]'
a=$(printf '%s' "$files" | "$WXIM" evict --budget 10 --incoming 3 --policy lru)
b=$(printf '%s' "$files" | "$WXIM" evict --budget=10 --incoming=3 --policy=lru)
[ "$a" = "$b" ]; check "evict --opt=value is --opt value" $?
contains "evict --opt=value plans" "$b" '"remove":["a"]'
"$WXIM" decode --help=yes >/dev/null 2>&1; expect_exit "--help=yes" 2 $?
"$WXIM" decode --dialect </dev/null >/dev/null 2>&1; expect_exit "--dialect without a value" 2 $?

# "--" ends the options: a file named -x, and one named --help.
printf '%s\n' "$frame" >./-x
out=$("$WXIM" decode -- -x); rc=$?
expect_exit "decode -- -x" 0 $rc
contains "decode -- -x reads the file" "$out" "$answer"
out=$("$WXIM" roundtrip --dialect jim -- -x); rc=$?
expect_exit "roundtrip --dialect jim -- -x" 0 $rc
err=$("$WXIM" decode -x 2>&1); rc=$?
expect_exit "decode -x is an option" 2 $rc
contains "decode -x is unknown" "$err" 'unknown option "-x"'
err=$("$WXIM" decode -- --help 2>&1); rc=$?
expect_exit "decode -- --help reads a file" 2 $rc
contains "decode -- --help names the file" "$err" "wxim: cannot read --help: No such file or directory"
out=$(printf '%s\n' "$frame" | "$WXIM" decode -- -); rc=$?
expect_exit "decode -- - reads standard input" 0 $rc
printf '%s' '[]' >./-y
out=$("$WXIM" evict --budget 1 --incoming 1 -- -y); rc=$?
expect_exit "evict -- -y" 0 $rc

# File errors name the file and the system's reason.
for cmd in "decode" "roundtrip" "render --me a" "evict --budget 1 --incoming 1"; do
  # shellcheck disable=SC2086
  err=$("$WXIM" $cmd frames.jsonl 2>&1 >/dev/null); rc=$?
  expect_exit "$cmd of a missing file" 2 $rc
  contains "$cmd of a missing file says why" "$err" "wxim: cannot read frames.jsonl: No such file or directory"
  # shellcheck disable=SC2086
  err=$("$WXIM" $cmd . 2>&1 >/dev/null); rc=$?
  expect_exit "$cmd of a directory" 2 $rc
  contains "$cmd of a directory says why" "$err" "wxim: cannot read .: Is a directory"
done
if [ "$(id -u)" -ne 0 ]; then
  printf '%s\n' "$frame" >locked.jsonl
  chmod 000 locked.jsonl
  err=$("$WXIM" decode locked.jsonl 2>&1); rc=$?
  expect_exit "decode of an unreadable file" 2 $rc
  contains "decode of an unreadable file says why" "$err" "wxim: cannot read locked.jsonl: Permission denied"
fi

echo "$pass passed, $fails failed"
[ "$fails" -eq 0 ]
