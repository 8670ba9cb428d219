/**
 * npm run check:generated — fails when a generated file no longer matches the Payload config.
 * npm run generate (`--write`) — rewrites them:
 *
 *   payload-types.ts                       (payload generate:types)
 *   src/app/(payload)/admin/importMap.js   (payload generate:importmap)
 *
 * It runs the same generators as those commands, in this process rather than through the
 * `payload` CLI: that wrapper sometimes exits 0 before doing anything (payloadcms/payload#17757),
 * which here would read as "up to date". The types are generated into a temp file; the import map
 * generator can only write in place, so the file is put back byte for byte afterwards. The
 * working tree is left as it was either way.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root) // the import map generator resolves its file from the working directory

// The config requires both; generating types and the import map connects to nothing.
process.env.DATABASE_URL ||= 'postgres://unused@127.0.0.1:1/unused'
process.env.PAYLOAD_SECRET ||= 'check-generated'

const TYPES = 'payload-types.ts'
const IMPORT_MAP = 'src/app/(payload)/admin/importMap.js'

/** Where two texts first differ, for the message. */
const firstDifference = (current: string, generated: string) => {
  const a = current.split('\n')
  const b = generated.split('\n')
  const line = a.findIndex((text, i) => text !== b[i])
  const at = line === -1 ? a.length : line
  return `  first difference at line ${at + 1}:\n    current:   ${JSON.stringify(a[at] ?? '(end of file)')}\n    generated: ${JSON.stringify(b[at] ?? '(end of file)')}`
}

const main = async () => {
  // Modules load through tsx's hooks, which on Node 20 run off the main thread. Concurrent
  // dynamic imports there sometimes never settle and Node exits mid-way with an empty event
  // loop — so one import at a time, and the exit code stays 1 unless the check runs to its end.
  process.exitCode = 1
  process.once('beforeExit', () => console.error('check-generated stopped before it finished; run it again.'))
  const { default: configPromise } = await import('../payload.config')
  const { generateImportMap } = await import('payload')
  const { generateTypes } = await import('payload/node')
  const config = await configPromise
  if (process.argv.includes('--write')) {
    await generateTypes(config, { log: false })
    await generateImportMap(config, { log: false })
    console.log(`wrote ${TYPES} and ${IMPORT_MAP}`)
    process.exit(0)
  }
  const stale: string[] = []

  const tempDir = mkdtempSync(path.join(os.tmpdir(), 'enishi-check-generated-'))
  try {
    process.env.PAYLOAD_TS_OUTPUT_PATH = path.join(tempDir, TYPES)
    await generateTypes(config, { log: false })
    const committed = readFileSync(path.join(root, TYPES), 'utf8')
    const generated = readFileSync(process.env.PAYLOAD_TS_OUTPUT_PATH, 'utf8')
    if (generated !== committed) stale.push(`${TYPES}\n${firstDifference(committed, generated)}`)
  } finally {
    rmSync(tempDir, { recursive: true, force: true })
  }

  const importMapFile = path.join(root, IMPORT_MAP)
  const committedMap = readFileSync(importMapFile)
  let generatedMap: string
  try {
    await generateImportMap(config, { log: false })
    generatedMap = readFileSync(importMapFile, 'utf8')
  } finally {
    if (!readFileSync(importMapFile).equals(committedMap)) writeFileSync(importMapFile, committedMap)
  }
  // The generator itself skips writing when only surrounding whitespace differs.
  if (generatedMap.trim() !== committedMap.toString('utf8').trim()) {
    stale.push(`${IMPORT_MAP}\n${firstDifference(committedMap.toString('utf8'), generatedMap)}`)
  }

  if (stale.length) {
    console.error(
      `Generated files are out of date with the Payload config:\n\n${stale.join('\n\n')}\n\n` +
        'Regenerate them with `npm run generate` and commit the result.',
    )
    process.exit(1)
  }
  console.log(`${TYPES} and ${IMPORT_MAP} are up to date.`)
  process.exit(0)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
