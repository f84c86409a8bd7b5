#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The main job: installs what is missing, builds the wxim tool, and runs it
# over the sample conversation in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)" --target wxim_cli >/dev/null
wxim=build/default/tools/wxim/wxim
# The sample is a wechat-im chat between user_001 and user_002 in August
# 2018, seen by user_002 the evening after; --now pins the labels.
echo "== wxim render --me user_002 --now 2018-08-04T20:00:00+08:00 examples/conversation.jsonl"
"$wxim" render --me user_002 --now 2018-08-04T20:00:00+08:00 examples/conversation.jsonl
echo
echo "== wxim decode examples/conversation.jsonl (each frame: its kind, and as wxim writes it back)"
"$wxim" decode examples/conversation.jsonl
