import type { Locale } from './locales.ts';

/** Each language's unit names: French writes octets (Ko, Mo), English bytes (KB, MB). */
const units = { en: ['bytes', 'KB', 'MB'], fr: ['octets', 'Ko', 'Mo'] } as const satisfies Record<Locale, readonly string[]>;

/** "245 KB" / "245 Ko", "1.2 MB" / "1,2 Mo": a file size as each language writes it. */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [byteUnit, kiloUnit, megaUnit] = units[locale];
  const number = (value: number, digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1000) return `${number(bytes, 0)} ${byteUnit}`;
  if (bytes < 1_000_000) return `${number(bytes / 1000, 0)} ${kiloUnit}`;
  return `${number(bytes / 1_000_000, 1)} ${megaUnit}`;
}
