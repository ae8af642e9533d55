// Finds a Chromium to test with: CHROME_PATH, then the usual install places. Where none is
// found it installs Debian's `chromium` package when it can (Debian, root), else explains how.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's real binary (its /usr/bin wrapper prints noise)
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that work headless, as root, on a machine with no network but localhost. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const isDebian = () => existsSync('/etc/debian_version');
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function findInstalled() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/**
 * Options for playwright's `chromium.launch()`: the Chromium found (or installed), headless, with
 * `CHROME_ARGS` but their headless flag (playwright adds its own).
 */
export function launchOptions() {
  return {
    executablePath: chromePath(),
    args: CHROME_ARGS.filter((flag) => !flag.startsWith('--headless')),
    headless: true,
  };
}

/** The path of a Chromium binary, installing Debian's package if that is possible. */
export function chromePath() {
  const found = findInstalled();
  if (found) return found;
  if (isDebian() && isRoot()) {
    console.log('No Chromium found: installing the Debian package "chromium" (apt-get)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findInstalled();
    if (installed) return installed;
  }
  const os = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  throw new Error(
    [
      'No Chromium or Chrome found for the browser tests.',
      /debian|ubuntu/i.test(os)
        ? 'Install one with: sudo apt-get install chromium'
        : 'Install Chromium or Google Chrome with your package manager,',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(chromePath());
