// What each QĐ 766 indicator counts in its numerator: the words of "12 more dossiers paid online → +0,8".
import type { BilingualText } from '../core/bilingual.js';

const t = (vi: string, en: string): BilingualText => Object.freeze({ vi, en });

/**
 * What the numerator of each indicator of `QD766_PORTAL` counts, in both languages: the noun of an explanation of lost
 * points ("thêm 12 hồ sơ thanh toán trực tuyến → +0,8" / "12 more dossiers paid online → +0.8").
 *
 * @example
 * ```ts
 * import { QD766_NUMERATORS } from 'cchc';
 * QD766_NUMERATORS['6.3']?.en; // 'dossiers paid online'
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_NUMERATORS: Readonly<Record<string, BilingualText>> = Object.freeze({
  '1.1': t('TTHC công bố đúng hạn', 'procedures published on time'),
  '1.2': t('TTHC công khai đúng hạn', 'procedures disclosed on time'),
  '1.3': t('TTHC công khai đủ nội dung', 'procedures disclosed with all components'),
  '1.4': t('hồ sơ đồng bộ lên Cổng DVCQG', 'dossiers synced to the national portal'),
  '2.1': t('hồ sơ giải quyết đúng hạn', 'dossiers handled on time'),
  '3.1': t('hồ sơ DVCTT toàn trình', 'full-process online dossiers'),
  '4.1': t('hồ sơ có kết quả điện tử', 'dossiers with an electronic result'),
  '4.2': t('hồ sơ được số hóa', 'dossiers digitised'),
  '4.3': t('xã cung cấp chứng thực bản sao điện tử', 'communes offering e-certified copies'),
  '4.4': t('hồ sơ sử dụng lại dữ liệu số hóa', 'dossiers reusing digitised data'),
  '4.5': t('hồ sơ kết nối kho dữ liệu điện tử', 'dossiers linked to the data store'),
  '4.6': t('hồ sơ sử dụng dữ liệu dân cư', 'dossiers using population data'),
  '4.7': t('TTHC kết nối dữ liệu dân cư', 'procedures connected to population data'),
  '5.1': t('PAKN xử lý đúng hạn', 'feedback items handled on time'),
  '5.2': t('PAKN được hài lòng', 'feedback items closed to satisfaction'),
  '5.3': t('hồ sơ đúng hạn, không bị phàn nàn', 'dossiers on time without complaint'),
  '6.1': t('TTHC tích hợp thanh toán trực tuyến', 'procedures integrated for online payment'),
  '6.2': t('TTHC có giao dịch thanh toán trực tuyến', 'procedures with an online payment'),
  '6.3': t('hồ sơ thanh toán trực tuyến', 'dossiers paid online'),
});
