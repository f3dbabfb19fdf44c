import * as s from '../core/schema.js';
import type { AdminLevel } from '../core/admin-level.js';
import type { BilingualText } from '../core/bilingual.js';
import { fail, show, type CchcPath } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import { AGENCY_DEFINITIONS, type AgencyDefinition } from './agency-definitions.js';
import { AgencyDefinitionSchema } from './agency-schema.js';
import { MAX_AGENCY_TEXT_LENGTH } from './limits.js';
import { fold } from './_internal/folded.js';
import { deepFreeze, isDeeplyFrozen } from '../core/_internal/freeze.js';
import { cloneData } from './_internal/clone-data.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';
import { byIdentity } from '../core/_internal/identity.js';

/**
 * One agency or group of agencies named in an agency text, normalised (cơ quan đã chuẩn hóa).
 *
 * @example
 * ```ts
 * import type { Agency } from 'cchc';
 * const a: Agency = {
 *   key: 'district-people-committees', name: 'Ủy ban nhân dân cấp huyện', kind: 'group', level: 'district',
 *   text: 'UBND cấp huyện', memberOf: ['state-agencies'],
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface Agency {
  /** Stable key to group and filter by: a definition's key, or `other:` + the folded text for unknown names. */
  readonly key: string;
  /** Full name, abbreviations expanded; for unknown names, the text as printed. */
  readonly name: string;
  /** The name in Vietnamese and English, when the definition gives it (every one of {@link AGENCY_DEFINITIONS} does). */
  readonly label?: BilingualText;
  /** `agency` (one body), `group` (a class of bodies) or `other` (not in the definitions). */
  readonly kind: 'agency' | 'group' | 'other';
  /** Administrative level, when known. */
  readonly level?: AdminLevel;
  /** The words of the original text this agency was read from, exactly as printed. */
  readonly text: string;
  /** Words after the name that qualify it without changing who it is ("trên địa bàn tỉnh Kiên Giang"), as printed. */
  readonly qualifier?: string;
  /** Keys of the groups it belongs to, directly or through other groups. */
  readonly memberOf: readonly string[];
}

/**
 * Result of {@link parseAgencies}: the original text and the agencies it names, in order.
 *
 * @example
 * ```ts
 * import { type AgencyList, parseAgencies } from 'cchc';
 * const list: AgencyList = parseAgencies('Sở Nội vụ, VP UBND tỉnh');
 * list.original; // 'Sở Nội vụ, VP UBND tỉnh'
 * ```
 *
 * @category Plans and tasks
 */
export interface AgencyList {
  /** The text as given, unchanged. */
  readonly original: string;
  /** Agencies and groups, in the order of the text (a key appears once). */
  readonly agencies: readonly Agency[];
}

/**
 * Options of {@link parseAgencies}.
 *
 * @example
 * ```ts
 * import { type ParseAgenciesOptions, AGENCY_DEFINITIONS } from 'cchc';
 * const options: ParseAgenciesOptions = {
 *   definitions: [...AGENCY_DEFINITIONS, { key: 'tinh-doan', name: 'Tỉnh đoàn', kind: 'agency', level: 'province', aliases: [] }],
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface ParseAgenciesOptions {
  /** Known agencies and groups (default {@link AGENCY_DEFINITIONS}); pass `[...AGENCY_DEFINITIONS, ...mine]` to extend. */
  readonly definitions?: readonly AgencyDefinition[];
}

interface Compiled {
  readonly def: AgencyDefinition;
  readonly re: RegExp;
}

/** @internal */
export interface CompiledSet {
  /** Aliases by their first folded word, so only a few regexes are tried at each position. */
  readonly byFirstWord: Map<string, Compiled[]>;
  /** Names of departments without their "Sở" ("Tài chính"), for lists such as "Sở Tư pháp, Tài chính". */
  readonly deptTails: Map<string, Compiled[]>;
  readonly byKey: Map<string, AgencyDefinition>;
}

