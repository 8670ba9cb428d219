/**
 * The default path: no DATABASE_URL, so the launcher (scripts/with-db.ts) starts an embedded
 * PostgreSQL under ENISHI_DATA_DIR, survives a killed run, and stops the server on SIGTERM.
 * The embedded server is PostgreSQL 15, the major version of Debian 12's client tools that
 * backups use (docs/decisions.md); a cluster left by another major version is refused clearly.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it, vi } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'enishi-launcher-'))
const children: ChildProcess[] = []
/** The launchers' own Node processes (children of tsx's CLI), which a SIGKILL to tsx does not end. */
const launcherPids: number[] = []

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

// The command's parent is the launcher's own Node process (tsx runs the script in a child of its CLI).
const READY =
  'console.log("READY " + process.pid + " " + process.ppid + " " + process.env.DATABASE_URL); setInterval(() => {}, 1000)'

/** The launcher with no DATABASE_URL, its data in `data`, running `node -e script`. */
const spawnLauncher = (port: number, data: string, script: string) => {
  const env: NodeJS.ProcessEnv = { ...process.env, ENISHI_DATA_DIR: data, ENISHI_EMBEDDED_DB_PORT: String(port) }
  delete env.DATABASE_URL
  const launcher = spawn(path.join(root, 'node_modules/.bin/tsx'), ['scripts/with-db.ts', '--', 'node', '-e', script], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(launcher)
  return launcher
}

/** Start the launcher with a command that prints what it was given, and wait for that line. */
const launch = (port: number) =>
  new Promise<{ launcher: ChildProcess; url: string; childPid: number; launcherPid: number; output: string }>(
    (resolve, reject) => {
      const launcher = spawnLauncher(port, dataDir, READY)
      let output = ''
      // Shorter than the test's timeout, so a launcher that never starts shows what it printed.
      const timer = setTimeout(() => reject(new Error(`launcher did not start:\n${output}`)), 45_000)
      const onData = (chunk: Buffer) => {
        output += chunk.toString()
        const match = output.match(/READY (\d+) (\d+) (\S+)/)
        if (match) {
          clearTimeout(timer)
          resolve({ launcher, childPid: Number(match[1]), launcherPid: Number(match[2]), url: match[3], output })
        }
      }
      launcher.stdout!.on('data', onData)
      launcher.stderr!.on('data', onData)
    },
  )

const query = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query('SELECT current_database() AS db, version() AS version')
    return rows[0] as { db: string; version: string }
  } finally {
    await client.end()
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  )

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  for (const pid of launcherPids.filter(alive)) process.kill(pid, 'SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the launcher without DATABASE_URL', () => {
  it('starts an embedded PostgreSQL, recovers after a killed run, and stops it on SIGTERM', async () => {
    const port = await freePort()

    const first = await launch(port)
    expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/enishi`)
    expect(await query(first.url)).toMatchObject({ db: 'enishi', version: expect.stringMatching(/^PostgreSQL 15\./) })

    // A killed run (every process of it, so nothing stops the server) leaves its PostgreSQL
    // running, orphaned, with a postmaster.pid behind.
    const killed = [first.launcherPid, first.launcher.pid!, first.childPid]
    for (const pid of killed) process.kill(pid, 'SIGKILL')
    await exited(first.launcher)
    await vi.waitFor(() => expect(killed.filter(alive)).toEqual([]), { timeout: 10_000 })
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true)
    expect(await query(first.url)).toMatchObject({ db: 'enishi' })

    const second = await launch(port)
    expect(second.output).toContain('stopping a PostgreSQL server left running by an earlier run')
    expect(await query(second.url)).toMatchObject({ db: 'enishi' })

    second.launcher.kill('SIGTERM')
    await exited(second.launcher)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    await expect(query(second.url)).rejects.toThrow()
  })

  it('refuses a data directory left by another PostgreSQL major version, naming both, and leaves it as it was', async () => {
    // What an earlier checkout that shipped PostgreSQL 18 leaves under .data/postgres.
    const old = mkdtempSync(path.join(os.tmpdir(), 'enishi-launcher-old-'))
    mkdirSync(path.join(old, 'postgres', 'base'), { recursive: true })
    writeFileSync(path.join(old, 'postgres', 'PG_VERSION'), '18\n')
    try {
      const launcher = spawnLauncher(await freePort(), old, 'console.log("COMMAND RAN")')
      let output = ''
      launcher.stdout!.on('data', (chunk) => (output += chunk))
      launcher.stderr!.on('data', (chunk) => (output += chunk))
      expect(await exited(launcher)).toBe(1)
      expect(output).toContain(
        `${path.join(old, 'postgres')} holds a PostgreSQL 18 database cluster, but the embedded server is PostgreSQL 15`,
      )
      expect(output).not.toContain('COMMAND RAN')
      expect(readdirSync(path.join(old, 'postgres')).sort()).toEqual(['PG_VERSION', 'base'])
    } finally {
      rmSync(old, { recursive: true, force: true })
    }
  })
})
