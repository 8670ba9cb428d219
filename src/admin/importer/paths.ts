/** Where the import view lives under the admin route (`/admin/import-interview`). */
export const IMPORT_VIEW_PATH = '/import-interview'
