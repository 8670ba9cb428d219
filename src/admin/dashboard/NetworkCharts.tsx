'use client'

/**
 * Draws the dashboard's charts (recharts, SVG). It receives rows already labelled and with small
 * groups suppressed on the server: a `null` count is drawn as an empty bar and read as "<5".
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export type ChartSpec = {
  id: string
  title: string
  kind: 'bar' | 'line'
  series: { key: string; name: string; color: string }[]
  rows: ({ label: string } & Record<string, number | null | string>)[]
}

const hasData = (spec: ChartSpec) => spec.rows.some((row) => spec.series.some((s) => row[s.key] !== 0))

export function NetworkCharts({ charts, suppressed, note }: { charts: ChartSpec[]; suppressed: string; note: string }) {
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(420px, 1fr))', gap: 24, margin: '24px 0 48px' }}>
      {charts.map((spec) => {
        // Suppressed counts are drawn as 0 height; the axis label says "<5".
        const data = spec.rows.map((row) => {
          const hidden = spec.series.some((s) => row[s.key] === null)
          const out: Record<string, string | number> = { label: hidden ? `${row.label} (${suppressed})` : row.label }
          for (const s of spec.series) out[s.key] = (row[s.key] as number | null) ?? 0
          return out
        })
        const formatter = (value: unknown, _name: unknown, item: { payload?: Record<string, unknown>; dataKey?: unknown }) =>
          spec.rows.find((r) => r.label === String(item.payload?.label).replace(` (${suppressed})`, ''))?.[String(item.dataKey)] === null
            ? suppressed
            : String(value)
        const Chart = spec.kind === 'line' ? LineChart : BarChart
        return (
          <figure key={spec.id} data-chart={spec.id} style={{ margin: 0, padding: 16, border: '1px solid var(--theme-elevation-150)', borderRadius: 4 }}>
            <figcaption style={{ fontWeight: 600, marginBottom: 8 }}>{spec.title}</figcaption>
            {!hasData(spec) ? (
              <p style={{ color: 'var(--theme-elevation-600)' }}>—</p>
            ) : (
              <ResponsiveContainer width="100%" height={260}>
                <Chart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                  <CartesianGrid strokeDasharray="3 3" stroke="#ddd" />
                  <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={data.length > 6 ? -30 : 0} textAnchor={data.length > 6 ? 'end' : 'middle'} height={data.length > 6 ? 70 : 30} />
                  <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={36} />
                  <Tooltip formatter={formatter as never} />
                  {spec.series.length > 1 && <Legend />}
                  {spec.series.map((s) =>
                    spec.kind === 'line' ? (
                      <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={2} isAnimationActive={false} />
                    ) : (
                      <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
                    ),
                  )}
                </Chart>
              </ResponsiveContainer>
            )}
          </figure>
        )
      })}
      <p style={{ gridColumn: '1 / -1', fontSize: 12, color: 'var(--theme-elevation-600)' }}>{note}</p>
    </div>
  )
}
