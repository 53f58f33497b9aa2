// The statistic the mocks bench reports and budgets.

/** The median of `values`: the middle one of an odd count, the upper middle of an even count. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
