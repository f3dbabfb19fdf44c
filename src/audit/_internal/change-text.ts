// Reading the words of printed changes ("tăng 2,1 điểm so với năm 2023", "giảm 7 bậc", "an increase of 1.72%",
// "slipping by one rank", "giảm từ 10,85% xuống còn 1,31%") and printed ranks ("thứ 38/63", "2nd out of 63",
// "dẫn đầu", "đứng cuối").
import type { Decimal } from 'decimal.js';
import { CchcDecimal } from '../../core/decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { foldVi } from '../../core/_internal/fold-vi.js';
import type { Locale } from '../../core/locale.js';
import { readApproximate, type ApproximateFigure } from '../../core/parse-vi-approximate.js';
import * as vi from '../../core/messages/vi/audit.js';
import * as en from '../../core/messages/en/audit.js';
import { printedTextIssue } from '../limits.js';

/** The unit a change is printed in, from its words. @internal */
export type ChangeUnit = 'points' | 'percentage-points' | 'percent' | 'rank' | 'count';

/** A printed change, read. @internal */
export interface ChangeText {
  /** +1 up, −1 down, 0 unchanged, `null` when the words give no direction. */
  readonly sign: 1 | -1 | 0 | null;
  /** The size of the change (absent for "giữ nguyên" and for a "từ X xuống Y" change). */
  readonly magnitude?: ApproximateFigure;
  /** The unit from the words, `null` when none. */
  readonly unit: ChangeUnit | null;
  /** "từ 10,85% xuống còn 1,31%": the two values the change is printed with. */
  readonly from?: ApproximateFigure;
  readonly to?: ApproximateFigure;
  readonly text: string;
}

interface Tok {
  readonly kind: 'num' | 'word' | 'sym';
  readonly raw: string;
  readonly fold: string;
  readonly start: number;
  readonly end: number;
}

function lex(t: string): Tok[] {
  const out: Tok[] = [];
  const re = /(\d[\d.,]*\d|\d)|([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\S)/gu;
  for (const m of t.matchAll(re)) {
    const raw = m[0];
    const kind = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    out.push({ kind, raw, fold: kind === 'word' ? foldVi(raw) : raw, start: m.index, end: m.index + raw.length });
  }
  return out;
}

const ph = (...ps: string[]): string[][] => ps.map((p) => p.split(' '));

const UP = ph(
  'tang len',
  'tang them',
  'tang',
  'vuon len',
  'nhich len',
  'tien len',
  'tien',
  'cao hon',
  'nhieu hon',
  'nhay vot',
  'vuot len',
  'thang hang',
  'thang',
  'cai thien',
  'an increase of',
  'an improvement of',
  'a rise of',
  'a gain of',
  'up by',
  'up',
  'rise',
  'rising',
  'rose',
  'risen',
  'increase',
  'increased',
  'increasing',
  'higher',
  'climbed',
  'climb',
  'climbing',
  'improved',
  'improving',
  'improvement',
  'gained',
  'gain',
  'gaining',
  'jumped',
  'jump',
  'grew',
  'growth',
  'advanced',
  'moved up',
  'went up',
);
const DOWN = ph(
  'giam xuong',
  'giam di',
  'giam',
  'tut xuong',
  'roi xuong',
  'lui xuong',
  'lui',
  'thap hon',
  'it hon',
  'tut hang',
  'tut',
  'sut giam',
  'sut',
  'ha',
  'xuong',
  'a decrease of',
  'a decline of',
  'a drop of',
  'a fall of',
  'down by',
  'down',
  'fell',
  'fall',
  'falling',
  'fallen',
  'decrease',
  'decreased',
  'decreasing',
  'decline',
  'declined',
  'declines',
  'declining',
  'dropped',
  'drop',
  'dropping',
  'lower',
  'slipped',
  'slipping',
  'slip',
  'slid',
  'lost',
  'losing',
  'moved down',
  'went down',
);
const SAME = ph(
  'giu nguyen',
  'khong doi',
  'khong thay doi',
  'giu vung',
  'nhu nam truoc',
  'retained',
  'retains',
  'unchanged',
  'remained',
  'kept',
  'held',
  'no change',
  'maintained',
  'same',
);
const CUT = new Set([
  'so',
  'compared',
  'than',
  'versus',
  'vs',
  'against',
  'year',
  'since',
  'respectively',
  'over',
  'in',
  'on',
  'cung',
  'voi',
  'nam',
  'ky',
  'thang',
  'quy',
  'from',
  'tu',
  'higher',
  'lower',
  'more',
  'less',
]);
const SKIP = new Set([
  'by',
  'of',
  'them',
  'len',
  'duoc',
  'dat',
  'muc',
  'khoang',
  'to',
  'toi',
  'den',
  'a',
  'an',
  'the',
  'only',
  'just',
  'sharpest',
  'fastest',
  'most',
  'nhat',
  'manh',
  'co',
  'con',
  'chi',
  'la',
  'it',
]);
const RANK_UNIT = ph(
  'bac xep hang',
  'bac',
  'hang',
  'vi tri',
  'rank',
  'ranks',
  'place',
  'places',
  'position',
  'positions',
  'spot',
  'spots',
  'notch',
  'notches',
);
const PP_UNIT = ph('diem phan tram', 'diem %', 'percentage points', 'percentage point', 'percent points', 'pp');
const POINT_UNIT = ph('diem', 'points', 'point', 'pts', 'pt');
const PCT_UNIT = ph('phan tram', 'per cent', 'percent');
const FROM = ph('tu', 'from');
const TO = ph('xuong con', 'len den', 'len toi', 'xuong', 'len', 'con', 'den', 'toi', 'to');

function match(toks: readonly Tok[], i: number, list: readonly string[][]): number {
  let best = 0;
  for (const p of list) {
    if (p.length <= best) continue;
    if (p.every((w, k) => toks[i + k] !== undefined && toks[i + k]!.kind !== 'num' && toks[i + k]!.fold === w)) best = p.length;
  }
  return best;
}

function changeIssue(path: CchcPath, text: string): CchcIssue {
  const p = { received: show(text) };
  return issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__auditChange(p), en.INVALID_NUMBER__auditChange(p), text);
}

