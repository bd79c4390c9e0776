import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Debian's Chromium, used when Playwright's own browser is not installed (as on machines without its download). */
const systemChromium = '/usr/bin/chromium';

/**
 * Playwright's own Chromium when it is installed; otherwise `PLAYWRIGHT_CHROMIUM_EXECUTABLE`
 * or Debian's `/usr/bin/chromium`. The extra flags keep a closed network quiet, and root needs no sandbox.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  const fromEnvironment = process.env['PLAYWRIGHT_CHROMIUM_EXECUTABLE'];
  const bundledExists = existsSync(chromium.executablePath());
  const executablePath = fromEnvironment ?? (bundledExists ? undefined : systemChromium);
  const args = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return executablePath ? { executablePath, args } : { args };
}
