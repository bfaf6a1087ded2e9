// A known population of AI users and its usage exports in every supported format, for the import-usage tests.
// Each user's mean weekly tokens is drawn lognormal(mu, sigma); each week they are active with probability
// pWeek, and an active week's tokens (scaled so the expected weekly mean is the user's) are spread over a few
// random days and one or two models. Seeded with seedrandom; the same seed gives the same bytes.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import seedrandom from "seedrandom";

export interface FixtureOptions {
  users?: number;
  zeroUsers?: number;
  weeks?: number;
  mu?: number;
  sigma?: number;
  pWeek?: number;
  seed?: string;
  /** First Monday (UTC). */
  start?: string;
}

export interface DayUsage {
  user: number;
  day: string;
  model: "claude-sonnet-4-5" | "claude-haiku-4-5";
  input: number;
  output: number;
  cacheRead: number;
  cacheWrite: number;
  costUsd: number;
}

export interface Population {
  opts: Required<FixtureOptions>;
  /** Drawn mean weekly tokens per user (0 for zero users). */
  means: number[];
  usage: DayUsage[];
  days: string[];
  /** Ground truth from `usage`: per user mean weekly tokens over all weeks, active share per week. */
  truth: { meanWeekly: number[]; weeklyActiveShareAll: number; weeklyActiveShareSeenNonZero: number; mix: { input: number; output: number; cacheRead: number; cacheWrite: number } };
}

const PRICES = {
  "claude-sonnet-4-5": { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
  "claude-haiku-4-5": { input: 1, output: 5, cacheRead: 0.1, cacheWrite: 1.25 },
} as const;

const MIX = { input: 0.05, output: 0.08, cacheRead: 0.82, cacheWrite: 0.05 };
const DAY_MS = 86_400_000;

function normal(rng: () => number): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function makePopulation(o: FixtureOptions = {}): Population {
  const opts: Required<FixtureOptions> = {
    users: o.users ?? 300, zeroUsers: o.zeroUsers ?? 30, weeks: o.weeks ?? 8, mu: o.mu ?? Math.log(30e6), sigma: o.sigma ?? 1.2,
    pWeek: o.pWeek ?? 0.85, seed: o.seed ?? "usage-fixture", start: o.start ?? "2026-01-05",
  };
  const rng = seedrandom(opts.seed);
  const startMs = Date.parse(`${opts.start}T00:00:00Z`);
  const days = Array.from({ length: opts.weeks * 7 }, (_, i) => new Date(startMs + i * DAY_MS).toISOString().slice(0, 10));
  const means: number[] = [];
  const usage: DayUsage[] = [];
  const weeklyActive = new Array<number>(opts.weeks).fill(0);
  for (let u = 0; u < opts.users; u++) {
    const zero = u >= opts.users - opts.zeroUsers;
    const mean = zero ? 0 : Math.exp(opts.mu + opts.sigma * normal(rng));
    means.push(mean);
    if (zero) continue;
    for (let w = 0; w < opts.weeks; w++) {
      if (rng() >= opts.pWeek) continue;
      weeklyActive[w]++;
      const noise = Math.exp(0.3 * normal(rng) - 0.045);
      const weekTokens = (mean * noise) / opts.pWeek;
      // 1-5 working days, sometimes a weekend day too.
      const nDays = 1 + Math.floor(rng() * 5);
      const chosen = new Set<number>();
      while (chosen.size < nDays) chosen.add(Math.floor(rng() * 5));
      if (rng() < 0.15) chosen.add(5 + Math.floor(rng() * 2));
      const weights = [...chosen].map(() => 0.2 + rng());
      const total = weights.reduce((a, b) => a + b, 0);
      [...chosen].forEach((d, k) => {
        const dayTokens = (weekTokens * weights[k]) / total;
        const models: DayUsage["model"][] = rng() < 0.3 ? ["claude-sonnet-4-5", "claude-haiku-4-5"] : ["claude-sonnet-4-5"];
        const split = models.length === 2 ? [0.7, 0.3] : [1];
        models.forEach((model, mi) => {
          const t = dayTokens * split[mi];
          const rec = {
            input: Math.round(t * MIX.input), output: Math.round(t * MIX.output),
            cacheRead: Math.round(t * MIX.cacheRead), cacheWrite: Math.round(t * MIX.cacheWrite),
          };
          const p = PRICES[model];
          const costUsd = (rec.input * p.input + rec.output * p.output + rec.cacheRead * p.cacheRead + rec.cacheWrite * p.cacheWrite) / 1e6;
          usage.push({ user: u, day: days[w * 7 + d], model, ...rec, costUsd });
        });
      });
    }
  }
  usage.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.user - b.user));
  const meanWeekly = new Array<number>(opts.users).fill(0);
  const mix = { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 };
  for (const r of usage) {
    meanWeekly[r.user] += (r.input + r.output + r.cacheRead + r.cacheWrite) / opts.weeks;
    mix.input += r.input; mix.output += r.output; mix.cacheRead += r.cacheRead; mix.cacheWrite += r.cacheWrite;
  }
  const activeWeeks = weeklyActive.reduce((a, b) => a + b, 0) / opts.weeks;
  const nonZeroSeen = meanWeekly.filter((m) => m > 0).length;
  return {
    opts, means, usage, days,
    truth: { meanWeekly, weeklyActiveShareAll: activeWeeks / opts.users, weeklyActiveShareSeenNonZero: activeWeeks / nonZeroSeen, mix },
  };
}

