/**
 * The access matrix: who may do what to which document, written out explicitly. It is the
 * specification `tests/int/access.matrix.test.ts` checks through the Local API
 * (`overrideAccess: false`), REST and GraphQL, and the source of `docs/access.md`
 * (`npx tsx scripts/access-table.ts` prints it). It imports nothing from the app: the table is
 * what docs/access.md promises, not a copy of the access functions it checks.
 *
 * Every collection has a few fixture documents, named by a key (e.g. `draft`, or the principal
 * who owns it). A rule lists, per principal, the keys they may read or change; `denied` means the
 * request itself is refused (403), while a list — even an empty one — means the request is
 * answered, filtered to those documents (a document outside it is a 404 by id).
 */

export const PRINCIPALS = [
  'visitor',
  'pending',
  'rejected',
  'suspended',
  'approved',
  'other',
  'editor',
  'admin',
] as const
export type Principal = (typeof PRINCIPALS)[number]

export const PRINCIPAL_NAMES: Record<Principal, string> = {
  visitor: 'a visitor',
  pending: 'a pending alumnus',
  rejected: 'a rejected alumnus',
  suspended: 'a suspended alumnus',
  approved: 'an approved alumnus',
  other: 'another approved alumnus',
  editor: 'an editor',
  admin: 'an admin',
}

export const ALUMNI_PRINCIPALS = ['pending', 'rejected', 'suspended', 'approved', 'other'] as const

/** Refused outright: 403 on every channel. */
export const DENIED = 'denied' as const
type Keys = readonly string[] | typeof DENIED

/** Who may delete: any document, only their own (fresh ones made for the test), or none. */
export type DeleteRule = 'any' | 'own' | 'none'

export type CollectionRules = {
  /** The fixture documents the suite creates, by key. */
  fixtures: readonly string[]
  read: Record<Principal, Keys>
  /** Which fixtures each principal may update (all others are refused, and stay unchanged). */
  update: Record<Principal, Keys>
  create: readonly Principal[]
  delete: Record<Principal, DeleteRule>
  /** `findVersions`: only for collections with versions. */
  versions?: Record<Principal, Keys>
  /** Uploads cannot be created through GraphQL (it carries no files). */
  upload?: boolean
}

const all = <T>(value: NoInfer<T>): Record<Principal, T> =>
  Object.fromEntries(PRINCIPALS.map((principal) => [principal, value])) as Record<Principal, T>
const staffOnly = <T>(staff: NoInfer<T>, others: NoInfer<T>): Record<Principal, T> => ({ ...all(others), editor: staff, admin: staff })

const STAFF: readonly Principal[] = ['editor', 'admin']
const ALUMNI: readonly Principal[] = ALUMNI_PRINCIPALS

/** Published, public and past: everybody. Drafts and future ones: staff. Members-only: members. */
const publishable = (fixtures: readonly string[], audience: boolean): CollectionRules => {
  const publicOnly = ['public']
  const members = audience ? ['public', 'members'] : publicOnly
  return {
    fixtures,
    read: {
      visitor: publicOnly,
      pending: publicOnly,
      rejected: publicOnly,
      suspended: publicOnly,
      approved: members,
      other: members,
      editor: fixtures,
      admin: fixtures,
    },
    update: staffOnly<Keys>(fixtures, DENIED),
    create: STAFF,
    delete: staffOnly<DeleteRule>('any', 'none'),
    versions: staffOnly<Keys>(fixtures, DENIED),
  }
}

/** Readable by everyone, written by staff. */
const publicReference = (upload = false): CollectionRules => ({
  fixtures: ['one'],
  read: all<Keys>(['one']),
  update: staffOnly<Keys>(['one'], DENIED),
  create: STAFF,
  delete: staffOnly<DeleteRule>('any', 'none'),
  upload,
})

/** Staff read and write; nobody else even learns the documents exist. */
const staffRecords = (writable: boolean, deletable = writable): CollectionRules => ({
  fixtures: ['one'],
  read: staffOnly<Keys>(['one'], DENIED),
  update: staffOnly<Keys>(writable ? ['one'] : DENIED, DENIED),
  create: writable ? STAFF : [],
  delete: staffOnly<DeleteRule>(deletable ? 'any' : 'none', 'none'),
})

const closed: CollectionRules = {
  fixtures: ['one'],
  read: all<Keys>(DENIED),
  update: all<Keys>(DENIED),
  create: [],
  delete: all<DeleteRule>('none'),
}

const ALUMNI_KEYS = ['pending', 'rejected', 'suspended', 'approved', 'other', 'hidden'] as const

