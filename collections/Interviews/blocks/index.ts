import type { Block } from 'payload'

import { l } from '@/lib/label'

/**
 * The blocks of an interview body, in the genre's order: questions from the interviewer,
 * answers attributed to a named interviewee, narrative paragraphs and headings, images with
 * captions, pull quotes and calls to action. One renderer (src/components/interview) maps them.
 */

type Sibling = { interviewees?: { name?: string | null }[] | null }

/** An answer's speaker must be one of the interview's interviewees. */
export const validateSpeaker = (value: unknown, data: Sibling | undefined): true | string => {
  if (typeof value !== 'string' || !value.trim()) return 'Choose who answers'
  const names = (data?.interviewees ?? []).map((p) => p.name?.trim()).filter(Boolean)
  return names.includes(value.trim())
    ? true
    : `"${value}" is not one of the interviewees (${names.join(', ') || 'none yet'})`
}

export const QuestionBlock: Block = {
  slug: 'question',
  interfaceName: 'InterviewQuestion',
  labels: { singular: l('質問', 'Question'), plural: l('質問', 'Questions') },
  fields: [{ name: 'text', type: 'textarea', required: true, label: l('質問文', 'Question') }],
}

export const AnswerBlock: Block = {
  slug: 'answer',
  interfaceName: 'InterviewAnswer',
  labels: { singular: l('回答', 'Answer'), plural: l('回答', 'Answers') },
  fields: [
    {
      name: 'speaker',
      type: 'text',
      required: true,
      label: l('話者（インタビュイー名）', 'Speaker (interviewee name)'),
      validate: (value: unknown, { data }: { data: unknown }) => validateSpeaker(value, data as Sibling),
    },
    { name: 'content', type: 'richText', required: true, label: l('回答', 'Answer') },
  ],
}

export const ParagraphBlock: Block = {
  slug: 'paragraph',
  interfaceName: 'InterviewParagraph',
  labels: { singular: l('本文', 'Paragraph'), plural: l('本文', 'Paragraphs') },
  fields: [{ name: 'content', type: 'richText', required: true, label: l('本文', 'Text') }],
}

export const HeadingBlock: Block = {
  slug: 'heading',
  interfaceName: 'InterviewHeading',
  labels: { singular: l('見出し', 'Heading'), plural: l('見出し', 'Headings') },
  fields: [{ name: 'text', type: 'text', required: true, label: l('見出し', 'Heading') }],
}

export const QuoteBlock: Block = {
  slug: 'quote',
  interfaceName: 'InterviewQuote',
  labels: { singular: l('引用', 'Pull quote'), plural: l('引用', 'Pull quotes') },
  fields: [
    { name: 'text', type: 'textarea', required: true, label: l('引用文', 'Quote') },
    { name: 'speaker', type: 'text', label: l('話者', 'Speaker') },
  ],
}

export const ImageBlock: Block = {
  slug: 'image',
  interfaceName: 'InterviewImage',
  labels: { singular: l('画像', 'Image'), plural: l('画像', 'Images') },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true, label: l('画像', 'Image') },
    { name: 'caption', type: 'text', label: l('キャプション', 'Caption') },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'cta',
  interfaceName: 'InterviewCallToAction',
  labels: { singular: l('行動喚起リンク', 'Call to action'), plural: l('行動喚起リンク', 'Calls to action') },
  fields: [
    { name: 'label', type: 'text', required: true, label: l('リンク文言', 'Link text') },
    { name: 'url', type: 'text', required: true, label: 'URL' },
    { name: 'description', type: 'text', label: l('説明', 'Description') },
  ],
}

export const interviewBlocks = [
  QuestionBlock,
  AnswerBlock,
  ParagraphBlock,
  HeadingBlock,
  QuoteBlock,
  ImageBlock,
  CallToActionBlock,
]
