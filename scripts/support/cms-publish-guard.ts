// A small server in front of decap-server (Decap's local Git backend) that does what branch
// protection does on GitHub: a release is published only if the content check passes on its
// branch, and a published release is withdrawn through a branch of its own, never on main.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { formatReport } from '../../src/content-checks/format-report.ts';
import { formText } from '../../src/i18n/cms-form/index.ts';
import type { FormText } from '../../src/i18n/cms-form/form-text.ts';
import { isLocale, locales } from '../../src/i18n/locales.ts';
import { fillPlaceholders } from '../../src/i18n/placeholders.ts';

const run = promisify(execFile);

export interface PublishGuardOptions {
  /** The clone decap-server edits. */
  repository: string;
  /** The branch releases are published to. */
  branch: string;
  /** decap-server's own address, `http://127.0.0.1:8082/api/v1`. */
  backendUrl: string;
  /** Where the guard listens; the form is built with this address as its local backend. */
  port: number;
  hostname: string;
}

interface BackendRequest {
  action?: string;
  params?: {
    branch?: string;
    collection?: string;
    slug?: string;
    paths?: string[];
    path?: string;
    id?: string;
    options?: { commitMessage?: string };
  };
}

const git = async (repository: string, args: string[], env: Record<string, string> = {}) =>
  (await run('git', ['-C', repository, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 })).stdout.trim();

/** The content check's report on one branch's content folder, or undefined when it passes. */
export async function branchCheckReport(repository: string, branch: string): Promise<string | undefined> {
  const folder = await mkdtemp(join(tmpdir(), 'cms-publish-check-'));
  try {
    // The branch's content, exported without touching the clone's working tree (decap-server's).
    await run('sh', ['-c', `git -C "$1" archive "$2" content | tar -x -C "$3"`, 'sh', repository, branch, folder]);
    const { problems, fileCount } = await checkContentFolder(join(folder, 'content'), { displayPrefix: 'content' });
    return problems.length > 0 ? formatReport(problems, fileCount) : undefined;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * Commits the deletion of `paths` on a new branch `withdraw/<name>` off the published branch,
 * with plumbing only (a scratch index), so neither main nor the working tree changes.
 */
export async function withdrawalBranch(repository: string, base: string, paths: string[], message: string): Promise<string> {
  const name =
    paths[0]
      ?.split('/')
      .at(-1)
      ?.replace(/\.[^.]+$/, '') ?? 'release';
  const branch = `withdraw/releases/${name}`;
  const index = join(await mkdtemp(join(tmpdir(), 'cms-withdraw-')), 'index');
  try {
    const env = { GIT_INDEX_FILE: index };
    await git(repository, ['read-tree', base], env);
    // A release in one language only is asked to delete its other language's file too: it is not there.
    await git(repository, ['rm', '--cached', '--quiet', '--ignore-unmatch', '--', ...paths], env);
    const tree = await git(repository, ['write-tree'], env);
    const commit = await git(repository, ['commit-tree', tree, '-p', base, '-m', message]);
    await git(repository, ['update-ref', `refs/heads/${branch}`, commit]);
    return branch;
  } finally {
    await rm(join(index, '..'), { recursive: true, force: true });
  }
}

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/**
 * A refusal in the editor's language: the form's address of this backend carries it (`?lang=fr`,
 * src/cms/cms-config.ts). A request without it (another client) gets every language's sentence, one a line.
 */
export function refusalText(lang: string | null, key: keyof FormText['refusals'], values: Readonly<Record<string, string>>): string {
  const chosen = isLocale(lang) ? [lang] : locales;
  return chosen.map((locale) => fillPlaceholders(formText(locale).refusals[key], values)).join('\n');
}

/**
 * A release file as it is on its `cms/...` branch, or undefined when the branch has no such file
 * (the release is not written in that language). Read with plumbing: decap-server checks the branch out.
 */
export async function fileOnBranch(repository: string, branch: string, path: string): Promise<string | undefined> {
  try {
    return (await run('git', ['-C', repository, 'show', `refs/heads/${branch}:${path}`], { maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    // `git show` fails only when the path is not on that branch, or the branch is gone: both "not found" to Decap.
    return undefined;
  }
}

/** A refusal the form shows the editor: Decap prints `error` in its message. */
function refuse(response: ServerResponse, status: number, error: string) {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
  response.end(JSON.stringify({ error }));
}

/** Starts the guard; every request it does not stop is passed to decap-server as it came. */
export async function startPublishGuard(options: PublishGuardOptions): Promise<Server> {
  // decap-server runs one git operation at a time and fails a request that waited 3 s for its turn
  // ("Request timed out"), as the form's list does on a busy machine, asking for every branch at
  // once: the guard hands it one request at a time, so a request waits as long as it needs instead.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const turn = queue.then(task);
    queue = turn.catch(() => undefined);
    return turn;
  };
  const server = createServer(async (request, response) => {
    try {
      const body = await readBody(request);
      const parsed = (request.method === 'POST' && body.length ? JSON.parse(body.toString('utf8')) : {}) as BackendRequest;
      const params = parsed.params ?? {};
      const lang = new URL(request.url ?? '/', 'http://guard').searchParams.get('lang');
      if (parsed.action === 'publishUnpublishedEntry') {
        const branch = `cms/${params.collection}/${params.slug}`;
        const report = await branchCheckReport(options.repository, branch);
        if (report) return refuse(response, 422, `${refusalText(lang, 'checkFails', { branch })}\n${report}`);
      }
      // Decap asks, with no id, for a language's file its branch did not change; decap-server refuses
      // an empty id, while GitHub's backend reads the file by its path: the guard does as GitHub does.
      if (parsed.action === 'unpublishedEntryDataFile' && !params.id && params.path) {
        const branch = `cms/${params.collection}/${params.slug}`;
        const data = await fileOnBranch(options.repository, branch, params.path);
        if (data === undefined) return refuse(response, 404, `${params.path} is not on the branch ${branch}.`);
        response.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
        return response.end(JSON.stringify({ data }));
      }
      if (parsed.action === 'deleteFile' || parsed.action === 'deleteFiles') {
        const paths = params.paths ?? (params.path ? [params.path] : []);
        const message = params.options?.commitMessage ?? `Withdraw ${paths.join(', ')}`;
        const branch = await withdrawalBranch(options.repository, options.branch, paths, message);
        return refuse(response, 409, refusalText(lang, 'withdrawn', { published: options.branch, branch }));
      }
      // decap-server gets the request without the form's language, which only the guard reads.
      const url = new URL(new URL(request.url ?? '/', 'http://guard').pathname, options.backendUrl);
      const init: RequestInit = {
        method: request.method ?? 'GET',
        headers: Object.fromEntries(
          Object.entries(request.headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host'),
        ),
        ...(body.length ? { body } : {}),
      };
      const { status, headers, bytes } = await oneAtATime(async () => {
        const answer = await fetch(url, init);
        return { status: answer.status, headers: answer.headers, bytes: Buffer.from(await answer.arrayBuffer()) };
      });
      response.writeHead(
        status,
        Object.fromEntries([...headers].filter(([name]) => !['content-encoding', 'content-length', 'transfer-encoding'].includes(name))),
      );
      response.end(bytes);
    } catch (error) {
      refuse(response, 500, error instanceof Error ? error.message : String(error));
    }
  });
  await new Promise<void>((done) => server.listen(options.port, options.hostname, done));
  return server;
}
