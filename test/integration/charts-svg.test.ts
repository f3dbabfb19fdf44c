// The chart specs compile with Vega-Lite and render to SVG headless (what the HTML report embeds).
import { describe, expect, it } from 'vitest';
import { classDistributionChartSpec, onTimeRateChartSpec, progressChartSpec, ratio } from 'cchc';
import { chartToSvg, renderHtml } from '../../src/cli/html.js';

describe('charts render to SVG', () => {
  it.each([
    [
      'on-time',
      onTimeRateChartSpec(
        [
          { label: 'Cấp tỉnh', rate: ratio(61878, 62337) },
          { label: 'Cấp xã', rate: ratio(445406, 445716) },
        ],
        { targetPercent: 95 },
      ),
    ],
    [
      'classes',
      classDistributionChartSpec([
        { className: 'Xuất sắc', count: 14 },
        { className: 'Tốt', count: 22 },
      ]),
    ],
    ['progress', progressChartSpec([{ group: 'Sở Nội vụ', counts: { done: 3, overdue: 1 } }])],
  ])('%s', async (_name, spec) => {
    const svg = await chartToSvg(spec, 'vi');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('class="marks"');
    expect(svg.length).toBeGreaterThan(1000);
  });
});

describe('the HTML page escapes the data', () => {
  it('markup, quotes and control characters from labels never reach the page raw', async () => {
    const evil = `<script>alert(1)</script> "x" 'y' & \u001b[2J\u0000\u202e`;
    const html = await renderHtml(
      [
        { kind: 'heading', level: 1, text: evil },
        { kind: 'paragraph', text: evil },
        { kind: 'table', table: { header: [evil], rows: [[evil]] } },
        { kind: 'list', items: [{ text: evil, tone: 'error' }] },
      ],
      [],
      'vi',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;x&quot; &#39;y&#39; &amp;');
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(html)).toBe(false);
  });
});
