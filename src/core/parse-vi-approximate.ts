import type { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { MAX_APPROXIMATE_TEXT_LENGTH } from './limits.js';
import { CchcError, issue, show, type CchcPath } from './errors.js';
import { foldVi } from './_internal/fold-vi.js';
import { checkLocale, type Locale } from './locale.js';
import { own, readOptions } from './options.js';
import { parseViNumber } from './parse-vi-number.js';

export { MAX_APPROXIMATE_TEXT_LENGTH }; // defined in core/limits.ts with every other limit
import * as vi from './messages/vi/approximate.js';
import * as en from './messages/en/approximate.js';
import * as viCore from './messages/vi/core.js';
import * as enCore from './messages/en/core.js';

/**
 * What the words before or after a printed number say about it (từ chỉ mức gần đúng):
 * - `nearly`: "gần", "gần như", "ngót", "nearly", "almost", "close to", "just under" — a little below;
 * - `under`: "dưới", "chưa đến", "chưa tới", "chưa đầy", "ít hơn", "under", "below", "less than", "fewer than";
 * - `at-most`: "tối đa", "không quá", "không vượt quá", "trở xuống", "up to", "at most", "no more than", "or less";
 * - `over`: "hơn", "trên", "vượt", "over", "above", "more than", "upwards of", "exceeding";
 * - `at-least`: "ít nhất", "tối thiểu", "không dưới", "trở lên", "at least", "no less than", "or more";
 * - `about`: "khoảng", "xấp xỉ", "chừng", "ước", "ước tính", "ước đạt", "trên dưới", "about", "around",
 *   "approximately", "roughly", "some", "estimated", "circa", "~", "≈";
 * - `range`: "X–Y", "từ X đến Y", "trong khoảng X–Y", "from X to Y", "between X and Y".
 *
 * @example
 * ```ts
 * import type { ApproximateQualifier } from 'cchc';
 * const q: ApproximateQualifier = 'nearly';
 * ```
 *
 * @category Core
 */
export type ApproximateQualifier = 'nearly' | 'under' | 'at-most' | 'over' | 'at-least' | 'about' | 'range';

/**
 * Options of {@link parseViApproximate}.
 *
 * @example
 * ```ts
 * import type { ParseViApproximateOptions } from 'cchc';
 * const o: ParseViApproximateOptions = { locale: 'en', tolerance: 0.05 };
 * ```
 *
 * @category Core
 */
export interface ParseViApproximateOptions {
  /**
   * The notation of the number: `'vi'` (default: "." groups thousands, "," is the decimal mark) or `'en'` ("1,931",
   * "99.78"). Never guessed: a number that reads only in the other notation is `AMBIGUOUS_NUMBER`.
   */
  readonly locale?: Locale;
  /**
   * The widest relative distance a qualified figure ("gần", "khoảng", "hơn" …) is read to stray from its printed
   * number, as a fraction (default `0.1`, i.e. 10%). The reading is also at most one unit of the number's last
   * significant digit: "gần 27.000" is [26.000; 27.000], "gần 50%" is [45%; 50%], "khoảng 10" is [9; 11].
   */
  readonly tolerance?: number;
}

/**
 * A printed figure read as an interval (số liệu in, đọc thành một khoảng): what {@link parseViApproximate} returns.
 * Values are exact Decimals, multiplied out ("2,6 nghìn tỷ" is 2 600 000 000 000); a percent is in percent points.
 *
 * @example
 * ```ts
 * import { parseViApproximate, type ApproximateFigure } from 'cchc';
 * const f: ApproximateFigure = parseViApproximate('hơn 4.500 hồ sơ');
 * [f.min.toNumber(), f.max.toNumber(), f.approximate, f.unit]; // [4500, 4600, true, 'hồ sơ']
 * ```
 *
 * @category Core
 */
export interface ApproximateFigure {
  /** The text as given. */
  readonly text: string;
  /** The printed number, scaled ("3,87 ngàn" → 3870; a range gives its middle). */
  readonly value: Decimal;
  /** The lowest value the text allows under the conventions above (= `value` for an exact figure). */
  readonly min: Decimal;
  /** The highest value the text allows (= `value` for an exact figure). */
  readonly max: Decimal;
  /** Whether the figure is approximate: a qualifier word, a range, or a scale word ("3,87 ngàn" is rounded). */
  readonly approximate: boolean;
  /** What the words say (`null` for a plain or scaled number). */
  readonly qualifier: ApproximateQualifier | null;
  /** Every qualifier read (two for "khoảng gần"). */
  readonly qualifiers: readonly ApproximateQualifier[];
  /**
   * The bounds the words state as a matter of logic, beyond any convention: "hơn 4.500" states `min` 4500 and no
   * `max` (`null`); "gần 98%" states `max` 98; "khoảng" states neither. For an exact, scaled or range figure they are
   * `min` and `max`.
   */
  readonly stated: { readonly min: Decimal | null; readonly max: Decimal | null };
  /** Whether the figure is a percentage ("%", "phần trăm", "percent", "per cent"). */
  readonly percent: boolean;
  /** The scale word's factor (1 when none): 1 000 for "ngàn", "nghìn", "thousand", 10^12 for "nghìn tỷ" … */
  readonly scale: Decimal;
  /** The scale words as printed ("nghìn tỷ", "trillion"), or `null`. */
  readonly scaleWord: string | null;
  /** Digits printed after the decimal mark ("3,87" → 2). */
  readonly decimals: number;
  /** One unit of the last significant printed digit, scaled ("27.000" → 1000, "3,87 ngàn" → 10, "50" → 10). */
  readonly step: Decimal;
  /** The unit printed with the number ("hồ sơ", "đồng", "VND", "điểm"), or `null`. */
  readonly unit: string | null;
  /** The number after "/" or "out of" ("40,62/80 điểm" → 80, "16 out of 46" → 46), or `null`. */
  readonly of: Decimal | null;
  /** The notation the number was read in. */
  readonly locale: Locale;
}

/** The most digits a number of such a text may have. @internal */
const MAX_DIGITS = 40;

type Tok =
  | { readonly kind: 'num'; readonly raw: string }
  | { readonly kind: 'word'; readonly raw: string; readonly fold: string }
  | { readonly kind: 'sym'; readonly raw: string };

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string): boolean => /[\p{L}\p{M}]/u.test(c);

