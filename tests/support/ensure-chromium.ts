// Makes sure the end-to-end tests have a Chromium: installs Debian's when it can, else says how.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath, hasChromium } from './chromium'

if (!hasChromium()) {
  const canInstall = process.platform === 'linux' && existsSync('/etc/debian_version') && process.getuid?.() === 0
  if (!canInstall || process.env.CHROMIUM_PATH) {
    console.error(
      `No Chromium at ${chromiumPath}: install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH to a Chromium binary.`
    )
    process.exit(1)
  }
  console.log('Installing Debian Chromium and CJK fonts for the end-to-end tests…')
  const apt = (...args: string[]) =>
    execFileSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  apt('update')
  apt('install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk')
}