/**
 * Read a printed change. A text may say the direction ("tăng", "giảm", "up", "slipping"), the size with its unit
 * ("2,1 điểm", "7 bậc", "0,85%", "one rank"), or "from X to Y"; what follows "so với", "compared", "than"… is context
 * and ignored. A number is a signed size (for ranks, positive means moved up). @internal
 */
export function readChangeText(text: string, locale: Locale, tolerance: number, path: CchcPath): ChangeText {
  const tooLong = printedTextIssue(text, path);
  if (tooLong) throw new CchcError(tooLong);
  const t = text.normalize('NFC');
  const toks = lex(t);
  let sign: 1 | -1 | 0 | null = null;
  let i = 0;
  // the direction: the first direction phrase; the size follows it ("tăng 2,1 điểm") or comes before it ("8.06 points
  // higher")
  let firstNum = toks.findIndex((x) => x.kind === 'num');
  if (firstNum < 0) firstNum = toks.length;
  let after = -1;
  for (let k = 0; k < toks.length; k++) {
    const up = match(toks, k, UP);
    const down = match(toks, k, DOWN);
    const same = match(toks, k, SAME);
    const n = Math.max(up, down, same);
    if (n === 0) continue;
    sign = same === n ? 0 : up >= down ? 1 : -1;
    if (k > firstNum && same === 0) after = k;
    else i = k + n;
    break;
  }
  const read = (from: number, to: number): ApproximateFigure =>
    readApproximate(t.slice(toks[from]!.start, toks[to - 1]!.end), locale, tolerance, path);
  // "từ X xuống Y" / "from X to Y"
  const fromAt = match(toks, i, FROM);
  if (fromAt > 0 && toks[i + fromAt]?.kind === 'num') {
    let j = i + fromAt;
    const startA = j;
    while (j < toks.length && !(match(toks, j, TO) > 0 && toks.slice(j).some((x) => x.kind === 'num'))) j++;
    const toAt = match(toks, j, TO);
    if (j < toks.length && toAt > 0) {
      const a = read(startA, j);
      let k = j + toAt;
      const startB = k;
      while (k < toks.length && !(toks[k]!.kind === 'word' && CUT.has(toks[k]!.fold)) && toks[k]!.raw !== '(' && toks[k]!.raw !== ';') k++;
      const b = read(startB, k);
      return { sign, unit: a.percent || b.percent ? 'percent' : null, from: a, to: b, text };
    }
  }
  if (sign === 0) {
    // "giữ nguyên vị trí thứ 3": no size
    const rest = toks.slice(i);
    const unit = rest.some((_, k) => match(rest, k, RANK_UNIT) > 0) ? 'rank' : null;
    return { sign, unit, text };
  }
  // skip fillers and punctuation up to the size
  if (after >= 0) i = 0;
  while (
    i < toks.length &&
    ((toks[i]!.kind === 'word' && SKIP.has(toks[i]!.fold) && toks[i]!.fold !== 'khoang') || [',', ';', ':'].includes(toks[i]!.raw))
  )
    i++;
  let start = i;
  // an explicit sign: "+5,83%", "(-5,31%)"
  if (toks[start]?.raw === '(') start++;
  if (sign === null && toks[start]?.kind === 'sym' && (toks[start]!.raw === '+' || /[-–−]/.test(toks[start]!.raw))) {
    sign = toks[start]!.raw === '+' ? 1 : -1;
    start++;
  }
  let end = start;
  const stop = after >= 0 ? after : toks.length;
  while (
    end < stop &&
    (toks[end]!.kind === 'num' ||
      (toks[end]!.kind === 'word' && !CUT.has(toks[end]!.fold)) ||
      toks[end]!.raw === '%' ||
      toks[end]!.raw === '.' ||
      toks[end]!.raw === ',')
  ) {
    if ((toks[end]!.raw === '.' || toks[end]!.raw === ',') && toks[end + 1]?.kind !== 'num') break;
    end++;
  }
  // units after the number
  let unit: ChangeUnit | null = null;
  for (let k = start; k < end; k++) {
    if (toks[k]!.raw === '%') unit ??= 'percent';
    else if (match(toks, k, PP_UNIT) > 0) unit = 'percentage-points';
    else if (match(toks, k, RANK_UNIT) > 0) unit ??= 'rank';
    else if (match(toks, k, POINT_UNIT) > 0) unit ??= 'points';
    else if (match(toks, k, PCT_UNIT) > 0) unit ??= 'percent';
  }
  if (
    end <= start ||
    !toks
      .slice(start, end)
      .some(
        (x) =>
          x.kind === 'num' || /^(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|one|two|three|four|five|six|seven|eight|nine|ten)$/.test(x.fold),
      )
  ) {
    // a direction without a size ("cao hơn cả nước", "tăng hạng"): the direction alone is checked
    if ((sign === 1 || sign === -1) && !toks.some((x) => x.kind === 'num')) {
      const unit = toks.some((_, k) => match(toks, k, RANK_UNIT) > 0) ? 'rank' : null;
      return { sign, unit, text };
    }
    throw new CchcError(changeIssue(path, text));
  }
  // read the size without the unit words the figure reader does not know (bậc, rank, points …)
  let magEnd = end;
  // "0,85 điểm %": percentage points written with the sign
  if (magEnd - 2 > start && toks[magEnd - 1]!.raw === '%' && toks[magEnd - 2]!.fold === 'diem') magEnd -= 2;
  while (
    magEnd > start &&
    toks[magEnd - 1]!.kind === 'word' &&
    (match(toks, magEnd - 1, RANK_UNIT) > 0 || match(toks, magEnd - 1, POINT_UNIT) > 0 || RANK_OR_POINT_TAIL.has(toks[magEnd - 1]!.fold))
  )
    magEnd--;
  let magnitude: ApproximateFigure;
  try {
    magnitude = read(start, magEnd);
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(changeIssue(path, text));
    throw e;
  }
  if (magnitude.value.isNegative()) {
    sign = sign === -1 ? 1 : -1;
    magnitude = readApproximate(t.slice(toks[start]!.start, toks[magEnd - 1]!.end).replace(/^\s*[-–−]\s*/, ''), locale, tolerance, path);
  }
  return { sign, magnitude, unit, text };
}

