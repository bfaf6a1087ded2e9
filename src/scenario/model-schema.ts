// The model's parameters: population, adoption, proficiency, output response, economics, measurement.
// Every field has a default, a unit and a source or stated assumption (see docs/MODEL.md).
import { z } from "zod";
import { LEVELS, type Level } from "./levels.js";
import { group, num, share } from "./param.js";

interface LevelDefaults {
  share: number;
  salaryMedianUsd: number;
  baseOutput: number;
  initialProficiency: number;
  learningRate: number;
  aiGainMultiplier: number;
  reviewShare: number;
}

function levelGroup(level: Level, d: LevelDefaults) {
  return group(
    {
      share: share(d.share, {
        description: `Share of developers who are ${level} (shares are normalised to sum to 1)`,
        source: "assumption: a typical pyramid of 25% junior, 40% mid, 25% senior, 10% staff",
        plausible: [d.share * 0.5, Math.min(1, d.share * 1.5)],
      }),
      salaryMedianUsd: num(d.salaryMedianUsd, { min: 0 }, {
        description: `Median annual salary of a ${level} developer`,
        unit: "USD/year",
        source: "BLS OEWS 15-1252: US median $130,160 (May 2023), p90 above $208,000; spread across levels by assumption",
        plausible: [d.salaryMedianUsd * 0.7, d.salaryMedianUsd * 1.5],
      }),
      baseOutput: num(d.baseOutput, { min: 0, exclusiveMin: true }, {
        description: `Relative output without AI of a ${level} developer before normalisation (the organisation's mean is rescaled to 1)`,
        unit: "output units/week (relative)",
        source: "assumption: output rises with level, less than salary does",
        plausible: [d.baseOutput * 0.8, d.baseOutput * 1.2],
      }),
      initialProficiency: share(d.initialProficiency, {
        description: `AI proficiency of a ${level} developer at the start (1 = full)`,
        source: "assumption: juniors start lower (brief); tuned with the calibration",
        plausible: [Math.max(0.05, d.initialProficiency - 0.2), Math.min(1, d.initialProficiency + 0.2)],
      }),
      learningRate: num(d.learningRate, { min: 0, max: 1 }, {
        description: `Weekly share of the gap to full proficiency a ${level} developer closes at full genuine use`,
        unit: "1/week",
        source: "assumption: juniors gain faster (Cui, Demirer et al. 2025: larger effects for short-tenure developers)",
        plausible: [d.learningRate * 0.5, d.learningRate * 2],
      }),
      aiGainMultiplier: num(d.aiGainMultiplier, { min: 0 }, {
        description: `Multiplier on the relative output gain from AI for a ${level} developer`,
        unit: "factor",
        source: "Cui, Demirer et al., Management Science 2025: larger gains for juniors and short-tenure developers",
        plausible: [d.aiGainMultiplier * 0.7, d.aiGainMultiplier * 1.3],
      }),
      reviewShare: share(d.reviewShare, {
        description: `Share of a ${level} developer's week set aside for reviewing the team's change (the team's review capacity; hours used come out of their authoring)`,
        source: "assumption: review is mostly senior and staff work; engineers spend roughly 10-20% of their time on code review",
        plausible: d.reviewShare > 0 ? [d.reviewShare * 0.5, Math.min(1, d.reviewShare * 1.5)] : [0, 0.05],
      }),
    },
    `Parameters of ${level} developers`,
  );
}

