// report.html in a real browser (headless Debian chromium via playwright-core): no console errors, every chart
// laid out with a non-zero size, and a screenshot. Skipped only when chromium is absent outside CI.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { chartFolder } from "../src/cli/chart.js";
import { tempDir, tokensim } from "./helpers/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const root = tempDir("tokensim-browser-");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(skip)("report.html in headless Chromium", () => {
  it("opens from file:// with no console errors and every chart visible", async () => {
    const out = join(root, "leaderboard");
    const r = tokensim(["run", "scenarios/leaderboard.yaml", "--developers", "2000", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    // Until `run` draws the report itself, draw it from the run's files (what `tokensim chart DIR` does).
    if (!existsSync(join(out, "report.html"))) chartFolder(out);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      const errors: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("requestfailed", (req) => errors.push(`request failed: ${req.url()}`));
      await page.goto(pathToFileURL(join(out, "report.html")).href, { waitUntil: "load" });
      const sizes = await page.$$eval("figure > svg", (svgs) => svgs.map((s) => {
        const b = s.getBoundingClientRect();
        return { id: s.parentElement!.id, w: b.width, h: b.height };
      }));
      expect(sizes.map((s) => s.id)).toEqual(["tokens-by-week", "cumulative-cost", "output-by-week", "tokens-vs-output", "lorenz-tokens", "active-share", "policy-frontier", "decomposition"]);
      for (const s of sizes) {
        expect(s.w, s.id).toBeGreaterThan(100);
        expect(s.h, s.id).toBeGreaterThan(100);
      }
      const shot = await page.screenshot({ path: join(root, "report.png"), fullPage: true });
      expect(shot.length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
