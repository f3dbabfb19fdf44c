/**
 * Astronomy for the lunar calendar: true new moons and the Sun's apparent longitude.
 *
 * Written for `cchc` from the formulas published in Jean Meeus, *Astronomical Algorithms*, 2nd ed. (Willmann-Bell,
 * 1998): chapter 49 (phases of the Moon: mean phase, the periodic terms for the new moon and the 14 additional
 * planetary arguments), chapter 25 (solar coordinates, "low accuracy": geometric mean longitude, equation of the
 * centre, nutation and aberration correction), and chapter 10 with the polynomial expressions for ΔT = TT − UT of
 * F. Espenak and J. Meeus, "Five Millennium Canon of Solar Eclipses" (NASA/TP-2006-214141), §2.
 *
 * Times are Julian days. `JDE` is in Terrestrial Time (TT), `JD` in Universal Time (UT).
 * @internal
 */

const RAD = Math.PI / 180;
const SYNODIC_MONTH = 29.530588861;

/**
 * ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus 2006 polynomials, 1800–2150).
 *
 * @category Calendar
 */
export function deltaTSeconds(y: number): number {
  if (y < 1860) {
    const t = y - 1800;
    return (
      13.72 -
      0.332447 * t +
      0.0068612 * t ** 2 +
      0.0041116 * t ** 3 -
      0.00037436 * t ** 4 +
      0.0000121272 * t ** 5 -
      0.0000001699 * t ** 6 +
      0.000000000875 * t ** 7
    );
  }
  if (y < 1900) {
    const t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174;
  }
  if (y < 1920) {
    const t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

/** ΔT in days at a Julian day. */
function deltaTDays(jd: number): number {
  return deltaTSeconds(2000 + (jd - 2451545) / 365.25) / 86400;
}

/** Sine of an angle given in degrees. */
function s(deg: number): number {
  return Math.sin(deg * RAD);
}

/**
 * JDE (TT) of the true new moon number `k` (k = 0: the new moon of 2000-01-06; k < 0 before), Meeus ch. 49.
 *
 * @category Calendar
 */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  const mean = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3; // Sun's mean anomaly
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4; // Moon's mean anomaly
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4; // Moon's argument of latitude
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3; // longitude of the ascending node
  const periodic =
    -0.4072 * s(Mp) +
    0.17241 * E * s(M) +
    0.01608 * s(2 * Mp) +
    0.01039 * s(2 * F) +
    0.00739 * E * s(Mp - M) -
    0.00514 * E * s(Mp + M) +
    0.00208 * E * E * s(2 * M) -
    0.00111 * s(Mp - 2 * F) -
    0.00057 * s(Mp + 2 * F) +
    0.00056 * E * s(2 * Mp + M) -
    0.00042 * s(3 * Mp) +
    0.00042 * E * s(M + 2 * F) +
    0.00038 * E * s(M - 2 * F) -
    0.00024 * E * s(2 * Mp - M) -
    0.00017 * s(O) -
    0.00007 * s(Mp + 2 * M) +
    0.00004 * s(2 * Mp - 2 * F) +
    0.00004 * s(3 * M) +
    0.00003 * s(Mp + M - 2 * F) +
    0.00003 * s(2 * Mp + 2 * F) -
    0.00003 * s(Mp + M + 2 * F) +
    0.00003 * s(Mp - M + 2 * F) -
    0.00002 * s(Mp - M - 2 * F) -
    0.00002 * s(3 * Mp + M) +
    0.00002 * s(4 * Mp);
  const planetary =
    0.000325 * s(299.77 + 0.107408 * k - 0.009173 * T2) +
    0.000165 * s(251.88 + 0.016321 * k) +
    0.000164 * s(251.83 + 26.651886 * k) +
    0.000126 * s(349.42 + 36.412478 * k) +
    0.00011 * s(84.66 + 18.206239 * k) +
    0.000062 * s(141.74 + 53.303771 * k) +
    0.00006 * s(207.14 + 2.453732 * k) +
    0.000056 * s(154.84 + 7.30686 * k) +
    0.000047 * s(34.52 + 27.261239 * k) +
    0.000042 * s(207.19 + 0.121824 * k) +
    0.00004 * s(291.34 + 1.844379 * k) +
    0.000037 * s(161.72 + 24.198154 * k) +
    0.000035 * s(239.56 + 25.513099 * k) +
    0.000023 * s(331.55 + 3.592518 * k);
  return mean + periodic + planetary;
}

/**
 * JD (UT) of the true new moon number `k`.
 *
 * @category Calendar
 */
export function newMoonJd(k: number): number {
  const jde = newMoonJde(k);
  return jde - deltaTDays(jde);
}

/**
 * The new-moon number whose mean phase is nearest to a Julian day.
 *
 * @category Calendar
 */
export function nearestNewMoonNumber(jd: number): number {
  return Math.round((jd - 2451550.09766) / SYNODIC_MONTH);
}

/**
 * The Sun's apparent geocentric longitude in degrees [0, 360) at a JDE (TT), Meeus ch. 25 (accuracy ≈ 0.01°).
 *
 * @category Calendar
 */
export function sunApparentLongitudeTT(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * s(M) + (0.019993 - 0.000101 * T) * s(2 * M) + 0.000289 * s(3 * M);
  const omega = 125.04 - 1934.136 * T;
  const lambda = L0 + C - 0.00569 - 0.00478 * s(omega);
  const r = lambda % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * The Sun's apparent longitude in degrees at a JD (UT).
 *
 * @category Calendar
 */
export function sunApparentLongitude(jd: number): number {
  return sunApparentLongitudeTT(jd + deltaTDays(jd));
}

/**
 * JD (UT) of the moment the Sun's apparent longitude reaches `target` degrees, searched near `jdGuess`
 * (within ± half a year). Newton-style iteration on the mean motion; converges to well under a second.
 *
 * @category Calendar
 */
export function sunLongitudeCrossing(target: number, jdGuess: number): number {
  let jd = jdGuess;
  for (let i = 0; i < 20; i++) {
    let diff = target - sunApparentLongitude(jd);
    diff -= 360 * Math.round(diff / 360);
    const step = (diff * 365.2422) / 360;
    jd += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jd;
}