export const populationSchema = group(
  {
    developers: num(10000, { min: 1, max: 5_000_000, int: true }, {
      description: "Number of developers in the organisation",
      unit: "developers",
      source: "assumption: a mid-sized engineering organisation",
      plausible: [500, 20000],
    }),
    teamSize: num(8, { min: 1, max: 1000, int: true }, {
      description: "Developers per team (the last team takes the remainder)",
      unit: "developers",
      source: "model brief: teams of ~6-10 developers",
      plausible: [5, 12],
    }),
    levels: group(
      {
        junior: levelGroup("junior", { share: 0.25, salaryMedianUsd: 105000, baseOutput: 0.7, initialProficiency: 0.35, learningRate: 0.06, aiGainMultiplier: 1.4, reviewShare: 0 }),
        mid: levelGroup("mid", { share: 0.4, salaryMedianUsd: 135000, baseOutput: 1.0, initialProficiency: 0.5, learningRate: 0.04, aiGainMultiplier: 1.1, reviewShare: 0.05 }),
        senior: levelGroup("senior", { share: 0.25, salaryMedianUsd: 175000, baseOutput: 1.25, initialProficiency: 0.55, learningRate: 0.03, aiGainMultiplier: 0.9, reviewShare: 0.2 }),
        staff: levelGroup("staff", { share: 0.1, salaryMedianUsd: 230000, baseOutput: 1.4, initialProficiency: 0.55, learningRate: 0.025, aiGainMultiplier: 0.8, reviewShare: 0.25 }),
      },
      "Career levels",
    ),
    salarySigma: num(0.2, { min: 0, max: 2 }, {
      description: "Log-scale spread of salary within a level (lognormal sigma)",
      unit: "log USD",
      source: "assumption: BLS p90/median ~1.6 across all levels, less within one",
      plausible: [0.1, 0.35],
    }),
    baseOutputSigma: num(0.4, { min: 0, max: 2 }, {
      description: "Log-scale spread of individual output without AI within a level (lognormal sigma)",
      unit: "log output",
      source: "assumption: wide individual productivity differences among developers",
      plausible: [0.2, 0.6],
    }),
    demandMedianTokens: num(24e6, { min: 0 }, {
      description: "Median genuine token demand: tokens a week a developer would spend on real work at full proficiency",
      unit: "tokens/week",
      source: "calibrated so the median active user uses ~32M tokens/week (Jellyfish via Business Insider, 2026-05-07)",
      plausible: [20e6, 150e6],
    }),
    demandSigma: num(1.319, { min: 0, max: 4 }, {
      description: "Log-scale spread of genuine token demand (lognormal sigma): the heavy tail",
      unit: "log tokens",
      source: "fitted by tokensim calibrate to J1-J3, R1, C1, A1 (docs/MODEL.md §4): top-decile/median tokens ~10x (Jellyfish, 2026)",
      plausible: [0.7, 1.5],
    }),
    demandOutputCorrelation: num(0.6051, { min: -1, max: 1 }, {
      description: "Correlation between log genuine demand and log output without AI (selection: strong engineers use more)",
      unit: "correlation",
      source: "fitted by tokensim calibrate (docs/MODEL.md §4): selection explains part of the top decile's 2x output",
      plausible: [0.1, 0.7],
    }),
    lowDemandShare: share(0.2, {
      description: "Share of developers whose work AI helps little: their genuine demand is scaled by lowDemandFactor",
      source: "assumption: about half of developers did not use AI weekly without a mandate (A1: ~70% had tried it by 2026-01)",
      plausible: [0, 0.4],
    }),
    lowDemandFactor: num(0.03, { min: 0, max: 1 }, {
      description: "Multiplier on the genuine demand of low-demand developers",
      unit: "factor",
      source: "assumption: below a quota's 1M-token activity threshold at typical proficiency",
      plausible: [0.01, 0.2],
    }),
    conformityMean: share(0.5, {
      description: "Mean conformity: how strongly a developer responds to mandates",
      source: "assumption",
      plausible: [0.3, 0.7],
    }),
    competitivenessMean: share(0.3, {
      description: "Mean competitiveness: how strongly a developer responds to rankings",
      source: "assumption",
      plausible: [0.15, 0.5],
    }),
    gamingMean: share(0.25, {
      description: "Mean gaming propensity: willingness to burn tokens on nothing to meet a metric",
      source: "assumption; reports of 'tokenmaxxing' at Amazon and Meta (2025-2026)",
      plausible: [0.1, 0.5],
    }),
    traitSpread: num(1.0, { min: 0, max: 5 }, {
      description: "Spread of traits across developers (sd on the logit scale)",
      unit: "logit sd",
      source: "assumption",
      plausible: [0.5, 1.5],
    }),
    workDifficultySigma: num(0.5, { min: 0, max: 3 }, {
      description: "Log-scale spread across developers of how hard their work is for AI: a lognormal multiplier (median 1) on the checking cost",
      unit: "log factor",
      source: "assumption: AI slows some developers on hard work in mature code (METR 2025: experienced open-source developers 19% slower)",
      plausible: [0, 1],
    }),
    maxTokensPerWeek: num(3e9, { min: 0, exclusiveMin: true }, {
      description: "Most tokens one developer can run in a week (agents running around the clock)",
      unit: "tokens/week",
      source: "assumption: ~5,000 tokens/s around the clock; covers the $250k/year budget at ~$1.8/M",
      plausible: [1e9, 10e9],
    }),
  },
  "The developer population",
);

