// SPDX-License-Identifier: MIT
// Combines runs of wxim_codec_bench (Google Benchmark JSON) and
// node_bench.js into benchmarks/results.json and benchmarks/results.md, with
// the ratios measured in that invocation of bench.sh. Each figure is the
// fastest over every repetition in every run given (bench.sh gives one run
// of each side per CPU).
//   node benchmarks/report.js OUT_DIR RUN_JSON...
'use strict';
const fs = require('fs');
const path = require('path');

const [, , outDir, ...runPaths] = process.argv;
const runs = runPaths.map((p) => JSON.parse(fs.readFileSync(p, 'utf8')));
const cppRuns = runs.filter((r) => Array.isArray(r.benchmarks));
const nodeRuns = runs.filter((r) => r.parse_ns_per_frame);
if (!cppRuns.length || !nodeRuns.length) {
  process.stderr.write('report.js: give at least one wxim_codec_bench JSON and one node_bench.js JSON\n');
  process.exit(2);
}
const cpp = cppRuns[0];
const fastest = (a, b) => (a === undefined ? b : Math.min(a, b));

// ns per frame from Google Benchmark's CPU time per iteration; the fastest
// repetition of each benchmark.
const perFrame = {};
let repetitions = 0;
let allocations = null;
for (const run of cppRuns) {
  let runRepetitions = 1;
  for (const b of run.benchmarks) {
    if (b.run_type && b.run_type !== 'iteration') continue;
    if (b.name.startsWith('allocations/')) {
      // Counts, not times: the same in every run.
      allocations = {
        wxim_allocs_per_frame: b.wxim_allocs_per_frame,
        kept_allocs_per_frame: b.kept_allocs_per_frame,
        baseline_allocs_per_frame: b.baseline_allocs_per_frame,
      };
      continue;
    }
    const scale = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit];
    const name = b.run_name || b.name;
    perFrame[name] = fastest(perFrame[name], (b.cpu_time * scale) / b.frames);
    if (b.repetitions) runRepetitions = Math.max(runRepetitions, b.repetitions);
  }
  repetitions += runRepetitions;
}
const node = { node: nodeRuns[0].node, frames: nodeRuns[0].frames, parse_ns_per_frame: {}, stringify_ns_per_frame: {} };
let nodeRepetitions = 0;
for (const run of nodeRuns) {
  for (const which of ['parse_ns_per_frame', 'stringify_ns_per_frame'])
    for (const [k, v] of Object.entries(run[which])) node[which][k] = fastest(node[which][k], v);
  nodeRepetitions += run.repetitions || 1;
}

const kinds = ['wechat_chat', 'wechat_conversations', 'jim_chat', 'jim_heartbeat', 'jim_history', 'corpus'];
const round = (x) => Math.round(x * 100) / 100;
const rows = kinds.map((k) => {
  const r = {
    kind: k,
    decode_ns: {
      nlohmann_dom: round(perFrame[`decode/baseline/${k}`]),
      wxim: round(perFrame[`decode/wxim/${k}`]),
      wxim_on_nlohmann_sax: round(perFrame[`decode/wxim_on_nlohmann_sax/${k}`]),
      node_json_parse: round(node.parse_ns_per_frame[k]),
    },
    encode_ns: {
      nlohmann_dom: round(perFrame[`encode/baseline/${k}`]),
      wxim: round(perFrame[`encode/wxim/${k}`]),
      node_json_stringify: round(node.stringify_ns_per_frame[k]),
    },
  };
  r.decode_speedup = {
    vs_nlohmann: round(r.decode_ns.nlohmann_dom / r.decode_ns.wxim),
    vs_node: round(r.decode_ns.node_json_parse / r.decode_ns.wxim),
  };
  r.encode_speedup = {
    vs_nlohmann: round(r.encode_ns.nlohmann_dom / r.encode_ns.wxim),
    vs_node: round(r.encode_ns.node_json_stringify / r.encode_ns.wxim),
  };
  return r;
});

const corpus = rows.find((r) => r.kind === 'corpus');
const heartbeat = rows.find((r) => r.kind === 'jim_heartbeat');
const targets = [
  ['corpus decode >= 6x nlohmann', corpus.decode_speedup.vs_nlohmann, 6],
  ['corpus decode >= 2x Node JSON.parse', corpus.decode_speedup.vs_node, 2],
  ['heartbeat decode <= 100 ns', heartbeat.decode_ns.wxim, 100, true],
  ['corpus encode >= 6x nlohmann', corpus.encode_speedup.vs_nlohmann, 6],
  ['corpus encode >= 3x Node JSON.stringify', corpus.encode_speedup.vs_node, 3],
].map(([name, value, bound, atMost]) => ({ target: name, measured: value, met: atMost ? value <= bound : value >= bound }));

const result = {
  date: cpp.context.date,
  host: { cpus: cpp.context.num_cpus, mhz: cpp.context.mhz_per_cpu, load_avg: cpp.context.load_avg },
  node: node.node,
  frames: node.frames,
  runs: { cpp: cppRuns.length, node: nodeRuns.length },
  repetitions: { cpp: repetitions, node: nodeRepetitions },
  time: 'CPU time per frame, ns (C++); wall time per frame, ns (Node); the fastest repetition of each',
  kinds: rows,
  allocations,
  targets,
};
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(result, null, 2) + '\n');

let md = `# wxim codec benchmark\n\nOne bench.sh run, ${result.date}, ${result.host.cpus} CPUs, Node ${node.node}; ` +
  `${node.frames} frames. ns per frame, the fastest of ${repetitions} repetitions (C++) and ` +
  `${nodeRepetitions} (Node), over ${cppRuns.length} pinned run(s) of each side; ratios are nlohmann ` +
  `(or Node) time / wxim time.\n\n`;
md += '| kind | decode nlohmann | decode wxim | decode Node | ×nlohmann | ×Node | encode nlohmann | encode wxim | stringify Node | ×nlohmann | ×Node |\n';
md += '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n';
for (const r of rows) {
  md += `| ${r.kind} | ${r.decode_ns.nlohmann_dom} | ${r.decode_ns.wxim} | ${r.decode_ns.node_json_parse} | ` +
    `${r.decode_speedup.vs_nlohmann} | ${r.decode_speedup.vs_node} | ${r.encode_ns.nlohmann_dom} | ` +
    `${r.encode_ns.wxim} | ${r.encode_ns.node_json_stringify} | ${r.encode_speedup.vs_nlohmann} | ` +
    `${r.encode_speedup.vs_node} |\n`;
}
if (allocations) {
  md += `\nAllocations per frame (corpus): wxim decode ${round(allocations.wxim_allocs_per_frame)}, ` +
    `of which the decoded value keeps ${round(allocations.kept_allocs_per_frame)}; ` +
    `nlohmann DOM + from_json ${round(allocations.baseline_allocs_per_frame)}.\n`;
}
md += '\n| target | measured | met |\n| --- | ---: | --- |\n';
for (const t of targets) md += `| ${t.target} | ${t.measured} | ${t.met ? 'yes' : 'no'} |\n`;
fs.writeFileSync(path.join(outDir, 'results.md'), md);
process.stdout.write(md);
