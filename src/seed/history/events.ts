/**
 * The network's past events: meetups at the head office and in the regions, study sessions and
 * public seminars, about one every six weeks since the network opened, with who came. Regulars
 * come back (the dashboard's repeat attendance); people living near a regional meetup are the
 * likeliest to register for it. Only generated members register, so the named demo members'
 * own event pages stay as the browser tests expect.
 */
import type { Event } from '../../../payload-types'
import { richText } from '../../lib/lexical'
import { OPERATOR } from '../operator'
import { hash, prng, upsertBySlug, type SeedContext } from '../util'
import { DAY, sample } from './calendar'
import { type HistoryPerson, memberAt } from './people'

type Text = { title: string; summary: string }

export type PastEvent = {
  slug: string
  daysAgo: number
  audience: Event['audience']
  /** Tokyo hour it starts; it lasts two hours. */
  hour: number
  capacity: number
  online: boolean
  /** A prefecture (as in profile locations): people living there are likelier to come. */
  near?: string
  venue?: { ja: { name: string; address: string }; en: { name: string; address: string } }
  ja: Text
  en: Text
}

const office = { ja: OPERATOR.office.ja, en: OPERATOR.office.en }
const meetup = (n: number): Pick<PastEvent, 'ja' | 'en'> => ({
  ja: { title: `東京アルムナイ交流会 vol.${n}`, summary: '本社8階のラウンジで、アルムナイと現役社員が気軽に話す交流会です。近況報告のライトニングトークもあります。' },
  en: { title: `Tokyo alumni meetup vol.${n}`, summary: 'An informal evening in the head office lounge for alumni and current staff, with lightning talks on what people do now.' },
})
const regional = (cityJa: string, cityEn: string, venueJa: string, venueEn: string, near: string): Pick<PastEvent, 'ja' | 'en' | 'venue' | 'near'> => ({
  ja: { title: `${cityJa}アルムナイ交流会`, summary: `${cityJa}とその近くで働くアルムナイが集まる交流会です。地域での仕事や暮らしについて語り合いました。` },
  en: { title: `${cityEn} alumni meetup`, summary: `A meetup for alumni working in and around ${cityEn}: work and life in the region.` },
  venue: { ja: { name: venueJa, address: venueJa }, en: { name: venueEn, address: venueEn } },
  near,
})
const study = (n: number, ja: string, en: string): Pick<PastEvent, 'ja' | 'en'> => ({
  ja: { title: `アルムナイ勉強会 第${n}回「${ja}」`, summary: `アルムナイが講師を務めるオンライン勉強会。今回のテーマは「${ja}」です。` },
  en: { title: `Alumni study session #${n}: ${en}`, summary: `An online study session taught by alumni. This time: ${en.toLowerCase()}.` },
})

/** Oldest first. The two named past events (src/seed/events.ts) come after these. */
export const PAST_EVENTS: PastEvent[] = [
  {
    slug: 'enishi-opening-party', daysAgo: 680, audience: 'members', hour: 18, capacity: 80, online: false, venue: office,
    ja: { title: 'Enishi 開設記念 アルムナイ交流会', summary: 'アルムナイネットワーク「Enishi」の開設を記念して、本社ラウンジで開いた最初の交流会です。' },
    en: { title: 'Enishi opening party', summary: 'The first alumni meetup, held in the head office lounge to celebrate the opening of the Enishi network.' },
  },
  { slug: 'study-session-side-projects', daysAgo: 630, audience: 'members', hour: 20, capacity: 100, online: true, ...study(1, '副業・複業のはじめ方', 'Starting a side business') },
  { slug: 'fukuoka-alumni-meetup', daysAgo: 580, audience: 'members', hour: 19, capacity: 30, online: false, ...regional('福岡', 'Fukuoka', '天神ワークラウンジ（福岡市中央区）', 'Tenjin Work Lounge, Fukuoka', '福岡県') },
  {
    slug: 'open-seminar-careers-after-tsumugi', daysAgo: 530, audience: 'public', hour: 19, capacity: 80, online: true, venue: office,
    ja: { title: '公開セミナー：つむぎワークスを出てからのキャリア', summary: '独立、転職、再入社。さまざまな道を選んだアルムナイ4人が、退職後のキャリアを語る公開セミナーです。' },
    en: { title: 'Open seminar: careers after Tsumugi Works', summary: 'Four alumni who went freelance, changed jobs or came back talk about their careers since leaving.' },
  },
  { slug: 'tokyo-alumni-meetup-2', daysAgo: 470, audience: 'members', hour: 18, capacity: 60, online: false, venue: office, ...meetup(2) },
  { slug: 'study-session-data-in-practice', daysAgo: 420, audience: 'members', hour: 20, capacity: 100, online: true, ...study(2, '現場で使うデータ分析', 'Data analysis at work') },
  { slug: 'nagoya-alumni-meetup', daysAgo: 365, audience: 'members', hour: 19, capacity: 30, online: false, ...regional('名古屋', 'Nagoya', '名駅コモンズ 5階（名古屋市西区）', 'Meieki Commons 5F, Nagoya', '愛知県') },
  { slug: 'tokyo-alumni-meetup-3', daysAgo: 310, audience: 'members', hour: 18, capacity: 60, online: false, venue: office, ...meetup(3) },
  { slug: 'study-session-first-year-as-a-manager', daysAgo: 262, audience: 'members', hour: 20, capacity: 100, online: true, ...study(3, 'マネージャー1年目の壁', 'The first year as a manager') },
  {
    slug: 'open-seminar-boomerang-careers', daysAgo: 215, audience: 'public', hour: 19, capacity: 100, online: true, venue: office,
    ja: { title: '公開セミナー：「出戻り」という選択肢', summary: '再入社した社員と、受け入れた現場のマネージャーが、出戻りのリアルを話します。' },
    en: { title: 'Open seminar: coming back as a career choice', summary: 'Rehired staff and the managers who took them back talk about what returning is really like.' },
  },
  { slug: 'sapporo-alumni-meetup', daysAgo: 168, audience: 'members', hour: 19, capacity: 30, online: false, ...regional('札幌', 'Sapporo', '大通りラボ 2階（札幌市中央区）', 'Odori Lab 2F, Sapporo', '北海道') },
  { slug: 'tokyo-alumni-meetup-4', daysAgo: 120, audience: 'members', hour: 18, capacity: 70, online: false, venue: office, ...meetup(4) },
  { slug: 'study-session-working-with-the-regions', daysAgo: 95, audience: 'members', hour: 20, capacity: 100, online: true, ...study(4, '地方で働く、地方と働く', 'Working in and with the regions') },
  {
    slug: 'mentoring-night', daysAgo: 68, audience: 'members', hour: 19, capacity: 40, online: false, venue: office,
    ja: { title: 'メンタリング・ナイト', summary: '経験を分かち合いたいアルムナイと、相談したいアルムナイが少人数のテーブルで話す夜です。' },
    en: { title: 'Mentoring night', summary: 'Small tables where alumni who want to share their experience meet alumni who want advice.' },
  },
]

