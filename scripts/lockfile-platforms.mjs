#!/usr/bin/env node
/**
 * The npm registry reachable here serves only the Linux builds of some native packages
 * (@next/swc-*, @swc/core-*, @tailwindcss/oxide-*). `npm install` then leaves the other
 * platforms' optional packages out of package-lock.json, and `npm ci` refuses the lock file
 * ("Missing: … from lock file"). This adds the missing optional entries, with the os/cpu their
 * names declare, so `npm ci` accepts the lock and skips them on Linux. Idempotent; runs after
 * every `npm install` (postinstall).
 */
import { readFileSync, writeFileSync } from 'node:fs'

const file = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(file, 'utf8'))
const packages = lock.packages ?? {}

const OS = ['darwin', 'win32', 'linux', 'android', 'freebsd', 'openbsd', 'sunos', 'aix', 'netbsd']
const CPU = { arm64: 'arm64', x64: 'x64', ia32: 'ia32', arm: 'arm', ppc64: 'ppc64', s390x: 's390x', riscv64: 'riscv64', wasm32: 'wasm32', loong64: 'loong64', mips64el: 'mips64el' }

/** `@next/swc-darwin-arm64` → { os: ['darwin'], cpu: ['arm64'] }; null when the name says neither. */
const platformOf = (name) => {
  const parts = name.split('/').pop().split('-')
  const os = parts.find((part) => OS.includes(part))
  const cpu = parts.map((part) => CPU[part]).find(Boolean)
  if (parts.includes('wasm32')) return { cpu: ['wasm32'] }
  return os && cpu ? { os: [os], cpu: [cpu] } : null
}

let added = 0
for (const [location, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/${name}` : `node_modules/${name}`
    if (packages[base] || packages[`node_modules/${name}`]) continue
    const platform = platformOf(name)
    if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue
    packages[`node_modules/${name}`] = { version, ...platform, optional: true }
    added++
  }
}

if (added) {
  lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`)
  console.log(`[lockfile] added ${added} optional platform package entries the registry does not serve`)
}
