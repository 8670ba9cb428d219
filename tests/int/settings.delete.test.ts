/**
 * "Delete my account" (src/account/deleteAccount.ts): with the right password, the alumnus's
 * personal data is gone everywhere — the alumni document and its sessions, their photos (rows and
 * files), their event registrations — and one record without personal data remains. A wrong or
 * missing password deletes nothing, and repeated wrong passwords lock the account as sign-in does.
 * Staff deleting an account in the admin erase the same (collections/Alumni/hooks/erase.ts).
 * Nobody else's data is touched.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, AlumniPhoto, Event } from '../../payload-types'
import { deleteAccount } from '../../src/account/deleteAccount'
import { uploadPhoto } from '../../src/account/photo'
import { type Account, createContent, createRegistration, createStaff } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'
import { createMember, pngImage } from '../helpers/profile'

let payload: Payload
let staticDir: string
let event: Event
const owners: number[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  staticDir = path.resolve(payload.collections['alumni-photos'].config.upload.staticDir ?? 'media/alumni')
  event = await createContent(payload, 'events', 'public')
})

afterAll(async () => {
  await payload.delete({ collection: 'alumni-photos', where: { owner: { in: owners } } })
})

/** A member with a photo (two files on disk and a document) and a registration. */
const memberWithData = async () => {
  const account = await createMember(payload)
  owners.push(account.doc.id)
  await uploadPhoto(payload, account.user, { data: await pngImage(), name: 'me.png' })
  await createRegistration(payload, event, account.doc, 'confirmed')
  return account
}

const photosOf = async (account: Account<Alumnus>) =>
  (await payload.find({ collection: 'alumni-photos', where: { owner: { equals: account.doc.id } }, depth: 0 })).docs

const filesOf = (photo: AlumniPhoto) =>
  [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => path.join(staticDir, name))

const registrationsOf = async (account: Account<Alumnus>) =>
  (await payload.find({ collection: 'registrations', where: { alumnus: { equals: account.doc.id } } })).totalDocs

const deletionRecords = async (account: Account<Alumnus>) =>
  (await payload.find({ collection: 'account-deletions', where: { formerId: { equals: account.doc.id } } })).docs

/** Rows of the directory's search index (a table beside the collection, docs/search.md) for the account. */
const directoryRows = async (account: Account<Alumnus>) => {
  const { pool } = payload.db as unknown as PostgresAdapter
  const { rows } = await pool.query('select count(*)::int as n from alumni_directory where id = $1', [account.doc.id])
  return rows[0].n as number
}

const stillThere = async (account: Account<Alumnus>) => {
  await expect(payload.findByID({ collection: 'alumni', id: account.doc.id })).resolves.toMatchObject({ email: account.email })
  expect(await photosOf(account)).toHaveLength(1)
  for (const file of filesOf((await photosOf(account))[0])) expect(existsSync(file), file).toBe(true)
  expect(await registrationsOf(account)).toBe(1)
  expect(await deletionRecords(account)).toEqual([])
}

