export const id = 320;
export const ids = [320];
export const modules = {

/***/ 39320:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildDashboard: () => (/* binding */ buildDashboard),
/* harmony export */   dashboardsByService: () => (/* binding */ dashboardsByService)
/* harmony export */ });
/* unused harmony exports STATUS_COLOR, budgetThresholds */
/* harmony import */ var _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(84972);
/* harmony import */ var _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9425);
/* harmony import */ var _grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _grafana_grafana_foundation_sdk_prometheus__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(82648);
/* harmony import */ var _grafana_grafana_foundation_sdk_prometheus__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_prometheus__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _grafana_grafana_foundation_sdk_gauge__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(79183);
/* harmony import */ var _grafana_grafana_foundation_sdk_gauge__WEBPACK_IMPORTED_MODULE_9___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_gauge__WEBPACK_IMPORTED_MODULE_9__);
/* harmony import */ var _grafana_grafana_foundation_sdk_stat__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(90294);
/* harmony import */ var _grafana_grafana_foundation_sdk_stat__WEBPACK_IMPORTED_MODULE_10___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_stat__WEBPACK_IMPORTED_MODULE_10__);
/* harmony import */ var _grafana_grafana_foundation_sdk_table__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(78316);
/* harmony import */ var _grafana_grafana_foundation_sdk_table__WEBPACK_IMPORTED_MODULE_8___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_table__WEBPACK_IMPORTED_MODULE_8__);
/* harmony import */ var _grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(60676);
/* harmony import */ var _grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11___default = /*#__PURE__*/__webpack_require__.n(_grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11__);
/* harmony import */ var _engine_links_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83911);
/* harmony import */ var _engine_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28678);
/* harmony import */ var _text_about_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2642);
/* harmony import */ var _chart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55041);
/* harmony import */ var _dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24901);
/**
 * The error-budget dashboard (`error-budget dashboard`), built with Grafana's own builders
 * (@grafana/grafana-foundation-sdk, typed by Grafana's schema): per SLO the design's panels, with
 * the gate's thresholds, tiers and colours; one overview table of every SLO. Loaded by the CLI
 * only, and only for this command.
 */












/** Each status in the colour the gate draws it with (the chart's reference lines). */
const STATUS_COLOR = {
    NORMAL: '#1a7f37',
    CAUTION: _chart_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_COLORS */ .Ie.caution,
    WARNING: _chart_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_COLORS */ .Ie.warning,
    FREEZE: _chart_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_COLORS */ .Ie.freeze,
    EXHAUSTED: _chart_js__WEBPACK_IMPORTED_MODULE_3__/* .LEVEL_COLORS */ .Ie.exhausted,
    ERROR: '#8250df'
};
const DATASOURCE = { type: 'prometheus', uid: '${datasource}' };
/** The history panels evaluate the SLO window at most once an hour: its cost stays bounded. */
const HISTORY_STEP = '1h';
/**
 * Text a panel or row title shows: Grafana interpolates `$name` and `${...}` in titles, so a `$`
 * of an SLO name becomes a look-alike and cannot read a variable.
 */
const title = (text) => text.replace(/\$/g, '＄');
/**
 * The budget's colours by the SLO's own thresholds: EXHAUSTED below 0, FREEZE below freeze,
 * WARNING up to warning, CAUTION up to caution, NORMAL above (Grafana colours a value from its
 * step up, so a value exactly at warning or caution shows the next colour up).
 */