/** Split a normalized text into numbers, words and symbols. */
function lex(t: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c === ' ') {
      i++;
      continue;
    }
    if (isDigit(c)) {
      let j = i;
      while (isDigit(t[j])) j++;
      let spaced = j - i <= 3;
      for (;;) {
        if ((t[j] === '.' || t[j] === ',') && isDigit(t[j + 1])) {
          j++;
          while (isDigit(t[j])) j++;
          spaced = false;
          continue;
        }
        // "1 991": space-grouped thousands (a group of exactly three digits, not followed by another digit)
        if (
          spaced &&
          t[j] === ' ' &&
          isDigit(t[j + 1]) &&
          isDigit(t[j + 2]) &&
          isDigit(t[j + 3]) &&
          !isDigit(t[j + 4]) &&
          t[j + 4] !== '.' &&
          t[j + 4] !== ','
        ) {
          j += 4;
          continue;
        }
        break;
      }
      out.push({ kind: 'num', raw: t.slice(i, j) });
      i = j;
      continue;
    }
    if (isLetter(c)) {
      let j = i;
      while (j < t.length && (isLetter(t[j]!) || ((t[j] === "'" || t[j] === '’') && j + 1 < t.length && isLetter(t[j + 1]!)))) j++;
      const raw = t.slice(i, j);
      out.push({ kind: 'word', raw, fold: foldVi(raw) });
      i = j;
      continue;
    }
    out.push({ kind: 'sym', raw: c });
    i++;
  }
  return out;
}

const phrases = (...ps: string[]): string[][] => ps.map((p) => p.split(' '));

