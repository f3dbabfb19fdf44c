// Import cost of the built package (npm run bench:import): wall time of `node -e "import('cchc')"` (and of the other
// entries) over `node -e 0`, whole processes run in turn, medians. Prints figures; no assertion (issue 18 goal: the
// main entry ≤ +60 ms over bare node, median of 10). Needs the built package (npm run build).
//
//   node bench/import-cost.mjs [RUNS]
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const runs = Number(process.argv[2] ?? 10);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const wall = (code) => {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', code], { cwd: root, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`node -e "${code}" exited with ${r.status}`);
  return performance.now() - t0;
};

console.log(
  `Node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}`,
);
const cases = [
  ["import('cchc')", 'main entry (ESM, the "node" build)'],
  ["require('cchc')", 'main entry (CommonJS)'],
  ["import('cchc/datasets')", 'datasets entry'],
];
for (const [code, label] of cases) {
  const a = [];
  const b = [];
  wall(code);
  wall('0');
  for (let i = 0; i < runs; i++) {
    a.push(wall(code));
    b.push(wall('0'));
  }
  const extra = median(a) - median(b);
  console.log(
    `${label.padEnd(36)} node -e "${code}": ${median(a).toFixed(0)} ms, node -e 0: ${median(b).toFixed(0)} ms → +${extra.toFixed(0)} ms (median of ${runs})`,
  );
}
