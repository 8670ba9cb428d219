/**
 * Profile photos (src/account/photo.ts, src/account/photoRules.ts and the `alumni-photos` hook):
 * only real JPEG/PNG/WebP/AVIF images — judged by their bytes, not their name — up to 5 MB and
 * 40 million pixels are accepted; they are stored upright, at most 2048 px, without EXIF data,
 * with the collection's 160 px and 480 px sizes rendered by sharp. Replacing or removing a photo
 * deletes the old files. A REST upload meets the same checks.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, AlumniPhoto } from '../../payload-types'
import { removePhoto, uploadPhoto } from '../../src/account/photo'
import type { Account } from '../helpers/fixtures'
import { getTestPayload, testConfig } from '../helpers/payload'
import { createMember, hugePixelPng, jpegWithExif, oversizedPng, pngImage, textFile } from '../helpers/profile'

let payload: Payload
let staticDir: string
const accounts: Account<Alumnus>[] = []

beforeAll(async () => {
  payload = await getTestPayload()
  staticDir = path.resolve(payload.collections['alumni-photos'].config.upload.staticDir ?? 'media/alumni')
})

afterAll(async () => {
  // Deleting the documents removes their files from the photo directory.
  const owners = accounts.map((account) => account.doc.id)
  await payload.delete({ collection: 'alumni-photos', where: { owner: { in: owners } } })
})

const member = async () => {
  const account = await createMember(payload)
  accounts.push(account)
  return account
}

const ownPhotos = async (account: Account<Alumnus>) =>
  (await payload.find({ collection: 'alumni-photos', where: { owner: { equals: account.doc.id } }, depth: 0 })).docs

const photoOf = async (account: Account<Alumnus>) =>
  (await payload.findByID({ collection: 'alumni', id: account.doc.id, depth: 0 })).photo ?? null

/** Every file of a photo document: the original and each rendered size. */
const filesOf = (photo: AlumniPhoto) =>
  [photo.filename, ...Object.values(photo.sizes ?? {}).map((size) => size?.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => path.join(staticDir, name))

describe('uploading a photo', () => {
  it('accepts a real PNG, links it to my profile and renders the collection sizes', async () => {
    const me = await member()
    const outcome = await uploadPhoto(payload, me.user, { data: await pngImage(3000, 2000), name: 'me.png' })
    expect(outcome.ok).toBe(true)

    const [photo] = await ownPhotos(me)
    expect(await photoOf(me)).toBe(photo.id)
    expect(photo).toMatchObject({ owner: me.doc.id, mimeType: 'image/png', width: 2048, height: 1365 })
    expect(photo.sizes?.thumbnail).toMatchObject({ width: 160, height: 160 })
    expect(photo.sizes?.profile).toMatchObject({ width: 480, height: 480 })
    for (const file of filesOf(photo)) expect(existsSync(file), file).toBe(true)
    // The name it was uploaded under is not kept.
    expect(photo.filename).not.toContain('me')
    if (outcome.ok) expect(outcome.photo?.url).toBe(photo.sizes?.profile?.url)
  })

  it('accepts a JPEG whatever its name says, and strips its EXIF data (camera, GPS position)', async () => {
    const me = await member()
    const data = await jpegWithExif()
    expect((await sharp(data).metadata()).exif).toBeDefined()

    const outcome = await uploadPhoto(payload, me.user, { data, name: 'holiday.png' })
    expect(outcome.ok).toBe(true)
    const [photo] = await ownPhotos(me)
    expect(photo.mimeType).toBe('image/jpeg')
    expect(photo.filename).toMatch(/\.jpg$/)
    for (const file of filesOf(photo)) expect((await sharp(file).metadata()).exif, file).toBeUndefined()
  })

  it('refuses a text file renamed to .png, with a clear message, and stores nothing', async () => {
    const me = await member()
    const outcome = await uploadPhoto(payload, me.user, { data: textFile(), name: 'photo.png' })
    expect(outcome).toEqual({ ok: false, error: { key: 'photoNotImage' } })
    expect(await ownPhotos(me)).toEqual([])
    expect(await photoOf(me)).toBeNull()
  })

  it('refuses a file over 5 MB and an image over 40 million pixels, saying what the limit is', async () => {
    const me = await member()
    const big = await oversizedPng()
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024)
    expect(await uploadPhoto(payload, me.user, { data: big, name: 'big.png' })).toEqual({
      ok: false,
      error: { key: 'photoTooLarge', values: { max: 5 } },
    })

    const huge = await hugePixelPng()
    expect(huge.length).toBeLessThan(5 * 1024 * 1024)
    expect(await uploadPhoto(payload, me.user, { data: huge, name: 'huge.png' })).toEqual({
      ok: false,
      error: { key: 'photoTooManyPixels', values: { max: 40 } },
    })
    expect(await ownPhotos(me)).toEqual([])
  })

  it('refuses an image with a valid header and broken data', async () => {
    const me = await member()
    const png = await pngImage(400, 400)
    const truncated = png.subarray(0, Math.floor(png.length / 2))
    const outcome = await uploadPhoto(payload, me.user, { data: truncated, name: 'broken.png' })
    expect(outcome).toMatchObject({ ok: false, error: { key: 'photoNotImage' } })
    expect(await ownPhotos(me)).toEqual([])
  })

  it('refuses an empty upload and anyone who is not an approved alumnus', async () => {
    const me = await member()
    expect(await uploadPhoto(payload, me.user, null)).toEqual({ ok: false, error: { key: 'photoMissing' } })
    const pending = await createMember(payload, { status: 'pending' })
    accounts.push(pending)
    expect(await uploadPhoto(payload, pending.user, { data: await pngImage(), name: 'p.png' })).toEqual({
      ok: false,
      error: { key: 'notAllowed' },
    })
    expect(await uploadPhoto(payload, null, { data: await pngImage(), name: 'p.png' })).toMatchObject({ ok: false })
    expect(await ownPhotos(pending)).toEqual([])
  })
})

