/**
 * Prints docs/access.md from the access matrix's table (tests/helpers/accessTable.ts), so
 * the human-readable rules and the tested ones are the same text:
 *   npx tsx scripts/access-table.ts > docs/access.md
 */
import {
  ACCESS_TABLE,
  ALUMNI_FIELDS,
  ALUMNI_SHARED,
  ALUMNI_STAFF_WRITTEN,
  COLLECTIONS,
  DENIED,
  EVENT_ONLINE_URL,
  PRINCIPAL_NAMES,
  PRINCIPALS,
} from '../tests/helpers/accessTable'

const cell = (value: readonly string[] | typeof DENIED) =>
  value === DENIED ? '**403**' : value.length ? value.join(', ') : '— (none)'
const header = `| collection · fixtures | ${PRINCIPALS.join(' | ')} |\n|---|${PRINCIPALS.map(() => '---').join('|')}|`
const lines: string[] = []
const out = (line = '') => lines.push(line)

out('# Who may do what: the access matrix')
out()
out('Generated from `tests/helpers/accessTable.ts` by `npx tsx scripts/access-table.ts > docs/access.md`;')
out('`tests/int/access.matrix.test.ts` checks every cell through the Local API (`overrideAccess: false`),')
out('REST and GraphQL, and `tests/e2e/access-pages.spec.ts` checks the pages. Do not edit by hand.')
out()
out(`Principals: ${PRINCIPALS.map((p) => `\`${p}\` (${PRINCIPAL_NAMES[p]})`).join(', ')}.`)
out()
out('Each collection has fixture documents named by a key: `public`, `members`, `draft` (never published),')
out('`future` (publish date next week) for content; for alumni, each alumnus principal owns the document of')
out('its own name and `hidden` is an approved alumnus hidden from the directory; photos, registrations,')
out('preferences are named by their owner. A cell lists the fixtures the principal gets; **403** means the')
out('request itself is refused; an empty list means it is answered with nothing. A document outside the')
out('list is a 404 by id.')
out()
out('## Read (find, findByID, count)')
out()
out(header)
for (const c of COLLECTIONS) out(`| \`${c}\` · ${ACCESS_TABLE[c].fixtures.join(', ')} | ${PRINCIPALS.map((p) => cell(ACCESS_TABLE[c].read[p])).join(' | ')} |`)
out()
out('## Versions (findVersions; collections with drafts only)')
out()
out(header)
for (const c of COLLECTIONS) {
  const versions = (ACCESS_TABLE[c] as { versions?: Record<string, readonly string[] | typeof DENIED> }).versions
  if (versions) out(`| \`${c}\` | ${PRINCIPALS.map((p) => cell(versions[p]!)).join(' | ')} |`)
}
out()
out('## Update (which fixtures may be changed; every other attempt is refused and changes nothing)')
out()
out(header)
for (const c of COLLECTIONS) out(`| \`${c}\` | ${PRINCIPALS.map((p) => cell(ACCESS_TABLE[c].update[p])).join(' | ')} |`)
out()
out('## Create and delete')
out()
out(`| collection | ${PRINCIPALS.join(' | ')} |\n|---|${PRINCIPALS.map(() => '---').join('|')}|`)
for (const c of COLLECTIONS) {
  const { create, delete: del } = ACCESS_TABLE[c]
  out(`| \`${c}\` | ${PRINCIPALS.map((p) => `${(create as readonly string[]).includes(p) ? 'create' : '—'} / ${del[p] === 'none' ? '—' : `delete ${del[p]}`}`).join(' | ')} |`)
}
out()
out('Uploads (`media`, `alumni-photos`) are created through REST (multipart) or the admin panel: GraphQL carries no files.')
out()
out('## Personal fields of alumni, field by field')
out()
out('Who reads each field of an account they can see: the owner, staff, or another approved member')
out('("shared": only when the owner set that detail\'s visibility to members).')
out()
out('| field | owner | staff | another member |\n|---|---|---|---|')
const yes = (v: boolean | 'shared') => (v === 'shared' ? 'shared' : v ? 'yes' : 'no')
for (const [field, rule] of Object.entries(ALUMNI_FIELDS)) out(`| \`${field}\` | ${yes(rule.owner)} | ${yes(rule.staff)} | ${yes(rule.member)} |`)
out()
out(`In the fixtures, ${Object.entries(ALUMNI_SHARED).map(([who, fields]) => `\`${who}\` shares ${fields.join(', ')}`).join('; ')}.`)
out(`An alumnus updating their own account cannot set ${ALUMNI_STAFF_WRITTEN.map((f) => `\`${f}\``).join(', ')}; an editor cannot make themself admin.`)
out()
out("An event's online link (`onlineUrl`) is read only by staff and by approved alumni confirmed for that event:")
out(PRINCIPALS.map((p) => `${p}: ${EVENT_ONLINE_URL[p].join(', ') || '—'}`).join('; ') + '.')
out()
out("## Payload's own collections")
out()
out('- `payload-locked-documents` (edit locks of the admin panel): Payload lets any signed-in account use them;')
out('  `src/security/hardenConfig.ts` limits them to staff.')
out('- `payload-preferences`: each account its own. Their REST routes go by key (`/api/payload-preferences/<key>`),')
out('  so REST has no count for them.')
out('- `payload-jobs`, `payload-kv`: closed to everybody; only server code uses them. `payload-migrations` has no')
out('  REST or GraphQL API at all.')
console.log(lines.join('\n'))
