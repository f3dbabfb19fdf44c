import { describe, expect, it } from 'vitest';
import {
  classDistributionChartSpec,
  onTimeRateChartSpec,
  progressChartSpec,
  ratio,
  VEGA_LITE_SCHEMA,
  CchcError,
  type RateInput,
} from 'cchc';

type Values = { values: Record<string, unknown>[] };

describe('chart specs', () => {
  it('on-time rates: percent points at 2 decimals, nulls left out and named, target line', () => {
    const spec = onTimeRateChartSpec(
      [
        { label: 'Cấp tỉnh', rate: ratio(61878, 62337) },
        { label: 'Cấp huyện', rate: ratio(107422, 109649) },
        { label: 'Cấp xã', rate: null },
      ],
      { target: 95 },
    );
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
    expect((spec.data as Values).values.map((v) => v.percent)).toEqual([99.26, 97.97]);
    expect(JSON.stringify(spec.title)).toContain('Cấp xã');
    const layers = spec.layer as { mark?: { type: string }; data?: { values: { target: number }[] } }[];
    expect(layers).toHaveLength(2); // bars with their labels, then the target rule
    expect(layers[1]).toMatchObject({ mark: { type: 'rule' }, data: { values: [{ target: 95 }] } });
    expect((onTimeRateChartSpec([{ label: 'A', rate: ratio(1, 2) }]).layer as unknown[]).length).toBe(1);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec); // plain JSON
  });
  it('on-time rates between 95% and 100%: the axis is zoomed so the differences and the 95% target show, with units', () => {
    const rows = [
      { label: 'Cấp tỉnh', rate: ratio(61878, 62337) },
      { label: 'Cấp xã', rate: ratio(445406, 445716) },
    ];
    const spec = onTimeRateChartSpec(rows, { targetPercent: 95 });
    const first = (
      spec.layer as { encoding: { y: { title: string; scale: { domain: number[] } } }; layer: { mark: { type: string } }[] }[]
    )[0]!;
    expect(first.encoding.y.scale.domain).toEqual([94, 100]);
    expect(first.encoding.y.title).toBe('Tỷ lệ đúng hạn (%)');
    expect(first.layer[0]!.mark.type).toBe('point');
    expect(JSON.stringify(spec.title)).toContain('chỉ tiêu 95%');
    expect(JSON.stringify(spec.title)).toContain('Trục dọc từ 94% đến 100%');
    // zeroBaseline, or a rate under 50%, gives bars from 0
    const zero = onTimeRateChartSpec(rows, { targetPercent: 95, zeroBaseline: true });
    expect((zero.layer as { encoding: { y: { scale: { domain: number[] } } } }[])[0]!.encoding.y.scale.domain).toEqual([0, 100]);
    const low = onTimeRateChartSpec([{ label: 'A', rate: ratio(1, 4) }], { locale: 'en' });
    const lowFirst = (
      low.layer as { encoding: { y: { title: string; scale: { domain: number[] } } }; layer: { mark: { type: string } }[] }[]
    )[0]!;
    expect(lowFirst.encoding.y.scale.domain).toEqual([0, 100]);
    expect(lowFirst.layer[0]!.mark.type).toBe('bar');
    expect(lowFirst.encoding.y.title).toBe('On-time rate (%)');
  });
  it('on-time rates: every rate input gives the same bar', () => {
    const values = (rate: RateInput) => (onTimeRateChartSpec([{ label: 'A', rate }]).data as Values).values.map((v) => v.percent);
    for (const rate of [ratio(1, 2), { numerator: 1, denominator: 2 }, 0.5, '50%', '50,00%'] as RateInput[])
      expect(values(rate)).toEqual([50]);
  });
  it('class distribution shares add up to 100', () => {
    const spec = classDistributionChartSpec(
      [
        { className: 'Xuất sắc', count: 14 },
        { className: 'Tốt', count: 22 },
        { className: 'Khá', count: 4 },
        { className: 'Trung bình', count: 2 },
      ],
      { locale: 'en' },
    );
    const shares = (spec.data as Values).values.map((v) => v.share as number);
    expect(shares).toEqual([33.33, 52.38, 9.53, 4.76]);
    expect(spec.title).toBe('Class distribution');
  });
  it('progress by group keeps status order', () => {
    const spec = progressChartSpec([{ group: 'Sở Nội vụ', counts: { 'done-on-time': 3, overdue: 1, 'not-due': 0 } }], {
      statusOrder: ['done-on-time', 'overdue', 'not-due'],
    });
    expect((spec.data as Values).values).toHaveLength(2);
  });
  it('rejects bad input with CchcError', () => {
    expect(() => onTimeRateChartSpec([{ label: '', rate: null }])).toThrow(CchcError);
    // a rate is any rate input (0.2): a Ratio, { numerator, denominator }, a fraction or a percent text — never a bare '50'
    expect(() => onTimeRateChartSpec([{ label: 'x', rate: '50' }])).toThrow(CchcError);
    expect(() => onTimeRateChartSpec([{ label: 'x', rate: { value: 0.5 } as never }])).toThrow(CchcError);
    expect(() => onTimeRateChartSpec([], { target: 120 })).toThrow(CchcError);
    expect(() => classDistributionChartSpec([{ className: 'A', count: -1 }])).toThrow(CchcError);
    expect(() => classDistributionChartSpec([{ className: 'A', count: 0 }])).toThrow(CchcError);
  });
});
