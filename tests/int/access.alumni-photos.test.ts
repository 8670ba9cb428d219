/**
 * Who may see what — profile photos (DESIGN.md, "Who may see what"; collections/AlumniPhotos):
 * alumni photos are personal data. Members (approved alumni and staff) see them; a pending,
 * rejected or suspended alumnus sees only their own; visitors none — neither the document nor
 * the image file. An alumnus changes or deletes only their own photo, and an upload always
 * belongs to its uploader. Checked through REST (documents and files), GraphQL and the Local API.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, AlumniPhoto, User } from '../../payload-types'
import { type Account, createAlumnus, createStaff, uniqueId, type Viewer, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
const people = {} as Record<'owner' | 'pending' | 'approved', Account<Alumnus>>
const photos: AlumniPhoto[] = []
let ownersPhoto: AlumniPhoto
let pendingsPhoto: AlumniPhoto

const png = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: '#6a8caf' } })
    .png()
    .toBuffer()

const upload = async (owner: Alumnus) => {
  const data = await png()
  const photo = await payload.create({
    collection: 'alumni-photos',
    data: { owner: owner.id },
    file: { data, mimetype: 'image/png', name: `photo-${uniqueId()}.png`, size: data.length },
  })
  photos.push(photo)
  return photo
}

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  people.owner = await createAlumnus(payload, { status: 'approved' })
  people.pending = await createAlumnus(payload, { status: 'pending' })
  people.approved = await createAlumnus(payload, { status: 'approved' })
  ownersPhoto = await upload(people.owner.doc)
  pendingsPhoto = await upload(people.pending.doc)
})

afterAll(async () => {
  // Deleting the documents removes their files from media/alumni.
  for (const photo of photos) await payload.delete({ collection: 'alumni-photos', id: photo.id }).catch(() => {})
})

const ours = () => ({ id: { in: photos.map((photo) => photo.id) } })
const fileOf = (photo: AlumniPhoto) => `/alumni-photos/file/${photo.filename}` as const

describe.each([
  ['a visitor', visitor, [] as string[]],
  ['a pending alumnus', () => people.pending, ['pending']],
  ['an approved alumnus', () => people.approved, ['owner', 'pending']],
  ['staff', () => editor, ['owner', 'pending']],
] as [string, () => Viewer, string[]][])('%s', (_name, who, visible) => {
  const mayRead = (photo: AlumniPhoto) =>
    visible.includes(photo === ownersPhoto ? 'owner' : 'pending')

  it('lists and reads only the photos they may see (REST, GraphQL, Local API)', async () => {
    const expected = [ownersPhoto, pendingsPhoto].filter(mayRead).map((photo) => photo.id).sort()
    const rest = await who().api.get('/alumni-photos', { where: ours() })
    if (visible.length || who().user) {
      expect(rest.status).toBe(200)
      expect(rest.body.docs!.map((doc) => doc.id).sort()).toEqual(expected)
    } else {
      expect(rest.status).toBe(403)
    }

    const gql = await who().api.graphql(
      `{ AlumniPhotos(where: { OR: [${photos.map((photo) => `{ id: { equals: ${photo.id} } }`).join(', ')}] }) { docs { id } } }`,
    )
    const gqlIds = ((gql.data?.AlumniPhotos as { docs: { id: number }[] } | null)?.docs ?? []).map((doc) => doc.id)
    expect(gqlIds.sort()).toEqual(expected)

    for (const photo of [ownersPhoto, pendingsPhoto]) {
      const one = await who().api.get(`/alumni-photos/${photo.id}`)
      expect(one.status, `photo ${photo.id}`).toEqual(mayRead(photo) ? 200 : expect.toBeOneOf([403, 404]))
      const local = payload.findByID({ collection: 'alumni-photos', id: photo.id, overrideAccess: false, user: who().user })
      if (mayRead(photo)) await expect(local).resolves.toMatchObject({ id: photo.id })
      else await expect(local).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    }
  })

  it('downloads only the image files of photos they may see', async () => {
    for (const photo of [ownersPhoto, pendingsPhoto]) {
      const res = await who().api.fetch('GET', fileOf(photo))
      if (mayRead(photo)) {
        expect(res.status).toBe(200)
        expect(res.headers.get('content-type')).toMatch(/^image\/png/)
      } else {
        expect(res.status).toBeOneOf([403, 404])
        expect(res.headers.get('content-type') ?? '').not.toMatch(/^image\//)
      }
      await res.body?.cancel()
    }
  })
})

describe('changing photos', () => {
  it("an alumnus cannot update or delete someone else's photo, nor take it over (REST, GraphQL, Local API)", async () => {
    const intruder = people.approved
    const patch = await intruder.api.patch(`/alumni-photos/${ownersPhoto.id}`, { owner: intruder.doc.id })
    expect(patch.status).toBeOneOf([403, 404])
    const del = await intruder.api.delete(`/alumni-photos/${ownersPhoto.id}`)
    expect(del.status).toBeOneOf([403, 404])
    const gql = await intruder.api.graphql(`mutation { deleteAlumniPhoto(id: ${ownersPhoto.id}) { id } }`)
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.delete({ collection: 'alumni-photos', id: ownersPhoto.id, overrideAccess: false, user: intruder.user }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })

    const stored = await payload.findByID({ collection: 'alumni-photos', id: ownersPhoto.id, depth: 0 })
    expect(stored.owner).toBe(people.owner.doc.id)
  })

  it('an upload by an alumnus belongs to them, whoever the request names as owner', async () => {
    const uploader = people.approved
    const data = await png()
    const photo = await payload.create({
      collection: 'alumni-photos',
      data: { owner: people.owner.doc.id },
      file: { data, mimetype: 'image/png', name: `photo-${uniqueId()}.png`, size: data.length },
      overrideAccess: false,
      user: uploader.user,
      depth: 0,
    })
    photos.push(photo)
    expect(photo.owner).toBe(uploader.doc.id)
  })

  it('visitors cannot upload photos', async () => {
    const data = await png()
    await expect(
      payload.create({
        collection: 'alumni-photos',
        data: {},
        file: { data, mimetype: 'image/png', name: `photo-${uniqueId()}.png`, size: data.length },
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
