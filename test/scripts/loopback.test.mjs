// Checks that the demo server of `npm start` and the test server listen on 127.0.0.1 only.
// A server on every interface also accepts connections to 127.0.0.2 (Linux routes all of
// 127.0.0.0/8 to the loopback interface), to ::1 and to the machine's network addresses.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection, createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { DevServer } from '@web/dev-server-core';
import { loopbackOnlyPlugin } from '../../scripts/loopback-only.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Addresses other than 127.0.0.1 where a server on every interface accepts connections. */
function otherAddresses() {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => !entry.internal)
    .map((entry) => entry.address);
  return ['127.0.0.2', '::1', ...external];
}

/** Resolves to true when a TCP connection to host:port opens, false when it fails or times out. */
function connects(host, port) {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ host, port, timeout: 2_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolvePromise(false);
    });
    socket.once('error', () => resolvePromise(false));
  });
}

async function assertLoopbackOnly(port) {
  assert.equal(await connects('127.0.0.1', port), true, `nothing listens on 127.0.0.1:${port}`);
  for (const host of otherAddresses()) {
    assert.equal(await connects(host, port), false, `the server also accepts connections on ${host}:${port}`);
  }
}

describe('npm start demo server', () => {
  let child;
  let port;

  before(async () => {
    child = spawn(process.execPath, ['scripts/serve-demo.mjs', '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    for await (const chunk of child.stdout) {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/demo\//.exec(output);
      if (match) {
        port = Number(match[1]);
        break;
      }
    }
    assert.ok(port, `scripts/serve-demo.mjs printed no demo address:\n${output}`);
  });

  after(async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGINT');
    await once(child, 'exit');
  });

  it('listens on 127.0.0.1 only', async () => {
    await assertLoopbackOnly(port);
  });

  it('serves the demo page', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/demo/`);
    assert.equal(response.status, 200);
  });
});

describe('npm start on a port in use', () => {
  it('names the port in one line and exits', async () => {
    const blocker = createServer();
    await new Promise((resolvePromise) => blocker.listen({ host: '127.0.0.1', port: 0 }, resolvePromise));
    const { port } = blocker.address();
    try {
      const child = spawn(process.execPath, ['scripts/serve-demo.mjs'], { cwd: repoRoot, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += chunk));
      const [code] = await once(child, 'exit');

      assert.equal(code, 1);
      assert.equal(stderr.trim(), `Port ${port} is already in use. Stop the process that uses it, or choose another port: PORT=8080 npm start`);
    } finally {
      blocker.close();
    }
  });
});

describe('loopbackOnlyPlugin', () => {
  for (const hostname of ['localhost', '127.0.0.1']) {
    it(`moves a ${hostname} server to 127.0.0.1`, async () => {
      const logger = { log() {}, debug() {}, error() {}, warn() {}, group() {}, groupEnd() {}, logSyntaxError() {} };
      const server = new DevServer({ rootDir: repoRoot, hostname, port: 0, plugins: [loopbackOnlyPlugin()], middleware: [] }, logger);
      await server.start();
      try {
        await assertLoopbackOnly(server.server.address().port);
      } finally {
        await server.stop();
      }
    });
  }
});

describe('web-test-runner config', () => {
  it('starts the test server with loopbackOnlyPlugin first', async () => {
    // Chromium only: with WebKit selected, loading the config starts WebKitWebDriver, whose process
    // would keep this test from exiting.
    process.env.WBM_BROWSERS = 'chromium';
    const config = (await import('../../web-test-runner.config.mjs')).default;
    assert.equal(config.hostname, '127.0.0.1');
    assert.equal(config.plugins[0]?.name, 'loopback-only');
  });
});
