// import-usage on bad input: every problem is a UserError line naming the file, the record and the field,
// and nothing is written. Also the command itself (run in-process through yargs): files written whole.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import yargs from "yargs";
import { importUsageCommand } from "../src/cli/import-usage.js";
import { UserError } from "../src/errors.js";
import { importUsage } from "../src/usage/import.js";
import type { UsageFormat } from "../src/usage/types.js";
import { claudeCodeExport, csvExport, makePopulation, messagesExport, openAiExport, tempDir } from "./helpers/usage-fixture.js";

const pop = makePopulation({ users: 40, zeroUsers: 4, weeks: 2, seed: "errors" });

function errorLines(files: string[], format: UsageFormat): string[] {
  try {
    importUsage(files, { format });
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).lines;
  }
  throw new Error("expected a UserError");
}

/** One messages page named export.json, edited by `edit`. */
function messagesPage(edit: (page: { data: { starting_at: string; ending_at: string; results: Record<string, unknown>[] }[] }) => void): string {
  const dir = tempDir("bad");
  const [first] = messagesExport(pop, dir, 100);
  const page = JSON.parse(readFileSync(first, "utf8"));
  edit(page);
  const file = join(dir, "export.json");
  writeFileSync(file, JSON.stringify(page));
  return file;
}

describe("import-usage rejects bad input with the file, record and field", () => {
  it("a negative token count", () => {
    const file = messagesPage((p) => (p.data[3].results[0].output_tokens = -5));
    expect(errorLines([file], "anthropic-messages")).toEqual([`${file}: data[3].results[0].output_tokens: must be a non-negative integer, got -5`]);
  });

  it("a non-numeric and a fractional token count", () => {
    const file = messagesPage((p) => {
      p.data[1].results[2].cache_read_input_tokens = "12";
      p.data[2].results[0].uncached_input_tokens = 1.5;
    });
    expect(errorLines([file], "anthropic-messages")).toEqual([
      `${file}: data[1].results[2].cache_read_input_tokens: must be a non-negative integer, got "12"`,
      `${file}: data[2].results[0].uncached_input_tokens: must be a non-negative integer, got 1.5`,
    ]);
  });

  it("an unknown field in a record", () => {
    const file = messagesPage((p) => (p.data[0].results[1].tokens_used = 7));
    const lines = errorLines([file], "anthropic-messages");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: data\\[0\\]\\.results\\[1\\]\\.tokens_used: unknown field`));
  });

  it("a bucket that ends before it starts", () => {
    const file = messagesPage((p) => (p.data[4].ending_at = "2026-01-01T00:00:00Z"));
    const lines = errorLines([file], "anthropic-messages");
    expect(lines[0]).toMatch(/export\.json: data\[4\]\.ending_at: must be after starting_at/);
  });

  it("a date that is not a date", () => {
    const file = messagesPage((p) => (p.data[0].starting_at = "2026-02-30T00:00:00Z"));
    expect(errorLines([file], "anthropic-messages")[0]).toMatch(/export\.json: data\[0\]\.starting_at: must be a UTC date \(YYYY-MM-DD\) or an RFC 3339 time, got "2026-02-30T00:00:00Z"/);
  });

  it("a truncated file", () => {
    const dir = tempDir("trunc");
    const [first] = openAiExport(pop, dir, 100);
    const text = readFileSync(first, "utf8");
    writeFileSync(first, text.slice(0, Math.floor(text.length / 2)));
    const lines = errorLines([first], "openai-completions");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/openai-000\.json: (line \d+: )?not valid JSON \(truncated file\?\)/);
  });

  it("the wrong --format", () => {
    const dir = tempDir("fmt");
    const files = claudeCodeExport(pop, dir);
    expect(errorLines(files.slice(0, 1), "openai-completions")[0]).toMatch(/claude-code-000\.json: looks like an anthropic-claude-code export, not openai-completions \(check --format\)/);
    const csv = csvExport(pop, dir);
    expect(errorLines(csv, "anthropic-messages")[0]).toMatch(/usage-a\.csv: not JSON \(a anthropic-messages export is a JSON page starting with '\{'; check --format\)/);
    expect(errorLines(files.slice(0, 1), "csv")[0]).toMatch(/looks like JSON, not CSV \(check --format\)/);
  });

  it("a Claude Code record with a bad actor, a negative cost and a non-USD currency", () => {
    const dir = tempDir("cc-bad");
    const [first] = claudeCodeExport(pop, dir);
    const page = JSON.parse(readFileSync(first, "utf8"));
    page.data[0].actor = { type: "robot", name: "x" };
    page.data[1].model_breakdown[0].estimated_cost = { currency: "EUR", amount: -3 };
    writeFileSync(first, JSON.stringify(page));
    const lines = errorLines([first], "anthropic-claude-code");
    expect(lines).toEqual([
      `${first}: data[0].actor.type: must be "user_actor" or "api_actor", got "robot"`,
      `${first}: data[1].model_breakdown[0].estimated_cost.currency: only USD costs are supported, got "EUR"`,
      `${first}: data[1].model_breakdown[0].estimated_cost.amount: must be a non-negative number, got -3`,
    ]);
  });

  it("OpenAI cached tokens above input tokens", () => {
    const dir = tempDir("oai-bad");
    const [first] = openAiExport(pop, dir, 100);
    const page = JSON.parse(readFileSync(first, "utf8"));
    page.data[2].results[0].input_cached_tokens = page.data[2].results[0].input_tokens + 1;
    writeFileSync(first, JSON.stringify(page));
    expect(errorLines([first], "openai-completions")[0]).toMatch(/data\[2\]\.results\[0\]\.input_cached_tokens: must not exceed input_tokens/);
  });

  it("the same page given twice", () => {
    const dir = tempDir("dup");
    const files = messagesExport(pop, dir, 7);
    const lines = errorLines([files[0], files[0]], "anthropic-messages");
    expect(lines[0]).toMatch(/duplicate result for the same bucket and group/);
  });

  it("CSV: bad cells name the row and column; unknown columns are refused", () => {
    const dir = tempDir("csv-bad");
    const file = join(dir, "usage.csv");
    writeFileSync(file, "user,date,input_tokens,output_tokens,cache_read_tokens,cost_usd\na@x.com,2026-01-05,10,-5,0,0.1\nb@x.com,2026-13-01,1,2,3,abc\n");
    expect(errorLines([file], "csv")).toEqual([
      `${file}: row 1: output_tokens: must be a non-negative integer, got "-5"`,
      `${file}: row 2: date: must be a UTC date (YYYY-MM-DD), got "2026-13-01"`,
      `${file}: row 2: cost_usd: must be a non-negative number or empty, got "abc"`,
    ]);
    writeFileSync(file, "user,date,input_tokens,output_tokens,cache_read_tokens,cost_usd,team\n");
    expect(errorLines([file], "csv")).toEqual([`${file}: "team": unknown column (known: user, date, input_tokens, output_tokens, cache_read_tokens, cost_usd, cache_write_tokens)`]);
  });

  it("a missing file and an export with no usage at all", () => {
    expect(errorLines(["/nonexistent/usage.json"], "anthropic-messages")).toEqual(["/nonexistent/usage.json: cannot read usage export: no such file"]);
    const dir = tempDir("empty");
    const file = join(dir, "empty.json");
    writeFileSync(file, JSON.stringify({ data: [], has_more: false, next_page: null }));
    expect(errorLines([file], "anthropic-messages")).toEqual([`${file}: no usage records (an empty export?)`]);
  });
});

describe("the import-usage command", () => {
  afterEach(() => vi.restoreAllMocks());

  async function cli(args: string[]): Promise<string> {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    await yargs([])
      .command(importUsageCommand)
      .strict()
      .fail((msg, err) => {
        throw err ?? new UserError(msg);
      })
      .parseAsync(args);
    return out;
  }

  it("writes usage-fit.csv, overlay.yaml, users.csv and weekly.csv and prints a summary", async () => {
    const dir = tempDir("cli");
    const files = openAiExport(pop, dir, 100);
    const outDir = join(dir, "fit");
    const stdout = await cli(["import-usage", ...files, "--format", "openai-completions", "--out", outDir]);
    expect(readdirSync(outDir).sort()).toEqual(["overlay.yaml", "usage-fit.csv", "users.csv", "weekly.csv"]);
    expect(readFileSync(join(outDir, "usage-fit.csv"), "utf8").split("\n")[0]).toBe("metric,value,unit,note");
    expect(stdout).toMatch(/weekly-active share/);
    expect(stdout).toMatch(/lognormal fit \(n=\d+\): mu/);
  });

  it("writes nothing when an input is bad", async () => {
    const dir = tempDir("cli-bad");
    const file = messagesPage((p) => (p.data[0].results[0].output_tokens = -1));
    const outDir = join(dir, "fit");
    await expect(cli(["import-usage", file, "--format", "anthropic-messages", "--out", outDir])).rejects.toBeInstanceOf(UserError);
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses an unknown --format", async () => {
    await expect(cli(["import-usage", "x.json", "--format", "gemini"])).rejects.toThrow(/Invalid values|Choices/);
  });
});