export const adoptionSchema = group(
  {
    initialActiveShare: share(0.5, {
      description: "Share of developers actively using AI in week 0",
      source: "assumption: about half of developers use AI coding tools weekly in 2026",
      plausible: [0.3, 0.7],
    }),
    innovationPerYear: num(0.01025, { min: 0, max: 52 }, {
      description: "Bass innovation rate: adoption hazard independent of colleagues",
      unit: "1/year",
      source: "fitted by tokensim calibrate (docs/MODEL.md §4), from Sultan, Farley & Lehmann 1990 (p ~0.03 for durables)",
      plausible: [0.01, 0.3],
    }),
    imitationPerYear: num(0.1002, { min: 0, max: 52 }, {
      description: "Bass imitation rate: adoption hazard per unit of the team's active share",
      unit: "1/year",
      source: "fitted by tokensim calibrate (docs/MODEL.md §4), from Sultan, Farley & Lehmann 1990 (q ~0.38); spread through colleagues (Microsoft 2026 rollout study)",
      plausible: [0.1, 2],
    }),
    demandFitElasticity: num(0.5, { min: 0, max: 3 }, {
      description: "Elasticity of the adoption hazard (and of the chance of being an early user) to genuine demand relative to the median, capped at 1",
      unit: "elasticity",
      source: "assumption: those whose work AI helps more try it sooner",
      plausible: [0, 1],
    }),
    lapseRatePerWeek: num(0.02, { min: 0, max: 1 }, {
      description: "Weekly probability that an active user who gains nothing stops using AI",
      unit: "1/week",
      source: "assumption",
      plausible: [0.005, 0.1],
    }),
    gainToStay: num(0.08, { min: 0, exclusiveMin: true }, {
      description: "Relative output gain at or above which a user never lapses on their own",
      unit: "relative gain",
      source: "assumption",
      plausible: [0.05, 0.4],
    }),
    readoptionFactor: num(0.5, { min: 0, max: 1 }, {
      description: "Adoption hazard of a lapsed user relative to one who never tried",
      unit: "factor",
      source: "assumption",
      plausible: [0.2, 1],
    }),
  },
  "Adoption and lapsing",
);

export const proficiencySchema = group(
  {
    learningTokens: num(30e6, { min: 0, exclusiveMin: true }, {
      description: "Useful tokens a week at which learning runs at the level's full rate",
      unit: "tokens/week",
      source: "assumption: about the median user's weekly use",
      plausible: [10e6, 100e6],
    }),
    decayPerWeek: num(0.02, { min: 0, max: 1 }, {
      description: "Weekly share of proficiency above the floor lost while not using AI",
      unit: "1/week",
      source: "assumption",
      plausible: [0.005, 0.05],
    }),
    floor: share(0.1, {
      description: "Proficiency never falls below this",
      source: "assumption",
      plausible: [0.05, 0.2],
    }),
  },
  "AI proficiency: the learning curve",
);

export const responseSchema = group(
  {
    elasticity: num(0.7514, { min: 0, exclusiveMin: true, max: 3 }, {
      description: "Elasticity of the output gain to proficiency-weighted useful tokens at low use (Hill exponent)",
      unit: "elasticity",
      source: "fitted by tokensim calibrate (docs/MODEL.md §4): the cross-sectional 10x tokens for 2x output implies 0.30 overall, of which part is selection",
      plausible: [0.3, 0.9],
    }),
    maxGain: num(1.5, { min: 0 }, {
      description: "Largest relative output gain AI can give (attention and review ceiling)",
      unit: "relative gain",
      source: "assumption: output at most 2.5x without AI",
      plausible: [0.8, 3],
    }),
    halfSaturationTokens: num(220e6, { min: 0, exclusiveMin: true }, {
      description: "Proficiency-weighted useful tokens a week that give half the largest gain",
      unit: "tokens/week",
      source: "calibrated with R1: +26% completed tasks from access (Cui, Demirer et al. 2025)",
      plausible: [100e6, 1000e6],
    }),
    tokenNoiseSigma: num(0.35, { min: 0, max: 3 }, {
      description: "Week-to-week log-scale noise in a developer's useful tokens",
      unit: "log tokens",
      source: "assumption",
      plausible: [0.1, 0.6],
    }),
    outputNoiseSigma: num(0.3, { min: 0, max: 3 }, {
      description: "Week-to-week log-scale noise in output (the same draw for output with and without AI)",
      unit: "log output",
      source: "assumption",
      plausible: [0.1, 0.5],
    }),
    checkingCost: num(0.6, { min: 0, max: 100 }, {
      description: "Hours of prompting, checking and fixing AI output per hour AI saves, at zero proficiency and median work difficulty (falls linearly to 0 at full proficiency); above 1, AI makes the developer slower",
      unit: "hours/hour saved",
      source: "assumption: METR 2025 (experienced developers 19% slower with early-2025 tools while feeling faster)",
      plausible: [0.5, 2],
    }),
    wasteHoursPerMTokens: num(0.01, { min: 0 }, {
      description: "Working hours lost per million wasted tokens (starting and minding runs for show)",
      unit: "hours/M tokens",
      source: "assumption: 100M wasted tokens cost about an hour",
      plausible: [0.002, 0.05],
    }),
    hoursPerWeek: num(40, { min: 1, max: 168 }, {
      description: "Working hours in a week",
      unit: "hours/week",
      source: "convention",
    }),
  },
  "Output response to tokens",
);

