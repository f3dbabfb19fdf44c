import type { AdminLevel } from '../core/admin-level.js';
import type { BilingualText } from '../core/bilingual.js';
import type { SourceRef } from '../core/source-ref.js';
import { lazyFrozen } from '../core/_internal/lazy-frozen.js';
import { deepFreeze } from '../core/_internal/freeze.js';

/**
 * A known agency or group of agencies (cơ quan, nhóm cơ quan) and the ways documents write it. Used by
 * `parseAgencies` to normalise agency texts; pass your own list (or extend {@link AGENCY_DEFINITIONS}) for agencies
 * it does not know.
 *
 * @example
 * ```ts
 * import type { AgencyDefinition } from 'cchc';
 * const d: AgencyDefinition = {
 *   key: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'agency', level: 'province',
 *   aliases: ['SNV', 'Sở NV'], memberOf: ['provincial-departments'],
 *   label: { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' },
 *   sources: [{ document: 'Kế hoạch 164/KH-UBND của UBND tỉnh Kiên Giang', date: '2019-12-09' }],
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface AgencyDefinition {
  /** Stable key (kebab-case ASCII), used to group and filter. */
  readonly key: string;
  /** The full name, abbreviations expanded ("Văn phòng Ủy ban nhân dân tỉnh"). */
  readonly name: string;
  /** `agency`: one body; `group`: a class of bodies ("Các sở, ban, ngành tỉnh", "UBND cấp huyện"). */
  readonly kind: 'agency' | 'group';
  /** Administrative level, when it has one. */
  readonly level?: AdminLevel;
  /** Other ways of writing it (the name is always matched too); case, accents and "các" do not matter. */
  readonly aliases: readonly string[];
  /** Keys of the groups it belongs to ("Sở Nội vụ" is one of "Các sở, ban, ngành tỉnh"). */
  readonly memberOf?: readonly string[];
  /** The name in Vietnamese and English (`label.vi` is `name`); the English names are descriptive translations. */
  readonly label?: BilingualText;
  /** Where the name and its abbreviations were read. */
  readonly sources?: readonly SourceRef[];
}

const DEPT = ['provincial-departments', 'related-provincial-departments'] as const;

const dept = (key: string, name: string, aliases: readonly string[]): AgencyDefinition =>
  Object.freeze({ key, name, kind: 'agency', level: 'province', aliases: Object.freeze([...aliases]), memberOf: DEPT });

const CENTRAL = ['central-agencies-in-province', 'state-agencies'] as const;

const central = (key: string, name: string, aliases: readonly string[]): AgencyDefinition =>
  Object.freeze({ key, name, kind: 'agency', level: 'province', aliases: Object.freeze([...aliases]), memberOf: CENTRAL });

