// English messages of the reader of approximate figures (core, `parse-vi-approximate.ts`), keyed by error code.
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

export const INVALID_NUMBER__approxText = (p: { received: string }): string =>
  `Cannot read the figure ${p.received} (valid examples: "4.561", "gần 98%", "hơn 4.500 hồ sơ", "3,87 ngàn", "2,6 nghìn tỷ đồng")`;
export const INVALID_NUMBER__approxExtra = (p: { received: string; extra: string }): string =>
  `The figure ${p.received} has a part that cannot be read: ${p.extra} (one number, with optional approximation words, unit, "/" or a range "X–Y")`;
export const INVALID_NUMBER__approxRange = (p: { received: string }): string =>
  `The range ${p.received} is reversed: its first number is larger than its second`;
export const AMBIGUOUS_NUMBER__approxNotation = (p: { received: string; number: string; locale: string; other: string }): string =>
  `The number ${p.number} in ${p.received} is not ${p.locale === 'en' ? 'English' : 'Vietnamese'} notation (locale: '${p.locale}'); ` +
  `it only reads in ${p.other === 'en' ? 'English' : 'Vietnamese'} notation, so it is not guessed: pass locale: '${p.other}' if the source writes it so`;
export const INVALID_INPUT__approxTolerance = (p: { received: string }): string =>
  `tolerance must be a number in [0, 1] (0.1 = 10%), received ${p.received}`;
export const INVALID_NUMBER__approxFraction = (p: { received: string }): string =>
  `${p.received} is a fraction "x/y": a single number is expected here; give the numerator and the denominator separately`;
export const INVALID_NUMBER__approxNegative = (p: { received: string }): string => `${p.received}: this figure cannot be negative`;
export const INPUT_TOO_LARGE__approxDigits = (p: { max: number; digits: string }): string =>
  `A number with too many digits (${p.digits}, at most ${p.max}): not a figure of a report`;
