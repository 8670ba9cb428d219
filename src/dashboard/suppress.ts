/**
 * The dashboard's one privacy rule: a group of fewer than five people is never shown, so nobody
 * can be picked out ("the one person born in 1950 who works in finance"). A count of 1–4 becomes
 * `null`, which the charts draw as "<5"; 0 stays 0 (nobody to single out).
 */
export const MIN_GROUP_SIZE = 5

export const suppressCount = (count: number): number | null => (count > 0 && count < MIN_GROUP_SIZE ? null : count)

/** A row of a chart: its key (month, band, year, event…) and one count per series. */
export type ChartRow<S extends string> = { key: string; label?: string } & Record<S, number | null>

/** Applies the rule to every count of every row: the only way counts leave src/dashboard. */
export const suppressRows = <S extends string>(
  input: ({ key: string; label?: string } & Record<S, number>)[],
  series: readonly S[],
): ChartRow<S>[] =>
  input.map((row) => {
    const out = { ...row } as ChartRow<S>
    for (const name of series) (out as Record<string, number | null>)[name] = suppressCount(row[name])
    return out
  })
