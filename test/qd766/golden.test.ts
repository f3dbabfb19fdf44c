// Golden tests of the QĐ 766 index on real published scores (test/fixtures/qd766-scores.json: every row cites its
// source — a capture of dichvucong.gov.vn's API by public code, commit and date, or a press article's URL and date).
// The portal's indicator, group and total scores are reproduced exactly from the captured counts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  audit766Scores,
  provincesOn,
  QD766_2022,
  QD766_PORTAL,
  rankUnits,
  ratio,
  scoreAssessment,
  type AssessmentInputs,
  type LeafInput,
} from 'cchc';

interface Row {
  unit: string;
  level: string;
  methodology: string;
  period: { type: string; year?: number; month?: number; asOf?: string; weekEnding?: string };
  total: number;
  totalDerived?: boolean;
  groups: Record<string, number>;
  indicators?: Record<string, number | null>;
  counts?: Record<string, unknown>;
  rank?: number;
  source: string;
  date: string;
  grade: string;
  complete?: boolean;
  derivedGroups?: string[];
}

const rows = (JSON.parse(readFileSync(new URL('../fixtures/qd766-scores.json', import.meta.url), 'utf8')) as { rows: Row[] }).rows;
const LEAVES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '3.1',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '6.3',
];
const MAX: Record<string, number> = Object.fromEntries(
  QD766_PORTAL.nodes.flatMap((g) => g.children.map((c) => [c.code, c.maxPoints.toNumber()])),
);
const cents = (x: number) => Math.round(x * 100);

/** The payment counts under their three spellings in the captures: A (6.3), B (6.2), C (6.1). */
function payment(c: Record<string, unknown>): Record<string, [number, number]> {
  if ('totalDossierOnlinePaymentSuccess' in c) {
    const n = c as Record<string, number>;
    return {
      '6.3': [n.totalDossierOnlinePaymentSuccess!, n.totalDossierFinancialObligation!],
      '6.2': [n.totalDossierOnlineFormalityPaymentSuccess!, n.totalFeeDossierFormalityDistinct!],
      '6.1': [n.totalFeeDossierFormality!, n.totalFeeFormality!],
    };
  }
  const pick = (prefix: string) => Object.entries(c).find(([k]) => k === prefix || k.startsWith(`${prefix}_`))![1] as [number, number];
  return { '6.3': pick('A'), '6.2': pick('B'), '6.1': pick('C') };
}

/** The province row whose 1.1–1.3 a department or commune of the same capture inherits. */
function provinceOf(row: Row): Row {
  const sameCapture = rows.filter((r) => r.source === row.source && r.level === 'province' && r.indicators?.['1.3'] !== undefined);
  return sameCapture[0]!;
}

/** Leaf inputs from the captured counts; the printed value where the capture has no counts. */
function inputsOf(row: Row): { inputs: AssessmentInputs; fromCounts: Set<string> } {
  const c = row.counts ?? {};
  const ind = row.indicators ?? {};
  const inputs: Record<string, LeafInput> = {};
  const fromCounts = new Set<string>();
  const pay = c['6'] ? payment(c['6'] as Record<string, unknown>) : {};
  for (const code of LEAVES) {
    if (code === '4.3') continue; // 2 for every unit (awarded at every level)
    const counted = (c[code] as [number | null, number | null] | undefined) ?? pay[code];
    if (row.level !== 'province' && ['1.1', '1.2', '1.3'].includes(code)) {
      inputs[code] = { points: provinceOf(row).indicators?.[code] ?? 0 };
    } else if (code === '3.1') {
      inputs[code] = { rate: ratio(cents(row.groups['3']!), 1200) };
    } else if (counted && counted[0] !== null && counted[1] !== null) {
      inputs[code] = { numerator: counted[0], denominator: counted[1] };
      fromCounts.add(code);
    } else if ((code === '5.1' || code === '5.2') && c['5.PAKN'] === 0) {
      inputs[code] = { numerator: 0, denominator: 0 };
      fromCounts.add(code);
    } else if (typeof ind[code] === 'number') {
      inputs[code] = { rate: ratio(cents(ind[code]), cents(MAX[code]!)) };
    }
  }
  // One indicator neither counted nor printed: the rest of its group.
  for (const g of QD766_PORTAL.nodes) {
    const missing = g.children.filter((k) => k.code !== '4.3' && inputs[k.code] === undefined);
    if (missing.length !== 1) continue;
    const known = g.children
      .filter((k) => k.code !== missing[0]!.code)
      .reduce(
        (a, k) =>
          a +
          (k.code === '4.3'
            ? 200
            : cents(
                scoreAssessment(QD766_PORTAL, { ...fill(inputs), ...inputs }, { unitLevel: row.level }).nodes[k.code]!.achieved.toNumber(),
              )),
        0,
      );
    inputs[missing[0]!.code] = { rate: ratio(cents(row.groups[g.code]!) - known, cents(MAX[missing[0]!.code]!)) };
  }
  return { inputs, fromCounts };
}