const QUALIFIERS: readonly (readonly [ApproximateQualifier, string[][]])[] = [
  [
    'about',
    phrases(
      'tren duoi',
      'xap xi',
      'uoc khoang',
      'uoc tinh',
      'uoc dat',
      'uoc',
      'khoang',
      'chung',
      'about',
      'around',
      'approximately',
      'approx',
      'roughly',
      'some',
      'an estimated',
      'estimated',
      'circa',
    ),
  ],
  ['nearly', phrases('gan nhu', 'gan', 'ngot', 'nearly', 'almost', 'close to', 'just under', 'just below')],
  ['at-most', phrases('khong vuot qua', 'khong qua', 'toi da', 'up to', 'at most', 'no more than', 'not more than', 'maximum')],
  ['under', phrases('chua den', 'chua toi', 'chua day', 'it hon', 'duoi', 'under', 'below', 'less than', 'fewer than')],
  [
    'at-least',
    phrases('khong it hon', 'khong duoi', 'it nhat', 'toi thieu', 'at least', 'no less than', 'not less than', 'no fewer than', 'minimum'),
  ],
  ['over', phrases('vuot', 'hon', 'tren', 'over', 'above', 'more than', 'upwards of', 'in excess of', 'exceeding')],
];
const TRAILING: readonly (readonly [ApproximateQualifier, string[][]])[] = [
  ['at-least', phrases('tro len', 'or more', 'or above', 'and above', 'and over')],
  ['at-most', phrases('tro xuong', 'or less', 'or below', 'and below', 'and under')],
];
const FILLERS = phrases(
  'dat ty le',
  'ty le',
  'dat',
  'la',
  'co',
  'chiem',
  'len toi',
  'len den',
  'toi',
  'chi co',
  'chi',
  'con',
  'tong cong',
  'tong so',
  'tong',
  'muc',
  'reaching',
  'reached',
  'at',
  'only',
  'just',
  'a total of',
  'total of',
  'totalling',
  'totaling',
  'total',
);
const RANGE_START = phrases('trong khoang', 'tu', 'from', 'between');
const RANGE_SEP = phrases('den', 'toi', 'to', 'and');
const ZERO = phrases('khong co', 'khong', 'none', 'nil', 'no');
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
/** Words that continue a number in words ("hai mươi", "ba trăm", "mười lăm", "one hundred"): such numbers are refused. */
const COMPOUND_NUMBER_WORDS = new Set(['muoi', 'tram', 'lam', 'mot', 'tu', 'linh', 'le', 'hundred']);
const SCALES: readonly (readonly [string[], string])[] = [
  [['nghin', 'ty'], '1e12'],
  [['ngan', 'ty'], '1e12'],
  [['trieu', 'ty'], '1e15'],
  [['nghin'], '1e3'],
  [['ngan'], '1e3'],
  [['trieu'], '1e6'],
  [['ty'], '1e9'],
  [['ti'], '1e9'],
  [['thousand'], '1e3'],
  [['million'], '1e6'],
  [['billion'], '1e9'],
  [['bn'], '1e9'],
  [['trillion'], '1e12'],
];
const PERCENT_WORDS = phrases('phan tram', 'per cent', 'percent');
const CURRENCY_PREFIX = new Set(['vnd', 'usd', 'us']);

const SYMBOL_QUALIFIER: Readonly<Record<string, ApproximateQualifier>> = {
  '~': 'about',
  '≈': 'about',
  '>': 'over',
  '≥': 'at-least',
  '<': 'under',
  '≤': 'at-most',
};
const DASHES = new Set(['-', '–', '—', '‐', '‑', '‒', '―', '−']);

/** The longest phrase of `list` that the words at `i` spell, as its length in tokens (0 when none). */
function matchPhrase(toks: readonly Tok[], i: number, list: readonly string[][]): number {
  let best = 0;
  for (const p of list) {
    if (p.length <= best) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      const t = toks[i + k];
      if (t?.kind !== 'word' || t.fold !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) best = p.length;
  }
  return best;
}

const EN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

