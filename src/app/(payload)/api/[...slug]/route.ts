/* Payload REST API (generated shape, kept thin; forged cross-site writes are refused first, then bodies over their limits; unreadable bodies are a 400). */
import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { withClientErrors } from '@/security/clientErrors'
import { limitBody } from '@/security/bodyLimits'
import { refuseCrossSite } from '@/security/crossSite'

export const GET = REST_GET(config)
export const POST = refuseCrossSite(limitBody(config, 'rest', withClientErrors(REST_POST(config))))
export const DELETE = refuseCrossSite(REST_DELETE(config))
export const PATCH = refuseCrossSite(limitBody(config, 'rest', withClientErrors(REST_PATCH(config))))
export const PUT = refuseCrossSite(limitBody(config, 'rest', withClientErrors(REST_PUT(config))))
export const OPTIONS = REST_OPTIONS(config)