const description = (e: PastEvent, locale: 'ja' | 'en') =>
  locale === 'ja'
    ? `${e.ja.summary}\n\n## 当日の様子\n\n- 開会とアルムナイネットワークの近況報告\n- 参加者によるテーマトーク\n- 交流タイム\n\n${e.online ? 'オンライン（参加確定者に視聴URLをお送りしました）。' : '会場で開催しました。'}**このイベントは終了しました。**`
    : `${e.en.summary}\n\n## What happened\n\n- Welcome and news from the alumni network\n- Talks by participants\n- Time to talk\n\n${e.online ? 'Online (confirmed participants received the link).' : 'Held on site.'} **This event has ended.**`

export const startOf = (ctx: Pick<SeedContext, 'today'>, e: Pick<PastEvent, 'daysAgo' | 'hour'>) => ctx.today - e.daysAgo * DAY + e.hour * 60 * 60 * 1000

/** Upserts the past events by slug (published, both languages); hero images are the named events' artwork. Returns ids by slug. */
export const seedPastEvents = async (ctx: SeedContext, heroes: number[]): Promise<Record<string, number>> => {
  const { payload } = ctx
  const ids: Record<string, number> = {}
  for (const [i, e] of PAST_EVENTS.entries()) {
    const starts = startOf(ctx, e)
    const at = (t: number) => new Date(t).toISOString()
    const data = {
      title: e.ja.title,
      slug: e.slug,
      _status: 'published' as const,
      publishedAt: at(starts - 30 * DAY),
      audience: e.audience,
      summary: e.ja.summary,
      description: richText(description(e, 'ja')),
      heroImage: heroes[i % heroes.length],
      startsAt: at(starts),
      startsAt_tz: 'Asia/Tokyo' as const,
      endsAt: at(starts + 2 * 60 * 60 * 1000),
      endsAt_tz: 'Asia/Tokyo' as const,
      venue: { name: e.venue?.ja.name ?? null, address: e.venue?.ja.address ?? null },
      onlineUrl: e.online ? `https://meet.example/enishi/${e.slug}` : null,
      capacity: e.capacity,
      registrationDeadline: at(starts - DAY),
    }
    ids[e.slug] = await upsertBySlug(payload, 'events', e.slug, data, {
      title: e.en.title,
      summary: e.en.summary,
      description: richText(description(e, 'en')),
      venue: { name: e.venue?.en.name ?? null, address: e.venue?.en.address ?? null },
      _status: 'published',
    })
  }
  return ids
}

export type Attendance = { event: number; email: string; status: 'confirmed' | 'cancelled'; registeredAt: number; checkedInAt: number | null }

/**
 * Who registered for an event that started at `starts` and who was checked in: members approved
 * by then, regulars and people living nearby first, about one in five of the network (at most
 * `places`). One in twenty cancelled; most of the rest came.
 */
export const attendance = (
  people: HistoryPerson[],
  event: { id: number; slug: string; starts: number; places: number; near?: string },
): Attendance[] => {
  const random = prng(hash(`enishi-history-event-${event.slug}`))
  const members = people.filter((p) => memberAt(p, event.starts - 3 * DAY))
  const wanted = Math.min(event.places, Math.max(10, Math.round(members.length * 0.2)))
  const weight = (p: HistoryPerson) => (0.15 + p.engagement * 3) * (event.near && p.location.startsWith(event.near) ? 8 : 1)
  return sample(members, wanted, weight, random).map((p) => {
    const registeredAt = Math.max(p.reviewedAt! + DAY / 2, event.starts - (2 + random() * 25) * DAY)
    const cancelled = random() < 0.05
    const came = !cancelled && random() < 0.75 + p.engagement * 0.2
    return {
      event: event.id,
      email: p.email,
      status: cancelled ? 'cancelled' : 'confirmed',
      registeredAt,
      checkedInAt: came ? event.starts + Math.round((random() * 45 - 15) * 60_000) : null,
    }
  })
}
