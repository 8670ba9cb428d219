/**
 * Demo content: `npm run seed` (migrates first), or `tsx scripts/seed.ts [--if-empty]` with
 * DATABASE_URL and PAYLOAD_SECRET set (the launcher scripts/with-db.ts sets both).
 *
 *   --if-empty   do nothing when the database already has a staff user (used by `npm run dev`)
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { DEMO_LOGINS, seed } from '../src/seed'

const main = async () => {
  // Scheduled-publishing jobs belong to the server (read when Payload starts, below).
  process.env.ENISHI_JOBS ??= 'off'
  const ifEmpty = process.argv.includes('--if-empty')
  const started = Date.now()
  // Each line with the seconds since start: where the time goes, step by step.
  const say = (line: string) => console.log(`[seed ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`)

  const payload = await getPayload({ config })
  const result = await seed(payload, { ifEmpty, log: say })
  if (result.skipped) process.exit(0)

  const { counts } = result
  say(
    `done in ${(result.ms / 1000).toFixed(1)} s: ${counts.users} staff, ${counts.alumni} alumni, ` +
      `${counts.companies} companies, ${counts.interviews} interviews, ${counts.events} events, ` +
      `${counts.registrations} registrations, ${counts.announcements} announcements, ${counts.media} images`,
  )
  say('demo logins:')
  const width = Math.max(...Object.keys(DEMO_LOGINS).map((k) => k.length))
  for (const [role, login] of Object.entries(DEMO_LOGINS)) {
    const where = login.collection === 'users' ? '/admin' : '/login'
    say(`  ${role.padEnd(width)}  ${login.email}  ${login.password}  (${where})`)
  }
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error('[seed] failed:', error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
