// Builds the API and starts it on a free loopback port, serving the web map built into its wwwroot.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const project = join(repo, 'src', 'Rutland.Access.Api');
const config = process.env.CONFIG ?? 'Release';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, api, log, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}:\n${log.join('')}`);
    try {
      if ((await fetch(`${baseUrl}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`API not healthy after ${timeoutMs} ms:\n${log.join('')}`);
}

/** Returns { baseUrl, stop }; the API runs from its project folder so that wwwroot is its web root. */
export async function startApi() {
  execFileSync('dotnet', ['build', project, '-c', config, '-nologo', '-v', 'q'], { stdio: 'inherit' });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dll = join(project, 'bin', config, 'net10.0', 'Rutland.Access.Api.dll');
  const api = spawn('dotnet', [dll, '--urls', baseUrl], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  api.stdout.on('data', (chunk) => log.push(chunk.toString()));
  api.stderr.on('data', (chunk) => log.push(chunk.toString()));
  await waitForHealth(baseUrl, api, log, 60_000);
  return {
    baseUrl,
    stop: () => new Promise((resolve) => {
      if (api.exitCode !== null) return resolve();
      api.once('exit', resolve);
      api.kill('SIGTERM');
    }),
  };
}
