import type { Interview } from '../../../payload-types'
import { avatarSvg, heroSvg, sceneSvg, type ImageSpec, type PaletteName } from '../images'
import { findIdBySlug, progress, SEED_CONTEXT, tokyo, type SeedContext } from '../util'

import { resolveBody, type InterviewSeed, type InterviewText } from './blocks'
import { hibikiSalon } from './hibiki-salon'
import { kazamiBoomerang } from './kazami-boomerang'
import { kazamiMentors } from './kazami-mentors'
import { soranoGraduation } from './sorano-graduation'

export { bodyText, type InterviewSeed } from './blocks'

/** Newest first. */
export const INTERVIEWS: InterviewSeed[] = [kazamiBoomerang, hibikiSalon, soranoGraduation, kazamiMentors]

/** Portraits of interviewees who are not seeded alumni (those use their profile picture). */
const PORTRAITS: { key: string; initials: string; palette: PaletteName; ja: string; en: string }[] = [
  { key: 'portrait-kazami-yukiko', initials: 'YK', palette: 'indigo', ja: '風見 由紀子', en: 'Yukiko Kazami' },
  { key: 'portrait-onodera-ken', initials: 'KO', palette: 'slate', ja: '小野寺 健', en: 'Ken Onodera' },
  { key: 'portrait-chiba-ryosuke', initials: 'RC', palette: 'forest', ja: '千葉 亮介', en: 'Ryosuke Chiba' },
  { key: 'portrait-sasaki-mari', initials: 'MS', palette: 'rose', ja: '佐々木 真理', en: 'Mari Sasaki' },
  { key: 'portrait-abe-yuki', initials: 'YA', palette: 'moss', ja: '阿部 祐樹', en: 'Yuki Abe' },
  { key: 'portrait-miyoshi-takayuki', initials: 'TM', palette: 'teal', ja: '三好 隆之', en: 'Takayuki Miyoshi' },
  { key: 'portrait-kitahara-masato', initials: 'MK', palette: 'amber', ja: '北原 正人', en: 'Masato Kitahara' },
  { key: 'portrait-fujimori-ayaka', initials: 'AF', palette: 'plum', ja: '藤森 彩花', en: 'Ayaka Fujimori' },
]

export const interviewImages = (): ImageSpec[] => [
  ...INTERVIEWS.flatMap((i): ImageSpec[] => [
    {
      key: `hero-${i.slug}`,
      filename: `seed-hero-${i.slug}.webp`,
      alt: i.hero.alt,
      width: 1600,
      height: 900,
      format: 'webp',
      svg: () => heroSvg({ width: 1600, height: 900, palette: i.hero.palette, pattern: i.hero.pattern, seed: i.slug }),
    },
    {
      key: `scene-${i.slug}`,
      filename: `seed-scene-${i.slug}.webp`,
      alt: i.scene.alt,
      width: 1600,
      height: 1000,
      format: 'webp',
      svg: () => sceneSvg({ kind: i.scene.kind, palette: i.scene.palette }),
    },
  ]),
  ...PORTRAITS.map(
    (p): ImageSpec => ({
      key: p.key,
      filename: `seed-${p.key}.png`,
      alt: { ja: `${p.ja}さんのプロフィール画像（イニシャル）`, en: `Profile picture of ${p.en} (initials)` },
      width: 400,
      height: 400,
      format: 'png',
      svg: () => avatarSvg({ initials: p.initials, palette: p.palette }),
    }),
  ),
]

const textFields = (text: InterviewText, media: Record<string, number>) => ({
  title: text.title,
  series: text.series,
  lead: text.lead,
  body: resolveBody(text.body, media),
})

/** Upserts the interviews by slug (published, Japanese, plus English where written). */
export const seedInterviews = async (
  ctx: SeedContext,
  refs: { companies: Record<string, number>; alumni: Record<string, number> },
): Promise<Record<string, number>> => {
  const { payload, media } = ctx
  const tick = progress(ctx.log, 'interviews', INTERVIEWS.length)
  const ids: Record<string, number> = {}

  for (const seed of INTERVIEWS) {
    const company = refs.companies[seed.company]
    if (company === undefined) throw new Error(`interview ${seed.slug}: unknown company ${seed.company}`)
    const people = seed.interviewees.map((person) => {
      const alumnus = person.alumnusEmail ? refs.alumni[person.alumnusEmail] : undefined
      if (person.alumnusEmail && alumnus === undefined) throw new Error(`unknown alumnus ${person.alumnusEmail}`)
      return {
        isAlumni: person.isAlumni,
        alumnus: alumnus ?? null,
        photo: person.photo ? (media[person.photo] ?? null) : null,
      }
    })

    const data = {
      ...textFields(seed.ja, media),
      slug: seed.slug,
      _status: 'published' as const,
      publishedAt: tokyo(ctx, -seed.publishedDaysAgo, 10),
      interviewDate: tokyo(ctx, -seed.interviewDaysAgo, 12),
      company,
      tags: seed.tags,
      heroImage: media[`hero-${seed.slug}`],
      interviewees: seed.interviewees.map((person, i) => ({ ...person.ja, ...people[i] })),
    }
    const options = { locale: 'ja' as const, depth: 0, context: SEED_CONTEXT, overrideAccess: true }
    const existing = await findIdBySlug(payload, 'interviews', seed.slug)
    const doc: Interview = existing
      ? await payload.update({ collection: 'interviews', id: existing, data, ...options })
      : await payload.create({ collection: 'interviews', data, ...options })

    if (seed.en) {
      // The interviewee rows are shared by all locales: keep their ids, set the English texts.
      const rows = doc.interviewees.map((row, i) => {
        const en = seed.interviewees[i].en
        if (!en) throw new Error(`interview ${seed.slug}: interviewee ${i + 1} has no English text`)
        return { id: row.id, ...en, ...people[i] }
      })
      await payload.update({
        collection: 'interviews',
        id: doc.id,
        data: { ...textFields(seed.en, media), interviewees: rows, _status: 'published' },
        locale: 'en',
        depth: 0,
        context: SEED_CONTEXT,
        overrideAccess: true,
      })
    }
    ids[seed.slug] = doc.id
    tick()
  }
  return ids
}
