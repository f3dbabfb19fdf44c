/**
 * The official holiday schedules of state agencies (cán bộ, công chức, viên chức: CBCCVC, Sat–Sun week) for 2019–2026,
 * one entry per day, each with its source, as compiled in the project's domain brief
 * (`shared/domain/dossiers-and-calendar.md` §4.3–4.4 and `holidays-vn-civil-service-2019-2026.csv`). Sources marked
 * "DERIVED" follow a cited rule where no announcement text was found (2019 Giỗ Tổ and Quốc khánh; 2020 Giỗ Tổ, 30/4,
 * 1/5 and 2/9; 2025 Tết Dương lịch and Giỗ Tổ). 2018-12-31 belongs to the 2019 announcement (a swap for Tết Dương lịch
 * 2019). 2026-11-24 (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16) was added from research note issue13 §1; no swap
 * around it was decided (a Mon 23/11 off / Sat 28/11 worked swap was only proposed, so it is not in the data).
 *
 * The names and citations of the days of ./official-days.ts (which holds their dates and kinds, all the working-day
 * arithmetic needs), keyed by date. Runtime data of `civilServiceCalendar` and `vnHolidays`.
 * @internal
 */
import type { SourceRef } from '../../core/source-ref.js';

/**
 * The one-text citation of each citation set (the deprecated `Holiday.source`): the URL the days were read at, or the
 * rule they were derived from. Referenced by index from {@link OFFICIAL_SCHEDULE_LABELS}.
 */
const VNS_8726 = 'https://vietnamnews.vn/society/1687874/pm-approves-proposal-for-9-day-continuous-tet-holiday-in-2025.html';

export const OFFICIAL_SCHEDULE_SOURCES: readonly string[] = Object.freeze([
  'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-6519-VPCP-KGVX-2018-national-holidays-for-public-sector-employees/387625/tieng-anh.aspx',
  'DERIVED: BLLĐ 2012 Art.115(1),(3) + lunar date (see §4.1); no announcement text found',
  'https://dautuvietnam.com.vn/tag/nghi-nguyen-luong-t9473.html',
  'https://vietnamnet.vn/en/seven-day-holiday-for-lunar-new-year-2020-approved-582674.html',
  'https://sggpnews.org.vn/culture_art/vietnams-public-holidays-in-2021-89687.html',
  'https://tuoitrenews.vn/news/society/20201128/vietnamese-govt-approves-seven-days-off-for-2021-lunar-new-year-holiday/58007.html',
  'https://vietfair.com/blog/1923.html',
  'https://english.luatvietnam.vn/official-dispatch-no-245-vpcp-kgvx-dated-january-11-2022-of-the-government-office-215627-doc6.html',
  'https://en.sggp.org.vn/calendar-of-public-holidays-in-april-may-post94148.html',
  'https://vietnamnet.vn./19-ngay-nghi-le-tet-trong-nam-2023-2094825.html',
  'http://diza.dongnai.gov.vn/en/Pages/newsdetail.aspx?CatId=102&NewsId=2251',
  'https://vietnaminsider.vn/employees-are-entitled-to-5-consecutive-days-off-on-the-occasion-of-april-30-and-may-1/',
  'https://vietnaminsider.vn/closing-2024-lunar-new-year-holiday-plan/',
  'https://2sao.vn/nguoi-lao-dong-khong-duoc-nghi-bu-dip-le-gio-to-hung-vuong-304-va-15-373943.html',
  'https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html',
  'http://m.btv.org.vn/tin-tuc/le-quoc-khanh-29-nguoi-lao-dong-duoc-nghi-4-ngay-lien-tiep-95086.html',
  'DERIVED: BLLĐ 2019 Art.112(1)(a); a Wednesday, no swap announced',
  VNS_8726,
  'https://tracuuquyhoach.com/tin-tuc/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-30-4-1-5-2025-51994339',
  VNS_8726,
  'https://vietnam.vnanet.vn/english/tin-van/civil-servants-public-employees-to-have-four-day-new-year-break-418376.html',
  'https://vietnam.vnanet.vn/english/tin-van/2026-lunar-new-year-holiday-to-span-nine-days-411509.html',
  'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
  'DERIVED: BLLĐ 2019 Art.112(1)(e); 10/3 ÂL Ất Tỵ = 2025-04-07, a Monday, no compensatory day',
  'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
  '', // 24/11/2026: the URL of its first source (the holiday-law version), set by vn-holidays.ts
]);

