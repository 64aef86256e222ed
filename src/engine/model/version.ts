/** The model file's current schemaVersion (apart from model.ts, so that reading it needs no zod). */
export const SCHEMA_VERSION = 1
