// Combines one run of wxim_codec_bench (Google Benchmark JSON) and
// node_bench.js into benchmarks/results.json and benchmarks/results.md, with
// the ratios measured in that run. With repetitions, each figure is the
// fastest repetition's.
//   node benchmarks/report.js CPP_JSON NODE_JSON OUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');

const [, , cppPath, nodePath, outDir] = process.argv;
const cpp = JSON.parse(fs.readFileSync(cppPath, 'utf8'));
const node = JSON.parse(fs.readFileSync(nodePath, 'utf8'));

// ns per frame from Google Benchmark's CPU time per iteration; the fastest
// repetition of each benchmark.
const perFrame = {};
let repetitions = 1;
let allocations = null;
for (const b of cpp.benchmarks) {
  if (b.run_type && b.run_type !== 'iteration') continue;
  if (b.name.startsWith('allocations/')) {
    allocations = {
      wxim_allocs_per_frame: b.wxim_allocs_per_frame,
      kept_allocs_per_frame: b.kept_allocs_per_frame,
      baseline_allocs_per_frame: b.baseline_allocs_per_frame,
    };
    continue;
  }
  const scale = { ns: 1, us: 1e3, ms: 1e6, s: 1e9 }[b.time_unit];
  const name = b.run_name || b.name;
  const ns = (b.cpu_time * scale) / b.frames;
  perFrame[name] = name in perFrame ? Math.min(perFrame[name], ns) : ns;
  if (b.repetitions) repetitions = Math.max(repetitions, b.repetitions);
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
  repetitions: { cpp: repetitions, node: node.repetitions || 1 },
  time: 'CPU time per frame, ns (C++); wall time per frame, ns (Node); the fastest repetition of each',
  kinds: rows,
  allocations,
  targets,
};
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify(result, null, 2) + '\n');

let md = `# wxim codec benchmark\n\nOne run, ${result.date}, ${result.host.cpus} CPUs, Node ${node.node}; ` +
  `${node.frames} frames. ns per frame, the fastest of ${repetitions} repetitions (C++) and ` +
  `${result.repetitions.node} (Node); ratios are nlohmann (or Node) time / wxim time.\n\n`;
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
