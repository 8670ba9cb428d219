/**
 * Starts Payload, and with it the job runner, when the server starts. Payload starts its cron
 * (scheduled publishing, `jobs.autoRun`) only when initialised with `cron: true`, which its own
 * REST and admin routes do but page reads do not: without this, a server that only serves
 * readers would never publish what was scheduled. Not during `next build`, and not when
 * ENISHI_JOBS=off (another process runs the jobs).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.ENISHI_JOBS === 'off') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  try {
    await getPayload({ config, cron: true })
  } catch (error) {
    // The site can still answer from its cache; Payload's own routes start the runner later.
    console.error('[enishi] Payload did not start with the server; scheduled publishing waits for the first admin or API request.', error)
  }
}