export const email = (u: number) => `dev${u}@example.com`;

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tokensim-${prefix}-`));
  mkdirSync(dir, { recursive: true });
  return dir;
}

function writePages(dir: string, name: string, pages: unknown[]): string[] {
  return pages.map((p, i) => {
    const file = join(dir, `${name}-${String(i).padStart(3, "0")}.json`);
    writeFileSync(file, JSON.stringify(p, null, 1));
    return file;
  });
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out.length ? out : [[]];
}

/** Claude Code usage report: one request per day (the API's unit), pages of `limit` records. */
export function claudeCodeExport(pop: Population, dir: string, limit = 100): string[] {
  const pages: unknown[] = [];
  for (const [di, day] of pop.days.entries()) {
    const byUser = new Map<number, DayUsage[]>();
    for (const r of pop.usage) if (r.day === day) byUser.set(r.user, [...(byUser.get(r.user) ?? []), r]);
    // Zero users show up with an empty breakdown on the first and last day (they opened Claude Code, used nothing).
    if (di === 0 || di === pop.days.length - 1) for (let u = pop.opts.users - pop.opts.zeroUsers; u < pop.opts.users; u++) byUser.set(u, []);
    const records = [...byUser.entries()].map(([u, rs]) => ({
      date: day,
      actor: u % 10 === 9 ? { type: "api_actor", api_key_name: `ci-key-${u}` } : { type: "user_actor", email_address: email(u) },
      organization_id: "org-1",
      customer_type: "api",
      terminal_type: "vscode",
      core_metrics: { num_sessions: rs.length, lines_of_code: { added: 10, removed: 2 }, commits_by_claude_code: 0, pull_requests_by_claude_code: 0 },
      tool_actions: { edit_tool: { accepted: 1, rejected: 0 } },
      model_breakdown: rs.map((r) => ({
        model: r.model,
        tokens: { input: r.input, output: r.output, cache_read: r.cacheRead, cache_creation: r.cacheWrite },
        estimated_cost: { currency: "USD", amount: Math.round(r.costUsd * 100 * 1000) / 1000 },
      })),
    }));
    const parts = chunk(records, limit);
    parts.forEach((data, i) => pages.push({ data, has_more: i < parts.length - 1, next_page: i < parts.length - 1 ? `page-${di}-${i + 1}` : null }));
  }
  return writePages(dir, "claude-code", pages);
}

/** Anthropic messages usage report, 1d buckets grouped by api_key_id and model, `bucketsPerPage` a page. */
export function messagesExport(pop: Population, dir: string, bucketsPerPage = 7): string[] {
  const buckets = pop.days.map((day) => {
    const results = pop.usage.filter((r) => r.day === day).map((r) => ({
      uncached_input_tokens: r.input,
      cache_creation: { ephemeral_5m_input_tokens: r.cacheWrite - Math.floor(r.cacheWrite / 4), ephemeral_1h_input_tokens: Math.floor(r.cacheWrite / 4) },
      cache_read_input_tokens: r.cacheRead,
      output_tokens: r.output,
      server_tool_use: { web_search_requests: 0 },
      api_key_id: `apikey_${String(r.user).padStart(4, "0")}`,
      workspace_id: null,
      model: r.model,
      service_tier: "standard",
      context_window: "0-200k",
    }));
    const end = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().replace(".000", "");
    return { starting_at: `${day}T00:00:00Z`, ending_at: end, results };
  });
  const parts = chunk(buckets, bucketsPerPage);
  return writePages(dir, "messages", parts.map((data, i) => ({ data, has_more: i < parts.length - 1, next_page: i < parts.length - 1 ? `p${i + 1}` : null })));
}

/** OpenAI completions usage, 1d buckets grouped by user_id and model; input_tokens include cached ones. */
export function openAiExport(pop: Population, dir: string, bucketsPerPage = 7): string[] {
  const buckets = pop.days.map((day) => {
    const start = Date.parse(`${day}T00:00:00Z`) / 1000;
    const results = pop.usage.filter((r) => r.day === day).map((r) => ({
      object: "organization.usage.completions.result",
      input_tokens: r.input + r.cacheWrite + r.cacheRead,
      output_tokens: r.output,
      input_cached_tokens: r.cacheRead,
      input_audio_tokens: 0,
      output_audio_tokens: 0,
      num_model_requests: 1 + (r.output % 7),
      project_id: null,
      user_id: `user-${r.user}`,
      api_key_id: null,
      model: r.model === "claude-sonnet-4-5" ? "gpt-5" : "gpt-5-mini",
      batch: null,
    }));
    return { object: "bucket", start_time: start, end_time: start + 86400, results };
  });
  const parts = chunk(buckets, bucketsPerPage);
  return writePages(dir, "openai", parts.map((data, i) => ({ object: "page", data, has_more: i < parts.length - 1, next_page: i < parts.length - 1 ? `p${i + 1}` : null })));
}

/** Plain CSV, zero users included with zero rows on the first and last day. */
export function csvExport(pop: Population, dir: string): string[] {
  const lines = ["user,date,input_tokens,output_tokens,cache_read_tokens,cost_usd,cache_write_tokens"];
  for (const r of pop.usage) lines.push(`${email(r.user)},${r.day},${r.input},${r.output},${r.cacheRead},${r.costUsd.toFixed(6)},${r.cacheWrite}`);
  for (let u = pop.opts.users - pop.opts.zeroUsers; u < pop.opts.users; u++) {
    lines.push(`${email(u)},${pop.days[0]},0,0,0,0,0`, `${email(u)},${pop.days[pop.days.length - 1]},0,0,0,,0`);
  }
  const half = Math.floor(lines.length / 2);
  const a = join(dir, "usage-a.csv");
  const b = join(dir, "usage-b.csv");
  writeFileSync(a, lines.slice(0, half).join("\n") + "\n");
  writeFileSync(b, [lines[0], ...lines.slice(half)].join("\n") + "\n");
  return [a, b];
}
