/** Where the network dashboard lives under the admin route (`/admin/network`). */
export const NETWORK_VIEW_PATH = '/network'
