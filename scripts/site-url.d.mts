export declare const defaultSiteUrl: string
export declare function parseSiteUrl(value: string | undefined): URL
export declare const siteUrlUnsetWarning: string
