import { l } from './label'

/** Industries used by companies and alumni profiles (one list, so filters line up). */
export const INDUSTRIES = [
  { value: 'it', label: l('IT・通信', 'IT & telecom') },
  { value: 'advertising', label: l('広告・メディア', 'Advertising & media') },
  { value: 'consulting', label: l('コンサルティング', 'Consulting') },
  { value: 'finance', label: l('金融', 'Finance') },
  { value: 'manufacturing', label: l('製造', 'Manufacturing') },
  { value: 'retail', label: l('小売・消費財', 'Retail & consumer') },
  { value: 'healthcare', label: l('医療・ヘルスケア', 'Healthcare') },
  { value: 'education', label: l('教育・研究', 'Education & research') },
  { value: 'public', label: l('公共・NPO', 'Public sector & non-profit') },
  { value: 'other', label: l('その他', 'Other') },
] as const

/** What an alumnus is open to; drives directory filters and announcement targeting. */
export const OPEN_TO = [
  { value: 'business', label: l('協業・取引', 'Business collaboration') },
  { value: 'rejoining', label: l('再入社', 'Re-joining') },
  { value: 'fixedTerm', label: l('期間限定の仕事', 'Fixed-term work') },
  { value: 'mentoring', label: l('メンタリング', 'Mentoring') },
  { value: 'investment', label: l('出資・投資', 'Investment') },
] as const

export const AUDIENCES = [
  { value: 'public', label: l('一般公開', 'Public') },
  { value: 'members', label: l('会員限定', 'Members only') },
] as const

export const ALUMNI_STATUSES = [
  { value: 'pending', label: l('承認待ち', 'Pending') },
  { value: 'approved', label: l('承認済み', 'Approved') },
  { value: 'rejected', label: l('却下', 'Rejected') },
  { value: 'suspended', label: l('利用停止', 'Suspended') },
] as const

export const REGISTRATION_STATUSES = [
  { value: 'confirmed', label: l('参加確定', 'Confirmed') },
  { value: 'waitlisted', label: l('キャンセル待ち', 'Waitlisted') },
  { value: 'cancelled', label: l('キャンセル', 'Cancelled') },
] as const

export const STAFF_ROLES = [
  { value: 'admin', label: l('管理者', 'Admin') },
  { value: 'editor', label: l('編集者', 'Editor') },
] as const

/** What an opportunity on the collaboration board offers or asks for. */
export const OPPORTUNITY_KINDS = [
  { value: 'companyOrders', label: l('会社からの発注', 'Work the company orders') },
  { value: 'alumnusOffers', label: l('アルムナイが受注したい仕事', 'Work an alumnus offers') },
  { value: 'alumnusOrders', label: l('アルムナイからの発注', 'Work an alumnus wants to order') },
  { value: 'role', label: l('期間限定・再入社の募集', 'Fixed-term or returning role') },
  { value: 'jointDevelopment', label: l('共同開発', 'Joint development') },
  { value: 'investment', label: l('出資・投資', 'Investment') },
] as const

export const OPPORTUNITY_STATUSES = [
  { value: 'open', label: l('募集中', 'Open') },
  { value: 'closed', label: l('終了', 'Closed') },
] as const

export const OPPORTUNITY_OUTCOMES = [
  { value: 'matched', label: l('成立', 'Matched') },
  { value: 'notMatched', label: l('不成立', 'Not matched') },
] as const

/** Reactions a member can give an update: one per member per update. */
export const REACTION_KINDS = [
  { value: 'like', label: l('いいね', 'Like') },
  { value: 'congrats', label: l('おめでとう', 'Congrats') },
  { value: 'insightful', label: l('参考になる', 'Insightful') },
] as const

export const REPORT_REASONS = [
  { value: 'spam', label: l('宣伝・スパム', 'Spam or advertising') },
  { value: 'offensive', label: l('不快・攻撃的', 'Offensive') },
  { value: 'privacy', label: l('個人情報', 'Personal information') },
  { value: 'other', label: l('その他', 'Other') },
] as const

export const REPORT_STATUSES = [
  { value: 'open', label: l('未対応', 'Open') },
  { value: 'resolved', label: l('対応済み', 'Resolved') },
] as const
