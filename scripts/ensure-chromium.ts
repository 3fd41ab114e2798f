/** Makes sure a system Chromium exists before the e2e tests; installs Debian's package when it can. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium';

function main(): void {
  if (process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE && !existsSync(process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE)) {
    fail(
      `PLAYWRIGHT_CHROMIUM_EXECUTABLE points at ${process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE}, which does not exist.`,
    );
  }
  const found = findChromium();
  if (found) {
    console.log(`e2e: using Chromium at ${found}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('e2e: no Chromium found; installing Debian\'s "chromium" package with apt-get (one time)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) {
      console.log(`e2e: installed Chromium at ${installed}`);
      return;
    }
  }
  fail(
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
      'macOS: install Google Chrome) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium/Chrome binary. ' +
      'This project never downloads a browser build.',
  );
}

function fail(message: string): never {
  console.error(`e2e: ${message}`);
  process.exit(1);
}

main();
