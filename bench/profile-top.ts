// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time.
//   node dist-bench/bench/profile-top.js PROFILE.cpuprofile [TOP]
import { readFileSync } from "node:fs";
import { basename } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: node dist-bench/bench/profile-top.js PROFILE.cpuprofile [TOP]\n");
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
// Self time per function (µs): each sample's time delta goes to the node it hit.
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, k) => {
  const dt = profile.timeDeltas[k] ?? 0;
  const f = byId.get(id)!.callFrame;
  const name = `${f.functionName || "(anonymous)"} ${f.url ? `${basename(f.url)}:${f.lineNumber + 1}` : ""}`.trim();
  self.set(name, (self.get(name) ?? 0) + dt);
  total += dt;
});
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(topArg ?? 12));
process.stdout.write(`total ${(total / 1000).toFixed(0)} ms sampled\n`);
for (const [name, us] of top) process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}\n`);
