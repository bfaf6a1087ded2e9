// readRunFolder on bad input: one UserError line naming the file (and row), never a stack trace.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../src/errors.js";
import { toCsv } from "../src/output/csv.js";
import { readRunFolder } from "../src/output/read-run.js";
import { DEVELOPER_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from "../src/output/rows.js";
import { chartFixture } from "./helpers/chart-fixture.js";
import { tempDir } from "./helpers/cli.js";

const root = tempDir("tokensim-read-run-");
afterAll(() => rmSync(root, { recursive: true, force: true }));
let count = 0;

/** A valid run folder from the fixture; returns its path. */
function folder(): string {
  const dir = join(root, String(count++));
  mkdirSync(dir);
  const t = chartFixture({ developersPerArm: 5, weeks: 3 });
  writeFileSync(join(dir, "timeseries.csv"), toCsv(TIMESERIES_COLUMNS, t.timeseries));
  writeFileSync(join(dir, "developers.csv"), toCsv(DEVELOPER_COLUMNS, t.developers));
  writeFileSync(join(dir, "summary.csv"), toCsv(SUMMARY_COLUMNS, t.summary));
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(t.manifest, null, 2));
  return dir;
}

function userError(dir: string): string {
  try {
    readRunFolder(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).lines).toHaveLength(1);
    return (e as UserError).lines[0];
  }
  throw new Error("expected a UserError");
}

const edit = (dir: string, file: string, f: (s: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), "utf8")));

describe("readRunFolder", () => {
  it("reads a valid folder back into the tables: numbers as numbers, text columns as strings", () => {
    const dir = folder();
    const t = readRunFolder(dir);
    const f = chartFixture({ developersPerArm: 5, weeks: 3 });
    expect(t.summary).toEqual(f.summary);
    expect(t.timeseries).toEqual(f.timeseries);
    expect(t.developers).toEqual(f.developers);
    expect(t.manifest).toEqual(f.manifest);
  });

  it("names a missing file", () => {
    const dir = folder();
    rmSync(join(dir, "developers.csv"));
    expect(userError(dir)).toBe(`${join(dir, "developers.csv")}: missing (is this the folder of a finished run?)`);
  });

  it("names the file, row and column of a non-numeric cell", () => {
    const dir = folder();
    edit(dir, "summary.csv", (s) => {
      const lines = s.split("\n");
      const cells = lines[2].split(",");
      cells[SUMMARY_COLUMNS.indexOf("cost_usd")] = "abc";
      lines[2] = cells.join(",");
      return lines.join("\n");
    });
    expect(userError(dir)).toBe(`${join(dir, "summary.csv")}: row 2: cost_usd: not a number ("abc")`);
  });

  it("names a missing column", () => {
    const dir = folder();
    edit(dir, "timeseries.csv", (s) => s.replace("cumulative_cost_usd", "cumulative_cost"));
    expect(userError(dir)).toBe(`${join(dir, "timeseries.csv")}: missing column cumulative_cost_usd`);
  });

  it("names malformed CSV", () => {
    const dir = folder();
    edit(dir, "developers.csv", (s) => s + 'organic,"unclosed\n');
    expect(userError(dir)).toMatch(new RegExp(`^${join(dir, "developers.csv").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*malformed CSV`));
  });

  it("names an empty CSV", () => {
    const dir = folder();
    writeFileSync(join(dir, "summary.csv"), "");
    expect(userError(dir)).toBe(`${join(dir, "summary.csv")}: empty (no header row)`);
  });

  it("names a bad manifest", () => {
    const dir = folder();
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    expect(userError(dir)).toMatch(/manifest\.json: not valid JSON/);
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ tool: "tokensim", replicates: 1, scenario: { name: "x", arms: [] } }));
    expect(userError(dir)).toMatch(/manifest\.json: scenario\.question: expected text$/);
    writeFileSync(join(dir, "manifest.json"), "[]");
    expect(userError(dir)).toMatch(/manifest\.json: not a JSON object$/);
  });
});
