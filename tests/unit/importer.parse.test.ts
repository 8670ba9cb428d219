/**
 * The interview importer's parser on transcripts in the genre's format (fixtures with invented
 * content, one per variant): every question, speaker and paragraph lands in place, and no line
 * of the text is lost.
 */
import { describe, expect, it } from 'vitest'

import { parseInterview } from '../../src/importer/parse'
import { type Fixture, fixture, FIXTURES, missingLines, outline } from '../helpers/importer'

const parse = (name: Fixture) => parseInterview(fixture(name))

describe('every fixture', () => {
  it.each(FIXTURES)('%s: every non-empty line is accounted for once and found in the interview', (name) => {
    const text = fixture(name)
    const { interview, report } = parseInterview(text)
    const nonEmpty = text
      .split('\n')
      .map((line, i) => ({ line: i + 1, text: line.trim() }))
      .filter((line) => line.text)
    expect(report.recognised.map((r) => r.line)).toEqual(nonEmpty.map((line) => line.line))
    expect(missingLines(text, interview, report)).toEqual([])
    expect(report.errors).toEqual([])
  })

  it.each(FIXTURES)('%s: answers are attributed to interviewees only, as a draft', (name) => {
    const { interview } = parse(name)
    const names = interview.interviewees.map((p) => p.name)
    for (const block of interview.body) if (block.blockType === 'answer') expect(names).toContain(block.speaker)
    expect(interview._status).toBe('draft')
  })
})

describe('full-width colons, —— questions, family-name labels, a link with its URL on the next line', () => {
  const { interview, report } = parse('full-width-colons.ja.txt')

  it('reads the title marker, the date and the lead', () => {
    expect(interview.title).toBe('辞めた技術者が相談役に。精密部品メーカーのアルムナイ顧問制度')
    expect(interview.series).toBe('アルムナイ企業事例')
    expect(report.companyHint).toBe('カザミ精工')
    expect(interview.publishedAt).toBe('2024-05-07T15:00:00.000Z') // 8 May 2024, 00:00 in Tokyo
    expect(interview.lead).toBe(
      '連載「アルムナイ企業事例」では、退職者とのつながりを事業に生かしている企業の取り組みをご紹介します。今回は、長野県の精密部品メーカー、株式会社カザミ精工にお話を伺いました。',
    )
    expect(report.language).toBe('ja')
  })

  it('reads the profile block: organisation, role, name, alumni note', () => {
    expect(interview.interviewees).toEqual([
      { name: '風間 早苗', organization: '株式会社カザミ精工 人事総務部', role: '部長', isAlumni: false },
      { name: '小野 健吾', organization: '合同会社ミナモ技研 代表', role: '元カザミ精工 生産技術部', isAlumni: true },
    ])
  })

  it('resolves family-name labels to full names and keeps unlabelled paragraphs with the answer', () => {
    expect(outline(interview)).toEqual([
      'Q | アルムナイとどのような取り組みをしていますか？',
      'A 風間 早苗 | 2023年から「アルムナイ顧問制度」を始めました。退職した技術者に、月に数回、若手の相談相手になってもらう仕組みです。',
      'A 小野 健吾 | 私はその第1号です。独立して3年目でしたが、古巣の現場をもう一度見られるのは新鮮でした。',
      'Q | 制度を始めたきっかけは何でしたか？',
      'A 風間 早苗 | ベテランの退職が続き、現場のノウハウが途切れる不安がありました。一方で、辞めた人との関係は良好で、声をかければ手伝ってくれる人が多かったんです。\nそこで、退職者を「外の専門家」として迎える形にしました。雇用ではなく業務委託なので、お互いに無理がありません。',
      'Q | 顧問として関わってみて、いかがですか？',
      'A 小野 健吾 | 外に出てから身についた視点を、そのまま若手に渡せるのがうれしいですね。\n社内にいた頃は気づかなかった段取りの無駄も、いまならはっきり言えます。',
      'L | カザミ精工アルムナイの登録はこちら → https://kazami-seiko.example/alumni/join',
    ])
    expect(report.warnings).toEqual([])
    expect(report.fallbacks).toEqual([])
  })

  it('keeps each blank-line paragraph of an answer as its own paragraph', () => {
    const answer = interview.body[4]
    expect(answer.blockType === 'answer' && answer.content.root.children).toHaveLength(2)
  })
})

