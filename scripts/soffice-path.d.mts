export declare const DEFAULT_SOFFICE_PATH: string
export declare function findSoffice(env?: NodeJS.ProcessEnv): string | null
