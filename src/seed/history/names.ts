/**
 * Word lists for the generated members of the demo network: invented people with common
 * Japanese family and given names (kanji, kana reading, romaji), and the places and work of
 * the fictional 株式会社つむぎワークス's former employees.
 *
 * The generated people are listed in the directory next to the named demo members, so these
 * lists leave out what the demo's own directory examples search for (names with 林, はやし,
 * 小林, 中村, 後藤, 水野, 佐藤 陽菜): a search for them still finds exactly the named people
 * (docs/testing.md).
 */
import type { Alumnus } from '../../../payload-types'

/** [kanji, kana, romaji] */
export type NamePart = readonly [string, string, string]

/** Most common first: picked with weights that fall off with rank. */
export const FAMILY: NamePart[] = [
  ['佐藤', 'さとう', 'Sato'], ['鈴木', 'すずき', 'Suzuki'], ['高橋', 'たかはし', 'Takahashi'], ['田中', 'たなか', 'Tanaka'],
  ['伊藤', 'いとう', 'Ito'], ['渡辺', 'わたなべ', 'Watanabe'], ['山本', 'やまもと', 'Yamamoto'], ['加藤', 'かとう', 'Kato'],
  ['吉田', 'よしだ', 'Yoshida'], ['山田', 'やまだ', 'Yamada'], ['佐々木', 'ささき', 'Sasaki'], ['山口', 'やまぐち', 'Yamaguchi'],
  ['松本', 'まつもと', 'Matsumoto'], ['井上', 'いのうえ', 'Inoue'], ['木村', 'きむら', 'Kimura'], ['斎藤', 'さいとう', 'Saito'],
  ['清水', 'しみず', 'Shimizu'], ['山崎', 'やまざき', 'Yamazaki'], ['森', 'もり', 'Mori'], ['池田', 'いけだ', 'Ikeda'],
  ['橋本', 'はしもと', 'Hashimoto'], ['阿部', 'あべ', 'Abe'], ['石川', 'いしかわ', 'Ishikawa'], ['山下', 'やました', 'Yamashita'],
  ['中島', 'なかじま', 'Nakajima'], ['石井', 'いしい', 'Ishii'], ['小川', 'おがわ', 'Ogawa'], ['前田', 'まえだ', 'Maeda'],
  ['岡田', 'おかだ', 'Okada'], ['長谷川', 'はせがわ', 'Hasegawa'], ['藤田', 'ふじた', 'Fujita'], ['近藤', 'こんどう', 'Kondo'],
  ['村上', 'むらかみ', 'Murakami'], ['遠藤', 'えんどう', 'Endo'], ['青木', 'あおき', 'Aoki'], ['坂本', 'さかもと', 'Sakamoto'],
  ['福田', 'ふくだ', 'Fukuda'], ['西田', 'にしだ', 'Nishida'], ['藤井', 'ふじい', 'Fujii'], ['金子', 'かねこ', 'Kaneko'],
  ['岡本', 'おかもと', 'Okamoto'], ['藤原', 'ふじわら', 'Fujiwara'], ['中野', 'なかの', 'Nakano'], ['中川', 'なかがわ', 'Nakagawa'],
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
  ['野口', 'のぐち', 'Noguchi'], ['松尾', 'まつお', 'Matsuo'], ['菊地', 'きくち', 'Kikuchi'], ['佐野', 'さの', 'Sano'],
  ['大西', 'おおにし', 'Onishi'], ['杉本', 'すぎもと', 'Sugimoto'], ['新井', 'あらい', 'Arai'], ['浜田', 'はまだ', 'Hamada'],
  ['市川', 'いちかわ', 'Ichikawa'], ['古川', 'ふるかわ', 'Furukawa'], ['小松', 'こまつ', 'Komatsu'], ['島田', 'しまだ', 'Shimada'],
  ['桜井', 'さくらい', 'Sakurai'], ['高野', 'たかの', 'Takano'], ['吉川', 'よしかわ', 'Yoshikawa'], ['山内', 'やまうち', 'Yamauchi'],
  ['五十嵐', 'いがらし', 'Igarashi'], ['北村', 'きたむら', 'Kitamura'], ['安田', 'やすだ', 'Yasuda'], ['川口', 'かわぐち', 'Kawaguchi'],
  ['本田', 'ほんだ', 'Honda'], ['久保田', 'くぼた', 'Kubota'], ['東', 'あずま', 'Azuma'], ['辻', 'つじ', 'Tsuji'], ['関', 'せき', 'Seki'],
]

