// `npm run cms:protect -- owner/name`: turns on the branch protection that makes the editing form's
// review impossible to skip on GitHub. The form's "Publish" merges a release's pull request; with
// this protection GitHub refuses that merge until the pull request checks ("Content, build and
// tests": the content check, the build and the tests) pass and a reviewer approves, and refuses
// every commit straight to the branch, so a release is withdrawn through a pull request too.
// Needs a token allowed to administer the repository: GITHUB_TOKEN or GH_TOKEN (`gh auth token`).
// `--dry-run` prints the request without sending it.

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const repo = args.find((arg) => !arg.startsWith('--')) ?? process.env['NEWSROOM_CMS_REPO'];
const branch = process.env['NEWSROOM_CMS_BRANCH'] || 'main';
const token = process.env['GITHUB_TOKEN'] ?? process.env['GH_TOKEN'];

/** The job every pull request runs (.github/workflows/pull-request.yml): its name is the status check GitHub waits for. */
export const requiredCheck = 'Content, build and tests';

export const protection = {
  required_status_checks: { strict: true, checks: [{ context: requiredCheck }] },
  // Administrators too: "Publish" in the form must not be a way around the check.
  enforce_admins: true,
  required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true },
  restrictions: null,
  allow_force_pushes: false,
  allow_deletions: false,
  required_linear_history: false,
};

if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
  console.error('Name the repository: npm run cms:protect -- owner/name (or set NEWSROOM_CMS_REPO).');
  process.exit(1);
}
const url = `https://api.github.com/repos/${repo}/branches/${encodeURIComponent(branch)}/protection`;
if (dryRun) {
  console.log(`PUT ${url}\n${JSON.stringify(protection, null, 2)}`);
  process.exit(0);
}
if (!token) {
  console.error('Set GITHUB_TOKEN (or GH_TOKEN, e.g. GH_TOKEN=$(gh auth token)) to a token that may administer the repository.');
  process.exit(1);
}
const answer = await fetch(url, {
  method: 'PUT',
  headers: {
    Accept: 'application/vnd.github+json',
    Authorization: `Bearer ${token}`,
    'X-GitHub-Api-Version': '2022-11-28',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify(protection),
});
if (!answer.ok) {
  console.error(`GitHub refused (${answer.status}): ${await answer.text()}`);
  process.exit(1);
}
console.log(
  `${repo}: ${branch} now takes changes only through pull requests that pass "${requiredCheck}" and have one approval, administrators included.`,
);
