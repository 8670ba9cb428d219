/* Payload GraphQL API (generated shape, kept thin). */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { withClientErrors } from '@/lib/clientErrors'

export const POST = withClientErrors(GRAPHQL_POST(config) as (request: Request) => Promise<Response>)
export const OPTIONS = REST_OPTIONS(config)