describe('replacing and removing a photo', () => {
  it('replacing deletes the old photo and its files; removing deletes the new one', async () => {
    const me = await member()
    await uploadPhoto(payload, me.user, { data: await pngImage(), name: 'first.png' })
    const [first] = await ownPhotos(me)

    await uploadPhoto(payload, me.user, { data: await jpegWithExif(), name: 'second.jpg' })
    const [second, ...more] = await ownPhotos(me)
    expect(more).toEqual([])
    expect(second.id).not.toBe(first.id)
    expect(await photoOf(me)).toBe(second.id)
    for (const file of filesOf(first)) expect(existsSync(file), file).toBe(false)
    for (const file of filesOf(second)) expect(existsSync(file), file).toBe(true)

    expect(await removePhoto(payload, me.user)).toEqual({ ok: true, photo: null })
    expect(await photoOf(me)).toBeNull()
    expect(await ownPhotos(me)).toEqual([])
    for (const file of filesOf(second)) expect(existsSync(file), file).toBe(false)
  })

  it("never touches another member's photo", async () => {
    const me = await member()
    const other = await member()
    await uploadPhoto(payload, other.user, { data: await pngImage(), name: 'other.png' })
    const [theirs] = await ownPhotos(other)

    await uploadPhoto(payload, me.user, { data: await pngImage(), name: 'mine.png' })
    await removePhoto(payload, me.user)
    expect(await ownPhotos(other)).toHaveLength(1)
    expect(await photoOf(other)).toBe(theirs.id)
    for (const file of filesOf(theirs)) expect(existsSync(file), file).toBe(true)
  })
})

describe('REST uploads to alumni-photos', () => {
  const post = async (account: Account<Alumnus>, data: Buffer, name: string, type: string) => {
    const { token } = await payload.login({ collection: 'alumni', data: { email: account.email, password: account.password } })
    const body = new FormData()
    body.append('file', new Blob([new Uint8Array(data)], { type }), name)
    body.append('_payload', JSON.stringify({}))
    const request = new Request('http://localhost:3000/api/alumni-photos', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body,
    })
    const response = await REST_POST(testConfig)(request, { params: Promise.resolve({ slug: ['alumni-photos'] }) })
    return { status: response.status, body: (await response.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] } }
  }

  it('meet the same checks: a renamed text file and an oversized image are refused with a message', async () => {
    const me = await member()
    const text = await post(me, textFile(), 'photo.png', 'image/png')
    expect(text.status).toBe(400)
    expect(JSON.stringify(text.body)).toContain('not a JPEG, PNG, WebP or AVIF image')

    const huge = await post(me, await hugePixelPng(), 'huge.png', 'image/png')
    expect(huge.status).toBe(400)
    expect(JSON.stringify(huge.body)).toContain('more than 40 million pixels')
    expect(await ownPhotos(me)).toEqual([])
  })

  it('store a real image normalized, owned by the uploader', async () => {
    const me = await member()
    const ok = await post(me, await jpegWithExif(2400, 1200), 'camera.jpg', 'image/jpeg')
    expect(ok.status).toBe(201)
    const [photo] = await ownPhotos(me)
    expect(photo).toMatchObject({ owner: me.doc.id, width: 2048, height: 1024, mimeType: 'image/jpeg' })
    expect((await sharp(path.join(staticDir, photo.filename!)).metadata()).exif).toBeUndefined()
  })
})
