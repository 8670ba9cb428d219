/**
 * Helpers for the profile and settings tests: forms as the browser would submit them, and real
 * image files drawn with sharp.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Alumnus } from '../../payload-types'
import { profileValues, type ProfileValues } from '../../src/account/profileInput'
import { createAlumnus, uniqueId } from './fixtures'

/**
 * An approved alumnus (by default) whose stored profile passes the profile form's checks as it
 * is — the shared fixture's phone number is a placeholder with letters in it.
 */
export const createMember = (payload: Payload, data: Parameters<typeof createAlumnus>[1] = {}) =>
  createAlumnus(payload, { contact: { email: `contact-${uniqueId()}@example.test`, phone: '03-0000-0000' }, ...data })

/** A FormData with the given fields; array values become repeated fields (like checkboxes). */
export const formData = (fields: Record<string, string | string[] | boolean | undefined>): FormData => {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === false) continue
    if (value === true) form.append(name, 'on')
    else for (const item of Array.isArray(value) ? value : [value]) form.append(name, item)
  }
  return form
}

/** The profile form as the page renders it for `doc`, with `changes` typed in, submitted. */
export const profileForm = (
  doc: Alumnus,
  changes: Partial<ProfileValues> = {},
  extra: Record<string, string> = {},
): FormData => {
  const values = { ...profileValues(doc), ...changes }
  const { links, ...rest } = values
  const form = formData(rest)
  links.forEach((link, i) => {
    form.append(`links.${i}.label`, link.label)
    form.append(`links.${i}.url`, link.url)
  })
  for (const [name, value] of Object.entries(extra)) form.append(name, value)
  return form
}

const noise = (width: number, height: number) => {
  const pixels = Buffer.alloc(width * height * 3)
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + ((i * i) >> 3)) & 0xff
  return sharp(pixels, { raw: { width, height, channels: 3 } })
}

export const pngImage = (width = 640, height = 480): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#24407a' } }).png().toBuffer()

/** A JPEG carrying EXIF data (camera, a GPS position), as phones write them. */
export const jpegWithExif = (width = 800, height = 600): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: '#c2452d' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 15', Copyright: 'Test Person' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 39/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '139/1 42/1 0/1' },
    })
    .toBuffer()

/** A real PNG over 5 MB: incompressible noise. */
export const oversizedPng = (): Promise<Buffer> => noise(1500, 1300).png({ compressionLevel: 0 }).toBuffer()

/** A small file with a huge pixel count (a decompression bomb in miniature): 8000 × 6000 of one colour. */
export const hugePixelPng = (): Promise<Buffer> =>
  sharp({ create: { width: 8000, height: 6000, channels: 3, background: '#ffffff' } }).png().toBuffer()

export const textFile = (): Buffer => Buffer.from('This is not an image, whatever its name says.\n'.repeat(20))