export const ACCESS_TABLE = {
  interviews: publishable(['public', 'draft', 'future'], false),
  events: publishable(['public', 'members', 'draft', 'future'], true),
  announcements: publishable(['public', 'members', 'draft', 'future'], true),
  companies: publicReference(),
  media: publicReference(true),
  // Written only by the mailing job (overrideAccess); staff watch its progress.
  'announcement-mailings': staffRecords(false),
  roster: staffRecords(true),
  // An audit trail: nobody creates or edits entries through the API; staff may prune them.
  'account-deletions': staffRecords(false, true),
  alumni: {
    // Every alumnus principal owns the fixture of the same key; `hidden` is an approved
    // alumnus hidden from the directory.
    fixtures: ALUMNI_KEYS,
    read: {
      visitor: DENIED,
      pending: ['pending'],
      rejected: ['rejected'],
      suspended: ['suspended'],
      approved: ['approved', 'other'],
      other: ['approved', 'other'],
      editor: ALUMNI_KEYS,
      admin: ALUMNI_KEYS,
    },
    update: {
      visitor: DENIED,
      pending: ['pending'],
      rejected: ['rejected'],
      suspended: ['suspended'],
      approved: ['approved'],
      other: ['other'],
      editor: ALUMNI_KEYS,
      admin: ALUMNI_KEYS,
    },
    // Registration is /join only (it answers alike for known addresses); staff may add people.
    create: STAFF,
    delete: staffOnly<DeleteRule>('any', 'none'),
  },
  'alumni-photos': {
    // Photos owned by the approved and the pending alumnus. A photo follows its owner: members
    // see only those of members the directory lists.
    fixtures: ['approved', 'pending'],
    read: {
      visitor: DENIED,
      pending: ['pending'],
      rejected: [],
      suspended: [],
      approved: ['approved'],
      other: ['approved'],
      editor: ['approved', 'pending'],
      admin: ['approved', 'pending'],
    },
    update: {
      visitor: DENIED,
      pending: ['pending'],
      rejected: [],
      suspended: [],
      approved: ['approved'],
      other: [],
      editor: ['approved', 'pending'],
      admin: ['approved', 'pending'],
    },
    create: [...ALUMNI, ...STAFF],
    delete: { ...all<DeleteRule>('own'), visitor: 'none', editor: 'any', admin: 'any' },
    upload: true,
  },
  registrations: {
    // The approved alumnus is confirmed for the members-only event, the other one waitlisted.
    fixtures: ['approved', 'other'],
    read: {
      visitor: DENIED,
      pending: [],
      rejected: [],
      suspended: [],
      approved: ['approved'],
      other: ['other'],
      editor: ['approved', 'other'],
      admin: ['approved', 'other'],
    },
    // Alumni register and cancel through the RSVP endpoint, never by writing registrations.
    update: staffOnly<Keys>(['approved', 'other'], DENIED),
    create: STAFF,
    delete: staffOnly<DeleteRule>('any', 'none'),
  },
  users: {
    fixtures: ['editor', 'admin'],
    read: staffOnly<Keys>(['editor', 'admin'], DENIED),
    update: { ...all<Keys>(DENIED), editor: ['editor'], admin: ['editor', 'admin'] },
    create: ['admin'],
    delete: { ...all<DeleteRule>('none'), admin: 'any' },
  },
  // Payload's own collections.
  'payload-preferences': {
    // Admin-panel preferences of the approved alumnus and of the editor.
    fixtures: ['approved', 'editor'],
    read: { ...all<Keys>([]), visitor: DENIED, approved: ['approved'], editor: ['editor'] },
    update: { ...all<Keys>([]), visitor: DENIED, approved: ['approved'], editor: ['editor'] },
    create: PRINCIPALS.filter((principal) => principal !== 'visitor'),
    delete: { ...all<DeleteRule>('own'), visitor: 'none' },
  },
  // Edit locks of the admin panel: staff only (src/access/internalCollections.ts).
  'payload-locked-documents': {
    fixtures: ['editor'],
    read: staffOnly<Keys>(['editor'], DENIED),
    update: staffOnly<Keys>(['editor'], DENIED),
    create: STAFF,
    delete: staffOnly<DeleteRule>('any', 'none'),
  },
  // The jobs queue and the key-value store are closed to everybody: only server code uses them.
  'payload-jobs': closed,
  'payload-kv': closed,
} satisfies Record<string, CollectionRules>

export type Collection = keyof typeof ACCESS_TABLE
export const COLLECTIONS = Object.keys(ACCESS_TABLE) as Collection[]

export const OPERATIONS = ['find', 'findByID', 'count', 'versions', 'create', 'update', 'delete'] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * Personal fields of alumni, field by field: who reads them on whose account. `owner` is the
 * account holder, `staff` editors and admins, `member` another approved alumnus reading a
 * listed profile; `shared` means "only when the owner set that detail's visibility to members".
 */
type FieldRule = { owner: boolean; staff: boolean; member: boolean | 'shared' }
const privateField: FieldRule = { owner: true, staff: true, member: false }
const staffField: FieldRule = { owner: false, staff: true, member: false }

export const ALUMNI_FIELDS: Record<string, FieldRule> = {
  email: privateField,
  status: { owner: true, staff: true, member: true },
  reviewMessage: staffField,
  reviewedAt: staffField,
  rosterMatch: staffField,
  privacyConsentAt: privateField,
  calendarToken: privateField,
  language: privateField,
  'notifications.announcements': privateField,
  'verification.joinedYear': privateField,
  'verification.leftYear': privateField,
  'verification.lastDepartment': privateField,
  'verification.employeeNumber': privateField,
  'verification.note': privateField,
  'contact.email': { owner: true, staff: true, member: 'shared' },
  'contact.phone': { owner: true, staff: true, member: 'shared' },
}

/** Contact details an alumnus fixture shares with members (its `…Visibility` set to `members`). */
export const ALUMNI_SHARED: Record<string, readonly string[]> = { other: ['contact.email'] }

/** An event's online link: staff, and approved alumni confirmed for that event. */
export const EVENT_ONLINE_URL: Record<Principal, readonly string[]> = {
  ...all<readonly string[]>([]),
  approved: ['members'],
  editor: ['public', 'members', 'draft', 'future'],
  admin: ['public', 'members', 'draft', 'future'],
}

/** Fields an alumnus may never set on their own account, whatever channel they use. */
export const ALUMNI_STAFF_WRITTEN = ['status', 'reviewMessage', 'verification.employeeNumber', 'calendarToken'] as const
