import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DeadlineSchema, addDays, parseDeadline, parsePeriod } from 'cchc';
import { caught } from './_helpers.js';

const Y = { planYear: 2020 };
const dues = (text: string, options = Y) => parseDeadline(text, options).milestones.map((m) => m.due);

describe('parseDeadline: every deadline text of Kế hoạch 164/KH-UBND, verbatim', () => {
  // [text as printed, dues, labels, continuous] — dates worked out by hand from the text, not from the parser.
  const SEED: readonly [string, string[], (string | undefined)[], boolean][] = [
    ['Tháng 12/2019', ['2019-12-31'], [undefined], false],
    ['Tháng 01/2020', ['2020-01-31'], [undefined], false],
    ['Tháng 10/2020', ['2020-10-31'], [undefined], false],
    ['Quý I/2020', ['2020-03-31'], [undefined], false],
    ['Quý II/2020', ['2020-06-30'], [undefined], false],
    ['Quý IV/2020', ['2020-12-31'], [undefined], false],
    ['Quý IV/2019', ['2019-12-31'], [undefined], false],
    ['Trước ngày 15/02/2020', ['2020-02-14'], [undefined], false],
    ['Xây dựng kế hoạch trong tháng 12/2019; thực hiện thường xuyên', ['2019-12-31'], ['Xây dựng kế hoạch'], true],
    ['- Ban hành tháng 12/2019; - Thực hiện thường xuyên', ['2019-12-31'], ['Ban hành'], true],
    ['- Xây dựng kế hoạch quý I; - Thực hiện thường xuyên', ['2020-03-31'], ['Xây dựng kế hoạch'], true],
    ['XD kế hoạch quý I; thực hiện quý III', ['2020-03-31', '2020-09-30'], ['XD kế hoạch', 'thực hiện'], false],
    ['- Xây dựng kế hoạch quý I; - Thực hiện trong năm.', ['2020-03-31', '2020-12-31'], ['Xây dựng kế hoạch', 'Thực hiện'], false],
  ];

  it.each(SEED)('%s', (text, expectedDues, labels, continuous) => {
    const d = parseDeadline(text, Y);
    expect(d.milestones.map((m) => m.due)).toEqual(expectedDues);
    expect(d.milestones.map((m) => m.label)).toEqual(labels);
    expect(d.continuous).toBe(continuous);
    expect(DeadlineSchema.safeParse(d).success).toBe(true);
  });

  it('keeps each part as printed in the milestone text (bullets and end punctuation dropped)', () => {
    expect(parseDeadline('- Xây dựng kế hoạch quý I; - Thực hiện trong năm.', Y).milestones.map((m) => m.text)).toEqual([
      'Xây dựng kế hoạch quý I',
      'Thực hiện trong năm',
    ]);
  });

  it('reads "quý I" without a year in the plan year', () => {
    expect(dues('XD kế hoạch quý I; thực hiện quý III', { planYear: 2021 })).toEqual(['2021-03-31', '2021-09-30']);
    expect(dues('Tháng 12/2019', { planYear: 2021 })).toEqual(['2019-12-31']);
  });
});

