// A targets file: published figures with how tokensim computes each (its metric), how far off is acceptable
// (tolerance) and how much it counts in a fit (weight). Format documented at the top of
// scenarios/targets/published.yaml. Every problem is reported as FILE:LINE: path: message; unknown fields are errors.
import { z } from "zod";
import { UserError } from "../errors.js";
import { formatPath } from "../scenario/validate.js";
import { parseYamlSource, readTextFile } from "../scenario/yaml-source.js";
import { isMetric, METRIC_NAMES, type MetricName } from "./metrics.js";

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

const targetSchema = z.strictObject({
  id: z.string().regex(ID, "must be 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"),
  definition: z.string().min(1).max(2000),
  metric: z.string().refine(isMetric, { message: `unknown metric; one of ${METRIC_NAMES.join(", ")}` }),
  value: z.number().refine(Number.isFinite, "must be a finite number"),
  tolerance: z.number().gt(0, "must be > 0").refine(Number.isFinite, "must be a finite number"),
  source: z.string().min(1).max(2000),
  trust: z.enum(["H", "M", "L"]),
  weight: z.number().min(0).max(1000).default(1),
  note: z.string().max(2000).default(""),
});

export const targetsSchema = z
  .strictObject({
    name: z.string().regex(ID, "must be 1-40 letters, digits, '.', '_' or '-', starting with a letter or digit"),
    description: z.string().max(4000).default(""),
    targets: z.array(targetSchema).min(1).max(200),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.targets.forEach((x, i) => {
      if (seen.has(x.id)) ctx.addIssue({ code: "custom", path: ["targets", i, "id"], message: `duplicate target id "${x.id}"` });
      seen.add(x.id);
    });
  });

export type Target = Omit<z.output<typeof targetSchema>, "metric"> & { metric: MetricName };
export interface Targets {
  name: string;
  description: string;
  targets: Target[];
  /** The file it came from. */
  file: string;
}

export function parseTargetsText(text: string, file: string): Targets {
  const src = parseYamlSource(text, file);
  if (src.data === null || typeof src.data !== "object" || Array.isArray(src.data)) {
    throw new UserError(`${file}:1: a targets file must be a mapping with name and targets (see scenarios/targets/published.yaml)`);
  }
  const parsed = targetsSchema.safeParse(src.data);
  if (!parsed.success) {
    throw new UserError(parsed.error.issues.flatMap((issue) => {
      const path = issue.path as (string | number)[];
      if (issue.code === "unrecognized_keys") {
        return issue.keys.map((k) => `${file}:${src.lineOf([...path, k])}: ${formatPath([...path, k])}: unknown field (check its spelling)`);
      }
      return [`${file}:${src.lineOf(path)}: ${formatPath(path)}: ${issue.message.replace(/^Invalid input: /, "")}`];
    }));
  }
  return { ...(parsed.data as Omit<Targets, "file">), file };
}

export function readTargetsFile(file: string): Targets {
  return parseTargetsText(readTextFile(file, "targets file"), file);
}
