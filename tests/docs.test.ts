// The docs stay true: MODEL.md's parameter tables are the schema's, and the README names every command and column.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEVELOPER_COLUMNS, SUMMARY_COLUMNS, TIMESERIES_COLUMNS } from "../src/output/rows.js";
import { modelParamRows, paramTableMarkdown, policyParamRows, withParamTable } from "../src/scenario/param-table.js";

describe("docs/MODEL.md", () => {
  const doc = readFileSync("docs/MODEL.md", "utf8");
  it("has the parameter tables generated from the schema (run: npx tokensim params --update-docs docs/MODEL.md)", () => {
    const fresh = withParamTable(withParamTable(doc, "model", paramTableMarkdown(modelParamRows())), "policies", paramTableMarkdown(policyParamRows()));
    expect(doc).toBe(fresh);
  });
  it("gives every model parameter a unit and a source", () => {
    for (const row of [...modelParamRows(), ...policyParamRows()]) {
      expect(row.unit, row.path).not.toBe("");
      expect(row.source, row.path).not.toBe("");
    }
  });
});

describe("README.md", () => {
  const readme = readFileSync("README.md", "utf8");
  it("has the two-line quick start", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
  it("explains every CSV column", () => {
    for (const c of [...TIMESERIES_COLUMNS, ...DEVELOPER_COLUMNS, ...SUMMARY_COLUMNS]) expect(readme, c).toContain(`\`${c}\``);
  });
});