describe('half-width colons, -- questions, full-name and family-name labels, a name without a space', () => {
  const { interview, report } = parse('half-width-colons.ja.txt')

  it('reads a slash date and people whose profile has one line of organisation', () => {
    expect(interview.publishedAt).toBe('2023-11-01T15:00:00.000Z')
    expect(interview.interviewees).toEqual([
      { name: '相沢 里美', organization: '株式会社ひびき銀行 人材開発部 次長', isAlumni: false },
      { name: '森川ゆり', organization: '株式会社ノキシタ 取締役', isAlumni: true },
    ])
  })

  it('attributes `相沢 里美:` and `森川:` (the start of 森川ゆり)', () => {
    expect(outline(interview)).toEqual([
      'Q | アルムナイネットワークの規模を教えてください。',
      'A 相沢 里美 | 登録者は約420名です。20代から60代まで、年代はさまざまです。',
      'A 森川ゆり | 私が登録したのは去年の春でした。案内のメールが思いのほか丁寧で、すぐに登録しました。',
      'Q | 登録した理由は何でしたか?',
      'A 森川ゆり | 銀行を辞めても、地域の中小企業を支えたい気持ちは同じだったからです。\nいまは取引先の紹介役を少しずつ担っています。',
      'Q | 今後の展望をお聞かせください。',
      'A 相沢 里美 | 年に一度の交流会を開き、支店ごとの小さな集まりも増やしたいと考えています。',
    ])
    expect(report.warnings).toEqual([])
  })
})

describe('one interviewee, ー questions, unlabelled answers', () => {
  const { interview, report } = parse('single-interviewee.ja.txt')

  it('reads an ISO date and a series marker without a company', () => {
    expect(interview.publishedAt).toBe('2022-07-14T15:00:00.000Z')
    expect(interview.series).toBe('アルムナイ企業事例')
    expect(report.companyHint).toBeUndefined()
  })

  it('makes unlabelled paragraphs after a question the answer of the one interviewee', () => {
    expect(interview.interviewees).toEqual([
      { name: '高瀬 陸', organization: '株式会社ソラノシステムズ 開発本部', role: 'シニアエンジニア', isAlumni: true },
    ])
    expect(outline(interview)).toEqual([
      'Q | 最初に退職したのはなぜですか？',
      'A 高瀬 陸 | スタートアップで、ゼロから製品をつくる経験をしたかったからです。\n3年ほど働いて、事業の立ち上げから撤退まで一通り経験しました。',
      'Q | なぜ戻ることにしたのですか？',
      'A 高瀬 陸 | 元の上司から、新しい部署の話を聞いたのがきっかけです。規模の大きなシステムに、外で学んだやり方を持ち込めると思いました。',
      'Q | 戻ってみて、どうでしたか？',
      'A 高瀬 陸 | 正直、最初は少し気まずかったです。でも、同期が普通に迎えてくれて、すぐに慣れました。',
    ])
    expect(report.warnings).toEqual([])
  })
})

describe('headings, ― questions, a labelled date, a link with its URL on the same line', () => {
  const { interview, report } = parse('headings.ja.txt')

  it('reads `公開日：2021年9月30日（木）` as the date', () => {
    expect(interview.publishedAt).toBe('2021-09-29T15:00:00.000Z')
    expect(interview.lead).toMatch(/^システム開発会社が/)
  })

  it('makes 【】 lines, ■ lines and a short line above a question headings', () => {
    expect(outline(interview)).toEqual([
      'H | 制度のはじまり',
      'Q | なぜ退職者に出資するのですか？',
      'A 北村 直人 | 辞めた人が外で挑戦することは、会社にとっても学びになるからです。',
      'H | 最初の出資先',
      'Q | 最初の出資先はどのように決めましたか？',
      'A 岩井 彩 | 社内のピッチ会に、アルムナイとして参加しました。審査は社員と同じ基準でした。',
      'A 北村 直人 | 事業計画の中身だけで判断しています。',
      'H | 出資を受けてからの一年',
      'Q | この一年を振り返っていかがですか？',
      'A 岩井 彩 | 古巣の人たちが最初のお客さんになってくれたのが、何よりの支えでした。',
      'L | アルムナイ出資制度の詳細 → https://sorano-systems.example/alumni/fund',
    ])
    expect(report.counts).toEqual({ interviewees: 2, questions: 3, answers: 4, paragraphs: 0, headings: 3, ctas: 1, images: 0 })
  })
})

