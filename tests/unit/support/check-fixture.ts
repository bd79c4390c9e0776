import { checkContentFolder } from '../../../src/content-checks/check-content-folder.ts';
import { problemToText } from '../../../src/content-reader/content-problem.ts';

/** The folder of broken and odd inputs, one scenario per subfolder laid out like `content/`. */
export const fixturesDir = 'tests/fixtures/content';

/** Checks one fixture folder as if it were `content/`, and returns the report lines an editor would read. */
export async function checkFixture(scenario: string, folder = fixturesDir): Promise<string[]> {
  const { problems } = await checkContentFolder(`${folder}/${scenario}`, { displayPrefix: 'content' });
  return problems.map(problemToText);
}
