/**
 * Demo content of the collaboration board and the members' feed, so the members area looks
 * alive: opportunities of each kind (one by staff, one closed as matched), interests, updates
 * with reactions and one report, and the feedback form. Found by title or text and updated in
 * place, like the rest of the seed.
 */
import { ensureFeedbackForm } from '../collaboration/feedbackForm'
import type { Where } from 'payload'

import type { Opportunity } from '@/payload-types'

import { STAFF } from './staff'
import { findId, SEED_CONTEXT, type SeedContext, tokyo } from './util'

type OpportunitySeed = Pick<Opportunity, 'title' | 'kind' | 'industry' | 'description' | 'contact' | 'status' | 'outcome'> & {
  /** Posted by this alumnus (email); staff when absent. */
  by?: string
  /** Deadline, in days from today. */
  deadlineIn?: number
  /** Alumni (emails) who said they are interested. */
  interested?: string[]
}

export const OPPORTUNITIES: OpportunitySeed[] = [
  {
    title: '社内向け研修動画の制作パートナーを募集',
    kind: 'companyOrders',
    industry: 'advertising',
    description: '新任マネージャー向け研修動画（10本、各10分程度）の企画・撮影・編集をお願いできる方を探しています。\n期間: 2〜3か月、予算は内容に応じてご相談。',
    contact: 'alumni-office@tsumugi-works.example（アルムナイ窓口）',
    status: 'open',
    deadlineIn: 30,
    interested: ['daisuke.suzuki@alumni.example'],
  },
  {
    title: 'データ基盤の設計レビューを引き受けます',
    kind: 'alumnusOffers',
    industry: 'it',
    description: 'BigQuery / dbt を使ったデータ基盤の設計レビューと改善提案を、月10時間程度からお受けします。古巣のドメインがわかるので話が早いです。',
    contact: 'メール: sayaka.mizuno@alumni.example',
    status: 'open',
    by: 'sayaka.mizuno@alumni.example',
    interested: ['shota.tanaka@alumni.example'],
  },
  {
    title: '地方自治体向けアプリのUIデザインを依頼したい',
    kind: 'alumnusOrders',
    industry: 'public',
    description: '子育て支援アプリのUI改善（画面数20程度）をお願いできるデザイナーを探しています。リモート可、1か月程度。',
    contact: 'ディレクトリのプロフィールからご連絡ください',
    status: 'open',
    by: 'daisuke.suzuki@alumni.example',
    deadlineIn: 14,
  },
  {
    title: '【期間限定】新規事業チームのプロダクトマネージャー（6か月）',
    kind: 'role',
    industry: 'it',
    description: '新規事業の立ち上げ期に、6か月の業務委託または期間限定の再入社でPMとして参加いただける方を募集します。',
    contact: 'alumni-office@tsumugi-works.example',
    status: 'open',
    deadlineIn: 45,
  },
  {
    title: '製造現場向けセンサーの共同開発パートナー',
    kind: 'jointDevelopment',
    industry: 'manufacturing',
    description: '工場の振動データを使った予知保全の共同開発。ハードウェアの知見をお持ちの方・企業を探しています。',
    contact: 'メール: misaki.takahashi@alumni.example',
    status: 'open',
    by: 'misaki.takahashi@alumni.example',
  },
  {
    title: 'シード期の教育スタートアップへの出資者を探しています',
    kind: 'investment',
    industry: 'education',
    description: '社会人向けリスキリングのスタートアップ（創業2年）。エンジェル投資家・事業会社からの出資を検討しています。',
    contact: 'メール: megumi.ito@alumni.example',
    status: 'closed',
    outcome: 'matched',
    by: 'megumi.ito@alumni.example',
  },
]

type UpdateSeed = { by: string; body: string; link?: string; daysAgo: number; reactions?: [string, 'like' | 'congrats' | 'insightful'][]; reportedBy?: string }

