/**
 * Deterministic, realistic-looking alumni for the directory benchmark: common Japanese family
 * names weighted by how common they are (佐藤 far more often than 林), given names with their
 * readings and romaji, organisations, titles, skills, departments, places and years. The same
 * seed always gives the same 100,000 people, so runs compare.
 */
import { INDUSTRIES, OPEN_TO } from '../../src/lib/options'
import { prng } from '../../src/seed/util'

/** [kanji, kana, romaji] */
type Name = readonly [string, string, string]

/** Family names, most common first (the weights fall off with rank, like the real distribution). */
const FAMILY: Name[] = [
  ['佐藤', 'さとう', 'Sato'], ['鈴木', 'すずき', 'Suzuki'], ['高橋', 'たかはし', 'Takahashi'], ['田中', 'たなか', 'Tanaka'],
  ['伊藤', 'いとう', 'Ito'], ['渡辺', 'わたなべ', 'Watanabe'], ['山本', 'やまもと', 'Yamamoto'], ['中村', 'なかむら', 'Nakamura'],
  ['小林', 'こばやし', 'Kobayashi'], ['加藤', 'かとう', 'Kato'], ['吉田', 'よしだ', 'Yoshida'], ['山田', 'やまだ', 'Yamada'],
  ['佐々木', 'ささき', 'Sasaki'], ['山口', 'やまぐち', 'Yamaguchi'], ['松本', 'まつもと', 'Matsumoto'], ['井上', 'いのうえ', 'Inoue'],
  ['木村', 'きむら', 'Kimura'], ['林', 'はやし', 'Hayashi'], ['斎藤', 'さいとう', 'Saito'], ['清水', 'しみず', 'Shimizu'],
  ['山崎', 'やまざき', 'Yamazaki'], ['森', 'もり', 'Mori'], ['池田', 'いけだ', 'Ikeda'], ['橋本', 'はしもと', 'Hashimoto'],
  ['阿部', 'あべ', 'Abe'], ['石川', 'いしかわ', 'Ishikawa'], ['山下', 'やました', 'Yamashita'], ['中島', 'なかじま', 'Nakajima'],
  ['石井', 'いしい', 'Ishii'], ['小川', 'おがわ', 'Ogawa'], ['前田', 'まえだ', 'Maeda'], ['岡田', 'おかだ', 'Okada'],
  ['長谷川', 'はせがわ', 'Hasegawa'], ['藤田', 'ふじた', 'Fujita'], ['後藤', 'ごとう', 'Goto'], ['近藤', 'こんどう', 'Kondo'],
  ['村上', 'むらかみ', 'Murakami'], ['遠藤', 'えんどう', 'Endo'], ['青木', 'あおき', 'Aoki'], ['坂本', 'さかもと', 'Sakamoto'],
  ['斉藤', 'さいとう', 'Saito'], ['福田', 'ふくだ', 'Fukuda'], ['太田', 'おおた', 'Ota'], ['西村', 'にしむら', 'Nishimura'],
  ['藤井', 'ふじい', 'Fujii'], ['金子', 'かねこ', 'Kaneko'], ['岡本', 'おかもと', 'Okamoto'], ['藤原', 'ふじわら', 'Fujiwara'],
  ['中野', 'なかの', 'Nakano'], ['三浦', 'みうら', 'Miura'], ['原田', 'はらだ', 'Harada'], ['中川', 'なかがわ', 'Nakagawa'],
  ['松田', 'まつだ', 'Matsuda'], ['竹内', 'たけうち', 'Takeuchi'], ['小野', 'おの', 'Ono'], ['田村', 'たむら', 'Tamura'],
  ['中山', 'なかやま', 'Nakayama'], ['和田', 'わだ', 'Wada'], ['石田', 'いしだ', 'Ishida'], ['森田', 'もりた', 'Morita'],
  ['上田', 'うえだ', 'Ueda'], ['原', 'はら', 'Hara'], ['内田', 'うちだ', 'Uchida'], ['柴田', 'しばた', 'Shibata'],
  ['酒井', 'さかい', 'Sakai'], ['宮崎', 'みやざき', 'Miyazaki'], ['横山', 'よこやま', 'Yokoyama'], ['高木', 'たかぎ', 'Takagi'],
  ['安藤', 'あんどう', 'Ando'], ['宮本', 'みやもと', 'Miyamoto'], ['大野', 'おおの', 'Ono'], ['小島', 'こじま', 'Kojima'],
  ['谷口', 'たにぐち', 'Taniguchi'], ['工藤', 'くどう', 'Kudo'], ['高田', 'たかだ', 'Takada'], ['増田', 'ますだ', 'Masuda'],
  ['丸山', 'まるやま', 'Maruyama'], ['今井', 'いまい', 'Imai'], ['河野', 'こうの', 'Kono'], ['藤本', 'ふじもと', 'Fujimoto'],
  ['村田', 'むらた', 'Murata'], ['武田', 'たけだ', 'Takeda'], ['上野', 'うえの', 'Ueno'], ['杉山', 'すぎやま', 'Sugiyama'],
  ['千葉', 'ちば', 'Chiba'], ['平野', 'ひらの', 'Hirano'], ['大塚', 'おおつか', 'Otsuka'], ['久保', 'くぼ', 'Kubo'],
  ['松井', 'まつい', 'Matsui'], ['小山', 'こやま', 'Koyama'], ['菅原', 'すがわら', 'Sugawara'], ['岩崎', 'いわさき', 'Iwasaki'],
  ['野口', 'のぐち', 'Noguchi'], ['木下', 'きのした', 'Kinoshita'], ['松尾', 'まつお', 'Matsuo'], ['菊地', 'きくち', 'Kikuchi'],
  ['佐野', 'さの', 'Sano'], ['大西', 'おおにし', 'Onishi'], ['杉本', 'すぎもと', 'Sugimoto'], ['新井', 'あらい', 'Arai'],
  ['浜田', 'はまだ', 'Hamada'], ['市川', 'いちかわ', 'Ichikawa'], ['古川', 'ふるかわ', 'Furukawa'], ['水野', 'みずの', 'Mizuno'],
  ['小松', 'こまつ', 'Komatsu'], ['島田', 'しまだ', 'Shimada'], ['桜井', 'さくらい', 'Sakurai'], ['高野', 'たかの', 'Takano'],
  ['渡部', 'わたなべ', 'Watanabe'], ['吉川', 'よしかわ', 'Yoshikawa'], ['山内', 'やまうち', 'Yamauchi'], ['西田', 'にしだ', 'Nishida'],
  ['飯田', 'いいだ', 'Iida'], ['菊池', 'きくち', 'Kikuchi'], ['西川', 'にしかわ', 'Nishikawa'], ['小西', 'こにし', 'Konishi'],
  ['五十嵐', 'いがらし', 'Igarashi'], ['北村', 'きたむら', 'Kitamura'], ['安田', 'やすだ', 'Yasuda'], ['中田', 'なかた', 'Nakata'],
  ['川口', 'かわぐち', 'Kawaguchi'], ['平田', 'ひらた', 'Hirata'], ['川崎', 'かわさき', 'Kawasaki'], ['飯塚', 'いいづか', 'Iizuka'],
  ['須藤', 'すどう', 'Sudo'], ['本田', 'ほんだ', 'Honda'], ['久保田', 'くぼた', 'Kubota'], ['東', 'あずま', 'Azuma'],
  ['𠮷田', 'よしだ', 'Yoshida'], ['早川', 'はやかわ', 'Hayakawa'], ['辻', 'つじ', 'Tsuji'], ['関', 'せき', 'Seki'],
]