const S = OFFICIAL_SCHEDULE_SOURCES;
const CODE_2019_DERIVED = 'Derived from the law and the date; no announcement text was found for this day';
/** CV 8726/VPCP-KGVX (26/11/2024): the Prime Minister's decision on Tết, 30/4–1/5 and Quốc khánh 2025. */
const CV_8726: SourceRef = { document: 'Công văn 8726/VPCP-KGVX (tin TTXVN)', date: '2024-11-26', url: S[17]!, reliability: 'B' };
/** TB 6150/TB-BLĐTBXH (03/12/2024): the Ministry's notice of the same schedule. */
const TB_6150: SourceRef = {
  document: 'Thông báo 6150/TB-BLĐTBXH (tin Báo Đà Nẵng)',
  date: '2024-12-03',
  url: 'https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html',
};
/** CV 9859/VPCP-KGVX (13/10/2025): the Prime Minister's decision on Tết 2026. */
const CV_9859: SourceRef = { document: 'Công văn 9859/VPCP-KGVX (tin TTXVN)', date: '2025-10-13', url: S[21]!, reliability: 'B' };
/** TB 9441/TB-BNV (16/10/2025): the Ministry of Home Affairs' notice of Tết and Quốc khánh 2026. */
const TB_9441: SourceRef = { document: 'Thông báo 9441/TB-BNV (tin TTXVN)', date: '2025-10-16', url: S[24]!, reliability: 'B' };

/**
 * The citations of each set (same indexes as {@link OFFICIAL_SCHEDULE_SOURCES}), as {@link SourceRef}s: the decision
 * first (the Government Office letter, the Ministry's notice), then the report it was read in. Press reports keep the
 * newspaper in the document name. The rule-derived days carry `verified: false`: no announcement text was found for
 * them, the day follows from the law and the lunar date. 2025–2026 cite the decisions named in research note issue13
 * §2 (CV 8726, TB 6150, CV 12729, CV 9859, TB 9441) as reported by the national news agency (TTXVN).
 *
 * @category Calendar
 */
export const OFFICIAL_SCHEDULE_SOURCE_REFS: readonly (readonly SourceRef[])[] = [
  [{ document: 'Công văn 6519/VPCP-KGVX', date: '2018-07-11', url: S[0]!, note: 'English text (thuvienphapluat.vn)' }],
  [
    {
      document: 'Bộ luật Lao động 2012 (10/2012/QH13)',
      article: 'Điều 115(1),(3)',
      verified: false,
      note: 'Derived from the law and the lunar date; no announcement text was found for this day',
    },
  ],
  [{ document: 'Lịch nghỉ Tết Dương lịch 2020 (tin dautuvietnam.com.vn)', url: S[2]! }],
  [{ document: 'Phương án nghỉ Tết Canh Tý 2020 của Bộ LĐTBXH (tin VietNamNet)', url: S[3]! }],
  [{ document: 'Lịch nghỉ lễ năm 2021 (tin SGGP)', url: S[4]! }],
  [{ document: 'Phương án nghỉ Tết Tân Sửu 2021 được Thủ tướng đồng ý (tin Tuổi Trẻ)', url: S[5]! }],
  [{ document: 'Lịch nghỉ lễ năm 2022 (vietfair.com)', url: S[6]! }],
  [{ document: 'Công văn 245/VPCP-KGVX', date: '2022-01-11', url: S[7]!, note: 'English text (LuatVietnam)' }],
  [{ document: 'Lịch nghỉ lễ tháng 4–5/2022 (tin SGGP)', url: S[8]! }],
  [{ document: 'Lịch nghỉ lễ, Tết năm 2023 (tin VietNamNet)', url: S[9]! }],
  [{ document: 'Thông báo 5034/TB-LĐTBXH', date: '2022-12-07', url: S[10]!, note: 'text on the Đồng Nai portal' }],
  [{ document: 'Lịch nghỉ 30/4–1/5/2023 (tin Vietnam Insider)', url: S[11]! }],
  [{ document: 'Lịch nghỉ Tết Giáp Thìn 2024 (tin Vietnam Insider)', url: S[12]! }],
  [{ document: 'Lịch nghỉ Giỗ Tổ, 30/4–1/5/2024 (tin 2sao.vn)', url: S[13]! }],
  [{ document: 'Công văn 2450/VPCP-KGVX (tin Báo Pháp luật)', date: '2024-04-12', url: S[14]! }],
  [{ document: 'Lịch nghỉ Quốc khánh 2/9/2024 (tin btv.org.vn)', url: S[15]! }],
  [{ document: 'Bộ luật Lao động 2019 (45/2019/QH14)', article: 'Điều 112(1)(a)', verified: false, note: CODE_2019_DERIVED }],
  [CV_8726, TB_6150],
  [
    CV_8726,
    TB_6150,
    { document: 'Lịch nghỉ 30/4–1/5/2025 của CBCCVC (theo VietnamPlus)', url: S[18]!, note: 'names the make-up Saturday 26/4' },
  ],
  [CV_8726, TB_6150],
  [{ document: 'Công văn 12729/VPCP-KGVX (tin TTXVN)', date: '2025-12-25', url: S[20]!, reliability: 'B' }],
  [CV_9859, TB_9441],
  [{ document: 'Lịch nghỉ Giỗ Tổ, 30/4–1/5 năm 2026 (tin Thanh Niên)', url: S[22]! }],
  [
    {
      document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
      article: 'Điều 112(1)(e)',
      verified: false,
      note: `${CODE_2019_DERIVED}; 10/3 âm lịch Ất Tỵ = 2025-04-07`,
    },
  ],
  [TB_9441, CV_9859],
  // 24/11/2026: the citations of the law version that adds it (holiday-laws.ts), set by vn-holidays.ts.
  [],
];

