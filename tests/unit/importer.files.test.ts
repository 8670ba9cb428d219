/**
 * Files an editor receives: a Word transcript (written in the test with the `docx` package) and
 * a Markdown one read into the same draft shapes as a pasted text — bold lines ask, Word headings
 * are headings, list items stay in the answer, images become image blocks to store as media with
 * an alt text to fill in, and an image of a type the media library refuses stays a line with a warning.
 */
import { describe, expect, it } from 'vitest'

import { parseInterview } from '../../src/importer/parse'
import { readSource } from '../../src/importer/sources'
import { outline, wordTranscript } from '../helpers/importer'

describe('a Word transcript', async () => {
  const source = await readSource('transcript.docx', await wordTranscript())
  const { interview, report } = parseInterview(source)

  it('reads the title, date, people line and lead from its paragraphs', () => {
    expect(interview.title).toBe('Wordで届いた原稿')
    expect(interview.series).toBe('アルムナイの声')
    expect(interview.publishedAt).toBe('2024-03-07T15:00:00.000Z')
    expect(interview.lead).toBe('フジナミ製作所の人事部に、Wordで届いた原稿の取り込みを試してもらいました。')
    expect(interview.interviewees).toEqual([{ name: '上野 結衣', organization: '株式会社フジナミ製作所 人事部', isAlumni: false }])
  })

  it('makes bold lines questions, the heading style a heading, and images image blocks in place', () => {
    expect(outline(interview)).toEqual([
      'H | 制度のはじまり',
      'Q | 制度を始めたきっかけは何ですか？',
      'A 上野 結衣 | 退職者から「また手伝いたい」という声が届いたことです。',
      'I | 交流会で話す上野さん',
      'P | 写真：2023年の交流会',
      'Q | どんな人が登録していますか？',
      'A 上野 結衣 | 主に三つのグループです。\n・工場勤務の経験者\n・研究職の経験者',
      'I | interview-image-2.png',
      'P | ［image-3 (image/gif)］',
      'L | フジナミ製作所アルムナイへの登録 → https://fujinami.example/alumni',
    ])
    expect(source.images.map((image) => [image.name, image.contentType, image.alt])).toEqual([
      ['interview-image-1.png', 'image/png', '交流会で話す上野さん'],
      ['interview-image-2.png', 'image/png', undefined],
    ])
  })

  it('warns about every image: alt texts to write, and the one it could not keep', () => {
    expect(report.warnings.filter((w) => w.code.startsWith('image')).map((w) => [w.code, w.subject])).toEqual([
      ['image-alt', '交流会で話す上野さん'],
      ['image-alt', 'interview-image-2.png'],
      ['image-format', 'image-3 (image/gif)'],
    ])
    expect(report.counts).toMatchObject({ questions: 2, answers: 2, images: 2 })
  })
})

describe('a Markdown transcript', () => {
  it('reads bold lines as questions, takes inline marks off and keeps an image reference as a line', async () => {
    const text = [
      '# 古巣に戻ったデザイナー',
      '',
      '株式会社ミズイロ デザイン部 坂本 葵さん（2022年再入社）',
      '',
      '**戻ろうと思った理由は？**',
      '',
      '**外で**学んだことを、古巣で試したかったからです。',
      '',
      '![交流会の様子](images/party.jpg)',
      '',
      '## これから',
      '',
      '__次に挑戦したいことは？__',
      '',
      '- 後輩の育成',
      '- 社外との共同プロジェクト',
    ].join('\n')
    const { interview, report } = parseInterview(await readSource('interview.md', new TextEncoder().encode(text)))
    expect(interview.title).toBe('古巣に戻ったデザイナー')
    expect(interview.interviewees).toEqual([{ name: '坂本 葵', organization: '株式会社ミズイロ デザイン部', role: '（2022年再入社）', isAlumni: true }])
    expect(outline(interview)).toEqual([
      'Q | 戻ろうと思った理由は？',
      'A 坂本 葵 | 外で学んだことを、古巣で試したかったからです。',
      'P | ［交流会の様子］',
      'H | これから',
      'Q | 次に挑戦したいことは？',
      'A 坂本 葵 | - 後輩の育成\n- 社外との共同プロジェクト',
    ])
    expect(report.warnings).toContainEqual({ code: 'image-format', line: 9, subject: 'images/party.jpg' })
  })

  it('a text file is the text itself', async () => {
    const bytes = new TextEncoder().encode('\ufeffタイトル\n\n——質問？\n\n答え。')
    expect(parseInterview(await readSource('a.txt', bytes))).toEqual(parseInterview('タイトル\n\n——質問？\n\n答え。'))
  })
})
