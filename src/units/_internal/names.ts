// Name matching for provinceByName / findProvinces: an index from name keys (see name-key.ts) to records.
export { MAX_PROVINCE_NAME_LENGTH, nameKey } from './name-key.js';
import type { Province } from '../types.js';
import { nameKey } from './name-key.js';
import { predecessorEntries, registry, type Entry } from './registry.js';

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
 *
 * @category Administrative units
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
