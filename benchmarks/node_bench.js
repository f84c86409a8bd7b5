// SPDX-License-Identifier: MIT
// Node's JSON.parse and JSON.stringify over the same corpus the C++ codec
// benchmark uses (written by `wxim_codec_bench --corpus-out=FILE` as
// "<kind>\t<frame>" lines). Prints one JSON object: ns per frame, per kind
// and for the whole corpus.
//   node benchmarks/node_bench.js CORPUS [min_seconds] [repetitions]
// Each figure is the fastest of `repetitions` timings (default 1).
'use strict';
const fs = require('fs');

const [, , corpusPath, minSecondsArg, repetitionsArg] = process.argv;
const minSeconds = Number(minSecondsArg || 1);
const repetitions = Math.max(1, Number(repetitionsArg || 1));
const frames = fs.readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.length > 0).map((l) => {
  const tab = l.indexOf('\t');
  return { kind: l.slice(0, tab), text: l.slice(tab + 1) };
});

// Runs fn over the set until min_seconds have passed (after a warm-up), and
// returns nanoseconds per frame.
function timeOnce(set, fn) {
  let sink = 0;
  for (let i = 0; i < 3; i++) for (const f of set) sink += fn(f);
  let rounds = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  const limit = BigInt(Math.round(minSeconds * 1e9));
  do {
    for (const f of set) sink += fn(f);
    rounds++;
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < limit);
  if (sink === -1) console.error('unreachable');
  return Number(elapsed) / (rounds * set.length);
}

const kinds = ['wechat_chat', 'wechat_conversations', 'jim_chat', 'jim_heartbeat', 'jim_history', 'corpus'];
const result = {
  node: process.version,
  frames: frames.length,
  repetitions,
  parse_ns_per_frame: {},
  stringify_ns_per_frame: {},
};
const keepFastest = (table, kind, ns) => {
  table[kind] = Math.min(table[kind] === undefined ? Infinity : table[kind], ns);
};
// Repetitions are the outer loop, so that an episode of noise on the host
// falls on some repetitions of every figure rather than on all of one.
for (let r = 0; r < repetitions; r++) {
  for (const kind of kinds) {
    const set = kind === 'corpus' ? frames : frames.filter((f) => f.kind === kind);
    // JSON.parse alone leaves latestMsg a string; a real handler parses it too.
    keepFastest(result.parse_ns_per_frame, kind, timeOnce(set, (f) => {
      const v = JSON.parse(f.text);
      if (v.type === 'get-conversations') for (const c of v.conversations) c.latestMsg = JSON.parse(c.latestMsg);
      return v === null ? 0 : 1;
    }));
    const parsed = set.map((f) => JSON.parse(f.text));
    let i = 0;
    keepFastest(result.stringify_ns_per_frame, kind,
      timeOnce(set, () => JSON.stringify(parsed[i++ % parsed.length]).length));
  }
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
