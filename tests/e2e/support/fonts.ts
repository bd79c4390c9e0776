import type { Page } from '@playwright/test';

/**
 * The font families Chromium really drew an element's text with (not what the CSS asked for), by
 * the DevTools protocol. A variable font is named after its default instance ("Source Sans 3 ExtraLight").
 */
export async function renderedFonts(page: Page, selector: string): Promise<string[]> {
  const client = await page.context().newCDPSession(page);
  try {
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const { root } = await client.send('DOM.getDocument');
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((font) => font.familyName);
  } finally {
    await client.detach();
  }
}

/** The site's one web font. */
export const siteFont = 'Source Sans 3';

/**
 * Opens a page with the site's font drawn. The font is shown only if it arrives within a tenth of a
 * second (`font-display: optional`), so on a busy machine the first visit may draw the system font;
 * the reload then finds it in the cache, as a reader's second page does.
 */
export async function gotoWithSiteFont(page: Page, path: string, selector = 'h1'): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await (attempt === 0 ? page.goto(path) : page.reload());
    await page.evaluate(() => document.fonts.ready);
    if ((await renderedFonts(page, selector)).some((family) => family.startsWith(siteFont))) return;
  }
  throw new Error(`${path} never drew its ${selector} in ${siteFont}.`);
}
