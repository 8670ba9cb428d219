/**
 * Two years of the collaboration board and the members' feed: opportunities posted every month
 * (by staff and by members), the people who said they were interested, most older ones closed —
 * more than half of them matched — and the updates members posted, with reactions. Titles and
 * texts are generated from the poster's own profile, and are unique: they are how a second run
 * finds the rows again. Posted by generated members only, and dated before the named demo
 * updates, so the feed still opens on those.
 */
import type { Opportunity } from '../../../payload-types'
import { DEPARTMENTS } from '../operator'
import { hash, prng } from '../util'
import { DAY, historyMonths, later, momentIn, sample, weighted } from './calendar'
import { WORKPLACES } from './names'
import { type HistoryPerson, memberAt } from './people'

export type PlannedOpportunity = {
  title: string
  kind: Opportunity['kind']
  industry: NonNullable<Opportunity['industry']>
  description: string
  contact: string
  /** Email of the posting member; staff when absent. */
  by?: string
  createdAt: number
  deadline: number | null
  outcome: 'matched' | 'notMatched' | null
  closedAt: number | null
  interested: { email: string; at: number }[]
}

export type PlannedUpdate = { by: string; body: string; createdAt: number; reactions: { email: string; kind: 'like' | 'congrats' | 'insightful'; at: number }[] }

const THINGS = ['新サービスのLP制作', '資金調達用の事業計画', '社内研修の設計', 'ECサイトの改善', '採用面接の設計', '英文契約書のチェック', 'アプリのUXレビュー', '展示会の出展準備', '補助金の申請書づくり', 'データ分析の内製化']
const WORKS = ['社内報のWeb版', '採用サイトのリニューアル', '研修動画', '社内ポータルのUI改善', '顧客向けセミナーの運営', '英語版サービスサイト', '製品マニュアルの改訂', 'ユーザー調査']
const ROLES = ['プロジェクトマネージャー', 'リードエンジニア', 'UXリサーチャー', '採用担当', 'データアナリスト', 'プランナー']
const DOMAINS = ['介護記録アプリ', '農業向けセンサー', '地域通貨のしくみ', '学習記録のプラットフォーム', '配車の最適化', '店舗の需要予測', '問診チャットボット', '観光案内アプリ']
const FIELDS = ['シード期の教育', '地域観光', '介護', '食品ロス削減', '中小製造業向けSaaS', 'フィンテック']
const QUALIFIERS = ['（リモート可）', '（関西）', '（第2弾）', '（急募）', '（九州）', '（週1日から）', '（東海）', '（短期）']

const any = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]

const titleFor = (kind: Opportunity['kind'], poster: HistoryPerson | undefined, random: () => number): string => {
  switch (kind) {
    case 'companyOrders':
      return random() < 0.5 ? `${any(WORKS, random)}の制作パートナーを募集` : `${any(WORKS, random)}をお願いできる方を探しています（業務委託）`
    case 'role':
      return `【期間限定】${any(Object.values(DEPARTMENTS), random)}の${any(ROLES, random)}（${any([3, 6, 9, 12], random)}か月）`
    case 'alumnusOffers':
      return `${any(poster!.skills, random)}${any(['の相談に乗ります', 'のスポット支援を引き受けます', 'の壁打ち相手になります'], random)}`
    case 'alumnusOrders':
      return `${any(THINGS, random)}${any(['を手伝ってくれる方を探しています', 'をお願いできる方を募集'], random)}`
    case 'jointDevelopment':
      return `${any(DOMAINS, random)}の共同開発パートナーを探しています`
    case 'investment':
      return random() < 0.5 ? `${any(FIELDS, random)}のスタートアップへの出資者を探しています` : `${any(FIELDS, random)}領域のエンジェル投資家とつながりたい`
  }
}

const DESCRIPTIONS: Record<Opportunity['kind'], string> = {
  companyOrders: 'つむぎワークスからアルムナイの方へのご依頼です。期間・予算は内容に応じてご相談します。詳しくは窓口までお問い合わせください。',
  role: '期間限定の業務委託、または期間を決めた再入社で参加いただける方を募集します。リモート勤務も相談できます。',
  alumnusOffers: '古巣の事情がわかるぶん、話が早いと思います。まずは30分ほどオンラインでお話ししましょう。',
  alumnusOrders: '1〜2か月ほどの小さな仕事です。リモートで進められます。条件はご相談ください。',
  jointDevelopment: '試作は進んでいます。いっしょに形にしてくれる個人・企業の方を探しています。',
  investment: '事業計画と資本政策をお送りできます。まずは面談でお話しさせてください。',
}

const uniqueTitle = (title: string, taken: Set<string>): string => {
  for (const candidate of [title, ...QUALIFIERS.map((q) => title + q)]) {
    if (!taken.has(candidate)) return candidate
  }
  let n = 2
  while (taken.has(`${title}（その${n}）`)) n++
  return `${title}（その${n}）`
}

/**
 * Opportunities month by month: 7 posted in the first month, 13 or more lately. Those of the
 * current month are still open; older ones are closed, more than half matched.
 */
