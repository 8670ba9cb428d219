/** Where the roster import lives under the admin route (`/admin/roster-import`). */
export const ROSTER_IMPORT_PATH = '/roster-import'
