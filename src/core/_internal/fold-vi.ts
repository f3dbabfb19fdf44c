/**
 * Fold Vietnamese text for matching: Unicode NFD, combining marks removed, đ/Đ → d, lower case, every run of
 * whitespace (including non-breaking spaces) collapsed to one space, dashes unified to "-", trimmed.
 * "Quý I/2020", "QUÝ I/2020", "Qúy  I / 2020" and "Quy I/2020" all fold to forms that match the same pattern, and
 * the old and new tone placements ("Qúy" / "Quý", "hoà" / "hòa") become identical.
 *
 * Keeps positions roughly aligned with the input only for ASCII text; use it for matching, not for slicing the original.
 * @internal
 */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00A0\u202F\u2007]+/g, ' ')
    .trim();
}
