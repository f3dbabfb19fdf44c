// Issue 17: the HTML report as a document an official can print and read on a phone, checked in headless Chromium —
// screenshots taken, no horizontal overflow at 390 px, print emulation with A4 page breaks between sections and
// repeated table headers, findings styled by severity and never listed twice, no English in the Vietnamese page (and
// no Vietnamese labels in the English one), the on-time chart's axis zoomed with the target line and units.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

// The page's globals, inside page.evaluate (the project does not load the DOM typings).
// biome-ignore lint/suspicious/noExplicitAny: the DOM typings are not loaded in this project
declare const document: any, getComputedStyle: (e: unknown) => Record<string, string>;

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const browserPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (p): p is string => typeof p === 'string' && existsSync(p),
);
const required = process.env.CCHC_REQUIRE_BROWSER === '1';
if (!browserPath && !required) console.warn('html-report-document: no Chromium found (set CHROMIUM_PATH); the browser checks are skipped.');
const dir = mkdtempSync(join(tmpdir(), 'cchc-doc-'));
let browser: Browser | undefined;
const files: Record<'vi' | 'en', string> = { vi: join(dir, 'bao-cao.html'), en: join(dir, 'report.html') };
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!browserPath && !required)('the HTML report as a document (Chromium)', () => {
  beforeAll(async () => {
    for (const lang of ['vi', 'en'] as const) {
      await run(
        process.execPath,
        [
          join(root, 'dist/cli.js'),
          'report',
          '--format',
          'html',
          '--as-of',
          '2020-06-30',
          '--lang',
          lang,
          '--target',
          '95',
          '--out',
          files[lang],
        ],
        { cwd: root },
      );
    }
    browser = await chromium.launch({
      executablePath: browserPath!,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('on a phone (390 px): no horizontal overflow of the page, wide tables scroll in their own box; screenshot', async () => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      wraps: [...document.querySelectorAll('.table-wrap')].map((w) => ({
        scroll: w.scrollWidth,
        client: w.clientWidth,
        overflowX: getComputedStyle(w).overflowX,
      })),
      tablesOutside: document.querySelectorAll('table:not(.table-wrap table)').length,
      svgs: [...document.querySelectorAll('figure svg')].map((s) => s.getBoundingClientRect().right),
    }));
    expect(layout.scrollWidth).toBeLessThanOrEqual(390);
    expect(layout.tablesOutside).toBe(0);
    expect(layout.wraps.some((w) => w.scroll > w.client)).toBe(true); // the plan table is wider than a phone: it scrolls
    for (const w of layout.wraps) expect(w.overflowX).toBe('auto');
    for (const right of layout.svgs) expect(right).toBeLessThanOrEqual(390);
    const shot = await page.screenshot({ fullPage: true, path: join(dir, 'phone.png') });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('print emulation: A4, a page break before each section, headings kept with their content, repeated table headers; the PDF has a page per section at least', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const css = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('section')];
      return {
        sections: sections.length,
        breaks: sections.map((s) => getComputedStyle(s).breakBefore),
        thead: [...document.querySelectorAll('thead')].map((t) => getComputedStyle(t).display),
        h2After: [...document.querySelectorAll('h2')].map((h) => getComputedStyle(h).breakAfter),
        rows: getComputedStyle(document.querySelector('tbody tr')!).breakInside,
        figures: [...document.querySelectorAll('figure')].map((f) => getComputedStyle(f).breakInside),
        wrapOverflow: getComputedStyle(document.querySelector('.table-wrap')!).overflowX,
      };
    });
    expect(css.sections).toBeGreaterThanOrEqual(5);
    expect(css.breaks[0]).not.toBe('page');
    expect(css.breaks.slice(1).every((b) => b === 'page')).toBe(true);
    expect(css.thead.every((d) => d === 'table-header-group')).toBe(true);
    expect(css.h2After.every((b) => b === 'avoid')).toBe(true);
    expect(css.rows).toBe('avoid');
    expect(css.figures.every((b) => b === 'avoid')).toBe(true);
    expect(css.wrapOverflow).toBe('visible'); // nothing hidden on paper
    const pdf = await page.pdf({ preferCSSPageSize: true, path: join(dir, 'bao-cao.pdf') });
    if (process.env.CCHC_KEEP_PDF) writeFileSync(process.env.CCHC_KEEP_PDF, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(css.sections);
    // A4 at 72 dpi: 595 × 842 points, on every page
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [
      Math.round(Number(m[1])),
      Math.round(Number(m[2])),
    ]);
    expect(boxes.length).toBe(pages);
    for (const b of boxes) expect(b).toEqual([595, 842]);
    const shot = await page.screenshot({ fullPage: true, path: join(dir, 'print.png') });
    expect(shot.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('findings: each styled by its severity (class, badge, colour), none listed twice', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    const f = await page.evaluate(() => {
      const items = [...document.querySelectorAll('ul.findings li, ol.findings li')];
      return {
        items: items.map((li) => ({
          cls: li.className,
          badge: li.querySelector('.sev')?.textContent ?? '',
          text: li.textContent ?? '',
          border: getComputedStyle(li).borderLeftColor,
          badgeBg: getComputedStyle(li.querySelector('.sev') ?? li).backgroundColor,
        })),
        headline:
          [...document.querySelectorAll('h2')].map((h) => h.textContent ?? '').find((t) => t.startsWith('Kiểm tra số liệu báo cáo')) ?? '',
      };
    });
    const badge = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' } as const;
    expect(f.items.length).toBe(30); // 11 errors, 11 warnings, 8 notes: each once
    for (const i of f.items) expect(i.badge).toBe(badge[i.cls as keyof typeof badge]);
    const texts = f.items.map((i) => i.text);
    expect(new Set(texts).size).toBe(texts.length);
    const colours = (cls: string) => new Set(f.items.filter((i) => i.cls === cls).map((i) => `${i.border}|${i.badgeBg}`));
    for (const cls of ['error', 'warning', 'info']) expect(colours(cls).size).toBe(1);
    expect(new Set([...colours('error'), ...colours('warning'), ...colours('info')]).size).toBe(3);
    expect(f.items.filter((i) => i.cls === 'error')).toHaveLength(11);
    expect(f.headline).toBe('Kiểm tra số liệu báo cáo: 11 lỗi, 11 cảnh báo, 8 ghi chú');
    await page.close();
  });

  it('the on-time chart: axis from just below the lowest rate to 100%, the 95% target line named, units on every axis', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    const chart = await page.evaluate(() => {
      const fig = document.querySelector('#chart-on-time-by-level')!;
      const texts = [...fig.querySelectorAll('svg text')].map((t) => t.textContent ?? '');
      const axisTitles = [...document.querySelectorAll('figure svg .role-axis-title text')].map((t) => t.textContent ?? '');
      return { texts, axisTitles };
    });
    expect(chart.texts).toContain('100');
    expect(chart.texts).not.toContain('0'); // the axis does not start at 0: 97,97% and 99,93% are told apart
    expect(chart.texts.join(' ')).toContain('chỉ tiêu 95%');
    expect(chart.texts).toEqual(expect.arrayContaining(['97,97%', '99,93%']));
    expect(chart.axisTitles.length).toBeGreaterThanOrEqual(3);
    for (const t of chart.axisTitles) expect(t).toMatch(/\(.+\)/); // a unit in parentheses: (%), (đơn vị), (nhiệm vụ)
    await page.close();
  });

  it('the plan headline says how many tasks lack a recorded result instead of calling them overdue', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    const text = await page.evaluate(
      () =>
        [...document.querySelectorAll('section')].find((s) => s.querySelector('h2')?.textContent?.startsWith('Kế hoạch'))?.textContent ??
        '',
    );
    expect(text).toMatch(/1\/32 nhiệm vụ có kết quả được ghi nhận; 20 nhiệm vụ đã qua hạn nhưng chưa có kết quả được ghi nhận/);
    expect(text).toContain('Quá hạn, chưa ghi nhận kết quả');
    await page.close();
  });

  it('no English word in the Vietnamese page (text, labels and chart), no Vietnamese label in the English one', async () => {
    const page = await browser!.newPage();
    await page.goto(pathToFileURL(files.vi).href, { waitUntil: 'load' });
    const vi = await page.evaluate(() => {
      const attrs = [...document.querySelectorAll('[aria-label],[title]')].map(
        (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
      );
      return `${document.body.textContent} ${[...document.querySelectorAll('svg text')].map((t) => t.textContent).join(' ')} ${attrs.join(' ')} ${document.title}`;
    });
    const english = [
      'the',
      'and',
      'of',
      'on',
      'time',
      'rate',
      'rates',
      'title',
      'subtitle',
      'text',
      'level',
      'received',
      'resolved',
      'pending',
      'late',
      'overdue',
      'count',
      'units',
      'tasks',
      'target',
      'source',
      'share',
      'error',
      'warning',
      'note',
      'total',
      'page',
      'chart',
    ];
    const words = new Set(vi.toLowerCase().match(/[a-zà-ỹđ]+/g) ?? []);
    expect(english.filter((w) => words.has(w))).toEqual([]);
    await page.goto(pathToFileURL(files.en).href, { waitUntil: 'load' });
    const en = await page.evaluate(() => ({
      labels: [
        ...document.querySelectorAll(
          'h2, th, figcaption, p, svg .role-axis-title text, svg .role-legend-title text, svg .role-title-text text',
        ),
      ].map((e) => e.textContent ?? ''),
      lang: document.documentElement.lang,
    }));
    expect(en.lang).toBe('en');
    // labels, headers and prose are English; data (agency names, plan sections, sources) stays as printed, so only the
    // page's own words are checked: any Vietnamese word that is not inside a data value
    const own = en.labels
      .join(' ')
      .replace(
        /Kiên Giang|164\/KH-UBND|389\/BC-UBND|Báo cáo|Kế hoạch|Cổng TTĐT tỉnh|Công tác cải cách hành chính năm 2020|QĐ 766|\([^()]*[à-ỹđ][^()]*\)/gi,
        '',
      );
    expect(own.match(/[^\s,.;:()]*[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ][^\s,.;:()]*/gi) ?? []).toEqual([]);
    await page.close();
  });
});

// Without a browser, the same page is still checked for its structure (the print stylesheet and the section markup).
describe('the HTML report as a document (structure)', () => {
  it('has the A4 print stylesheet, sections, repeated headers and table boxes', async () => {
    const out = join(dir, 'structure.html');
    await run(process.execPath, [join(root, 'dist/cli.js'), 'report', '--format', 'html', '--as-of', '2020-06-30', '--out', out], {
      cwd: root,
    });
    const html = (await import('node:fs')).readFileSync(out, 'utf8');
    expect(html).toMatch(/@page\{size:A4/);
    expect(html).toContain('section+section{break-before:page}');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html.match(/<div class="table-wrap"><table>/g)?.length).toBe(html.match(/<table>/g)?.length);
    expect(html).not.toMatch(/aria-label="(?:Title|Subtitle|Axis)/);
    writeFileSync(join(dir, 'ok'), '');
  });
});