const GIVEN: Name[] = [
  ['翔太', 'しょうた', 'Shota'], ['陽菜', 'ひな', 'Hina'], ['大輔', 'だいすけ', 'Daisuke'], ['美咲', 'みさき', 'Misaki'],
  ['拓也', 'たくや', 'Takuya'], ['千尋', 'ちひろ', 'Chihiro'], ['健太', 'けんた', 'Kenta'], ['さやか', 'さやか', 'Sayaka'],
  ['直樹', 'なおき', 'Naoki'], ['恵', 'めぐみ', 'Megumi'], ['隼人', 'はやと', 'Hayato'], ['玲奈', 'れな', 'Rena'],
  ['修', 'おさむ', 'Osamu'], ['由美', 'ゆみ', 'Yumi'], ['誠', 'まこと', 'Makoto'], ['沙織', 'さおり', 'Saori'],
  ['浩二', 'こうじ', 'Koji'], ['真由美', 'まゆみ', 'Mayumi'], ['亮', 'りょう', 'Ryo'], ['結衣', 'ゆい', 'Yui'],
  ['蓮', 'れん', 'Ren'], ['陽向', 'ひなた', 'Hinata'], ['湊', 'みなと', 'Minato'], ['葵', 'あおい', 'Aoi'],
  ['悠真', 'ゆうま', 'Yuma'], ['結菜', 'ゆいな', 'Yuina'], ['大翔', 'ひろと', 'Hiroto'], ['凛', 'りん', 'Rin'],
  ['一郎', 'いちろう', 'Ichiro'], ['花子', 'はなこ', 'Hanako'], ['健一', 'けんいち', 'Kenichi'], ['智子', 'ともこ', 'Tomoko'],
  ['和也', 'かずや', 'Kazuya'], ['裕子', 'ゆうこ', 'Yuko'], ['達也', 'たつや', 'Tatsuya'], ['久美子', 'くみこ', 'Kumiko'],
  ['剛', 'つよし', 'Tsuyoshi'], ['愛', 'あい', 'Ai'], ['学', 'まなぶ', 'Manabu'], ['舞', 'まい', 'Mai'],
  ['大樹', 'だいき', 'Daiki'], ['彩', 'あや', 'Aya'], ['翼', 'つばさ', 'Tsubasa'], ['美穂', 'みほ', 'Miho'],
  ['雄太', 'ゆうた', 'Yuta'], ['麻衣', 'まい', 'Mai'], ['優', 'ゆう', 'Yu'], ['奈々', 'なな', 'Nana'],
  ['慎也', 'しんや', 'Shinya'], ['香織', 'かおり', 'Kaori'], ['康平', 'こうへい', 'Kohei'], ['理恵', 'りえ', 'Rie'],
  ['悟', 'さとる', 'Satoru'], ['聡子', 'さとこ', 'Satoko'], ['智', 'さとし', 'Satoshi'], ['里美', 'さとみ', 'Satomi'],
  ['俊介', 'しゅんすけ', 'Shunsuke'], ['明日香', 'あすか', 'Asuka'], ['亮介', 'りょうすけ', 'Ryosuke'], ['瞳', 'ひとみ', 'Hitomi'],
  ['洋平', 'ようへい', 'Yohei'], ['梨花', 'りか', 'Rika'], ['拓海', 'たくみ', 'Takumi'], ['未来', 'みらい', 'Mirai'],
  ['浩', 'ひろし', 'Hiroshi'], ['京子', 'きょうこ', 'Kyoko'], ['正樹', 'まさき', 'Masaki'], ['典子', 'のりこ', 'Noriko'],
  ['光', 'ひかる', 'Hikaru'], ['ひなの', 'ひなの', 'Hinano'], ['ケン', 'けん', 'Ken'], ['エリカ', 'えりか', 'Erika'],
]

