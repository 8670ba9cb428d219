import type { Payload, TypedUser } from 'payload'

import type { Locale } from '@/i18n/routing'
import { siteUrl } from '@/lib/site'
import type { Alumnus, AlumniPhoto } from '@/payload-types'

/**
 * "Download my data": everything stored about the signed-in alumnus, read with their own access
 * rights, so the file holds exactly what the rules let the owner read of themselves — and, by the
 * same rules, nothing about anyone else. Format described in docs/profile-and-privacy.md.
 */

export const EXPORT_FORMAT = 'enishi-member-data'
export const EXPORT_VERSION = 1

const absolute = (url: string | null | undefined) => (url ? new URL(url, siteUrl()).toString() : null)

const photoEntry = (photo: AlumniPhoto) => ({
  id: photo.id,
  url: absolute(photo.url),
  sizes: Object.fromEntries(Object.entries(photo.sizes ?? {}).map(([name, size]) => [name, absolute(size?.url)])),
  filename: photo.filename ?? null,
  mimeType: photo.mimeType ?? null,
  filesize: photo.filesize ?? null,
  width: photo.width ?? null,
  height: photo.height ?? null,
  uploadedAt: photo.createdAt,
})

/** A group whose fields are all hidden (e.g. the directory's search index) reads as `{}`: leave it out. */
const withoutEmptyGroups = (fields: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => !(value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0),
    ),
  )

export const exportMyData = async (payload: Payload, user: TypedUser, locale: Locale) => {
  const access = { overrideAccess: false, user } as const
  const me = await payload.findByID({ collection: 'alumni', id: user.id, depth: 0, ...access })
  // Members may read every profile photo; the owner filter keeps other people's out.
  const photos = await payload.find({
    collection: 'alumni-photos',
    where: { owner: { equals: user.id } },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    ...access,
  })
  const registrations = await payload.find({
    collection: 'registrations',
    where: { alumnus: { equals: user.id } },
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    ...access,
  })
  // Titles of the events the person signed up for. Read with access overridden — an event may
  // since have been unpublished — but only these events, and only what identifies them.
  const eventIds = [...new Set(registrations.docs.map((r) => (typeof r.event === 'number' ? r.event : r.event.id)))]
  const events = eventIds.length
    ? await payload.find({
        collection: 'events',
        where: { id: { in: eventIds } },
        select: { title: true, slug: true, startsAt: true, endsAt: true },
        depth: 0,
        pagination: false,
        locale,
        overrideAccess: true,
      })
    : { docs: [] }
  const eventById = new Map(events.docs.map((event) => [event.id, event]))

  // Sections by meaning; every other field the owner may read is part of the profile, so a
  // field added to the collection later is exported without a change here.
  const {
    id,
    email,
    status,
    _verified,
    privacyConsentAt,
    createdAt,
    updatedAt,
    sessions,
    contact,
    notifications,
    verification,
    photo,
    collection: _collection,
    ...profile
  } = me as Alumnus & { collection?: string }

  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    site: siteUrl(),
    account: {
      id,
      email,
      status,
      emailVerified: Boolean(_verified),
      createdAt,
      updatedAt,
      privacyConsentAt: privacyConsentAt ?? null,
      sessions: (sessions ?? []).map((session) => ({ createdAt: session.createdAt ?? null, expiresAt: session.expiresAt })),
    },
    profile: { ...withoutEmptyGroups(profile), photo: typeof photo === 'number' ? photo : (photo?.id ?? null) },
    contact: contact ?? {},
    notifications: notifications ?? {},
    verification: verification ?? {},
    photos: photos.docs.map(photoEntry),
    registrations: registrations.docs.map((registration) => {
      const eventId = typeof registration.event === 'number' ? registration.event : registration.event.id
      const event = eventById.get(eventId)
      return {
        id: registration.id,
        status: registration.status,
        registeredAt: registration.createdAt,
        updatedAt: registration.updatedAt,
        event: {
          id: eventId,
          title: event?.title ?? null,
          slug: event?.slug ?? null,
          startsAt: event?.startsAt ?? null,
          endsAt: event?.endsAt ?? null,
        },
      }
    }),
  }
}

export type MemberExport = Awaited<ReturnType<typeof exportMyData>>

/** `enishi-my-data-2026-05-01.json` */
export const exportFilename = (now = new Date()) => `enishi-my-data-${now.toISOString().slice(0, 10)}.json`
