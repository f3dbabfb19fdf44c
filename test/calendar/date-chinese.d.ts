// date-chinese 2.1.4 ships types that its "exports" map does not expose under NodeNext; the part the oracle test uses.
declare module 'date-chinese' {
  interface LunisolarDate {
    fromGregorian(year: number, month: number, day: number): this;
    yearFromEpochCycle(): number;
    month: number;
    leap: boolean;
    day: number;
  }
  export class CalendarChinese implements LunisolarDate {
    fromGregorian(year: number, month: number, day: number): this;
    yearFromEpochCycle(): number;
    month: number;
    leap: boolean;
    day: number;
  }
  export class CalendarVietnamese extends CalendarChinese {}
}
