// The calendar days a sheet can hold: years 1 to 9999 (Sheets' last date, 9999-12-31, is serial
// 2,958,465). A number beyond them in a date column is not a date (a 9-digit identifier typed in
// the wrong column): reading it as one would build dates no calendar computation can handle.

export const FIRST_SHEETS_DAY = -719_162; // 0001-01-01, in days since 1970-01-01
export const LAST_SHEETS_DAY = 2_932_896; // 9999-12-31

/** True for a calendar day (days since 1970-01-01) within the dates a sheet can hold. */
export function isSheetsDay(dayNumber: number): boolean {
  return dayNumber >= FIRST_SHEETS_DAY && dayNumber <= LAST_SHEETS_DAY;
}
