// The one page shell of every HTML file tokensim writes (run report, index, compare, sensitivity, calibration):
// static and offline (inline SVG, CSS and a small script, nothing fetched), so a page opens from file:// and can be
// mailed as one file. The script adds a light touch without a framework: a click on a chart's legend entry hides
// or shows that arm, a click on a sortable table's header sorts by that column; hovering a mark shows its
// values through the SVG's own <title> tooltips, so standalone charts have them too.
import { escapeXml as esc } from "./charts/format.js";

export const REPORT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#222;max-width:1000px;margin:2em auto;padding:0 1em;line-height:1.45}
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
.question{font-size:1.15em;color:#444;margin-top:0}
.meta{color:#666;font-size:.9em}
table{border-collapse:collapse;font-size:.88em;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #e4e4e4;padding:.3em .6em;text-align:right;white-space:nowrap}
th:first-child,td:first-child{text-align:left}
thead th{background:#f5f5f5;vertical-align:bottom}
table.sortable th{cursor:pointer}table.sortable th[aria-sort=ascending]::after{content:" ▲"}table.sortable th[aria-sort=descending]::after{content:" ▼"}
.scroll{overflow-x:auto;max-width:100%}
figure{margin:1.5em 0}figure svg{max-width:100%;height:auto;display:block}
figcaption{color:#444;font-size:.92em;margin-top:.3em}
.finding{font-weight:600;color:#222}
.verdict{background:#f4f8fb;border-left:4px solid #0072B2;padding:.5em .8em;margin:.6em 0}
.neg{color:#b8420a}.pos{color:#00674a}
li{margin:.3em 0}
svg .legend-item{cursor:pointer}svg .legend-item.off{opacity:.35}
@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}.scroll{overflow:visible}
table{font-size:7pt;width:100%;table-layout:fixed}th,td{white-space:normal;overflow-wrap:anywhere;padding:.15em .25em}figure{break-inside:avoid}}
`;

/** Legend entries toggle their arms' marks; sortable tables sort on a header click (numbers by data-v). */
const SCRIPT = `
document.querySelectorAll("svg").forEach(function (svg) {
  var hidden = {};
  svg.querySelectorAll(".legend-item").forEach(function (item) {
    item.setAttribute("tabindex", "0");
    item.setAttribute("role", "button");
    function toggle() {
      var keys = item.getAttribute("data-keys").split(" ");
      var off = !item.classList.contains("off");
      item.classList.toggle("off", off);
      keys.forEach(function (k) { hidden[k] = off; });
      svg.querySelectorAll("[data-keys]").forEach(function (el) {
        if (el.classList.contains("legend-item")) return;
        var all = el.getAttribute("data-keys").split(" ").every(function (k) { return hidden[k]; });
        el.style.display = all ? "none" : "";
      });
    }
    item.addEventListener("click", toggle);
    item.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); toggle(); } });
  });
});
document.querySelectorAll("table.sortable").forEach(function (table) {
  var heads = table.querySelectorAll("thead th");
  heads.forEach(function (th, col) {
    th.addEventListener("click", function () {
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      function key(r) { var c = r.cells[col]; var v = c && c.getAttribute("data-v"); return v !== null && v !== undefined ? Number(v) : (c ? c.textContent : ""); }
      rows.sort(function (a, b) { var x = key(a), y = key(b); var d = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y)); return asc ? d : -d; });
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
});
`;

export interface PageOptions {
  /** The <title>: plain text, escaped here. */
  title: string;
  /** The body's HTML (trusted: callers escape what comes from scenarios). */
  body: readonly string[];
  /** Extra CSS for this page. */
  style?: string;
}

export function htmlPage(o: PageOptions): string {
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${esc(o.title)}</title>\n<style>${REPORT_STYLE}${o.style ?? ""}</style>\n</head>\n<body>\n${o.body.join("\n")}\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}

/** A <figure> holding an inline chart, its one-sentence finding and how to read it, and a link to the file. */
export function chartFigure(c: { file: string; title: string; svg: string; finding?: string; howToRead?: string }): string {
  return `<figure id="${esc(c.file.replace(/\.svg$/, ""))}">\n${c.svg.trim()}\n<figcaption>${c.finding ? `<span class="finding">${esc(c.finding)}</span> ` : ""}` +
    `<strong>${esc(c.title)}.</strong> ${esc(c.howToRead ?? "")} <a href="${esc(c.file)}">${esc(c.file)}</a></figcaption>\n</figure>`;
}
