/**
 * Text from input data (labels, titles, finding messages) made safe to print: a terminal escape sequence (CSI "ESC [ …",
 * OSC "ESC ] … BEL") is removed whole, so that a label cannot move the cursor, clear the screen, retitle the window or
 * write a hyperlink; every other control character (C0, DEL, C1) is shown as its visible "control picture" (ESC → ␛),
 * so that nothing is hidden; line breaks and tabs become spaces (a label is one line); bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), which can make text read differently from what it is, are removed.
 * Ordinary text, Vietnamese letters included, is returned unchanged (the same string, no copy).
 * @internal
 */
export function inlineText(text: string): string {
  // Fast path: nothing to do for the usual label.
  if (!UNSAFE.test(text)) return text;
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(/\r\n|[\r\n\t\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(BIDI, '')
    .replace(CONTROL, (c) => picture(c));
}

// Linear patterns: each alternative consumes at least one character and none can overlap another.
// CSI: ESC [ parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, final byte 0x40–0x7E (or the 8-bit CSI 0x9B).
// OSC / DCS / SOS / PM / APC: ESC ] P X ^ _ … up to BEL or ST (ESC \), bounded so an unterminated one stops at the end.
// Two-character escapes: ESC and one byte 0x20–0x7E.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u009d\u0090\u0098\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u007e]?/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function picture(c: string): string {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/**
 * {@link inlineText}, and what Markdown would read as raw HTML or a link in running text neutralised: `<` and `>` as
 * entities, `](` and `![` escaped (so a label cannot become a tag, a link or an image). Emphasis marks are left alone:
 * they cannot do harm, and escaping them would clutter ordinary text.
 * @internal
 */
export function markdownText(text: string): string {
  return inlineText(text).replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\]\(/g, ']\\(').replace(/!\[/g, '!\\[');
}