describe('parseDeadline: common forms', () => {
  it.each([
    ['6 tháng đầu năm', ['2020-06-30']],
    ['6 tháng cuối năm', ['2020-12-31']],
    ['9 tháng đầu năm 2020', ['2020-09-30']],
    ['trước 30/6/2020', ['2020-06-29']],
    ['Trước ngày 01/01/2020', ['2019-12-31']],
    ['trước ngày 01/03/2020', ['2020-02-29']],
    ['Năm 2020', ['2020-12-31']],
    ['năm 2021', ['2021-12-31']],
    ['Trong năm', ['2020-12-31']],
    ['15/03/2020', ['2020-03-15']],
    ['ngày 15/3/2020', ['2020-03-15']],
    ['chậm nhất ngày 20/10/2020', ['2020-10-20']],
    ['Chậm nhất là ngày 20/10/2020', ['2020-10-20']],
    ['không quá ngày 20/10/2020', ['2020-10-20']],
    ['đến hết ngày 31/5/2020', ['2020-05-31']],
    ['trước ngày 15/02', ['2020-02-14']],
    ['trước tháng 6/2020', ['2020-05-31']],
    ['trước quý II', ['2020-03-31']],
    ['cuối tháng 6/2020', ['2020-06-30']],
    ['cuối quý III', ['2020-09-30']],
    ['vào cuối năm', ['2020-12-31']],
    ['giữa tháng 3/2020', ['2020-03-15']],
    ['giữa năm', ['2020-06-30']],
    ['đầu tháng 3/2020', ['2020-03-01']],
    ['đầu năm 2021', ['2021-01-01']],
    ['Quý 2/2020', ['2020-06-30']],
    ['QUÝ III NĂM 2020', ['2020-09-30']],
    ['Quy I/2020', ['2020-03-31']],
    ['Quý I, quý III', ['2020-03-31', '2020-09-30']],
    ['Xây dựng kế hoạch quý I và thực hiện quý III', ['2020-03-31', '2020-09-30']],
    ['Ban hành tháng 12/2019\nThực hiện quý II', ['2019-12-31', '2020-06-30']],
  ])('%s', (text, expected) => {
    expect(dues(text)).toEqual(expected);
  });

  it('"hàng quý" gives four quarterly milestones', () => {
    const d = parseDeadline('hàng quý', Y);
    expect(d.milestones.map((m) => m.due)).toEqual(['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31']);
    expect(d.milestones.map((m) => m.label)).toEqual(['Quý I/2020', 'Quý II/2020', 'Quý III/2020', 'Quý IV/2020']);
    expect(d.continuous).toBe(false);
    expect(dues('Báo cáo định kỳ hằng quý')).toHaveLength(4);
    expect(parseDeadline('Báo cáo hằng quý', Y).milestones[0]!.label).toBe('Báo cáo (Quý I/2020)');
  });

  it('"hàng tháng" gives twelve, "hàng năm" one', () => {
    expect(dues('hàng tháng', { planYear: 2024 })).toEqual([
      '2024-01-31',
      '2024-02-29',
      '2024-03-31',
      '2024-04-30',
      '2024-05-31',
      '2024-06-30',
      '2024-07-31',
      '2024-08-31',
      '2024-09-30',
      '2024-10-31',
      '2024-11-30',
      '2024-12-31',
    ]);
    expect(dues('hằng năm')).toEqual(['2020-12-31']);
  });

  it('ongoing parts set continuous and add no milestone', () => {
    for (const text of ['Thường xuyên', 'thực hiện thường xuyên', 'Liên tục', 'hằng ngày', 'Thực hiện quanh năm']) {
      expect(parseDeadline(text, Y)).toEqual({ milestones: [], continuous: true });
    }
  });

  it('ignores case, accents, extra spaces and old tone placement', () => {
    expect(dues('  QUÝ   I / 2020 ')).toEqual(['2020-03-31']);
    expect(dues('truoc ngay 15/02/2020')).toEqual(['2020-02-14']);
    expect(dues('Qúy I/2020')).toEqual(['2020-03-31']);
  });

  it('reads text in decomposed Unicode (NFD) and keeps its labels intact', () => {
    const d = parseDeadline('Xây dựng kế hoạch quý I'.normalize('NFD'), Y);
    expect(d.milestones[0]!.due).toBe('2020-03-31');
    expect(d.milestones[0]!.label).toBe('Xây dựng kế hoạch'.normalize('NFD'));
  });
});

