import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGENCY_DEFINITIONS, AgencyDefinitionSchema, parseAgencies, planTasks, tasksOfAgency, type AgencyDefinition } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';
import { caught } from './_helpers.js';

const keys = (text: string) => parseAgencies(text).agencies.map((a) => a.key);

describe('parseAgencies: every agency text of Kế hoạch 164/KH-UBND', () => {
  it.each([
    // lead agencies
    ['Sở Tư pháp', ['so-tu-phap']],
    ['Văn phòng UBND tỉnh', ['van-phong-ubnd-tinh']],
    ['Sở Nội vụ', ['so-noi-vu']],
    ['Sở Tài chính', ['so-tai-chinh']],
    [
      'Cơ quan chủ quản cấp trên đơn vị sự nghiệp thực hiện theo Nghị định số 141/2016/NĐ-CP',
      ['supervising-bodies-of-public-service-units'],
    ],
    ['Sở Khoa học và Công nghệ', ['so-khoa-hoc-va-cong-nghe']],
    ['Sở Thông tin và Truyền thông', ['so-thong-tin-va-truyen-thong']],
    // coordinating agencies
    ['Các sở, ban, ngành tỉnh và UBND cấp huyện', ['provincial-departments', 'district-people-committees']],
    ['Các sở, ngành liên quan và UBND cấp huyện', ['related-provincial-departments', 'district-people-committees']],
    ['Sở Nông nghiệp và Phát triển nông thôn', ['so-nong-nghiep-va-phat-trien-nong-thon']],
    ['Sở Văn hóa và Thể thao', ['so-van-hoa-va-the-thao']],
    ['Ban Quản lý Khu kinh tế tỉnh', ['ban-quan-ly-khu-kinh-te-tinh']],
    ['Ban Quản lý Khu kinh tế Phú Quốc', ['ban-quan-ly-khu-kinh-te-phu-quoc']],
    [
      'Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã',
      ['provincial-departments', 'district-people-committees', 'commune-people-committees'],
    ],
    ['Các cơ quan nhà nước trên địa bàn tỉnh Kiên Giang', ['state-agencies']],
    [
      'Cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và đoàn thể',
      ['party-committees', 'authorities', 'fatherland-front', 'mass-organisations'],
    ],
    ['Sở Nội vụ, Văn phòng UBND tỉnh', ['so-noi-vu', 'van-phong-ubnd-tinh']],
    [
      'Sở Thông tin và Truyền thông, Sở Tài chính; các sở, ban, ngành tỉnh và UBND cấp huyện',
      ['so-thong-tin-va-truyen-thong', 'so-tai-chinh', 'provincial-departments', 'district-people-committees'],
    ],
    [
      'Các sở, ban, ngành tỉnh và UBND cấp huyện, các cơ quan thông tin đại chúng',
      ['provincial-departments', 'district-people-committees', 'mass-media'],
    ],
    ['Các sở, ngành liên quan', ['related-provincial-departments']],
    ['UBND cấp huyện, cấp xã', ['district-people-committees', 'commune-people-committees']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('covers every lead and coordinating text of the seed plan without unknown names', () => {
    for (const t of planTasks(kienGiang2020Plan)) {
      for (const text of [t.lead, ...t.coordinating]) {
        expect(
          parseAgencies(text).agencies.filter((a) => a.kind === 'other'),
          `${t.id}: ${text}`,
        ).toEqual([]);
      }
    }
  });
});

describe('parseAgencies: normalisation', () => {
  it('expands abbreviations and keeps the printed words', () => {
    expect(parseAgencies('Sở TT&TT').agencies[0]).toMatchObject({
      key: 'so-thong-tin-va-truyen-thong',
      name: 'Sở Thông tin và Truyền thông',
      text: 'Sở TT&TT',
    });
    expect(parseAgencies('VP UBND tỉnh').agencies[0]).toMatchObject({ name: 'Văn phòng Ủy ban nhân dân tỉnh', text: 'VP UBND tỉnh' });
    expect(parseAgencies('UBND tỉnh').agencies[0]!.name).toBe('Ủy ban nhân dân tỉnh');
    expect(parseAgencies('HĐND tỉnh').agencies[0]!.name).toBe('Hội đồng nhân dân tỉnh');
    expect(keys('Sở KH & ĐT')).toEqual(['so-ke-hoach-va-dau-tu']);
    expect(keys('Sở LĐ-TB&XH')).toEqual(['so-lao-dong-thuong-binh-va-xa-hoi']);
    expect(keys('Sở Lao động – Thương binh và Xã hội')).toEqual(['so-lao-dong-thuong-binh-va-xa-hoi']);
    expect(keys('Ủy ban nhân dân cấp huyện')).toEqual(['district-people-committees']);
    expect(keys('UBND các huyện, thành phố')).toEqual(['district-people-committees']);
    expect(keys('SỞ NỘI VỤ')).toEqual(['so-noi-vu']);
  });

  it("keeps the original text and every agency's printed words", () => {
    const text = 'Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã';
    const list = parseAgencies(text);
    expect(list.original).toBe(text);
    expect(list.agencies.map((a) => a.text)).toEqual(['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'cấp xã']);
    expect(list.agencies.map((a) => a.level)).toEqual(['province', 'district', 'commune']);
    expect(list.agencies.map((a) => a.kind)).toEqual(['group', 'group', 'group']);
  });

  it('drops place qualifiers but keeps other qualifiers', () => {
    expect(parseAgencies('Sở Nội vụ tỉnh Kiên Giang').agencies[0]).toMatchObject({ key: 'so-noi-vu', text: 'Sở Nội vụ tỉnh Kiên Giang' });
    expect(parseAgencies('Sở Nội vụ tỉnh Kiên Giang').agencies[0]!.qualifier).toBeUndefined();
    expect(parseAgencies('Các cơ quan nhà nước trên địa bàn tỉnh Kiên Giang').agencies[0]!.qualifier).toBeUndefined();
    const lead = parseAgencies('Cơ quan chủ quản cấp trên đơn vị sự nghiệp thực hiện theo Nghị định số 141/2016/NĐ-CP').agencies[0]!;
    expect(lead.qualifier).toBe('thực hiện theo Nghị định số 141/2016/NĐ-CP');
    expect(lead.text).toBe('Cơ quan chủ quản cấp trên đơn vị sự nghiệp thực hiện theo Nghị định số 141/2016/NĐ-CP');
  });

  it('keeps unknown names as "other", and an unknown "Sở …" as a provincial department', () => {
    const list = parseAgencies('Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn và Sở Kinh tế số');
    expect(list.agencies.map((a) => [a.kind, a.name])).toEqual([
      ['other', 'Hội Liên hiệp Phụ nữ tỉnh'],
      ['other', 'Tỉnh đoàn'],
      ['agency', 'Sở Kinh tế số'],
    ]);
    expect(list.agencies[2]!.memberOf).toContain('provincial-departments');
  });

  it('reads "UBND" alone as the People\'s Committees, and "UBND huyện X" as that one committee', () => {
    expect(parseAgencies('UBND').agencies[0]).toMatchObject({ key: 'people-committees', name: 'Ủy ban nhân dân', text: 'UBND' });
    const two = parseAgencies('Ủy ban nhân dân huyện Phú Quốc và UBND xã Dương Tơ').agencies;
    expect(two.map((a) => [a.name, a.level])).toEqual([
      ['Ủy ban nhân dân huyện Phú Quốc', 'district'],
      ['Ủy ban nhân dân xã Dương Tơ', 'commune'],
    ]);
    expect(parseAgencies('UBND huyện Phú Quốc').agencies[0]!.key).toBe(two[0]!.key);
  });

  it('lists each agency once', () => {
    expect(keys('Sở Nội vụ, SNV và Sở NV')).toEqual(['so-noi-vu']);
  });

  it('resolves group membership through groups', () => {
    expect(parseAgencies('Sở Nội vụ').agencies[0]!.memberOf).toEqual([
      'provincial-departments',
      'related-provincial-departments',
      'state-agencies',
    ]);
  });

  it('takes extra definitions', () => {
    const mine: AgencyDefinition = {
      key: 'tinh-doan',
      name: 'Tỉnh đoàn',
      kind: 'agency',
      level: 'province',
      aliases: ['Đoàn TNCS Hồ Chí Minh tỉnh'],
    };
    const list = parseAgencies('Tỉnh đoàn, Sở Nội vụ', { definitions: [...AGENCY_DEFINITIONS, mine] });
    expect(list.agencies.map((a) => a.key)).toEqual(['tinh-doan', 'so-noi-vu']);
    expect(caught(() => parseAgencies('x', { definitions: [{ key: 'Bad Key' } as never] })).code).toBe('INVALID_INPUT');
  });

  it('rejects empty text', () => {
    expect(caught(() => parseAgencies('  ')).code).toBe('INVALID_INPUT');
    expect(caught(() => parseAgencies(undefined as never)).code).toBe('INVALID_INPUT');
  });

  it('default definitions are valid, with unique keys and known groups', () => {
    const keysSeen = new Set<string>();
    for (const d of AGENCY_DEFINITIONS) {
      expect(AgencyDefinitionSchema.safeParse(d).success, d.key).toBe(true);
      expect(keysSeen.has(d.key), d.key).toBe(false);
      keysSeen.add(d.key);
    }
    for (const d of AGENCY_DEFINITIONS) for (const g of d.memberOf ?? []) expect(keysSeen.has(g), `${d.key} → ${g}`).toBe(true);
  });

  it("property: every agency's text is a piece of the original, in order", () => {
    const parts = [
      'Sở Nội vụ',
      'UBND cấp huyện',
      'cấp xã',
      'Các sở, ban, ngành tỉnh',
      'VP UBND tỉnh',
      'Hội Nông dân',
      'Sở TT&TT',
      'đoàn thể',
      'Ban Dân tộc',
    ];
    const seps = [', ', '; ', ' và ', ', các '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...parts), fc.constantFrom(...seps)), { minLength: 1, maxLength: 5 }), (pieces) => {
        const text = pieces.map(([p, s], i) => (i === 0 ? p : `${s}${p}`)).join('');
        let from = 0;
        for (const a of parseAgencies(text).agencies) {
          const at = text.indexOf(a.text, from);
          expect(at, `${a.text} in ${text}`).toBeGreaterThanOrEqual(0);
          from = at + a.text.length;
        }
      }),
    );
  });
});

describe('tasksOfAgency', () => {
  it('finds the tasks an agency leads', () => {
    expect(tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { role: 'lead' })).toHaveLength(13);
    expect(tasksOfAgency(kienGiang2020Plan, 'so-noi-vu', { role: 'lead' })).toHaveLength(13);
    expect(tasksOfAgency(kienGiang2020Plan, 'VP UBND tỉnh', { role: 'lead' }).map((t) => t.task.id)).toEqual([
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
    ]);
  });

  it('finds the tasks naming a group as coordinating (counted by hand from the appendix)', () => {
    const n = (agency: string) => tasksOfAgency(kienGiang2020Plan, agency, { role: 'coordinating' }).length;
    expect(n('provincial-departments')).toBe(15);
    expect(n('UBND cấp huyện')).toBe(20);
    expect(n('UBND cấp xã')).toBe(4);
    expect(n('Các sở, ngành liên quan')).toBe(5);
    expect(n('state-agencies')).toBe(3);
    expect(tasksOfAgency(kienGiang2020Plan, 'Sở Tài chính', { role: 'coordinating' }).map((t) => t.task.id)).toEqual([
      'V.2',
      'V.3',
      'VI.B.3',
    ]);
  });

  it('with viaGroups, adds the tasks of the groups the agency belongs to', () => {
    const direct = tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { role: 'coordinating' });
    expect(direct.map((t) => t.task.id)).toEqual(['VI.B.2']);
    const via = tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { role: 'coordinating', viaGroups: true });
    expect(via).toHaveLength(24); // 15 (sở, ban, ngành tỉnh) + 5 (sở, ngành liên quan) + 3 (cơ quan nhà nước) + VI.B.2
    expect(via.find((t) => t.task.id === 'I.1')!.matched.map((a) => a.key)).toEqual(['provincial-departments']);
  });

  it('reports both roles when an agency leads and coordinates', () => {
    const r = tasksOfAgency(kienGiang2020Plan, 'Sở Tài chính');
    expect(r.map((t) => [t.task.id, t.roles.join('+')])).toEqual([
      ['V.1', 'lead'],
      ['V.2', 'coordinating'],
      ['V.3', 'coordinating'],
      ['V.4', 'lead'],
      ['VI.B.3', 'coordinating'],
    ]);
  });

  it('rejects a text that names no agency or several', () => {
    expect(caught(() => tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ, Sở Tài chính')).code).toBe('INVALID_INPUT');
    expect(caught(() => tasksOfAgency(kienGiang2020Plan, '')).code).toBe('INVALID_INPUT');
    expect(caught(() => tasksOfAgency(kienGiang2020Plan, 'Sở Nội vụ', { role: 'chair' as never })).code).toBe('INVALID_INPUT');
  });
});