export const economicsSchema = group(
  {
    inputUsdPerM: num(3, { min: 0 }, { description: "List price of uncached input tokens", unit: "USD/M tokens", source: "Anthropic Sonnet 4.x list price, 2025", plausible: [1, 5] }),
    outputUsdPerM: num(15, { min: 0 }, { description: "List price of output tokens", unit: "USD/M tokens", source: "Anthropic Sonnet 4.x list price, 2025", plausible: [5, 25] }),
    cacheReadUsdPerM: num(0.3, { min: 0 }, { description: "Price of cache-read input tokens", unit: "USD/M tokens", source: "providers' price pages: ~0.1x input", plausible: [0.1, 0.5] }),
    cacheWriteUsdPerM: num(3.75, { min: 0 }, { description: "Price of cache-write input tokens", unit: "USD/M tokens", source: "Anthropic: 1.25x input for 5-minute cache writes", plausible: [1.25, 6.25] }),
    inputShare: share(0.05, { description: "Share of tokens that are uncached input", source: "assumption: agentic coding is mostly cache reads; blend tuned to ~$13/active day (Claude Code cost docs)", plausible: [0.02, 0.15] }),
    outputShare: share(0.08, { description: "Share of tokens that are output", source: "assumption, as above", plausible: [0.03, 0.15] }),
    cacheReadShare: share(0.82, { description: "Share of tokens that are cache reads", source: "assumption, as above", plausible: [0.6, 0.9] }),
    cacheWriteShare: share(0.05, { description: "Share of tokens that are cache writes", source: "assumption, as above", plausible: [0.02, 0.1] }),
    priceDeclinePerYear: num(0, { min: 0, max: 0.99 }, {
      description: "Yearly fall in token prices (0.3 = 30% cheaper after a year, compounding weekly)",
      unit: "share/year",
      source: "assumption: 0 by default (list prices held)",
      plausible: [0, 0.5],
    }),
    seatUsdPerMonth: num(30, { min: 0 }, {
      description: "Per-seat licence cost for each adopted developer",
      unit: "USD/month",
      source: "assumption: typical business seat prices of AI coding tools ($19-$40/month)",
      plausible: [0, 100],
    }),
    outputValueUsd: num(0, { min: 0 }, {
      description: "Value of one output unit; 0 = the salary cost of that output (total weekly salary / total base output)",
      unit: "USD/output unit",
      source: "model brief: output gain valued at the salary cost of that output",
    }),
    activeDaysPerWeek: num(5, { min: 1, max: 7 }, {
      description: "Working days in a week, for cost per active day",
      unit: "days/week",
      source: "convention",
    }),
  },
  "Prices and costs",
);

export const measurementSchema = group(
  {
    activeThresholdTokens: num(1e6, { min: 0 }, {
      description: "Tokens in a week at or above which the dashboard counts a developer as weekly active",
      unit: "tokens/week",
      source: "assumption: a few real agent sessions",
      plausible: [0.1e6, 5e6],
    }),
    windowWeeks: num(13, { min: 1, max: 1040, int: true }, {
      description: "Weeks at the end of the run over which per-developer ratios are measured",
      unit: "weeks",
      source: "issue 2: the last 13 weeks (a quarter)",
    }),
  },
  "What the dashboards measure",
);

export type PopulationParams = z.output<typeof populationSchema>;
export type AdoptionParams = z.output<typeof adoptionSchema>;
export type ProficiencyParams = z.output<typeof proficiencySchema>;
export type ResponseParams = z.output<typeof responseSchema>;
export type EconomicsParams = z.output<typeof economicsSchema>;
export type MeasurementParams = z.output<typeof measurementSchema>;
