/**
 * The words of a text, whatever its typography: every kind of space is one space, apostrophes are
 * straight, and the spacing French puts before ; : ! ? % » and after « is dropped. Search and the
 * content check compare texts by these words, so setting type never changes what they read.
 */
export function normaliseWords(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/ (?=[;:!?%»])/g, '')
    .replace(/« /g, '«')
    .trim();
}
