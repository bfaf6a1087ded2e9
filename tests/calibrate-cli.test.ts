// tokensim calibrate as a user runs it: bad input exits 2 with one line per problem (FILE:LINE for targets files)
// and writes nothing; a small good run writes the four files. Also: targets files parsed in-process, and the
// validation files that `run --targets` adds.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseTargetsText } from "../src/calibrate/targets.js";
import { UserError } from "../src/errors.js";
import { readRunFolder } from "../src/output/read-run.js";
import { CALIBRATION_COLUMNS, validationFiles } from "../src/calibrate/validation.js";
import { readScenarioFile } from "../src/scenario/read.js";
import { runScenarioToFolder } from "../src/cli/run.js";
import { readTargetsFile } from "../src/calibrate/targets.js";
import { ROOT, tempDir, tokensim } from "./helpers/cli.js";

const SCENARIO = join(ROOT, "scenarios/status-quo.yaml");
const TARGETS = join(ROOT, "scenarios/targets/published.yaml");

function problems(text: string): string[] {
  try {
    parseTargetsText(text, "t.yaml");
  } catch (e) {
    if (e instanceof UserError) return e.lines;
    throw e;
  }
  return [];
}

describe("targets files", () => {
  it("the shipped published.yaml holds table 1 (J1-J4, R1, C1, A1)", () => {
    const t = readTargetsFile(TARGETS);
    for (const id of ["J1", "J2", "J3", "J4", "R1", "C1", "A1"]) expect(t.targets.map((x) => x.id)).toContain(id);
  });
  it("reports unknown fields, unknown metrics, bad values and duplicates as FILE:LINE: path: message", () => {
    const text = [
      "name: mine", "targets:",
      "  - id: X1", "    definition: d", "    metric: top_decile_token_ratio", "    value: 10", "    tolerance: 1", "    source: s", "    trust: M", "    colour: red",
      "  - id: X1", "    definition: d", "    metric: tokens_per_banana", "    value: 2", "    tolerance: 0", "    source: s", "    trust: Q",
    ].join("\n");
    const lines = problems(text);
    expect(lines).toContain("t.yaml:10: targets[0].colour: unknown field (check its spelling)");
    expect(lines.some((l) => l.startsWith("t.yaml:13: targets[1].metric: unknown metric"))).toBe(true);
    expect(lines.some((l) => l.startsWith("t.yaml:15: targets[1].tolerance:"))).toBe(true);
    expect(lines.some((l) => l.startsWith("t.yaml:17: targets[1].trust:"))).toBe(true);
    const dup = text.replace("colour: red", "weight: 1").replace("tokens_per_banana", "top_decile_output_ratio").replace("tolerance: 0", "tolerance: 1").replace("trust: Q", "trust: H");
    expect(problems(dup)).toEqual(['t.yaml:11: targets[1].id: duplicate target id "X1"']);
    expect(problems("name: x\ntargets: [")[0]).toMatch(/^t\.yaml:2: /);
    expect(problems("- a\n- b")[0]).toMatch(/^t\.yaml:1: a targets file must be a mapping/);
  });
});

describe("tokensim calibrate: bad input exits 2 and writes nothing", () => {
  const cases: [string, (dir: string) => string[], RegExp][] = [
    ["an unknown parameter path", () => ["--params", "response.elasticity,population.nonsense"], /tokensim: --params population\.nonsense: unknown parameter/],
    ["--max-evals 0", () => ["--max-evals", "0"], /tokensim: --max-evals: expected an integer from 1/],
  ];
  for (const [what, extra, message] of cases) {
    it(what, () => {
      const dir = tempDir();
      const out = join(dir, "out");
      const args = extra(dir);
      const r = tokensim(["calibrate", SCENARIO, "--out", out, "--quiet", ...(args.includes("--targets") ? [] : ["--targets", TARGETS]), ...args]);
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    });
  }
  it("reports the FILE:LINE of a targets problem", () => {
    const dir = tempDir();
    const bad = join(dir, "bad.yaml");
    const text = readFileSync(TARGETS, "utf8");
    writeFileSync(bad, text.replace("    tolerance: 0.15\n", "    tolerance: 0.15\n    tolerence: 0.2\n"));
    const line = text.slice(0, text.indexOf("    tolerance: 0.15\n")).split("\n").length + 1;
    const r = tokensim(["calibrate", SCENARIO, "--targets", bad, "--out", join(dir, "out"), "--quiet"]);
    expect(r.stderr).toContain(`${bad}:${line}: targets[1].tolerence: unknown field`);
  });
});

describe("tokensim calibrate: a small run", () => {
  it("writes calibration.csv, fitted-scenario.yaml (readable by run), calibration.svg and calibration-report.html", () => {
    const out = join(tempDir(), "cal");
    const r = tokensim(["calibrate", SCENARIO, "--targets", TARGETS, "--params", "response.elasticity,population.demandSigma",
      "--max-evals", "4", "--replicates", "1", "--developers", "600", "--out", out, "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(out);
    const csv = readFileSync(join(out, "calibration.csv"), "utf8").split("\n");
    expect(csv[0]).toBe(CALIBRATION_COLUMNS.join(","));
    expect(csv.filter((l) => l !== "").length).toBe(1 + readTargetsFile(TARGETS).targets.length);
    const fitted = readScenarioFile(join(out, "fitted-scenario.yaml"));
    expect(fitted.name).toBe("status-quo");
    const text = readFileSync(join(out, "fitted-scenario.yaml"), "utf8");
    expect(text).toMatch(/# fitted by tokensim calibrate [^\n]*\n# objective /);
    expect(text.match(/fitted by tokensim calibrate/g)).toHaveLength(1); // the shipped fit's provenance is replaced, not stacked
    expect(readFileSync(join(out, "calibration.svg"), "utf8")).toMatch(/^<svg/);
    expect(readFileSync(join(out, "calibration-report.html"), "utf8")).toContain("Targets at the fitted values");
  });
});

describe("run --targets: validation files", () => {
  it("adds calibration.svg and a validation section comparing every target with the run", async () => {
    const out = join(tempDir(), "run");
    await runScenarioToFolder({ file: join(ROOT, "scenarios/amazon-quota.yaml"), out, developers: 800, replicates: 2 });
    const targets = readTargetsFile(TARGETS);
    const files = validationFiles(readRunFolder(out), targets);
    expect(files.has("calibration.svg")).toBe(true);
    expect(files.has("decomposition.svg")).toBe(true);
    const html = files.get("report.html")!;
    expect(html).toContain("Validation against published figures");
    for (const t of targets.targets) expect(html).toContain(`<td>${t.id}</td>`);
    expect(html).not.toContain("NaN");
  });
});
