// The served OpenAPI document, checked by outside tools: Redocly CLI's lint (recommended rules, redocly.yaml) and a
// TypeScript client generated from it by openapi-typescript, which `tsc --noEmit` must compile (client.ts).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const bin = (name) => join(here, 'node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'rutland-openapi-'));
const document = join(scratch, 'v1.json');

// Redocly CLI would otherwise send usage telemetry and look for a newer version over the network.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** Runs a tool; on failure the test fails with everything it printed. */
async function tool(file, args) {
  try {
    return await run(file, args, { cwd: here, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${file} ${args.join(' ')} failed:\n${error.stdout}\n${error.stderr}`);
  }
}

before(async () => {
  await tool(join(here, 'served-document.sh'), [document]);
});

after(() => rmSync(scratch, { recursive: true, force: true }));

test('Redocly CLI lint (recommended rules) finds no errors and no warnings in the served document', async () => {
  const { stdout, stderr } = await tool(bin('redocly'), ['lint', document, '--config', join(here, 'redocly.yaml'),
    '--format', 'summary', '--max-problems', '1000']);
  const output = `${stdout}\n${stderr}`;
  if (/^(error|warning)\s/m.test(output)) throw new Error(`Redocly reported problems:\n${output}`);
});

test('openapi-typescript types the served document and a client using them compiles (tsc --noEmit)', async () => {
  mkdirSync(join(here, 'generated'), { recursive: true });
  await tool(bin('openapi-typescript'), [document, '--output', join(here, 'generated', 'rutland-access.d.ts')]);
  await tool(bin('tsc'), ['--project', join(here, 'tsconfig.json')]);
});