interface ReadNumber {
  readonly value: Decimal;
  readonly decimals: number;
  readonly digits: string;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s[i])) n++;
  return n;
}

/** Read one number token in the given notation; a token that only reads in the other notation is AMBIGUOUS_NUMBER. */
function readNumberToken(raw: string, locale: Locale, text: string, path: CchcPath): ReadNumber {
  if (countDigits(raw) > MAX_DIGITS) {
    const p = { max: MAX_DIGITS, digits: String(countDigits(raw)) };
    throw new CchcError(issue('INPUT_TOO_LARGE', path, vi.INPUT_TOO_LARGE__approxDigits(p), en.INPUT_TOO_LARGE__approxDigits(p), text));
  }
  const asVi = (): ReadNumber | undefined => {
    try {
      const value = parseViNumber(raw);
      const comma = raw.indexOf(',');
      const int = (comma < 0 ? raw : raw.slice(0, comma)).replace(/[. ]/g, '');
      return { value, decimals: comma < 0 ? 0 : raw.length - comma - 1, digits: int };
    } catch (e) {
      if (e instanceof CchcError) return undefined;
      throw e;
    }
  };
  const asEn = (): ReadNumber | undefined => {
    const m = EN_NUMBER.exec(raw.replace(/ /g, ''));
    if (!m) return undefined;
    const plain = raw.replace(/[, ]/g, '');
    const dot = plain.indexOf('.');
    return { value: new CchcDecimal(plain), decimals: m[1]?.length ?? 0, digits: dot < 0 ? plain : plain.slice(0, dot) };
  };
  const read = locale === 'vi' ? asVi() : asEn();
  if (read) return read;
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  if ((other === 'vi' ? asVi() : asEn()) !== undefined) {
    const p = { received: show(text), number: show(raw), locale, other };
    throw new CchcError(
      issue('AMBIGUOUS_NUMBER', path, vi.AMBIGUOUS_NUMBER__approxNotation(p), en.AMBIGUOUS_NUMBER__approxNotation(p), text),
    );
  }
  const p = { received: show(text) };
  throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__approxText(p), en.INVALID_NUMBER__approxText(p), text));
}

/** One side of a printed figure: its number, sign, scale word and percent sign. */
interface Side {
  readonly value: Decimal;
  readonly decimals: number;
  readonly digits: string;
  scale: Decimal | null;
  scaleWord: string | null;
  percent: boolean;
}

