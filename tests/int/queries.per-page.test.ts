/**
 * Queries per page (issue 7): every page's data path — the same `src/data` calls the page makes,
 * uncached — runs once with N items and once with 2N, and must send the same number of SQL
 * statements. A page that asks once per item (N+1) fails here. The statements are counted through
 * the Postgres adapter's logger (tests/helpers/queryLog.ts); the table is printed at the end.
 *
 * Test files share one database, so each list is seeded with documents that sort first (newest,
 * soonest, pinned) and the test checks that the page really shows them: the N and 2N runs differ
 * by exactly the items seeded.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Alumnus, Event, Interview, User } from '../../payload-types'
import type { Account } from '../helpers/fixtures'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'
import { countQueries } from '../helpers/queryLog'

// Pages read through Next's data cache; here every call reaches the database, the worst case.
vi.mock('next/cache', async (original) => ({
  ...(await original<typeof import('next/cache')>()),
  unstable_cache: <F>(fn: F) => fn,
}))
// The app's client starts the job cron; the tests use the test instance (same database, no cron).
vi.mock('@/data/payload', () => ({ payloadClient: () => import('../helpers/payload').then((m) => m.getTestPayload()) }))

const N = 2
const locale = 'ja' as const

let payload: Payload
let mailbox: Mailbox
let fixtures: typeof import('../helpers/fixtures')
let data: {
  announcements: typeof import('@/data/announcements')
  companies: typeof import('@/data/companies')
  directory: typeof import('@/data/directory')
  events: typeof import('@/data/events')
  interviews: typeof import('@/data/interviews')
  opportunities: typeof import('@/data/opportunities')
  profile: typeof import('@/data/profile')
  search: typeof import('@/data/search')
  updates: typeof import('@/data/updates')
  directoryQuery: typeof import('@/search/directoryQuery')
}
let member: Account<Alumnus>
let editor: Account<User>
const counts: { page: string; n: number; twoN: number }[] = []

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  fixtures = await import('../helpers/fixtures')
  data = {
    announcements: await import('@/data/announcements'),
    companies: await import('@/data/companies'),
    directory: await import('@/data/directory'),
    events: await import('@/data/events'),
    interviews: await import('@/data/interviews'),
    opportunities: await import('@/data/opportunities'),
    profile: await import('@/data/profile'),
    search: await import('@/data/search'),
    updates: await import('@/data/updates'),
    directoryQuery: await import('@/search/directoryQuery'),
  }
  member = await fixtures.createAlumnus(payload)
  editor = await fixtures.createStaff(payload, 'editor')
})

afterAll(async () => {
  console.log(['page | N | 2N', ...counts.map((c) => `${c.page} | ${c.n} | ${c.twoN}`)].join('\n'))
  await mailbox?.close()
})

const viewer = () => ({ ...member.user, collection: 'alumni' }) as never

/**
 * Seeds `n` items for a page (each call its own fresh ones), renders its data path, and checks
 * that the items are on the page; returns the number of statements the render sent.
 */
const queriesFor = async <S, R>(
  seed: (n: number) => Promise<S>,
  render: (seeded: S) => Promise<R>,
  shown: (result: R, seeded: S) => number,
  n: number,
) => {
  // Other test files write to the same database at the same time: when their newer items push
  // ours off the page, seed afresh (ours are then the newest again) rather than count a page
  // that does not show what we seeded.
  for (let attempt = 1; ; attempt++) {
    const seeded = await seed(n)
    const { result, statements } = await countQueries(() => render(seeded))
    if (shown(result, seeded) === n || attempt === 3) {
      expect(shown(result, seeded), 'the seeded items are on the page').toBe(n)
      return statements.length
    }
  }
}

const expectFlat = async <S, R>(
  page: string,
  seed: (n: number) => Promise<S>,
  render: (seeded: S) => Promise<R>,
  shown: (result: R, seeded: S) => number,
) => {
  const n = await queriesFor(seed, render, shown, N)
  const twoN = await queriesFor(seed, render, shown, 2 * N)
  counts.push({ page, n, twoN })
  expect(twoN, `${page}: ${n} statements with ${N} items, ${twoN} with ${2 * N}`).toBe(n)
}

const times = <T>(n: number, fn: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => fn(i)))
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()
const ids = (docs: { id: number }[]) => new Set(docs.map((d) => d.id))
const countIn = (docs: { id: number }[], seeded: { id: number }[]) => {
  const wanted = ids(seeded)
  return docs.filter((d) => wanted.has(d.id)).length
}

const company = () => {
  const id = fixtures.uniqueId()
  return payload.create({ collection: 'companies', data: { name: `計数商事${id}`, slug: `count-${id}` } })
}

