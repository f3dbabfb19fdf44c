// Issue 16, construct by construct: year-on-year changes, excerpts of a ranking (`of`), rounded parts, approximate
// figures, dossier tables of other shapes, SIPAS, task summaries, bases not printed, English notation — each with the
// severity calibration of the guide (error only when no reading at the printed precision explains the figures) and
// with bad input refused as one CchcError.
import { describe, expect, it } from 'vitest';
import {
  AUDIT_FINDING_CODES,
  CchcError,
  auditChange,
  auditDocument,
  auditDossierTable,
  auditImpliedBase,
  auditParTable,
  auditParts,
  auditPrintedRate,
  auditSipasTable,
  auditTaskSummary,
  impliedBase,
  parseViApproximate,
  type AuditFinding,
} from 'cchc';

const label = { vi: 'Bảng thử', en: 'Test table' };
const _codes = (fs: readonly AuditFinding[]) => fs.map((f) => f.code);
const alarms = (fs: readonly AuditFinding[]) => fs.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.code}`);
const pairs = (fs: readonly AuditFinding[]) => fs.map((f) => [f.code, f.severity]);
const errorOf = (fn: () => unknown): CchcError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError');
};

describe('1. year-on-year changes: auditChange', () => {
  it('points: "tăng 2,1 điểm so với năm 2023"', () => {
    expect(auditChange({ label, current: '87,61', prior: '85,51', change: 'tăng 2,1 điểm so với năm 2023' })).toEqual([]);
    const wrong = auditChange({ label, current: '87,61', prior: '85,01', change: 'tăng 2,1 điểm so với năm 2023' });
    expect(pairs(wrong)).toEqual([['change-mismatch', 'error']]);
    expect(wrong[0]!.message.vi.length).toBeGreaterThan(20);
    expect(wrong[0]!.message.en.length).toBeGreaterThan(20);
  });

  it('"tăng 0,85%" meaning percentage points: a note says which reading explains it; named, no finding', () => {
    expect(pairs(auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,85%' }))).toEqual([['change-reading', 'info']]);
    expect(auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,85%', reading: 'percentage-points' })).toEqual([]);
    // read as relative change only, it is not explained: a warning that the other reading fits
    expect(alarms(auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,85%', reading: 'percent' }))).toEqual([
      'warning change-reading-mismatch',
    ]);
  });

  it('a relative change: "+5,83%" from 120 to 127', () => {
    expect(pairs(auditChange({ label, current: 127, prior: 120, change: '+5,83%' }))).toEqual([['change-reading', 'info']]);
    expect(auditChange({ label, current: 127, prior: 120, change: '+5,83%', reading: 'percent' })).toEqual([]);
    expect(alarms(auditChange({ label, current: 127, prior: 120, change: '+9,5%', reading: 'percent' }))).toEqual([
      'error change-mismatch',
    ]);
  });

  it('the wrong direction is an error', () => {
    expect(alarms(auditChange({ label, current: '85,51', prior: '87,61', change: 'tăng 2,1 điểm' }))).toEqual(['error change-mismatch']);
  });

  it('a prior value derivable from the current value and its change', () => {
    const [f] = auditChange({ label, current: '87,61', change: 'tăng 2,1 điểm' });
    expect([f?.code, f?.severity]).toEqual(['change-implied', 'info']);
    expect(f?.message.en).toMatch(/85[.,]51/);
  });

  it('ranks: "tăng 6 bậc", "giảm 3 bậc", out of range, English', () => {
    expect(auditChange({ label, current: 'thứ 9', prior: 'thứ 15', change: 'tăng 6 bậc' })).toEqual([]);
    expect(alarms(auditChange({ label, current: 'thứ 9', prior: 'thứ 14', change: 'tăng 6 bậc' }))).toEqual(['error rank-change-mismatch']);
    expect(alarms(auditChange({ label, current: 60, of: 63, change: 'giảm 5 bậc' }))).toEqual([]);
    expect(alarms(auditChange({ label, current: 60, of: 63, change: 'tăng 5 bậc' }))).toEqual(['error rank-change-out-of-range']);
    expect(
      auditChange({ label, current: '23rd out of 63', prior: '30th out of 63', change: 'an improvement of 7 ranks', locale: 'en' }),
    ).toEqual([]);
  });

  it('the words of the press: "vươn lên", "tụt xuống", "lùi", "điểm %", English verbs', () => {
    expect(auditChange({ label, current: 'thứ 2', prior: 'thứ 5', change: 'vươn lên 3 bậc' })).toEqual([]);
    expect(auditChange({ label, current: 'thứ 8', prior: 'thứ 5', change: 'tụt xuống 3 bậc' })).toEqual([]);
    expect(auditChange({ label, current: 'thứ 8', prior: 'thứ 5', change: 'lùi 3 bậc' })).toEqual([]);
    expect(auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,85 điểm % so với năm 2023' })).toEqual([]);
    expect(alarms(auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,95 điểm %' }))).toEqual([
      'error change-mismatch',
    ]);
    for (const change of ['up 3 places', 'climbed three places', 'rose 3 spots'])
      expect(auditChange({ label, current: '2nd', prior: '5th', change, locale: 'en' }), change).toEqual([]);
    expect(auditChange({ label, current: '5th', prior: '5th', change: 'maintained its position', locale: 'en' })).toEqual([]);
  });

  it('English notation only when the caller says so', () => {
    expect(
      auditChange({ label, current: '88.51%', prior: '86.79%', change: 'an increase of 1.72 percentage points', locale: 'en' }),
    ).toEqual([]);
    const e = errorOf(() => auditChange({ label, current: '88.51%', prior: '86.79%', change: 'an increase of 1.72 percentage points' }));
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toContainEqual(['AMBIGUOUS_NUMBER', 'current']);
  });

  it('bad input: one CchcError with a path, never a silent default', () => {
    expect(errorOf(() => auditChange({ label, curent: 1, change: 'tăng 1 điểm' } as never)).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => auditChange({ label, current: 1, change: 'xyz' })).issues[0]!.path).toEqual(['change']);
    expect(errorOf(() => auditChange({ label, current: 1, change: 'tăng 1 điểm', reading: 'points-ish' } as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(errorOf(() => auditChange({ label, current: 'thứ không', change: 'tăng 1 bậc' })).code).toBe('PAR_INVALID_RANK');
    expect(errorOf(() => auditChange(null as never))).toBeInstanceOf(CchcError);
  });
});

describe('2. excerpts of a ranking: auditParTable with `of`', () => {
  const excerpt = [
    { unit: 'A', index: '91,2%', rank: 5 },
    { unit: 'B', index: '86,0%', rank: 41 },
    { unit: 'C', index: '83,1%', rank: 60 },
  ];
  it('printed ranks 5, 41, 60 "of 63" are checked against 63, never re-ranked among three rows', () => {
    expect(auditParTable(excerpt, { of: 63 })).toEqual([]);
  });
  it('without `of`, the ranks beyond the rows make it an excerpt too (a note)', () => {
    expect(pairs(auditParTable(excerpt))).toEqual([['par-rank-excerpt', 'info']]);
  });
  it('a rank beyond `of`, and ranks against the order of the values, are errors', () => {
    expect(alarms(auditParTable(excerpt, { of: 59 }))).toEqual(['error par-rank-out-of-range']);
    const swapped = [excerpt[0]!, { ...excerpt[1]!, index: '82,0%' }, excerpt[2]!];
    expect(alarms(auditParTable(swapped, { of: 63 }))).toEqual(['error par-rank-order']);
  });
  it('a whole ranking is still re-ranked: two ranks swapped are errors', () => {
    const whole = [
      { unit: 'A', index: 90, rank: 1 },
      { unit: 'B', index: 85, rank: 3 },
      { unit: 'C', index: 80, rank: 2 },
    ];
    expect(alarms(auditParTable(whole, { of: 3 }))).toEqual(['error par-rank-mismatch', 'error par-rank-mismatch']);
  });
  it('values printed at different precisions: ranks explained by unrounded values are a note, not an error', () => {
    // "26,85" is [26,845; 26,855), "26,9" is [26,85; 26,95): either may be ahead
    const rows = (a: string, ra: number, rb: number) => [
      { unit: 'A', total: a, rank: ra },
      { unit: 'B', total: '26,9', rank: rb },
    ];
    expect(pairs(auditParTable(rows('26,85', 1, 2), { rankBy: 'total' }))).toEqual([
      ['par-rank-rounded', 'info'],
      ['par-rank-rounded', 'info'],
    ]);
    expect(auditParTable(rows('26,85', 2, 1), { rankBy: 'total' })).toEqual([]);
    expect(alarms(auditParTable(rows('26,80', 1, 2), { rankBy: 'total' }))).toEqual(['error par-rank-mismatch', 'error par-rank-mismatch']);
    expect(
      pairs(
        auditSipasTable(
          [
            { unit: 'A', index: '82,85%', rank: 1 },
            { unit: 'B', index: '82,9%', rank: 2 },
          ],
          { of: 2 },
        ),
      ).map((x) => x[0]),
    ).toEqual(['sipas-rank-rounded', 'sipas-rank-rounded']);
  });
  it('changes per row: `change: { value, rank }` against `prior` or the earlier table', () => {
    const rows = [
      {
        unit: 'Hải Phòng',
        index: '91,87%',
        rank: 2,
        change: { value: 'tăng 1,55%', rank: 'tăng 3 bậc' },
        prior: { value: '90,32%', rank: 5 },
      },
    ];
    expect(alarms(auditParTable(rows, { of: 63, changeReading: 'percentage-points' }))).toEqual([]);
    const bad = [{ ...rows[0]!, change: { value: 'tăng 1,55%', rank: 'tăng 4 bậc' } }];
    expect(alarms(auditParTable(bad, { of: 63, changeReading: 'percentage-points' }))).toEqual(['error rank-change-mismatch']);
    // the earlier table instead of prior values in the row
    const current = [{ unit: 'Hải Phòng', index: '91,87%', rank: 2, change: { rank: 'tăng 3 bậc' } }];
    expect(auditParTable(current, { of: 63, prior: [{ unit: 'Hải Phòng', index: '90,32%', rank: 5 }] })).toEqual([]);
    expect(alarms(auditParTable(current, { of: 63, prior: [{ unit: 'Hải Phòng', index: '90,32%', rank: 6 }] }))).toEqual([
      'error rank-change-mismatch',
    ]);
  });
  it('bad `of` and bad ranks: CchcError', () => {
    for (const of of [0, 2.5, -63]) expect(errorOf(() => auditParTable(excerpt, { of })).issues[0]!.path.at(-1)).toBe('of');
    // a rank is read from a phrase ("đứng thứ 2 cả nước", "retained its third position"), but never guessed
    for (const rank of ['xyz', 'hạng 2 hạng 3', 'thứ']) {
      const bad = errorOf(() => auditParTable([{ unit: 'A', index: 90, rank }], { of: 63 }));
      expect(bad.code, rank).toBe('PAR_INVALID_RANK');
      expect(bad.issues[0]!.path).toContain('rank');
    }
    expect(auditParTable([{ unit: 'A', index: 90, rank: 'đứng thứ 2 cả nước' }], { of: 63 })).toEqual([]);
    expect(errorOf(() => auditParTable(excerpt, { off: 63 } as never)).code).toBe('UNKNOWN_KEY');
  });
});

describe('3. rounded parts: notes, and an error only where no rounding explains the gap', () => {
  it('62,3 + 24,41 printed as 86,70 is a note; 86,74 is an error', () => {
    const row = (total: string) => [{ unit: 'A', components: { appraisal: '62,3', survey: '24,41' }, total }];
    expect(pairs(auditParTable(row('86,70')))).toEqual([['par-total-rounded', 'info']]);
    // 62,3 is [62,25; 62,35]: the sum lies in [86,655; 86,765], so 86,74 is still explained by rounding
    expect(alarms(auditParTable(row('86,74')))).toEqual([]);
    expect(alarms(auditParTable(row('86,80')))).toEqual(['error par-total-mismatch']);
  });
  it('parts summing to ±0,01 off the printed total', () => {
    expect(alarms(auditParts({ label, total: '100,00', parts: ['33,33', '33,33', '33,33'], exhaustive: true }))).toEqual([]);
    expect(alarms(auditParts({ label, total: '100,00', parts: ['33,33', '33,33', '33,30'], exhaustive: true }))).toEqual([
      'error sum-mismatch',
    ]);
  });
  it('a score 8,95/10 beside 89,46%', () => {
    expect(pairs(auditSipasTable([{ unit: 'A', components: { access: { score: '8,95', percent: '89,46%' } } }]))).toEqual([
      ['sipas-score-rounded', 'info'],
    ]);
    expect(alarms(auditSipasTable([{ unit: 'A', components: { access: { score: '8,85', percent: '89,46%' } } }]))).toEqual([
      'error sipas-score-mismatch',
    ]);
  });
});

describe('4. approximate figures read as intervals wherever a printed figure is accepted', () => {
  it('parts with "hơn", "gần", "khoảng"', () => {
    expect(alarms(auditParts({ label, total: 'hơn 4.500 hồ sơ', parts: ['3.000', '1.520'], exhaustive: true }))).toEqual([]);
    // "hơn 4.500" is [4.500; 4.600]; 4.700 is beyond the usual reading but true by the words (a note); 4.420 only a
    // loose reading explains (a warning); 4.300 none (an error)
    expect(alarms(auditParts({ label, total: 'hơn 4.500 hồ sơ', parts: ['3.000', '1.700'], exhaustive: true }))).toEqual([]);
    expect(alarms(auditParts({ label, total: 'hơn 4.500 hồ sơ', parts: ['3.000', '1.420'], exhaustive: true }))).toEqual([
      'warning sum-mismatch',
    ]);
    expect(alarms(auditParts({ label, total: 'hơn 4.500 hồ sơ', parts: ['3.000', '1.300'], exhaustive: true }))).toEqual([
      'error sum-mismatch',
    ]);
    expect(alarms(auditParts({ label, total: 'gần 98%', parts: ['60,1%', '37,5%'], exhaustive: true }))).toEqual([]);
  });
  it('a printed rate "gần 98%" of counts', () => {
    expect(alarms(auditPrintedRate({ label, numerator: 975, denominator: 1000, printed: 'gần 98%' }))).toEqual([]);
    expect(alarms(auditPrintedRate({ label, numerator: 990, denominator: 1000, printed: 'gần 98%' }))).not.toEqual([]);
  });
  it('scale words: "3,87 ngàn" and "2,6 nghìn tỷ đồng"', () => {
    expect(alarms(auditParts({ label, total: '3,87 ngàn', parts: [2000, 1868], exhaustive: true }))).toEqual([]);
    expect(alarms(auditParts({ label, total: '2,6 nghìn tỷ đồng', parts: ['1.500 tỷ đồng', '1.120 tỷ đồng'], exhaustive: true }))).toEqual(
      [],
    );
  });
  it('parseViApproximate never forces a value: min ≤ value ≤ max, exact ⇒ min = max', () => {
    const f = parseViApproximate('khoảng 120 nghìn');
    expect([f.min.toString(), f.value.toString(), f.max.toString(), f.approximate, f.text]).toEqual([
      '110000',
      '120000',
      '130000',
      true,
      'khoảng 120 nghìn',
    ]);
  });
});

describe('5. dossier tables of other shapes', () => {
  it('rows by sector, the full column set of the report form, rates over received', () => {
    const findings = auditDossierTable({
      rows: [
        {
          label: 'Lĩnh vực đất đai',
          received: { carriedOver: 20, newOnline: 50, newInPerson: 30, newPostal: 0, total: 100 },
          resolved: { total: 80, early: 10, onTime: 65, late: 5 },
          pending: { total: 15, withinDue: 12, overdue: 3 },
          withdrawnOrReturned: 3,
          awaitingSupplement: 2,
          printed: { onTimeRate: { text: '75%', denominator: 'received' }, onTimeOnlyRate: '81,25%' },
        },
      ],
    });
    expect(alarms(findings)).toEqual([]);
  });
  it('a part left unprinted but derivable is checked: parts above their total', () => {
    const findings = auditDossierTable({
      rows: [{ label: 'Sở Tư pháp', received: { total: 100 }, resolved: { total: 90, onTime: 70, late: 25 }, pending: { total: 5 } }],
    });
    expect(alarms(findings)).toContain('error parts-exceed-total');
  });
  it('a partial list of rows must not exceed the total row', () => {
    const rows = (a: number) => [
      { label: 'Toàn tỉnh', received: { total: 1000 } },
      { label: 'Sở Xây dựng', received: { total: a } },
      { label: 'Sở Tư pháp', received: { total: 300 } },
    ];
    expect(alarms(auditDossierTable({ rows: rows(500), totalLabel: 'Toàn tỉnh', complete: false }))).toEqual([]);
    expect(alarms(auditDossierTable({ rows: rows(800), totalLabel: 'Toàn tỉnh', complete: false }))).toEqual(['error rows-exceed-total']);
  });
  it('English notation with locale "en"', () => {
    const row = {
      label: 'Provincial level',
      received: { total: '531,269' },
      resolved: { total: '530,000', onTimeOrEarly: '529,205' },
      printed: { onTimeRate: '99.85%' },
    };
    expect(alarms(auditDossierTable({ rows: [row], locale: 'en' }))).toEqual([]);
    expect(errorOf(() => auditDossierTable({ rows: [row] })).issues.map((i) => i.code)).toContain('AMBIGUOUS_NUMBER');
  });
});

describe('6. SIPAS: auditSipasTable(rows, options)', () => {
  const rows = [
    { unit: 'Quảng Ninh', index: '90,61%', rank: 'dẫn đầu' },
    { unit: 'Thái Nguyên', index: '90,29%', rank: 'thứ 2' },
    { unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19', change: { rank: 'giảm 3 bậc' } },
  ];
  it('an excerpt of a national ranking', () => {
    expect(alarms(auditSipasTable(rows, { of: 63 }))).toEqual([]);
    expect(alarms(auditSipasTable(rows, { of: 18 }))).toEqual(['error sipas-rank-out-of-range']);
  });
  it('an overall index that is not the mean of its five components is not an error (2023 method)', () => {
    const row = {
      unit: 'Toàn quốc',
      index: '82,66%',
      components: { access: '82,27%', procedures: '82,96%', civilServants: '83,12%', results: '82,81%', feedback: '82,29%' },
    };
    expect(auditSipasTable([row])).toEqual([]);
    expect(alarms(auditSipasTable([row], { overall: 'within' }))).toEqual([]);
    expect(alarms(auditSipasTable([row], { overall: 'mean' }))).toEqual(['error sipas-mean-mismatch']);
    expect(alarms(auditSipasTable([{ ...row, index: '84,00%' }], { overall: 'within' }))).toEqual(['error sipas-overall-outside']);
  });
  it('bad input', () => {
    expect(errorOf(() => auditSipasTable(rows, { overall: 'average' } as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => auditSipasTable([{ unit: 'A', indx: '1%' } as never])).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => auditSipasTable([{ unit: 'A', index: 'chín mươi' }])).code).toBe('INVALID_NUMBER');
    const rank0 = errorOf(() => auditSipasTable([{ unit: 'A', index: '80%', rank: 0 }]));
    expect(rank0.issues[0]!.path).toEqual(['rows', 0, 'rank']);
    expect(errorOf(() => auditSipasTable(rows, { scoreScale: 0 })).code).toBe('INVALID_INPUT');
  });
});

describe('7. task-completion summaries: auditTaskSummary', () => {
  it('"hoàn thành 28/32 nhiệm vụ (87,5%)"', () => {
    expect(auditTaskSummary({ label, completed: '28/32', printed: { completedRate: '87,5%' } })).toEqual([]);
    expect(alarms(auditTaskSummary({ label, completed: '28/32', printed: { completedRate: '85,7%' } }))).toEqual(['error rate-mismatch']);
  });
  it('"1.420 + 265 = 1.686"', () => {
    expect(pairs(auditTaskSummary({ label, assigned: '1.686', completed: '1.420', notCompleted: '265' }))).toEqual([
      ['tasks-sum-mismatch', 'error'],
    ]);
    expect(auditTaskSummary({ label, assigned: '1.685', completed: '1.420', notCompleted: '265' })).toEqual([]);
  });
  it('bad input', () => {
    expect(errorOf(() => auditTaskSummary({ label, complete: 28 } as never)).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => auditTaskSummary({ label, completed: '-3' })).code).toMatch(/INVALID_COUNT|INVALID_NUMBER|INVALID_INPUT/);
  });
});

describe('8. bases not printed: impliedBase, auditImpliedBase', () => {
  it('"12.400 người, đạt 11,25%": a whole range for a count', () => {
    const b = impliedBase('12.400 người', '11,25%');
    expect([b.minWhole, b.maxWhole]).toEqual([110174, 110271]);
    expect(b.min.lte(b.value) && b.value.lte(b.max)).toBe(true);
  });
  it('money and large counts: a range, no whole numbers for an amount', () => {
    const b = impliedBase('2,6 nghìn tỷ đồng', '47%');
    expect(b.minWhole).toBeNull();
    expect(b.min.lt(b.max)).toBe(true);
    expect(b.min.div(1e12).toNumber()).toBeGreaterThan(5.3);
    expect(b.max.div(1e12).toNumber()).toBeLessThan(5.7);
  });
  it('the unit of the base, also inside a list of checks (where `kind` is the tag)', () => {
    expect(impliedBase('1.000', '40%', { unit: 'amount' }).minWhole).toBeNull();
    const [f] = auditDocument({ type: 'checks', checks: [{ kind: 'implied-base', label, part: '1.000', rate: '40%', unit: 'amount' }] });
    expect(f?.code).toBe('implied-base');
  });
  it('bounds and parts', () => {
    expect(pairs(auditImpliedBase({ label, part: '12.400 người', rate: '11,25%' }))).toEqual([['implied-base', 'info']]);
    expect(alarms(auditImpliedBase({ label, part: '12.400 người', rate: '11,25%', atMost: '100.000' }))).toEqual([
      'error implied-base-out-of-range',
    ]);
    expect(alarms(auditImpliedBase({ label, part: '12.400 người', rate: '11,25%', base: '110.200' }))).toEqual([]);
    expect(alarms(auditImpliedBase({ label, part: '12.400 người', rate: '11,25%', base: '100.000' }))).toEqual(['error rate-mismatch']);
  });
  it('bad input', () => {
    expect(errorOf(() => impliedBase('12.400', 'abc')).code).toBe('INVALID_NUMBER');
    // a rate of 0 implies no base: refused, never a base of 0 or a range upside down
    for (const rate of ['0%', '0,0%', '-5%']) expect(errorOf(() => impliedBase('100', rate)).issues[0]!.path).toEqual(['rate']);
    expect(errorOf(() => auditImpliedBase({ label, part: '100', rate: '0%' })).code).toBe('INVALID_INPUT');
    expect(
      errorOf(() => auditImpliedBase({ label, part: '100', rate: '10%', parts: [{ part: '5', rate: '0%' }] })).issues[0]!.path,
    ).toEqual(['parts', 0, 'rate']);
    expect(errorOf(() => impliedBase('12.400', '1%', { unit: 'money' } as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => impliedBase('12.400', '1%', { kind: 'amount' } as never)).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => auditImpliedBase({ label, part: 1, rat: '1%' } as never)).issues.map((i) => i.code)).toContain('UNKNOWN_KEY');
  });
});

describe('9. English notation: accepted when the caller says so, never guessed', () => {
  it('"90.42 percent"', () => {
    expect(auditPrintedRate({ label, numerator: 9042, denominator: 10000, printed: '90.42 percent', locale: 'en' })).toEqual([]);
    expect(errorOf(() => auditPrintedRate({ label, numerator: 9042, denominator: 10000, printed: '90.42 percent' })).code).toBe(
      'AMBIGUOUS_NUMBER',
    );
  });
  it('a PAR excerpt in English', () => {
    const rows = [
      { unit: 'Hai Phong', index: '91.87', rank: '2nd out of 63' },
      { unit: 'Quang Ninh', index: '92.18', rank: 'topped' },
    ];
    expect(alarms(auditParTable(rows, { of: 63, locale: 'en' }))).toEqual([]);
  });
});

describe('auditDocument: every construct in one document, and the finding codes', () => {
  it('a list of checks', () => {
    const findings = auditDocument({
      type: 'checks',
      checks: [
        { kind: 'change', label, current: '87,61', prior: '85,51', change: 'tăng 2,1 điểm' },
        { kind: 'task-summary', label, assigned: '1.686', completed: '1.420', notCompleted: '265' },
        { kind: 'sipas-table', rows: [{ unit: 'A', index: '80%', rank: 5 }], options: { of: 63 } },
        { kind: 'implied-base', label, part: 240, rate: '6,75%' },
      ],
    });
    expect(pairs(findings)).toEqual([
      ['tasks-sum-mismatch', 'error'],
      ['implied-base', 'info'],
    ]);
  });
  it('an unknown type or kind, and an unknown key beside rows: CchcError with a suggestion', () => {
    expect(errorOf(() => auditDocument({ type: 'sipas-tabel' } as never)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => auditDocument({ type: 'checks', checks: [{ kind: 'chnage', label, change: '1' }] } as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(errorOf(() => auditDocument({ type: 'par-table', rows: [], locale: 'en' } as never)).code).toBe('UNKNOWN_KEY');
  });
  it('every code given by an audit is listed in AUDIT_FINDING_CODES with its severity', () => {
    const samples: AuditFinding[] = [
      ...auditChange({ label, current: '90,15%', prior: '89,30%', change: 'tăng 0,85%' }),
      ...auditChange({ label, current: '87,61', change: 'tăng 2,1 điểm' }),
      ...auditParTable([{ unit: 'A', components: { a: '62,3', b: '24,41' }, total: '86,70', rank: 9 }]),
      ...auditSipasTable([{ unit: 'A', components: { access: { score: '8,85', percent: '89,46%' } } }]),
      ...auditTaskSummary({ label, assigned: '1.686', completed: '1.420', notCompleted: '265' }),
      ...auditImpliedBase({ label, part: '12.400 người', rate: '11,25%', atMost: '100.000' }),
    ];
    for (const f of samples) {
      const info = (AUDIT_FINDING_CODES as Record<string, { severities: readonly string[] }>)[f.code];
      expect(info, f.code).toBeDefined();
      expect(info!.severities, f.code).toContain(f.severity);
    }
    expect(Object.isFrozen(AUDIT_FINDING_CODES)).toBe(true);
  });
});
