import type { VegaLiteSpec } from '../report/vega-lite-spec.js';
import type { Locale } from '../core/locale.js';
import { tr } from './i18n.js';
import { CliUsageError } from './io.js';

/** One block of an HTML report. */
export type HtmlBlock =
  | { readonly kind: 'heading'; readonly text: string; readonly level?: 2 | 3 }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly align?: readonly ('left' | 'right')[] }
  | { readonly kind: 'chart'; readonly spec: VegaLiteSpec; readonly alt: string }
  | { readonly kind: 'list'; readonly items: readonly { readonly text: string; readonly tone?: 'error' | 'warning' | 'info' }[] };

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface VegaModules {
  readonly vega: typeof import('vega');
  readonly vegaLite: typeof import('vega-lite');
}

async function loadVega(lang: Locale): Promise<VegaModules> {
  try {
    const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
    return { vega, vegaLite };
  } catch {
    throw new CliUsageError(
      tr(
        lang,
        '--format html cần các gói tùy chọn vega và vega-lite (npm install vega vega-lite)',
        '--format html needs the optional packages vega and vega-lite (npm install vega vega-lite)',
      ),
    );
  }
}

/** Render a Vega-Lite spec to an SVG string, headless (no canvas, no network). */
export async function chartToSvg(spec: VegaLiteSpec, lang: Locale): Promise<string> {
  const { vega, vegaLite } = await loadVega(lang);
  const compiled = vegaLite.compile(spec as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2a33;line-height:1.45}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d5dde3;padding-bottom:.2rem}
h3{font-size:1.05rem}table{border-collapse:collapse;margin:.6rem 0;font-size:.92rem}
th,td{border:1px solid #d5dde3;padding:.25rem .5rem;vertical-align:top}th{background:#eef3f6;text-align:left}
td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
li.error{color:#9b1c1c}li.warning{color:#8a5a00}li.info{color:#35506b}.meta{color:#5b6b78;font-size:.9rem}`;

/**
 * A self-contained HTML page: inline CSS, charts rendered to inline SVG at build time; no script, no network at view
 * time.
 */
export async function renderHtml(doc: { readonly title: string; readonly meta?: string; readonly blocks: readonly HtmlBlock[] }, lang: Locale): Promise<string> {
  const parts: string[] = [];
  let chartNo = 0;
  for (const b of doc.blocks) {
    switch (b.kind) {
      case 'heading':
        parts.push(`<h${b.level ?? 2}>${escapeHtml(b.text)}</h${b.level ?? 2}>`);
        break;
      case 'paragraph':
        parts.push(`<p>${escapeHtml(b.text)}</p>`);
        break;
      case 'table': {
        const cls = (i: number) => (b.align?.[i] === 'right' ? ' class="r"' : '');
        parts.push(
          `<table><thead><tr>${b.header.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
            .map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${escapeHtml(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`,
        );
        break;
      }
      case 'chart': {
        chartNo++;
        const svg = await chartToSvg(b.spec, lang);
        parts.push(`<figure class="chart" id="chart-${chartNo}" role="img" aria-label="${escapeHtml(b.alt)}">${svg}</figure>`);
        break;
      }
      case 'list':
        parts.push(`<ul>${b.items.map((i) => `<li class="${i.tone ?? 'info'}">${escapeHtml(i.text)}</li>`).join('')}</ul>`);
        break;
    }
  }
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(doc.title)}</h1>
${doc.meta ? `<p class="meta">${escapeHtml(doc.meta)}</p>` : ''}
${parts.join('\n')}
</body>
</html>
`;
}
