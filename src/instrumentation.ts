/** Runs once when the Next server starts (Next's instrumentation hook), before any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { sendLargeBodies } = await import('./server/largeBodies')
  const { installPageMemory } = await import('./server/pageMemory')
  sendLargeBodies()
  installPageMemory()
}
