import type { Announcement } from '../../payload-types'

import { richText } from '../lib/lexical'
import { findIdBySlug, progress, SEED_CONTEXT, tokyo, type SeedContext } from './util'

type AnnouncementText = { title: string; summary: string; body: string }

type AnnouncementSeed = {
  slug: string
  audience: Announcement['audience']
  pinned?: boolean
  /** Who is emailed on publishing (the seed itself emails nobody; see hooks/queueMail.ts). */
  targeting?: Announcement['targeting']
  /** Days from today (negative: past; positive: scheduled ahead); omitted for the draft. */
  publishedDay?: number
  status: 'published' | 'draft'
  ja: AnnouncementText
  en: AnnouncementText
}

/**
 * Six announcements: public and members-only, a public and a members-only one pinned, a
 * members-only one targeted at people open to project work, one published with a publish date
 * a week ahead (readers must not see it yet) and one draft. Seeding sends no email: the
 * announcements' publish hook queues none for the seed's writes (SEED_CONTEXT).
 */
export const ANNOUNCEMENTS: AnnouncementSeed[] = [
  {
    slug: 'enishi-renewal',
    audience: 'public',
    pinned: true,
    publishedDay: -21,
    status: 'published',
    ja: {
      title: '公式アルムナイネットワーク「Enishi」をリニューアルしました',
      summary:
        'つむぎワークスの公式アルムナイネットワーク「Enishi」をリニューアルしました。会員名簿、イベントのお申し込み、会員限定のお知らせを一つのサイトにまとめています。',
      body: `つむぎワークスの公式アルムナイネットワーク「Enishi」を、本日リニューアルしました。

これまでメーリングリストと表計算のファイルで運営してきた名簿やイベントのご案内を、一つのサイトにまとめました。退職された皆さまと会社、そして皆さま同士が、これからも気軽につながれる場所にしていきたいと考えています。

## 主な機能

- **会員名簿**：いまのお仕事や業界、関心のあること（協業、再入社、メンタリングなど）から、ほかのアルムナイを探せます
- **イベント**：交流会やセミナーに、サイトから直接お申し込みいただけます
- **会員限定のお知らせ**：業務委託の案件や再入社の募集など、会員の方だけにお届けする情報です
- **英語表示**：画面右上の切り替えで、英語でもご覧いただけます

## ご登録について

つむぎワークスに在籍していた方であれば、どなたでもご登録いただけます。ご登録の際に、在籍期間や最後の所属部署をお伺いし、事務局で確認したうえで承認いたします。承認までは、通常3営業日ほどいただいています。

ご不明な点は、Enishi事務局までお問い合わせください。`,
    },
    en: {
      title: 'Enishi, the Tsumugi Works alumni network, has been relaunched',
      summary:
        'Our official alumni network has been relaunched: the directory, event registration and members-only news are now in one place.',
      body: `Today we relaunched Enishi, the official alumni network of Tsumugi Works.

The directory and event invitations we used to run with a mailing list and a spreadsheet are now on a single site. We want it to be a place where former employees, the company and alumni among themselves can stay in touch easily.

## What you can do

- **Directory**: find other alumni by what they do now, their industry, and what they are open to (collaboration, rejoining, mentoring and more)
- **Events**: sign up for get-togethers and seminars directly on the site
- **Members-only news**: project work, re-hiring and other news shared only with members
- **English**: switch the language at the top right of the page

## Signing up

Anyone who has worked at Tsumugi Works can sign up. We ask for your years with us and your last department, and the Enishi office approves your account after checking them, usually within three working days.

If you have any questions, please contact the Enishi office.`,
    },
  },
  {
    slug: 'case-study-series-launch',
    audience: 'public',
    publishedDay: -140,
    status: 'published',
    ja: {
      title: '新連載「アルムナイ企業事例」を始めます',
      summary:
        '退職者とのつながりを大切にしている企業を訪ね、その取り組みをインタビューでご紹介する連載を始めます。',
      body: `Enishi編集部では、新しい連載「アルムナイ企業事例」を始めます。

退職した社員と、会社はどんな関係を築けるのか。再入社の制度、元社員との協業、定年後の技術継承、退職の手続きの見直しなど、さまざまな企業の取り組みを、担当者とアルムナイご本人へのインタビューでお届けします。

業種や規模を問わず、アルムナイとのつながりづくりに取り組んでいる企業を取材していきます。「うちの会社の取り組みも紹介してほしい」というご連絡も歓迎します。`,
    },
    en: {
      title: 'Introducing our new series: Corporate Alumni Case Studies',
      summary: 'A new interview series visiting companies that value their ties with former employees.',
      body: `The Enishi editorial team is starting a new series, "Corporate Alumni Case Studies".

What kind of relationship can a company have with the people who have left it? Re-hiring programmes, working with former employees as partners, passing on skills after retirement, rethinking how people leave: we interview the people who run these programmes and the alumni themselves.

We will cover companies of every size and industry. If your company has something to share, we would love to hear from you.`,
    },
  },
  {
    slug: 'members-project-openings',
    audience: 'members',
    // Meant for people open to project work: only they would be emailed.
    targeting: { openTo: ['fixedTerm', 'business'] },
    publishedDay: -6,
    status: 'published',
    ja: {
      title: '【会員限定】業務委託で参加できるプロジェクトを募集しています',
      summary:
        'つむぎワークスの進行中のプロジェクトで、期間を区切って業務委託で参加していただけるアルムナイを募集しています。',
      body: `つむぎワークスの進行中のプロジェクトで、期間を区切って業務委託で参加していただけるアルムナイの方を募集しています。

## 募集中の案件

- **自治体向け電子申請サービスのUXリサーチ**（3か月、週2日程度、リモート可）
- **製造業のお客さま向けデータ基盤の設計支援**（6か月、週3日程度、一部出社あり）
- **新人研修のメンター**（4月から3か月、週1日程度）

## 応募の方法

ご関心のある方は、会員ページのプロフィールで「期間限定の仕事」にチェックを入れたうえで、Enishi事務局までご連絡ください。担当部署から、案件の詳細をご説明します。

この情報は会員の方だけにお届けしています。外部への転載はご遠慮ください。`,
    },
    en: {
      title: '[Members] Project work open to alumni',
      summary: 'Current Tsumugi Works projects are looking for alumni to join on fixed-term contracts.',
      body: `Several current Tsumugi Works projects are looking for alumni who can join on a fixed-term contract.

## Open projects

- **UX research for a local-government e-application service** (3 months, about 2 days a week, remote possible)
- **Designing a data platform for a manufacturing client** (6 months, about 3 days a week, some office days)
- **Mentoring new graduates** (3 months from April, about 1 day a week)

## How to apply

Tick "Fixed-term work" in your profile and contact the Enishi office. The team in charge will tell you more.

This notice is for members only; please do not share it outside the network.`,
    },
  },
  {
    slug: 'members-homecoming-registration-open',
    audience: 'members',
    pinned: true,
    publishedDay: -10,
    status: 'published',
    ja: {
      title: '【会員限定】ホームカミングデーの参加登録を受け付けています',
      summary: '年に一度のホームカミングデーの参加登録を始めました。今年はオンラインでの参加も受け付けます。',
      body: `年に一度のホームカミングデーの参加登録を始めました。

今年は、新しくなった7階の開発フロアのツアーや、アルムナイによるライトニングトークを予定しています。遠方の方のために、トークはオンラインでも配信します。

参加のお申し込みは、イベントページから受け付けています。ライトニングトークの登壇者も募集していますので、近況をお話ししていただける方は事務局までご連絡ください。

皆さまの"帰省"を、社員一同お待ちしています。`,
    },
    en: {
      title: '[Members] Registration for Homecoming Day is open',
      summary: 'Registration for our yearly Homecoming Day is open, and this year you can also join online.',
      body: `Registration for our yearly Homecoming Day is now open.

This year's programme includes a tour of the renovated development floor on 7F and lightning talks by alumni. The talks are also streamed for those who cannot come in person.

Please register on the event page. We are also looking for lightning-talk speakers: if you would like to tell us what you are doing now, contact the Enishi office.

Everyone here looks forward to welcoming you home.`,
    },
  },
  {
    slug: 'terms-revision-notice',
    audience: 'public',
    publishedDay: 7,
    status: 'published',
    ja: {
      title: '会員規約改定のお知らせ',
      summary: 'Enishi会員規約の一部を改定します。主な変更点は、会員名簿の利用目的と、プロフィールの公開範囲についての規定です。',
      body: `Enishi会員規約の一部を改定いたします。

## 主な変更点

- 会員名簿の利用目的に、営業を目的とした一斉連絡を禁止する規定を明記しました
- プロフィールのうち、名簿に表示する項目をご自身で選べることを明記しました
- 退会後のデータの保存期間を定めました

改定後の規約は、このお知らせの公開日から適用されます。引き続きEnishiをご利用いただく場合は、改定後の規約に同意いただいたものとみなします。`,
    },
    en: {
      title: 'Revision of the membership terms',
      summary:
        'We are revising part of the Enishi membership terms, mainly on how the directory may be used and what your profile shows.',
      body: `We are revising part of the Enishi membership terms.

## Main changes

- The terms now state that using the directory for mass sales messages is not allowed
- They state that you choose which profile fields the directory shows
- They set how long data is kept after you leave the network

The revised terms apply from the date of this notice. By continuing to use Enishi you agree to them.`,
    },
  },
  {
    slug: 'directory-filters-release',
    audience: 'public',
    status: 'draft',
    ja: {
      title: 'アルムナイ名簿に業界・地域の絞り込みを追加しました',
      summary: '会員名簿で、業界と地域による絞り込みができるようになりました。',
      body: `会員名簿に、業界と地域による絞り込みの機能を追加しました。

「関西で働いている、製造業のアルムナイ」といった探し方ができるようになります。名簿に表示する項目は、これまでどおりプロフィール設定でご自身で選べます。

（公開前に、画面の画像を差し替えること）`,
    },
    en: {
      title: 'Directory: filter by industry and region',
      summary: 'You can now filter the alumni directory by industry and region.',
      body: `The alumni directory can now be filtered by industry and by region.

You can now look for, say, "alumni in manufacturing who work in Kansai". As before, you choose which fields of your profile the directory shows.

(Replace the screenshots before publishing.)`,
    },
  },
]

