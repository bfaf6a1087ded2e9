// The delivery layer's parameters: from authored change to reviewed, merged, working change (docs/MODEL.md
// §3.3, "Delivery"). Each team reviews its own change with its reviewers' hours (population.levels.*.reviewShare);
// review clears a backlog first in first out, catches fewer defects as it gets busier, and escaped defects
// come back as incidents and churn that take the team's authoring time in later weeks.
// Units: an output unit is the organisation's mean weekly output of one developer without AI; a size unit is
// the size of one output unit of human-written change; hours are working hours.
import { z } from "zod";
import { group, num, share } from "./param.js";

export const deliverySchema = group(
  {
    enabled: z.boolean().default(true).meta({
      description: "Whether change goes through review, quality and rework; off, merged change equals authored change",
      unit: "true/false",
      default: true,
      source: "model brief: leaders ship reviewed, merged, working change",
    }),
    reviewHoursPerSizeUnit: num(1.5, { min: 0, max: 1000 }, {
      description: "Reviewer hours to review one size unit of change at full thoroughness",
      unit: "hours/size unit",
      source: "assumption: ~2.5 hours of review for a developer's week of human change, with its defects, so a team's review runs at about two thirds of its capacity without AI (engineers spend roughly 10-20% of their time on review)",
      plausible: [0.5, 4],
    }),
    reviewHoursPerDefect: num(0.5, { min: 0, max: 1000 }, {
      description: "Extra reviewer hours per defect in the change reviewed (finding, discussing)",
      unit: "hours/defect",
      source: "assumption",
      plausible: [0.1, 2],
    }),
    defectsPerOutputUnit: num(2, { min: 0, max: 1000 }, {
      description: "Defects in one output unit of human-written change",
      unit: "defects/output unit",
      source: "assumption: with the defaults, a base change failure rate near 0.08 (most teams: 5-15% of deployments, DORA 2024); the calibration targets are ratios (calibration-targets.md table 1b)",
      plausible: [0.5, 5],
    }),
    changesPerOutputUnit: num(4, { min: 0, exclusiveMin: true, max: 1000 }, {
      description: "Changes (pull requests) in one output unit: the grain at which review returns change and failures are counted",
      unit: "changes/output unit",
      source: "assumption: a developer merges about 3-5 pull requests a week",
      plausible: [2, 8],
    }),
    aiSizeFactor: num(8.55, { min: 1, max: 100 }, {
      description: "Size of one output unit of AI-made change relative to human-written change, at zero AI proficiency",
      unit: "factor",
      source: "fitted by tokensim calibrate to Q2: AI-assisted pull requests ~2.6x larger (LinearB 2026 benchmarks), docs/MODEL.md §4",
      plausible: [1.5, 20],
    }),
    aiDefectFactor: num(4.907, { min: 1, max: 100 }, {
      description: "Defects in one output unit of AI-made change relative to human-written change, at zero AI proficiency",
      unit: "factor",
      source: "fitted by tokensim calibrate to Q1: ~1.7x the review findings per pull request (CodeRabbit 2025-12), docs/MODEL.md §4",
      plausible: [1, 8],
    }),
    proficiencyQualityGain: share(0.5, {
      description: "Share of the AI size and defect factors' excess over 1 that full AI proficiency removes (linear in proficiency)",
      source: "assumption: proficient users prompt for smaller, checked change",
      plausible: [0, 0.9],
    }),
    sameWeekReviewShare: share(0.5, {
      description: "Share of a week's authored change that can be reviewed in the week it is authored (the rest waits at least a week)",
      source: "assumption: change arrives through the week; typical pull-request cycle times are a few days (LinearB 2026 benchmarks)",
      plausible: [0.2, 0.8],
    }),
    maxReviewStretch: num(1.5, { min: 1, max: 10 }, {
      description: "Most reviewers stretch their review time to, as a multiple of their review share, when the queue needs it",
      unit: "factor",
      source: "assumption",
      plausible: [1, 2.5],
    }),
    skimElasticity: num(0.5, { min: 0, max: 10 }, {
      description: "When the queue needs more hours than stretched capacity, reviewers skim: hours per unit and the catch share scale by (stretched capacity / hours needed)^skimElasticity (0: never skim, the backlog grows; 1: clear everything, skimming)",
      unit: "elasticity",
      source: "assumption: an overloaded team rubber-stamps rather than letting the queue grow without end",
      plausible: [0, 1],
    }),
    catchAtNoLoad: share(0.85, {
      description: "Share of a change's defects that review catches when reviewers have nothing else queued",
      source: "assumption: reviews and inspections find about 60% of defects at typical load (McConnell, Code Complete 2nd ed., 2004)",
      plausible: [0.5, 0.95],
    }),
    rushSensitivity: num(1.499, { min: 0, max: 100 }, {
      description: "How fast thoroughness falls with review load: catch share = catchAtNoLoad / (1 + rushSensitivity x load), load = hours needed / capacity",
      unit: "1/utilisation",
      source: "fitted by tokensim calibrate (docs/MODEL.md §4), with Q1-Q3: an overloaded reviewer catches less",
      plausible: [0, 1.5],
    }),
    reReviewShare: share(0.3, {
      description: "Review hours a returned change needs again, as a share of its first review",
      source: "assumption",
      plausible: [0.1, 0.6],
    }),
    fixHoursPerCaughtDefect: num(0.5, { min: 0, max: 1000 }, {
      description: "Author hours to fix a defect review caught (taken as rework)",
      unit: "hours/defect",
      source: "assumption",
      plausible: [0.1, 2],
    }),
    incidentsPerEscapedDefect: share(0.4, {
      description: "Share of escaped defects that become incidents (the rest come back as churn)",
      source: "assumption: see defectsPerOutputUnit",
      plausible: [0.1, 0.7],
    }),
    aiDefectIncidentFactor: share(0.00001584, {
      description: "Incidents per escaped defect of the defects that are AI-made change's excess, relative to other defects (review findings on AI change are more often shallow)",
      source: "fitted by tokensim calibrate to Q3 with Q1: AI pull requests carry 1.7x the findings (CodeRabbit) while incidents per PR rose ~23.5% for ~20% more PRs (Cortex), docs/MODEL.md §4",
      plausible: [0, 1],
    }),
    hoursPerIncident: num(8, { min: 0, max: 10000 }, {
      description: "Team hours an incident costs (detection, fix, review, follow-up), taken as rework",
      unit: "hours/incident",
      source: "assumption: about a developer-day",
      plausible: [2, 40],
    }),
    churnHoursPerDefect: num(2, { min: 0, max: 10000 }, {
      description: "Team hours to change again code with an escaped defect that did not cause an incident (churn), taken as rework",
      unit: "hours/defect",
      source: "assumption",
      plausible: [0.5, 8],
    }),
    reworkPayoffPerWeek: share(0.5, {
      description: "Share of the team's outstanding rework hours worked off each week (the stock decays at this rate)",
      unit: "1/week",
      source: "assumption: most rework is done within a few weeks",
      plausible: [0.2, 1],
    }),
    maxReworkShare: share(0.5, {
      description: "Most of a team's authoring time that rework may take in a week",
      source: "assumption",
      plausible: [0.2, 0.8],
    }),
    perceivedHoursSavedMax: num(4.354, { min: 0, max: 168 }, {
      description: "Hours a week an active AI user feels AI saves them, at full activity",
      unit: "hours/week",
      source: "fitted to P1: developers report saving ~3.6-4 hours a week, flat through 2025 (DX AI-assisted engineering reports, Q2-Q4 2025)",
      plausible: [2, 8],
    }),
    perceptionHalfTokens: num(2e6, { min: 0, exclusiveMin: true, max: 1e12 }, {
      description: "Useful tokens a week at which the felt saving is half its largest (activity, not proficiency, drives it)",
      unit: "tokens/week",
      source: "assumption: the felt saving saturates at light use (P1 stayed flat while use grew)",
      plausible: [0.5e6, 20e6],
    }),
  },
  "Delivery: review capacity, quality, rework and perceived gain",
);

export type DeliveryParams = z.output<typeof deliverySchema>;