describe("parseAgencies: agency texts of other provinces' plans", () => {
  it.each([
    // one name written several ways: dash, comma or nothing between its words; "&" for "và"
    ['Sở Lao động, Thương binh và Xã hội', ['so-lao-dong-thuong-binh-va-xa-hoi']],
    ['Sở LĐTB&XH', ['so-lao-dong-thuong-binh-va-xa-hoi']],
    ['Sở LĐ - TB&XH', ['so-lao-dong-thuong-binh-va-xa-hoi']],
    ['Sở Giao thông - Vận tải', ['so-giao-thong-van-tai']],
    ['Sở Giáo dục - Đào tạo', ['so-giao-duc-va-dao-tao']],
    ['Sở Kế hoạch & Đầu tư', ['so-ke-hoach-va-dau-tu']],
    ['Sở KH và ĐT', ['so-ke-hoach-va-dau-tu']],
    ['Sở NN và PTNT', ['so-nong-nghiep-va-phat-trien-nong-thon']],
    ['Sở Nông nghiệp & PTNT', ['so-nong-nghiep-va-phat-trien-nong-thon']],
    ['Sở TN và MT', ['so-tai-nguyen-va-moi-truong']],
    ['Các sở, ban ngành', ['provincial-departments']],
    // catch-all groups were split into two unknown names
    ['các cơ quan, đơn vị liên quan', ['related-agencies']],
    ['Các cơ quan, đơn vị có liên quan', ['related-agencies']],
    ['Cơ quan, đơn vị, địa phương có liên quan', ['related-agencies']],
    ['Các sở, ban, ngành có liên quan', ['related-provincial-departments']],
    ['Các cơ quan, đơn vị', ['agencies-and-units']],
    // the head named for the agency
    ['Thủ trưởng các sở, ban, ngành', ['provincial-departments']],
    ['Chủ tịch UBND cấp huyện', ['district-people-committees']],
    ['Giám đốc Sở Nội vụ và Chánh Văn phòng UBND tỉnh', ['so-noi-vu', 'van-phong-ubnd-tinh']],
    // provincial bodies
    ['Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh', ['cong-an-tinh', 'bo-chi-huy-quan-su-tinh']],
    ['BHXH tỉnh, Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh', ['bao-hiem-xa-hoi-tinh', 'cuc-thue-tinh', 'kho-bac-nha-nuoc-tinh']],
    ['Trung tâm Phục vụ hành chính công tỉnh', ['trung-tam-phuc-vu-hanh-chinh-cong-tinh']],
    ['Ban Thi đua - Khen thưởng', ['ban-thi-dua-khen-thuong-tinh']],
    ['Đài Phát thanh và Truyền hình tỉnh', ['dai-phat-thanh-va-truyen-hinh-tinh']],
    ['Ban Dân tộc', ['ban-dan-toc']],
    ['UBND các huyện, thị xã, thành phố', ['district-people-committees']],
    ['Sở, ban, ngành, UBND các huyện, thành phố', ['provincial-departments', 'district-people-committees']],
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps the printed words, title included, and the groups of a central body', () => {
    expect(parseAgencies('Chủ tịch UBND cấp huyện').agencies[0]).toMatchObject({
      name: 'Ủy ban nhân dân cấp huyện',
      text: 'Chủ tịch UBND cấp huyện',
    });
    expect(parseAgencies('Công an tỉnh').agencies[0]!.memberOf).toEqual(['central-agencies-in-province', 'state-agencies']);
  });
});

