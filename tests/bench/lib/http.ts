/**
 * One load scenario with wrk (Debian's package): a warm-up, then the timed run with a progress bar
 * and the server's memory. wrk, not autocannon, because the load generator shares the two cores with
 * the server: autocannon spent more CPU per answer than the cached pages cost the server
 * (docs/performance.md, "Measuring with wrk").
 */
import { execSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import { progressBar, say } from './report'

const WRK = process.env.WRK_BIN || '/usr/bin/wrk'
const SUMMARY_SCRIPT = path.join(import.meta.dirname, 'wrk-summary.lua')

export type Measured = { rps: number; p50: number; p99: number; errors: number; rssMb: number; requests: number }

/** Resident memory of a process and its children (next start and nginx both fork), in MB. */
export const rssOf = (pid: number | undefined) => {
  if (!pid) return 0
  try {
    const out = execSync(`ps -o rss= --ppid ${pid} -p ${pid}`).toString()
    return Math.round(out.split('\n').reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) / 1024)
  } catch {
    return 0
  }
}

/** Fails at once, with what to install, where a run would otherwise fail minutes later. */
export const requireWrk = () => {
  if (!existsSync(WRK)) throw new Error(`No wrk at ${WRK}. Install it (Debian: apt-get install wrk) or set WRK_BIN.`)
}

type Summary = {
  requests: number
  durationUs: number
  p50Us: number
  p99Us: number
  connect: number
  read: number
  write: number
  status: number
  timeout: number
}

/** One wrk run (two threads, as many as the machine has cores); a progress bar while it runs. */
const wrk = ({ url, headers, connections, duration }: { url: string; headers: Record<string, string>; connections: number; duration: number }, label?: string) =>
  new Promise<Summary>((resolve, reject) => {
    const args = ['-t2', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '-s', SUMMARY_SCRIPT]
    for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`)
    const child = spawn(WRK, [...args, url], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk))
    // Progress on a timer, for the timed run only (wrk prints nothing until it is done).
    const progress = label ? progressBar(label.padEnd(28), duration) : undefined
    let seconds = 0
    const ticker = progress && setInterval(() => progress(Math.min(++seconds, duration)), 1000)
    child.once('error', reject)
    // 'close', not 'exit': the summary may still be in the pipe when the process exits.
    child.once('close', (code) => {
      clearInterval(ticker)
      if (progress && seconds < duration) progress(duration)
      const line = out.split('\n').findLast((l) => l.startsWith('{'))
      if (code !== 0 || !line) return reject(new Error(`wrk exited with ${code}: ${out}`))
      resolve(JSON.parse(line) as Summary)
    })
  })

const ms = (us: number) => Math.round(us / 100) / 10

export const measure = async ({
  url,
  headers = {},
  connections,
  duration,
  warmup,
  label,
  pid,
}: {
  url: string
  headers?: Record<string, string>
  connections: number
  duration: number
  warmup: number
  label: string
  pid?: number
}): Promise<Measured> => {
  const options = { url, headers, connections }
  await wrk({ ...options, duration: warmup })
  let peak = rssOf(pid)
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 1000)
  try {
    const s = await wrk({ ...options, duration }, label)
    const measured: Measured = {
      rps: s.requests / (s.durationUs / 1e6),
      p50: ms(s.p50Us),
      p99: ms(s.p99Us),
      // Answers of 400 and above, refused or broken connections, and requests over the 10 s timeout.
      errors: s.status + s.connect + s.read + s.write + s.timeout,
      rssMb: peak,
      requests: s.requests,
    }
    say(`[bench] ${label}: ${Math.round(measured.rps)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ${measured.errors} errors`)
    return measured
  } finally {
    clearInterval(sampler)
  }
}

/**
 * One row from several runs of the same scenario: requests/s over all of them, the median p50,
 * the worst p99 and peak memory, all errors.
 */
export const combine = (runs: Measured[]): Measured => {
  const p50s = runs.map((r) => r.p50).sort((a, b) => a - b)
  return {
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p50: p50s[Math.floor(p50s.length / 2)],
    p99: Math.max(...runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    rssMb: Math.max(...runs.map((r) => r.rssMb)),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
  }
}
