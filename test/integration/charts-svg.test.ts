// The chart specs compile with Vega-Lite and render to SVG headless (what the HTML report embeds).
import { describe, expect, it } from 'vitest';
import { classDistributionChartSpec, onTimeRateChartSpec, progressChartSpec, ratio } from 'cchc';
import { chartToSvg } from '../../src/cli/html.js';

describe('charts render to SVG', () => {
  it.each([
    ['on-time', onTimeRateChartSpec([{ label: 'Cấp tỉnh', rate: ratio(61878, 62337) }, { label: 'Cấp xã', rate: ratio(445406, 445716) }], { target: 95 })],
    ['classes', classDistributionChartSpec([{ className: 'Xuất sắc', count: 14 }, { className: 'Tốt', count: 22 }])],
    ['progress', progressChartSpec([{ group: 'Sở Nội vụ', counts: { done: 3, overdue: 1 } }])],
  ])('%s', async (_name, spec) => {
    const svg = await chartToSvg(spec, 'vi');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('class="marks"');
    expect(svg.length).toBeGreaterThan(1000);
  });
});
