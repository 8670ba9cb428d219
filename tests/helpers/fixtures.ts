/**
 * Fixture builders for the integration tests. Every builder makes uniquely named data (random
 * slugs and emails), so test files share one database without ever seeing each other's rows;
 * tests filter their queries to the slugs or ids they created.
 *
 * Data is created through the Local API with access control skipped (the default), the way
 * staff tooling would; what is under test is how other people then read and change it.
 */
import { randomBytes } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'

import type { Alumnus, Announcement, Event, Interview, Registration, User } from '../../payload-types'
import { anonymous, type ApiClient, signedIn } from './api'

export const uniqueId = (): string => randomBytes(4).toString('hex')

/** A slug no other test uses: `<prefix>-<random hex>`. */
export const uniqueSlug = (prefix: string): string => `${prefix}-${uniqueId()}`

const PASSWORD = 'correct-horse-battery-staple'

const inDays = (days: number): string => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()

/** A Lexical rich-text value holding one paragraph. */
export const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: 'ltr',
        format: '',
        indent: 0,
        version: 1,
        textFormat: 0,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

/**
 * Someone reading the site: their user for the Local API (`overrideAccess: false, user`) and a
 * REST/GraphQL client carrying their token. A visitor has neither user nor token.
 */
export type Viewer = { name: string; user: TypedUser | null; api: ApiClient }

export const visitor = (): Viewer => ({ name: 'a visitor', user: null, api: anonymous() })

export type Account<T> = Viewer & { doc: T; email: string; password: string }

const signIn = async <T extends User | Alumnus>(
  payload: Payload,
  collection: 'users' | 'alumni',
  doc: T,
  name: string,
): Promise<Account<T>> => {
  const { token, user } = await payload.login({ collection, data: { email: doc.email, password: PASSWORD } })
  if (!token || !user) throw new Error(`could not sign in ${doc.email}`)
  return { name, doc, email: doc.email, password: PASSWORD, user: user as TypedUser, api: signedIn(token) }
}

/** A staff account (the `users` collection), signed in. */
export const createStaff = async (payload: Payload, role: User['role']): Promise<Account<User>> => {
  const id = uniqueId()
  const doc = await payload.create({
    collection: 'users',
    data: { email: `${role}-${id}@staff.test`, password: PASSWORD, name: `Staff ${role} ${id}`, role },
  })
  return signIn(payload, 'users', doc, `an ${role}`)
}

/**
 * An alumni account, verified and signed in, with private data of its own: verification answers,
 * a staff review note, contact details not shared with members.
 */
export const createAlumnus = async (
  payload: Payload,
  { status = 'approved', ...data }: Partial<Omit<Alumnus, 'id' | 'collection'>> = {},
): Promise<Account<Alumnus>> => {
  const id = uniqueId()
  const doc = await payload.create({
    collection: 'alumni',
    // Verified, as if the registration link had been followed; no mail goes out.
    disableVerificationEmail: true,
    data: {
      _verified: true,
      email: `alumnus-${id}@alumni.test`,
      password: PASSWORD,
      name: `Alumnus ${id}`,
      nameKana: 'あるむない',
      status,
      currentOrganization: `Org ${id}`,
      // Written by staff when reviewing; readable by staff only.
      reviewMessage: `review note ${id}`,
      // Shown to other members only if the owner sets a visibility to `members`.
      contact: { email: `contact-${id}@example.test`, phone: `+81-3-0000-${id}` },
      verification: {
        joinedYear: 2012,
        leftYear: 2019,
        lastDepartment: `Department ${id}`,
        employeeNumber: `EMP-${id}`,
        note: `private note ${id}`,
      },
      ...data,
    },
  })
  const hidden = doc.hiddenFromDirectory ? ', hidden from the directory' : ''
  return signIn(payload, 'alumni', doc, `a ${status} alumnus${hidden}`)
}

export type PublishableSlug = 'interviews' | 'events' | 'announcements'

/**
 * How a document stands for readers:
 * - `public`: published, publish date passed, audience public (everybody sees it);
 * - `members`: the same for members only (events and announcements);
 * - `draft`: never published;
 * - `future`: published with a publish date next week.
 */
export type Visibility = 'public' | 'members' | 'draft' | 'future'

type DocOf = { interviews: Interview; events: Event; announcements: Announcement }

export const INTERVIEWEE = 'Ayumi Sato'

const validData = {
  interviews: (slug: string) => ({
    title: `Title of ${slug}`,
    slug,
    lead: `Lead of ${slug}`,
    interviewees: [{ name: INTERVIEWEE, organization: 'Example Inc.', isAlumni: true }],
    body: [
      { blockType: 'question' as const, text: 'What do you do now?' },
      { blockType: 'answer' as const, speaker: INTERVIEWEE, content: richText('I build things.') },
    ],
  }),
  events: (slug: string) => {
    const startsAt = inDays(30)
    return {
      title: `Title of ${slug}`,
      slug,
      audience: 'public' as const,
      startsAt,
      startsAt_tz: 'Asia/Tokyo' as const,
      endsAt: new Date(Date.parse(startsAt) + 2 * 60 * 60 * 1000).toISOString(),
      endsAt_tz: 'Asia/Tokyo' as const,
      onlineUrl: `https://meet.example.test/${slug}`,
    }
  },
  announcements: (slug: string) => ({
    title: `Title of ${slug}`,
    slug,
    audience: 'public' as const,
    body: richText(`Body of ${slug}`),
  }),
}

/** The fields each publishable collection requires, valid and named after `slug`. */
export const contentData = <C extends PublishableSlug>(collection: C, slug: string): ReturnType<(typeof validData)[C]> =>
  validData[collection](slug) as ReturnType<(typeof validData)[C]>

/** Creates one document of `collection` standing as `visibility` for readers. */
export const createContent = async <C extends PublishableSlug>(
  payload: Payload,
  collection: C,
  visibility: Visibility,
  extra: Partial<DocOf[C]> = {},
): Promise<DocOf[C]> => {
  const data = {
    ...contentData(collection, uniqueSlug(`${collection}-${visibility}`)),
    ...(visibility === 'members' ? { audience: 'members' } : {}),
    _status: visibility === 'draft' ? 'draft' : 'published',
    ...(visibility === 'future' ? { publishedAt: inDays(7) } : {}),
    ...extra,
  }
  const doc = await payload.create({
    collection,
    data: data as never,
    draft: visibility === 'draft',
  })
  return doc as DocOf[C]
}

/** One document per visibility of a collection (no `members` one for interviews). */
export const createContentSet = async <C extends PublishableSlug>(payload: Payload, collection: C) => {
  const visibilities: Visibility[] =
    collection === 'interviews' ? ['public', 'draft', 'future'] : ['public', 'members', 'draft', 'future']
  const docs = {} as Partial<Record<Visibility, DocOf[C]>>
  for (const visibility of visibilities) docs[visibility] = await createContent(payload, collection, visibility)
  return docs
}

export const createRegistration = (
  payload: Payload,
  event: Event,
  alumnus: Alumnus,
  status: Registration['status'],
): Promise<Registration> =>
  payload.create({ collection: 'registrations', data: { event: event.id, alumnus: alumnus.id, status } })