/** Interviews, newest last created: each names an alumnus and its company, as real ones do. */
const interviews = async (n: number, extra: Partial<Interview> = {}) => {
  const docs: Interview[] = []
  for (let i = 0; i < n; i++) {
    const person = await fixtures.createAlumnus(payload)
    docs.push(
      await fixtures.createContent(payload, 'interviews', 'public', {
        interviewees: [{ name: fixtures.INTERVIEWEE, organization: 'Example Inc.', isAlumni: true, alumnus: person.doc.id }],
        ...extra,
      }),
    )
  }
  return docs
}

/**
 * Events starting in a minute (sooner than any other test's), or that just ended. The ones this
 * file seeded before are hidden first (`clearEvents`), so the newest seeds lead the lists.
 */
const seededEvents: number[] = []
const clearEvents = async () => {
  // Hidden from readers by a publish date years ahead (deleting would take their registrations along).
  const hidden = seededEvents.splice(0)
  if (hidden.length) await payload.update({ collection: 'events', where: { id: { in: hidden } }, data: { publishedAt: inMinutes(60 * 24 * 3650) } })
}
const events = async (n: number, when: 'upcoming' | 'past', extra: Partial<Event> = {}) => {
  const docs: Event[] = []
  for (let i = 0; i < n; i++) {
    const [startsAt, endsAt] = when === 'upcoming' ? [inMinutes(1 + i / 100), inMinutes(60)] : [inMinutes(-2 + i / 100), inMinutes(-1)]
    docs.push(await fixtures.createContent(payload, 'events', 'public', { startsAt, endsAt, ...extra }))
  }
  seededEvents.push(...docs.map((doc) => doc.id))
  return docs
}

const announcements = async (n: number, audience: 'public' | 'members' = 'public') => {
  const docs = []
  for (let i = 0; i < n; i++) docs.push(await fixtures.createContent(payload, 'announcements', audience, { pinned: true }))
  return docs
}

describe('public pages', () => {
  it('home', async () => {
    await expectFlat(
      'home',
      async (n) => {
        await clearEvents()
        return { interviews: await interviews(n), events: await events(n, 'upcoming'), news: await announcements(n) }
      },
      () =>
        Promise.all([
          data.interviews.listInterviews({ locale, page: 1 }),
          data.events.listEvents({ locale, when: 'upcoming', limit: 2 * N }),
          data.announcements.listAnnouncements({ locale, limit: 2 * N }),
        ]),
      ([list, upcoming, news], seeded) =>
        Math.min(countIn(list.docs, seeded.interviews), countIn(upcoming, seeded.events), countIn(news.docs, seeded.news)),
    )
  })

  it('case-study list', async () => {
    await expectFlat(
      'case studies',
      async (n) => {
        const companies = await times(n, company)
        return interviews(n).then((docs) =>
          Promise.all(docs.map((doc, i) => payload.update({ collection: 'interviews', id: doc.id, data: { company: companies[i]!.id } }))),
        )
      },
      () => Promise.all([data.companies.listCompanies({ locale }), data.interviews.listInterviews({ locale, page: 1 })]),
      ([, list], seeded) => list.docs.filter((d) => ids(seeded).has(d.id) && typeof d.company === 'object').length,
    )
  })

  it('case-study detail', async () => {
    await expectFlat(
      'case study',
      async (n) => {
        const owner = await company()
        const people = await times(n, () => fixtures.createAlumnus(payload))
        const tag = `計数${fixtures.uniqueId()}`
        const related = await interviews(n, { company: owner.id, tags: [tag] })
        const main = await fixtures.createContent(payload, 'interviews', 'public', {
          company: owner.id,
          tags: [tag],
          interviewees: people.map((p, i) => ({ name: `話し手${i}`, isAlumni: true, alumnus: p.doc.id })),
          body: people.flatMap((_, i) => [
            { blockType: 'question' as const, text: `問い${i}` },
            { blockType: 'answer' as const, speaker: `話し手${i}`, content: fixtures.richText('答え') },
          ]),
        })
        return { main, related }
      },
      async ({ main }) => {
        const found = (await data.interviews.getInterview({ slug: main.slug, locale }))!
        const { interview } = found
        const companyId = typeof interview.company === 'object' ? interview.company?.id : interview.company
        const related = await data.interviews.listRelatedInterviews({ id: interview.id, company: companyId ?? undefined, tags: interview.tags ?? [], locale })
        return { interview, related }
      },
      ({ interview, related }, seeded) =>
        Math.min(
          interview.interviewees.length,
          // The related list shows three at most.
          countIn(related, seeded.related) === Math.min(seeded.related.length, 3) ? seeded.related.length : -1,
        ),
    )
  })

  it('company page', async () => {
    await expectFlat(
      'company',
      async (n) => {
        const owner = await company()
        return { owner, interviews: await interviews(n, { company: owner.id }) }
      },
      ({ owner }) =>
        Promise.all([data.companies.getCompany({ slug: owner.slug, locale }), data.interviews.listInterviews({ locale, page: 1, company: owner.slug })]),
      ([, list], seeded) => countIn(list.docs, seeded.interviews),
    )
  })

  it('news list and detail', async () => {
    await expectFlat('news', announcements, () => data.announcements.listAnnouncements({ locale, page: 1 }), (list, seeded) => countIn(list.docs, seeded))
    await expectFlat(
      'news item',
      async (n) => ({ item: (await announcements(1))[0]!, n }),
      ({ item }) => data.announcements.getAnnouncement({ slug: item.slug, locale }),
      (found, { n }) => (found ? n : 0),
    )
  })

  it('events list and detail', async () => {
    await expectFlat(
      'events',
      async (n) => {
        await clearEvents()
        const past = await events(n, 'past')
        const upcoming = await events(n, 'upcoming')
        return { upcoming, past }
      },
      () => Promise.all([data.events.listEvents({ locale, when: 'upcoming' }), data.events.listEvents({ locale, when: 'past', limit: 12 })]),
      ([upcoming, past], seeded) => Math.min(countIn(upcoming, seeded.upcoming), countIn(past, seeded.past)),
    )
    await expectFlat(
      'event',
      async (n) => {
        const [event] = await events(1, 'upcoming', { capacity: 10 * N })
        const people = await times(n, () => fixtures.createAlumnus(payload))
        for (const person of people) await fixtures.createRegistration(payload, event!, person.doc, 'confirmed')
        return event!
      },
      (event) => data.events.getEvent({ slug: event.slug, locale }),
      (found) => (found ? 10 * N - found.seatsLeft! : 0),
    )
  })

  it('search', async () => {
    await expectFlat(
      'search',
      async (n) => {
        const word = `計数検索${fixtures.uniqueId()}`
        for (let i = 0; i < n; i++) await fixtures.createContent(payload, 'announcements', 'public', { title: `${word} ${i}` })
        await interviews(n)
        await events(n, 'upcoming')
        return word
      },
      (word) => data.search.searchSite({ query: word, locale }),
      (found) => found.total,
    )
  })
})

