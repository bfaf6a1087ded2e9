// Structural checks on every chart: well-formed standalone SVG with <title> and <desc>, no NaN, one point per
// active developer (or the documented sample), points and lines inside the axes, deterministic, small at 200k.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../src/output/charts/index.js";
import { MAX_POINTS_PER_PANEL, sampleStep } from "../src/output/charts/tokens-vs-output.js";
import { chartFixture } from "./helpers/chart-fixture.js";

const parseSvg = (svg: string) => {
  const doc = new new JSDOM("", { url: "http://localhost/" }).window.DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  return doc;
};

/** Plot size of the panel holding `el`, read from its axes' domain paths ("M0.5,0V0.5H290.5V0", "M0,200.5H0.5V0.5H0"). */
function panelSize(panel: Element): { w: number; h: number } {
  const paths = Array.from(panel.querySelectorAll("path.domain")).map((p) => p.getAttribute("d")!);
  const w = Number(/H(-?[\d.]+)/.exec(paths[0])![1]);
  const h = Number(/^M-?[\d.]+,(-?[\d.]+)/.exec(paths[1])![1]);
  return { w, h };
}

describe("chart structure", () => {
  const tables = chartFixture();
  const charts = renderCharts(tables);

  it("every chart is a standalone SVG with xmlns, <title>, <desc>, a visible title, and no NaN", () => {
    for (const c of charts) {
      expect(c.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(c.svg).not.toMatch(/NaN|Infinity|undefined/);
      const doc = parseSvg(c.svg);
      expect(doc.querySelector("svg > title")!.textContent!.length).toBeGreaterThan(5);
      expect(doc.querySelector("svg > desc")!.textContent!.length).toBeGreaterThan(20);
      expect(doc.querySelectorAll("svg > text").length).toBeGreaterThan(0);
      // Attribute numbers have at most 2 decimals.
      expect(c.svg).not.toMatch(/="[^"#]*\d\.\d{3,}/);
    }
  });

  it("is deterministic: the same tables give the same bytes", () => {
    expect(renderCharts(chartFixture()).map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
  });

  it("tokens-vs-output draws one point per active developer, inside the axes", () => {
    const doc = parseSvg(charts.find((c) => c.file === "tokens-vs-output.svg")!.svg);
    const active = tables.developers.filter((r) => r.active_user === 1).length;
    const circles = Array.from(doc.querySelectorAll("g[fill-opacity] > circle"));
    expect(circles).toHaveLength(active);
    for (const c of circles) {
      const { w, h } = panelSize(c.parentElement!.parentElement!);
      const cx = Number(c.getAttribute("cx")), cy = Number(c.getAttribute("cy"));
      expect(cx).toBeGreaterThanOrEqual(0);
      expect(cx).toBeLessThanOrEqual(w);
      expect(cy).toBeGreaterThanOrEqual(0);
      expect(cy).toBeLessThanOrEqual(h);
    }
  });

  it("line and area charts stay inside their axes (the domains cover the data)", () => {
    for (const file of ["cumulative-cost.svg", "output-by-week.svg", "active-share.svg", "lorenz-tokens.svg", "tokens-by-week.svg"]) {
      const doc = parseSvg(charts.find((c) => c.file === file)!.svg);
      const data = Array.from(doc.querySelectorAll("path.series"));
      expect(data.length, file).toBeGreaterThan(0);
      for (const p of data) {
        const { w, h } = panelSize(p.parentElement!);
        const nums = p.getAttribute("d")!.match(/-?[\d.]+/g)!.map(Number);
        for (let i = 0; i + 1 < nums.length; i += 2) {
          expect(nums[i], file).toBeGreaterThanOrEqual(-0.01);
          expect(nums[i], file).toBeLessThanOrEqual(w + 0.01);
          expect(nums[i + 1], file).toBeGreaterThanOrEqual(-0.01);
          expect(nums[i + 1], file).toBeLessThanOrEqual(h + 0.01);
        }
      }
    }
  });

  it("writes the measured ratios of summary.csv on the scatter, and the top-decile share in the Lorenz legend", () => {
    const scatter = charts.find((c) => c.file === "tokens-vs-output.svg")!.svg;
    expect(scatter).toContain("9.8× tokens, 2.0× output");
    expect(scatter).toContain("1.5× causal × 1.3× selection");
    expect(charts.find((c) => c.file === "lorenz-tokens.svg")!.svg).toContain("organic: top 10% use 47%");
  });

  it("samples every k-th developer above the cap, says so, and stays under 2 MB at 200,000 developers", () => {
    const big = chartFixture({ developersPerArm: 200_000, weeks: 52 });
    const bigCharts = renderCharts(big);
    for (const c of bigCharts) expect(c.svg.length, c.file).toBeLessThan(2_000_000);
    const scatter = bigCharts.find((c) => c.file === "tokens-vs-output.svg")!.svg;
    const doc = parseSvg(scatter);
    let expected = 0;
    for (const arm of ["organic", "leaderboard"]) {
      const m = big.developers.filter((r) => r.arm === arm && r.active_user === 1).length;
      const k = sampleStep(m, 2);
      expect(k).toBeGreaterThan(1);
      expected += Math.ceil(m / k);
      expect(Math.ceil(m / k)).toBeLessThanOrEqual(MAX_POINTS_PER_PANEL);
      expect(scatter).toContain(`${arm}: ${Math.ceil(m / k)} of ${m} active users drawn`);
    }
    expect(doc.querySelectorAll("g[fill-opacity] > circle")).toHaveLength(expected);
    expect(scatter).toMatch(/sampled: every \d+(st|nd|rd|th) by index/);
  }, 60_000);
});
