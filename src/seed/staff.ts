import type { User } from '../../payload-types'

import { findId, progress, SEED_CONTEXT, type SeedContext } from './util'

export type StaffSeed = { name: string; email: string; password: string; role: User['role'] }

/** Demo staff accounts (the admin manages staff; the editor manages content and alumni). */
export const STAFF = {
  admin: { name: '岸本 遥', email: 'admin@enishi.example', password: 'Admin-Enishi-2026!', role: 'admin' },
  editor: { name: '大野 陸', email: 'editor@enishi.example', password: 'Editor-Enishi-2026!', role: 'editor' },
} as const satisfies Record<string, StaffSeed>

/** Upserts staff by email, resetting the demo password and any lock-out. */
export const seedStaff = async (ctx: SeedContext): Promise<Record<keyof typeof STAFF, number>> => {
  const { payload } = ctx
  const entries = Object.entries(STAFF) as [keyof typeof STAFF, StaffSeed][]
  const tick = progress(ctx.log, 'staff', entries.length)
  const ids = {} as Record<keyof typeof STAFF, number>
  for (const [key, s] of entries) {
    const data = { name: s.name, email: s.email, password: s.password, role: s.role, loginAttempts: 0, lockUntil: null }
    const existing = await findId(payload, 'users', { email: { equals: s.email } })
    const doc = existing
      ? await payload.update({ collection: 'users', id: existing, data, context: SEED_CONTEXT, overrideAccess: true })
      : await payload.create({ collection: 'users', data, context: SEED_CONTEXT, overrideAccess: true })
    ids[key] = doc.id
    tick()
  }
  return ids
}