const RANK_OR_POINT_TAIL = new Set(['xep', 'hang', 'phan', 'tram', 'percentage', 'per', 'cent', 'percent']);

/** A printed rank, read. @internal */
export interface RankText {
  readonly rank?: number;
  readonly of?: number;
  /** "đứng cuối", "at the bottom", "last": the last place of the ranking (`of`). */
  readonly last?: boolean;
}

const ORDINAL: Readonly<Record<string, number>> = {
  nhat: 1,
  nhi: 2,
  hai: 2,
  ba: 3,
  tu: 4,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};
const FIRST = ph(
  'dan dau',
  'dung dau',
  'quan quan',
  'top',
  'topped',
  'tops',
  'led',
  'leads',
  'leading',
  'highest',
  'cao nhat',
  'first place',
);
const LAST = ph('dung cuoi', 'cuoi bang', 'cuoi cung', 'xep cuoi', 'cuoi', 'at the bottom', 'bottom', 'last', 'lowest', 'thap nhat');

/**
 * Read a printed rank: a number, "thứ 2", "hạng 5", "9/63", "thứ 38/63", "2nd", "23rd out of 63", "first", "dẫn
 * đầu", "đứng cuối", "lowest score, ranked 45th". @internal
 */
export function readRankText(value: string, path: CchcPath): RankText {
  const tooLong = printedTextIssue(value, path);
  if (tooLong) throw new CchcError(tooLong);
  const t = foldVi(value.normalize('NFC'));
  const bad = (): never => {
    const p = { received: show(value) };
    throw new CchcError(issue('PAR_INVALID_RANK', path, vi.PAR_INVALID_RANK__rankText(p), en.PAR_INVALID_RANK__rankText(p), value));
  };
  const ofMatch = /(?:\/|\bout of\b|\bof\b|trong tong so|tren tong so|trong so|\btren\b)\s*(\d+)/.exec(t);
  const ofN = ofMatch ? Number(ofMatch[1]) : undefined;
  const ofAt = ofMatch ? ofMatch.index + ofMatch[0].length - ofMatch[1]!.length : -1;
  const rankNums = [...t.matchAll(/(\d+)(?:st|nd|rd|th)?/g)].filter((m) => m.index !== ofAt).map((m) => Number(m[1]));
  if (ofN !== undefined && !(Number.isSafeInteger(ofN) && ofN >= 1)) return bad();
  if (rankNums.length > 1) return bad();
  if (rankNums.length === 1) {
    const r = rankNums[0]!;
    if (!Number.isSafeInteger(r) || r < 1) return bad();
    return { rank: r, ...(ofN !== undefined ? { of: ofN } : {}) };
  }
  const toks = lex(value.normalize('NFC'));
  for (let k = 0; k < toks.length; k++) {
    if (match(toks, k, LAST) > 0) return { last: true, ...(ofN !== undefined ? { of: ofN } : {}) };
    if (match(toks, k, FIRST) > 0) return { rank: 1, ...(ofN !== undefined ? { of: ofN } : {}) };
    const w = toks[k]!.fold;
    if ((w === 'thu' || w === 'hang' || w === 'vi') && toks[k + 1] && Object.hasOwn(ORDINAL, toks[k + 1]!.fold))
      return { rank: ORDINAL[toks[k + 1]!.fold]!, ...(ofN !== undefined ? { of: ofN } : {}) };
    if (Object.hasOwn(ORDINAL, w) && /^[a-z]+$/.test(w) && ORDINAL_EN.has(w))
      return { rank: ORDINAL[w]!, ...(ofN !== undefined ? { of: ofN } : {}) };
  }
  return bad();
}

const ORDINAL_EN = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);

/** A decimal from a number. @internal */
export const dec = (n: number): Decimal => new CchcDecimal(n);
