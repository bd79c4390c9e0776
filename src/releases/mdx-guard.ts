import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { problemToText } from '../content-reader/content-problem.ts';
import { readMdxBody } from '../content-checks/mdx-body.ts';

/**
 * The build's own refusal of unsafe MDX, for when the content check was skipped: before anything is
 * compiled, the same reading as the check's (readMdxBody) runs on the same text, and any problem
 * stops the build. The text handed to MDX keeps the frontmatter's lines blank, so lines are the file's.
 */
export const mdxGuard: MdastPluginDefinition = {
  name: 'newsroom-mdx-guard',
  before(_root, context) {
    const { problems } = readMdxBody(context.source);
    if (problems.length === 0) return;
    const file = context.fileURL ? relative(process.cwd(), fileURLToPath(context.fileURL)) : 'an .mdx file';
    const lines = problems.map((problem) => `  ✗ ${problemToText({ file, ...problem, line: problem.line ?? 1 })}`);
    throw new Error(
      `${file} holds MDX that could run code, which a release may not, so the build stops here:\n${lines.join('\n')}\nRun \`npm run content:check\` for the whole report.`,
    );
  },
};
