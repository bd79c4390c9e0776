/** Whether a body has any letter or digit at all: a release with none publishes an empty page. */
export function hasLetterOrDigit(body: string): boolean {
  return /[\p{L}\p{N}]/u.test(body);
}

/**
 * Whether a body may hold a heading the parser should look at (`#` or a line of `=`): a body with
 * neither, no `<`, `[` or `&`, is plain paragraphs, and the parser is not needed to know it.
 */
export function mayHoldStructure(body: string): boolean {
  return body.includes('#') || body.includes('=');
}
