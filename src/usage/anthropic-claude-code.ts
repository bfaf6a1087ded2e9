// Anthropic Claude Code usage report (GET /v1/organizations/usage_report/claude_code): one record per actor
// per UTC day, with `model_breakdown[]` holding tokens {input, output, cache_read, cache_creation} and
// `estimated_cost` {currency, amount in minor units (cents)} per model. The user is the actor's email
// address (user_actor) or API key name (api_actor).
import { At, isObject, parseTime, utcDay, type JsonObject } from "./fields.js";
import { pagingWarnings, readPage, type Page } from "./pages.js";
import { emptyParsed, type ParsedUsage, type Problems } from "./types.js";

const TOP = ["data", "has_more", "next_page"];
const RECORD = [
  "date", "actor", "organization_id", "customer_type", "terminal_type", "subscription_type", "core_metrics",
  "tool_actions", "model_breakdown",
];
const BREAKDOWN = ["model", "tokens", "estimated_cost"];
const TOKENS = ["input", "output", "cache_read", "cache_creation"];
const COST = ["currency", "amount"];

/** Minor currency units per USD. */
const CENTS = 100;

function actorId(at: At, rec: JsonObject): string | null {
  const actor = at.object(rec, "actor");
  if (!actor) return null;
  const a = at.child("actor");
  if (actor.type === "user_actor") {
    a.knownFields(actor, ["type", "email_address"]);
    const email = a.string(actor, "email_address");
    return email === null ? null : `user:${email.toLowerCase()}`;
  }
  if (actor.type === "api_actor") {
    a.knownFields(actor, ["type", "api_key_name"]);
    const key = a.string(actor, "api_key_name");
    return key === null ? null : `api:${key}`;
  }
  a.child("type").fail(`must be "user_actor" or "api_actor", got ${JSON.stringify(actor.type ?? null)}`);
  return null;
}

export function parseClaudeCode(files: readonly string[], problems: Problems): ParsedUsage {
  const out = emptyParsed("actor (email address or API key name)");
  const pages: Page[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const page = readPage(file, "anthropic-claude-code", TOP, problems);
    if (!page) continue;
    pages.push(page);
    page.data.forEach((rec, i) => {
      const at = new At(file, `data[${i}]`, problems);
      if (!isObject(rec)) return at.fail("must be an object (one actor's usage on one day)");
      const before = problems.count;
      at.knownFields(rec, RECORD, " (check --format: not a Claude Code usage record field)");
      const user = actorId(at, rec);
      const dateValue = rec.date;
      const t = typeof dateValue === "string" ? parseTime(dateValue) : NaN;
      if (Number.isNaN(t)) at.child("date").fail(`must be a UTC date (YYYY-MM-DD), got ${JSON.stringify(dateValue ?? null)}`);
      const breakdown = at.array(rec, "model_breakdown") ?? [];
      let input = 0, output = 0, cacheRead = 0, cacheWrite = 0, cost = 0, costed = false;
      breakdown.forEach((m, j) => {
        const mat = at.child("model_breakdown").child(j);
        if (!isObject(m)) return mat.fail("must be an object with model, tokens and estimated_cost");
        mat.knownFields(m, BREAKDOWN);
        mat.string(m, "model");
        const tokens = mat.object(m, "tokens");
        if (tokens) {
          const tat = mat.child("tokens");
          tat.knownFields(tokens, TOKENS);
          input += tat.count(tokens, "input");
          output += tat.count(tokens, "output");
          cacheRead += tat.count(tokens, "cache_read", true);
          cacheWrite += tat.count(tokens, "cache_creation", true);
        }
        const ec = mat.object(m, "estimated_cost", false);
        if (ec) {
          const cat = mat.child("estimated_cost");
          cat.knownFields(ec, COST);
          if (ec.currency !== "USD") cat.child("currency").fail(`only USD costs are supported, got ${JSON.stringify(ec.currency ?? null)}`);
          cost += cat.amount(ec, "amount") / CENTS;
          costed = true;
        }
      });
      if (problems.count > before || user === null || Number.isNaN(t)) return;
      const day = utcDay(t);
      const key = `${user}\u0000${day}`;
      const prev = seen.get(key);
      if (prev !== undefined) return at.fail(`duplicate record for the same actor and day as ${prev} (same page given twice?)`);
      seen.set(key, `${file}: data[${i}]`);
      out.coveredDays.add(day);
      out.records.push({ user, day, input, output, cacheRead, cacheWrite, costUsd: costed ? cost : null });
    });
  }
  out.warnings.push(...pagingWarnings(pages));
  return out;
}
