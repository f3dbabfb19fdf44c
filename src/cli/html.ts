import type { Locale } from '../core/locale.js';
import type { DashboardChart } from '../report/dashboard-charts.js';
import type { ReportBlock } from '../report/render-dashboard.js';
import type { VegaLiteSpec } from '../report/vega-lite-spec.js';
import { inlineText } from '../report/_internal/sanitize.js';
import { tr } from './i18n.js';
import { loadVega } from '../report/_internal/optional-packages.js';

/** Text for an HTML element or attribute: on one line, control characters made visible, markup characters escaped. */
const escapeHtml = (s: string) => inlineText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

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

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:64rem;padding:0 1rem;color:#1d2a33;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d5dde3;padding-bottom:.2rem}
table{border-collapse:collapse;margin:.6rem 0;font-size:.9rem}th,td{border:1px solid #d5dde3;padding:.25rem .5rem;vertical-align:top}
th{background:#eef3f6;text-align:left}td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
li.error{color:#9b1c1c}li.warning{color:#8a5a00}li.info{color:#35506b}`;

/**
 * A self-contained HTML page from report blocks: inline CSS, each chart rendered to inline SVG at the end of the
 * section that names it; no script, no external resource, nothing fetched at view time.
 */
export async function renderHtml(blocks: readonly ReportBlock[], charts: readonly DashboardChart[], lang: Locale): Promise<string> {
  const byId = new Map(charts.map((c) => [c.id, c]));
  const title = blocks.find((b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading')?.text ?? 'cchc';
  const parts: string[] = [];
  let pendingChart: DashboardChart | undefined;
  const flushChart = async () => {
    if (!pendingChart) return;
    const svg = await chartToSvg(pendingChart.spec, lang);
    parts.push(`<figure class="chart" id="chart-${escapeHtml(pendingChart.id)}" role="img" aria-label="${escapeHtml(pendingChart.alt)}">${svg}<figcaption>${escapeHtml(pendingChart.alt)}</figcaption></figure>`);
    pendingChart = undefined;
  };
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        await flushChart();
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
          `<table><thead><tr>${t.header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
            .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
      }
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        parts.push(`<${tag}>${b.items.map((i) => `<li class="${i.tone ?? 'info'}">${escapeHtml(i.text)}</li>`).join('')}</${tag}>`);
        break;
      }
    }
  }
  await flushChart();
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${parts.join('\n')}
</body>
</html>
`;
}
