import { describe, expect, it } from "vitest";
import { createPopulation, levelCounts } from "../src/model/population.js";
import { streamFor } from "../src/random/stream.js";
import { makeScenario } from "./helpers/scenario.js";

describe("levelCounts", () => {
  it("splits exactly n by the shares", () => {
    expect(levelCounts(10, [0.25, 0.4, 0.25, 0.1])).toEqual([3, 4, 2, 1]); // remainders tie: lower level first
    const counts = levelCounts(10_001, [0.25, 0.4, 0.25, 0.1]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_001);
    expect(counts[1]).toBe(4001); // 4000.4: the largest remainder takes the spare developer
  });
});

describe("createPopulation", () => {
  const s = makeScenario({ population: { developers: 50_000, lowDemandShare: 0 } });
  const pop = createPopulation(s.population, s.adoption.demandFitElasticity, streamFor("pop-test"));

  it("has base output with organisation mean ~1", () => {
    let mean = 0;
    for (const b of pop.baseOutput) mean += b / pop.size;
    expect(Math.abs(mean - 1)).toBeLessThan(0.02);
  });

  it("has genuine demand with the configured median and log-spread", () => {
    const logs = Array.from(pop.demand, Math.log).sort((a, b) => a - b);
    const median = Math.exp(logs[logs.length >> 1]);
    expect(Math.abs(median / s.population.demandMedianTokens - 1)).toBeLessThan(0.03);
    const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / logs.length);
    expect(Math.abs(sd - s.population.demandSigma)).toBeLessThan(0.03);
  });

  it("correlates demand with output without AI within a level (selection)", () => {
    // Within mid-level developers the log-correlation is the configured one.
    const xs: number[] = [], ys: number[] = [];
    for (let i = 0; i < pop.size; i++) if (pop.level[i] === 1) { xs.push(Math.log(pop.demand[i])); ys.push(Math.log(pop.baseOutput[i])); }
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
    let sxy = 0, sxx = 0, syy = 0;
    xs.forEach((x, k) => { sxy += (x - mx) * (ys[k] - my); sxx += (x - mx) ** 2; syy += (ys[k] - my) ** 2; });
    expect(Math.abs(sxy / Math.sqrt(sxx * syy) - s.population.demandOutputCorrelation)).toBeLessThan(0.03);
  });

  it("pays more at higher levels and keeps traits in (0, 1)", () => {
    const medianSalary = (lvl: number) => {
      const v = [...pop.salary].filter((_, i) => pop.level[i] === lvl).sort((a, b) => a - b);
      return v[v.length >> 1];
    };
    expect(medianSalary(0)).toBeLessThan(medianSalary(1));
    expect(medianSalary(2)).toBeLessThan(medianSalary(3));
    for (const t of [pop.conformity, pop.competitiveness, pop.gaming]) for (const x of t) expect(x > 0 && x < 1).toBe(true);
  });

  it("puts every developer in a team of at most teamSize", () => {
    expect(Math.max(...pop.teamSize)).toBeLessThanOrEqual(s.population.teamSize);
    expect(pop.teamSize.reduce((a, b) => a + b, 0)).toBe(pop.size);
  });
});
