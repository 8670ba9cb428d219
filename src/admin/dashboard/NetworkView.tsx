/**
 * Admin view `/admin/network` (registered in payload.config.ts): the network dashboard. Custom
 * admin views are public in Payload, so this one sends anyone but staff to the login page. The
 * numbers come from src/dashboard (small groups already suppressed); this file only labels them,
 * in the admin's language (the `networkDashboard` messages).
 */
import type { AdminViewServerProps } from 'payload'

import { requireStaff, StaffPage } from '@/admin/StaffPage'
import { networkDashboard, type NetworkDashboard } from '@/dashboard/metrics'
import type { Locale } from '@/i18n/routing'
import { adminLocale, type Translate, translator } from '@/i18n/translator'
import { ALUMNI_STATUSES, INDUSTRIES } from '@/lib/options'

import { type ChartSpec, NetworkCharts } from './NetworkCharts'
import { NETWORK_VIEW_PATH } from './paths'

/** Event titles are long; the axis shows the date and the start of the title. */
const short = (label: string) => ([...label].length > 22 ? `${[...label].slice(0, 21).join('')}…` : label)

const BLUE = '#1f4e79'
const RED = '#c2452d'

const optionLabels = (options: readonly { value: string; label: Record<Locale, string> }[], locale: Locale) =>
  new Map(options.map((o) => [o.value as string, o.label[locale]]))

const single = (id: string, title: string, rows: NetworkDashboard['status'], label: (key: string) => string, t: Translate): ChartSpec => ({
  id,
  title,
  kind: 'bar',
  series: [{ key: 'members', name: t('members'), color: BLUE }],
  rows: rows.map((row) => ({ label: label(row.key), members: row.members })),
})

export const chartSpecs = (data: NetworkDashboard, locale: Locale): ChartSpec[] => {
  const t = translator(locale, 'networkDashboard')
  const industries = optionLabels(INDUSTRIES, locale)
  const statuses = optionLabels(ALUMNI_STATUSES, locale)
  const same = (key: string) => key
  return [
    {
      id: 'registrations',
      title: t('registrations'),
      kind: 'bar',
      series: [
        { key: 'registered', name: t('registered'), color: BLUE },
        { key: 'approved', name: t('approved'), color: RED },
      ],
      rows: data.registrations.map(({ key, registered, approved }) => ({ label: key, registered, approved })),
    },
    {
      id: 'active',
      title: t('active'),
      kind: 'line',
      series: [{ key: 'members', name: t('members'), color: BLUE }],
      rows: data.activeMembers.map(({ key, members }) => ({ label: key, members })),
    },
    single('status', t('status'), data.status, (key) => statuses.get(key) ?? key, t),
    single('age', t('ageBands'), data.ageBands, (band) => t('age', { band, decade: band.slice(0, 2) }), t),
    single('industry', t('industries'), data.industries, (key) => industries.get(key) ?? t('unknown'), t),
    single('joined', t('joinYears'), data.joinYears, same, t),
    single('left', t('leaveYears'), data.leaveYears, same, t),
    {
      id: 'events',
      title: t('events'),
      kind: 'bar',
      series: [
        { key: 'confirmed', name: t('confirmed'), color: BLUE },
        { key: 'attended', name: t('attended'), color: RED },
      ],
      rows: data.events.map(({ label, key, confirmed, attended }) => ({ label: short(label ?? key), confirmed, attended })),
    },
    single('repeat', t('repeat'), data.repeatAttendance, (key) => t('repeatKey', { key }), t),
    {
      id: 'opportunities',
      title: t('opportunities'),
      kind: 'bar',
      series: [
        { key: 'posted', name: t('posted'), color: BLUE },
        { key: 'matched', name: t('matched'), color: RED },
      ],
      rows: data.opportunities.map(({ key, posted, matched }) => ({ label: key, posted, matched })),
    },
  ]
}

export const NetworkView = async (props: AdminViewServerProps) => {
  const req = requireStaff(props, NETWORK_VIEW_PATH)
  const locale = adminLocale(req.i18n)
  const t = translator(locale, 'networkDashboard')
  const data = await networkDashboard(req.payload, { locale })

  return (
    <StaffPage props={props} title={t('title')} intro={t('intro')}>
      <NetworkCharts charts={chartSpecs(data, locale)} suppressed={t('suppressed')} note={t('suppressedNote')} />
    </StaffPage>
  )
}
