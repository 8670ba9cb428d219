/** What every benchmark prints and writes: progress, percentiles, the machine, docs/benchmarks.md. */
import { execSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../../..')

export const say = (line = '') => console.log(line)

/** A progress bar on a terminal, a line per tenth otherwise. */
export const progressBar = (label: string, total: number) => {
  const tty = process.stderr.isTTY
  let lastTenth = -1
  return (done: number) => {
    const ratio = done / total
    if (tty) {
      const width = 30
      const filled = Math.round(ratio * width)
      process.stderr.write(
        `\r${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${Math.floor(ratio * 100)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}`,
      )
      if (done === total) process.stderr.write('\n')
    } else if (Math.floor(ratio * 10) > lastTenth) {
      lastTenth = Math.floor(ratio * 10)
      say(`${label} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`)
    }
  }
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

/** The commit measured, marked when the files that decide the figures have uncommitted changes. */
export const commit = (paths: string[]) => {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim()
    const dirty = execSync(`git status --porcelain -- ${paths.join(' ')}`, { cwd: root }).toString().trim()
    return dirty ? `${hash} (with uncommitted changes)` : hash
  } catch {
    return 'unknown'
  }
}

export const machine = (postgresVersion: string) =>
  `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, PostgreSQL ${postgresVersion}, Node.js ${process.versions.node}`

/** Replaces the section that starts with `heading` in docs/benchmarks.md, keeping every other section. */
export const writeSection = (heading: string, lines: string[]) => {
  const file = path.join(root, 'docs/benchmarks.md')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    text = '# Benchmarks\n\nFigures from this machine; absolute numbers drift by about ±20 % between runs, so compare ratios measured in the same run.\n'
  }
  // Ends in a blank line, so the next section's heading stays apart from this one's last line.
  const section = [heading, '', ...lines, '', ''].join('\n')
  const start = text.indexOf(heading)
  if (start === -1) {
    text = `${text.trimEnd()}\n\n${section}`
  } else {
    const next = text.indexOf('\n## ', start + 1)
    text = `${text.slice(0, start)}${section}${next === -1 ? '' : text.slice(next + 1)}`
  }
  writeFileSync(file, `${text.trimEnd()}\n`)
}
