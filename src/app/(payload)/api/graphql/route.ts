/* Payload GraphQL API (generated shape, kept thin; forged cross-site requests are refused first, unreadable bodies are a 400). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withClientErrors } from '@/lib/clientErrors'
import { refuseCrossSite } from '@/security/crossSite'

export const POST = refuseCrossSite(withClientErrors(GRAPHQL_POST(config) as (request: Request) => Promise<Response>))
export const OPTIONS = REST_OPTIONS(config)
