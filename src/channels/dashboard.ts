/**
 * The error-budget dashboard (`error-budget dashboard`), built with Grafana's own builders
 * (@grafana/grafana-foundation-sdk, typed by Grafana's schema): per SLO the design's panels, with
 * the gate's thresholds, tiers and colours; one overview table of every SLO. Loaded by the CLI
 * only, and only for this command.
 */
import * as dash from '@grafana/grafana-foundation-sdk/dashboard'
import * as common from '@grafana/grafana-foundation-sdk/common'
import { DataqueryBuilder, PromQueryFormat } from '@grafana/grafana-foundation-sdk/prometheus'
import { PanelBuilder as GaugeBuilder } from '@grafana/grafana-foundation-sdk/gauge'
import { PanelBuilder as StatBuilder } from '@grafana/grafana-foundation-sdk/stat'
import { PanelBuilder as TableBuilder } from '@grafana/grafana-foundation-sdk/table'
import { PanelBuilder as TimeseriesBuilder } from '@grafana/grafana-foundation-sdk/timeseries'
import { dashboardUid, expandLink, linkValues, serviceOf } from '../engine/links.js'
import type { SloSpec } from '../engine/slo.js'
import { STATUSES, type Status } from '../engine/status.js'
import { GATE_VERSION } from '../text/about.js'
import { LEVEL_COLORS } from './chart.js'
import {
  budgetRemainingExpr,
  burnRateExpr,
  burnThresholdLines,
  burnWindows,
  daysToExhaustionExpr,
  drawnWindow,
  labelled,
  latencyBucket,
  latencyQuantileExpr,
  sliExpr,
  statusLevelExpr,
  type PanelSource
} from './dashboard-queries.js'

export interface DashboardOptions {
  source: PanelSource
  /** The Prometheus datasource chosen by default; Grafana's default datasource when unset. */
  datasourceUid?: string
}

/** Each status in the colour the gate draws it with (the chart's reference lines). */
export const STATUS_COLOR: Record<Status, string> = {
  NORMAL: '#1a7f37',
  CAUTION: LEVEL_COLORS.caution,
  WARNING: LEVEL_COLORS.warning,
  FREEZE: LEVEL_COLORS.freeze,
  EXHAUSTED: LEVEL_COLORS.exhausted,
  ERROR: '#8250df'
}

const DATASOURCE = { type: 'prometheus', uid: '${datasource}' }
/** The history panels evaluate the SLO window at most once an hour: its cost stays bounded. */
const HISTORY_STEP = '1h'

/**
 * Text a panel or row title shows: Grafana interpolates `$name` and `${...}` in titles, so a `$`
 * of an SLO name becomes a look-alike and cannot read a variable.
 */
const title = (text: string): string => text.replace(/\$/g, '＄')

/**
 * The budget's colours by the SLO's own thresholds: EXHAUSTED below 0, FREEZE below freeze,
 * WARNING up to warning, CAUTION up to caution, NORMAL above (Grafana colours a value from its
 * step up, so a value exactly at warning or caution shows the next colour up).
 */
export function budgetThresholds(slo: SloSpec): dash.ThresholdsConfigBuilder {
  const t = slo.thresholds
  return new dash.ThresholdsConfigBuilder().mode(dash.ThresholdsMode.Absolute).steps([
    { value: null, color: STATUS_COLOR.EXHAUSTED },
    { value: 0, color: STATUS_COLOR.FREEZE },
    { value: t.freeze, color: STATUS_COLOR.WARNING },
    { value: t.warning, color: STATUS_COLOR.CAUTION },
    { value: t.caution, color: STATUS_COLOR.NORMAL }
  ])
}

/** The status level (0-4) as the gate names and colours it; no value means ERROR. */
function statusMappings(): dash.ValueMapping[] {
  const options: Record<string, dash.ValueMappingResult> = {}
  STATUSES.forEach((status, index) => {
    if (status !== 'ERROR') options[String(index)] = { text: status, color: STATUS_COLOR[status] }
  })
  return [
    { type: dash.MappingType.ValueToText, options },
    {
      type: dash.MappingType.SpecialValue,
      options: {
        match: dash.SpecialValueMatch.NullAndNan,
        result: { text: 'ERROR', color: STATUS_COLOR.ERROR }
      }
    }
  ]
}

const query = (expr: string, refId: string, legend?: string): DataqueryBuilder => {
  const q = new DataqueryBuilder().expr(expr).refId(refId).datasource(DATASOURCE)
  return legend === undefined ? q : q.legendFormat(legend)
}
const instant = (expr: string, refId: string): DataqueryBuilder =>
  query(expr, refId).instant().format(PromQueryFormat.Table)