export const GIVEN: NamePart[] = [
  ['翔太', 'しょうた', 'Shota'], ['美咲', 'みさき', 'Misaki'], ['大輔', 'だいすけ', 'Daisuke'], ['陽向', 'ひなた', 'Hinata'],
  ['拓也', 'たくや', 'Takuya'], ['千尋', 'ちひろ', 'Chihiro'], ['健太', 'けんた', 'Kenta'], ['さくら', 'さくら', 'Sakura'],
  ['直樹', 'なおき', 'Naoki'], ['恵', 'めぐみ', 'Megumi'], ['隼人', 'はやと', 'Hayato'], ['玲奈', 'れな', 'Rena'],
  ['誠', 'まこと', 'Makoto'], ['沙織', 'さおり', 'Saori'], ['亮', 'りょう', 'Ryo'], ['結衣', 'ゆい', 'Yui'],
  ['蓮', 'れん', 'Ren'], ['湊', 'みなと', 'Minato'], ['葵', 'あおい', 'Aoi'], ['悠真', 'ゆうま', 'Yuma'],
  ['結菜', 'ゆいな', 'Yuina'], ['大翔', 'ひろと', 'Hiroto'], ['凛', 'りん', 'Rin'], ['健一', 'けんいち', 'Kenichi'],
  ['智子', 'ともこ', 'Tomoko'], ['和也', 'かずや', 'Kazuya'], ['裕子', 'ゆうこ', 'Yuko'], ['達也', 'たつや', 'Tatsuya'],
  ['久美子', 'くみこ', 'Kumiko'], ['剛', 'つよし', 'Tsuyoshi'], ['愛', 'あい', 'Ai'], ['学', 'まなぶ', 'Manabu'],
  ['舞', 'まい', 'Mai'], ['大樹', 'だいき', 'Daiki'], ['彩', 'あや', 'Aya'], ['翼', 'つばさ', 'Tsubasa'],
  ['美穂', 'みほ', 'Miho'], ['雄太', 'ゆうた', 'Yuta'], ['優', 'ゆう', 'Yu'], ['奈々', 'なな', 'Nana'],
  ['慎也', 'しんや', 'Shinya'], ['香織', 'かおり', 'Kaori'], ['康平', 'こうへい', 'Kohei'], ['理恵', 'りえ', 'Rie'],
  ['悟', 'さとる', 'Satoru'], ['聡子', 'さとこ', 'Satoko'], ['俊介', 'しゅんすけ', 'Shunsuke'], ['明日香', 'あすか', 'Asuka'],
  ['亮介', 'りょうすけ', 'Ryosuke'], ['瞳', 'ひとみ', 'Hitomi'], ['洋平', 'ようへい', 'Yohei'], ['梨花', 'りか', 'Rika'],
  ['拓海', 'たくみ', 'Takumi'], ['浩', 'ひろし', 'Hiroshi'], ['京子', 'きょうこ', 'Kyoko'], ['正樹', 'まさき', 'Masaki'],
  ['典子', 'のりこ', 'Noriko'], ['光', 'ひかる', 'Hikaru'], ['遥', 'はるか', 'Haruka'], ['颯太', 'そうた', 'Sota'],
  ['芽衣', 'めい', 'Mei'], ['航平', 'こうへい', 'Kohei'], ['友美', 'ともみ', 'Tomomi'], ['哲也', 'てつや', 'Tetsuya'],
  ['由佳', 'ゆか', 'Yuka'], ['将太', 'しょうた', 'Shota'], ['真理子', 'まりこ', 'Mariko'], ['賢治', 'けんじ', 'Kenji'],
  ['綾香', 'あやか', 'Ayaka'], ['俊', 'しゅん', 'Shun'], ['紗希', 'さき', 'Saki'], ['大和', 'やまと', 'Yamato'],
]

type Industry = NonNullable<Alumnus['industry']>

/**
 * Where people work now, by industry, with weights (the network leans to IT and consulting). The
 * public sector is left to the named members: a group under five shows the dashboard's
 * small-group rule at work.
 */