describe('parseAgencies: lists joined by dashes, slashes, "+", and departments named without "Sở"', () => {
  it.each([
    ['Sở Nội vụ - Sở Tư pháp', ['so-noi-vu', 'so-tu-phap']], // the second was dropped as a "qualifier" of the first
    ['Sở Nội vụ + Sở Tư pháp', ['so-noi-vu', 'so-tu-phap']],
    ['Sở Nội vụ/Sở Tư pháp', ['so-noi-vu', 'so-tu-phap']], // was one unknown name
    ['Hội Cựu chiến binh - Hội Nông dân', ['other:hoi cuu chien binh', 'other:hoi nong dan']],
    ['Sở Tư pháp, Tài chính', ['so-tu-phap', 'so-tai-chinh']],
    ['Sở Nội vụ, Thông tin và Truyền thông', ['so-noi-vu', 'so-thong-tin-va-truyen-thong']],
    ['Các Sở: Nội vụ, Tư pháp, Tài chính', ['so-noi-vu', 'so-tu-phap', 'so-tai-chinh']],
    ['Sở Tư pháp, Tài chính và UBND cấp huyện', ['so-tu-phap', 'so-tai-chinh', 'district-people-committees']],
    ['UBND tỉnh, Tài chính', ['provincial-people-committee', 'other:tai chinh']], // no "Sở" before: not read as one
    ['Sở Lao động - Thương binh và Xã hội', ['so-lao-dong-thuong-binh-va-xa-hoi']], // a dash inside one name
  ])('%s', (text, expected) => {
    expect(keys(text)).toEqual(expected);
  });

  it('keeps the printed words of a department named without "Sở"', () => {
    expect(parseAgencies('Các Sở: Nội vụ, Tài chính').agencies.map((a) => [a.name, a.text])).toEqual([
      ['Sở Nội vụ', 'Các Sở: Nội vụ'],
      ['Sở Tài chính', 'Tài chính'],
    ]);
  });
});
