import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { problemAt, type ContentProblem, type FieldPath } from './content-problem.ts';
import { mayHoldUnwantedCharacter, unwantedCharacter, unwantedCharacterFix } from './unwanted-characters.ts';

/** Anchors, aliases, tags, merge keys and keys that are not plain names, each on its line; the walk keeps its own stack. */
export function structuralProblems(file: string, document: Document, lineAt: (offset: number) => number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (node: { range?: [number, number, number] | null | undefined }, message: string) =>
    problems.push(problemAt(file, node.range ? lineAt(node.range[0]) : undefined, message));
  if (document.contents && !isMap(document.contents)) {
    at(
      document.contents,
      'the frontmatter must be a list of fields, one "name: value" per line (title: "…", date: "…"), not a single value or a list.',
    );
    return problems;
  }
  const pending: unknown[] = [document.contents];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) {
      at(node, `*${node.source} repeats a value written elsewhere (a YAML alias): write the value out where it is used.`);
      continue;
    }
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) continue;
    if (node.anchor)
      at(node, `&${node.anchor} names a value for reuse (a YAML anchor), which releases do not need: remove "&${node.anchor}".`);
    if (node.tag)
      at(
        node,
        `the tag ${node.tag.replace('tag:yaml.org,2002:', '!!')} changes how the value is read: remove it, and put text in double quotes.`,
      );
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === '<<')
          at(pair.key, '"<<" merges fields from elsewhere (a YAML merge key): write the fields out instead.');
        else if (!isScalar(pair.key) || typeof pair.key.value !== 'string')
          at(pair.key as Node, 'a field name must be a plain word, such as title: or date:.');
        pending.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      pending.push(...node.items);
    }
  }
  return problems;
}

/** Strings the build would show differently from how they read: invisible characters written as YAML escapes ("\u202E"). */
export function valueProblems(file: string, data: unknown, lineOf: (path: FieldPath) => number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  const seen = new Set<object>();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (!mayHoldUnwantedCharacter.test(value)) continue;
      for (const match of value.matchAll(unwantedCharacter)) {
        problems.push({ ...problemAt(file, lineOf(path), unwantedCharacterFix(match[0], undefined)), field: path.join('.') });
        break;
      }
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      // js-yaml gives an alias the same object as its anchor: seeing one twice means an alias, refused above.
      if (seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) value.forEach((item, index) => pending.push({ value: item, path: [...path, index] }));
      else for (const [key, item] of Object.entries(value)) pending.push({ value: item, path: [...path, key] });
    }
  }
  return problems;
}
