export declare const distDir: string
export declare const pagesDir: string
export declare const searchIndexDir: string
