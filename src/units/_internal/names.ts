// Name matching for provinceByName / findProvinces: a folded key per name, and an index from keys to records.
import { foldVi } from '../../core/_internal/fold-vi.js';
import type { Province } from '../types.js';
import { predecessorEntries, registry, type Entry } from './registry.js';

/** Names longer than this are refused (`TEXT_TOO_LONG`): no province name comes near it. */
export const MAX_PROVINCE_NAME_LENGTH = 200;

/**
 * The key a name is matched by: accents, tone-mark placement ("Hoà"/"Hòa"), case, spaces, dots and dashes ignored,
 * and the kind words dropped ("Tỉnh", "Thành phố", "TP.", "T.P", "Thủ đô", "UBND", "City", "Province"):
 * "TP. Hồ Chí Minh", "Thành Phố Hồ Chí Minh" and "Ho Chi Minh City" all give `hochiminh`, "TP.HCM" and "TPHCM" `hcm`.
 */
export function nameKey(text: string): string {
  let f = foldVi(text);
  f = f.replace(/^(uy ban nhan dan|ubnd)\s+/, '');
  f = f.replace(/^(tinh|thanh pho|thu do)(\s+|$)/, '');
  f = f.replace(/^t\.?\s?p\b\.?\s*/, '').replace(/^tp(?=hcm$)/, '');
  f = f.replace(/\s+(city|province)$/, '');
  return f.replace(/[^a-z0-9]/g, '');
}

/**
 * Further names users write for a record (research notes §4.4): "HCM" for Hồ Chí Minh (with "TP.HCM", "TPHCM"),
 * "BR-VT" for Bà Rịa - Vũng Tàu, and "Huế" for the province of Thừa Thiên Huế before it became a city.
 */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  '79': ['hcm'],
  '77': ['brvt'],
  '46@2008-08-01': ['hue'],
};

function ownKeys(r: Province): Set<string> {
  const keys = new Set([nameKey(r.name), nameKey(r.shortName), nameKey(r.nameEn)]);
  for (const k of ALIASES[r.code] ?? []) keys.add(k);
  for (const k of ALIASES[`${r.code}@${r.validFrom}`] ?? []) keys.add(k);
  keys.delete('');
  return keys;
}

let index: Map<string, Entry[]> | undefined;

/**
 * Key → the records that answer to it: by their own names, and by the names of the records they continue without a
 * merger (an unchanged unit, a renamed one: Huế answers to "Thừa Thiên Huế").
 */
export function nameIndex(): Map<string, Entry[]> {
  if (index) return index;
  const own = new Map<Entry, Set<string>>();
  for (const e of registry().entries) own.set(e, ownKeys(e.record));
  const keysOf = (e: Entry): Set<string> => {
    const keys = new Set(own.get(e)!);
    let cur: Entry | undefined = e;
    while (cur && (cur.record.change === 'unchanged' || cur.record.change === 'reclassified')) {
      const prev: Entry | undefined = predecessorEntries(cur)[0];
      if (prev) for (const k of own.get(prev)!) keys.add(k);
      cur = prev;
    }
    return keys;
  };
  const out = new Map<string, Entry[]>();
  for (const e of registry().entries) {
    for (const k of keysOf(e)) {
      const list = out.get(k) ?? [];
      list.push(e);
      out.set(k, list);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.from - b.from || (a.record.code < b.record.code ? -1 : 1));
  index = out;
  return out;
}
