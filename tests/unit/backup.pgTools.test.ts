import { describe, expect, it } from 'vitest'

import { libpqConnection, majorOf, pickTool } from '@/backup/pgTools'

const tool = (major: number) => ({ path: `/usr/lib/postgresql/${major}/bin/pg_dump`, major, version: `pg_dump (PostgreSQL) ${major}.1` })

describe('choosing pg_dump / pg_restore for a server', () => {
  it('reads the major version from server_version_num', () => {
    expect(majorOf(150020)).toBe(15)
    expect(majorOf(180004)).toBe(18)
  })

  it('prefers the same major version, else the oldest newer one, never an older one', () => {
    expect(pickTool([tool(18), tool(15), tool(16)], 15)?.major).toBe(15)
    expect(pickTool([tool(18), tool(17)], 16)?.major).toBe(17)
    expect(pickTool([tool(15)], 18)).toBeUndefined()
  })

  it('keeps the password out of the connection string passed on the command line', () => {
    const { dbname, env } = libpqConnection('postgres://enishi:s%3Acret@db.example:5432/enishi')
    expect(dbname).toBe('postgres://enishi@db.example:5432/enishi')
    expect(env.PGPASSWORD).toBe('s:cret')
  })
})
