/**
 * Bounds of sane input. A value beyond them is refused at the field or the file path, since it is
 * almost surely a typing slip (13 300 000 users for 13 300) rather than a real case.
 */
export const LIMITS = {
  yearMin: 2000,
  yearMax: 2100,
  /** Longest horizon, in years. */
  maxYears: 10,
  /** Most users of one group or line: beyond the staff of any public organisation. */
  maxUsers: 10_000_000,
  /** Highest price per user and year (or per year for a flat price), in the case's currency. */
  maxPrice: 1_000_000,
  /** Highest single cost or saving, in the case's currency. */
  maxAmount: 10_000_000_000,
  /** Most hours of training per user in one line. */
  maxHours: 1_000,
  /** Most full-time equivalents on one cost line. */
  maxFte: 10_000,
  maxGroups: 50,
  maxScenarios: 20,
  textLength: 500,
} as const