const lastValue = () => new common.ReduceDataOptionsBuilder().calcs(['lastNotNull']).values(false)
const lines = (steps: dash.Threshold[]) =>
  new dash.ThresholdsConfigBuilder().mode(dash.ThresholdsMode.Absolute).steps(steps)
const thresholdLines = () =>
  new common.GraphThresholdsStyleConfigBuilder().mode(common.GraphThresholdsStyleMode.Dashed)

/** A panel builder, sized on the 24-column grid; the dashboard builder places it. */
type Placed = Parameters<dash.DashboardBuilder['withPanel']>[0]

/** Unique panel ids, in the order the panels appear. */
const counter = (): (() => number) => {
  let id = 0
  return () => ++id
}

/** Every SLO in one table: status, budget left and burn, coloured as the gate colours them. */
function overview(slos: SloSpec[], options: DashboardOptions, nextId: () => number): Placed {
  const all = (figure: (slo: SloSpec) => string): string =>
    slos.map(slo => labelled(figure(slo), slo)).join(' or ')
  const panel = new TableBuilder()
    .title('SLO overview')
    .description(
      "Every SLO's status as the gate sets it from Prometheus: the budget left against its own thresholds, raised by any burn tier that fires (a freeze file and excluded intervals are not in Prometheus, so not here)."
    )
    .datasource(DATASOURCE)
    .withTarget(
      instant(
        all(slo => statusLevelExpr(slo, options.source)),
        'A'
      )
    )
    .withTarget(
      instant(
        all(slo => budgetRemainingExpr(slo, options.source)),
        'B'
      )
    )
    .withTarget(
      instant(
        all(slo => burnRateExpr(slo, options.source, slo.burnRateWindow)),
        'C'
      )
    )
    .withTransformation({ id: 'merge', options: {} })
    .withTransformation({ id: 'organize', options: { excludeByName: { Time: true } } })
    .overrideByName('slo', [{ id: 'displayName', value: 'SLO' }])
    .overrideByName('Value #A', [
      { id: 'displayName', value: 'Status' },
      { id: 'mappings', value: statusMappings() },
      {
        id: 'custom.cellOptions',
        value: { type: common.TableCellDisplayMode.ColorBackground, mode: 'basic' }
      }
    ])
    .overrideByName('Value #B', [
      { id: 'displayName', value: 'Budget left' },
      { id: 'unit', value: 'percent' },
      { id: 'decimals', value: 2 }
    ])
    .overrideByName('Value #C', [
      { id: 'displayName', value: 'Burn rate (burn_rate_window)' },
      { id: 'decimals', value: 2 }
    ])
  return panel
    .id(nextId())
    .span(24)
    .height(Math.min(16, 4 + slos.length))
}

