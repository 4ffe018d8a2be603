/** Security headers for every response; see security-headers.mjs for the CSP trade-off. */
export declare const securityHeaders: Record<string, string>