/** Upserts the announcements by slug; the draft stays a draft. Returns ids by slug. */
export const seedAnnouncements = async (ctx: SeedContext): Promise<Record<string, number>> => {
  const { payload } = ctx
  const tick = progress(ctx.log, 'announcements', ANNOUNCEMENTS.length)
  const ids: Record<string, number> = {}
  for (const n of ANNOUNCEMENTS) {
    const draft = n.status === 'draft'
    const data = {
      title: n.ja.title,
      slug: n.slug,
      _status: n.status,
      publishedAt: n.publishedDay === undefined ? null : tokyo(ctx, n.publishedDay, 10),
      audience: n.audience,
      pinned: Boolean(n.pinned),
      targeting: n.targeting ?? { openTo: [], industries: [], joinedFrom: null, joinedTo: null },
      summary: n.ja.summary,
      body: richText(n.ja.body),
    }
    const options = { locale: 'ja' as const, depth: 0, draft, context: SEED_CONTEXT, overrideAccess: true }
    const existing = await findIdBySlug(payload, 'announcements', n.slug)
    const doc = existing
      ? await payload.update({ collection: 'announcements', id: existing, data, ...options })
      : await payload.create({ collection: 'announcements', data, ...options })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { title: n.en.title, summary: n.en.summary, body: richText(n.en.body), _status: n.status },
      ...options,
      locale: 'en',
    })
    ids[n.slug] = doc.id
    tick()
  }
  return ids
}
