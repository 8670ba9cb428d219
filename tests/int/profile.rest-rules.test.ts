/**
 * The profile rules hold for every way in, not only the profile form: through REST a member
 * cannot take another member's photo, and bio and links get the same checks as in the form.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { uploadPhoto } from '../../src/account/photo'
import { getTestPayload } from '../helpers/payload'
import { createMember, pngImage } from '../helpers/profile'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})

describe('a member writing their profile through REST', () => {
  it("cannot set another member's photo as their own", async () => {
    const [me, other] = [await createMember(payload), await createMember(payload)]
    const upload = await uploadPhoto(payload, other.user, { data: await pngImage(), name: 'other.png' })
    expect(upload.ok).toBe(true)
    const theirs = (await payload.findByID({ collection: 'alumni', id: other.doc.id, depth: 0 })).photo as number

    const response = await me.api.patch(`/alumni/${me.doc.id}`, { photo: theirs })
    expect(response.status).toBe(400)
    expect((await payload.findByID({ collection: 'alumni', id: me.doc.id, depth: 0 })).photo ?? null).toBeNull()
  })

  it('stores the bio as plain text and refuses a javascript: link', async () => {
    const me = await createMember(payload)
    const saved = await me.api.patch(`/alumni/${me.doc.id}`, { bio: '<script>alert(1)</script>Hello <b>there</b>' })
    expect(saved.status).toBe(200)
    const bio = (await payload.findByID({ collection: 'alumni', id: me.doc.id, depth: 0 })).bio
    expect(bio).not.toContain('<')
    expect(bio).toContain('Hello')

    const refused = await me.api.patch(`/alumni/${me.doc.id}`, { links: [{ label: 'x', url: 'javascript:alert(1)' }] })
    expect(refused.status).toBe(400)
    expect((await payload.findByID({ collection: 'alumni', id: me.doc.id, depth: 0 })).links ?? []).toEqual([])
  })
})
