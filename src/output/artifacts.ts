// The drawn files of a run: every chart (SVG) and report.html, as file name -> content. One function shared by
// `run` (from the tables in memory) and `chart DIR` (from the files), so both write the same bytes.
import { renderCharts } from "./charts/index.js";
import { renderReport } from "./report.js";
import type { RunTables } from "./tables.js";

export const REPORT_FILE = "report.html";

export function runArtifacts(tables: RunTables): Map<string, string> {
  const charts = renderCharts(tables);
  const files = new Map<string, string>();
  for (const c of charts) files.set(c.file, c.svg);
  files.set(REPORT_FILE, renderReport(tables, charts));
  return files;
}
