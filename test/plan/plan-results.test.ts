import { describe, expect, it } from 'vitest';
import { formatPercent, parseResultQuantity, planResults } from 'cchc';
import { kienGiang2019PlanResults } from 'cchc/datasets';
import { caught } from './_helpers.js';

describe('parseResultQuantity', () => {
  it.each([
    ['34 nhiệm vụ/06 đơn vị', { count: 34, unit: 'nhiệm vụ', scope: '06 đơn vị' }],
    ['05 nội dung/toàn tỉnh', { count: 5, unit: 'nội dung', scope: 'toàn tỉnh' }],
    ['07 nội dung/ toàn tỉnh', { count: 7, unit: 'nội dung', scope: 'toàn tỉnh' }],
    ['63/63 đơn vị', { count: 63, of: 63, unit: 'đơn vị' }],
    ['01/01 đơn vị', { count: 1, of: 1, unit: 'đơn vị' }],
    ['183 lớp/toàn tỉnh', { count: 183, unit: 'lớp', scope: 'toàn tỉnh' }],
    [
      '179/183 lớp/toàn tỉnh (còn lại 4 lớp chưa hoàn thành theo kế hoạch do chiêu sinh, nhưng không có người đăng ký học)',
      {
        count: 179,
        of: 183,
        unit: 'lớp',
        scope: 'toàn tỉnh',
        note: 'còn lại 4 lớp chưa hoàn thành theo kế hoạch do chiêu sinh, nhưng không có người đăng ký học',
      },
    ],
    ['40 đơn vị/1000 đơn vị tự chủ toàn bộ khi phí', { count: 40, unit: 'đơn vị', scope: '1000 đơn vị tự chủ toàn bộ khi phí' }],
    ['1.200 hồ sơ', { count: 1200, unit: 'hồ sơ' }],
    ['12', { count: 12 }],
  ])('%s', (text, expected) => {
    expect(parseResultQuantity(text)).toEqual({ ...expected, text });
  });

  it('reads "//", "-" and "" as no figure', () => {
    for (const t of ['//', '-', '', '  ']) expect(parseResultQuantity(t)).toBeNull();
  });

  it.each(['nhiều', 'đã hoàn thành', '34 nhiệm vụ/06 đơn vị/toàn tỉnh/x (a) (b)', '3,5 lớp'])('rejects %j', (t) => {
    expect(caught(() => parseResultQuantity(t)).code).toBe('UNRECOGNIZED_QUANTITY');
  });
});

describe('planResults on Phụ lục I of Báo cáo 389/BC-UBND', () => {
  const r = planResults(kienGiang2019PlanResults);

  it('counts the rows by outcome', () => {
    expect(r.summary).toMatchObject({ total: 34, measured: 24, complete: 21, partial: 3, exceeded: 0, notMeasured: 10 });
    expect(formatPercent(r.summary.completion!)).toBe('61,76%'); // 21/34
    expect(formatPercent(r.summary.measuredCompletion!)).toBe('87,50%'); // 21/24
  });

  it('computes the partial rows exactly', () => {
    const partial = r.rows.filter((x) => x.status === 'partial');
    expect(partial.map((x) => [x.no, x.completed!.count, x.planned!.count, formatPercent(x.ratio!)])).toEqual([
      [6, 47, 63, '74,60%'],
      [7, 14, 42, '33,33%'],
      [20, 179, 183, '97,81%'],
    ]);
  });

  it('keeps the rows without figures with their explanation', () => {
    const rows = r.rows.filter((x) => x.status === 'not-measured');
    expect(rows.map((x) => x.no)).toEqual([17, 18, 21, 22, 23, 24, 27, 28, 30, 34]);
    expect(rows.every((x) => x.ratio === null)).toBe(true);
    expect(rows[3]!.explanation).toBe('Chuyển sang năm 2020 (do đầu năm Sở Nội vụ không đăng ký với UBND tỉnh)');
    expect(rows[7]).toMatchObject({ no: 28, issuedText: '26/12/2019', notes: 'Quyết định số 2932/QĐ-UBND' });
    expect(rows[7]!.issued!.start).toBe('2019-12-26');
  });

  it('reads the issue dates, month-only ones included', () => {
    expect(r.rows[0]!.issued).toMatchObject({ kind: 'day', start: '2018-12-07' });
    expect(r.rows[5]!.issued).toMatchObject({ kind: 'month', start: '2019-04-01', end: '2019-04-30' });
  });
});

describe('planResults: other inputs', () => {
  it('takes numbers and structured figures', () => {
    const r = planResults([
      { plan: 'A', planned: 10, completed: 12 },
      { plan: 'B', planned: { count: 4, unit: 'nội dung' }, completed: { count: 4, unit: 'Nội dung' } },
      { plan: 'C', planned: 0, completed: 0 },
    ]);
    expect(r.rows.map((x) => x.status)).toEqual(['exceeded', 'complete', 'not-measured']);
    expect(r.summary.completion!.numerator).toBe(2);
    expect(planResults([]).summary.completion).toBeNull();
  });

  it('collects every problem, with row paths', () => {
    const e = caught(() =>
      planResults([
        { plan: 'A', planned: '5 nhiệm vụ', completed: '5 lớp' },
        { plan: 'B', planned: 'nhiều', completed: '3 nhiệm vụ' },
        { plan: 'C', issuedText: 'sắp tới', planned: 1, completed: 1 },
      ]),
    );
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['UNIT_MISMATCH', 'entries.0'],
      ['UNRECOGNIZED_QUANTITY', 'entries.1.planned'],
      ['UNRECOGNIZED_PERIOD', 'entries.2.issuedText'],
    ]);
  });

  it('rejects rows that are not entries', () => {
    const e = caught(() => planResults([{ planned: -1 } as never]));
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['entries.0.plan', 'entries.0.planned']);
  });
});

describe('parseResultQuantity: counts a number cannot hold exactly', () => {
  it.each(['9007199254740993 lớp', '1.000.000.000.000.000.000 lớp', '1/9007199254740993 lớp'])(
    'rejects %j (was rounded silently)',
    (text) => {
      const e = caught(() => parseResultQuantity(text));
      expect(e.code).toBe('UNRECOGNIZED_QUANTITY');
      expect(e.messageEn).toContain('too large to count exactly');
    },
  );
});
