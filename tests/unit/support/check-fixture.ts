import { checkContentFolder } from '../../../src/content-checks/check-content-folder.ts';
import { problemToText } from '../../../src/content-checks/problem.ts';

/** The folder of broken and odd inputs, one scenario per subfolder laid out like `content/`. */
export const fixturesDir = 'tests/fixtures/content';

/** Checks one fixture folder as if it were `content/`, and returns the report lines an editor would read. */
export function checkFixture(scenario: string, folder = fixturesDir): string[] {
  const { problems } = checkContentFolder(`${folder}/${scenario}`, { displayPrefix: 'content' });
  return problems.map(problemToText);
}