export const UPDATES: UpdateSeed[] = [
  {
    by: 'sayaka.mizuno@alumni.example',
    body: '独立して1年が経ちました。データ基盤の支援を中心に、いまは5社とお仕事しています。協業ボードにも募集を出したので、よければご覧ください。',
    daysAgo: 1,
    reactions: [
      ['hina.sato@alumni.example', 'congrats'],
      ['shota.tanaka@alumni.example', 'like'],
    ],
  },
  {
    by: 'daisuke.suzuki@alumni.example',
    body: '福岡に拠点を移しました。九州にいるアルムナイの方、ぜひお茶しましょう。',
    daysAgo: 2,
    reactions: [['hina.sato@alumni.example', 'like']],
  },
  {
    by: 'misaki.takahashi@alumni.example',
    body: '共同開発しているセンサーのデモ動画を公開しました。',
    link: 'https://example.com/demo',
    daysAgo: 4,
    reactions: [['daisuke.suzuki@alumni.example', 'insightful']],
  },
  {
    by: 'shota.tanaka@alumni.example',
    body: '今月からカスタマーサクセスのマネージャーになりました。SaaSのオンボーディングの話ならいつでもどうぞ。',
    daysAgo: 6,
    reportedBy: 'megumi.ito@alumni.example',
  },
]

const alumnus = (alumni: Record<string, number>, email: string): number => {
  const id = alumni[email]
  if (!id) throw new Error(`seed: unknown alumnus ${email}`)
  return id
}

export const seedCollaboration = async (ctx: SeedContext, { alumni }: { alumni: Record<string, number> }): Promise<void> => {
  const { payload } = ctx
  const staffId = await findId(payload, 'users', { email: { equals: STAFF.editor.email } })
  for (const seed of OPPORTUNITIES) {
    const { by, deadlineIn, interested, ...fields } = seed
    const data = {
      ...fields,
      deadline: deadlineIn === undefined ? null : tokyo(ctx, deadlineIn, 23, 59),
      alumnus: by ? alumnus(alumni, by) : null,
      postedByStaff: by ? null : staffId,
    }
    const existing = await findId(payload, 'opportunities', { title: { equals: seed.title } })
    const doc = existing
      ? await payload.update({ collection: 'opportunities', id: existing, data, depth: 0, context: SEED_CONTEXT })
      : await payload.create({ collection: 'opportunities', data: data as Opportunity, depth: 0, context: SEED_CONTEXT })
    for (const email of interested ?? []) {
      const who = alumnus(alumni, email)
      const where: Where = { and: [{ opportunity: { equals: doc.id } }, { alumnus: { equals: who } }] }
      if (!(await findId(payload, 'opportunity-interests', where))) {
        // No mail to the demo poster: the seed is not a person saying they are interested.
        await payload.create({
          collection: 'opportunity-interests',
          data: { opportunity: doc.id, alumnus: who },
          depth: 0,
          context: { ...SEED_CONTEXT, skipInterestMail: true },
        })
      }
    }
  }
  for (const seed of UPDATES) {
    const createdAt = tokyo(ctx, -seed.daysAgo, 12)
    const data = { body: seed.body, link: seed.link ?? null, author: alumnus(alumni, seed.by), createdAt }
    const existing = await findId(payload, 'member-updates', { body: { equals: seed.body } })
    const doc = existing
      ? await payload.update({ collection: 'member-updates', id: existing, data, depth: 0, context: SEED_CONTEXT })
      : await payload.create({ collection: 'member-updates', data, depth: 0, context: SEED_CONTEXT })
    for (const [email, kind] of seed.reactions ?? []) {
      const who = alumnus(alumni, email)
      const found = await findId(payload, 'update-reactions', { and: [{ update: { equals: doc.id } }, { alumnus: { equals: who } }] })
      if (!found) await payload.create({ collection: 'update-reactions', data: { update: doc.id, alumnus: who, kind }, depth: 0, context: SEED_CONTEXT })
    }
    if (seed.reportedBy) {
      const who = alumnus(alumni, seed.reportedBy)
      const found = await findId(payload, 'update-reports', { and: [{ update: { equals: doc.id } }, { reporter: { equals: who } }] })
      if (!found) {
        await payload.create({
          collection: 'update-reports',
          data: { update: doc.id, reporter: who, reason: 'other', note: '宣伝ではないと思いますが、念のため確認をお願いします。', status: 'open' },
          depth: 0,
          context: SEED_CONTEXT,
        })
      }
    }
  }
  await ensureFeedbackForm(payload)
  ctx.log(`collaboration ${OPPORTUNITIES.length} opportunities, ${UPDATES.length} updates`)
}
