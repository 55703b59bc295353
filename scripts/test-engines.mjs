// Browser engines for @web/test-runner, chosen with WBM_BROWSERS (comma-separated: chromium,
// firefox, webkit; chromium by default). Firefox is Debian's firefox-esr driven by puppeteer-core
// over WebDriver BiDi; WebKit is WebKitGTK's MiniBrowser driven by WebKitWebDriver, which this
// module starts on 127.0.0.1 under Xvfb and stops when the test runner exits.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium-path.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];

const INSTALL = {
  chromium: 'apt-get install -y chromium',
  firefox: 'apt-get install -y firefox-esr',
  webkit: 'apt-get install -y webkit2gtk-driver xvfb',
};

/** Engines named in WBM_BROWSERS, in the order given; throws on an unknown name. */
export function selectedEngines(value = process.env.WBM_BROWSERS) {
  const names = (value ?? 'chromium')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (unknown.length) {
    throw new Error(`WBM_BROWSERS contains unknown engine "${unknown.join('", "')}"; use ${ENGINES.join(', ')}.`);
  }
  return names.length ? [...new Set(names)] : ['chromium'];
}

function firstExisting(paths) {
  return paths.find((path) => path && existsSync(path));
}

function requireBinary(engine, path, looked) {
  if (path) return path;
  throw new Error(`${engine} was not found (looked for ${looked.filter(Boolean).join(', ')}). Install it with: apt-get update && ${INSTALL[engine]}`);
}

function chromiumLauncher() {
  const executablePath = findChromium();
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        // Test pages run side by side; a page in the background must still get timers, frames
        // and ResizeObserver callbacks.
        '--disable-background-timer-throttling',
        '--disable-renderer-backgrounding',
        '--disable-backgrounding-occluded-windows',
      ],
    },
  });
}

function firefoxLauncher() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const executablePath = requireBinary('firefox', firstExisting(candidates), candidates);
  return chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
  });
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`WebKitWebDriver did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** Returns a TCP port on 127.0.0.1 that no process listens on right now. */
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

/** Starts Xvfb and WebKitWebDriver unless WEBKIT_DRIVER_PORT names a driver that is already running. */
async function startWebKitDriver() {
  if (process.env.WEBKIT_DRIVER_PORT) return Number(process.env.WEBKIT_DRIVER_PORT);

  const driver = requireBinary('webkit', firstExisting(['/usr/bin/WebKitWebDriver']), ['/usr/bin/WebKitWebDriver']);
  const xvfb = requireBinary('webkit', firstExisting(['/usr/bin/Xvfb']), ['/usr/bin/Xvfb']);
  const display = process.env.WBM_XVFB_DISPLAY ?? ':97';
  // A fixed port would let a second test run on the same machine talk to the first run's driver,
  // which then rejects the session ("Maximum number of active sessions").
  const port = Number(process.env.WBM_WEBKIT_PORT ?? (await freePort()));

  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }

  children.push(spawn(xvfb, [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' }));
  children.push(
    spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display },
    }),
  );
  await waitForPort(port, 15_000);
  return port;
}

async function webkitLauncher() {
  const port = await startWebKitDriver();
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { args: ['--automation'] },
    },
  });
}

/** Creates one launcher per engine. */
export async function engineLaunchers(engines = selectedEngines()) {
  const launchers = [];
  for (const engine of engines) {
    if (engine === 'chromium') launchers.push(chromiumLauncher());
    if (engine === 'firefox') launchers.push(firefoxLauncher());
    if (engine === 'webkit') launchers.push(await webkitLauncher());
  }
  return launchers;
}
