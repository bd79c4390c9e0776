/**
 * Characters that draw nothing: spaces of every width, line breaks, format characters (zero-width
 * space, joiners, the soft hyphen, the byte order mark), Unicode's default-ignorable characters
 * (Hangul fillers, variation selectors), combining marks with no letter to sit on, and the blank
 * Braille pattern, which fonts draw as an empty cell.
 */
const invisibleCharacter = /^[\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Z}\p{M}\u2800]$/u;

/** Whether a text has at least one character readers can see; a title of zero-width spaces has none. */
export function hasVisibleCharacter(text: string): boolean {
  for (const character of text) if (!invisibleCharacter.test(character)) return true;
  return false;
}

/** The schema's message for a text field with nothing visible in it. */
export const noVisibleCharacterMessage =
  'has no character readers can see (only spaces or invisible characters, such as a zero-width space pasted with it): write the words readers should see';
