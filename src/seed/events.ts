import type { Event, Registration } from '../../payload-types'

import { heroSvg, type ImageSpec, type Localized, type PaletteName, type PatternKind } from './images'
import { richText } from '../lib/lexical'
import { OPERATOR } from './operator'
import { findId, progress, SEED_CONTEXT, tokyo, upsertBySlug, type SeedContext } from './util'

type EventText = {
  title: string
  summary: string
  /** Light markdown, see lexical.ts. */
  description: string
  venue?: { name: string; address: string }
}

type EventSeed = {
  slug: string
  audience: Event['audience']
  /** Days from today (negative: past) and Tokyo times. */
  day: number
  starts: [number, number]
  ends: [number, number]
  /** Registration deadline: days from today and Tokyo time. */
  deadline: [number, number, number]
  publishedDaysAgo: number
  capacity: number
  onlineUrl?: string
  inPerson: boolean
  hero: { palette: PaletteName; pattern: PatternKind; alt: Localized }
  ja: EventText
  en: EventText
  registrations: { email: string; status: Registration['status'] }[]
}

const office = OPERATOR.office

/** Two past and four upcoming events; one upcoming members' event is full with a waiting list. */
export const EVENTS: EventSeed[] = [
  {
    slug: 'open-seminar-starting-an-alumni-programme',
    audience: 'public',
    day: -40,
    starts: [19, 0],
    ends: [20, 45],
    deadline: [-41, 18, 0],
    publishedDaysAgo: 70,
    capacity: 80,
    onlineUrl: 'https://meet.example/enishi/open-seminar',
    inPerson: true,
    hero: {
      palette: 'teal',
      pattern: 'grid',
      alt: { ja: '青緑の背景に格子と円を重ねた抽象的な画像', en: 'Abstract image: a grid and circles on a teal background' },
    },
    ja: {
      title: '公開セミナー：アルムナイ制度のはじめ方 ― 企業事例に学ぶ最初の一歩',
      summary:
        '退職者とのつながりを制度にしたいと考えている人事・経営企画の方に向けた公開セミナーです。連載「アルムナイ企業事例」にご登場いただいた企業の担当者をお招きし、立ち上げの経緯と最初の一年について伺います。',
      description: `退職した社員とのつながりを、これから制度にしたいと考えている企業の方に向けた公開セミナーです。連載「アルムナイ企業事例」にご登場いただいた企業の担当者をお招きし、立ち上げの経緯や、最初の一年でつまずいたことを率直に伺います。

## プログラム

- 19:00　開会、つむぎワークスのアルムナイネットワークのご紹介
- 19:15　事例紹介：カザミ精工「出戻り採用を制度にするまで」
- 19:45　事例紹介：ソラノシステムズ「退職の体験から見直す」
- 20:15　パネルディスカッションと質疑応答
- 20:45　終了

## 対象と参加方法

企業の人事・経営企画・広報のご担当者を主な対象としています。会場とオンラインの同時開催です。オンラインで参加される方には、参加が確定したあとに視聴用のURLをお知らせします。

**参加費：無料（事前登録制）**`,
      venue: office.ja,
    },
    en: {
      title: 'Open seminar: starting an alumni programme – first steps from company case studies',
      summary:
        'A public seminar for HR and corporate planning staff who want to turn their ties with former employees into a programme. Guests from companies featured in our case studies talk about how they started and about their first year.',
      description: `A public seminar for companies that want to turn their ties with former employees into a programme. Guests from companies featured in our "Corporate Alumni Case Studies" talk frankly about how they got started and where they stumbled in the first year.

## Programme

- 19:00 Welcome and an introduction to the Tsumugi Works alumni network
- 19:15 Case study: Kazami Seiko – making re-hiring a programme
- 19:45 Case study: Sorano Systems – starting from the way people leave
- 20:15 Panel discussion and questions
- 20:45 Close

## Who should come, and how

Mainly for people in HR, corporate planning and communications. The seminar is held on site and online at the same time; online participants receive the link once their place is confirmed.

**Free of charge (registration required)**`,
      venue: office.en,
    },
    registrations: [
      { email: 'sayaka.mizuno@alumni.example', status: 'confirmed' },
      { email: 'misaki.takahashi@alumni.example', status: 'confirmed' },
      { email: 'mai.fujita@alumni.example', status: 'confirmed' },
    ],
  },
  {
    slug: 'kansai-alumni-meetup',
    audience: 'members',
    day: -16,
    starts: [18, 30],
    ends: [21, 0],
    deadline: [-18, 23, 59],
    publishedDaysAgo: 50,
    capacity: 40,
    inPerson: true,
    hero: {
      palette: 'rose',
      pattern: 'dots',
      alt: { ja: '深紅の背景に水玉と曲線を重ねた抽象的な画像', en: 'Abstract image: dots and curves on a crimson background' },
    },
    ja: {
      title: '関西アルムナイ交流会',
      summary:
        '関西にお住まいの方、関西で働いている方のための交流会です。幹事は吉田健一さん（2015年退職）。軽食とお飲み物をご用意してお待ちしています。',
      description: `関西にお住まいのアルムナイ、関西で働いているアルムナイのための交流会です。今回の幹事は、なにわマートでEC事業を率いる吉田健一さん（2015年退職）です。

在籍していた時期や部署を問わず、どなたでも歓迎します。久しぶりの再会はもちろん、関西で新しい仕事仲間を見つけるきっかけにしてください。

## 当日の流れ

- 18:30　受付開始
- 19:00　乾杯、参加者の近況紹介（おひとり1分）
- 19:30　フリータイム
- 20:45　集合写真
- 21:00　終了

**会費：3,000円（軽食・飲み物込み、当日受付でお支払いください）**`,
      venue: { name: 'Co-Lab なかのしま 3階 イベントスペース', address: '大阪府大阪市北区中之島7-3-1' },
    },
    en: {
      title: 'Kansai alumni meet-up',
      summary:
        'A get-together for alumni who live or work in the Kansai area, hosted by Kenichi Yoshida (left in 2015). Light food and drinks provided.',
      description: `A get-together for alumni who live or work in the Kansai area. This time it is hosted by Kenichi Yoshida (left in 2015), who leads e-commerce at Naniwa Mart.

Everyone is welcome, whenever you were with us and whichever department you were in. Catch up with old colleagues, and perhaps find new people to work with in Kansai.

## Schedule

- 18:30 Doors open
- 19:00 A toast, then one-minute updates from everyone
- 19:30 Free time
- 20:45 Group photo
- 21:00 Close

**Fee: 3,000 yen including food and drinks, payable at the door**`,
      venue: { name: 'Co-Lab Nakanoshima 3F event space', address: '7-3-1 Nakanoshima, Kita-ku, Osaka' },
    },
    registrations: [
      { email: 'kenichi.yoshida@alumni.example', status: 'confirmed' },
      { email: 'hina.sato@alumni.example', status: 'confirmed' },
      { email: 'megumi.ito@alumni.example', status: 'confirmed' },
      { email: 'rie.goto@alumni.example', status: 'confirmed' },
      { email: 'aya.shimizu@alumni.example', status: 'cancelled' },
    ],
  },
  {
    slug: 'roundtable-going-independent',
    audience: 'members',
    day: 9,
    starts: [19, 0],
    ends: [21, 0],
    deadline: [7, 23, 59],
    publishedDaysAgo: 14,
    capacity: 5,
    inPerson: true,
    hero: {
      palette: 'plum',
      pattern: 'rings',
      alt: { ja: '紫の背景に輪の模様と円を重ねた抽象的な画像', en: 'Abstract image: rings and circles on a purple background' },
    },
    ja: {
      title: '少人数ラウンドテーブル：独立・起業のリアルを語る夜',
      summary:
        '会社を辞めて独立・起業したアルムナイ2名をゲストに迎え、定員5名の少人数で本音を語り合います。独立を考えている方、独立して間もない方におすすめです。',
      description: `独立や起業に興味はあるけれど、実際のところはどうなのか。そんな疑問に、先に一歩を踏み出したアルムナイが答えます。参加者どうしの距離が近い、定員5名の少人数の会です。

## ゲスト

- 松本 悠真さん（株式会社ミチカケ・ロジ 代表取締役CEO、2020年退職）
- 斎藤 和也さん（斎藤経営研究所 代表・中小企業診断士、2014年退職）

## 話したいこと

- 辞めると決めたタイミングと、最初の1年のお金の話
- 最初のお客さまをどう見つけたか
- 古巣とのちょうどいい距離感

会場は本社8階のラウンジです。発言は記録せず、内容を外に出さないことを参加の条件とします。

**参加費：無料　定員：5名（先着順。定員に達した場合はキャンセル待ちで受け付けます）**`,
      venue: office.ja,
    },
    en: {
      title: 'Small roundtable: what going independent is really like',
      summary:
        'Two alumni who left to work for themselves or start a company talk openly with a group of just five. For anyone thinking of going independent, or who has just done so.',
      description: `Curious about going independent or starting a company, but not sure what it is really like? Two alumni who have already taken the step answer your questions. With only five places, everyone gets to talk.

## Guests

- Yuma Matsumoto (CEO, Michikake Logi Inc.; left in 2020)
- Kazuya Saito (Saito Management Lab, certified SME consultant; left in 2014)

## What we will talk about

- When they decided to leave, and money in the first year
- How they found their first clients
- The right distance from your former employer

We meet in the 8th-floor lounge at the head office. Nothing said is recorded or repeated outside the room: that is a condition of taking part.

**Free of charge. 5 places, first come first served; once full, you can join the waiting list.**`,
      venue: office.en,
    },
    registrations: [
      { email: 'daisuke.suzuki@alumni.example', status: 'confirmed' },
      { email: 'misaki.takahashi@alumni.example', status: 'confirmed' },
      { email: 'shota.tanaka@alumni.example', status: 'confirmed' },
      { email: 'megumi.ito@alumni.example', status: 'confirmed' },
      { email: 'takuya.watanabe@alumni.example', status: 'confirmed' },
      { email: 'chihiro.yamamoto@alumni.example', status: 'waitlisted' },
    ],
  },
  {
    slug: 'webinar-boomerang-hiring-in-practice',
    audience: 'public',
    day: 16,
    starts: [12, 0],
    ends: [13, 0],
    deadline: [16, 10, 0],
    publishedDaysAgo: 8,
    capacity: 300,
    onlineUrl: 'https://meet.example/enishi/boomerang-webinar',
    inPerson: false,
    hero: {
      palette: 'slate',
      pattern: 'lines',
      alt: { ja: '灰青色の背景に斜線と円を重ねた抽象的な画像', en: 'Abstract image: diagonal lines and circles on a slate background' },
    },
    ja: {
      title: '公開ウェビナー：出戻り採用の実務 ― 処遇・手続き・受け入れのポイント',
      summary:
        '再入社制度をつくるときに多くの企業が迷う、処遇の決め方、手続き、受け入れる職場への配慮について、実務の目線で解説するお昼のウェビナーです。',
      description: `再入社（いわゆる出戻り採用）の制度をつくるとき、多くの企業が同じところで迷います。前回の在籍期間をどう扱うか、等級や給与をどう決めるか、ずっと在籍している社員にどう説明するか。このウェビナーでは、制度づくりに関わってきた人事担当者が、実務の目線でポイントを解説します。

## 内容

- 再入社の対象と条件の決め方
- 処遇のルールを事前に明文化する理由
- 受け入れる職場と、在籍している社員への配慮
- 質疑応答

お昼休みに参加しやすい1時間のオンライン開催です。視聴用のURLは、参加が確定した方にお知らせします。

**参加費：無料**`,
    },
    en: {
      title: 'Public webinar: re-hiring former employees in practice – terms, procedures and welcoming them back',
      summary:
        'A lunchtime webinar on the questions most companies struggle with when they set up re-hiring: how to set terms, which procedures to follow, and how to prepare the team.',
      description: `When companies set up a programme to re-hire former employees, most of them get stuck in the same places. How should earlier years of service count? How do you set grade and pay? How do you explain it to people who never left? HR practitioners who have built such programmes walk through the practical points.

## Contents

- Deciding who can come back, and on what conditions
- Why the terms should be written down in advance
- Preparing the team, and being fair to those who stayed
- Questions and answers

One hour online, timed for the lunch break. The link is sent to confirmed participants.

**Free of charge**`,
    },
    registrations: [
      { email: 'yui.yamada@alumni.example', status: 'confirmed' },
      { email: 'hayato.ikeda@alumni.example', status: 'confirmed' },
    ],
  },
  {
    slug: 'career-talk-with-alumni',
    audience: 'public',
    day: 20,
    starts: [19, 0],
    ends: [20, 30],
    deadline: [19, 18, 0],
    publishedDaysAgo: 5,
    capacity: 30,
    inPerson: true,
    hero: {
      palette: 'indigo',
      pattern: 'dots',
      alt: { ja: '藍色の背景に水玉と円を重ねた抽象的な画像', en: 'Abstract image: dots and circles on an indigo background' },
    },
    ja: {
      title: 'キャリアトーク：アルムナイと話す「つむぎワークスで働くということ」',
      summary:
        'つむぎワークスへの入社を考えている方に向けて、アルムナイと現役社員が、在籍中の仕事や退職後のキャリアについて率直にお話しします。',
      description: `つむぎワークスで働くと、どんな経験ができて、その経験は社外でどう生きるのか。入社を考えている方に向けて、アルムナイと現役社員が率直にお話しするトークイベントです。

## 登壇者

- 阿部 修さん（エンジニアリング部 部長、2016年に退職し2024年に再入社）
- 石川 玲奈さん（Cloudwise Asia カスタマーサクセス リード、2021年退職）※シンガポールからオンラインで登壇
- 人事部の採用担当者

辞めた人の話をあえて聞いていただくことで、入社後のキャリアを具体的に思い描いていただければと考えています。

**参加費：無料　定員：30名**`,
      venue: office.ja,
    },
    en: {
      title: 'Career talk: what it means to work at Tsumugi Works, with our alumni',
      summary:
        'For people thinking of joining Tsumugi Works: alumni and current staff talk openly about their work here and their careers since leaving.',
      description: `What can you learn at Tsumugi Works, and how does it carry over once you move on? For people thinking of joining us, alumni and current staff talk openly about both.

## Speakers

- Osamu Abe (Head of Engineering; left in 2016 and rejoined in 2024)
- Rena Ishikawa (Customer Success Lead, Cloudwise Asia; left in 2021), joining online from Singapore
- A recruiter from our HR department

We invite you to hear from people who left on purpose: it is the most concrete picture of where a career here can lead.

**Free of charge. 30 places.**`,
      venue: office.en,
    },
    registrations: [
      { email: 'tsubasa.okada@alumni.example', status: 'confirmed' },
      { email: 'ren.kimura@alumni.example', status: 'confirmed' },
    ],
  },
  {
    slug: 'homecoming-day',
    audience: 'members',
    day: 27,
    starts: [14, 0],
    ends: [18, 0],
    deadline: [24, 23, 59],
    publishedDaysAgo: 10,
    capacity: 120,
    onlineUrl: 'https://meet.example/enishi/homecoming-day',
    inPerson: true,
    hero: {
      palette: 'moss',
      pattern: 'grid',
      alt: { ja: '若草色の背景に格子と曲線を重ねた抽象的な画像', en: 'Abstract image: a grid and curves on a moss-green background' },
    },
    ja: {
      title: 'つむぎワークス ホームカミングデー',
      summary:
        '年に一度、アルムナイと現役社員が本社に集まる日です。オフィスツアー、会社のいまを知るトーク、部署ごとの同窓会コーナーを予定しています。遠方の方はオンラインでもご参加いただけます。',
      description: `年に一度の、アルムナイのための"帰省"の日です。本社8階のラウンジを開放し、アルムナイと現役社員が気軽に話せる場をつくります。

## プログラム

- 14:00　オフィスツアー（新しくなった7階の開発フロアをご案内します）
- 15:00　トーク「つむぎワークスのいま」（代表取締役社長）
- 15:45　部署ごとの同窓会コーナー
- 17:00　アルムナイのライトニングトーク（5分×6名）
- 18:00　終了

トークはオンラインでも配信します。配信用のURLは、参加が確定した方にだけお知らせします。

**参加費：無料　ご家族の同伴も歓迎します（お子さま向けのスペースがあります）**`,
      venue: office.ja,
    },
    en: {
      title: 'Tsumugi Works Homecoming Day',
      summary:
        'Once a year, alumni and current staff meet at the head office: an office tour, a talk on where the company is now, and corners for each former department. You can also join online.',
      description: `Once a year, a day to come home. We open the 8th-floor lounge at the head office so that alumni and current staff can simply sit down and talk.

## Programme

- 14:00 Office tour, including the renovated development floor on 7F
- 15:00 Talk: Tsumugi Works today, by our president
- 15:45 Reunion corners by department
- 17:00 Lightning talks by alumni (six talks of five minutes)
- 18:00 Close

The talks are also streamed; the link is sent only to confirmed participants.

**Free of charge. Families are welcome; there is a space for children.**`,
      venue: office.en,
    },
    registrations: [
      { email: 'hina.sato@alumni.example', status: 'confirmed' },
      { email: 'sayaka.mizuno@alumni.example', status: 'confirmed' },
      { email: 'naoki.kobayashi@alumni.example', status: 'confirmed' },
      { email: 'yuma.matsumoto@alumni.example', status: 'confirmed' },
      { email: 'saori.inoue@alumni.example', status: 'confirmed' },
      { email: 'miho.mori@alumni.example', status: 'confirmed' },
      { email: 'osamu.abe@alumni.example', status: 'confirmed' },
      { email: 'natsumi.hashimoto@alumni.example', status: 'confirmed' },
    ],
  },
]

