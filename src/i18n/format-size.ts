import { localeToRecord, type Locale } from './locales.ts';

/** "245 KB" / "245 Ko", "1.2 MB" / "1,2 Mo": a file size as each language writes it. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [byteUnit, kiloUnit, megaUnit] = localeToRecord(locale).sizeUnits;
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(localeToRecord(locale).intl, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${number(bytes, 0)} ${byteUnit}`;
  if (bytes < 1_000_000) return `${number(bytes / 1000, 0)} ${kiloUnit}`;
  return `${number(bytes / 1_000_000, 1)} ${megaUnit}`;
}
