import type { Locale } from '../core/locale.js';
import type { DashboardChart } from '../report/dashboard-charts.js';
import type { ReportBlock } from '../report/render-dashboard.js';
import type { VegaLiteSpec } from '../report/vega-lite-spec.js';
import { inlineText } from '../report/_internal/sanitize.js';
import { loadVega } from '../report/_internal/optional-packages.js';

/** Text for an HTML element or attribute: on one line, control characters made visible, markup characters escaped. */
const escapeHtml = (s: string) =>
  inlineText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Render a Vega-Lite spec to an SVG string, headless (no canvas, no network). */
export async function chartToSvg(spec: VegaLiteSpec, _lang: Locale): Promise<string> {
  // vega and vega-lite are optional peers: a CchcError MISSING_OPTIONAL_PACKAGE (with the npm command) when absent.
  const [vega, vegaLite] = await loadVega();
  // Vega-Lite's warnings go nowhere: the page must render whatever the spec's fine print.
  const quiet = { level: () => quiet, error: () => quiet, warn: () => quiet, info: () => quiet, debug: () => quiet };
  const compiled = vegaLite.compile(spec as never, { logger: quiet as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * The page's stylesheet: a document to read on a screen, on a phone and on A4 paper.
 * - Vietnamese typography: fonts with complete Vietnamese glyphs first, room between lines for stacked diacritics, no
 *   automatic hyphenation (it would cut syllables), figures in tabular digits;
 * - phone (≤ 40rem): smaller margins, each table scrolls inside its own box instead of widening the page;
 * - print: A4 with margins and page numbers, each section (h2) on a new page, headings kept with what follows, rows,
 *   findings and charts never cut across pages, table headers repeated on every page, colours printed.
 */
function style(lang: Locale): string {
  const page = lang === 'en' ? '"Page " counter(page) " of " counter(pages)' : '"Trang " counter(page) "/" counter(pages)';
  return `
:root{color-scheme:light}
body{font-family:"Noto Sans","Segoe UI",Roboto,"Helvetica Neue",Arial,system-ui,sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1d2a33;line-height:1.55;hyphens:manual;-webkit-text-size-adjust:100%;text-size-adjust:100%;overflow-wrap:break-word}
h1{font-size:1.6rem;line-height:1.3;margin-bottom:.2rem}h2{font-size:1.25rem;line-height:1.35;margin-top:2rem;border-bottom:1px solid #d5dde3;padding-bottom:.2rem}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.6rem 0;max-width:100%}
table{border-collapse:collapse;font-size:.9rem}th,td{border:1px solid #d5dde3;padding:.25rem .5rem;vertical-align:top}
th{background:#eef3f6;text-align:left}td.r,th.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;display:block}figcaption{font-size:.85rem;color:#4a5a66}
ul.findings,ol.findings{padding-left:1.6rem}
li.error,li.warning,li.info{margin:.35rem 0;padding:.25rem .5rem;border-left:4px solid;border-radius:2px}
li.error{color:#7f1d1d;background:#fdf0f0;border-color:#b91c1c}li.warning{color:#6b4500;background:#fff7e6;border-color:#d48806}li.info{color:#24405c;background:#f0f5fa;border-color:#6b8fb3}
.sev{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.02em;padding:0 .35rem;margin-right:.35rem;border-radius:2px;color:#fff}
li.error .sev{background:#b91c1c}li.warning .sev{background:#a86b00}li.info .sev{background:#4b6f93}
@media (max-width:40rem){body{margin:1rem auto;padding:0 .75rem}h1{font-size:1.3rem}h2{font-size:1.1rem}table{font-size:.85rem}}
@page{size:A4;margin:16mm 14mm 18mm 14mm;@bottom-right{content:${page};font-size:9pt;color:#555}}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10.5pt;line-height:1.45}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
section+section{break-before:page}
h1,h2,h3{break-after:avoid}
p{orphans:3;widows:3}
.table-wrap{overflow:visible}
table{font-size:8.5pt;width:100%}
thead{display:table-header-group}tfoot{display:table-footer-group}
tr,li,figure{break-inside:avoid}
figure svg{max-height:120mm;width:auto}
}`;
}

/** The SVG of a chart without its own ARIA labels (Vega writes them in English): the figure carries the page's text. */
const quietSvg = (svg: string) =>
  svg.replace(/\s(?:aria-label|aria-roledescription|role)="[^"]*"/g, '').replace(/^<svg/, '<svg aria-hidden="true" focusable="false"');

/** A finding's text as the dashboard prints it, "[LỖI] …": the tag becomes a badge. */
function findingHtml(text: string): string {
  const m = /^\[([^\]]{1,20})\]\s+/.exec(text);
  return m ? `<span class="sev">${escapeHtml(m[1]!)}</span>${escapeHtml(text.slice(m[0].length))}` : escapeHtml(text);
}

/**
 * A self-contained HTML page from report blocks: inline CSS, each chart rendered to inline SVG at the end of the
 * section that names it; no script, no external resource, nothing fetched at view time.
 */
export async function renderHtml(blocks: readonly ReportBlock[], charts: readonly DashboardChart[], lang: Locale): Promise<string> {
  const byId = new Map(charts.map((c) => [c.id, c]));
  const title = blocks.find((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading')?.text ?? 'cchc';
  const parts: string[] = [];
  let pendingChart: DashboardChart | undefined;
  let open = false;
  const flushChart = async () => {
    if (!pendingChart) return;
    const svg = await chartToSvg(pendingChart.spec, lang);
    parts.push(
      `<figure class="chart" id="chart-${escapeHtml(pendingChart.id)}" role="img" aria-label="${escapeHtml(pendingChart.alt)}">${quietSvg(svg)}<figcaption>${escapeHtml(pendingChart.alt)}</figcaption></figure>`,
    );
    pendingChart = undefined;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        await flushChart();
        // Each level-2 heading opens a section (a page of its own in print).
        if (b.level <= 2) {
          if (open) parts.push('</section>');
          parts.push('<section>');
          open = true;
        }
        parts.push(`<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`);
        if (b.chart) pendingChart = byId.get(b.chart);
        break;
      case 'paragraph':
        parts.push(`<p>${escapeHtml(b.text)}</p>`);
        break;
      case 'table': {
        const t = b.table;
        const cls = (i: number) => (t.align?.[i] === 'right' ? ' class="r"' : '');
        parts.push(
          `<div class="table-wrap"><table><thead><tr>${t.header.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
            .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table></div>`,
        );
        break;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        const toned = b.items.some((i) => i.tone !== undefined);
        parts.push(
          `<${tag}${toned ? ' class="findings"' : ''}>${b.items.map((i) => (i.tone !== undefined ? `<li class="${i.tone}">${findingHtml(i.text)}</li>` : `<li>${escapeHtml(i.text)}</li>`)).join('')}</${tag}>`,
        );
        break;
      }
    }
  }
  await flushChart();
  if (open) parts.push('</section>');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${style(lang)}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