describe('parseDeadline: text it cannot read', () => {
  it('throws UNRECOGNIZED_DEADLINE naming the parts understood and the part not understood', () => {
    const e = caught(() => parseDeadline('- Xây dựng kế hoạch quý I; - Thực hiện khi có kinh phí', Y));
    expect(e.code).toBe('UNRECOGNIZED_DEADLINE');
    expect(e.issues).toHaveLength(1);
    expect(e.messageEn).toContain('did not understand the part "Thực hiện khi có kinh phí"');
    expect(e.messageEn).toContain('Understood: "Xây dựng kế hoạch quý I" → 31/03/2020');
    expect(e.messageVi).toContain('không hiểu phần "Thực hiện khi có kinh phí"');
    expect(e.messageVi).toContain('Đã hiểu: "Xây dựng kế hoạch quý I" → 31/03/2020');
  });

  it('lists the continuous parts it understood, and one issue per unreadable part', () => {
    const e = caught(() => parseDeadline('sớm; thực hiện thường xuyên; khi cần', Y));
    expect(e.issues.map((i) => i.code)).toEqual(['UNRECOGNIZED_DEADLINE', 'UNRECOGNIZED_DEADLINE']);
    expect(e.issues[0]!.messageEn).toContain('"sớm"');
    expect(e.issues[1]!.messageEn).toContain('"khi cần"');
    expect(e.issues[0]!.messageEn).toContain('"thực hiện thường xuyên" → continuous');
  });

  it('explains a date that does not exist', () => {
    const e = caught(() => parseDeadline('trước ngày 30/02/2020', Y));
    expect(e.code).toBe('UNRECOGNIZED_DEADLINE');
    expect(e.messageEn).toContain('No such date');
  });

  it.each([
    '',
    '   ',
    '-',
    'Ban hành sớm',
    'sau quý I',
    'đầu quý II',
    'Xây dựng kế hoạch',
    'Quý V/2020',
    'Tháng 13/2020',
    'trong vòng 30 ngày',
  ])('rejects %j', (text) => {
    expect(caught(() => parseDeadline(text, Y)).code).toBe('UNRECOGNIZED_DEADLINE');
  });

  it('rejects a bad plan year and non-string text', () => {
    expect(caught(() => parseDeadline('Quý I', { planYear: 20.5 })).code).toBe('INVALID_INPUT');
    expect(caught(() => parseDeadline('Quý I', { planYear: '2020' } as never)).code).toBe('INVALID_INPUT');
    expect(caught(() => parseDeadline('Quý I', null as never)).code).toBe('INVALID_INPUT');
    expect(caught(() => parseDeadline(42 as never, Y)).code).toBe('UNRECOGNIZED_DEADLINE');
  });

  it('reads texts that name their year without planYear, and says when a part needs it', () => {
    expect(parseDeadline('Tháng 12/2019').milestones.map((m) => m.due)).toEqual(['2019-12-31']);
    expect(parseDeadline('Trước ngày 15/02/2020', {}).milestones.map((m) => m.due)).toEqual(['2020-02-14']);
    for (const text of ['XD kế hoạch quý I; thực hiện quý III', 'hàng quý', 'Thực hiện trong năm']) {
      const e = caught(() => parseDeadline(text));
      expect(e.code).toBe('UNRECOGNIZED_DEADLINE');
      expect(e.messageEn).toContain('pass { planYear }');
    }
  });
});

describe('parseDeadline: properties', () => {
  const ROMAN = ['I', 'II', 'III', 'IV'];
  it('"Quý q/yyyy" is due on the last day of the quarter, as parsePeriod reads it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1900, max: 2100 }),
        (q, year, planYear) => {
          const text = `Quý ${ROMAN[q - 1]}/${year}`;
          expect(dues(text, { planYear })).toEqual([parsePeriod(text).end]);
        },
      ),
    );
  });

  it('"Trước ngày d/m/y" is due the day before; "d/m/y" on the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80000 }), (n) => {
        const iso = addDays('1950-01-01', n);
        const [y, m, d] = iso.split('-');
        expect(dues(`Trước ngày ${d}/${m}/${y}`)).toEqual([addDays(iso, -1)]);
        expect(dues(`${Number(d)}/${Number(m)}/${y}`)).toEqual([iso]);
      }),
    );
  });

  it('parts joined with ";" give the milestones of each part, in order', () => {
    const parts = [
      'Tháng 12/2019',
      'Quý I/2020',
      'Trước ngày 15/02/2020',
      'XD kế hoạch quý I',
      'Thực hiện trong năm',
      'thực hiện thường xuyên',
      '6 tháng đầu năm',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 5 }), (chosen) => {
        const whole = parseDeadline(chosen.join('; '), Y);
        const each = chosen.map((p) => parseDeadline(p, Y));
        expect(whole.milestones.map((m) => m.due)).toEqual(each.flatMap((d) => d.milestones.map((m) => m.due)));
        expect(whole.continuous).toBe(each.some((d) => d.continuous));
      }),
    );
  });

  it('never returns garbage: any text either parses to a valid deadline or throws a CchcError', () => {
    const words = [
      'quý',
      'I',
      'II',
      'tháng',
      '12/2019',
      'năm',
      '2020',
      'trước',
      'ngày',
      '15/02/2020',
      'thường xuyên',
      '-',
      ';',
      'XD',
      'kế hoạch',
      'và',
      ',',
      'đầu',
      'cuối',
      'hàng',
      '31/02/2020',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.string(), (ws, noise) => {
        for (const text of [ws.join(' '), noise]) {
          try {
            const d = parseDeadline(text, Y);
            expect(DeadlineSchema.safeParse(d).success).toBe(true);
          } catch (e) {
            expect((e as Error).name).toBe('CchcError');
          }
        }
      }),
    );
  });
});

