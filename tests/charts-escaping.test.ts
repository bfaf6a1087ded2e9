// Names from a scenario are data, never markup: an arm named <script>alert(1)</script> shows as text in every
// chart and in the report.
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { renderCharts } from "../src/output/charts/index.js";
import { renderIndex, renderReport } from "../src/output/report.js";
import { chartFixture } from "./helpers/chart-fixture.js";

const EVIL = "<script>alert(1)</script>";

describe("escaping of scenario names", () => {
  const tables = chartFixture({ arms: ["organic", EVIL], name: `a&b <i>`, question: `Is "x" < 'y'? ${EVIL}` });
  const charts = renderCharts(tables);

  it("keeps an arm name as text in every SVG", () => {
    for (const c of charts) {
      expect(c.svg).not.toContain("<script");
      const doc = new new JSDOM("", { url: "http://localhost/" }).window.DOMParser().parseFromString(c.svg, "image/svg+xml");
      expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
      expect(doc.getElementsByTagName("script")).toHaveLength(0);
    }
    expect(charts.find((c) => c.file === "cumulative-cost.svg")!.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("keeps names and the question as text in report.html and index.html", () => {
    const html = renderReport(tables, charts);
    const doc = new JSDOM(html).window.document;
    // The page's own script only (legend toggles, sortable tables), holding no scenario text.
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(doc.querySelector("script")!.textContent).not.toContain("alert");
    expect(doc.querySelector("h1")!.textContent).toBe("a&b <i>");
    expect(doc.querySelector(".question")!.textContent).toBe(`Is "x" < 'y'? ${EVIL}`);
    expect(doc.body.textContent).toContain(EVIL);
    const index = new JSDOM(renderIndex([{ name: EVIL, question: EVIL, href: `x"><script>y/report.html` }])).window.document;
    expect(index.querySelectorAll("script")).toHaveLength(1);
    expect(index.querySelector("script")!.textContent).not.toContain("alert");
    expect(index.querySelector("a")!.getAttribute("href")).toBe(`x"><script>y/report.html`);
    expect(index.querySelector("a")!.textContent).toBe(EVIL);
  });
});
