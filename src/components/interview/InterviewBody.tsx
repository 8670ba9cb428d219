import type { Interview } from '@/payload-types'

import { MediaImage } from '../MediaImage'
import { RichText } from '../RichText'

type Block = Interview['body'][number]

/**
 * The one renderer for interview bodies: questions set apart from answers, each answer led by
 * its speaker's name, pull quotes, captioned images and calls to action.
 */
export function InterviewBody({ blocks, speakers }: { blocks: Block[]; speakers: Map<string, string> }) {
  // Questions after a section heading sit under it, so heading levels never skip.
  const firstHeading = blocks.findIndex((b) => b.blockType === 'heading')
  return (
    <div className="interview-body">
      {blocks.map((block, index) => (
        <BodyBlock
          key={block.id ?? index}
          block={block}
          speakers={speakers}
          nested={firstHeading !== -1 && index > firstHeading}
        />
      ))}
    </div>
  )
}

function BodyBlock({ block, speakers, nested }: { block: Block; speakers: Map<string, string>; nested: boolean }) {
  switch (block.blockType) {
    case 'question': {
      const Heading = nested ? 'h3' : 'h2'
      return (
        <Heading className="mt-14 mb-6 border-l-4 border-shu pl-4 text-xl leading-relaxed font-bold text-ai-dark">
          <span aria-hidden="true">——</span>
          {block.text}
        </Heading>
      )
    }
    case 'answer':
      return (
        <div className="mb-6 grid gap-x-5 sm:grid-cols-[7rem_1fr]" data-speaker={block.speaker}>
          <p className="mb-1 text-sm font-bold text-shu sm:mt-1 sm:text-right">
            {block.speaker}
            {speakers.get(block.speaker) && (
              <span className="block text-xs font-normal text-muted">{speakers.get(block.speaker)}</span>
            )}
          </p>
          <RichText data={block.content} className="text-[17px]" />
        </div>
      )
    case 'paragraph':
      return <RichText data={block.content} className="mb-6 text-[17px]" />
    case 'heading':
      return <h2 className="mt-16 mb-4 border-b border-line pb-2 text-2xl font-bold">{block.text}</h2>
    case 'quote':
      return (
        <figure className="my-12 border-y border-line py-8 text-center">
          <blockquote className="font-serif text-2xl leading-relaxed text-ai-dark">「{block.text}」</blockquote>
          {block.speaker && <figcaption className="mt-3 text-sm text-muted">— {block.speaker}</figcaption>}
        </figure>
      )
    case 'image':
      return (
        <figure className="my-10">
          <MediaImage media={block.image} sizes="(min-width: 768px) 720px, 100vw" maxWidth={768} className="w-full rounded-lg" />
          {block.caption && <figcaption className="mt-2 text-sm text-muted">{block.caption}</figcaption>}
        </figure>
      )
    case 'cta':
      return (
        <aside className="my-10 rounded-lg bg-shu-soft p-6">
          {block.description && <p className="mb-3 text-sm text-muted">{block.description}</p>}
          <a href={block.url} className="inline-flex items-center gap-2 font-bold text-shu underline">
            <span aria-hidden="true">»</span>
            {block.label}
          </a>
        </aside>
      )
  }
}
