import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanSchema, parseDeadline, planTasks, type Plan, type Section } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = `${root}test/fixtures/kh-164-appendix.tsv`;
// The seed document itself, copied into the repository so that the test runs on any clone.
const SEED = `${root}test/fixtures/seeds/kh-164-ubnd-2019-kien-giang.txt`;

interface Row {
  code: string;
  content: string;
  product: string;
  lead: string;
  coordinating: string;
  deadlineText: string;
  notes: string;
}

/** Read the appendix table from the verbatim fixture: sections, tasks, and page-break continuation rows. */
function readAppendix(): { path: string; title: string; rows: Row[] }[] {
  const lines = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t') && !l.startsWith('#'));
  const sections: { path: string; title: string; rows: Row[] }[] = [];
  let top = '';
  for (const line of lines) {
    const c = line.split('\t');
    if (c[0] === 'STT') continue;
    const inline = /^<b>([IVX]+) (.*)<\/b>$/.exec(c[0]!);
    const alone = /^<b>([IVX]+|[A-Z])<\/b>$/.exec(c[0]!);
    if (inline) {
      top = inline[1]!;
      sections.push({ path: top, title: inline[2]!, rows: [] });
    } else if (alone) {
      const code = alone[1]!;
      const title = c[1]!.replace(/^<b>(.*)<\/b>$/, '$1');
      if (/^[IVX]+$/.test(code)) {
        top = code;
        sections.push({ path: code, title, rows: [] });
      } else sections.push({ path: `${top}.${code}`, title, rows: [] });
    } else if (c[0] === '') {
      // A cell continued after a page break: joined to the row above with one space.
      const row = sections.at(-1)!.rows.at(-1)!;
      (['code', 'content', 'product', 'lead', 'coordinating', 'deadlineText', 'notes'] as const).forEach((k, i) => {
        const more = (c[i] ?? '').trim();
        if (more) row[k] = `${row[k]} ${more}`;
      });
    } else {
      const [code, content, product, lead, coordinating, deadlineText, notes] = c as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      sections.at(-1)!.rows.push({ code, content, product, lead, coordinating, deadlineText, notes });
    }
  }
  return sections.filter((s) => s.rows.length > 0);
}

function flatSections(plan: Plan): { path: string; section: Section }[] {
  const out: { path: string; section: Section }[] = [];
  const walk = (ss: readonly Section[], prefix: string) => {
    for (const s of ss) {
      const path = prefix ? `${prefix}.${s.code}` : s.code;
      out.push({ path, section: s });
      if (s.sections) walk(s.sections, path);
    }
  };
  walk(plan.sections, '');
  return out;
}

