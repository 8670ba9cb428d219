import type { Company } from '../../payload-types'

import { logoSvg, type ImageSpec, type Localized, type PaletteName } from './images'
import { findIdBySlug, progress, SEED_CONTEXT, type SeedContext } from './util'

type CompanySeed = {
  slug: string
  name: Localized
  industry: NonNullable<Company['industry']>
  summary: Localized
  website: string
  alumniNetworkUrl: string
  logo: { initials: string; palette: PaletteName; motif: 'gear' | 'waves' | 'horizon' }
}

/** The companies the case studies are about. Every one of them runs an alumni programme. */
export const COMPANIES: CompanySeed[] = [
  {
    slug: 'kazami-seiko',
    name: { ja: '株式会社カザミ精工', en: 'Kazami Seiko Co., Ltd.' },
    industry: 'manufacturing',
    summary: {
      ja: '1961年創業、長野県諏訪地域に本社と工場を構える精密部品メーカー。医療機器や計測機器向けの研削・切削部品を手がける。2022年に退職者の再入社制度「カザミ・リターンズ」を、2021年に定年退職者による技術アドバイザー制度を開始した。従業員数約320名。',
      en: 'A precision parts maker founded in 1961, with its head office and factory in the Suwa region of Nagano. It grinds and machines parts for medical and measuring equipment. It started a technical adviser scheme for retired engineers in 2021 and "Kazami Returns", a re-hiring programme for former employees, in 2022. About 320 employees.',
    },
    website: 'https://kazami-seiko.example',
    alumniNetworkUrl: 'https://kazami-seiko.example/alumni',
    logo: { initials: 'KS', palette: 'indigo', motif: 'gear' },
  },
  {
    slug: 'hibiki-bank',
    name: { ja: '株式会社ひびき銀行', en: 'Hibiki Bank, Ltd.' },
    industry: 'finance',
    summary: {
      ja: '宮城県仙台市に本店を置く地方銀行。県内を中心に78の店舗を展開し、事業承継や創業支援など地域企業への伴走型支援に力を入れる。2023年に元行員のネットワーク「ひびきアルムナイ・サロン」を公式に立ち上げた。',
      en: 'A regional bank headquartered in Sendai, Miyagi, with 78 branches mainly in the prefecture. It focuses on hands-on support for local businesses, from start-ups to succession. In 2023 it officially launched "Hibiki Alumni Salon", a network of former employees.',
    },
    website: 'https://hibiki-bank.example',
    alumniNetworkUrl: 'https://hibiki-bank.example/alumni',
    logo: { initials: 'HB', palette: 'forest', motif: 'waves' },
  },
  {
    slug: 'sorano-systems',
    name: { ja: '株式会社ソラノシステムズ', en: 'Sorano Systems Inc.' },
    industry: 'it',
    summary: {
      ja: '2009年創業、東京・五反田に本社を置くソフトウェア企業。倉庫管理や配送計画のためのクラウドサービスを開発・提供している。退職者を「卒業生」と呼び、2024年から公式の卒業生コミュニティを運営。従業員数約600名。',
      en: 'A software company founded in 2009 and based in Gotanda, Tokyo, building cloud services for warehouse management and delivery planning. It calls former employees "graduates" and has run an official graduate community since 2024. About 600 employees.',
    },
    website: 'https://sorano-systems.example',
    alumniNetworkUrl: 'https://sorano-systems.example/alumni',
    logo: { initials: 'SS', palette: 'sky', motif: 'horizon' },
  },
]

export const companyImages = (): ImageSpec[] =>
  COMPANIES.map((c) => ({
    key: `logo-${c.slug}`,
    filename: `seed-logo-${c.slug}.png`,
    alt: { ja: `${c.name.ja}のロゴ`, en: `${c.name.en} logo` },
    width: 512,
    height: 512,
    format: 'png',
    svg: () => logoSvg(c.logo),
  }))

/** Upserts the companies by slug; returns ids by slug. */
export const seedCompanies = async (ctx: SeedContext): Promise<Record<string, number>> => {
  const { payload } = ctx
  const tick = progress(ctx.log, 'companies', COMPANIES.length)
  const ids: Record<string, number> = {}
  for (const c of COMPANIES) {
    const data = {
      name: c.name.ja,
      slug: c.slug,
      industry: c.industry,
      summary: c.summary.ja,
      website: c.website,
      alumniNetworkUrl: c.alumniNetworkUrl,
      logo: ctx.media[`logo-${c.slug}`],
    }
    const existing = await findIdBySlug(payload, 'companies', c.slug)
    const doc = existing
      ? await payload.update({ collection: 'companies', id: existing, data, locale: 'ja', context: SEED_CONTEXT, overrideAccess: true })
      : await payload.create({ collection: 'companies', data, locale: 'ja', context: SEED_CONTEXT, overrideAccess: true })
    await payload.update({
      collection: 'companies',
      id: doc.id,
      data: { name: c.name.en, summary: c.summary.en },
      locale: 'en',
      context: SEED_CONTEXT,
      overrideAccess: true,
    })
    ids[c.slug] = doc.id
    tick()
  }
  return ids
}
