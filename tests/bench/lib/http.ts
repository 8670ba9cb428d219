/** One autocannon scenario: a warm-up, then the timed run with a progress bar and the server's memory. */
import { execSync } from 'node:child_process'

import autocannon from 'autocannon'

import { progressBar, say } from './report'

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

const cannon = (options: autocannon.Options, label?: string) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)))
    if (label) {
      const progress = progressBar(label.padEnd(28), options.duration as number)
      let seconds = 0
      instance.on('tick', () => progress(Math.min(++seconds, options.duration as number)))
    }
  })

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
  const options = { url, headers, connections, timeout: 10 }
  await cannon({ ...options, duration: warmup })
  let peak = rssOf(pid)
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 1000)
  try {
    const result = await cannon({ ...options, duration }, label)
    say(`[bench] ${label}: ${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors + result.non2xx} errors`)
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      // autocannon counts timeouts among errors.
      errors: result.errors + result.non2xx,
      rssMb: peak,
      requests: result.requests.total,
    }
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
