/**
 * Hostile uploads (docs/security.md#uploads): a text file renamed .jpg, an SVG carrying a
 * script, a 50 MB file and a decompression bomb (a few hundred bytes declaring 30000 × 30000
 * pixels) are each refused with a clear 4xx message — through REST into editorial `media` (as
 * staff) and `alumni-photos` (as a member), and through the profile form's upload — and nothing
 * is stored: no row and no file. A real image still goes through.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { crc32 } from 'node:zlib'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadPhoto } from '../../src/account/photo'
import { UPLOAD_LIMITS } from '../../src/security/uploadLimits'
import { createStaff, type Account } from '../helpers/fixtures'
import { getTestPayload, testConfig } from '../helpers/payload'
import { createMember, pngImage, textFile } from '../helpers/profile'

/** A PNG chunk: length, type, data, CRC of type + data. */
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid PNG header declaring `width` × `height` RGB pixels, with almost no data behind it. */
const bombPng = (width = 30_000, height = 30_000) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.writeUInt8(8, 8) // bit depth
  header.writeUInt8(2, 9) // colour type RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const svgWithScript = () =>
  Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>')

const fiftyMegabytes = () => Buffer.alloc(50 * 1024 * 1024, 0xff)

type Hostile = { name: string; file: () => Buffer | Promise<Buffer>; filename: string; type: string; status: number; message: string }

const HOSTILE: Hostile[] = [
  { name: 'a text file named .jpg', file: textFile, filename: 'photo.jpg', type: 'image/jpeg', status: 400, message: 'not a JPEG, PNG, WebP or AVIF image' },
  { name: 'an SVG with a script', file: svgWithScript, filename: 'logo.svg', type: 'image/svg+xml', status: 400, message: 'not a JPEG, PNG, WebP or AVIF image' },
  { name: 'a 50 MB file', file: fiftyMegabytes, filename: 'big.jpg', type: 'image/jpeg', status: 413, message: 'size limit has been reached' },
  { name: 'a 30000 × 30000 PNG (decompression bomb)', file: () => bombPng(), filename: 'bomb.png', type: 'image/png', status: 400, message: 'more than 40 million pixels' },
]

let payload: Payload
let editor: Account<unknown>
let member: Awaited<ReturnType<typeof createMember>>

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  member = await createMember(payload)
})

afterAll(async () => {
  await payload.delete({ collection: 'alumni-photos', where: { owner: { equals: member.doc.id } } })
  await payload.delete({ collection: 'media', where: { alt: { equals: 'security upload test' } } })
})

const tokenOf = async (collection: 'users' | 'alumni', account: { email: string; password: string }) =>
  (await payload.login({ collection, data: { email: account.email, password: account.password } })).token as string

const restUpload = async (collection: 'media' | 'alumni-photos', token: string, data: Buffer, filename: string, type: string) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(data)], { type }), filename)
  body.append('_payload', JSON.stringify(collection === 'media' ? { alt: 'security upload test' } : {}))
  const request = new Request(`http://localhost:3000/api/${collection}`, { method: 'POST', headers: { Authorization: `JWT ${token}` }, body })
  const response = await REST_POST(testConfig)(request, { params: Promise.resolve({ slug: [collection] }) })
  return { status: response.status, text: await response.text() }
}

/** Rows and files of an upload collection, to show that a refusal stored nothing. */
const stored = async (collection: 'media' | 'alumni-photos') => {
  const dir = path.resolve(payload.collections[collection].config.upload.staticDir ?? '')
  let files: string[] = []
  try {
    files = readdirSync(dir).sort()
  } catch {
    // The directory appears with the first stored file.
  }
  return { rows: (await payload.count({ collection })).totalDocs, files }
}

it('sharp may decode no more than the pixel limit for either collection', () => {
  for (const collection of ['media', 'alumni-photos'] as const) {
    expect(payload.collections[collection].config.upload.constructorOptions).toMatchObject({ limitInputPixels: UPLOAD_LIMITS.maxPixels })
  }
})

describe.each(['media', 'alumni-photos'] as const)('REST uploads into %s', (collection) => {
  const token = () => (collection === 'media' ? tokenOf('users', editor) : tokenOf('alumni', member))

  it.each(HOSTILE)('refuse $name with a clear message and store nothing', async ({ file, filename, type, status, message }) => {
    const before = await stored(collection)
    const response = await restUpload(collection, await token(), await file(), filename, type)
    expect(response.status).toBe(status)
    expect(response.text).toContain(message)
    expect(await stored(collection)).toEqual(before)
  })

  it('accept a real PNG', async () => {
    const response = await restUpload(collection, await token(), await pngImage(320, 240), 'fine.png', 'image/png')
    expect(response.status).toBe(201)
  })
})

describe('the profile form’s upload', () => {
  const EXPECTED: Record<string, string> = {
    'a text file named .jpg': 'photoNotImage',
    'an SVG with a script': 'photoNotImage',
    'a 50 MB file': 'photoTooLarge',
    'a 30000 × 30000 PNG (decompression bomb)': 'photoTooManyPixels',
  }

  it.each(HOSTILE)('refuses $name with its own message and stores nothing', async ({ name, file, filename }) => {
    const before = await stored('alumni-photos')
    const outcome = await uploadPhoto(payload, member.user, { data: await file(), name: filename })
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.error.key).toBe(EXPECTED[name])
    expect(await stored('alumni-photos')).toEqual(before)
  })
})