const TEN = new CchcDecimal(10);
const ONE = new CchcDecimal(1);
const PLAIN = /^\s*([+-]?)(\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*(%)?\s*$/;

/** One unit of the last significant digit: trailing zeros of a whole number are not significant ("27.000" → 1000). */
function significantStep(s: Side, scale: Decimal): Decimal {
  if (s.decimals > 0) return TEN.pow(-s.decimals).times(scale);
  const digits = s.digits.replace(/^0+/, '');
  if (digits === '') return scale;
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  return TEN.pow(zeros).times(scale);
}

/**
 * Read a printed figure as an interval (đọc số liệu gần đúng): "gần 98%", "hơn 4.500 hồ sơ", "khoảng 120 nghìn",
 * "trên 25.600 người", "dưới 35%", "xấp xỉ 3,2 triệu", "3,87 ngàn", "2,6 nghìn tỷ đồng", "45,5–45,7", and, with
 * `locale: 'en'`, "nearly 156 trillion VND", "over 1.06 million", "around VND10 trillion", "55.25-86.80 percent".
 * Reports print figures like these everywhere; an audit must check them as what they are (a range of values), never
 * refuse them and never force them to one value.
 *
 * The reading, documented so that it can be argued with:
 * - an exact figure ("4.561", "97,4%") gives `min` = `max` = the number (its rounding at the printed decimals is the
 *   audits' business: they read "97,4%" as [97,35; 97,45]);
 * - a scale word means the figure was rounded at its last printed digit: "3,87 ngàn" is [3.865; 3.875], "2,6 nghìn
 *   tỷ" is [2,55; 2,65] nghìn tỷ;
 * - a qualifier moves the figure by at most w = min(one unit of its last significant digit, `tolerance` × the number),
 *   `tolerance` 10% by default: "gần X" and "dưới X" are [X − w; X], "hơn X" and "trên X" are [X; X + w], "khoảng X"
 *   is [X − w; X + w]. So "gần 50%" is [45%; 50%], "hơn 4.500" is [4.500; 4.600], "gần 27.000" is [26.000; 27.000],
 *   "khoảng 10" is [9; 11];
 * - what the words state as logic is in `stated` ("hơn 4.500" states only a minimum), so that a check can tell a
 *   figure beyond the usual reading (a note) from one that contradicts the words;
 * - a range "X–Y" is [X; Y] with each end read at its printed precision ("45,5–45,7" is [45,45; 45,75]), widened by
 *   w when it also says "khoảng";
 * - "không có", "không", "none" are 0.
 *
 * Words of both languages are read in either locale; only the number's notation depends on `locale`, and it is never
 * guessed.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` (not a figure, or text left over), `AMBIGUOUS_NUMBER` (a number that only
 *   reads in the other notation: "61.86" with `locale: 'vi'`), `TEXT_TOO_LONG` (over 200 characters),
 *   `INPUT_TOO_LARGE` (a number of more than 40 digits), `INVALID_LOCALE`, `INVALID_INPUT` / `UNKNOWN_KEY` (options).
 *
 * @example
 * ```ts
 * import { parseViApproximate } from 'cchc';
 * const near = parseViApproximate('gần 98%');
 * [near.min.toString(), near.max.toString(), near.approximate, near.percent]; // ['97', '98', true, true]
 * const k = parseViApproximate('3,87 ngàn');
 * [k.min.toString(), k.max.toString()]; // ['3865', '3875']
 * parseViApproximate('2,6 nghìn tỷ đồng').value.toString(); // '2600000000000'
 * const exact = parseViApproximate('4.561');
 * [exact.min.toString(), exact.max.toString(), exact.approximate]; // ['4561', '4561', false]
 * parseViApproximate('over 1.06 million', { locale: 'en' }).min.toString(); // '1060000'
 * parseViApproximate('over 1.06 million'); // throws CchcError AMBIGUOUS_NUMBER
 * ```
 *
 * @category Core
 */
export function parseViApproximate(text: string, options?: ParseViApproximateOptions): ApproximateFigure {
  const o = readOptions<ParseViApproximateOptions>(options, ['locale', 'tolerance']);
  const localeIn = own(o, 'locale');
  const locale = localeIn === undefined ? 'vi' : checkLocale(localeIn, ['options', 'locale']);
  const toleranceIn = own(o, 'tolerance');
  if (
    toleranceIn !== undefined &&
    !(typeof toleranceIn === 'number' && Number.isFinite(toleranceIn) && toleranceIn >= 0 && toleranceIn <= 1)
  ) {
    const p = { received: show(toleranceIn) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'tolerance'],
        vi.INVALID_INPUT__approxTolerance(p),
        en.INVALID_INPUT__approxTolerance(p),
        toleranceIn,
      ),
    );
  }
  return readApproximate(text, locale, toleranceIn ?? 0.1, []);
}

/**
 * {@link parseViApproximate} with checked options, issues reported at `path`. @internal
 */
