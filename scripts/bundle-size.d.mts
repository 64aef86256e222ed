export declare const BUDGET_KB: number
export declare function staticImports(code: string): string[]
export declare function dynamicImports(code: string): string[]
export declare const VALIDATOR_CHUNK: RegExp
export declare function entryOf(html: string): string
export interface Measured {
  file: string
  raw: number
  gzip: number
}
export declare function measure(distDir?: string): {
  entry: string
  files: Measured[]
  css: Measured[]
  total: number
  /** The validator's chunks, which a visit with saved work waits for besides. */
  validator: Measured[]
  validatorTotal: number
}
