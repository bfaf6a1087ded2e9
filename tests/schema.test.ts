// The committed scenarios/scenario.schema.json must equal what `tokensim schema` generates from the zod
// definitions, carry every parameter's description, unit, default and range, and accept every shipped
// scenario (and refuse what the validator refuses field by field).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it, vi } from "vitest";
import { schemaCommand } from "../src/cli/schema.js";
import { parse as parseYaml } from "yaml";
import { scenarioJsonSchema, scenarioJsonSchemaText } from "../src/scenario/json-schema.js";

const ROOT = join(import.meta.dirname, "..");
const SCHEMA_FILE = join(ROOT, "scenarios", "scenario.schema.json");

function compile() {
  // The .meta() fields (unit, source, plausible, min, max) are annotations: declared so strict mode accepts them.
  const ajv = new Ajv({ strict: true, allErrors: true });
  ajv.addVocabulary(["unit", "source", "plausible", "min", "max"]);
  return ajv.compile(scenarioJsonSchema());
}

type Node = { properties?: Record<string, Node>; [k: string]: unknown };

describe("scenario JSON Schema", () => {
  it("scenarios/scenario.schema.json is fresh (regenerate: node dist/cli/main.js schema > scenarios/scenario.schema.json)", () => {
    expect(readFileSync(SCHEMA_FILE, "utf8")).toBe(scenarioJsonSchemaText());
  });

  it("is draft-07 and every parameter carries description, unit, default and its limits", () => {
    const s = scenarioJsonSchema() as Node;
    expect(s.$schema).toBe("http://json-schema.org/draft-07/schema#");
    const sigma = s.properties!.population.properties!.demandSigma;
    expect(sigma).toMatchObject({ type: "number", default: 1.319, minimum: 0, maximum: 4, unit: "log tokens" });
    expect(sigma.description).toMatch(/lognormal sigma/);
    const share = s.properties!.adoption.properties!.initialActiveShare;
    expect(share).toMatchObject({ default: 0.5, minimum: 0, maximum: 1, plausible: [0.3, 0.7] });
    const developers = s.properties!.population.properties!.developers;
    expect(developers).toMatchObject({ type: "integer", default: 10000, minimum: 1 });
    // Every numeric leaf under the model groups has a description, a unit and a default.
    for (const group of ["population", "adoption", "proficiency", "response", "economics", "measurement"]) {
      const walk = (n: Node, path: string) => {
        if (n.type === "number" || n.type === "integer") {
          expect(n.description, path).toBeTypeOf("string");
          expect(n.unit, path).toBeTypeOf("string");
          expect(n.default, path).toBeTypeOf("number");
          expect(n.minimum ?? n.exclusiveMinimum ?? n.maximum, `${path} has a limit`).toBeTypeOf("number");
        }
        for (const [k, child] of Object.entries(n.properties ?? {})) walk(child, `${path}.${k}`);
      };
      walk(s.properties![group], group);
    }
  });

  it("accepts every shipped scenario", () => {
    const validate = compile();
    const files = readdirSync(join(ROOT, "scenarios")).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const doc = parseYaml(readFileSync(join(ROOT, "scenarios", f), "utf8"));
      expect(validate(doc), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("refuses unknown fields, out-of-range values and unknown policy types", () => {
    const validate = compile();
    const ok = { name: "x", arms: [{ name: "a", policies: [{ type: "none" }] }] };
    expect(validate(ok)).toBe(true);
    expect(validate({ ...ok, population: { demandSigma: 5 } })).toBe(false);
    expect(validate({ ...ok, population: { demandSigmaa: 1 } })).toBe(false);
    expect(validate({ ...ok, arms: [{ name: "a", policies: [{ type: "bribery" }] }] })).toBe(false);
    expect(validate({ arms: ok.arms })).toBe(false);
  });

  it("`tokensim schema` prints it", async () => {
    let out = "";
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
    try {
      await (schemaCommand.handler as (a: object) => void | Promise<void>)({});
    } finally {
      spy.mockRestore();
    }
    expect(out).toBe(scenarioJsonSchemaText());
  });
});
