/** Labels of the network dashboard view, in the admin's two languages. */
import { INDUSTRIES, ALUMNI_STATUSES } from '@/lib/options'

export type Lang = 'ja' | 'en'
export const toLang = (language: string | undefined): Lang => (language === 'en' ? 'en' : 'ja')

const STRINGS = {
  ja: {
    title: 'ネットワークダッシュボード',
    intro: '会員ネットワークの推移です。5人未満のグループは個人が特定されないよう「<5」と表示し、数を出しません。',
    link: 'ネットワークダッシュボードを開く',
    suppressed: '<5',
    suppressedNote: '「<5」は5人未満のため非表示',
    registrations: '登録と承認（月別）',
    registered: '登録',
    approved: '承認',
    status: 'ステータス別の会員',
    ageBands: '年代別（承認済み・生まれ年の回答者）',
    industries: '業界別（承認済み）',
    joinYears: '入社年別（承認済み）',
    leaveYears: '退職年別（承認済み）',
    events: 'イベント参加（直近のイベント）',
    confirmed: '参加確定',
    attended: '来場',
    repeat: 'イベントのリピート参加（来場回数別の人数）',
    repeatKey: (key: string) => `${key}回`,
    opportunities: '協業案件（投稿月別）',
    posted: '投稿',
    matched: 'マッチ',
    active: '月間アクティブ会員（ログイン・イベント申込・投稿など）',
    members: '人数',
    age: (band: string) => (band === '70s' ? '70代以上' : band === '20s' ? '20代以下' : `${band.slice(0, 2)}代`),
    unknown: '未回答',
    noData: 'まだデータがありません。',
  },
  en: {
    title: 'Network dashboard',
    intro: 'How the alumni network grows. Groups of fewer than five people show as “<5”, never as a number, so nobody can be singled out.',
    link: 'Open the network dashboard',
    suppressed: '<5',
    suppressedNote: '“<5”: fewer than five people, not shown',
    registrations: 'Registrations and approvals per month',
    registered: 'Registered',
    approved: 'Approved',
    status: 'Members by status',
    ageBands: 'By age band (approved, who gave a birth year)',
    industries: 'By industry (approved)',
    joinYears: 'By year joined (approved)',
    leaveYears: 'By year left (approved)',
    events: 'Event attendance (recent events)',
    confirmed: 'Confirmed',
    attended: 'Attended',
    repeat: 'Repeat attendance (members by events attended)',
    repeatKey: (key: string) => (key === '1' ? '1 event' : `${key} events`),
    opportunities: 'Opportunities by month posted',
    posted: 'Posted',
    matched: 'Matched',
    active: 'Monthly active members (signed in, registered for an event, posted or reacted)',
    members: 'Members',
    age: (band: string) => (band === '70s' ? '70 and over' : band === '20s' ? 'up to 29' : band),
    unknown: 'Not given',
    noData: 'No data yet.',
  },
}

export const strings = (lang: Lang) => STRINGS[lang]
export type DashboardStrings = ReturnType<typeof strings>

const optionLabel = (options: readonly { value: string; label: { ja: string; en: string } }[], lang: Lang) =>
  new Map(options.map((o) => [o.value as string, o.label[lang]]))

export const industryLabels = (lang: Lang) => optionLabel(INDUSTRIES, lang)
export const statusLabels = (lang: Lang) => optionLabel(ALUMNI_STATUSES, lang)
