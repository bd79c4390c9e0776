/**
 * Pagefind's excerpt is the release text, escaped, with the matched words in `<mark>`. It is
 * rebuilt here from text and `<mark>` elements only, so nothing else in it can ever become markup.
 * A `<template>` parses without running or loading anything.
 */
export function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  return [...template.content.childNodes].map((node) => {
    const text = node.textContent ?? '';
    if (node.nodeName !== 'MARK') return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
