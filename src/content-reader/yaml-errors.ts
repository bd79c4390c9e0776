import type { ErrorCode } from 'yaml';

/** The mistakes editors make in frontmatter, explained; the parser's own words follow for the rest. */
const fixes: Partial<Record<ErrorCode, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    'the frontmatter is not valid YAML: a value has a colon followed by a space in it. Put the whole value in double quotes: title: "Operation Pangea: 3,000 websites closed".',
  MISSING_CHAR:
    'the frontmatter is not valid YAML: a quote is not closed, or a list item lacks its "- ". Check that every value that opens with " ends with " on the same line, and that list items start with "- ".',
  UNEXPECTED_TOKEN:
    'the frontmatter is not valid YAML: there is text after a closing quote. To put a double quote inside a quoted value, write it \\" (or use the typographic quotes “ ” or « »).',
  DUPLICATE_KEY: 'the same field is written twice in the frontmatter: keep one of them.',
  TAB_AS_INDENT: 'the frontmatter is indented with a tab: indent with spaces (two per level) instead.',
  RESOURCE_EXHAUSTION:
    'the frontmatter is nested too deeply (lists or groups inside each other, such as [[[…]]]): a release needs at most two levels. Simplify it.',
  BAD_INDENT:
    'the frontmatter is not valid YAML: the indentation is wrong, or a list in [ ] is not closed. Indent nested lines with two spaces, and close every [ with ].',
};

/** A plain-words fix for a YAML error, keeping the parser's first line as a hint for the rest. */
export function yamlErrorToFix(code: ErrorCode, parserMessage: string): string {
  const parserSays = parserMessage.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? parserMessage;
  return fixes[code] ?? `the frontmatter is not valid YAML (${parserSays}): compare it with the example in the contributor guide.`;
}
