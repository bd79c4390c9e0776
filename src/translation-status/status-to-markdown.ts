import { locales, localeToRecord } from '../i18n/locales.ts';
import type { LastChange, TranslationStatus } from './translation-status.ts';

function day(change: LastChange): string {
  return change.time.toISOString().slice(0, 10) + (change.source === 'file' ? ' (file time)' : '');
}

/** The status as Markdown, ready to paste in (or be posted as) a pull request comment. */
export function statusToMarkdown(status: TranslationStatus): string {
  const lines = [
    '## Translation status',
    '',
    `${status.releaseCount} releases: ${status.everyLanguage} in ${locales.length === 2 ? 'both languages' : `all ${locales.length} languages`}, ${locales.map((locale) => `${status.onlyIn[locale]} in ${localeToRecord(locale).englishName} only`).join(', ')}. A release in one language only is normal; this list is for translators.`,
  ];
  if (status.untranslated.length > 0) {
    lines.push(
      '',
      `### Not translated yet (${status.untranslated.length})`,
      '',
      '| Release | Exists in | Missing | To start the translation |',
      '| --- | --- | --- | --- |',
    );
    for (const { slug, file, missing } of status.untranslated) {
      lines.push(
        `| \`${slug}\` | ${localeToRecord(file.locale).englishName}: \`${file.displayPath}\` | ${missing.map((locale) => localeToRecord(locale).englishName).join(', ')} | \`npm run new -- --translation-of ${slug}\` |`,
      );
    }
  }
  if (status.changedAfterTranslation.length > 0) {
    lines.push(
      '',
      `### Changed after their translation (${status.changedAfterTranslation.length})`,
      '',
      'One language was edited after the other: check whether the translation needs the same change.',
      '',
      '| Release | Changed | Changed on | Translation | Translation changed on |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const pair of status.changedAfterTranslation) {
      lines.push(
        `| \`${pair.slug}\` | \`${pair.changed.displayPath}\` | ${day(pair.changedAt)} | \`${pair.translation.displayPath}\` | ${day(pair.translatedAt)} |`,
      );
    }
  } else if (status.everyLanguage > 0) {
    lines.push('', 'Every translated release was last changed together with its translation.');
  }
  return lines.join('\n');
}