// The definitions as written; built with the list on first use (importing the package builds nothing, issue 18).
const rawDefinitions = (): readonly AgencyDefinition[] =>
  Object.freeze([
    // Groups
    Object.freeze({
      key: 'provincial-departments',
      name: 'Các sở, ban, ngành tỉnh',
      kind: 'group',
      level: 'province',
      aliases: Object.freeze([
        'sở, ban, ngành tỉnh',
        'sở, ban, ngành cấp tỉnh',
        'sở, ban, ngành',
        'sở, ngành tỉnh',
        'sở, ngành cấp tỉnh',
        'sở, ngành',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'related-provincial-departments',
      name: 'Các sở, ngành liên quan',
      kind: 'group',
      level: 'province',
      aliases: Object.freeze([
        'sở, ngành liên quan',
        'sở, ban, ngành liên quan',
        'sở, ban, ngành tỉnh liên quan',
        'sở, ngành tỉnh liên quan',
        'sở, ngành có liên quan',
        'sở, ban, ngành có liên quan',
        'sở, ban, ngành tỉnh có liên quan',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'district-people-committees',
      name: 'Ủy ban nhân dân cấp huyện',
      kind: 'group',
      level: 'district',
      aliases: Object.freeze([
        'UBND cấp huyện',
        'Ủy ban nhân dân các huyện, thành phố',
        'UBND các huyện, thành phố',
        'UBND huyện, thành phố',
        'Ủy ban nhân dân các huyện, thị xã, thành phố',
        'UBND các huyện, thị xã, thành phố',
        'UBND huyện, thị xã, thành phố',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'commune-people-committees',
      name: 'Ủy ban nhân dân cấp xã',
      kind: 'group',
      level: 'commune',
      aliases: Object.freeze([
        'UBND cấp xã',
        'Ủy ban nhân dân các xã, phường, thị trấn',
        'UBND các xã, phường, thị trấn',
        'UBND xã, phường, thị trấn',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'state-agencies',
      name: 'Các cơ quan nhà nước',
      kind: 'group',
      aliases: Object.freeze(['cơ quan nhà nước', 'cơ quan hành chính nhà nước', 'cơ quan hành chính', 'cơ quan, đơn vị nhà nước']),
    }),
    Object.freeze({
      key: 'related-agencies',
      name: 'Các cơ quan, đơn vị liên quan',
      kind: 'group',
      aliases: Object.freeze([
        'cơ quan, đơn vị liên quan',
        'cơ quan, đơn vị có liên quan',
        'cơ quan, đơn vị, địa phương liên quan',
        'cơ quan, đơn vị, địa phương có liên quan',
        'cơ quan, địa phương liên quan',
        'cơ quan, địa phương có liên quan',
        'cơ quan liên quan',
        'cơ quan có liên quan',
        'đơn vị liên quan',
        'đơn vị có liên quan',
        'ngành liên quan',
        'ngành có liên quan',
      ]),
    }),
    Object.freeze({
      key: 'agencies-and-units',
      name: 'Các cơ quan, đơn vị',
      kind: 'group',
      aliases: Object.freeze(['cơ quan, đơn vị', 'cơ quan, đơn vị, địa phương', 'cơ quan, đơn vị trên địa bàn tỉnh']),
    }),
    Object.freeze({
      key: 'central-agencies-in-province',
      name: 'Các cơ quan Trung ương đóng trên địa bàn tỉnh',
      kind: 'group',
      level: 'province',
      aliases: Object.freeze([
        'cơ quan Trung ương đóng trên địa bàn tỉnh',
        'cơ quan Trung ương trên địa bàn tỉnh',
        'cơ quan ngành dọc Trung ương',
        'cơ quan ngành dọc',
        'cơ quan ngành dọc trên địa bàn tỉnh',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'public-service-units',
      name: 'Các đơn vị sự nghiệp công lập',
      kind: 'group',
      aliases: Object.freeze(['đơn vị sự nghiệp công lập', 'đơn vị sự nghiệp']),
    }),
    Object.freeze({
      key: 'supervising-bodies-of-public-service-units',
      name: 'Cơ quan chủ quản cấp trên của đơn vị sự nghiệp',
      kind: 'group',
      aliases: Object.freeze([
        'cơ quan chủ quản cấp trên đơn vị sự nghiệp',
        'cơ quan chủ quản cấp trên của đơn vị sự nghiệp',
        'cơ quan chủ quản',
      ]),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'mass-media',
      name: 'Các cơ quan thông tin đại chúng',
      kind: 'group',
      aliases: Object.freeze(['cơ quan thông tin đại chúng', 'cơ quan báo chí', 'phương tiện thông tin đại chúng']),
    }),
    Object.freeze({
      key: 'party-committees',
      name: 'Cấp ủy đảng',
      kind: 'group',
      aliases: Object.freeze(['cấp ủy đảng các cấp', 'cấp ủy', 'cấp ủy các cấp']),
    }),
    Object.freeze({ key: 'authorities', name: 'Chính quyền các cấp', kind: 'group', aliases: Object.freeze(['chính quyền']) }),
    Object.freeze({
      key: 'fatherland-front',
      name: 'Mặt trận Tổ quốc',
      kind: 'group',
      aliases: Object.freeze(['Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'MTTQ']),
    }),
    Object.freeze({
      key: 'mass-organisations',
      name: 'Các đoàn thể',
      kind: 'group',
      aliases: Object.freeze(['đoàn thể', 'đoàn thể chính trị - xã hội', 'tổ chức chính trị - xã hội']),
    }),
    Object.freeze({
      key: 'people-committees',
      name: 'Ủy ban nhân dân',
      kind: 'group',
      aliases: Object.freeze(['UBND', 'UBND các cấp', 'Ủy ban nhân dân các cấp']),
      memberOf: Object.freeze(['state-agencies']),
    }),
    // Provincial bodies
    Object.freeze({
      key: 'provincial-people-committee',
      name: 'Ủy ban nhân dân tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['UBND tỉnh']),
    }),
    Object.freeze({
      key: 'provincial-people-council',
      name: 'Hội đồng nhân dân tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['HĐND tỉnh']),
    }),
    Object.freeze({
      key: 'provincial-party-committee',
      name: 'Tỉnh ủy',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['Ban Thường vụ Tỉnh ủy']),
    }),
    dept('van-phong-ubnd-tinh', 'Văn phòng Ủy ban nhân dân tỉnh', [
      'Văn phòng UBND tỉnh',
      'VP UBND tỉnh',
      'VPUBND tỉnh',
      'Văn phòng UBND',
      'VP UBND',
    ]),
    dept('van-phong-hdnd-tinh', 'Văn phòng Hội đồng nhân dân tỉnh', [
      'Văn phòng HĐND tỉnh',
      'VP HĐND tỉnh',
      'Văn phòng Đoàn ĐBQH và HĐND tỉnh',
    ]),
    dept('so-noi-vu', 'Sở Nội vụ', ['SNV', 'Sở NV']),
    dept('so-tu-phap', 'Sở Tư pháp', ['STP', 'Sở TP']),
    dept('so-tai-chinh', 'Sở Tài chính', ['STC', 'Sở TC']),
    dept('so-ke-hoach-va-dau-tu', 'Sở Kế hoạch và Đầu tư', ['Sở KH&ĐT', 'Sở KHĐT', 'Sở KH-ĐT', 'SKHĐT', 'Sở Kế hoạch - Đầu tư']),
    dept('so-khoa-hoc-va-cong-nghe', 'Sở Khoa học và Công nghệ', ['Sở KH&CN', 'Sở KHCN', 'Sở KH-CN', 'SKHCN']),
    dept('so-thong-tin-va-truyen-thong', 'Sở Thông tin và Truyền thông', ['Sở TT&TT', 'Sở TTTT', 'Sở TT-TT', 'STTTT']),
    dept('so-nong-nghiep-va-phat-trien-nong-thon', 'Sở Nông nghiệp và Phát triển nông thôn', [
      'Sở NN&PTNT',
      'Sở NNPTNT',
      'Sở NN-PTNT',
      'Sở Nông nghiệp và PTNT',
    ]),
    dept('so-van-hoa-va-the-thao', 'Sở Văn hóa và Thể thao', ['Sở VH&TT', 'Sở VHTT', 'Sở VH-TT']),
    dept('so-van-hoa-the-thao-va-du-lich', 'Sở Văn hóa, Thể thao và Du lịch', ['Sở VHTTDL', 'Sở VH-TT&DL', 'Sở VHTT&DL']),
    dept('so-tai-nguyen-va-moi-truong', 'Sở Tài nguyên và Môi trường', ['Sở TN&MT', 'Sở TNMT', 'Sở TN-MT']),
    dept('so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo', ['Sở GD&ĐT', 'Sở GDĐT', 'Sở GD-ĐT', 'Sở Giáo dục - Đào tạo']),
    dept('so-lao-dong-thuong-binh-va-xa-hoi', 'Sở Lao động - Thương binh và Xã hội', [
      'Sở LĐ-TB&XH',
      'Sở LĐTBXH',
      'Sở LĐ-TBXH',
      'Sở Lao động TB&XH',
    ]),
    dept('so-y-te', 'Sở Y tế', ['SYT']),
    dept('so-xay-dung', 'Sở Xây dựng', ['SXD']),
    dept('so-cong-thuong', 'Sở Công Thương', ['SCT']),
    dept('so-giao-thong-van-tai', 'Sở Giao thông vận tải', ['Sở GTVT', 'Sở GT-VT']),
    dept('so-ngoai-vu', 'Sở Ngoại vụ', []),
    dept('so-du-lich', 'Sở Du lịch', []),
    dept('thanh-tra-tinh', 'Thanh tra tỉnh', []),
    dept('ban-dan-toc', 'Ban Dân tộc', ['Ban Dân tộc tỉnh']),
    dept('ban-quan-ly-khu-kinh-te-tinh', 'Ban Quản lý Khu kinh tế tỉnh', ['BQL Khu kinh tế tỉnh', 'BQL KKT tỉnh']),
    dept('ban-quan-ly-khu-kinh-te-phu-quoc', 'Ban Quản lý Khu kinh tế Phú Quốc', ['BQL Khu kinh tế Phú Quốc', 'BQL KKT Phú Quốc']),
    Object.freeze({
      key: 'trung-tam-phuc-vu-hanh-chinh-cong-tinh',
      name: 'Trung tâm Phục vụ hành chính công tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['Trung tâm Phục vụ hành chính công', 'Trung tâm PVHCC tỉnh', 'Trung tâm PVHCC', 'TTPVHCC tỉnh']),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'ban-thi-dua-khen-thuong-tinh',
      name: 'Ban Thi đua - Khen thưởng tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['Ban Thi đua - Khen thưởng', 'Ban TĐKT tỉnh', 'Ban TĐKT', 'Ban Thi đua khen thưởng tỉnh']),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'ban-ton-giao-tinh',
      name: 'Ban Tôn giáo tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['Ban Tôn giáo']),
      memberOf: Object.freeze(['state-agencies']),
    }),
    Object.freeze({
      key: 'dai-phat-thanh-va-truyen-hinh-tinh',
      name: 'Đài Phát thanh và Truyền hình tỉnh',
      kind: 'agency',
      level: 'province',
      aliases: Object.freeze(['Đài PT-TH tỉnh', 'Đài PTTH tỉnh', 'Đài Phát thanh - Truyền hình tỉnh']),
      memberOf: Object.freeze(['mass-media', 'public-service-units']),
    }),
    // Provincial branches of central bodies (cơ quan Trung ương đóng trên địa bàn tỉnh)
    central('cong-an-tinh', 'Công an tỉnh', ['CA tỉnh']),
    central('bo-chi-huy-quan-su-tinh', 'Bộ Chỉ huy Quân sự tỉnh', ['BCH Quân sự tỉnh', 'BCHQS tỉnh', 'Bộ CHQS tỉnh']),
    central('bao-hiem-xa-hoi-tinh', 'Bảo hiểm xã hội tỉnh', ['BHXH tỉnh']),
    central('cuc-thue-tinh', 'Cục Thuế tỉnh', []),
    central('kho-bac-nha-nuoc-tinh', 'Kho bạc Nhà nước tỉnh', ['KBNN tỉnh', 'Kho bạc tỉnh']),
    central('cuc-thong-ke-tinh', 'Cục Thống kê tỉnh', []),
    central('ngan-hang-nha-nuoc-chi-nhanh-tinh', 'Ngân hàng Nhà nước chi nhánh tỉnh', ['Ngân hàng Nhà nước tỉnh', 'NHNN chi nhánh tỉnh']),
    central('buu-dien-tinh', 'Bưu điện tỉnh', []),
    Object.freeze({ key: 'bo-noi-vu', name: 'Bộ Nội vụ', kind: 'agency', aliases: Object.freeze(['BNV']) }),
  ]) as readonly AgencyDefinition[];

/** English names (descriptive translations, as provincial and ministry portals give them in English). */
const ENGLISH: Readonly<Record<string, string>> = {
  'provincial-departments': 'Provincial departments, boards and sectors',
  'related-provincial-departments': 'Related provincial departments and sectors',
  'district-people-committees': "District People's Committees",
  'commune-people-committees': "Commune People's Committees",
  'state-agencies': 'State agencies',
  'related-agencies': 'Related agencies and units',
  'agencies-and-units': 'Agencies and units',
  'central-agencies-in-province': 'Central agencies based in the province',
  'public-service-units': 'Public service units',
  'supervising-bodies-of-public-service-units': 'Supervising bodies of public service units',
  'mass-media': 'Mass media',
  'party-committees': 'Party committees',
  authorities: 'Authorities at all levels',
  'fatherland-front': 'Fatherland Front',
  'mass-organisations': 'Mass organisations',
  'people-committees': "People's Committees",
  'provincial-people-committee': "Provincial People's Committee",
  'provincial-people-council': "Provincial People's Council",
  'provincial-party-committee': 'Provincial Party Committee',
  'van-phong-ubnd-tinh': "Office of the Provincial People's Committee",
  'van-phong-hdnd-tinh': "Office of the Provincial People's Council",
  'so-noi-vu': 'Department of Home Affairs',
  'so-tu-phap': 'Department of Justice',
  'so-tai-chinh': 'Department of Finance',
  'so-ke-hoach-va-dau-tu': 'Department of Planning and Investment',
  'so-khoa-hoc-va-cong-nghe': 'Department of Science and Technology',
  'so-thong-tin-va-truyen-thong': 'Department of Information and Communications',
  'so-nong-nghiep-va-phat-trien-nong-thon': 'Department of Agriculture and Rural Development',
  'so-van-hoa-va-the-thao': 'Department of Culture and Sports',
  'so-van-hoa-the-thao-va-du-lich': 'Department of Culture, Sports and Tourism',
  'so-tai-nguyen-va-moi-truong': 'Department of Natural Resources and Environment',
  'so-giao-duc-va-dao-tao': 'Department of Education and Training',
  'so-lao-dong-thuong-binh-va-xa-hoi': 'Department of Labour, Invalids and Social Affairs',
  'so-y-te': 'Department of Health',
  'so-xay-dung': 'Department of Construction',
  'so-cong-thuong': 'Department of Industry and Trade',
  'so-giao-thong-van-tai': 'Department of Transport',
  'so-ngoai-vu': 'Department of Foreign Affairs',
  'so-du-lich': 'Department of Tourism',
  'thanh-tra-tinh': 'Provincial Inspectorate',
  'ban-dan-toc': 'Ethnic Minorities Committee',
  'ban-quan-ly-khu-kinh-te-tinh': 'Provincial Economic Zone Management Board',
  'ban-quan-ly-khu-kinh-te-phu-quoc': 'Phu Quoc Economic Zone Management Board',
  'trung-tam-phuc-vu-hanh-chinh-cong-tinh': 'Provincial Public Administration Service Centre',
  'ban-thi-dua-khen-thuong-tinh': 'Provincial Emulation and Commendation Board',
  'ban-ton-giao-tinh': 'Provincial Religious Affairs Board',
  'dai-phat-thanh-va-truyen-hinh-tinh': 'Provincial Radio and Television Station',
  'cong-an-tinh': 'Provincial Police',
  'bo-chi-huy-quan-su-tinh': 'Provincial Military Command',
  'bao-hiem-xa-hoi-tinh': 'Provincial Social Insurance',
  'cuc-thue-tinh': 'Provincial Tax Department',
  'kho-bac-nha-nuoc-tinh': 'Provincial State Treasury',
  'cuc-thong-ke-tinh': 'Provincial Statistics Office',
  'ngan-hang-nha-nuoc-chi-nhanh-tinh': 'State Bank of Vietnam, provincial branch',
  'buu-dien-tinh': 'Provincial Post Office',
  'bo-noi-vu': 'Ministry of Home Affairs',
};

/** Kế hoạch 164/KH-UBND: the agencies its appendix (and, for the service centre, Part II) names; its issuer. */
const KH_164: SourceRef = {
  document: 'Kế hoạch 164/KH-UBND của UBND tỉnh Kiên Giang',
  date: '2019-12-09',
  note: 'Phụ lục "Triển khai các nhiệm vụ cải cách hành chính năm 2020" (cột cơ quan chủ trì, phối hợp) và Phần II',
};
const IN_KH_164: ReadonlySet<string> = new Set([
  'provincial-departments',
  'related-provincial-departments',
  'district-people-committees',
  'commune-people-committees',
  'state-agencies',
  'supervising-bodies-of-public-service-units',
  'mass-media',
  'party-committees',
  'authorities',
  'fatherland-front',
  'mass-organisations',
  'provincial-people-committee',
  'van-phong-ubnd-tinh',
  'so-noi-vu',
  'so-tu-phap',
  'so-tai-chinh',
  'so-khoa-hoc-va-cong-nghe',
  'so-thong-tin-va-truyen-thong',
  'so-nong-nghiep-va-phat-trien-nong-thon',
  'so-van-hoa-va-the-thao',
  'ban-quan-ly-khu-kinh-te-tinh',
  'ban-quan-ly-khu-kinh-te-phu-quoc',
  'trung-tam-phuc-vu-hanh-chinh-cong-tinh',
  'bo-noi-vu',
]);

/** Báo cáo 389/BC-UBND, footnote 4: the provincial departments whose internal offices were cut in 2019. */
const BC_389: SourceRef = { document: 'Báo cáo 389/BC-UBND của UBND tỉnh Kiên Giang', date: '2019-12-09', article: 'chú thích 4' };
const IN_BC_389: ReadonlySet<string> = new Set([
  'so-tai-chinh',
  'so-ke-hoach-va-dau-tu',
  'so-xay-dung',
  'thanh-tra-tinh',
  'so-tu-phap',
  'so-cong-thuong',
  'so-ngoai-vu',
  'so-noi-vu',
  'so-khoa-hoc-va-cong-nghe',
  'so-lao-dong-thuong-binh-va-xa-hoi',
  'so-y-te',
  'so-thong-tin-va-truyen-thong',
]);

/** The other names: as CCHC plans of provinces usually write them, not checked against one document. */
const USAGE: SourceRef = {
  document: 'Kế hoạch cải cách hành chính của các tỉnh (cơ quan chủ trì, phối hợp)',
  verified: false,
  note: 'Tên và chữ viết tắt thường dùng trong kế hoạch CCHC cấp tỉnh; chưa đối chiếu với một văn bản cụ thể.',
};

function sourcesOf(key: string): readonly SourceRef[] {
  const out: SourceRef[] = [];
  if (IN_KH_164.has(key)) out.push(KH_164);
  if (IN_BC_389.has(key)) out.push(BC_389);
  return out.length > 0 ? out : [USAGE];
}

/**
 * The agencies and groups `parseAgencies` knows by default: the groups plans assign tasks to (sở, ban, ngành tỉnh;
 * Ủy ban nhân dân cấp huyện / cấp xã; cơ quan nhà nước; cơ quan thông tin đại chúng; cấp ủy, chính quyền, Mặt trận
 * Tổ quốc, đoàn thể …) and the provincial departments with their usual abbreviations (UBND, HĐND, Sở TT&TT, Sở
 * KH&ĐT, VP UBND tỉnh …).
 *
 * Sources: the agencies named in Kế hoạch 164/KH-UBND (Kiên Giang, 09/12/2019), appendix and Part II; the provincial
 * departments named in Báo cáo 389/BC-UBND (09/12/2019), footnote 4; abbreviations as used in those documents
 * ("UBND", "VP UBND") and in provincial reporting generally; the provincial branches of central bodies (Công an, Bộ
 * Chỉ huy Quân sự, Bảo hiểm xã hội, Cục Thuế, Kho bạc Nhà nước, Cục Thống kê, Ngân hàng Nhà nước, Bưu điện) and the
 * catch-all groups ("các cơ quan, đơn vị liên quan") that CCHC plans of other provinces name as coordinating
 * agencies. Add local ones with the `definitions` option.
 *
 * Each definition has its English name (`label`) and its `sources`; a name not read in one of the two documents above
 * is marked `verified: false`. The list is deeply frozen: it cannot be changed by one caller under another (extend
 * it with `[...AGENCY_DEFINITIONS, mine]`).
 *
 * @example
 * ```ts
 * import { AGENCY_DEFINITIONS } from 'cchc';
 * AGENCY_DEFINITIONS.find((d) => d.key === 'so-thong-tin-va-truyen-thong')?.aliases.includes('Sở TT&TT'); // true
 * AGENCY_DEFINITIONS.find((d) => d.key === 'so-noi-vu')?.label; // { vi: 'Sở Nội vụ', en: 'Department of Home Affairs' }
 * Object.isFrozen(AGENCY_DEFINITIONS[0]!.aliases); // true
 * ```
 *
 * @category Plans and tasks
 */
export const AGENCY_DEFINITIONS: readonly AgencyDefinition[] = /* @__PURE__ */ lazyFrozen(
  () => deepFreeze(rawDefinitions().map((d) => ({ ...d, label: { vi: d.name, en: ENGLISH[d.key] ?? d.name }, sources: sourcesOf(d.key) }))),
  { array: true },
);