describe('unknown lines, ――― questions, a link without a URL', () => {
  const { interview, report } = parse('unknown-lines.ja.txt')

  it('keeps notes, other speakers, separators and credits as paragraphs, in place', () => {
    expect(outline(interview)).toEqual([
      'Q | 勉強会はいつから始まったのですか？',
      'A 村上 葵 | 2022年の秋からです。最初は社員5人とアルムナイ3人の小さな会でした。',
      'P | ※写真は取材当時のものです。',
      'Q | 参加してみて、どうですか？',
      'A 長谷川 蓮 | 会社の外で得た知識を持ち寄れるのが楽しいです。',
      'P | 編集部：この日の勉強会のテーマは「配色」でした。',
      'P | ＊＊＊',
      'Q | 参加者はどのように集めていますか？',
      'P | 社員からの声かけが中心で、いまは毎回10人ほどが集まります。',
      'Q | 今後について教えてください。',
      'A 村上 葵 | 地方に住むアルムナイも参加できるよう、オンライン開催を増やします。',
      'P | （取材・文：つむぎワークス編集部）',
      'L | 勉強会への参加申し込み → ',
    ])
  })

  it('lists the lines it could not place as fallbacks (notes, separators and credits are placed) and says what to check', () => {
    expect(report.recognised.filter((line) => line.kind === 'note').map((line) => line.line)).toEqual([18, 26, 36])
    expect(report.fallbacks.map((line) => line.line)).toEqual([24, 30])
    expect(report.warnings).toEqual([
      { code: 'unknown-speaker', line: 24, subject: '編集部' },
      { code: 'unattributed', line: 30, subject: '社員からの声かけが中心で、いまは毎回10人ほどが集まります。' },
      { code: 'cta-without-url', line: 38, subject: '勉強会への参加申し込み' },
    ])
  })
})

describe('an English transcript', () => {
  const { interview, report } = parse('english.en.txt')

  it('reads a bracketed marker, an English date and a profile without さん', () => {
    expect(report.language).toBe('en')
    expect(interview.title).toBe('Why a trading company rehires its alumni')
    expect(interview.series).toBe('Corporate Alumni Case Studies')
    expect(report.companyHint).toBe('Northwind Trading')
    expect(interview.publishedAt).toBe('2024-03-03T15:00:00.000Z')
    expect(interview.interviewees).toEqual([
      { name: 'Laura Bennett', organization: 'Northwind Trading Co., Ltd.', role: 'Head of People', isAlumni: false },
      { name: 'Daniel Okafor', organization: 'Northwind Trading Co., Ltd.', role: 'Senior Engineer', isAlumni: true },
    ])
  })

  it('resolves family and given names, joins wrapped lines with a space and reads a # heading', () => {
    expect(outline(interview)).toEqual([
      'Q | What does the programme offer?',
      'A Laura Bennett | A simple way back. Alumni keep their seniority, and we skip the first round of interviews.',
      'A Daniel Okafor | That mattered to me. I did not want to start from zero again.',
      'Q | Why did you come back, Daniel?',
      'A Daniel Okafor | I missed the people. After four years at a start-up I wanted a bigger team again. I also wanted to use what I had learnt outside.\nIt turned out to be the right call.',
      'H | What comes next',
      'Q | What are the next steps?',
      'A Laura Bennett | We will open the alumni directory to current staff this year, so teams can find former colleagues.',
      'L | Join the Northwind alumni network → https://northwind.example/alumni',
    ])
    expect(report.warnings).toEqual([])
  })
})

describe('texts that are hardly interviews: refused only when empty', () => {
  it('an empty text is an error, with nothing recognised', () => {
    for (const text of ['', '\n\n   \n', '\u3000\r\n']) {
      const { report } = parseInterview(text)
      expect(report.errors).toEqual(['empty'])
      expect(report.recognised).toEqual([])
    }
  })

  it('prose without people or questions: a draft with warnings, and every line kept', () => {
    const text = 'Shopping list\n\neggs, milk and bread.\nA bag of rice.'
    const { interview, report } = parseInterview(text)
    expect(report.errors).toEqual([])
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-interviewees', 'no-questions']))
    expect(interview.title).toBe('Shopping list')
    expect(missingLines(text, interview, report)).toEqual([])
  })

  it('questions without any interviewee: a draft whose answers are paragraphs, with a warning to add the interviewees', () => {
    const { interview, report } = parseInterview('Title\n\n——Who are you?\n\nNobody in particular.')
    expect(report.errors).toEqual([])
    expect(outline(interview)).toEqual(['Q | Who are you?', 'P | Nobody in particular.'])
    expect(report.warnings.map((w) => w.code)).toContain('no-interviewees')
  })
})

