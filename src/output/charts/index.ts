// Every chart of a run, computed from its tables: pure (same tables → same bytes). File names are a contract
// (the report, `chart DIR` and readers link to them). A new chart is one file exporting its draw and finding
// functions, and one entry here.
import type { RunTables } from "../tables.js";
import { activeShareChart, activeShareFinding } from "./active-share.js";
import { cumulativeCostChart, cumulativeCostFinding } from "./cumulative-cost.js";
import { decompositionChart, decompositionFinding } from "./decomposition.js";
import { lorenzChart, lorenzFinding } from "./lorenz-tokens.js";
import { outputByWeekChart, outputByWeekFinding } from "./output-by-week.js";
import { policyFrontierChart, policyFrontierFinding } from "./policy-frontier.js";
import { tokensByWeekChart, tokensByWeekFinding } from "./tokens-by-week.js";
import { tokensVsOutputChart, tokensVsOutputFinding } from "./tokens-vs-output.js";

export interface Chart {
  file: string;
  title: string;
  /** One sentence for the report: what this run's chart shows, with its figures. */
  finding: string;
  /** One sentence for the report: how to read the chart. */
  howToRead: string;
  svg: string;
}

export interface ChartSpec {
  file: string;
  title: string;
  howToRead: string;
  draw: (t: RunTables) => string;
  finding: (t: RunTables) => string;
}

export const RUN_CHARTS: readonly ChartSpec[] = [
  { file: "tokens-by-week.svg", title: "Tokens per week, useful vs wasted", draw: tokensByWeekChart, finding: tokensByWeekFinding,
    howToRead: "Height is tokens per week; the orange-red band on top is waste, so a taller band means more tokens burned for nothing." },
  { file: "cumulative-cost.svg", title: "Cumulative cost", draw: cumulativeCostChart, finding: cumulativeCostFinding,
    howToRead: "Each line is the money spent so far on tokens, seats and programmes; the end of a line is the arm's total cost; dotted lines are token budgets." },
  { file: "output-by-week.svg", title: "Output with and without AI", draw: outputByWeekChart, finding: outputByWeekFinding,
    howToRead: "Coloured lines are output with AI, the grey line the same developers without it; the gap between them is what AI buys." },
  { file: "tokens-vs-output.svg", title: "Tokens against output per developer", draw: tokensVsOutputChart, finding: tokensVsOutputFinding,
    howToRead: "Each dot is a developer; a steep cloud means tokens buy output, a flat one that heavy users mostly burn tokens. The box splits the top decile's output lead into a causal part (AI) and a selection part (they were already more productive)." },
  { file: "lorenz-tokens.svg", title: "Concentration of token use", draw: lorenzChart, finding: lorenzFinding,
    howToRead: "The further a curve bends below the diagonal, the more tokens are concentrated in a few heavy users." },
  { file: "active-share.svg", title: "Measured vs genuine weekly-active share", draw: activeShareChart, finding: activeShareFinding,
    howToRead: "Solid is what a dashboard shows, dashed is genuine use; the shaded gap is activity manufactured by the policy; dotted lines are quota targets." },
  { file: "policy-frontier.svg", title: "Policy frontier", draw: policyFrontierChart, finding: policyFrontierFinding,
    howToRead: "Each dot is an arm: further right costs more, higher buys more output; an arm up and to the left of another beats it." },
  { file: "decomposition.svg", title: "The headline ratios taken apart", draw: decompositionChart, finding: decompositionFinding,
    howToRead: "Left: the top decile's tokens as a multiple of the median's, blue useful and red wasted. Right (log scale): their output lead, orange the part they had without AI (selection) and green what AI adds (causal); observed = causal × selection." },
];

export function renderCharts(tables: RunTables): Chart[] {
  return RUN_CHARTS.map((c) => ({ file: c.file, title: c.title, howToRead: c.howToRead, finding: c.finding(tables), svg: c.draw(tables) }));
}