const FIRST_WORD = /^[^\s,;&\-/().:]+/;
// The same, read at a position (sticky): no copy of the rest of the text at every position.
const FIRST_WORD_AT = /[^\s,;&\-/().:]+/y;

const PEOPLE_COMMITTEE_BY_LEVEL: ReadonlyMap<string, string> = new Map([
  ['tinh', 'provincial-people-committee'],
  ['huyen', 'district-people-committees'],
  ['xa', 'commune-people-committees'],
]);
// Groups an unknown "Sở …" belongs to.
const DEPT_GROUPS = ['provincial-departments', 'related-provincial-departments'];
const PEOPLE_COMMITTEES = new Set(PEOPLE_COMMITTEE_BY_LEVEL.values());

// Words that start an agency name: "và" before one of these separates two agencies (read at a position: sticky).
const HEAD =
  /(?:so|ban|bo|cuc|chi cuc|trung tam|phong|van phong|thanh tra|truong|dai|bao|cong an|hoi|lien doan|tinh doan|tinh uy|uy ban|ubnd|hdnd|hoi dong|kho bac|ngan hang|benh vien|doan|cac|nhung|cap|chinh quyen|mat tran|co quan|don vi|vien|quy|cong ty|tong cong ty|buu dien|vp|thu truong|giam doc|chu tich|chanh|nguoi dung dau)(?=\s|$|,|;)/y;
const SEPARATORS = /(?:[\s,;+/-]+|(?:va|cung voi|cung|voi)(?=\s))+/y;
// "Các Sở: Nội vụ, Tư pháp, Tài chính": the names after it are departments.
const DEPT_COLON = /so\s*:\s*/y;
const PLURAL = /(?:cac|nhung)\s+/y;
// The head of an agency named instead of the agency: "Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND cấp huyện",
// "Giám đốc Sở Nội vụ", "Chánh Văn phòng UBND tỉnh" — the task belongs to the agency.
const TITLE = /(?:thu truong|giam doc|chu tich|nguoi dung dau|chanh(?=\s+(?:van phong|thanh tra))|truong(?=\s+ban\s))\s+/y;
const ELLIPSIS = /cap\s+(tinh|huyen|xa)(?=$|[\s,;])/y;

// How the marks inside a name may be written. Documents join the words of one name in several ways: "Sở Lao động -
// Thương binh và Xã hội", "Sở Lao động, Thương binh và Xã hội", "Sở LĐ-TB&XH", "Sở LĐTB&XH", "Sở KH & ĐT", "Sở Kế hoạch
// và Đầu tư", "Sở Giao thông - Vận tải", "Các sở, ban ngành". So a comma may be left out, a dash may be a comma, a space
// or nothing, "&" and "và" stand for each other, and two words may be joined by a dash.
// A Map, not an object: an alias word such as "constructor" is a word, never `Object.prototype.constructor`.
const MARK: ReadonlyMap<string, string> = new Map([
  [',', String.raw`(?:\s*,\s*|\s+)`],
  ['-', String.raw`(?:\s*[-,]\s*|\s+|)`],
  ['&', String.raw`(?:\s*&\s*|\s+va\s+)`],
  ['/', String.raw`\s*/\s*`],
]);
const WORD_GAP = String.raw`(?:\s*-\s*|\s+)`;