export const WORKPLACES: { industry: Industry; weight: number; orgs: string[]; titles: string[] }[] = [
  {
    industry: 'it',
    weight: 30,
    orgs: ['株式会社アオバテック', '株式会社ミナトクラウド', 'ソラノシステムズ株式会社', '株式会社ノビルソフト', 'カゼミネ・ラボ合同会社', '株式会社ツバメデータ', 'Kite Works株式会社', '株式会社ハルカゼ・インタラクティブ'],
    titles: ['エンジニアリングマネージャー', 'シニアエンジニア', 'プロダクトマネージャー', 'テックリード', 'UXデザイナー', 'データアナリスト', 'CTO'],
  },
  {
    industry: 'consulting',
    weight: 15,
    orgs: ['グラスウェル・コンサルティング株式会社', '株式会社アカツキ経営研究所', 'みのり戦略パートナーズ株式会社', '株式会社ユイマール・コンサルティング'],
    titles: ['マネージャー', 'シニアコンサルタント', 'パートナー', 'コンサルタント', '代表'],
  },
  {
    industry: 'manufacturing',
    weight: 10,
    orgs: ['東海マテリアル工業株式会社', '株式会社カザミ精工', '信州オプト電機株式会社', '瀬戸内ケミカル株式会社'],
    titles: ['DX推進室 課長', '生産技術部 主任', '品質保証部 マネージャー', '経営企画部 部長'],
  },
  {
    industry: 'finance',
    weight: 9,
    orgs: ['東都証券株式会社', 'みなと信託銀行株式会社', '九州みらいキャピタル株式会社', 'あさひ生命保険株式会社'],
    titles: ['デジタル戦略部 次長', 'アナリスト', 'キャピタリスト', 'リスク管理部 課長'],
  },
  {
    industry: 'advertising',
    weight: 8,
    orgs: ['株式会社コトノハ・エージェンシー', '株式会社ヒビキ・クリエイティブ', '株式会社青藍社'],
    titles: ['ストラテジックプランナー', 'アートディレクター', '編集者', 'コピーライター'],
  },
  {
    industry: 'retail',
    weight: 7,
    orgs: ['株式会社なにわマート', '株式会社ミドリ生活', 'いろどり百貨店株式会社'],
    titles: ['EC事業部 マネージャー', 'バイヤー', 'CRM推進室 室長'],
  },
  {
    industry: 'healthcare',
    weight: 7,
    orgs: ['株式会社メディリンク', '医療法人社団 瀬戸内会', '株式会社ケアブリッジ'],
    titles: ['プロダクトマネージャー', '経営企画室 室長', '事業開発マネージャー'],
  },
  {
    industry: 'education',
    weight: 7,
    orgs: ['株式会社まなびば', '京都洛北大学', '東都大学 経営学研究科', '株式会社スコーレ'],
    titles: ['准教授', '事業責任者', 'カリキュラム設計', '講師'],
  },
  {
    industry: 'other',
    weight: 7,
    orgs: ['フリーランス', '一般社団法人 地域共創ラボ', '株式会社つむぎワークス（再入社）'],
    titles: ['デザイナー', 'ライター', '研究員', 'エンジニア'],
  },
]

export const SKILLS: string[] = [
  'データ分析', '機械学習', 'Python', 'TypeScript', 'Go', 'クラウド設計', 'AWS', 'セキュリティ', 'UXリサーチ',
  'サービスデザイン', 'UIデザイン', 'ブランディング', 'コピーライティング', 'マーケティング', 'SEO', '広報',
  '営業企画', '法人営業', 'カスタマーサクセス', '事業開発', '新規事業', '経営企画', '財務', 'M&A', '会計',
  '人事制度設計', '採用', '組織開発', '研修設計', 'コーチング', 'プロジェクトマネジメント', 'PMO', 'アジャイル開発',
  'プロダクトマネジメント', '品質管理', '生産管理', 'サプライチェーン', 'IoT', '医療情報', '教育設計',
  '地域づくり', 'ベンチャー投資', '法務', 'データ基盤', 'SQL', '統計', '英語', '中国語', '海外展開', 'ファシリテーション',
]

export const PLACES: string[] = [
  '東京都千代田区', '東京都中央区', '東京都港区', '東京都渋谷区', '東京都新宿区', '東京都世田谷区', '東京都品川区',
  '東京都目黒区', '東京都武蔵野市', '神奈川県横浜市', '神奈川県川崎市', '神奈川県鎌倉市', '埼玉県さいたま市',
  '千葉県千葉市', '大阪府大阪市', '大阪府吹田市', '京都府京都市', '兵庫県神戸市', '愛知県名古屋市', '静岡県静岡市',
  '福岡県福岡市', '北海道札幌市', '宮城県仙台市', '広島県広島市', '長野県松本市', '沖縄県那覇市', 'シンガポール',
]
