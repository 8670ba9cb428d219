import { describe, expect, it } from 'vitest'

import { validateSpeaker } from '@collections/Interviews/blocks'

/** An answer in an interview body must be attributed to one of that interview's interviewees. */
describe('validateSpeaker', () => {
  const interview = { interviewees: [{ name: '佐藤 歩' }, { name: 'Ken Tanaka' }] }

  it('accepts the name of an interviewee', () => {
    expect(validateSpeaker('佐藤 歩', interview)).toBe(true)
    expect(validateSpeaker('Ken Tanaka', interview)).toBe(true)
  })

  it('ignores surrounding spaces on either side', () => {
    expect(validateSpeaker('  Ken Tanaka ', interview)).toBe(true)
    expect(validateSpeaker('Ken Tanaka', { interviewees: [{ name: ' Ken Tanaka  ' }] })).toBe(true)
  })

  it('refuses someone who is not an interviewee, naming them and the interviewees', () => {
    expect(validateSpeaker('Somebody Else', interview)).toBe(
      '"Somebody Else" is not one of the interviewees (佐藤 歩, Ken Tanaka)',
    )
  })

  it('is exact about names: a different case or a partial name is someone else', () => {
    expect(validateSpeaker('ken tanaka', interview)).not.toBe(true)
    expect(validateSpeaker('佐藤', interview)).not.toBe(true)
  })

  it('asks who answers when the speaker is empty or not text', () => {
    for (const value of ['', '   ', undefined, null, 42]) {
      expect(validateSpeaker(value, interview)).toBe('Choose who answers')
    }
  })

  it('says there are no interviewees yet when the list is empty or missing', () => {
    for (const data of [{ interviewees: [] }, { interviewees: null }, {}, undefined]) {
      expect(validateSpeaker('Ken Tanaka', data)).toBe('"Ken Tanaka" is not one of the interviewees (none yet)')
    }
  })

  it('skips interviewees whose name is not filled in yet', () => {
    expect(validateSpeaker('Ken Tanaka', { interviewees: [{ name: null }, { name: 'Ken Tanaka' }] })).toBe(true)
    expect(validateSpeaker('Ken', { interviewees: [{ name: null }, {}] })).toBe(
      '"Ken" is not one of the interviewees (none yet)',
    )
  })
})
