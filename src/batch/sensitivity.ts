// A sensitivity analysis as batch units: the design's points (scaled to each parameter's range) applied to
// the scenario. Rebuilt from the settings alone, so `merge` of shards rebuilds exactly the same units.
import type { Scenario } from "../scenario/schema.js";
import { applyPoint, type SensitivitySettings } from "../sensitivity/params.js";
import { designFor, pointValues } from "../sensitivity/plan.js";
import type { Unit } from "./plan.js";

export function sensitivityUnits(base: Scenario, file: string, s: SensitivitySettings): Unit[] {
  const values = pointValues(s, designFor(s));
  return values.map((v, point) => ({
    scenario: applyPoint(base, s.params, v),
    file,
    point,
    params: Object.fromEntries(s.params.map((p, i) => [p.name, v[i]])),
  }));
}
