/**
 * Who may see what — profile photos (docs/security.md, "Photos follow their owner";
 * collections/AlumniPhotos): a photo follows its owner's visibility. Staff see every photo; an
 * approved member sees their own and those of members the directory lists (approved, not
 * hidden); a pending, rejected or suspended alumnus sees only their own; visitors none —
 * neither the document nor the image file, nor the member's page. A query through the owner
 * (`where[owner.status]`, `where[owner.hiddenFromDirectory]`, …) reveals nothing more. An
 * alumnus changes or deletes only their own photo, and an upload always belongs to its
 * uploader. Checked through REST (documents and files), GraphQL, the Local API and the
 * directory's data for pages.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, AlumniPhoto, User } from '../../payload-types'
import { type Account, createAlumnus, createStaff, uniqueId, type Viewer, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
const people = {} as Record<'owner' | 'pending' | 'hidden' | 'approved', Account<Alumnus>>
const photos: AlumniPhoto[] = []
let ownersPhoto: AlumniPhoto
let pendingsPhoto: AlumniPhoto
let hiddensPhoto: AlumniPhoto

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
  people.hidden = await createAlumnus(payload, { status: 'approved', hiddenFromDirectory: true })
  people.approved = await createAlumnus(payload, { status: 'approved' })
  ownersPhoto = await upload(people.owner.doc)
  pendingsPhoto = await upload(people.pending.doc)
  hiddensPhoto = await upload(people.hidden.doc)
  // Each shows the photo on their profile.
  for (const [who, photo] of [['owner', ownersPhoto], ['pending', pendingsPhoto], ['hidden', hiddensPhoto]] as const) {
    await payload.update({ collection: 'alumni', id: people[who].doc.id, data: { photo: photo.id } })
  }
})

afterAll(async () => {
  // Deleting the documents removes their files from media/alumni.
  for (const photo of photos) await payload.delete({ collection: 'alumni-photos', id: photo.id }).catch(() => {})
})

const ours = () => ({ id: { in: photos.map((photo) => photo.id) } })
const fileOf = (photo: AlumniPhoto) => `/alumni-photos/file/${photo.filename}` as const

type Owner = 'owner' | 'pending' | 'hidden'
const all = (): [Owner, AlumniPhoto][] => [['owner', ownersPhoto], ['pending', pendingsPhoto], ['hidden', hiddensPhoto]]

describe.each([
  ['a visitor', visitor, [] as Owner[]],
  ['a pending alumnus', () => people.pending, ['pending']],
  ['an alumnus hidden from the directory', () => people.hidden, ['owner', 'hidden']],
  ['an approved alumnus', () => people.approved, ['owner']],
  ['staff', () => editor, ['owner', 'pending', 'hidden']],
] as [string, () => Viewer, Owner[]][])('%s', (_name, who, visible) => {
  const mayRead = (photo: AlumniPhoto) => visible.includes(all().find(([, candidate]) => candidate === photo)![0])
  const threePhotos = () => all().map(([, photo]) => photo)

  it('lists and reads only the photos they may see (REST, GraphQL, Local API)', async () => {
    const expected = threePhotos().filter(mayRead).map((photo) => photo.id).sort()
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

    for (const photo of threePhotos()) {
      const one = await who().api.get(`/alumni-photos/${photo.id}`)
      expect(one.status, `photo ${photo.id}`).toEqual(mayRead(photo) ? 200 : expect.toBeOneOf([403, 404]))
      const local = payload.findByID({ collection: 'alumni-photos', id: photo.id, overrideAccess: false, user: who().user })
      if (mayRead(photo)) await expect(local).resolves.toMatchObject({ id: photo.id })
      else await expect(local).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    }
  })

  it('finds no photo of an owner they may not see by asking for it (where[owner], where[owner.status], …)', async () => {
    const probes: Record<string, unknown>[] = [
      { owner: { equals: people.pending.doc.id } },
      { owner: { in: [people.pending.doc.id, people.hidden.doc.id] } },
      { 'owner.status': { equals: 'pending' } },
      { 'owner.status': { not_equals: 'approved' } },
      { 'owner.hiddenFromDirectory': { equals: true } },
      { 'owner.email': { equals: people.pending.doc.email } },
    ]
    const hiddenFromThem = threePhotos().filter((photo) => !mayRead(photo)).map((photo) => photo.id)
    for (const where of probes) {
      const rest = await who().api.get('/alumni-photos', { where: { and: [ours(), where] } })
      const ids = (rest.body.docs ?? []).map((doc) => doc.id)
      expect(ids.filter((id) => hiddenFromThem.includes(id)), JSON.stringify(where)).toEqual([])
      const count = await who().api.get('/alumni-photos/count', { where: { and: [ours(), where] } })
      expect(count.status).toBeLessThan(500)
      const local = await payload
        .find({ collection: 'alumni-photos', where: { and: [ours(), where] } as never, overrideAccess: false, user: who().user, depth: 0 })
        .catch(() => ({ docs: [] }))
      expect(local.docs.map((doc) => doc.id).filter((id) => hiddenFromThem.includes(id))).toEqual([])
    }
    const gql = await who().api.graphql(`{ AlumniPhotos(where: { owner: { equals: ${people.pending.doc.id} } }) { docs { id } } }`)
    const gqlIds = ((gql.data?.AlumniPhotos as { docs: { id: number }[] } | null)?.docs ?? []).map((doc) => doc.id)
    expect(gqlIds.filter((id) => hiddenFromThem.includes(id))).toEqual([])
  })

  it('downloads only the image files of photos they may see', async () => {
    for (const photo of threePhotos()) {
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

describe('the pages where a photo shows', () => {
  it("a member's profile and directory card carry the photo of a listed member only", async () => {
    const { getDirectoryProfile } = await import('../../src/data/directory')
    const viewer = people.approved.user as never
    const listed = await getDirectoryProfile(payload, viewer, people.owner.doc.id)
    expect(listed?.photo).toMatchObject({ id: ownersPhoto.id })
    const url = (listed!.photo as { url: string }).url.replace(/^(https?:\/\/[^/]+)?\/api/, '')
    const file = await people.approved.api.fetch('GET', url as `/${string}`)
    expect(file.status).toBe(200)
    await file.body?.cancel()
    for (const unlisted of [people.pending, people.hidden]) {
      expect(await getDirectoryProfile(payload, viewer, unlisted.doc.id)).toBeNull()
    }
  })
  it("the photo of a pending or hidden member is not served to a member, whatever the page links to", async () => {
    for (const photo of [pendingsPhoto, hiddensPhoto]) {
      const res = await people.approved.api.fetch('GET', fileOf(photo))
      expect(res.status).toBeOneOf([403, 404])
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
