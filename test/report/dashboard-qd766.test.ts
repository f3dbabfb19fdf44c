// The dashboard's QĐ 766 section: present when a measurement is given, checked when passed back in, rendered.
import { describe, expect, it } from 'vitest';
import { buildDashboard, dashboardBlocks, isCchcError, measure766, renderDashboard } from 'cchc';

const dossiers = Array.from({ length: 10 }, (_, i) => ({
  id: i,
  receivedAt: '2026-08-03',
  dueDate: '2026-08-10',
  resolvedAt: i < 8 ? '2026-08-07' : '2026-08-12',
  qd766: { feeRequired: true, paidOnline: i < 6, satisfaction: 'not-rated' as const },
}));
const measurement = measure766({ dossiers, pakn: [] }, { period: { start: '2026-08-01', end: '2026-08-31' }, level: 'province' });

describe('dashboard: QĐ 766 section', () => {
  it('is absent without a measurement (dashboards unchanged)', () => {
    expect('qd766' in buildDashboard({ title: 'X', asOf: '2026-08-31' })).toBe(false);
  });

  it('scores the measurement by group, lists what is not measurable and the largest losses', () => {
    const d = buildDashboard({ title: 'Tỉnh X', asOf: '2026-08-31', qd766: { measurement, top: 2 } });
    const q = d.qd766!;
    expect(q.complete).toBe(false);
    expect(q.groups.find((g) => g.code === '2')?.points.toString()).toBe('16');
    expect(q.notMeasurable.map((i) => i.code)).toContain('4.1');
    expect(q.lostPoints.map((l) => l.text.en)).toEqual(['2 more dossiers handled on time → +4', '4 more dossiers paid online → +2.4']);
    const text = renderDashboard(d, { locale: 'en' });
    expect(text).toContain('QĐ 766 index (2026-08-01 – 2026-08-31, figures to 2026-08-31)');
    expect(text).toContain('Largest losses:');
    expect(text).toContain('Not measurable: 4.1');
    expect(dashboardBlocks(d).some((b) => b.kind === 'heading' && b.text.startsWith('Bộ chỉ số QĐ 766'))).toBe(true);
  });

  it('checks a section passed back in', () => {
    const d = buildDashboard({ title: 'X', asOf: '2026-08-31', qd766: { measurement } });
    const bad = { ...d, qd766: { ...d.qd766!, total: Number.NaN } };
    try {
      renderDashboard(bad as never);
      expect.unreachable();
    } catch (e) {
      expect(isCchcError(e)).toBe(true);
    }
    expect(() => buildDashboard({ title: 'X', asOf: '2026-08-31', qd766: { measurement: { nope: 1 } as never } })).toThrow();
  });
});
