// The import rules of .dependency-cruiser.cjs (docs/ARCHITECTURE.md): no cycles, layers that point one way. The
// source must pass them, and a small tree that breaks them must fail, so the check is known to bite.
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "./helpers/cli.js";

const ROOT = resolve(import.meta.dirname, "..");
const CRUISER = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

function cruise(cwd: string, ...folders: string[]) {
  const r = spawnSync(process.execPath, [CRUISER, ...folders, "--config", CONFIG, "--output-type", "err"], { cwd, encoding: "utf8" });
  return { status: r.status, out: r.stdout + r.stderr };
}

/** LAYERS of the config, as written there. */
function configLayers(): string[][] {
  const text = readFileSync(CONFIG, "utf8");
  const literal = /^const LAYERS = (\[[\s\S]*?\n\]);$/m.exec(text)?.[1];
  if (literal === undefined) throw new Error("no LAYERS in .dependency-cruiser.cjs");
  return JSON.parse(literal.replace(/,(\s*\])/g, "$1"));
}

/** The layers drawn in docs/ARCHITECTURE.md's block after the layers marker, one line a layer. */
function docLayers(): string[][] {
  const doc = readFileSync(join(ROOT, "docs/ARCHITECTURE.md"), "utf8");
  const block = /<!-- layers:[^>]*-->\n```\n([\s\S]*?)```/.exec(doc)?.[1];
  if (block === undefined) throw new Error("no layers block in docs/ARCHITECTURE.md");
  return block.trim().split("\n").map((line) => line.trim().split(/\s+/));
}

function tree(files: Record<string, string>): string {
  const dir = tempDir("tokensim-layers-");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("the import rules", () => {
  it("hold for src/, bench/ and tests/", () => {
    const r = cruise(ROOT, "src", "bench", "tests");
    expect(r.out).toContain("no dependency violations found");
    expect(r.status).toBe(0);
  });

  it("place every folder of src/ in a layer, as docs/ARCHITECTURE.md draws them", () => {
    const layers = configLayers();
    expect(docLayers()).toEqual(layers);
    const folders = readdirSync(join(ROOT, "src"), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(layers.flat().sort()).toEqual(folders.sort());
  });

  it("reject a cycle, an import up the layers or beside, and I/O in the core", () => {
    const dir = tree({
      "src/model/step.ts": 'import { flag } from "../cli/main.js";\nimport { readFileSync } from "node:fs";\nexport const step = () => flag + String(readFileSync);\n',
      "src/cli/main.ts": 'import { step } from "../model/step.js";\nexport const flag = 1;\nexport const run = step;\n',
      "src/output/rows.ts": 'import { POLICIES } from "../policies/all.js";\nexport const rows = POLICIES;\n',
      "src/policies/all.ts": "export const POLICIES = [];\n",
    });
    const r = cruise(dir, "src");
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/no-circular: src\/cli\/main\.ts → \s*src\/model\/step\.ts →\s*src\/cli\/main\.ts/);
    expect(r.out).toMatch(/layer-model: src\/model\/step\.ts → src\/cli\/main\.ts/);
    expect(r.out).toMatch(/layer-output: src\/output\/rows\.ts → src\/policies\/all\.ts/);
    expect(r.out).toMatch(/core-is-pure: src\/model\/step\.ts → fs/);
  });
});
