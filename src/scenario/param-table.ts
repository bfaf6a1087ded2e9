// Every model and policy parameter as data (path, default, unit, limits, plausible range, source), read from
// the same schema declarations the validator uses: the source of docs/MODEL.md's tables and of sensitivity ranges.
import type { z } from "zod";
import { POLICY_SCHEMAS, policyType } from "./policy-schemas.js";
import { scenarioSchema } from "./schema.js";

export interface ParamRow {
  /** Dotted path in a scenario file, e.g. "population.demandSigma" or "leaderboard.topShare" for a policy. */
  path: string;
  default: number | boolean | string;
  unit: string;
  description: string;
  source: string;
  min?: number;
  max?: number;
  plausible?: [number, number];
}

type Meta = Partial<ParamRow> & { default?: unknown };

function def(schema: z.ZodType): { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> } {
  return (schema as unknown as { _zod: { def: never } })._zod.def;
}

/** Descriptions carry their unit as " [unit]" for editors; tables have a unit column of their own. */
function stripUnit(description: string, unit: string | undefined): string {
  const suffix = ` [${unit}]`;
  return unit !== undefined && description.endsWith(suffix) ? description.slice(0, -suffix.length) : description;
}

function walk(schema: z.ZodType, path: string[], out: ParamRow[]): void {
  const d = def(schema);
  const meta = (schema.meta() ?? {}) as Meta;
  if (meta.unit !== undefined || (d.type === "default" && def(d.innerType!).type === "boolean")) {
    out.push({
      path: path.join("."),
      default: meta.default as number,
      unit: meta.unit ?? "true/false",
      description: stripUnit(meta.description ?? "", meta.unit),
      source: meta.source ?? "",
      ...(meta.min !== undefined ? { min: meta.min } : {}),
      ...(meta.max !== undefined ? { max: meta.max } : {}),
      ...(meta.plausible ? { plausible: meta.plausible } : {}),
    });
    return;
  }
  if (d.type === "object") {
    for (const [key, child] of Object.entries(d.shape!)) walk(child, [...path, key], out);
  } else if (d.innerType) {
    walk(d.innerType, path, out);
  }
}

/** Model parameters (population, adoption, proficiency, response, economics, measurement) and run settings. */
export function modelParamRows(): ParamRow[] {
  const out: ParamRow[] = [];
  for (const [key, child] of Object.entries(def(scenarioSchema as unknown as z.ZodType).shape ?? (scenarioSchema as unknown as { shape: Record<string, z.ZodType> }).shape)) {
    if (key !== "arms") walk(child, [key], out);
  }
  return out;
}

/** Parameters of each policy, with paths "<type>.<field>". */
export function policyParamRows(): ParamRow[] {
  const out: ParamRow[] = [];
  for (const schema of POLICY_SCHEMAS) walk(schema as z.ZodType, [policyType(schema)], out);
  return out.filter((r) => !r.path.endsWith(".type"));
}

const fmt = (x: unknown) => (typeof x === "number" ? (Math.abs(x) >= 1e5 ? x.toExponential().replace("e+", "e") : String(x)) : String(x));

/** A Markdown table of parameter rows. */
export function paramTableMarkdown(rows: readonly ParamRow[]): string {
  const lines = ["| parameter | default | unit | limits | plausible range | meaning | source |", "|---|---|---|---|---|---|---|"];
  for (const r of rows) {
    const limits = r.min !== undefined || r.max !== undefined ? `${r.min !== undefined ? fmt(r.min) : "−∞"} … ${r.max !== undefined ? fmt(r.max) : "∞"}` : "";
    const plausible = r.plausible ? `${fmt(r.plausible[0])} … ${fmt(r.plausible[1])}` : "";
    lines.push(`| \`${r.path}\` | ${fmt(r.default)} | ${r.unit} | ${limits} | ${plausible} | ${r.description} | ${r.source} |`);
  }
  return lines.join("\n") + "\n";
}

/** Replaces the text between `<!-- params:NAME -->` and `<!-- /params:NAME -->` in a document with a table. */
export function withParamTable(doc: string, name: string, table: string): string {
  const open = `<!-- params:${name} -->`, close = `<!-- /params:${name} -->`;
  const a = doc.indexOf(open), b = doc.indexOf(close);
  if (a < 0 || b < a) throw new Error(`markers for params:${name} not found`);
  return doc.slice(0, a + open.length) + "\n" + table + doc.slice(b);
}
