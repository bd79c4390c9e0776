/**
 * Reads a date as RSS 2.0 requires it: RFC 822 (with the four-digit year of RFC 1123), such as
 * `Thu, 31 Jan 2013 00:00:00 GMT`. Part by part, strictly: the day name must be the date's own,
 * and every field in range. Returns the instant, or a sentence saying what is wrong.
 */
export function parseRfc822(text: string): Date | string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const zones: Record<string, number> = { UT: 0, GMT: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 };
  const parts = text.split(' ');
  let dayName: string | undefined;
  if (parts[0]?.endsWith(',')) dayName = parts.shift()!.slice(0, -1);
  if (parts.length !== 5) return `"${text}" does not have a day, month, year, time and zone`;
  const [dayText, monthText, yearText, timeText, zoneText] = parts as [string, string, string, string, string];
  if (dayName !== undefined && !days.includes(dayName)) return `"${dayName}" is not a day name`;
  if (!/^\d{1,2}$/.test(dayText)) return `"${dayText}" is not a day of the month`;
  const month = months.indexOf(monthText);
  if (month < 0) return `"${monthText}" is not a month name`;
  if (!/^\d{4}$/.test(yearText)) return `"${yearText}" is not a four-digit year`;
  const time = timeText.split(':');
  if (time.length < 2 || time.length > 3 || time.some((field) => !/^\d{2}$/.test(field))) return `"${timeText}" is not hh:mm or hh:mm:ss`;
  const [hours, minutes, seconds = 0] = time.map(Number) as [number, number, number?];
  if (hours > 23 || minutes > 59 || seconds > 59) return `"${timeText}" is out of range`;
  let offsetMinutes: number;
  if (zoneText in zones) offsetMinutes = zones[zoneText]! * 60;
  else if (/^[+-]\d{4}$/.test(zoneText))
    offsetMinutes = (zoneText.startsWith('-') ? -1 : 1) * (Number(zoneText.slice(1, 3)) * 60 + Number(zoneText.slice(3)));
  else return `"${zoneText}" is not a time zone`;
  const day = Number(dayText);
  const year = Number(yearText);
  const local = new Date(Date.UTC(year, month, day, hours, minutes, seconds));
  if (local.getUTCDate() !== day) return `${monthText} ${year} has no day ${day}`;
  if (dayName !== undefined && days[local.getUTCDay()] !== dayName) return `${day} ${monthText} ${year} is not a ${dayName}`;
  return new Date(local.getTime() - offsetMinutes * 60_000);
}