export function readApproximate(text: unknown, locale: Locale, tolerance: number, path: CchcPath): ApproximateFigure {
  if (typeof text !== 'string') {
    const p = { received: show(text) };
    throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__approxText(p), en.INVALID_NUMBER__approxText(p), text));
  }
  if (text.length > MAX_APPROXIMATE_TEXT_LENGTH) {
    const digits = countDigits(text);
    if (digits > MAX_DIGITS) {
      const p = { max: MAX_DIGITS, digits: `> ${MAX_DIGITS}` };
      throw new CchcError(issue('INPUT_TOO_LARGE', path, vi.INPUT_TOO_LARGE__approxDigits(p), en.INPUT_TOO_LARGE__approxDigits(p), text));
    }
    const p = { max: MAX_APPROXIMATE_TEXT_LENGTH, length: text.length };
    throw new CchcError(issue('TEXT_TOO_LONG', path, viCore.TEXT_TOO_LONG(p), enCore.TEXT_TOO_LONG(p), text));
  }
  // the common case first: a plain number, perhaps with "%" ("87,50%", "4.561"), read without the word machinery
  const plain = PLAIN.exec(text);
  if (plain) {
    const r = readNumberToken(plain[2]!, locale, text, path);
    const value = plain[1] === '-' ? r.value.neg() : r.value;
    const percent = plain[3] !== undefined;
    const side: Side = { value, decimals: r.decimals, digits: r.digits, scale: null, scaleWord: null, percent };
    return Object.freeze({
      text,
      value,
      min: value,
      max: value,
      approximate: false,
      qualifier: null,
      qualifiers: Object.freeze([]),
      stated: Object.freeze({ min: value, max: value }),
      percent,
      scale: ONE,
      scaleWord: null,
      decimals: r.decimals,
      step: significantStep(side, ONE),
      unit: percent ? '%' : null,
      of: null,
      locale,
    });
  }
  const normalized = text
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\u2009\t\r\n]/g, ' ')
    .replace(/ +/g, ' ')
    .trim();
  const toks = lex(normalized);
  const bad = (extra?: string): never => {
    const p = { received: show(text), extra: show(extra ?? '') };
    if (extra === undefined)
      throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__approxText(p), en.INVALID_NUMBER__approxText(p), text));
    throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__approxExtra(p), en.INVALID_NUMBER__approxExtra(p), text));
  };
  const rest = (i: number) =>
    toks
      .slice(i)
      .map((t) => t.raw)
      .join(' ');
  let i = 0;
  const qualifiers: ApproximateQualifier[] = [];
  const unitWords: string[] = [];
  let rangeStart = false;
  // 1. words before the number: qualifiers, fillers, "từ" / "between", a currency
  for (;;) {
    const t = toks[i];
    if (!t) break;
    if (t.kind === 'sym' && Object.hasOwn(SYMBOL_QUALIFIER, t.raw)) {
      qualifiers.push(SYMBOL_QUALIFIER[t.raw]!);
      i++;
      continue;
    }
    if (t.kind === 'sym' && t.raw === '$') {
      unitWords.push('$');
      i++;
      continue;
    }
    if (t.kind !== 'word') break;
    let matched = false;
    for (const [q, list] of QUALIFIERS) {
      const n = matchPhrase(toks, i, list);
      if (n > 0) {
        // "trên dưới 100" is "about"; a longer phrase of another kind wins over a shorter one ("it nhat" over "it hon")
        const longer = QUALIFIERS.some(([, l]) => matchPhrase(toks, i, l) > n);
        if (longer) continue;
        qualifiers.push(q);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const r = matchPhrase(toks, i, RANGE_START);
    if (r > 0 && (toks[i + r]?.kind === 'num' || toks[i + r]?.kind === 'sym')) {
      rangeStart = true;
      i += r;
      continue;
    }
    const f = matchPhrase(toks, i, FILLERS);
    if (f > 0) {
      i += f;
      continue;
    }
    if (CURRENCY_PREFIX.has(t.fold) && (toks[i + 1]?.kind === 'num' || toks[i + 1]?.raw === '$')) {
      unitWords.push(t.fold === 'us' ? 'US' : t.raw);
      i++;
      continue;
    }
    break;
  }
  if (unitWords.length === 2 && unitWords[0] === 'US' && unitWords[1] === '$') unitWords.splice(0, 2, 'US$');
  // 2. the number (or a number word, or "không có")
  const readSide = (): Side | undefined => {
    const start = i;
    let sign = 1;
    const t0 = toks[i];
    if (t0?.kind === 'sym' && (t0.raw === '+' || DASHES.has(t0.raw)) && toks[i + 1]?.kind === 'num') {
      sign = t0.raw === '+' ? 1 : -1;
      i++;
    }
    const t = toks[i];
    let side: Side | undefined;
    if (t?.kind === 'num') {
      const r = readNumberToken(t.raw, locale, text, path);
      side = {
        value: sign < 0 ? r.value.neg() : r.value,
        decimals: r.decimals,
        digits: r.digits,
        scale: null,
        scaleWord: null,
        percent: false,
      };
      i++;
    } else if (t?.kind === 'word' && Object.hasOwn(NUMBER_WORDS, t.fold)) {
      const n = NUMBER_WORDS[t.fold]!;
      side = { value: new CchcDecimal(sign * n), decimals: 0, digits: String(n), scale: null, scaleWord: null, percent: false };
      i++;
      // a number in words is read only as one word ("một", "hai"): "chín mươi", "hai mươi lăm", "twenty-one" are
      // not read (never as 9 with a unit "mươi")
      const next = toks[i];
      if (next?.kind === 'word' && (Object.hasOwn(NUMBER_WORDS, next.fold) || COMPOUND_NUMBER_WORDS.has(next.fold))) {
        i = start;
        return undefined;
      }
    } else return undefined;
    // scale words
    for (const [p, factor] of SCALES) {
      const n = matchPhrase(toks, i, [p]);
      if (n > 0) {
        side.scale = new CchcDecimal(factor);
        side.scaleWord = toks
          .slice(i, i + n)
          .map((x) => x.raw)
          .join(' ');
        i += n;
        break;
      }
    }
    if (toks[i]?.kind === 'sym' && toks[i]!.raw === '%') {
      side.percent = true;
      i++;
    } else {
      const n = matchPhrase(toks, i, PERCENT_WORDS);
      if (n > 0) {
        side.percent = true;
        i += n;
      }
    }
    return side;
  };
  let zero = false;
  let low = readSide();
  if (!low) {
    const z = matchPhrase(toks, i, ZERO);
    if (z > 0 && qualifiers.length === 0) {
      zero = true;
      i += z;
      low = { value: new CchcDecimal(0), decimals: 0, digits: '0', scale: null, scaleWord: null, percent: false };
    } else return bad();
  }
  // 3. a range: "X–Y", "X đến Y", "X to Y", "between X and Y"
  let high: Side | undefined;
  if (!zero) {
    const t = toks[i];
    const dash = t?.kind === 'sym' && DASHES.has(t.raw) ? 1 : 0;
    const word = dash ? 0 : matchPhrase(toks, i, RANGE_SEP);
    if ((dash || word) && (toks[i + (dash || word)]?.kind === 'num' || (toks[i + (dash || word)]?.kind === 'word' && rangeStart))) {
      const save = i;
      i += dash || word;
      high = readSide();
      if (!high) i = save;
    }
  }
  // 4. "/ Y" or "out of Y"
  let of: Decimal | null = null;
  const ofStart = toks[i]?.kind === 'sym' && toks[i]!.raw === '/' ? 1 : matchPhrase(toks, i, [['out', 'of']]);
  if (ofStart > 0 && toks[i + ofStart]?.kind === 'num') {
    i += ofStart;
    of = readNumberToken((toks[i] as Tok).raw, locale, text, path).value;
    i++;
  }
  // 5. trailing qualifiers ("trở lên", "or more"), the unit, a parenthesised abbreviation of it ("(HS)")
  for (;;) {
    const t = toks[i];
    if (!t) break;
    let matched = false;
    for (const [q, list] of TRAILING) {
      const n = matchPhrase(toks, i, list);
      if (n > 0) {
        qualifiers.push(q);
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (t.kind === 'word') {
      const pn = matchPhrase(toks, i, PERCENT_WORDS);
      if (pn > 0 && !low.percent) {
        low.percent = true;
        if (high) high.percent = true;
        i += pn;
        continue;
      }
      unitWords.push(t.raw);
      i++;
      continue;
    }
    if (t.kind === 'sym' && t.raw === '$' && unitWords.length > 0) {
      unitWords[unitWords.length - 1] += '$';
      i++;
      continue;
    }
    if (t.kind === 'sym' && t.raw === '(') {
      let j = i + 1;
      while (toks[j]?.kind === 'word') j++;
      if (j > i + 1 && toks[j]?.raw === ')') {
        i = j + 1;
        continue;
      }
    }
    return bad(rest(i));
  }
  if (rangeStart && !high && !qualifiers.some((q) => q === 'at-least' || q === 'at-most')) return bad(text);
  // A range shares its scale and percent sign: "3–4 triệu", "55.25-86.80 percent".
  if (high) {
    if (!low.scale && high.scale) {
      low.scale = high.scale;
      low.scaleWord = high.scaleWord;
    }
    if (!high.scale && low.scale) high.scale = low.scale;
    if (low.percent || high.percent) low.percent = high.percent = true;
  }
  const percent = low.percent;
  const scale = low.scale ?? new CchcDecimal(1);
  const lo = low.value.times(scale);
  const half = (s: Side) => (s.scale ? TEN.pow(-s.decimals).times(s.scale).div(2) : new CchcDecimal(0));
  // the ends of a range are printed numbers, rounded at their last digit: "45,5–45,7" is [45,45; 45,75]
  const endHalf = (s: Side) =>
    TEN.pow(-s.decimals)
      .times(s.scale ?? 1)
      .div(2);
  const tol = new CchcDecimal(tolerance);
  let min: Decimal;
  let max: Decimal;
  let value: Decimal;
  let statedMin: Decimal | null;
  let statedMax: Decimal | null;
  let step: Decimal;
  if (high) {
    const hiScale = high.scale ?? new CchcDecimal(1);
    const hi = high.value.times(hiScale);
    if (hi.lt(lo)) {
      const p = { received: show(text) };
      throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__approxRange(p), en.INVALID_NUMBER__approxRange(p), text));
    }
    min = lo.minus(endHalf(low));
    max = hi.plus(endHalf(high));
    value = lo.plus(hi).div(2);
    step = significantStep(high, hiScale);
    statedMin = min;
    statedMax = max;
    if (qualifiers.length > 0) {
      const w = CchcDecimal.min(step, tol.times(hi.abs()));
      min = min.minus(w);
      max = max.plus(w);
      statedMin = null;
      statedMax = null;
    }
  } else {
    value = lo;
    step = significantStep(low, scale);
    const h = half(low);
    const w = CchcDecimal.min(step, tol.times(value.abs()));
    if (qualifiers.length === 0) {
      min = value.minus(h);
      max = value.plus(h);
      statedMin = min;
      statedMax = max;
    } else {
      // the union of what each qualifier allows ("khoảng gần" = about and nearly)
      min = value;
      max = value;
      statedMin = value;
      statedMax = value;
      for (const q of qualifiers) {
        const below = q === 'nearly' || q === 'under' || q === 'at-most' || q === 'about';
        const above = q === 'over' || q === 'at-least' || q === 'about';
        if (below) min = CchcDecimal.min(min, value.minus(w));
        if (above) max = CchcDecimal.max(max, value.plus(w));
        if (q === 'about' || q === 'over' || q === 'at-least') statedMax = null;
        if (q === 'about' || q === 'nearly' || q === 'under' || q === 'at-most') statedMin = null;
      }
    }
  }
  const unit = unitWords.length > 0 ? unitWords.join(' ') : percent ? '%' : null;
  const uniqueQualifiers = [
    ...new Set(high && qualifiers.length > 0 ? ['range' as const, ...qualifiers] : high ? ['range' as const] : qualifiers),
  ];
  return Object.freeze({
    text,
    value,
    min,
    max,
    approximate: uniqueQualifiers.length > 0 || !min.eq(max),
    qualifier: uniqueQualifiers[0] ?? null,
    qualifiers: Object.freeze(uniqueQualifiers),
    stated: Object.freeze({ min: statedMin, max: statedMax }),
    percent,
    scale,
    scaleWord: low.scaleWord,
    decimals: low.decimals,
    step,
    unit,
    of,
    locale,
  });
}
