/**
 * People introduced in a line instead of a profile block — right under the title, or under a
 * section's heading:
 *
 *   株式会社ハルカゼ アルムナイ事務局                 ← organisation line (optional)
 *   執行役員 山田 太郎さん、人事部 佐藤 花子さん（アルムナイ）
 *
 * A line is a people line when it is nothing but entries `[organisation] [role] 名前さん[（note）]`
 * separated by `、` `,` `／` `/` `・` `｜` or `と`. In an entry, a company word (株式会社, …)
 * starts the organisation, the name is the last one or two short words before さん/氏, the rest
 * is the role. A note says the person is an alumnus (`（アルムナイ）`, `（元〇〇）`, `（2019年退職）`);
 * a note that says more than that stays with the role, so no word is lost. A rejoined employee
 * (`（2021年再入社）`) is an alumnus too.
 */
import type { ImportedInterviewee } from './types'

const COMPANY = /株式会社|（株）|\(株\)|有限会社|合同会社|合資会社|社団法人|財団法人|NPO|ホールディングス|銀行|大学|研究所|事務所|Inc\.?$|Corp|Co\.|Ltd|LLC/i
const COMPANY_WORD = /^(?:株式会社|有限会社|合同会社|一般社団法人|公益社団法人|一般財団法人|NPO法人)$/
const DEPARTMENT = /(?:部|課|室|局|本部|センター|事業部|グループ|チーム|事務局|支社|支店|工場)$/
/** Words that are a role or a department, never a part of a name. */
const ROLE = /(?:部|課|室|局|長|役員|役|担当|係|員|者|官|代表|社長|会長|取締役|職|士|師|編|営業|人事|広報|総務|経理|開発|企画|技術|製造|研究|事務|マネージャー|リーダー|ディレクター|エンジニア|デザイナー|コンサルタント|プランナー|スタッフ|メンバー|アルムナイ|OB|OG|CEO|CTO|COO|CFO|CHRO)$/i
const ALUMNI = /アルムナイ|卒業生|出身|退職|退社|再入社|復職|出戻り|^元|OB|OG|alumn|former/i
/** A note that only says "alumnus": the alumni flag says it all. */
const ALUMNI_ONLY = /^[^、,，\s]{0,20}(?:アルムナイ|alumn(?:us|a|i))$/i
/** A short word that can be part of a personal name. */
const NAME_PART = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々A-Za-z.]{1,6}$/u

const ENTRY = /^(.+?)\s*(?:さん|氏)\s*(?:[（(]([^（）()]*)[）)])?$/
/** Where one entry ends and the next begins: after さん/氏 and its note. */
const BETWEEN = /(?<=(?:さん|氏)\s*(?:[（(][^（）()]*[）)])?)\s*(?:[、，,／/・｜|]|と(?=\S))\s*/
const INTRO_LABEL = /^(?:登場人物|出席者|話し手|語り手|インタビュイー|お話を伺った方|取材先)\s*[:：]\s*/

export type Entry = ImportedInterviewee & {
  /** The entry names its own company. */
  ownOrganization: boolean
  /** The entry starts with a department (`研究開発本部 …`): it works where the entry before it does. */
  department: boolean
}

const splitName = (words: string[]): { name: string; before: string[] } => {
  const n = words.length
  const last = words[n - 1]
  const second = words[n - 2]
  if (second && NAME_PART.test(second) && second.length <= 4 && !ROLE.test(second) && !COMPANY.test(second) && last.length <= 6) {
    return { name: `${second} ${last}`, before: words.slice(0, n - 2) }
  }
  return { name: last, before: words.slice(0, n - 1) }
}

const toEntry = (segment: string): Entry | null => {
  const match = ENTRY.exec(segment)
  if (!match) return null
  const [, body, note] = match
  const words = body.split(/[\s\u3000]+/).filter(Boolean)
  // Running text that happens to end in さん (`今回お話を伺ったのは、人事部の佐藤さん`) is no entry.
  if (!words.length || words.length > 7 || words.some((word) => /[。．！？!?「」:：、，,]/.test(word) || word.length > 24)) return null
  const { name, before } = splitName(words)
  if (name.length > 12 || /[、，,]/.test(name)) return null

  const start = before.findIndex((word) => COMPANY.test(word))
  let end = start
  if (start !== -1) {
    if (COMPANY_WORD.test(before[start]) && before[start + 1]) end++
    while (before[end + 1] && DEPARTMENT.test(before[end + 1])) end++
  }
  const organization = start === -1 ? undefined : before.slice(start, end + 1).join(' ')
  const roleWords = start === -1 ? before : [...before.slice(0, start), ...before.slice(end + 1)]
  const isAlumni = Boolean(note && ALUMNI.test(note))
  const keptNote = note && !(isAlumni && ALUMNI_ONLY.test(note.trim())) ? `（${note.trim()}）` : ''
  const role = `${roleWords.join(' ')}${keptNote}`
  return {
    name,
    ...(organization ? { organization } : {}),
    ...(role ? { role } : {}),
    isAlumni,
    ownOrganization: start !== -1,
    department: start === -1 && DEPARTMENT.test(before[0] ?? ''),
  }
}

/** The people a line introduces, or null when it is something else. */
export const bylineEntries = (line: string): Entry[] | null => {
  if (line.length > 200 || !/(?:さん|氏)\s*(?:[（(][^（）()]*[）)])?$/.test(line)) return null
  const segments = line.replace(INTRO_LABEL, '').split(BETWEEN)
  const entries = segments.map(toEntry)
  if (!entries.every((entry): entry is Entry => entry !== null)) return null
  // `A社 部長 山田さん、研究本部 佐藤さん`: a department without a company is the company's before it.
  return entries.map((entry, i) => {
    const before = entries.slice(0, i).findLast((e) => e.ownOrganization)
    return !entry.department || !before ? entry : { ...entry, organization: before.organization, ownOrganization: true }
  })
}

/** A line that can name the organisation of the people line under it. */
export const isOrganizationLine = (line: string): boolean =>
  line.length <= 60 && COMPANY.test(line) && !/[。！？!?、]$/.test(line) && !/(?:さん|氏)$/.test(line)

/** The entry as an interviewee, with the organisation of the line above when it names none. */
export const withOrganization = ({ ownOrganization, department: _, ...person }: Entry, organization?: string): ImportedInterviewee =>
  !ownOrganization && organization ? { ...person, organization } : person