export const eventImages = (): ImageSpec[] =>
  EVENTS.map((e) => ({
    key: `event-${e.slug}`,
    filename: `seed-event-${e.slug}.webp`,
    alt: e.hero.alt,
    width: 1600,
    height: 900,
    format: 'webp',
    svg: () => heroSvg({ width: 1600, height: 900, palette: e.hero.palette, pattern: e.hero.pattern, seed: e.slug }),
  }))

/** Upserts the events by slug (published, both languages); returns ids by slug. */
export const seedEvents = async (ctx: SeedContext): Promise<Record<string, number>> => {
  const { payload } = ctx
  const tick = progress(ctx.log, 'events', EVENTS.length)
  const ids: Record<string, number> = {}
  for (const e of EVENTS) {
    const data = {
      title: e.ja.title,
      slug: e.slug,
      _status: 'published' as const,
      publishedAt: tokyo(ctx, -e.publishedDaysAgo, 10),
      audience: e.audience,
      summary: e.ja.summary,
      description: richText(e.ja.description),
      heroImage: ctx.media[`event-${e.slug}`],
      startsAt: tokyo(ctx, e.day, ...e.starts),
      startsAt_tz: 'Asia/Tokyo' as const,
      endsAt: tokyo(ctx, e.day, ...e.ends),
      endsAt_tz: 'Asia/Tokyo' as const,
      venue: { name: e.ja.venue?.name ?? null, address: e.ja.venue?.address ?? null },
      onlineUrl: e.onlineUrl ?? null,
      capacity: e.capacity,
      registrationDeadline: tokyo(ctx, ...e.deadline),
    }
    ids[e.slug] = await upsertBySlug(payload, 'events', e.slug, data, {
      title: e.en.title,
      summary: e.en.summary,
      description: richText(e.en.description),
      venue: { name: e.en.venue?.name ?? null, address: e.en.venue?.address ?? null },
      _status: 'published',
    })
    tick()
  }
  return ids
}

/** Upserts registrations by (event, alumnus), in list order so confirmed places come first. */
export const seedRegistrations = async (
  ctx: SeedContext,
  refs: { events: Record<string, number>; alumni: Record<string, number> },
): Promise<number> => {
  const { payload } = ctx
  const all = EVENTS.flatMap((e) => e.registrations.map((r) => ({ ...r, slug: e.slug })))
  const tick = progress(ctx.log, 'registrations', all.length)
  for (const r of all) {
    const event = refs.events[r.slug]
    const alumnus = refs.alumni[r.email]
    if (event === undefined || alumnus === undefined) throw new Error(`registration ${r.slug} / ${r.email}: unknown`)
    const existing = await findId(payload, 'registrations', {
      and: [{ event: { equals: event } }, { alumnus: { equals: alumnus } }],
    })
    const data = { event, alumnus, status: r.status }
    if (existing) {
      await payload.update({ collection: 'registrations', id: existing, data, depth: 0, context: SEED_CONTEXT, overrideAccess: true })
    } else {
      await payload.create({ collection: 'registrations', data, depth: 0, context: SEED_CONTEXT, overrideAccess: true })
    }
    tick()
  }
  return all.length
}
