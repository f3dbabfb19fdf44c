// The key a province name is matched by, in its own file (no data): the audits use it without loading the registry.
import { foldVi } from '../../core/_internal/fold-vi.js';

import { MAX_PROVINCE_NAME_LENGTH } from '../../core/limits.js';

export { MAX_PROVINCE_NAME_LENGTH }; // defined in core/limits.ts with every other limit

/**
 * The key a name is matched by: accents, tone-mark placement ("Hoà"/"Hòa"), case, spaces, dots and dashes ignored,
 * and the kind words dropped ("Tỉnh", "Thành phố", "TP.", "T.P", "Thủ đô", "UBND", "City", "Province"):
 * "TP. Hồ Chí Minh", "Thành Phố Hồ Chí Minh" and "Ho Chi Minh City" all give `hochiminh`, "TP.HCM" and "TPHCM" `hcm`.
 *
 * @category Administrative units
 */
export function nameKey(text: string): string {
  let f = foldVi(text);
  f = f.replace(/^(uy ban nhan dan|ubnd)\s+/, '');
  f = f.replace(/^(tinh|thanh pho|thu do)(\s+|$)/, '');
  f = f.replace(/^t\.?\s?p\b\.?\s*/, '').replace(/^tp(?=hcm$)/, '');
  f = f.replace(/\s+(city|province)$/, '');
  return f.replace(/[^a-z0-9]/g, '');
}
