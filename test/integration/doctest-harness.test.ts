// The doctest harness must be able to fail: check what it turns comments into.
import { describe, expect, it } from 'vitest';
import { instrument } from './_doctest.js';

describe('doctest instrument', () => {
  it('turns literal result comments into equality checks', () => {
    const { source, assertions } = instrument("formatPercent(r); // '99,50%'");
    expect(assertions).toBe(1);
    expect(source).toContain("__doctest.equal(formatPercent(r), ('99,50%')");
  });
  it('drops a trailing parenthetical remark', () => {
    expect(instrument("percent(r).toString(); // '97.97' (half-up)").source).toContain("('97.97')");
  });
  it('uses partial matching for an ellipsis', () => {
    expect(instrument("parsePeriod('Quý I/2020'); // { kind: 'quarter', … }").source).toContain(
      "__doctest.match(parsePeriod('Quý I/2020'), ({ kind: 'quarter' })",
    );
  });
  it('checks thrown codes', () => {
    expect(instrument('ratio(1, 0); // throws CchcError ZERO_DENOMINATOR').source).toBe(
      '__doctest.throws(() => (ratio(1, 0)), "ZERO_DENOMINATOR");',
    );
  });
  it('leaves declarations and prose alone', () => {
    const code = ["const r = ratio(1, 2); // '50%'", 'console.log(x); // prints something', 'import { a } from "b"; // 1'].join('\n');
    const { source, assertions } = instrument(code);
    expect(assertions).toBe(0);
    expect(source).toBe(code);
  });
});
