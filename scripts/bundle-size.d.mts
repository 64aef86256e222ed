export declare const BUDGET_KB: number
export declare function staticImports(code: string): string[]
export declare function dynamicImports(code: string): string[]
export declare const AWAITED_BEFORE_MOUNT: RegExp
export declare function entryOf(html: string): string
export interface Measured {
  file: string
  raw: number
  gzip: number
}
export declare function measure(distDir?: string): { entry: string; files: Measured[]; css: Measured[]; total: number }
