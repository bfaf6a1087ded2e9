// Bad input gets one clear line per problem (FILE:LINE: path: message), exit 2, no stack trace, nothing written.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, tokensim } from "./helpers/cli.js";

function scenarioFile(text: string): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, "s.yaml");
  writeFileSync(file, text);
  return { dir, file };
}

function expectUserError(r: ReturnType<typeof tokensim>, ...patterns: RegExp[]) {
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  for (const p of patterns) expect(r.stderr).toMatch(p);
}

const BAD = `name: bad
seed: -3
population:
  developers: 100
  develoopers: 5
economics:
  inputShare: 1.5
arms:
  - name: a
    policies:
      - type: adoption-quota
        target: 1.2
      - type: magic
`;

describe("tokensim validate", () => {
  it("accepts every shipped scenario", () => {
    const r = tokensim(["validate", "scenarios/status-quo.yaml", "scenarios/leaderboard.yaml"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/status-quo.yaml: ok/);
  });

  it("reports every problem at once, each with file, line and field path", () => {
    const { file } = scenarioFile(BAD);
    const r = tokensim(["validate", file]);
    expectUserError(
      r,
      new RegExp(`${file}:2: seed: .*>=0`),
      new RegExp(`${file}:5: population.develoopers: unknown field`),
      new RegExp(`${file}:7: economics.inputShare: .*<=1`),
      new RegExp(`${file}:12: arms\\[0\\].policies\\[0\\].target: .*<=1`),
      new RegExp(`${file}:13: arms\\[0\\].policies\\[1\\].type: unknown policy type; known types: none, adoption-quota`),
    );
    expect(r.stderr.trim().split("\n")).toHaveLength(5);
  });

  it("reports malformed YAML, duplicate keys, non-mappings and missing files", () => {
    expectUserError(tokensim(["validate", scenarioFile("name: x\narms: [\n").file]), /s\.yaml:\d+: /);
    expectUserError(tokensim(["validate", scenarioFile("name: x\nname: y\narms: [{name: a}]\n").file]), /s\.yaml:2: .*unique/);
    expectUserError(tokensim(["validate", scenarioFile("- 1\n- 2\n").file]), /must be a mapping/);
    expectUserError(tokensim(["validate", "does/not/exist.yaml"]), /does\/not\/exist.yaml: cannot read scenario: no such file/);
    expectUserError(tokensim(["validate", scenarioFile("name: x\narms:\n  - name: a\n  - name: a\n").file]), /s\.yaml:4: arms\[1\]\.name: duplicate arm name/);
    expectUserError(tokensim(["validate", scenarioFile("name: x\nweeks: .nan\narms: [{name: a}]\n").file]), /s\.yaml:2: weeks: /);
  });
});

describe("tokensim run on bad input", () => {
  it("exits 2 and creates no output folder", () => {
    const { dir, file } = scenarioFile(BAD);
    const out = join(dir, "out");
    expectUserError(tokensim(["run", file, "--out", out]), /unknown field/);
    expect(existsSync(out)).toBe(false);
  });

  it("rejects bad overrides by flag name and leaves earlier results untouched", () => {
    const { dir, file } = scenarioFile("name: ok\narms: [{name: a}]\n");
    const out = join(dir, "out");
    mkdirSync(out);
    writeFileSync(join(out, "summary.csv"), "earlier results\n");
    expectUserError(tokensim(["run", file, "--weeks", "0", "--out", out]), /--weeks: .*>=1/);
    expectUserError(tokensim(["run", file, "--developers", "-5", "--out", out]), /--developers: /);
    expect(readFileSync(join(out, "summary.csv"), "utf8")).toBe("earlier results\n");
  });
});

describe("tokensim params --update-docs on bad input", () => {
  it("names a missing file, and a file without the markers, in one line each and leaves the file as it was", () => {
    const dir = tempDir();
    const missing = tokensim(["params", "--update-docs", join(dir, "nope.md")]);
    expectUserError(missing, /nope\.md: cannot read Markdown file: no such file/);
    const plain = join(dir, "plain.md");
    writeFileSync(plain, "# A doc without markers\n");
    const r = tokensim(["params", "--update-docs", plain]);
    expectUserError(r, /plain\.md: markers for params:model not found/);
    expect(readFileSync(plain, "utf8")).toBe("# A doc without markers\n");
    expect(existsSync(`${plain}.tokensim-tmp`)).toBe(false);
  });
});