describe('members pages', () => {
  it('members home', async () => {
    await expectFlat(
      'members home',
      async (n) => {
        const pinned = await announcements(n, 'members')
        // Registered for n events, half of them on a waiting list (a full event).
        await clearEvents()
        const registered = await events(n, 'upcoming', { audience: 'members', capacity: 1 })
        for (const [i, event] of registered.entries()) {
          if (i % 2) await fixtures.createRegistration(payload, event, (await fixtures.createAlumnus(payload)).doc, 'confirmed')
          await fixtures.createRegistration(payload, event, member.doc, i % 2 ? 'waitlisted' : 'confirmed')
        }
        // n posts by different members, each with reactions and one reported by the viewer.
        const posts = []
        for (let i = 0; i < n; i++) {
          const author = await fixtures.createAlumnus(payload)
          const post = await payload.create({ collection: 'member-updates', data: { body: `近況 ${i}` } as never, overrideAccess: false, user: author.user, depth: 0 })
          await payload.create({ collection: 'update-reactions', data: { update: post.id, kind: 'like' } as never, overrideAccess: false, user: member.user, depth: 0 })
          await payload.create({ collection: 'update-reports', data: { update: post.id, reason: 'spam' } as never, overrideAccess: false, user: member.user, depth: 0 })
          posts.push(post)
        }
        return { pinned, registered, posts }
      },
      () =>
        Promise.all([
          data.announcements.listMemberAnnouncements(viewer(), { locale, limit: 5, pinnedOnly: true }),
          data.events.myUpcomingRegistrations({ locale, user: viewer() }),
          data.events.listMembersEvents({ locale, user: viewer() }),
          data.updates.listUpdates(viewer(), { page: 1 }),
        ]),
      ([pinned, mine, , feed], seeded) =>
        Math.min(
          countIn(pinned.docs, seeded.pinned),
          countIn(
            mine.filter((m) => m.registration.status === 'confirmed' || m.position === 1).map((m) => m.event),
            seeded.registered,
          ),
          feed.items.filter((item) => ids(seeded.posts).has(item.id) && item.reported && item.myReaction === 'like').length,
        ),
    )
  })

  it('members event', async () => {
    await expectFlat(
      'members event',
      async (n) => {
        const [event] = await events(1, 'upcoming', { audience: 'members', capacity: 10 * N })
        for (let i = 0; i < n; i++) await fixtures.createRegistration(payload, event!, (await fixtures.createAlumnus(payload)).doc, 'confirmed')
        return event!
      },
      (event) => data.events.getEventFor({ slug: event.slug, locale, user: viewer() }),
      (found) => (found ? 10 * N - found.seatsLeft! : 0),
    )
  })

  it('directory and alumni profile', async () => {
    await expectFlat(
      'directory',
      async (n) => {
        const department = `計数部${fixtures.uniqueId()}`
        await times(n, () => fixtures.createAlumnus(payload, { departments: [department] }))
        return department
      },
      (department) =>
        Promise.all([
          data.directory.searchDirectory(payload, viewer(), data.directoryQuery.parseDirectoryQuery({ department })),
          data.directory.directoryDepartments(payload),
        ]),
      ([page]) => page.people.length,
    )
    await expectFlat(
      'alumni profile',
      async (n) => {
        const person = await fixtures.createAlumnus(payload, {
          departments: Array.from({ length: n }, (_, i) => `部署${i}`),
          skills: Array.from({ length: n }, (_, i) => `技能${i}`),
          links: Array.from({ length: n }, (_, i) => ({ label: `リンク${i}`, url: `https://example.test/${i}` })),
        })
        const featuring = []
        for (let i = 0; i < n; i++) {
          featuring.push(
            await fixtures.createContent(payload, 'interviews', 'public', {
              interviewees: [{ name: fixtures.INTERVIEWEE, isAlumni: true, alumnus: person.doc.id }],
              company: (await company()).id,
            }),
          )
        }
        return { person, featuring }
      },
      async ({ person }) =>
        Promise.all([
          data.directory.getDirectoryProfile(payload, viewer(), person.doc.id),
          data.interviews.listInterviewsFeaturing({ alumnus: person.doc.id, locale }),
        ]),
      ([profile, featuring], seeded) => Math.min(profile?.links?.length ?? 0, countIn(featuring, seeded.featuring)),
    )
  })

  it('members news list and detail', async () => {
    await expectFlat(
      'members news',
      (n) => announcements(n, 'members'),
      () => data.announcements.listMemberAnnouncements(viewer(), { locale, page: 1 }),
      (list, seeded) => countIn(list.docs, seeded),
    )
    await expectFlat(
      'members news item',
      async (n) => ({ item: (await announcements(1, 'members'))[0]!, n }),
      ({ item }) => data.announcements.getMemberAnnouncement(viewer(), { slug: item.slug, locale }),
      (found, { n }) => (found ? n : 0),
    )
  })

  it('opportunities list and detail', async () => {
    const post = (account: Account<Alumnus | User>) =>
      payload.create({
        collection: 'opportunities',
        data: { title: `計数案件${fixtures.uniqueId()}`, kind: 'alumnusOrders', industry: 'it', description: '二週間の仕事', contact: 'poster@example.test' } as never,
        overrideAccess: false,
        user: account.user,
        depth: 0,
      })
    await expectFlat(
      'opportunities',
      async (n) => {
        const docs = []
        // Posted by members and by staff: both posters' names are shown.
        for (let i = 0; i < n; i++) docs.push(await post(i % 2 ? editor : await fixtures.createAlumnus(payload)))
        for (let i = 0; i < n; i++) await post(member)
        return docs
      },
      () => Promise.all([data.opportunities.listOpenOpportunities(viewer(), {}), data.opportunities.listMyOpportunities(viewer())]),
      ([list], seeded) => countIn(list.docs, seeded),
    )
    await expectFlat(
      'opportunity',
      async (n) => {
        const doc = await post(member)
        for (let i = 0; i < n; i++) {
          const person = await fixtures.createAlumnus(payload)
          await payload.create({ collection: 'opportunity-interests', data: { opportunity: doc.id, message: `興味 ${i}` } as never, overrideAccess: false, user: person.user, depth: 0 })
        }
        return doc
      },
      (doc) => Promise.all([data.opportunities.getOpportunity(viewer(), doc.id), data.opportunities.listInterests(viewer(), doc.id)]),
      ([, interests]) => interests.filter((i) => typeof i.alumnus === 'object' && i.alumnus.name).length,
    )
  })

  it('profile and settings', async () => {
    await expectFlat(
      'profile, settings',
      async (n) => {
        await payload.update({
          collection: 'alumni',
          id: member.doc.id,
          data: {
            departments: Array.from({ length: n }, (_, i) => `部署${i}`),
            skills: Array.from({ length: n }, (_, i) => `技能${i}`),
            links: Array.from({ length: n }, (_, i) => ({ label: `リンク${i}`, url: `https://example.test/${i}` })),
          },
        })
        return n
      },
      () => data.profile.getOwnProfile(viewer()),
      (profile) => profile.links?.length ?? 0,
    )
  })
})
