/**
 * The (fictional) company whose alumni network the demo site is. Content refers to it by
 * these names; nothing else in the app depends on them.
 */
export const OPERATOR = {
  name: { ja: '株式会社つむぎワークス', en: 'Tsumugi Works Inc.' },
  shortName: { ja: 'つむぎワークス', en: 'Tsumugi Works' },
  network: { ja: 'つむぎワークス公式アルムナイネットワーク「Enishi」', en: 'Enishi, the Tsumugi Works alumni network' },
  office: {
    ja: { name: 'つむぎワークス本社 8階 ラウンジ「えにし」', address: '東京都中央区日本橋室町5-2-8 つむぎビル 8階' },
    en: { name: 'Tsumugi Works head office, 8F lounge "Enishi"', address: 'Tsumugi Bldg. 8F, 5-2-8 Nihonbashi-Muromachi, Chuo-ku, Tokyo' },
  },
  /** Employee numbers look like TW-1407 (two digits of the year joined, then a sequence). */
  employeeNumberPrefix: 'TW-',
} as const

/** Departments of the operating company, used by alumni profiles and verification. */
export const DEPARTMENTS = {
  design: 'デザイン本部',
  engineering: 'エンジニアリング部',
  consulting: 'コンサルティング事業部',
  sales: '営業本部',
  marketing: 'マーケティング部',
  hr: '人事部',
  finance: '財務経理部',
  planning: '経営企画室',
  success: 'カスタマーサクセス部',
  research: '研究開発室',
} as const
