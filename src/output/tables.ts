// A finished run as tables: what `run` writes and what `chart DIR` reads back. Charts and the report are
// pure functions of these tables, so drawing from memory or from the files on disk gives the same bytes.
import type { Row } from "./rows.js";

export interface Manifest {
  tool: "tokensim";
  version: string;
  /** Path of the scenario file as given on the command line ("" when none). */
  scenarioFile: string;
  /** sha256 of the resolved scenario's canonical JSON. */
  scenarioHash: string;
  seed: number;
  replicates: number;
  /** The resolved scenario: every default filled in. */
  scenario: {
    name: string;
    question: string;
    seed: number;
    weeks: number;
    population: { developers: number } & Record<string, unknown>;
    arms: { name: string; description: string; policies: ({ type: string } & Record<string, unknown>)[] }[];
  } & Record<string, unknown>;
  /** Files written beside the manifest. */
  files: string[];
  /** Wall-clock timings in ms; the only field that differs between two runs of the same scenario. */
  timings: Record<string, number>;
}

export interface RunTables {
  manifest: Manifest;
  /** Parsed CSV rows: numeric cells as numbers, text cells (arm, level, adoption) as strings. */
  timeseries: Row[];
  developers: Row[];
  summary: Row[];
}
