export declare const DEFAULT_PDFTOTEXT_PATH: string
export declare function findPdftotext(env?: NodeJS.ProcessEnv): string | null