/** Zero inputs for every leaf (so that a partial set can be scored while deriving). */
function fill(inputs: Record<string, LeafInput>): Record<string, LeafInput> {
  return Object.fromEntries(LEAVES.filter((c) => c !== '4.3' && !inputs[c]).map((c) => [c, { rate: 0 }]));
}

const captures = rows.filter((r) => r.indicators !== undefined);

describe('QD766_PORTAL reproduces the portal from its captured counts', () => {
  it('has the captures (7 units: Phú Thọ month 8/2026, Đắk Lắk 2026 to 10/10)', () => {
    expect(captures.map((r) => `${r.unit} (${r.date})`)).toHaveLength(7);
    for (const r of captures) expect(r.source).toMatch(/commit [0-9a-f]{40}\)/);
  });

  it.each(captures.map((r) => [r.unit, r] as const))('%s: indicators, groups and total', (_unit, row) => {
    const { inputs, fromCounts } = inputsOf(row);
    const s = scoreAssessment(QD766_PORTAL, inputs, { unitLevel: row.level });
    for (const code of fromCounts) {
      const printed = row.indicators?.[code];
      if (printed === undefined) continue;
      expect(s.nodes[code]!.achieved.toNumber(), `${code} from ${JSON.stringify(inputs[code])}`).toBe(printed ?? 0);
    }
    for (const [code, printed] of Object.entries(row.groups)) expect(s.nodes[code]!.achieved.toNumber(), `group ${code}`).toBe(printed);
    expect(s.total.achieved.toNumber()).toBe(row.total);
  });

  it('rounds each payment part before the sum (Sở Xây dựng Đắk Lắk: 5.38 + 0.71 + 0.24 = 6.33, not 6.34)', () => {
    const row = captures.find((r) => r.unit.startsWith('Sở Xây dựng'))!;
    const s = scoreAssessment(QD766_PORTAL, inputsOf(row).inputs, { unitLevel: 'department' });
    expect(['6.3', '6.2', '6.1', '6'].map((c) => s.nodes[c]!.achieved.toString())).toEqual(['5.38', '0.71', '0.24', '6.33']);
  });

  it('gives a unit without PAKN 6 + 6 (Sở Công Thương Phú Thọ)', () => {
    const row = captures.find((r) => r.unit.startsWith('Sở Công Thương'))!;
    const s = scoreAssessment(QD766_PORTAL, inputsOf(row).inputs, { unitLevel: 'department' });
    expect([s.nodes['5.1']!.basis, s.nodes['5.1']!.achieved.toString(), s.nodes['5.2']!.achieved.toString()]).toEqual([
      'nothing-to-measure',
      '6',
      '6',
    ]);
  });

  it('gives 1.1 and 1.2 at 0/0 no points (Phú Thọ month 8)', () => {
    const row = captures[0]!;
    const s = scoreAssessment(QD766_PORTAL, inputsOf(row).inputs, { unitLevel: 'province' });
    expect([s.nodes['1.1']!.achieved.toString(), s.nodes['1.2']!.achieved.toString(), s.nodes['1']!.achieved.toString()]).toEqual([
      '0',
      '0',
      '7.96',
    ]);
  });

  it("scores a commune on 3.1, 4.6 and 4.7 and gives it the province's 1.1–1.3 (Phường Việt Trì)", () => {
    const row = captures.find((r) => r.level === 'commune')!;
    const s = scoreAssessment(QD766_PORTAL, inputsOf(row).inputs, { unitLevel: 'commune' });
    expect(['4.6', '4.7', '3', '1.3'].map((c) => s.nodes[c]!.achieved.toString())).toEqual(['0.77', '0.24', '6.48', '1.96']);
    expect(s.nodes['1.3']!.basis).toBe('inherited');
  });
});