describe('a transcript without a profile block', () => {
  it('takes the interviewees from the labels that answer each question, and says so', () => {
    const text = 'タイトル\n\n——質問です。\n\n田中：答えです。\n\n——次の質問です。\n\n鈴木：別の答えです。\n\n田中：補足です。'
    const { interview, report } = parseInterview(text)
    expect(interview.interviewees).toEqual([
      { name: '田中', isAlumni: false },
      { name: '鈴木', isAlumni: false },
    ])
    expect(outline(interview)).toEqual(['Q | 質問です。', 'A 田中 | 答えです。', 'Q | 次の質問です。', 'A 鈴木 | 別の答えです。', 'A 田中 | 補足です。'])
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-profile', 'speaker-inferred', 'no-lead', 'no-date']))
  })
})

describe('details of the format', () => {
  it('continues a question without final punctuation on the next line of its group', () => {
    const text = 'T\n\n【プロフィール】\nA社\n山本 一 さん\n\n——長い質問の前半で\n後半です。\n\n山本：はい。'
    expect(outline(parseInterview(text).interview)).toEqual(['Q | 長い質問の前半で後半です。', 'A 山本 一 | はい。'])
  })

  it('goes on with the speaker after a link inside an answer', () => {
    const text = 'T\n\n【プロフィール】\nA社\n山本 一 さん\n\n——質問？\n\n山本：前半です。\n\n>>詳しくはこちら https://a.example/x\n\n後半です。'
    expect(outline(parseInterview(text).interview)).toEqual([
      'Q | 質問？',
      'A 山本 一 | 前半です。',
      'L | 詳しくはこちら → https://a.example/x',
      'A 山本 一 | 後半です。',
    ])
  })

  it('a label alone on its line introduces the answer on the lines after it', () => {
    const text = 'T\n\n【プロフィール】\nA社\n山本 一 さん\n\n——質問？\n\n山本：\n答えです。'
    expect(outline(parseInterview(text).interview)).toEqual(['Q | 質問？', 'A 山本 一 | 答えです。'])
  })

  it('a label that fits two interviewees is not guessed', () => {
    const text = 'T\n\n【プロフィール】\nA社\n山本 一 さん\n\nB社\n山本 二 さん\n\n——質問？\n\n山本：どちらでしょう。'
    const { interview, report } = parseInterview(text)
    expect(outline(interview)).toEqual(['Q | 質問？', 'P | 山本：どちらでしょう。'])
    expect(report.warnings).toContainEqual({ code: 'ambiguous-speaker', line: 12, subject: '山本' })
  })

  it('a date-shaped line that is not a real date stays text, with a warning', () => {
    const { interview, report } = parseInterview('T\n\n2023年2月30日\n\n【プロフィール】\nA社\n山本 一 さん\n\n——質問？\n\n山本：はい。')
    expect(interview.publishedAt).toBeUndefined()
    expect(interview.lead).toBe('2023年2月30日')
    expect(report.warnings).toContainEqual({ code: 'bad-date', line: 3, subject: '2023年2月30日' })
  })

  it('an interview date label fills the interview date, not the publish date', () => {
    const { interview } = parseInterview('T\n\n取材日：2024年4月1日\n\n【プロフィール】\nA社\n山本 一 さん\n\n——質問？\n\n山本：はい。')
    expect(interview.interviewDate).toBe('2024-03-31T15:00:00.000Z')
    expect(interview.publishedAt).toBeUndefined()
  })

  it('CRLF line ends, a BOM and full-width indentation read the same as plain text', () => {
    const plain = 'T\n\n【プロフィール】\nA社\n山本　一 さん\n\n——質問？\n\n山本：はい。'
    const windows = `\ufeff${plain.replace(/\n/g, '\r\n').replace('山本：', '\u3000山本：')}`
    expect(parseInterview(windows).interview).toEqual(parseInterview(plain).interview)
    expect(parseInterview(plain).interview.interviewees[0].name).toBe('山本 一')
  })
})
