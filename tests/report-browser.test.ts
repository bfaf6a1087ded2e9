// Every report and chart of a run (with targets, so calibration.svg too) and of a compare, opened in a real
// browser (headless Debian chromium via playwright-core) at 1280 px and in print: no console errors, every text
// element's box inside its SVG, no two labels overlapping, tables not cut in print, the legend and table clicks
// working, and the label widths the charts lay out with equal to the browser's. Screenshots go to out/browser/
// (not committed). Skipped only when chromium is absent outside CI.
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { textWidth } from "../src/output/charts/text.js";
import { tempDir, tokensim } from "./helpers/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const skip = !existsSync(CHROMIUM) && !process.env.CI;
const root = tempDir("tokensim-browser-");
const SHOTS = join(import.meta.dirname, "..", "out", "browser");
const run = join(root, "countermeasures");
const compare = join(root, "compare");
let browser: Browser;

beforeAll(async () => {
  if (skip) return;
  mkdirSync(SHOTS, { recursive: true });
  const r = tokensim(["run", "scenarios/countermeasures.yaml", "--developers", "1500", "--replicates", "2", "--targets", "scenarios/targets/published.yaml", "--out", run]);
  expect(r.stderr).toBe("");
  const c = tokensim(["compare", "scenarios/countermeasures.yaml", "scenarios/leaderboard.yaml", "--replicates", "3", "--developers", "1000", "--quiet", "--out", compare]);
  expect(c.stderr).toBe("");
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  rmSync(root, { recursive: true, force: true });
});

interface Problem {
  svg: string;
  what: string;
}

/** Every text element of every SVG on the page: inside its SVG's box, and clear of every other text. */
async function textProblems(page: Page): Promise<Problem[]> {
  return page.evaluate(() => {
    const out: { svg: string; what: string }[] = [];
    const svgs = Array.from(document.querySelectorAll("svg"));
    svgs.forEach((svg, k) => {
      const name = svg.closest("figure")?.id ?? svg.querySelector("title")?.textContent ?? `svg ${k}`;
      const box = svg.getBoundingClientRect();
      const texts = Array.from(svg.querySelectorAll("text")).filter((t) => t.getClientRects().length > 0 && (t.textContent ?? "").trim() !== "");
      const boxes = texts.map((t) => ({ t: t.textContent ?? "", r: t.getBoundingClientRect() }));
      const tol = 0.5;
      for (const b of boxes) {
        if (b.r.left < box.left - tol || b.r.right > box.right + tol || b.r.top < box.top - tol || b.r.bottom > box.bottom + tol) {
          out.push({ svg: name, what: `"${b.t}" outside the SVG` });
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          if (a.left < b.right - tol && b.left < a.right - tol && a.top < b.bottom - tol && b.top < a.bottom - tol) {
            out.push({ svg: name, what: `"${boxes[i].t}" overlaps "${boxes[j].t}"` });
          }
        }
      }
    });
    return out;
  });
}

async function open(url: string, width: number, print: boolean): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("requestfailed", (req) => errors.push(`request failed: ${req.url()}`));
  if (print) await page.emulateMedia({ media: "print" });
  await page.goto(url, { waitUntil: "load" });
  return { page, errors };
}

// A4 portrait at 96 px per inch, less 2 × 10 mm margins.
const PRINT_WIDTH = 718;

describe.skipIf(skip)("reports and charts in headless Chromium", () => {
  const reports = () => [
    { name: "run", file: join(run, "report.html"), charts: 9 },
    { name: "compare", file: join(compare, "report.html"), charts: 2 },
  ];

  for (const mode of ["screen", "print"] as const) {
    it(`lays out every report with no text cut off or overlapping (${mode})`, async () => {
      for (const r of reports()) {
        const { page, errors } = await open(pathToFileURL(r.file).href, mode === "print" ? PRINT_WIDTH : 1280, mode === "print");
        const figures = await page.$$eval("figure > svg", (svgs) => svgs.map((s) => ({ id: s.parentElement!.id, w: s.getBoundingClientRect().width, h: s.getBoundingClientRect().height })));
        expect(figures, r.name).toHaveLength(r.charts);
        for (const f of figures) expect(f.w * f.h, f.id).toBeGreaterThan(100 * 100);
        expect(await textProblems(page), `${r.name} (${mode})`).toEqual([]);
        // Nothing cut: no table wider than its box.
        const cut = await page.$$eval(".scroll", (els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
        if (mode === "print") expect(cut, `${r.name}: tables cut in print`).toBe(0);
        await page.screenshot({ path: join(SHOTS, `${r.name}-report-${mode}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await page.close();
      }
    }, 120_000);
  }

  it("lays out every chart file on its own with no text cut off or overlapping, and saves a screenshot of each", async () => {
    const files = [run, compare].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith(".svg")).map((f) => join(dir, f)));
    expect(files.length).toBe(9 + 2);
    for (const file of files) {
      const { page, errors } = await open(pathToFileURL(file).href, 1280, false);
      expect(await textProblems(page), file).toEqual([]);
      const name = `${file.startsWith(compare) ? "compare" : "run"}-${file.split("/").at(-1)!.replace(/\.svg$/, "")}.png`;
      await (await page.$("svg"))!.screenshot({ path: join(SHOTS, name) });
      expect(errors).toEqual([]);
      await page.close();
    }
  }, 120_000);

  it("hides an arm on a click on its legend entry, and sorts a table on a click on its header", async () => {
    const { page, errors } = await open(pathToFileURL(join(run, "report.html")).href, 1280, false);
    const key = (await page.$eval("#cumulative-cost .legend-item", (e) => e.getAttribute("data-keys")!)).split(" ")[0];
    const shown = () => page.$$eval(`#cumulative-cost path.series[data-keys~="${key}"]`, (ps) => ps.map((p) => getComputedStyle(p).display));
    expect(await shown()).toEqual(["inline"]);
    await page.click("#cumulative-cost .legend-item");
    expect(await shown()).toEqual(["none"]);
    await page.click("#cumulative-cost .legend-item");
    expect(await shown()).toEqual(["inline"]);

    const firstColumn = () => page.locator("table.sortable").first().evaluate((t: HTMLTableElement) => Array.from(t.tBodies[0].rows).map((r) => Number(r.cells[1].getAttribute("data-v"))));
    await page.click("table.sortable >> nth=0 >> th >> nth=1");
    const asc = await firstColumn();
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click("table.sortable >> nth=0 >> th >> nth=1");
    const desc = await firstColumn();
    expect(desc).toEqual([...asc].reverse());
    expect(errors).toEqual([]);
    await page.close();
  });

  it("measures labels as the browser draws them: the layout's widths are never narrower than the drawn ones", async () => {
    for (const dir of [run, compare]) {
    const { page } = await open(pathToFileURL(join(dir, "report.html")).href, 1280, false);
    const drawn = await page.$$eval("svg text", (ts) => ts.filter((t) => t.childElementCount === 0 && t.getClientRects().length > 0)
      .map((t) => ({ s: t.textContent ?? "", size: parseFloat(getComputedStyle(t).fontSize), bold: Number(getComputedStyle(t).fontWeight) >= 600, w: t.getComputedTextLength() })));
    expect(drawn.length).toBeGreaterThan(50);
    for (const d of drawn) {
      const w = textWidth(d.s, d.size, d.bold ? "bold" : "normal");
      expect(w, d.s).toBeGreaterThanOrEqual(d.w - 0.5);
      expect(w, d.s).toBeLessThanOrEqual(d.w * 1.08 + 1);
    }
    await page.close();
    }
  });
});