const ORG_HEADS = [
  'ソラノ', 'アオバ', 'ミドリ', 'ヒカリ', 'ツバサ', 'カゼミ', 'ハルカ', 'ミナト', 'コトノハ', 'アサヒ', 'ヤマト', 'サクラ',
  '東都', '関西', '中部', '北海', '九州', '湘南', '瀬戸内', '日本', '大和', '新星', '未来', '共創', '匠', '誠和',
  'Nova', 'Blue', 'Cloudwise', 'Kite', 'Lumen', 'Pine', 'Mirai', 'Orbit',
]
const ORG_TAILS = [
  'システムズ', 'テクノロジーズ', 'ソリューションズ', 'ラボ', 'デザイン', 'コンサルティング', 'パートナーズ', 'ネットワークス',
  '商事', '物産', '製作所', '工業', '精工', '電機', '化学', '食品', '銀行', '証券', '信託', '保険', '不動産', 'ホールディングス',
  'メディカル', 'ヘルスケア', 'エデュケーション', 'キャピタル', 'エージェンシー', 'ロジスティクス', 'Inc.', 'Labs',
]
const ORG_FORMS = ['株式会社{}', '{}株式会社', '{}合同会社', '株式会社{}', '{}株式会社']
const OTHER_ORGS = [
  'フリーランス', '京都洛北大学 情報学部', '東都大学 経営学研究科', '湘南みなと市役所', '特定非営利活動法人 みらいの学校',
  '独立行政法人 産業技術支援機構', '株式会社つむぎワークス（再入社）', '一般社団法人 地域共創ラボ',
]

const TITLES = [
  '代表取締役', '取締役', '執行役員', '部長', '課長', 'マネージャー', 'シニアマネージャー', 'プロダクトマネージャー', 'エンジニア',
  'シニアエンジニア', 'テックリード', 'デザイナー', 'リサーチャー', 'コンサルタント', 'アナリスト', '営業', '人事', '広報',
  '研究員', '准教授', 'フリーランス', 'CTO', 'CFO', 'COO',
]

const SKILLS = [
  'データ分析', '機械学習', 'Python', 'TypeScript', 'Go', 'クラウド設計', 'AWS', 'セキュリティ', 'UXリサーチ',
  'サービスデザイン', 'UIデザイン', 'ブランディング', 'コピーライティング', 'マーケティング', 'SEO', '広報', 'PR',
  '営業企画', '法人営業', 'アカウントマネジメント', 'カスタマーサクセス', '事業開発', '新規事業', '経営企画', '財務',
  'M&A', 'IR', '会計', '人事制度設計', '採用', '組織開発', '研修設計', 'コーチング', 'プロジェクトマネジメント', 'PMO',
  'アジャイル開発', 'スクラム', 'プロダクトマネジメント', '品質管理', '生産管理', 'サプライチェーン', '物流', 'IoT',
  '医療情報', '薬事', '教育設計', '地域づくり', 'ファンドレイジング', 'ベンチャー投資', '資本政策', '法務', '知財',
  'リーガルテック', 'データ基盤', 'SQL', 'BI', '統計', '英語', '中国語', '海外展開', 'ファシリテーション', '業務改革',
]