function budgetThresholds(slo) {
    const t = slo.thresholds;
    return new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.ThresholdsConfigBuilder().mode(_grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.ThresholdsMode.Absolute).steps([
        { value: null, color: STATUS_COLOR.EXHAUSTED },
        { value: 0, color: STATUS_COLOR.FREEZE },
        { value: t.freeze, color: STATUS_COLOR.WARNING },
        { value: t.warning, color: STATUS_COLOR.CAUTION },
        { value: t.caution, color: STATUS_COLOR.NORMAL }
    ]);
}
/** The status level (0-4) as the gate names and colours it; no value means ERROR. */
function statusMappings() {
    const options = {};
    _engine_status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUSES */ .f.forEach((status, index) => {
        if (status !== 'ERROR')
            options[String(index)] = { text: status, color: STATUS_COLOR[status] };
    });
    return [
        { type: _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.MappingType.ValueToText, options },
        {
            type: _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.MappingType.SpecialValue,
            options: {
                match: _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.SpecialValueMatch.NullAndNan,
                result: { text: 'ERROR', color: STATUS_COLOR.ERROR }
            }
        }
    ];
}
const query = (expr, refId, legend) => {
    const q = new _grafana_grafana_foundation_sdk_prometheus__WEBPACK_IMPORTED_MODULE_6__.DataqueryBuilder().expr(expr).refId(refId).datasource(DATASOURCE);
    return legend === undefined ? q : q.legendFormat(legend);
};
const instant = (expr, refId) => query(expr, refId).instant().format(_grafana_grafana_foundation_sdk_prometheus__WEBPACK_IMPORTED_MODULE_6__.PromQueryFormat.Table);
const lastValue = () => new _grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__.ReduceDataOptionsBuilder().calcs(['lastNotNull']).values(false);
const lines = (steps) => new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.ThresholdsConfigBuilder().mode(_grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.ThresholdsMode.Absolute).steps(steps);
const thresholdLines = () => new _grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__.GraphThresholdsStyleConfigBuilder().mode(_grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__.GraphThresholdsStyleMode.Dashed);
/** Unique panel ids, in the order the panels appear. */
const counter = () => {
    let id = 0;
    return () => ++id;
};
/** Every SLO in one table: status, budget left and burn, coloured as the gate colours them. */
function overview(slos, options, nextId) {
    const all = (figure) => slos.map(slo => (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .labelled */ .wW)(figure(slo), slo)).join(' or ');
    const panel = new _grafana_grafana_foundation_sdk_table__WEBPACK_IMPORTED_MODULE_8__.PanelBuilder()
        .title('SLO overview')
        .description("Every SLO's status as the gate sets it from Prometheus: the budget left against its own thresholds, raised by any burn tier that fires (a freeze file and excluded intervals are not in Prometheus, so not here).")
        .datasource(DATASOURCE)
        .withTarget(instant(all(slo => (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .statusLevelExpr */ .It)(slo, options.source)), 'A'))
        .withTarget(instant(all(slo => (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetRemainingExpr */ .jy)(slo, options.source)), 'B'))
        .withTarget(instant(all(slo => (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .burnRateExpr */ .ZE)(slo, options.source, slo.burnRateWindow)), 'C'))
        .withTransformation({ id: 'merge', options: {} })
        .withTransformation({ id: 'organize', options: { excludeByName: { Time: true } } })
        .overrideByName('slo', [{ id: 'displayName', value: 'SLO' }])
        .overrideByName('Value #A', [
        { id: 'displayName', value: 'Status' },
        { id: 'mappings', value: statusMappings() },
        {
            id: 'custom.cellOptions',
            value: { type: _grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__.TableCellDisplayMode.ColorBackground, mode: 'basic' }
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
    ]);
    return panel
        .id(nextId())
        .span(24)
        .height(Math.min(16, 4 + slos.length));
}
/** The design's panels for one SLO (the row that holds them is named after it). */
function sloPanels(slo, options, nextId) {
    const source = options.source;
    const window = (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .drawnWindow */ .pr)(slo);
    const links = slo.runbookUrl
        ? [
            new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.DashboardLinkBuilder('Runbook')
                .url((0,_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .expandLink */ .Zs)(slo.runbookUrl, (0,_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .linkValues */ .xj)(slo)))
                .targetBlank(true)
        ]
        : [];
    const gauge = new _grafana_grafana_foundation_sdk_gauge__WEBPACK_IMPORTED_MODULE_9__.PanelBuilder()
        .title(`Budget remaining (${window})`)
        .description("Percent of the error budget left over the SLO window: the gate's budget_remaining, coloured at the SLO's caution, warning and freeze thresholds (red: exhausted).")
        .datasource(DATASOURCE)
        .withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetRemainingExpr */ .jy)(slo, source), 'A').instant())
        .unit('percent')
        .decimals(2)
        .min(0)
        .max(100)
        .thresholds(budgetThresholds(slo))
        .reduceOptions(lastValue())
        .showThresholdMarkers(true)
        .links(links);
    const days = new _grafana_grafana_foundation_sdk_stat__WEBPACK_IMPORTED_MODULE_10__.PanelBuilder()
        .title('Days to exhaustion')
        .description(`Days until the budget is spent at the burn rate over ${slo.burnRateWindow} (burn_rate_window): the gate's days_to_exhaustion.`)
        .datasource(DATASOURCE)
        .withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .daysToExhaustionExpr */ .mo)(slo, source), 'A').instant())
        .unit('d')
        .decimals(1)
        .mappings([
        {
            type: _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.MappingType.ValueToText,
            options: { '0': { text: 'exhausted', color: STATUS_COLOR.EXHAUSTED } }
        },
        {
            type: _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.MappingType.RangeToText,
            options: {
                from: 1e9,
                to: null,
                result: { text: '∞ (not burning)', color: STATUS_COLOR.NORMAL }
            }
        }
    ])
        .reduceOptions(lastValue())
        .colorMode(_grafana_grafana_foundation_sdk_common__WEBPACK_IMPORTED_MODULE_7__.BigValueColorMode.Value);
    const burn = new _grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11__.PanelBuilder()
        .title('Burn rate over the burn windows')
        .description("Error budget burn rate (1 spends exactly the budget over the SLO window) over every window the gate reads; each dashed line is a burn tier's factor, in the colour of the status it raises to when both its windows burn above it.")
        .datasource(DATASOURCE)
        .targets((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .burnWindows */ .LN)(slo).map((w, i) => query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .burnRateExpr */ .ZE)(slo, source, w), `W${i}`, w)))
        .thresholds(lines([
        { value: null, color: 'transparent' },
        ...(0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .burnThresholdLines */ .ku)(slo).map(({ factor, status }) => ({
            value: factor,
            color: STATUS_COLOR[status]
        }))
    ]))
        .thresholdsStyle(thresholdLines())
        .decimals(2)
        .min(0);
    const history = new _grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11__.PanelBuilder()
        .title('Budget left over time')
        .description(`Budget left over the SLO window (${window}) and over the last 7 days, at each instant: how it was spent and when it comes back. Dashed: the SLO's thresholds. Evaluated at most every ${HISTORY_STEP}.`)
        .datasource(DATASOURCE)
        .interval(HISTORY_STEP)
        .withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetRemainingExpr */ .jy)(slo, source), 'A', `budget left (${window})`))
        .thresholds(budgetThresholds(slo))
        .thresholdsStyle(thresholdLines())
        .unit('percent')
        .decimals(2);
    if (window !== '7d')
        history.withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .budgetRemainingExpr */ .jy)(slo, source, '7d'), 'B', 'budget left (7d)'));
    const bucket = (0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .latencyBucket */ .Bn)(slo);
    const panels = [
        gauge.id(nextId()).span(6).height(8),
        days.id(nextId()).span(4).height(8),
        burn.id(nextId()).span(14).height(8),
        history
            .id(nextId())
            .span(bucket ? 12 : 24)
            .height(8)
    ];
    if (bucket) {
        const latency = new _grafana_grafana_foundation_sdk_timeseries__WEBPACK_IMPORTED_MODULE_11__.PanelBuilder()
            .title(`Latency: requests within ${bucket.le} s, and the p${slo.target}`)
            .description(`The latency SLI over 5m (percent of requests within ${bucket.le} s) against the ${slo.target} % target, and the latency at the target's quantile against ${bucket.le} s (right axis).`)
            .datasource(DATASOURCE)
            .withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .sliExpr */ .yb)(slo, source), 'A', 'within threshold (%)'))
            .withTarget(query((0,_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_4__/* .latencyQuantileExpr */ .b2)(slo, bucket), 'B', `p${slo.target} latency`))
            .overrideByName('within threshold (%)', [{ id: 'unit', value: 'percent' }])
            .overrideByName(`p${slo.target} latency`, [
            { id: 'unit', value: 's' },
            { id: 'custom.axisPlacement', value: 'right' }
        ])
            .thresholds(lines([
            { value: null, color: 'transparent' },
            { value: slo.target, color: STATUS_COLOR.WARNING }
        ]))
            .thresholdsStyle(thresholdLines());
        panels.push(latency.id(nextId()).span(12).height(8));
    }
    return panels;
}
/** One dashboard for these SLOs: the overview table, then each SLO's panels. */
function buildDashboard(slos, options) {
    const services = [...new Set(slos.map(_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOf */ .z5))];
    const variable = new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.DatasourceVariableBuilder('datasource')
        .label('Prometheus')
        .type('prometheus');
    if (options.datasourceUid)
        variable.current({ text: options.datasourceUid, value: options.datasourceUid });
    const builder = new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.DashboardBuilder(title(`Error budget: ${services.join(', ')}`))
        .uid((0,_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .dashboardUid */ .xT)(services))
        .description(`Generated by error-budget-gate ${_text_about_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_VERSION */ .dS} ("error-budget dashboard", query source ${options.source}); regenerate it after changing an SLO.`)
        .tags(['slo', 'error-budget'])
        .refresh('30s')
        .time({ from: 'now-7d', to: 'now' })
        .timezone('browser')
        .withVariable(variable);
    const nextId = counter();
    builder.withPanel(overview(slos, options, nextId));
    for (const slo of slos) {
        builder.withRow(new _grafana_grafana_foundation_sdk_dashboard__WEBPACK_IMPORTED_MODULE_5__.RowBuilder(title(slo.name)).id(nextId()));
        for (const panel of sloPanels(slo, options, nextId))
            builder.withPanel(panel);
    }
    return builder.build();
}
/** One dashboard per service (Sloth's or OpenSLO's service, ours, else the SLO's own name). */
function dashboardsByService(slos, options) {
    const services = [...new Set(slos.map(_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOf */ .z5))];
    return services.map(service => ({
        service,
        dashboard: buildDashboard(slos.filter(slo => (0,_engine_links_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceOf */ .z5)(slo) === service), options)
    }));
}


/***/ })

};
