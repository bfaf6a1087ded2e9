// Fuzzing the scenario front door: random and mutated documents and texts either validate (and then run to
// finite numbers) or are rejected with UserError lines naming file, line and field — never another error.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { UserError } from "../src/errors.js";
import { simulate } from "../src/model/simulate.js";
import { parseScenarioText, readScenarioFile } from "../src/scenario/read.js";
import { scenarioSchema, type Scenario } from "../src/scenario/schema.js";
import { tempDir } from "./helpers/cli.js";
import { createPolicies } from "../src/policies/registry.js";

const FILE = "fuzz.yaml";
let cases = 0;

/** Validates a text; on success runs a shrunken copy and checks every number is finite. */
function frontDoor(text: string): "accepted" | "rejected" {
  cases++;
  let s: Scenario;
  try {
    s = parseScenarioText(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    for (const line of (e as UserError).lines) {
      expect(line.startsWith(`${FILE}:`), line).toBe(true);
      expect(line).not.toMatch(/\n/);
    }
    return "rejected";
  }
  const small = scenarioSchema.parse({ ...s, weeks: Math.min(s.weeks, 6), population: { ...s.population, developers: Math.min(s.population.developers, 60) } });
  const run = simulate(small, createPolicies);
  for (const arm of run.arms) {
    for (const w of arm.weeks) for (const v of Object.values(w)) expect(Number.isFinite(v)).toBe(true);
    for (const v of Object.values(arm.headline).flat()) expect(Number.isFinite(v)).toBe(true);
  }
  return "accepted";
}

const VALID = {
  name: "fuzz",
  seed: 3,
  weeks: 8,
  population: { developers: 50, teamSize: 6, demandSigma: 1.2 },
  adoption: { initialActiveShare: 0.5 },
  economics: { priceDeclinePerYear: 0.2 },
  arms: [
    { name: "a", policies: [{ type: "none" }] },
    { name: "b", policies: [{ type: "adoption-quota", target: 0.8 }, { type: "leaderboard", topK: 3, detection: { enabled: true } }] },
    { name: "c", policies: [{ type: "salary-budget", salaryFraction: 0.5 }] },
  ],
};

/** Paths into VALID, to mutate. */
const PATHS: (string | number)[][] = [
  ["name"], ["seed"], ["weeks"], ["population"], ["population", "developers"], ["population", "teamSize"], ["population", "demandSigma"],
  ["adoption", "initialActiveShare"], ["economics", "priceDeclinePerYear"], ["arms"], ["arms", 0], ["arms", 0, "name"], ["arms", 1, "policies"],
  ["arms", 1, "policies", 0, "target"], ["arms", 1, "policies", 1, "topK"], ["arms", 1, "policies", 1, "detection", "enabled"], ["arms", 2, "policies", 0, "type"],
];

const weird = fc.oneof(
  fc.constantFrom(null, true, false, "", "NaN", "Infinity", "-Infinity", ".nan", "1e999", -1, 0, 1, 1e308, -1e308, 2 ** 53, 0.5, "0.8", [], {}, [1, 2], { x: 1 }),
  fc.double(),
  fc.integer(),
  fc.string(),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.integer(), { maxKeys: 3 }),
);

function mutate(doc: unknown, path: (string | number)[], value: unknown, mode: "set" | "delete" | "extra"): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let cur: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) cur = cur[p] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (mode === "set") cur[last] = value;
  else if (mode === "delete") delete cur[last];
  else if (cur[last] !== null && typeof cur[last] === "object" && !Array.isArray(cur[last])) (cur[last] as Record<string, unknown>).unknownFieldXyz = value;
  return copy;
}

describe("fuzzing the scenario front door", () => {
  it("accepts the unmutated document", () => expect(frontDoor(stringify(VALID))).toBe("accepted"));

  it("handles mutated documents: wrong types, missing and extra fields, extreme numbers", () => {
    fc.assert(
      fc.property(fc.constantFrom(...PATHS), weird, fc.constantFrom("set", "delete", "extra") as fc.Arbitrary<"set" | "delete" | "extra">, (path, value, mode) => {
        frontDoor(stringify(mutate(VALID, path, value, mode)));
      }),
      { numRuns: 600, seed: 42 },
    );
  });

  it("handles arbitrary JSON values as documents", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => { frontDoor(JSON.stringify(v)); }), { numRuns: 300, seed: 43 });
  });

  it("handles corrupted texts: truncation, byte flips, random insertions", () => {
    const text = stringify(VALID);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 6 }), fc.constantFrom("truncate", "insert", "replace"), (at, s, how) => {
        const t = how === "truncate" ? text.slice(0, at) : how === "insert" ? text.slice(0, at) + s + text.slice(at) : text.slice(0, at) + s + text.slice(at + s.length);
        frontDoor(t);
      }),
      { numRuns: 400, seed: 44 },
    );
  });

  it("rejects hostile YAML: alias bombs, custom tags, deep nesting, duplicate keys, huge arrays", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 8 }, (_, k) => `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [*${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}]`), "name: x", "arms: [{name: a}]"].join("\n");
    expect(frontDoor(bomb)).toBe("rejected");
    expect(frontDoor("name: !!js/function 'function(){}'\narms: [{name: a}]\n")).toBe("rejected");
    expect(frontDoor("name: !include /etc/passwd\narms: [{name: a}]\n")).toBe("rejected");
    expect(frontDoor("name: x\narms: [{name: a}]\nq: " + "[".repeat(5000) + "]".repeat(5000) + "\n")).toBe("rejected");
    expect(frontDoor("name: x\nname: x\narms: [{name: a}]\n")).toBe("rejected");
    expect(frontDoor(`name: x\narms: [${Array.from({ length: 100_000 }, (_, k) => `{name: a${k}}`).join(",")}]\n`)).toBe("rejected");
    expect(frontDoor("name: x\nweeks: 1e999\narms: [{name: a}]\n")).toBe("rejected");
  });

  it("rejects invalid UTF-8 and files that are not text", () => {
    const dir = tempDir();
    const file = join(dir, "bad.yaml");
    writeFileSync(file, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    expect(() => readScenarioFile(file)).toThrow(/not valid UTF-8/);
    expect(() => readScenarioFile(dir)).toThrow(/is a directory/);
  });

  it(`ran at least 1,000 cases`, () => {
    expect(cases).toBeGreaterThanOrEqual(1000);
  });
});
