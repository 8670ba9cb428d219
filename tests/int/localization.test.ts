/**
 * Content fields are localized: Japanese is the default locale, English falls back to Japanese
 * field by field (payload.config.ts, `localization.fallback`). A reader asking for English gets
 * the English text where there is one and the Japanese text elsewhere — through the Local API
 * (overrideAccess: false), REST and GraphQL alike; without the fallback the untranslated fields
 * are empty, so the Japanese text is not stored twice.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createContent, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
/** Japanese only. */
let japanese: { id: number; title: string; series: string }
/** Japanese, and English for the fields English requires (the series is not translated). */
let partly: { id: number; title: string; series: string; englishTitle: string }
const ENGLISH_TITLE = 'An interview with an English title'

beforeAll(async () => {
  payload = await getTestPayload()
  const only = await createContent(payload, 'interviews', 'public', {
    title: '日本語だけの記事',
    series: '日本語の連載',
  })
  japanese = { id: only.id, title: only.title, series: only.series! }
  const both = await createContent(payload, 'interviews', 'public', {
    title: '翻訳のある記事',
    series: '翻訳のない連載',
  })
  await payload.update({
    collection: 'interviews',
    id: both.id,
    locale: 'en',
    data: {
      title: ENGLISH_TITLE,
      lead: 'The lead in English.',
      interviewees: both.interviewees.map((person) => ({ ...person, name: 'Ayumi Sato (en)' })),
    },
  })
  partly = { id: both.id, title: both.title, series: both.series!, englishTitle: ENGLISH_TITLE }
})

type Fields = { title?: string | null; series?: string | null }

/** A visitor's read of one interview's title and series in `locale`, through each channel. */
const channels: Record<string, (id: number, locale: 'ja' | 'en') => Promise<Fields>> = {
  'the Local API': async (id, locale) =>
    payload.findByID({ collection: 'interviews', id, locale, overrideAccess: false, user: null, depth: 0 }),
  REST: async (id, locale) => {
    const { status, body } = await visitor().api.get(`/interviews/${id}`, { locale, depth: 0 })
    expect(status).toBe(200)
    return body as unknown as Fields
  },
  GraphQL: async (id, locale) => {
    const { data, errors } = await visitor().api.graphql(
      `query ($id: Int!) { Interview(id: $id, locale: ${locale}) { title series } }`,
      { id },
    )
    expect(errors).toBeUndefined()
    return data!.Interview as Fields
  },
}

describe('localized content', () => {
  for (const [channel, read] of Object.entries(channels)) {
    it(`falls back to Japanese field by field in English, through ${channel}`, async () => {
      expect(await read(japanese.id, 'ja')).toMatchObject({ title: japanese.title, series: japanese.series })
      expect(await read(japanese.id, 'en')).toMatchObject({ title: japanese.title, series: japanese.series })
      expect(await read(partly.id, 'en')).toMatchObject({ title: partly.englishTitle, series: partly.series })
      expect(await read(partly.id, 'ja')).toMatchObject({ title: partly.title, series: partly.series })
    })
  }

  it('stores the Japanese text once: without the fallback, untranslated English fields are empty', async () => {
    const { body } = await visitor().api.get(`/interviews/${partly.id}`, {
      locale: 'en',
      'fallback-locale': 'none',
      depth: 0,
    })
    expect(body).toMatchObject({ title: partly.englishTitle })
    expect(body.series ?? null).toBeNull()
  })
})
