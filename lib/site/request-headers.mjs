// Headers `npm start`'s server adds to each request before Next handles it.

/**
 * The connection's own address, for the responses' rate limits
 * (lib/responses/http.ts): set on every request, so a client cannot send it.
 */
export const peerHeader = 'x-glossa-peer'
