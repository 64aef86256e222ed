export declare const DEFAULT_CHROMIUM_PATH: string
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null