describe('kienGiang2020Plan (Kế hoạch 164/KH-UBND)', () => {
  it('is a valid Plan', () => {
    expect(PlanSchema.safeParse(kienGiang2020Plan).success).toBe(true);
  });

  it('has the plan identity as printed', () => {
    expect(kienGiang2020Plan).toMatchObject({
      number: '164/KH-UBND',
      issuedOn: '2019-12-09',
      issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
      year: 2020,
      title: 'Công tác cải cách hành chính năm 2020',
    });
    expect(kienGiang2020Plan.legalBases).toHaveLength(5);
  });

  it('has the 7 areas of Part II as objectives, with their bullet points', () => {
    const o = kienGiang2020Plan.objectives!;
    expect(o.map((x) => [x.code, x.title, x.items.length])).toEqual([
      ['1', 'Cải cách thể chế', 4],
      ['2', 'Cải cách thủ tục hành chính và giải quyết thủ tục hành chính', 3],
      ['3', 'Cải cách tổ chức, bộ máy', 4],
      ['4', 'Về xây dựng đội ngũ cán bộ, công chức, viên chức', 5],
      ['5', 'Cải cách tài chính công', 4],
      ['6', 'Hiện đại hóa nền hành chính nhà nước', 3],
      ['7', 'Công tác chỉ đạo, điều hành', 6],
    ]);
    // Bullets broken across pages are joined with one space.
    expect(o[1]!.items[0]).toContain('các nghị định liên quan đến kiểm soát thủ tục hành chính');
    expect(o[5]!.items[2]).toContain('nơi làm việc của Bộ phận tiếp nhận và trả kết quả');
    expect(o[5]!.items[1]).toBe(
      'Tiếp tục áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại 191 cơ quan hành chính. Triển khai thí điểm áp dụng ISO điện tử vào hoạt động của một số cơ quan hành chính của tỉnh.',
    );
  });

  it('has 32 tasks in sections I–VII, VI split into A and B', () => {
    const counts = flatSections(kienGiang2020Plan).map(({ path, section }) => [path, section.tasks.length]);
    expect(counts).toEqual([
      ['I', 3],
      ['II', 5],
      ['III', 4],
      ['IV', 2],
      ['V', 4],
      ['VI', 0],
      ['VI.A', 4],
      ['VI.B', 3],
      ['VII', 7],
    ]);
    expect(planTasks(kienGiang2020Plan)).toHaveLength(32);
  });

  it('transcribes every cell of the appendix exactly as printed', () => {
    const expected = readAppendix();
    const actual = flatSections(kienGiang2020Plan).filter(({ section }) => section.tasks.length > 0);
    expect(actual.map((s) => s.path)).toEqual(expected.map((s) => s.path));
    actual.forEach(({ section }, i) => {
      const exp = expected[i]!;
      expect(section.title).toBe(exp.title);
      expect(
        section.tasks.map((t) => ({
          code: t.code,
          content: t.content,
          product: t.product,
          lead: t.lead,
          coordinating: t.coordinating.join(' | '),
          deadlineText: t.deadlineText,
          notes: t.notes ?? '',
        })),
      ).toEqual(exp.rows);
    });
    // The section VI titles sit on their own rows.
    expect(kienGiang2020Plan.sections[5]!.title).toBe('HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH');
  });

  it('joins the cells broken across pages', () => {
    const byId = new Map(planTasks(kienGiang2020Plan).map((t) => [t.id, t]));
    expect(byId.get('VI.B.2')!.lead).toBe('Sở Khoa học và Công nghệ');
    expect(byId.get('VI.B.2')!.coordinating).toEqual(['Sở Nội vụ, Văn phòng UBND tỉnh']);
    expect(byId.get('VI.B.2')!.content).toBe(
      'Quyết định phê duyệt kế hoạch kiểm tra hoạt động xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các cơ quan hành chính nhà nước tỉnh Kiên Giang năm 2020.',
    );
    expect(byId.get('VII.3')!.deadlineText).toBe('XD kế hoạch quý I; thực hiện quý III');
    expect(byId.get('VII.7')!.content).toBe(
      'Thực hiện đánh giá chấm điểm xếp hạng kết quả CCHC năm 2019 cho các sở, ban, ngành tỉnh; UBND cấp huyện theo Quy định của UBND tỉnh',
    );
  });

  it('keeps the notes of II.3 and VII.5 and no others', () => {
    const withNotes = planTasks(kienGiang2020Plan)
      .filter((t) => t.notes !== undefined)
      .map((t) => [t.id, t.notes]);
    expect(withNotes).toEqual([
      ['II.3', 'Kiểm tra chuyên đề KSTTHC và giải quyết TTHC theo cơ chế một cửa, một cửa liên thông'],
      ['VII.5', 'Theo Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ Nội vụ và Kế hoạch số 104/KH-UBND ngày 06/6/2018 của UBND tỉnh'],
    ]);
  });

  it('stores for every task the deadline parseDeadline reads from its text', () => {
    for (const t of planTasks(kienGiang2020Plan)) {
      expect(parseDeadline(t.deadlineText, { planYear: kienGiang2020Plan.year }), t.id).toEqual(t.deadline);
    }
  });

  it('has the 13 distinct deadline texts of the seed', () => {
    expect(new Set(planTasks(kienGiang2020Plan).map((t) => t.deadlineText)).size).toBe(13);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(kienGiang2020Plan)).toBe(true);
    expect(Object.isFrozen(kienGiang2020Plan.sections[0]!.tasks[0]!.deadline.milestones[0])).toBe(true);
  });

  it('fixture lines are verbatim lines of the seed document', () => {
    const seed = new Set(readFileSync(SEED, 'utf8').split('\n'));
    const lines = readFileSync(FIXTURE, 'utf8')
      .split('\n')
      .filter((l) => l.includes('\t'));
    for (const l of lines) expect(seed.has(l), l).toBe(true);
  });
});
