// Parameter paths into a scenario (src/scenario/paths.ts), as sweep --set, sensitivity --params and calibrate use them.
import { describe, expect, it } from "vitest";
import { getAt, pathSegments, setAt } from "../src/scenario/paths.js";

describe("parameter paths", () => {
  it("split dots and array indices into segments, indices as numbers", () => {
    expect(pathSegments("arms[1].policies[0].target")).toEqual(["arms", 1, "policies", 0, "target"]);
    expect(pathSegments("population.levels.junior.share")).toEqual(["population", "levels", "junior", "share"]);
  });

  it("read a value, or undefined when the path leaves the object", () => {
    const s = { arms: [{ policies: [] }, { policies: [{ target: 0.8 }] }] };
    expect(getAt(s, pathSegments("arms[1].policies[0].target"))).toBe(0.8);
    expect(getAt(s, pathSegments("arms[0].policies[0].target"))).toBeUndefined();
    expect(getAt(s, pathSegments("arms[1].policies[0].target.more"))).toBeUndefined();
  });

  it("set a value in place, creating missing groups", () => {
    const s: Record<string, unknown> = { response: { elasticity: 0.5 }, arms: [{ policies: [{ target: 0.8 }] }] };
    setAt(s, pathSegments("response.elasticity"), 0.7);
    setAt(s, pathSegments("arms[0].policies[0].target"), 0.9);
    setAt(s, pathSegments("measurement.windowWeeks"), 4);
    expect(s).toEqual({ response: { elasticity: 0.7 }, arms: [{ policies: [{ target: 0.9 }] }], measurement: { windowWeeks: 4 } });
  });
});