describe('the 34 provinces, 2026 to 10/10/2026', () => {
  const provinces = rows.filter((r) => r.rank !== undefined && r.period.asOf === '2026-10-10');

  it('prints groups that add up to the totals, within the maxima, ranked by total', () => {
    expect(provinces).toHaveLength(34);
    const printed = provinces.map((r) => ({ unit: r.unit, total: r.total, groups: r.groups, rank: r.rank }));
    expect(audit766Scores(printed, { asOf: '2026-10-10', complete: true, location: provinces[0]!.source })).toEqual([]);
    const ranks = rankUnits(provinces.map((r) => ({ id: r.unit, value: r.total })));
    expect(ranks.map((u) => u.rank)).toEqual(provinces.map((r) => r.rank));
  });

  it('takes the number of provinces ranked from the date, as the unit registry counts them', () => {
    expect(provincesOn('2026-10-10')).toHaveLength(34);
    expect(audit766Scores([{ unit: 'X', total: 50, rank: 34 }], { asOf: '2026-10-10' })).toEqual([]);
    expect(provincesOn('2025-06-30')).toHaveLength(63);
    expect(audit766Scores([{ unit: 'X', total: 50, rank: 63 }], { asOf: '2025-06-30' })).toEqual([]);
    expect(audit766Scores([{ unit: 'X', total: 50, rank: 35 }], { asOf: '2025-07-01' }).map((f) => f.code)).toEqual([
      'qd766-rank-out-of-range',
    ]);
  });

  it('finds a rank changed in an excerpt', () => {
    const excerpt = provinces.slice(0, 5).map((r) => ({ unit: r.unit, total: r.total, rank: r.rank === 3 ? 6 : r.rank }));
    expect(audit766Scores(excerpt, { asOf: '2026-10-10' }).map((f) => `${f.code} ${f.row}`)).toEqual([
      'qd766-rank-order Gia Lai',
      'qd766-rank-order Tây Ninh',
    ]);
    expect(audit766Scores([{ unit: 'X', total: 50, rank: 35 }], { asOf: '2026-10-10' }).map((f) => f.code)).toEqual([
      'qd766-rank-out-of-range',
    ]);
  });
});

describe('the 2022 five groups', () => {
  it('the national average of 10/10/2026 on the portal\'s "radar" (five 2022 groups, ONLINE_SERVICE = 22)', () => {
    const row = rows.find((r) => r.methodology === 'QD766_2022')!;
    const inputs = Object.fromEntries(Object.entries(row.groups).map(([k, v]) => [k, { points: v }]));
    expect(scoreAssessment(QD766_2022, inputs).total.achieved.toNumber()).toBe(row.total);
    expect(audit766Scores([{ unit: row.unit, total: row.total, groups: row.groups }], { edition: 'qd766-2022' })).toEqual([]);
    // the 2022 group "Cung cấp dịch vụ trực tuyến" (22) is the portal's DVCTT (12) + online payment (10)
    expect(QD766_2022.nodes[3]!.maxPoints.toNumber()).toBe(
      QD766_PORTAL.nodes[2]!.maxPoints.plus(QD766_PORTAL.nodes[5]!.maxPoints).toNumber(),
    );
  });
});

describe('press snapshots (weekly rankings, 2025)', () => {
  const press = rows.filter((r) => r.grade === 'N');

  it.each(press.map((r) => [`${r.unit} ${r.total}`, r] as const))('%s: no contradiction', (_label, row) => {
    const asOf = row.period.weekEnding ?? (row.period.asOf && /^\d{4}-\d{2}-\d{2}$/.test(row.period.asOf) ? row.period.asOf : undefined);
    const findings = audit766Scores([{ unit: row.unit, total: row.total, groups: row.groups }], asOf ? { asOf } : {});
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    if (row.complete === false && Object.keys(row.groups).length > 0) expect(findings.map((f) => f.code)).toContain('qd766-groups-missing');
  });

  it('finds a group above its maximum or a total the groups cannot make', () => {
    expect(
      audit766Scores([
        { unit: 'Bắc Ninh', total: 92.83, groups: { '1': 15.82, '2': 19.45, '3': 8.53, '4': 22.17, '5': 17.86, '6': 10 } },
      ]).map((f) => f.code),
    ).toEqual(['qd766-group-above-max', 'qd766-sum-mismatch']);
    // Đồng Nai 17/10/2025: groups 1, 5, 6 printed (44.02); the other three can hold at most 20 + 12 + 22 = 54
    expect(audit766Scores([{ unit: 'Đồng Nai', total: 99, groups: { '1': 16.09, '5': 17.93, '6': 10 } }]).map((f) => f.code)).toEqual([
      'qd766-sum-impossible',
    ]);
  });
});