const DEPARTMENTS = [
  'デザイン本部', 'エンジニアリング部', 'コンサルティング事業部', '営業本部', 'マーケティング部', '人事部', '財務経理部',
  '経営企画室', 'カスタマーサクセス部', '研究開発室',
]

const PLACES = [
  '東京都千代田区', '東京都中央区', '東京都港区', '東京都渋谷区', '東京都新宿区', '東京都世田谷区', '東京都品川区',
  '東京都目黒区', '東京都武蔵野市', '神奈川県横浜市', '神奈川県川崎市', '神奈川県鎌倉市', '埼玉県さいたま市', '千葉県千葉市',
  '千葉県柏市', '大阪府大阪市', '大阪府吹田市', '京都府京都市', '兵庫県神戸市', '愛知県名古屋市', '愛知県豊田市',
  '静岡県静岡市', '福岡県福岡市', '北海道札幌市', '宮城県仙台市', '広島県広島市', '岩手県釜石市', '長野県松本市',
  '沖縄県那覇市', 'シンガポール', 'ニューヨーク（米国）', 'ロンドン（英国）', 'ベルリン（ドイツ）',
]

export type BenchPerson = {
  email: string
  status: 'approved' | 'pending' | 'rejected' | 'suspended'
  hiddenFromDirectory: boolean
  name: string
  nameKana: string
  nameRomaji: string
  currentOrganization: string
  title: string
  industry: (typeof INDUSTRIES)[number]['value']
  location: string
  joinedYear: number
  leftYear: number
  skills: string[]
  departments: string[]
  openTo: (typeof OPEN_TO)[number]['value'][]
  createdAt: string
}

/** Picks by rank with weight 1 / (rank + flatness): the head is common, the tail still occurs. */
const weighted = <T>(items: readonly T[], random: () => number, flatness = 4) => {
  const weights = items.map((_, rank) => 1 / (rank + flatness))
  const total = weights.reduce((a, b) => a + b, 0)
  return () => {
    let r = random() * total
    for (let i = 0; i < items.length; i++) {
      r -= weights[i]
      if (r <= 0) return items[i]
    }
    return items[items.length - 1]
  }
}

const DAY = 24 * 60 * 60 * 1000
const EPOCH = Date.UTC(2026, 10, 1)

/** `count` people from `seed`; the same arguments always give the same people. */
export function* benchPeople(count: number, seed = 20261124): Generator<BenchPerson> {
  const random = prng(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  // About 2.4 % 佐藤 and 1.3 % 林 (Japan: ~1.5 % and ~0.2 %), a little denser to be harder.
  const family = weighted(FAMILY, random, 20)
  const given = weighted(GIVEN, random, 10)
  const industry = weighted(INDUSTRIES.map((option) => option.value), random)
  const place = weighted(PLACES, random)
  const some = <T>(items: readonly T[], min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min + 1))
    return [...new Set(Array.from({ length: n }, () => pick(items)))]
  }
  const organization = () => {
    if (random() < 0.08) return pick(OTHER_ORGS)
    return pick(ORG_FORMS).replace('{}', pick(ORG_HEADS) + pick(ORG_TAILS))
  }

  for (let i = 0; i < count; i++) {
    const [fk, fr, fo] = family()
    const [gk, gr, go] = given()
    const r = random()
    const status = r < 0.92 ? 'approved' : r < 0.96 ? 'pending' : r < 0.98 ? 'rejected' : 'suspended'
    const joinedYear = 1995 + Math.floor(random() * 29)
    // Some people write their reading in katakana: the search treats both the same.
    const kana = random() < 0.1 ? `${fr} ${gr}`.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60)) : `${fr} ${gr}`
    yield {
      email: `bench-${String(i + 1).padStart(6, '0')}@alumni.bench`,
      status,
      hiddenFromDirectory: status === 'approved' && random() < 0.04,
      name: `${fk} ${gk}`,
      nameKana: kana,
      nameRomaji: `${go} ${fo}`,
      currentOrganization: organization(),
      title: pick(TITLES),
      industry: industry(),
      location: place(),
      joinedYear,
      leftYear: Math.min(joinedYear + 1 + Math.floor(random() * 15), 2026),
      skills: some(SKILLS, 1, 5),
      departments: some(DEPARTMENTS, 1, 2),
      openTo: some(
        OPEN_TO.map((option) => option.value),
        0,
        3,
      ),
      createdAt: new Date(EPOCH - Math.floor(random() * 5 * 365) * DAY - Math.floor(random() * DAY)).toISOString(),
    }
  }
}
