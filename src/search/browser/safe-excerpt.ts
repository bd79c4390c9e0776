import { fieldToTypographyMap, typesetExcerpt, type ExcerptRun } from '../contract/typography-units.ts';

/**
 * Pagefind's excerpt is the release text, escaped, with the matched words in `<mark>`. It is read
 * here as text and marked runs only, so nothing else in it can ever become markup. A `<template>`
 * parses without running or loading anything.
 */
function excerptToRuns(excerpt: string): ExcerptRun[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => ({ text: node.textContent ?? '', marked: node.nodeName === 'MARK' }));
}

/**
 * The excerpt as nodes, its words typeset as the release writes them (the index holds them folded:
 * contract/typography-units.ts) from the page's typography field, with the matched words in `<mark>`.
 */
export function excerptNodes(excerpt: string, typographyField: string): Node[] {
  return typesetExcerpt(excerptToRuns(excerpt), fieldToTypographyMap(typographyField)).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
