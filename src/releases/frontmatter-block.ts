/** The frontmatter block, from the opening --- to the line after the closing one. */
export const frontmatterBlock = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** A release file's Markdown text, without its byte order mark (some editors add one) and its frontmatter. */
export function releaseFileToBody(text: string): string {
  const withoutMark = text.replace(/^\uFEFF/, '');
  const frontmatter = frontmatterBlock.exec(withoutMark)?.[0] ?? '';
  return withoutMark.slice(frontmatter.length).trim();
}
