/** The shape of a message tree with every text widened to string, so English must match Swedish key for key. */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