/** The design's panels for one SLO (the row that holds them is named after it). */
function sloPanels(slo: SloSpec, options: DashboardOptions, nextId: () => number): Placed[] {
  const source = options.source
  const window = drawnWindow(slo)
  const links = slo.runbookUrl
    ? [
        new dash.DashboardLinkBuilder('Runbook')
          .url(expandLink(slo.runbookUrl, linkValues(slo)))
          .targetBlank(true)
      ]
    : []
  const gauge = new GaugeBuilder()
    .title(`Budget remaining (${window})`)
    .description(
      "Percent of the error budget left over the SLO window: the gate's budget_remaining, coloured at the SLO's caution, warning and freeze thresholds (red: exhausted)."
    )
    .datasource(DATASOURCE)
    .withTarget(query(budgetRemainingExpr(slo, source), 'A').instant())
    .unit('percent')
    .decimals(2)
    .min(0)
    .max(100)
    .thresholds(budgetThresholds(slo))
    .reduceOptions(lastValue())
    .showThresholdMarkers(true)
    .links(links)
  const days = new StatBuilder()
    .title('Days to exhaustion')
    .description(
      `Days until the budget is spent at the burn rate over ${slo.burnRateWindow} (burn_rate_window): the gate's days_to_exhaustion.`
    )
    .datasource(DATASOURCE)
    .withTarget(query(daysToExhaustionExpr(slo, source), 'A').instant())
    .unit('d')
    .decimals(1)
    .mappings([
      {
        type: dash.MappingType.ValueToText,
        options: { '0': { text: 'exhausted', color: STATUS_COLOR.EXHAUSTED } }
      },
      {
        type: dash.MappingType.RangeToText,
        options: {
          from: 1e9,
          to: null,
          result: { text: '∞ (not burning)', color: STATUS_COLOR.NORMAL }
        }
      }
    ])
    .reduceOptions(lastValue())
    .colorMode(common.BigValueColorMode.Value)
  const burn = new TimeseriesBuilder()
    .title('Burn rate over the burn windows')
    .description(
      "Error budget burn rate (1 spends exactly the budget over the SLO window) over every window the gate reads; each dashed line is a burn tier's factor, in the colour of the status it raises to when both its windows burn above it."
    )
    .datasource(DATASOURCE)
    .targets(burnWindows(slo).map((w, i) => query(burnRateExpr(slo, source, w), `W${i}`, w)))
    .thresholds(
      lines([
        { value: null, color: 'transparent' },
        ...burnThresholdLines(slo).map(({ factor, status }) => ({
          value: factor,
          color: STATUS_COLOR[status]
        }))
      ])
    )
    .thresholdsStyle(thresholdLines())
    .decimals(2)
    .min(0)
  const history = new TimeseriesBuilder()
    .title('Budget left over time')
    .description(
      `Budget left over the SLO window (${window}) and over the last 7 days, at each instant: how it was spent and when it comes back. Dashed: the SLO's thresholds. Evaluated at most every ${HISTORY_STEP}.`
    )
    .datasource(DATASOURCE)
    .interval(HISTORY_STEP)
    .withTarget(query(budgetRemainingExpr(slo, source), 'A', `budget left (${window})`))
    .thresholds(budgetThresholds(slo))
    .thresholdsStyle(thresholdLines())
    .unit('percent')
    .decimals(2)
  if (window !== '7d')
    history.withTarget(query(budgetRemainingExpr(slo, source, '7d'), 'B', 'budget left (7d)'))
  const bucket = latencyBucket(slo)
  const panels: Placed[] = [
    gauge.id(nextId()).span(6).height(8),
    days.id(nextId()).span(4).height(8),
    burn.id(nextId()).span(14).height(8),
    history
      .id(nextId())
      .span(bucket ? 12 : 24)
      .height(8)
  ]
  if (bucket) {
    const latency = new TimeseriesBuilder()
      .title(`Latency: requests within ${bucket.le} s, and the p${slo.target}`)
      .description(
        `The latency SLI over 5m (percent of requests within ${bucket.le} s) against the ${slo.target} % target, and the latency at the target's quantile against ${bucket.le} s (right axis).`
      )
      .datasource(DATASOURCE)
      .withTarget(query(sliExpr(slo, source), 'A', 'within threshold (%)'))
      .withTarget(query(latencyQuantileExpr(slo, bucket), 'B', `p${slo.target} latency`))
      .overrideByName('within threshold (%)', [{ id: 'unit', value: 'percent' }])
      .overrideByName(`p${slo.target} latency`, [
        { id: 'unit', value: 's' },
        { id: 'custom.axisPlacement', value: 'right' }
      ])
      .thresholds(
        lines([
          { value: null, color: 'transparent' },
          { value: slo.target, color: STATUS_COLOR.WARNING }
        ])
      )
      .thresholdsStyle(thresholdLines())
    panels.push(latency.id(nextId()).span(12).height(8))
  }
  return panels
}

/** One dashboard for these SLOs: the overview table, then each SLO's panels. */
export function buildDashboard(slos: SloSpec[], options: DashboardOptions): dash.Dashboard {
  const services = [...new Set(slos.map(serviceOf))]
  const variable = new dash.DatasourceVariableBuilder('datasource')
    .label('Prometheus')
    .type('prometheus')
  if (options.datasourceUid)
    variable.current({ text: options.datasourceUid, value: options.datasourceUid })
  const builder = new dash.DashboardBuilder(title(`Error budget: ${services.join(', ')}`))
    .uid(dashboardUid(services))
    .description(
      `Generated by error-budget-gate ${GATE_VERSION} ("error-budget dashboard", query source ${options.source}); regenerate it after changing an SLO.`
    )
    .tags(['slo', 'error-budget'])
    .refresh('30s')
    .time({ from: 'now-7d', to: 'now' })
    .timezone('browser')
    .withVariable(variable)
  const nextId = counter()
  builder.withPanel(overview(slos, options, nextId))
  for (const slo of slos) {
    builder.withRow(new dash.RowBuilder(title(slo.name)).id(nextId()))
    for (const panel of sloPanels(slo, options, nextId)) builder.withPanel(panel)
  }
  return builder.build()
}

/** One dashboard per service (Sloth's or OpenSLO's service, ours, else the SLO's own name). */
export function dashboardsByService(
  slos: SloSpec[],
  options: DashboardOptions
): { service: string; dashboard: dash.Dashboard }[] {
  const services = [...new Set(slos.map(serviceOf))]
  return services.map(service => ({
    service,
    dashboard: buildDashboard(
      slos.filter(slo => serviceOf(slo) === service),
      options
    )
  }))
}
