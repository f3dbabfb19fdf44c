/**
 * A non-negative safe integer with thousands separators ("1,048,576" in English, "1.048.576" in Vietnamese), for
 * messages of light modules that must not load decimal.js through `formatNumber` (bundle budgets, issue 18).
 * @internal
 */
export function formatCount(n: number, locale: 'vi' | 'en'): string {
  const digits = String(n);
  const sep = locale === 'en' ? ',' : '.';
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
}
