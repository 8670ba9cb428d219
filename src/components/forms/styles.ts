/**
 * The look of every form control, shared by the client forms (fields.tsx) and the plain
 * server-rendered forms of the board and the feed, so both read as one site.
 */
export const controlClass =
  'mt-1.5 block w-full rounded-md border border-line bg-white px-3 py-2 text-base shadow-sm transition-colors focus:border-ai aria-[invalid=true]:border-shu aria-[invalid=true]:bg-shu-soft/40'
export const labelClass = 'block text-sm font-semibold'
/** The small round buttons of the board's and the feed's forms (post, react, report). */
export const buttonClass = 'rounded-full bg-ai px-5 py-2 text-sm font-bold text-white hover:bg-ai/90'
export const quietButtonClass = 'rounded-full border border-line px-3 py-1 text-sm hover:border-ai hover:text-ai'
