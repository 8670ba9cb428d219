import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { collections } from './collections'
import { hardenConfig } from './src/security/hardenConfig'
import { Membership } from './globals/Membership'
import { emailAdapter } from './src/email/adapter'
import { directoryTable } from './src/search/schema'
import { seo } from './src/seo/plugin'
import { requireEnv } from './src/lib/env'
import { trustedOrigins } from './src/security/crossSite'
import { forgotPasswordMutations, sameAnswerWhenLocked } from './src/security/enumeration'
import { UPLOAD_LIMITS } from './src/security/uploadLimits'
import { IMPORT_VIEW_PATH } from './src/admin/importer/paths'
import { NETWORK_VIEW_PATH } from './src/admin/dashboard/paths'
import { ROSTER_IMPORT_PATH } from './src/admin/roster/paths'
import { dashboardEndpoint } from './src/dashboard/endpoint'
import { sendAnnouncementMailTask } from './src/announcements/mailTask'
import { eventPromotionEmailTask, eventRemindersTask } from './src/events/jobs'
import { weeklyDigestTask } from './src/collaboration/digest'
import { feedbackPlugin } from './src/collaboration/feedback'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Malformed ids and input, Payload's own collections: adjusted once the config is sanitised (src/security/hardenConfig.ts).
export default buildConfig({
  serverURL: process.env.NEXT_PUBLIC_SERVER_URL || '',
  secret: requireEnv('PAYLOAD_SECRET'),
  // The session cookie counts only on requests from these origins (docs/security.md#csrf).
  csrf: trustedOrigins(),
  admin: {
    user: 'users',
    // The default avatar is Gravatar, which the site must not depend on (it runs offline).
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — Enishi' },
    components: {
      // Staff land on the dashboard: show how many registrations wait for approval.
      beforeDashboard: ['/src/admin/PendingApprovals#PendingApprovals', '/src/admin/StaffTools#StaffTools'],
      views: {
        // Charts of how the network grows, small groups suppressed (src/dashboard, docs/dashboard.md).
        network: { Component: '/src/admin/dashboard/NetworkView#NetworkView', path: NETWORK_VIEW_PATH, exact: true },
        // Roster CSV: preview with per-row errors, import, invite (src/roster, docs/roster.md).
        rosterImport: { Component: '/src/admin/roster/RosterImportView#RosterImportView', path: ROSTER_IMPORT_PATH, exact: true },
        // Paste an interview transcript, preview it, create a draft (src/importer).
        importInterview: { Component: '/src/admin/importer/ImportView#ImportView', path: IMPORT_VIEW_PATH, exact: true },
      },
    },
    timezones: {
      defaultTimezone: 'Asia/Tokyo',
      supportedTimezones: [
        { label: 'Asia/Tokyo (JST)', value: 'Asia/Tokyo' },
        { label: 'UTC', value: 'UTC' },
        { label: 'America/Los_Angeles', value: 'America/Los_Angeles' },
        { label: 'America/New_York', value: 'America/New_York' },
        { label: 'Europe/London', value: 'Europe/London' },
        { label: 'Asia/Singapore', value: 'Asia/Singapore' },
      ],
    },
  },
  collections,
  globals: [Membership],
  email: emailAdapter(),
  editor: lexicalEditor(),
  localization: {
    locales: [
      { code: 'ja', label: '日本語' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'ja',
    fallback: true,
  },
  i18n: { supportedLanguages: { ja, en }, fallbackLanguage: 'ja' },
  db: postgresAdapter({
    pool: { connectionString: requireEnv('DATABASE_URL') },
    // Schema changes ship as migrations; no database is ever pushed to.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
    // The member directory's search table and indexes (src/search/schema.ts, docs/search.md).
    afterSchemaInit: [directoryTable],
  }),
  sharp,
  // Multipart uploads: one file per request up to the upload limit; beyond it Payload answers 413.
  upload: { limits: { fileSize: UPLOAD_LIMITS.maxBytes } },
  // Types are generated on purpose (`npm run generate`) and checked in `npm test`, never on start-up.
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated/schema.graphql'),
    // Password reset answers before the account is looked up (src/security/enumeration.ts).
    mutations: forgotPasswordMutations,
  },
  // A locked account's refusal reads like a wrong password (src/security/enumeration.ts).
  hooks: { afterError: [sameAnswerWhenLocked] },
  jobs: {
    // Runs scheduled publishing, event and announcement mails inside the server process once a
    // minute (docs/events.md: several instances run `payload jobs:run` from cron instead).
    autoRun: [{ cron: '* * * * *', queue: 'default' }],
    tasks: [eventPromotionEmailTask, eventRemindersTask, sendAnnouncementMailTask, weeklyDigestTask],
    shouldAutoRun: () => process.env.ENISHI_JOBS !== 'off',
  },
  endpoints: [dashboardEndpoint],
  plugins: [seo, feedbackPlugin],
  // A rate-limited request is the limit working, not a fault (src/security/limitAuthRequests.ts).
  // Payload looks levels up by the error's name; its type lists only Payload's own errors.
  loggingLevels: { TooManyRequests: 'info' } as Record<string, 'info'>,
  telemetry: false,
}).then(hardenConfig)
