// `tokensim import-usage`: parse provider usage exports, aggregate to tokens per user per ISO week, fit a
// lognormal and produce the files to write. Pure apart from reading the input files; nothing is written here.
import { UserError } from "../errors.js";
import { toCsv } from "../output/csv.js";
import type { Row } from "../output/rows.js";
import { summarise, type UsageSummary } from "./aggregate.js";
import { parseClaudeCode } from "./anthropic-claude-code.js";
import { parseAnthropicMessages } from "./anthropic-messages.js";
import { parseUsageCsv } from "./csv.js";
import { fitLognormal, type LognormalFit } from "./fit.js";
import { parseOpenAiCompletions } from "./openai-completions.js";
import { buildOverlay, fitCsv, fitRows, overlayYaml, type Overlay } from "./overlay.js";
import { DEFAULT_SALT, pseudonym } from "./pseudonym.js";
import { Problems, type ParsedUsage, type UsageFormat } from "./types.js";

const PARSERS: Record<UsageFormat, (files: readonly string[], p: Problems) => ParsedUsage> = {
  "anthropic-claude-code": parseClaudeCode,
  "anthropic-messages": parseAnthropicMessages,
  "openai-completions": parseOpenAiCompletions,
  csv: parseUsageCsv,
};

export interface ImportOptions {
  format: UsageFormat;
  salt?: string;
}

export interface ImportResult {
  summary: UsageSummary;
  fit: LognormalFit;
  overlay: Overlay;
  warnings: string[];
  /** name -> content, for writeFolderAtomically. */
  files: Map<string, string>;
  /** Lines for stdout. */
  report: string[];
}

export const USER_COLUMNS = ["user", "mean_weekly_tokens", "active_weeks", "active_days", "tokens", "cost_usd"] as const;
export const WEEK_COLUMNS = ["week", "monday", "active_users", "users_seen", "active_share", "tokens"] as const;

export function parseUsage(files: readonly string[], format: UsageFormat): ParsedUsage {
  const problems = new Problems();
  if (files.length === 0) throw new UserError("import-usage: name at least one export file");
  const parsed = PARSERS[format](files, problems);
  problems.throwIfAny();
  return parsed;
}

export function importUsage(files: readonly string[], opts: ImportOptions): ImportResult {
  const parsed = parseUsage(files, opts.format);
  const where = files.length === 1 ? files[0] : `${files.length} files`;
  if (parsed.records.length === 0) throw new UserError(`${where}: no usage records (an empty export?)`);
  const summary = summarise(parsed.records, parsed.coveredDays);
  if (summary.activeUsers === 0) throw new UserError(`${where}: no user has any tokens in the weeks used (${summary.firstDay}..${summary.lastDay}); nothing to fit`);
  const fit = fitLognormal(summary.users.map((u) => u.meanWeeklyTokens));
  const overlay = buildOverlay(summary, fit);
  const warnings = [...parsed.warnings];
  if (summary.partialWeeksOnly) warnings.push("the export holds no whole ISO week (Mon-Sun): weekly figures come from partial weeks and understate weekly use");
  const salt = opts.salt ?? DEFAULT_SALT;

  const users: Row[] = summary.users
    .map((u) => ({
      user: pseudonym(u.user, salt),
      mean_weekly_tokens: u.meanWeeklyTokens,
      active_weeks: u.activeWeeks,
      active_days: u.activeDays,
      tokens: u.tokens,
      cost_usd: u.costUsd ?? "",
    }))
    .sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
  const weeks: Row[] = summary.weeks.map((w) => ({
    week: w.label,
    monday: w.monday,
    active_users: w.activeUsers,
    users_seen: summary.usersSeen,
    active_share: w.activeUsers / summary.usersSeen,
    tokens: w.tokens,
  }));
  const out = new Map<string, string>([
    ["usage-fit.csv", fitCsv(fitRows(summary, fit, overlay, opts.format))],
    ["overlay.yaml", overlayYaml(overlay, summary, fit, opts.format, files.length)],
    ["users.csv", toCsv(USER_COLUMNS, users)],
    ["weekly.csv", toCsv(WEEK_COLUMNS, weeks)],
  ]);

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const m = (x: number) => `${(x / 1e6).toPrecision(3)}M`;
  const report = [
    `${opts.format}: ${parsed.records.length} records, ${summary.firstDay}..${summary.lastDay}, ${summary.weeks.length} ISO week${summary.weeks.length === 1 ? "" : "s"} used; user = ${parsed.userKey}`,
    `users seen ${summary.usersSeen}, active ${summary.activeUsers}; weekly-active share ${pct(summary.weeklyActiveShare)} (last week ${pct(summary.lastWeekActiveShare)})`,
    `weekly tokens per active user: median ${m(summary.medianWeeklyTokens)}, top decile ${m(summary.topDecileWeeklyTokens)}, ratio ${summary.topDecileRatio.toFixed(2)}x`,
    `token mix: input ${pct(overlay.economics.inputShare)}, output ${pct(overlay.economics.outputShare)}, cache read ${pct(overlay.economics.cacheReadShare)}, cache write ${pct(overlay.economics.cacheWriteShare)}`,
    summary.cost
      ? `cost $${summary.cost.usd.toFixed(2)}: $${(summary.cost.activeDays > 0 ? summary.cost.usd / summary.cost.activeDays : 0).toFixed(2)} per active day (median user $${summary.cost.medianPerActiveDayUsd.toFixed(2)}), blended $${(summary.cost.tokens > 0 ? (summary.cost.usd / summary.cost.tokens) * 1e6 : 0).toFixed(3)}/M tokens`
      : "cost: none in this export",
    `lognormal fit (n=${fit.n}): mu ${fit.mu.toFixed(3)}, sigma ${fit.sigma.toFixed(3)}, median ${m(fit.median)}/week, KS D ${fit.ksD.toFixed(3)} (5% line ${fit.ksCritical5.toFixed(3)})`,
    `overlay: demandMedianTokens ${overlay.population.demandMedianTokens} (median / 0.6, an assumption), demandSigma ${overlay.population.demandSigma}, initialActiveShare ${overlay.adoption.initialActiveShare}`,
  ];
  return { summary, fit, overlay, warnings, files: out, report };
}
