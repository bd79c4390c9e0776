import type { ContentProblem } from './problem.ts';

/**
 * Invisible characters that reverse or isolate the direction of text (U+202A to U+202E,
 * U+2066 to U+2069). Neither English nor French needs them, and they can make a title or a file
 * name read differently from what it is ("‮fdp.exe"), so they are refused, with their line.
 */
const directionControl = /[\u202a-\u202e\u2066-\u2069]/g;

export function checkDirectionControls(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const [index, lineText] of text.split('\n').entries()) {
    for (const match of lineText.matchAll(directionControl)) {
      const code = match[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
      problems.push({
        file,
        line: index + 1,
        message: `an invisible character that changes the direction of text (U+${code}) is in column ${match.index + 1}: delete it (retype the words around it if your editor does not show it).`,
      });
    }
  }
  return problems;
}