function aliasRegex(alias: string): RegExp {
  const folded = fold(alias).text.replace(/^(?:cac|nhung)\s+/, '');
  const tokens = folded.split(/\s*([,&\-/])\s*|\s+/).filter((x) => x !== undefined && x !== '');
  let body = '';
  tokens.forEach((tok, i) => {
    const mark = MARK.get(tok);
    if (mark !== undefined) body += mark;
    else {
      if (i > 0 && !MARK.has(tokens[i - 1]!)) body += WORD_GAP;
      body += tok === 'va' ? '(?:va|&)' : tok.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
  });
  return new RegExp(`${body}(?=$|[\\s,;().:/+-])`, 'y');
}

function compile(definitions: readonly AgencyDefinition[]): CompiledSet {
  const byFirstWord = new Map<string, Compiled[]>();
  const deptTails = new Map<string, Compiled[]>();
  const byKey = new Map<string, AgencyDefinition>();
  const index = (map: Map<string, Compiled[]>, def: AgencyDefinition, alias: string) => {
    const first = FIRST_WORD.exec(fold(alias).text.replace(/^(?:cac|nhung)\s+/, ''))?.[0] ?? '';
    const list = map.get(first) ?? [];
    list.push({ def, re: aliasRegex(alias) });
    map.set(first, list);
  };
  for (const def of definitions) {
    byKey.set(def.key, def);
    for (const alias of [def.name, ...def.aliases]) {
      index(byFirstWord, def, alias);
      const tail = /^s[oở]\s+(.+)$/iu.exec(alias.normalize('NFC'));
      if (def.kind === 'agency' && tail && tail[1]!.length > 3) index(deptTails, def, tail[1]!);
    }
  }
  return { byFirstWord, deptTails, byKey };
}

const DefinitionsSchema = s.array(AgencyDefinitionSchema);

/** Compiled definitions of deeply frozen arrays (such as {@link AGENCY_DEFINITIONS}), by identity. */
const compiledFrozen = byIdentity(new WeakMap<object, CompiledSet>());
/** Compiled definitions of other arrays, by content: a caller may change its array between calls. */
const compiledByContent = new Map<string, CompiledSet>();
const MAX_COMPILED_BY_CONTENT = 16;

/**
 * The compiled form of a definitions list, validated. A deeply frozen list is validated and compiled once; any other
 * list is validated at every call and compiled from a frozen copy, cached by its content, so that a list changed by
 * its owner after a call is read again and no one else's results change.
 * @internal
 */
export function compiledDefinitions(definitions: unknown, path: CchcPath = ['options', 'definitions']): CompiledSet {
  const defs = definitions === undefined ? AGENCY_DEFINITIONS : definitions;
  const hit = typeof defs === 'object' && defs !== null ? compiledFrozen.get(defs) : undefined;
  if (hit) return hit;
  const valid = DefinitionsSchema.parse(defs, { path });
  if (isDeeplyFrozen(valid)) {
    const c = compile(valid);
    compiledFrozen.set(valid, c);
    return c;
  }
  const fingerprint = JSON.stringify(valid);
  let c = compiledByContent.get(fingerprint);
  if (c === undefined) {
    c = compile(deepFreeze(cloneData(valid)));
    if (compiledByContent.size >= MAX_COMPILED_BY_CONTENT) compiledByContent.delete(compiledByContent.keys().next().value!);
    compiledByContent.set(fingerprint, c);
  }
  return c;
}

function closure(keys: readonly string[] | undefined, byKey: Map<string, AgencyDefinition>): string[] {
  const out: string[] = [];
  const stack = [...(keys ?? [])];
  while (stack.length > 0) {
    const k = stack.shift()!;
    if (out.includes(k)) continue;
    out.push(k);
    stack.push(...(byKey.get(k)?.memberOf ?? []));
  }
  return out;
}

function longestAlias(
  t: string,
  at: number,
  compiled: CompiledSet,
  map: Map<string, Compiled[]> = compiled.byFirstWord,
): { def: AgencyDefinition; end: number } | undefined {
  let best: { def: AgencyDefinition; end: number } | undefined;
  FIRST_WORD_AT.lastIndex = at;
  const first = FIRST_WORD_AT.exec(t)?.[0];
  for (const c of (first === undefined ? undefined : map.get(first)) ?? []) {
    c.re.lastIndex = at;
    const m = c.re.exec(t);
    if (m && (best === undefined || at + m[0].length > best.end)) best = { def: c.def, end: at + m[0].length };
  }
  return best;
}

/**
 * Where the current agency's words end: at "," ";", or at "và", a dash, "+" or "/" before another agency ("Sở Nội vụ -
 * Sở Tư pháp", "Sở Nội vụ/Sở Tư pháp"), or at the end.
 */
function boundary(t: string, from: number, compiled: CompiledSet): number {
  const startsAgency = (at: number) => {
    HEAD.lastIndex = at;
    return HEAD.test(t) || longestAlias(t, at, compiled) !== undefined;
  };
  for (let i = from; i < t.length; i++) {
    const c = t[i];
    if (c === ',' || c === ';') return i;
    if (c === ' ' && t.startsWith('va ', i + 1) && startsAgency(i + 4)) return i;
    if (c === '-' || c === '+' || c === '/') {
      let at = i + 1;
      while (at < t.length && t[at] === ' ') at++;
      if (startsAgency(at)) return i > from && t[i - 1] === ' ' ? i - 1 : i;
    }
  }
  return t.length;
}

/** Qualifiers that only say where the agency is ("tỉnh", "tỉnh Kiên Giang", "trên địa bàn tỉnh Kiên Giang"). */
function onlyPlace(foldedQualifier: string, original: string): boolean {
  if (/^(?:tren dia ban\s+)?(?:toan\s+)?(?:cap\s+)?tinh$/.test(foldedQualifier)) return true;
  const m = /^(?:tren dia ban\s+)?(?:cap\s+)?tinh\s+/.exec(foldedQualifier);
  if (!m) return false;
  // The rest must be a proper name: every word capitalised in the original ("Kiên Giang").
  const words = original.trim().split(/\s+/);
  const nameWords = words.slice(m[0].trim().split(/\s+/).length);
  return nameWords.length > 0 && nameWords.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Normalise an agency text (chuẩn hóa tên cơ quan) enough to group and filter tasks: split lists into agencies and
 * groups, expand abbreviations ("UBND", "VP UBND tỉnh", "Sở TT&TT", "HĐND"), drop "các", and keep the original words
 * of each. "Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã" names three groups: provincial departments, district
 * People's Committees and commune People's Committees ("cấp xã" after "UBND cấp huyện" is read as "UBND cấp xã").
 * Names not in the definitions are kept as `kind: 'other'` with their printed words (a "Sở …" name as an `agency` of
 * the provincial departments), never dropped.
 *
 * One name is read however its words are joined ("Sở Lao động, Thương binh và Xã hội", "Sở LĐTB&XH", "Sở Giao thông -
 * Vận tải", "Sở Kế hoạch & Đầu tư"); agencies are separated by ",", ";", "và", or a dash, "+" or "/" before another
 * agency; a department named without "Sở" after another ("Sở Tư pháp, Tài chính", "Các Sở: Nội vụ, Tư pháp") is a
 * department; a head named for the agency ("Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND cấp huyện") is the agency.
 *
 * Keys are in NFC (composed and decomposed "Sở Tư pháp" give one key); `text` and `name` keep the words as given. A
 * name such as "constructor" or "toString" is ordinary text. The text is read in linear time, up to
 * {@link MAX_AGENCY_TEXT_LENGTH} characters.
 *
 * @param text - the agency text as printed (a "Cơ quan chủ trì" or "Cơ quan phối hợp" cell)
 * @param options - `definitions`: the known agencies (default {@link AGENCY_DEFINITIONS})
 * @throws {@link CchcError} `INVALID_INPUT` for a text that is empty or not a string, options that are not an object,
 *   or bad definitions; `UNKNOWN_KEY` for an unknown option; `TEXT_TOO_LONG` beyond {@link MAX_AGENCY_TEXT_LENGTH}.
 *
 * @example
 * ```ts
 * import { parseAgencies } from 'cchc';
 * const list = parseAgencies('Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã');
 * list.agencies.map((a) => a.key); // ['provincial-departments', 'district-people-committees', 'commune-people-committees']
 * list.agencies.map((a) => a.text); // ['Các sở, ban, ngành tỉnh', 'UBND cấp huyện', 'cấp xã']
 * parseAgencies('Sở Nội vụ, Văn phòng UBND tỉnh').agencies.map((a) => a.name); // ['Sở Nội vụ', 'Văn phòng Ủy ban nhân dân tỉnh']
 * parseAgencies('Sở TT&TT').agencies[0]!.name; // 'Sở Thông tin và Truyền thông'
 * parseAgencies('Sở Lao động, Thương binh và Xã hội - Sở Tư pháp, Tài chính').agencies.map((a) => a.key); // ['so-lao-dong-thuong-binh-va-xa-hoi', 'so-tu-phap', 'so-tai-chinh']
 * parseAgencies('Sở Tư pháp').agencies[0]!.label; // { vi: 'Sở Tư pháp', en: 'Department of Justice' }
 * ```
 *
 * @category Plans and tasks
 */
export function parseAgencies(text: string, options: ParseAgenciesOptions = {}): AgencyList {
  const o = readOptions<ParseAgenciesOptions>(options, PARSE_AGENCIES_OPTIONS);
  const compiled = compiledDefinitions(o.definitions);
  return Object.freeze({ original: text, agencies: readAgencies(text, compiled, ['text']) });
}

const PARSE_AGENCIES_OPTIONS: readonly string[] = Object.freeze(['definitions']);

/**
 * A reader of agency texts over one set of definitions, remembering what it read (plans repeat the same texts).
 * @internal
 */
export function agencyReader(definitions: readonly AgencyDefinition[] | undefined, path?: CchcPath): (text: string) => readonly Agency[] {
  const compiled = compiledDefinitions(definitions, path);
  const memo = new Map<string, readonly Agency[]>();
  return (text) => {
    let list = memo.get(text);
    if (list === undefined) {
      list = readAgencies(text, compiled, ['text']);
      memo.set(text, list);
    }
    return list;
  };
}

/** The agencies of one text (see {@link parseAgencies}). */
function readAgencies(text: string, compiled: CompiledSet, path: CchcPath): readonly Agency[] {
  if (typeof text !== 'string' || text.trim() === '') {
    const p = { received: show(text) };
    return fail('INVALID_INPUT', path, vi.INVALID_INPUT__agencyText(p), en.INVALID_INPUT__agencyText(p), text);
  }
  if (text.length > MAX_AGENCY_TEXT_LENGTH) {
    const p = { max: MAX_AGENCY_TEXT_LENGTH, length: text.length };
    return fail('TEXT_TOO_LONG', path, vi.TEXT_TOO_LONG__agencies(p), en.TEXT_TOO_LONG__agencies(p), text);
  }
  const { byKey } = compiled;
  const f = fold(text);
  const t = f.text;
  const agencies: Agency[] = [];
  const seen = new Set<string>();
  const push = (a: Agency) => {
    if (seen.has(a.key)) return;
    seen.add(a.key);
    agencies.push(Object.freeze(a));
  };
  const fromDef = (def: AgencyDefinition, textStart: number, nameEnd: number, qualifierEnd: number) => {
    const a: { -readonly [K in keyof Agency]: Agency[K] } = {
      key: def.key,
      name: def.name,
      kind: def.kind,
      text: f.slice(textStart, qualifierEnd),
      memberOf: Object.freeze(closure(def.memberOf, byKey)),
    };
    if (def.level !== undefined) a.level = def.level;
    if (def.label !== undefined) a.label = def.label;
    const q = f.slice(nameEnd, qualifierEnd);
    if (q !== '') a.qualifier = q;
    return a;
  };

  let pos = 0;
  let previous: Agency | undefined;
  let deptList = false; // inside "Các Sở: …
  while (pos < t.length) {
    SEPARATORS.lastIndex = pos;
    const sep = SEPARATORS.exec(t);
    if (sep && sep[0].length > 0) pos += sep[0].length;
    if (pos >= t.length) break;
    const start = pos;

    // "UBND cấp huyện, cấp xã": a bare level after a People's Committee group is that level's People's Committee.
    ELLIPSIS.lastIndex = pos;
    const ell = ELLIPSIS.exec(t);
    if (ell && previous && PEOPLE_COMMITTEES.has(previous.key)) {
      const def = byKey.get(PEOPLE_COMMITTEE_BY_LEVEL.get(ell[1]!)!);
      if (def) {
        const end = pos + ell[0].length;
        const a = fromDef(def, start, end, end);
        push(a);
        previous = a;
        pos = end;
        continue;
      }
    }

    TITLE.lastIndex = pos;
    const title = TITLE.exec(t);
    const afterTitle = title ? pos + title[0].length : pos;
    PLURAL.lastIndex = afterTitle;
    const plural = PLURAL.exec(t);
    let nameStart = plural ? afterTitle + plural[0].length : afterTitle;
    DEPT_COLON.lastIndex = nameStart;
    const colon = DEPT_COLON.exec(t);
    if (colon) {
      deptList = true;
      nameStart += colon[0].length;
    }
    let found = longestAlias(t, nameStart, compiled);
    // "Sở Tư pháp, Tài chính", "Các Sở: Nội vụ, Tư pháp": a department named without its "Sở" after another.
    if (!found && (deptList || (previous?.memberOf.includes('provincial-departments') && /^so\s/.test(fold(previous.name).text)))) {
      found = longestAlias(t, nameStart, compiled, compiled.deptTails);
      if (found) deptList = true;
    } else if (found) deptList = false;
    if (found && found.def.key === 'people-committees' && boundary(t, found.end, compiled) > found.end) {
      // "UBND huyện Phú Quốc": one People's Committee, named by the words after "UBND".
      const end = boundary(t, found.end, compiled);
      const rest = t.slice(found.end, end).trim();
      const a: { -readonly [K in keyof Agency]: Agency[K] } = {
        key: `other:uy ban nhan dan ${rest}`.normalize('NFC'),
        name: `Ủy ban nhân dân ${f.slice(found.end, end)}`,
        kind: 'agency',
        text: f.slice(start, end),
        memberOf: Object.freeze(closure(['state-agencies'], byKey)),
      };
      if (/^(?:huyen|thi xa|quan)\s/.test(rest)) a.level = 'district';
      else if (/^(?:xa|phuong|thi tran|dac khu)\s/.test(rest)) a.level = 'commune';
      push(a);
      previous = a;
      pos = end;
      continue;
    }
    if (found) {
      const end = boundary(t, found.end, compiled);
      const qualifier = t.slice(found.end, end).trim();
      const a = fromDef(found.def, start, found.end, end);
      if (qualifier !== '' && onlyPlace(qualifier, f.slice(found.end, end))) delete (a as { qualifier?: string }).qualifier;
      push(a);
      previous = a;
      pos = end;
      continue;
    }

    const end = boundary(t, nameStart, compiled);
    const words = f.slice(start, end);
    const name = f.slice(nameStart, end);
    const key = `other:${t.slice(nameStart, end).trim()}`.normalize('NFC');
    const isDept = end - nameStart >= 3 && t.startsWith('so ', nameStart);
    const a: Agency = isDept
      ? { key, name, kind: 'agency', level: 'province', text: words, memberOf: Object.freeze(closure(DEPT_GROUPS, byKey)) }
      : { key, name, kind: 'other', text: words, memberOf: Object.freeze([]) };
    push(a);
    previous = a;
    pos = end > pos ? end : pos + 1;
  }
  return Object.freeze(agencies);
}
