import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

/** html-validate's errors for every built page, one line each: file, line, rule, message. */
export async function findHtmlErrors(siteDir: string, files: string[]): Promise<string[]> {
  // The rules are in .htmlvalidate.json at the top of the project, for editors' plugins too.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(siteDir, file));
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) problems.push(`${file}:${message.line}:${message.column}: ${message.message} (${message.ruleId})`);
      }
    }
  }
  return problems;
}