describe("parseDeadline: deadline texts of other provinces' CCHC plans", () => {
  const Y21 = { planYear: 2021 };
  it.each([
    // lists: every piece is a milestone; a bare number takes the unit before it; a time without a year takes the
    // year of the next time of the same unit
    ['Tháng 3, 6, 9, 12', ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']],
    ['Quý I, II/2021', ['2021-03-31', '2021-06-30']],
    ['Quý I, II, III và IV', ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']],
    ['Tháng 6, 12/2021', ['2021-06-30', '2021-12-31']],
    ['Quý I VÀ quý III', ['2021-03-31', '2021-09-30']],
    // a bare time after "trước ngày …" is also "before"
    ['Trước ngày 20/6 và 20/12', ['2021-06-19', '2021-12-19']],
    ['trước 15/6 và 15/12', ['2021-06-14', '2021-12-14']],
    ['Trước ngày 10/3, 10/6, 10/9 và 10/12', ['2021-03-09', '2021-06-09', '2021-09-09', '2021-12-09']],
    // ranges: due at the end of the range
    ['Quý II - III/2021', ['2021-09-30']],
    ['Quý III/2021 - Quý IV/2021', ['2021-12-31']],
    ['Tháng 12/2020 - Tháng 01/2021', ['2021-01-31']],
    ['Từ tháng 1 đến tháng 6/2021', ['2021-06-30']],
    ['Giai đoạn 2021-2025', ['2025-12-31']],
    // report-title periods and "hết"
    ['6 tháng năm 2021', ['2021-06-30']],
    ['9 tháng năm 2021', ['2021-09-30']],
    ['Hết năm 2021', ['2021-12-31']],
    ['Hết quý I/2021', ['2021-03-31']],
    // a time of every year is that time of the plan year
    ['Tháng 9 hàng năm', ['2021-09-30']],
    ['Trước 25/11 hằng năm', ['2021-11-24']],
    ['Trước ngày 20/6 và 20/12 hằng năm', ['2021-06-19', '2021-12-19']],
    // reporting frequencies
    ['Định kỳ 6 tháng', ['2021-06-30', '2021-12-31']],
    ['Định kỳ 6 tháng, năm', ['2021-06-30', '2021-12-31']],
    ['6 tháng, năm', ['2021-06-30', '2021-12-31']],
    ['Định kỳ 6 tháng và hằng năm', ['2021-06-30', '2021-12-31']],
    ['Báo cáo định kỳ hằng quý, 6 tháng, năm', ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']],
    ['Trước ngày 15 tháng cuối quý', ['2021-03-14', '2021-06-14', '2021-09-14', '2021-12-14']],
    [
      'Ngày 20 hàng tháng',
      [
        '2021-01-20',
        '2021-02-20',
        '2021-03-20',
        '2021-04-20',
        '2021-05-20',
        '2021-06-20',
        '2021-07-20',
        '2021-08-20',
        '2021-09-20',
        '2021-10-20',
        '2021-11-20',
        '2021-12-20',
      ],
    ],
    // a remark in parentheses without a time is left out; one with a time within the time before it makes it precise
    ['Trước ngày 15/02/2021 (ban hành)', ['2021-02-14']],
    ['Năm 2021 (đánh giá, tổng kết)', ['2021-12-31']],
    ['Trước ngày 15/12/2021 (báo cáo năm)', ['2021-12-14']],
    ['Quý I/2021 (tháng 1)', ['2021-01-31']],
    ['Quý I (năm 2022)', ['2022-03-31']],
    ['Hằng năm (trước ngày 15/12)', ['2021-12-14']],
    ['Hằng quý (trước ngày 15 tháng cuối quý)', ['2021-03-14', '2021-06-14', '2021-09-14', '2021-12-14']],
    // two parts printed with a dash between them
    ['Ban hành tháng 12/2020 - thực hiện quý I', ['2020-12-31', '2021-03-31']],
  ])('%s', (text, expected) => {
    const d = parseDeadline(text, Y21);
    expect(d.milestones.map((m) => m.due)).toEqual(expected);
    expect(d.continuous).toBe(false);
    expect(DeadlineSchema.safeParse(d).success).toBe(true);
  });

  it.each([
    ['Cả năm', []],
    ['Cả năm 2021', []],
    ['Thường xuyên trong năm', []],
    ['Thực hiện thường xuyên trong năm 2021', []],
    ['Thường xuyên hằng năm', []],
    ['Thường xuyên, liên tục', []],
    ['Năm 2021 và các năm tiếp theo', ['2021-12-31']],
    ['Quý I/2021 và thường xuyên', ['2021-03-31']],
    ['Quý I/2021 — thường xuyên', ['2021-03-31']],
    ['Xây dựng kế hoạch quý I, thực hiện thường xuyên', ['2021-03-31']],
    ['Quý I/2021 (thực hiện thường xuyên)', ['2021-03-31']],
    ['Thường xuyên, báo cáo hằng quý', ['2021-03-31', '2021-06-30', '2021-09-30', '2021-12-31']],
  ])('%s is ongoing work (continuous), with its dated milestones', (text, expected) => {
    const d = parseDeadline(text, Y21);
    expect(d.milestones.map((m) => m.due)).toEqual(expected);
    expect(d.continuous).toBe(true);
  });

  it('keeps what is due for every piece of a list, and each piece as printed', () => {
    const d = parseDeadline('Định kỳ trước ngày 15/6 và 15/12', Y21);
    expect(d.milestones.map((m) => [m.due, m.label, m.text])).toEqual([
      ['2021-06-14', 'Định kỳ', 'Định kỳ trước ngày 15/6'],
      ['2021-12-14', 'Định kỳ', '15/12'],
    ]);
    expect(parseDeadline('Định kỳ 6 tháng, năm', Y21).milestones.map((m) => m.label)).toEqual(['6 tháng đầu năm 2021', 'Năm 2021']);
  });

  it('a year printed after a list belongs to the times before it of the same unit, when they stay in order', () => {
    expect(dues('Tháng 6, 12/2021')).toEqual(['2021-06-30', '2021-12-31']); // plan year 2020: not June 2020
    expect(dues('tháng 11 và tháng 12/2019')).toEqual(['2019-11-30', '2019-12-31']);
    expect(dues('Trước ngày 15/6 và 15/12/2021')).toEqual(['2021-06-14', '2021-12-14']);
    expect(dues('Tháng 11 và tháng 01/2021')).toEqual(['2020-11-30', '2021-01-31']); // November 2021 would come after
    expect(dues('Quý IV và tháng 01/2021')).toEqual(['2020-12-31', '2021-01-31']); // another unit: the plan year
    expect(parseDeadline('Tháng 6, 12/2021').milestones.map((m) => m.due)).toEqual(['2021-06-30', '2021-12-31']); // no planYear needed
    expect(caught(() => parseDeadline('Tháng 11 và tháng 01/2021')).messageEn).toContain('pass { planYear }');
  });

  it.each([
    ['Theo tiến độ', undefined],
    ['Theo quy định', undefined],
    ['Theo kế hoạch của Bộ Nội vụ', undefined],
    ['Khi có yêu cầu', undefined],
    ['Sau khi được phê duyệt', undefined],
    ['Quý I/2021 (tháng 5)', 'the remark in parentheses names another time, not within the time before it'],
    ['Quý I/2022 (năm 2021)', 'the remark in parentheses names another time'],
    ['trước ngày 31 hằng tháng', 'not every month has a day 31'],
    ['Định kỳ', undefined],
    ['Quý I và thực hiện', undefined],
  ])('rejects %j (no date, or ambiguous)', (text, reason) => {
    const e = caught(() => parseDeadline(text, Y21));
    expect(e.code).toBe('UNRECOGNIZED_DEADLINE');
    expect(e.messageEn).toContain(`did not understand the part ${JSON.stringify(text)}`);
    if (reason) expect(e.messageEn).toContain(reason);
  });
});

describe('parseDeadline: a day written with the month or the year in words', () => {
  it.each([
    ['Trước ngày 15 tháng 12', ['2021-12-14']], // was 31/12 ("tháng 12" read, "Trước ngày 15" taken as a label)
    ['Trước ngày 15/12 năm 2021', ['2021-12-14']], // was 31/12 ("năm 2021" read)
    ['Trước ngày 31 tháng 12 năm 2021', ['2021-12-30']],
    ['20 tháng 12', ['2021-12-20']],
    ['Trước ngày 20 tháng 6 và 20 tháng 12', ['2021-06-19', '2021-12-19']],
  ])('%s', (text, expected) => {
    expect(parseDeadline(text, { planYear: 2021 }).milestones.map((m) => m.due)).toEqual(expected);
  });

  it('a bare number after a quarter is a quarter, and a year after a comma is the year of the time before it', () => {
    expect(dues('Quý 1, 2/2021')).toEqual(['2021-03-31', '2021-06-30']); // "2/2021" was read as February
    expect(dues('Quý II và III năm 2021')).toEqual(['2021-06-30', '2021-09-30']); // "III năm 2021" was 31/12 labelled "III"
    expect(dues('Quý I, 2021')).toEqual(['2021-03-31']); // was Q1 of the plan year and 31/12/2021
    expect(dues('Tháng 12, năm 2021')).toEqual(['2021-12-31']);
    expect(dues('Năm 2020, 2021')).toEqual(['2020-12-31', '2021-12-31']); // two years stay two
    expect(parseDeadline('Quý I, 2021', Y).milestones[0]!.text).toBe('Quý I, 2021');
  });

  it('never takes a time or a bare number as the label of the time right after it', () => {
    for (const text of ['Trước ngày 15 tháng 12', 'Trước ngày 15/12 năm 2021', '20 tháng 12']) {
      expect(parseDeadline(text, { planYear: 2021 }).milestones[0]!.label).toBeUndefined();
    }
  });
});

describe('parseDeadline: properties over spellings', () => {
  const ROMAN = ['I', 'II', 'III', 'IV'];
  it('the spellings of one day, month or quarter give the same due date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 1, max: 4 }), (n, q) => {
        const iso = addDays('1990-01-01', n);
        const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
        const opts = { planYear: y };
        const before = addDays(iso, -1);
        for (const text of [
          `Trước ngày ${d}/${m}`,
          `trước ngày ${d} tháng ${m}`,
          `Trước ngày ${d}/${m} năm ${y}`,
          `trước ${d}/${m}/${y}`,
          `Trước ngày ${d} tháng ${m} năm ${y}`,
        ]) {
          expect(dues(text, opts), text).toEqual([before]);
        }
        const monthEnd = parsePeriod(`tháng ${m}/${y}`).end;
        for (const text of [`Tháng ${m}/${y}`, `tháng ${m} năm ${y}`, `Tháng ${m}, năm ${y}`, `Trong tháng ${m}`, `hết tháng ${m}/${y}`]) {
          expect(dues(text, opts), text).toEqual([monthEnd]);
        }
        const quarterEnd = parsePeriod(`Quý ${q}/${y}`).end;
        for (const text of [
          `Quý ${ROMAN[q - 1]}/${y}`,
          `quý ${q} năm ${y}`,
          `Quý ${ROMAN[q - 1]} - ${y}`,
          `Quý ${ROMAN[q - 1]}, ${y}`,
          `trong quý ${ROMAN[q - 1]}`,
        ]) {
          expect(dues(text, opts), text).toEqual([quarterEnd]);
        }
      }),
    );
  });

  it('"Tháng a, b/yyyy" and "Quý a, b/yyyy" are the ends of both periods of yyyy, whatever the plan year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1, max: 11 }),
        fc.integer({ min: 1990, max: 2060 }),
        fc.integer({ min: 1990, max: 2060 }),
        (a, k, y, planYear) => {
          const b = Math.min(12, a + k);
          expect(dues(`Tháng ${a}, ${b}/${y}`, { planYear })).toEqual([
            parsePeriod(`tháng ${a}/${y}`).end,
            parsePeriod(`tháng ${b}/${y}`).end,
          ]);
          const qa = 1 + (a % 3);
          const qb = 4;
          expect(dues(`Quý ${ROMAN[qa - 1]}, ${ROMAN[qb - 1]}/${y}`, { planYear })).toEqual([
            parsePeriod(`quý ${qa}/${y}`).end,
            parsePeriod(`quý ${qb}/${y}`).end,
          ]);
        },
      ),
    );
  });
});
