/**
 * The default path: no DATABASE_URL, so the launcher (scripts/with-db.ts) starts an embedded
 * PostgreSQL under ENISHI_DATA_DIR, survives a killed run, and stops the server on SIGTERM.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'enishi-launcher-'))
const children: ChildProcess[] = []

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

/** Start the launcher with a command that prints what it was given, and wait for that line. */
const launch = (port: number) =>
  new Promise<{ launcher: ChildProcess; url: string; childPid: number }>((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ENISHI_DATA_DIR: dataDir, ENISHI_EMBEDDED_DB_PORT: String(port) }
    delete env.DATABASE_URL
    const launcher = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      [
        'scripts/with-db.ts',
        '--',
        'node',
        '-e',
        'console.log("READY " + process.pid + " " + process.env.DATABASE_URL); setInterval(() => {}, 1000)',
      ],
      { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    children.push(launcher)
    let output = ''
    const timer = setTimeout(() => reject(new Error(`launcher did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/READY (\d+) (\S+)/)
      if (match) {
        clearTimeout(timer)
        resolve({ launcher, childPid: Number(match[1]), url: match[2] })
      }
    }
    launcher.stdout!.on('data', onData)
    launcher.stderr!.on('data', onData)
  })

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

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  )

afterAll(() => {
  for (const child of children) child.kill('SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the launcher without DATABASE_URL', () => {
  it('starts an embedded PostgreSQL, recovers after a killed run, and stops it on SIGTERM', async () => {
    const port = await freePort()

    const first = await launch(port)
    expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}/enishi`)
    expect(await query(first.url)).toMatchObject({ db: 'enishi', version: expect.stringMatching(/^PostgreSQL 18/) })

    // A killed run leaves its PostgreSQL running with a postmaster.pid behind.
    first.launcher.kill('SIGKILL')
    process.kill(first.childPid, 'SIGKILL')
    await exited(first.launcher)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true)

    const second = await launch(port)
    expect(await query(second.url)).toMatchObject({ db: 'enishi' })

    second.launcher.kill('SIGTERM')
    await exited(second.launcher)
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
    await expect(query(second.url)).rejects.toThrow()
  })
})
