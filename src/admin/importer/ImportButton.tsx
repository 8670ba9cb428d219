'use client'
/** "Import from text" above the interviews list: the way into the import view. */
import { Button, useConfig, useTranslation } from '@payloadcms/ui'

import { IMPORT_VIEW_PATH } from './paths'
import { strings, toLang } from './strings'

export const ImportButton = () => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginBottom: 'calc(var(--base) / 2)' }}>
      <Button el="link" to={`${config.routes.admin}${IMPORT_VIEW_PATH}`} buttonStyle="secondary" size="small" margin={false}>
        {strings(toLang(i18n.language)).listButton}
      </Button>
    </div>
  )
}