/**
 * The citation set of Ngày Văn hóa Việt Nam (its sources are those of the holiday-law version).
 *
 * @category Calendar
 */
export const CULTURE_DAY_SOURCE = 25;

/**
 * `date: [nameVi, name, citation set]` for every day of ./official-days.ts.
 *
 * @category Calendar
 */
export const OFFICIAL_SCHEDULE_LABELS: Readonly<Record<string, readonly [string, string, number]>> = {
  '2018-12-31': ['Hoán đổi nghỉ (Tết Dương lịch 2019)', 'Swapped day off', 0],
  '2019-01-01': ['Tết Dương lịch', "New Year's Day", 0],
  '2019-01-05': ['Làm bù cho 31/12/2018', 'Make-up working day for 2018-12-31', 0],
  '2019-02-04': ['Tết Âm lịch (ngày cuối năm Mậu Tuất)', 'Lunar New Year (Tết)', 0],
  '2019-02-05': ['Tết Âm lịch (mùng 1)', 'Lunar New Year (Tết)', 0],
  '2019-02-06': ['Tết Âm lịch (mùng 2)', 'Lunar New Year (Tết)', 0],
  '2019-02-07': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 0],
  '2019-02-08': ['Tết Âm lịch (mùng 4)', 'Lunar New Year (Tết)', 0],
  '2019-04-14': ['Giỗ Tổ Hùng Vương (10/3 ÂL)', "Hùng Kings' Commemoration Day", 1],
  '2019-04-15': ['Nghỉ bù Giỗ Tổ (14/4 là Chủ nhật)', "Compensatory day off (Hùng Kings' Commemoration Day)", 1],
  '2019-04-29': ['Hoán đổi nghỉ (dịp 30/4-1/5)', 'Swapped day off', 0],
  '2019-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 0],
  '2019-05-01': ['Quốc tế Lao động', "International Workers' Day", 0],
  '2019-05-04': ['Làm bù cho 29/4/2019', 'Make-up working day for 2019-04-29', 0],
  '2019-09-02': ['Quốc khánh (1 ngày theo BLLĐ 2012)', 'National Day', 1],
  '2020-01-01': ['Tết Dương lịch', "New Year's Day", 2],
  '2020-01-23': ['Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (Tết)', 3],
  '2020-01-24': ['Tết Âm lịch (30 tháng Chạp)', 'Lunar New Year (Tết)', 3],
  '2020-01-25': ['Tết Âm lịch (mùng 1, thứ Bảy)', 'Lunar New Year (Tết)', 3],
  '2020-01-26': ['Tết Âm lịch (mùng 2, Chủ nhật)', 'Lunar New Year (Tết)', 3],
  '2020-01-27': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 3],
  '2020-01-28': ['Nghỉ bù Tết (mùng 1 trùng thứ Bảy)', 'Compensatory day off (Tết)', 3],
  '2020-01-29': ['Nghỉ bù Tết (mùng 2 trùng Chủ nhật)', 'Compensatory day off (Tết)', 3],
  '2020-04-02': ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", 1],
  '2020-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 1],
  '2020-05-01': ['Quốc tế Lao động', "International Workers' Day", 1],
  '2020-09-02': ['Quốc khánh (1 ngày theo BLLĐ 2012)', 'National Day', 1],
  '2021-01-01': ['Tết Dương lịch', "New Year's Day", 4],
  '2021-02-10': ['Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (Tết)', 5],
  '2021-02-11': ['Tết Âm lịch (30 tháng Chạp)', 'Lunar New Year (Tết)', 5],
  '2021-02-12': ['Tết Âm lịch (mùng 1)', 'Lunar New Year (Tết)', 5],
  '2021-02-13': ['Tết Âm lịch (mùng 2, thứ Bảy)', 'Lunar New Year (Tết)', 5],
  '2021-02-14': ['Tết Âm lịch (mùng 3, Chủ nhật)', 'Lunar New Year (Tết)', 5],
  '2021-02-15': ['Nghỉ bù Tết', 'Compensatory day off (Tết)', 5],
  '2021-02-16': ['Nghỉ bù Tết', 'Compensatory day off (Tết)', 5],
  '2021-04-21': ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", 4],
  '2021-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 4],
  '2021-05-01': ['Quốc tế Lao động (thứ Bảy)', "International Workers' Day", 4],
  '2021-05-03': ['Nghỉ bù 1/5', "Compensatory day off (International Workers' Day)", 4],
  '2021-09-02': ['Quốc khánh', 'National Day', 4],
  '2021-09-03': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 4],
  '2022-01-01': ['Tết Dương lịch (thứ Bảy)', "New Year's Day", 6],
  '2022-01-03': ['Nghỉ bù Tết Dương lịch', "Compensatory day off (New Year's Day)", 6],
  '2022-01-31': ['Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (Tết)', 7],
  '2022-02-01': ['Tết Âm lịch (mùng 1)', 'Lunar New Year (Tết)', 7],
  '2022-02-02': ['Tết Âm lịch (mùng 2)', 'Lunar New Year (Tết)', 7],
  '2022-02-03': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 7],
  '2022-02-04': ['Tết Âm lịch (mùng 4)', 'Lunar New Year (Tết)', 7],
  '2022-04-10': ['Giỗ Tổ Hùng Vương (Chủ nhật)', "Hùng Kings' Commemoration Day", 8],
  '2022-04-11': ['Nghỉ bù Giỗ Tổ', "Compensatory day off (Hùng Kings' Commemoration Day)", 8],
  '2022-04-30': ['Ngày Chiến thắng (thứ Bảy)', 'Victory Day (Reunification Day)', 8],
  '2022-05-01': ['Quốc tế Lao động (Chủ nhật)', "International Workers' Day", 8],
  '2022-05-02': ['Nghỉ bù 30/4', 'Compensatory day off (Victory Day)', 8],
  '2022-05-03': ['Nghỉ bù 1/5', "Compensatory day off (International Workers' Day)", 8],
  '2022-09-01': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 7],
  '2022-09-02': ['Quốc khánh', 'National Day', 7],
  '2023-01-01': ['Tết Dương lịch (Chủ nhật)', "New Year's Day", 9],
  '2023-01-02': ['Nghỉ bù Tết Dương lịch', "Compensatory day off (New Year's Day)", 9],
  '2023-01-20': ['Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (Tết)', 10],
  '2023-01-21': ['Tết Âm lịch (30 tháng Chạp, thứ Bảy)', 'Lunar New Year (Tết)', 10],
  '2023-01-22': ['Tết Âm lịch (mùng 1, Chủ nhật)', 'Lunar New Year (Tết)', 10],
  '2023-01-23': ['Tết Âm lịch (mùng 2)', 'Lunar New Year (Tết)', 10],
  '2023-01-24': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 10],
  '2023-01-25': ['Nghỉ bù Tết', 'Compensatory day off (Tết)', 10],
  '2023-01-26': ['Nghỉ bù Tết', 'Compensatory day off (Tết)', 10],
  '2023-04-29': ['Giỗ Tổ Hùng Vương (thứ Bảy)', "Hùng Kings' Commemoration Day", 11],
  '2023-04-30': ['Ngày Chiến thắng (Chủ nhật)', 'Victory Day (Reunification Day)', 11],
  '2023-05-01': ['Quốc tế Lao động', "International Workers' Day", 11],
  '2023-05-02': ['Nghỉ bù Giỗ Tổ', "Compensatory day off (Hùng Kings' Commemoration Day)", 11],
  '2023-05-03': ['Nghỉ bù 30/4', 'Compensatory day off (Victory Day)', 11],
  '2023-09-01': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 10],
  '2023-09-02': ['Quốc khánh (thứ Bảy)', 'National Day', 10],
  '2023-09-04': ['Nghỉ bù Quốc khánh', 'Compensatory day off (National Day)', 10],
  '2024-01-01': ['Tết Dương lịch', "New Year's Day", 12],
  '2024-02-08': ['Tết Âm lịch (29 tháng Chạp)', 'Lunar New Year (Tết)', 12],
  '2024-02-09': ['Tết Âm lịch (30 tháng Chạp)', 'Lunar New Year (Tết)', 12],
  '2024-02-10': ['Tết Âm lịch (mùng 1, thứ Bảy)', 'Lunar New Year (Tết)', 12],
  '2024-02-11': ['Tết Âm lịch (mùng 2, Chủ nhật)', 'Lunar New Year (Tết)', 12],
  '2024-02-12': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 12],
  '2024-02-13': ['Nghỉ bù Tết (phân loại bù suy ra)', 'Compensatory day off (Tết)', 12],
  '2024-02-14': ['Nghỉ bù Tết (phân loại bù suy ra)', 'Compensatory day off (Tết)', 12],
  '2024-04-18': ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", 13],
  '2024-04-29': ['Hoán đổi nghỉ (dịp 30/4-1/5)', 'Swapped day off', 14],
  '2024-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 14],
  '2024-05-01': ['Quốc tế Lao động', "International Workers' Day", 14],
  '2024-05-04': ['Làm bù cho 29/4/2024', 'Make-up working day for 2024-04-29', 14],
  '2024-09-02': ['Quốc khánh', 'National Day', 15],
  '2024-09-03': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 15],
  '2025-01-01': ['Tết Dương lịch', "New Year's Day", 16],
  '2025-01-27': ['Tết Âm lịch (28 tháng Chạp)', 'Lunar New Year (Tết)', 17],
  '2025-01-28': ['Tết Âm lịch (29 tháng Chạp = giao thừa)', 'Lunar New Year (Tết)', 17],
  '2025-01-29': ['Tết Âm lịch (mùng 1)', 'Lunar New Year (Tết)', 17],
  '2025-01-30': ['Tết Âm lịch (mùng 2)', 'Lunar New Year (Tết)', 17],
  '2025-01-31': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 17],
  '2025-04-07': ['Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", 23],
  '2025-04-26': ['Làm bù cho 2/5/2025', 'Make-up working day for 2025-05-02', 18],
  '2025-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 18],
  '2025-05-01': ['Quốc tế Lao động', "International Workers' Day", 18],
  '2025-05-02': ['Hoán đổi nghỉ (dịp 30/4-1/5)', 'Swapped day off', 18],
  '2025-09-01': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 19],
  '2025-09-02': ['Quốc khánh', 'National Day', 19],
  '2026-01-01': ['Tết Dương lịch', "New Year's Day", 20],
  '2026-01-02': ['Hoán đổi nghỉ (Tết Dương lịch)', 'Swapped day off', 20],
  '2026-01-10': ['Làm bù cho 2/1/2026', 'Make-up working day for 2026-01-02', 20],
  '2026-02-16': ['Tết Âm lịch (29 tháng Chạp, ngày cuối năm Ất Tỵ)', 'Lunar New Year (Tết)', 21],
  '2026-02-17': ['Tết Âm lịch (mùng 1)', 'Lunar New Year (Tết)', 21],
  '2026-02-18': ['Tết Âm lịch (mùng 2)', 'Lunar New Year (Tết)', 21],
  '2026-02-19': ['Tết Âm lịch (mùng 3)', 'Lunar New Year (Tết)', 21],
  '2026-02-20': ['Tết Âm lịch (mùng 4)', 'Lunar New Year (Tết)', 21],
  '2026-04-26': ['Giỗ Tổ Hùng Vương (Chủ nhật)', "Hùng Kings' Commemoration Day", 22],
  '2026-04-27': ['Nghỉ bù Giỗ Tổ', "Compensatory day off (Hùng Kings' Commemoration Day)", 22],
  '2026-04-30': ['Ngày Chiến thắng', 'Victory Day (Reunification Day)', 22],
  '2026-05-01': ['Quốc tế Lao động', "International Workers' Day", 22],
  '2026-08-22': ['Làm bù cho 31/8/2026', 'Make-up working day for 2026-08-31', 24],
  '2026-08-31': ['Hoán đổi nghỉ (dịp Quốc khánh)', 'Swapped day off', 24],
  '2026-09-01': ['Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', 24],
  '2026-09-02': ['Quốc khánh', 'National Day', 24],
  '2026-11-24': ['Ngày Văn hóa Việt Nam', 'Vietnam Culture Day', 25],
};
