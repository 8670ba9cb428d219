/**
 * Running the project's own tools and its production server from scripts (browser tests,
 * benchmarks): each step's output goes to the terminal, a failing step throws.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import path from 'node:path'

export const root = path.resolve(import.meta.dirname, '../..')
export const bin = (name: string) => path.join(root, 'node_modules', '.bin', name)

const runOnce = (cmd: string, args: string[], env: NodeJS.ProcessEnv) =>
  new Promise<number | null>((resolve) => {
    spawn(bin(cmd), args, { cwd: root, env, stdio: 'inherit' }).on('exit', (code) => resolve(code))
  })

/**
 * Exit code 13 is Node's "unsettled top-level await": tsx on Node 20 now and then never
 * finishes loading a module graph. Nothing ran, so the step is tried again once. The one
 * place for that rule: every script and test that starts tsx goes through it.
 */
export const retryUnsettled = async <Result extends { code: number | null }>(attempt: () => Promise<Result>) => {
  const first = await attempt()
  return first.code === 13 ? attempt() : first
}

export const run = async (cmd: string, args: string[], env: NodeJS.ProcessEnv) => {
  const { code } = await retryUnsettled(async () => ({ code: await runOnce(cmd, args, env) }))
  if (code !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${code}`)
}

/**
 * What a production build and its server need: the database, a fresh secret, the address the
 * site answers at, and a build directory of its own (so parallel runs never share a build).
 */
export const productionEnv = (databaseUrl: string, baseUrl: string, distDir: string): NodeJS.ProcessEnv => ({
  ...process.env,
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: randomBytes(24).toString('hex'),
  NEXT_PUBLIC_SERVER_URL: baseUrl,
  NEXT_TELEMETRY_DISABLED: '1',
  NEXT_DIST_DIR: distDir,
})

/** `next start` of a build made with the same NEXT_DIST_DIR, answering at `port`. */
export const startProductionServer = (port: number, env: NodeJS.ProcessEnv, stdio: 'inherit' | 'ignore' = 'inherit') =>
  spawn(bin('next'), ['start', '-p', String(port)], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production' },
    stdio: ['ignore', stdio, stdio],
  })

/** Resolves with the milliseconds it took once `url` answers below 500; throws after 60 s. */
export const waitForServer = async (url: string, server: ChildProcess) => {
  const started = performance.now()
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error('the server exited before it was ready')
    try {
      const res = await fetch(url)
      if (res.status < 500) return performance.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not answer within 60 s`)
}