export const planOpportunities = (people: HistoryPerson[], today: number, reservedTitles: ReadonlySet<string>): PlannedOpportunity[] => {
  const random = prng(hash('enishi-history-board'))
  const months = historyMonths(today)
  const taken = new Set(reservedTitles)
  const plan: PlannedOpportunity[] = []
  for (const [i, month] of months.entries()) {
    const posted = 7 + Math.round((6 * i) / (months.length - 1)) + Math.floor(random() * 2)
    const matched = Math.min(posted - 1, Math.max(5, Math.round(posted * 0.6)))
    const open = month.ago === 0
    const moments = Array.from({ length: posted }, () => momentIn(month, random)).sort((a, b) => a - b)
    for (const [n, createdAt] of moments.entries()) {
      const members = people.filter((p) => memberAt(p, createdAt))
      const poster = members.length && random() >= 0.25 ? weighted(members, (p) => 0.2 + p.engagement, random) : undefined
      const kind: Opportunity['kind'] = poster
        ? weighted(['alumnusOffers', 'alumnusOrders', 'jointDevelopment', 'investment'] as const, (_, k) => [35, 35, 15, 15][k], random)
        : random() < 0.6 ? 'companyOrders' : 'role'
      const title = uniqueTitle(titleFor(kind, poster, random), taken)
      taken.add(title)
      const closedAt = open ? null : later(createdAt, 10 + random() * 30, today - 60 * 60 * 1000)
      const interestedCount = Math.floor(random() * 5) + (open || n >= matched ? 0 : 1)
      const interested = sample(members.filter((p) => p !== poster), interestedCount, (p) => 0.2 + p.engagement, random).map((p) => ({
        email: p.email,
        at: later(createdAt, 0.5 + random() * 9, (closedAt ?? today) - 60 * 60 * 1000),
      }))
      plan.push({
        title,
        kind,
        industry: poster?.industry ?? any(WORKPLACES, random).industry,
        description: DESCRIPTIONS[kind],
        contact: poster ? `メール: ${poster.email}` : 'alumni-office@tsumugi-works.example（アルムナイ窓口）',
        by: poster?.email,
        createdAt,
        deadline: open ? Math.max(createdAt + 45 * DAY, today + (7 + Math.floor(random() * 30)) * DAY) : createdAt + 30 * DAY,
        outcome: open ? null : n < matched ? 'matched' : 'notMatched',
        closedAt,
        interested,
      })
    }
  }
  return plan
}

const updateBody = (p: HistoryPerson, random: () => number): string => {
  const skill = any(p.skills, random)
  const city = p.location.replace(/^(東京都|神奈川県|埼玉県|千葉県|大阪府|京都府|兵庫県|愛知県|静岡県|福岡県|北海道|宮城県|広島県|長野県|沖縄県)/, '') || p.location
  return any(
    [
      `${p.org}で${p.title}をしています。${skill}の話ならいつでもどうぞ。`,
      `${city}に拠点を移しました。近くにいるアルムナイの方、ぜひお茶しましょう。`,
      `${skill}について社内の勉強会で話しました。資料を共有できるので、気になる方は声をかけてください。`,
      `${skill}の本を読んでいます。おすすめがあれば教えてください。（${p.family[0]}）`,
      `${p.org}でいっしょに働く仲間を探しています。${skill}に関心のある方、プロフィールからご連絡ください。`,
      `久しぶりに日本橋の本社に寄りました。${p.departments[0]}の懐かしい顔に会えてうれしかったです。`,
    ],
    random,
  )
}

/** Members' updates, a few a month growing to about ten, all at least a week old. */
export const planUpdates = (people: HistoryPerson[], today: number, reservedBodies: ReadonlySet<string>): PlannedUpdate[] => {
  const random = prng(hash('enishi-history-feed'))
  const months = historyMonths(today)
  const seen = new Set(reservedBodies)
  const plan: PlannedUpdate[] = []
  for (const [i, month] of months.entries()) {
    const count = 3 + Math.round((6 * i) / (months.length - 1)) + Math.floor(random() * 3)
    for (let n = 0; n < count; n++) {
      const createdAt = Math.min(momentIn(month, random), today - (7 + random() * 20) * DAY)
      const members = people.filter((p) => memberAt(p, createdAt))
      if (!members.length) continue
      const author = weighted(members, (p) => 0.1 + p.engagement, random)
      const body = updateBody(author, random)
      if (seen.has(body)) continue
      seen.add(body)
      const reactors = sample(members.filter((p) => p !== author), Math.floor(random() * 7), (p) => 0.2 + p.engagement, random)
      plan.push({
        by: author.email,
        body,
        createdAt,
        reactions: reactors.map((p) => ({
          email: p.email,
          kind: weighted(['like', 'congrats', 'insightful'] as const, (_, k) => [5, 3, 2][k], random),
          at: later(createdAt, random() * 3, today - 60 * 60 * 1000),
        })),
      })
    }
  }
  return plan
}
