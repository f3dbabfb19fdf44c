// Vietnamese messages of the calendar module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Generic texts (an integer expected, options not an object, a reversed
// range) come from the core catalogue.

// The calendar option and working-day arithmetic (calendar-options.ts, _internal/day-index.ts)
export const INVALID_INPUT__calendarOption = (p: { received: string }): string =>
  `calendar phải là lịch tạo bởi createWorkCalendar (vd. civilServiceCalendar), nhận được ${p.received}`;
export const INVALID_INPUT__workingDays = (p: { received: string }): string =>
  `Số ngày làm việc phải là số nguyên, nhận được ${p.received}`;
export const DATE_OUT_OF_RANGE__calendarDay = (p: { day: string; isDate: boolean; name: string; first: string; last: string }): string =>
  `${p.isDate ? 'Ngày' : 'Số ngày'} ${p.day} nằm ngoài phạm vi của lịch "${p.name}" (${p.first} … ${p.last})`;
export const DATE_OUT_OF_RANGE__calendarIndex = (p: {
  name: string;
  first: string;
  last: string;
  lastIndex: number;
  received: string;
}): string => `Kết quả vượt ra ngoài phạm vi của lịch "${p.name}" (${p.first} … ${p.last}; chỉ số 1 … ${p.lastIndex}, nhận ${p.received})`;
export const DATE_OUT_OF_RANGE__calendarResult = (p: {
  n: number;
  date: string;
  name: string;
  first: string;
  last: string;
  available: number;
  forward: boolean;
}): string =>
  `Cộng ${p.n} ngày làm việc vào ${p.date} vượt ra ngoài phạm vi của lịch "${p.name}" (${p.first} … ${p.last}: chỉ có ${p.available} ` +
  `ngày làm việc ${p.forward ? 'sau' : 'trước'} ngày đó)`;

// Receipt and due dates (due-date.ts)
export const INVALID_CUTOFF = (p: { received: string }): string =>
  `Giờ tiếp nhận cuối ngày (cutoff) phải có dạng "HH:mm", nhận được ${p.received}`;
export const INVALID_CUTOFF__dateOnly = (p: { cutoff: string; received: string }): string =>
  `Cần ngày giờ tiếp nhận (có múi giờ) để áp dụng giờ cuối ngày ${p.cutoff}, nhận được ngày ${p.received}`;
export const INVALID_INPUT__negativeDeadline = (p: { n: number }): string => `Thời hạn giải quyết không được âm: ${p.n}`;

// Holidays (holiday-laws.ts, vn-holidays.ts)
export const DATE_OUT_OF_RANGE__holidayLaw = (p: { received: string }): string =>
  `Không có quy định ngày nghỉ lễ trong dữ liệu trước 1995-01-01: ${p.received}`;
export const INVALID_INPUT__holidayYear = (p: { received: string }): string => `Năm phải là số nguyên, nhận được ${p.received}`;
export const DATE_OUT_OF_RANGE__holidayYear = (p: { year: number; first: number; last: number }): string =>
  `Chỉ hỗ trợ ngày nghỉ lễ các năm ${p.first}–${p.last}, nhận được ${p.year}`;
export const INVALID_INPUT__regime = (p: { received: string }): string =>
  `regime phải là 'civil-service' hoặc 'labour-code', nhận được ${p.received}`;

// The lunar calendar (_internal/lunar-options.ts, lunar-to-solar.ts, solar-to-lunar.ts)
export const INVALID_INPUT__utcOffset = (p: { received: string }): string =>
  `utcOffset phải là 7, 8 hoặc 'historic', nhận được ${p.received}`;
export const DATE_OUT_OF_RANGE__lunar = (p: { year: number; month: number; day: number; leap: boolean }): string =>
  `Ngày âm ${p.day}/${p.month}${p.leap ? ' nhuận' : ''}/${p.year} nằm ngoài phạm vi hỗ trợ (dương lịch 1900-01-01 … 2100-12-31)`;
export const DATE_OUT_OF_RANGE__solar = (p: { received: string }): string =>
  `Lịch âm chỉ hỗ trợ từ 1900-01-01 đến 2100-12-31, nhận được ${p.received}`;
export const INVALID_LUNAR_DATE__noLeapMonth = (p: { year: number }): string => `Năm âm lịch ${p.year} không có tháng nhuận`;
export const INVALID_LUNAR_DATE__otherLeapMonth = (p: { year: number; leapMonth: number; month: number }): string =>
  `Năm âm lịch ${p.year} nhuận tháng ${p.leapMonth}, không phải tháng ${p.month}`;
export const INVALID_LUNAR_DATE__monthLength = (p: { year: number; month: number; leap: boolean; length: number }): string =>
  `Tháng ${p.month}${p.leap ? ' nhuận' : ''} năm âm lịch ${p.year} chỉ có ${p.length} ngày`;

// Work calendars (work-calendar.ts)
export const DATE_OUT_OF_RANGE__calendarSpan = (p: { first: string; last: string; base: string }): string =>
  `Phạm vi lịch phải nằm trong ${p.first} … ${p.last}${p.base ? ` (phạm vi của lịch gốc "${p.base}")` : ''}`;
export const INVALID_INPUT__holidaysWithBase = (p: { base: string }): string =>
  `Không dùng "holidays" cùng với "base": lịch gốc "${p.base}" đã có ngày nghỉ của nó`;
export const DATE_OUT_OF_RANGE__holidaysStart = (p: { first: string; received: string }): string =>
  `Ngày nghỉ lễ quốc gia chỉ có từ ${p.first}; lịch có "holidays" phải bắt đầu từ ngày đó trở đi (nhận ${p.received})`;
export const DATE_OUT_OF_RANGE__specDay = (p: { date: string }): string => `Ngày ${p.date} nằm ngoài phạm vi của lịch`;
export const INVALID_INPUT__dayNotInYear = (p: { date: string; year: number }): string => `Ngày ${p.date} không thuộc năm ${p.year}`;
export const CONFLICTING_CALENDAR_DAYS = (p: { date: string; first: number; second: number }): string =>
  `Ngày ${p.date} được khai báo hai lần (vị trí ${p.first} và ${p.second})`;
export const CONFLICTING_CALENDAR_DAYS__year = (p: { year: number }): string => `Năm ${p.year} được khai báo hai lần`;
export const INVALID_INPUT__expectedWorkCalendar = (): string => 'một lịch tạo bởi createWorkCalendar (vd. civilServiceCalendar)';

// Ngày Văn hóa Việt Nam and provisional days (vn-holidays.ts, work-calendar.ts, _internal/provisional.ts)
export const INVALID_INPUT__cultureDayWithoutHolidays = (): string =>
  `"cultureDay" chỉ dùng được với lịch có ngày nghỉ lễ quốc gia ("holidays" hoặc "base")`;
export const PROVISIONAL_CALENDAR = (p: { day: string; name: string }): string =>
  `Kết quả dựa trên ngày tạm tính ${p.day} của lịch "${p.name}" (suy ra từ quy định, chưa có lịch nghỉ chính thức)`;