describe('deleting my account', () => {
  it('with a wrong or missing password, deletes nothing and says why', async () => {
    const me = await memberWithData()
    expect(await deleteAccount(payload, me.user, 'not-my-password')).toEqual({
      ok: false,
      state: { status: 'invalid', errors: { password: { key: 'wrongPassword' } } },
    })
    expect(await deleteAccount(payload, me.user, '')).toEqual({
      ok: false,
      state: { status: 'invalid', errors: { password: { key: 'required' } } },
    })
    await stillThere(me)
  })

  it('with the right password, erases my document, photos and files, registrations and sessions, and keeps a record without personal data', async () => {
    const me = await memberWithData()
    const other = await memberWithData()
    const [photo] = await photosOf(me)
    const files = filesOf(photo)
    expect(await directoryRows(me)).toBe(1)
    const started = Date.now()

    expect(await deleteAccount(payload, me.user, me.password)).toEqual({ ok: true })

    await expect(payload.findByID({ collection: 'alumni', id: me.doc.id })).rejects.toMatchObject({ status: 404 })
    expect((await payload.find({ collection: 'alumni', where: { email: { equals: me.email } } })).totalDocs).toBe(0)
    expect(await photosOf(me)).toEqual([])
    await expect(payload.findByID({ collection: 'alumni-photos', id: photo.id })).rejects.toMatchObject({ status: 404 })
    for (const file of files) expect(existsSync(file), file).toBe(false)
    expect(await registrationsOf(me)).toBe(0)
    expect(await directoryRows(me)).toBe(0)

    // The record: who (a former id), when, by whom — and nothing else.
    const [record, ...more] = await deletionRecords(me)
    expect(more).toEqual([])
    expect(record).toMatchObject({ formerId: me.doc.id, initiatedBy: 'member' })
    expect(Date.parse(record.deletedAt)).toBeGreaterThanOrEqual(started - 1000)
    expect(Object.keys(record).sort()).toEqual(['createdAt', 'deletedAt', 'formerId', 'id', 'initiatedBy', 'updatedAt'])
    const text = JSON.stringify(record)
    for (const personal of [me.email, me.doc.name, me.doc.nameKana, me.doc.verification?.employeeNumber]) {
      expect(text).not.toContain(String(personal))
    }

    // Signed-in sessions end, and the password no longer signs anyone in.
    expect((await me.api.get(`/alumni/${me.doc.id}`)).status).toBeOneOf([401, 403, 404])
    expect((await me.api.get('/alumni/me')).body.user ?? null).toBeNull()
    await expect(payload.login({ collection: 'alumni', data: { email: me.email, password: me.password } })).rejects.toThrow()

    // Nobody else's data is touched.
    await stillThere(other)
  })

  it('with posts on the feed and the board, erases those too, and others keep theirs', async () => {
    const me = await createMember(payload)
    const other = await createMember(payload)
    const post = (account: Account<Alumnus>, path: `/${string}`, body: Record<string, unknown>) =>
      account.api.post(path, body).then((res) => {
        expect(res.status, `${path} ${JSON.stringify(res.body)}`).toBe(201)
        return res.body.doc as { id: number }
      })
    const opportunity = { kind: 'alumnusOffers', description: 'Design work.', contact: 'me@example.test' }
    const mine = await post(me, '/member-updates', { body: '独立しました。' })
    const theirs = await post(other, '/member-updates', { body: '転職しました。' })
    await post(me, '/update-reactions', { update: theirs.id, kind: 'like' })
    await post(other, '/update-reactions', { update: mine.id, kind: 'like' })
    const myOffer = await post(me, '/opportunities', { ...opportunity, title: 'My offer' })
    const theirOffer = await post(other, '/opportunities', { ...opportunity, title: 'Their offer' })
    await post(me, '/opportunity-interests', { opportunity: theirOffer.id })
    await post(other, '/opportunity-interests', { opportunity: myOffer.id })

    expect(await deleteAccount(payload, me.user, me.password)).toEqual({ ok: true })

    const count = async (collection: 'member-updates' | 'opportunities' | 'update-reactions' | 'opportunity-interests', field: string, id: number) =>
      (await payload.count({ collection, where: { [field]: { equals: id } } })).totalDocs
    expect(await count('member-updates', 'author', me.doc.id)).toBe(0)
    expect(await count('opportunities', 'alumnus', me.doc.id)).toBe(0)
    expect(await count('update-reactions', 'alumnus', me.doc.id)).toBe(0)
    expect(await count('opportunity-interests', 'alumnus', me.doc.id)).toBe(0)
    // The other member's post stays; reactions and interests on my posts went with them.
    expect(await count('member-updates', 'author', other.doc.id)).toBe(1)
    expect(await count('opportunities', 'alumnus', other.doc.id)).toBe(1)
    expect(await count('update-reactions', 'update', mine.id)).toBe(0)
    expect(await count('opportunity-interests', 'opportunity', myOffer.id)).toBe(0)
  })

  it('locks after repeated wrong passwords, like sign-in; then even the right one deletes nothing', async () => {
    const me = await memberWithData()
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++) {
      const outcome = await deleteAccount(payload, me.user, `wrong-${i}`)
      if (!outcome.ok) outcomes.push(outcome.state.errors.password!.key)
    }
    expect(outcomes.at(-1)).toBe('locked')
    expect(await deleteAccount(payload, me.user, me.password)).toMatchObject({
      ok: false,
      state: { errors: { password: { key: 'locked' } } },
    })
    await stillThere(me)
  })

  it('is refused for visitors and staff accounts', async () => {
    const staff = await createStaff(payload, 'admin')
    expect(await deleteAccount(payload, staff.user, staff.password)).toMatchObject({ ok: false, state: { formError: { key: 'notAllowed' } } })
    expect(await deleteAccount(payload, null, 'anything')).toMatchObject({ ok: false, state: { formError: { key: 'notAllowed' } } })
    await expect(payload.findByID({ collection: 'users', id: staff.doc.id })).resolves.toBeTruthy()
  })

  it('by staff in the admin (REST) or through GraphQL, erases the same and records that staff did it', async () => {
    const admin = await createStaff(payload, 'admin')
    for (const channel of ['rest', 'graphql'] as const) {
      const member = await memberWithData()
      const other = await memberWithData()
      const update = await member.api.post('/member-updates', { body: '近況です。' })
      expect(update.status).toBe(201)
      const [photo] = await photosOf(member)
      const files = filesOf(photo)

      if (channel === 'rest') {
        expect((await admin.api.delete(`/alumni/${member.doc.id}`)).status).toBe(200)
      } else {
        const res = await admin.api.graphql(`mutation { deleteAlumnus(id: ${member.doc.id}) { id } }`)
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined()
      }

      await expect(payload.findByID({ collection: 'alumni', id: member.doc.id })).rejects.toMatchObject({ status: 404 })
      expect(await photosOf(member), channel).toEqual([])
      for (const file of files) expect(existsSync(file), file).toBe(false)
      expect(await registrationsOf(member)).toBe(0)
      expect((await payload.count({ collection: 'member-updates', where: { author: { equals: member.doc.id } } })).totalDocs).toBe(0)
      expect(await deletionRecords(member)).toMatchObject([{ formerId: member.doc.id, initiatedBy: 'staff' }])
      await stillThere(other)
    }
  })

  it('cannot be faked through the API: nobody but the server writes a deletion record', async () => {
    const me = await memberWithData()
    const res = await me.api.post('/account-deletions', { formerId: 1, deletedAt: new Date().toISOString(), initiatedBy: 'member' })
    expect(res.status).toBe(403)
  })
})
