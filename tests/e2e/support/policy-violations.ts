import type { Page } from '@playwright/test';

/** Adds to `incidents` every Content-Security-Policy violation the page reports, from its first script on. */
export async function recordPolicyViolations(page: Page, incidents: string[]): Promise<void> {
  await page.exposeFunction('reportViolation', (text: string) => incidents.push(`CSP violation: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI}`,
      );
    });
  });
}
