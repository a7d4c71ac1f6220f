export const id = 550;
export const ids = [550];
export const modules = {

/***/ 24901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ latencyBucket),
/* harmony export */   It: () => (/* binding */ statusLevelExpr),
/* harmony export */   LN: () => (/* binding */ burnWindows),
/* harmony export */   ZE: () => (/* binding */ burnRateExpr),
/* harmony export */   b2: () => (/* binding */ latencyQuantileExpr),
/* harmony export */   jy: () => (/* binding */ budgetRemainingExpr),
/* harmony export */   ku: () => (/* binding */ burnThresholdLines),
/* harmony export */   mo: () => (/* binding */ daysToExhaustionExpr),
/* harmony export */   pr: () => (/* binding */ drawnWindow),
/* harmony export */   wW: () => (/* binding */ labelled),
/* harmony export */   y8: () => (/* binding */ PANEL_SOURCES),
/* harmony export */   yb: () => (/* binding */ sliExpr)
/* harmony export */ });
/* unused harmony exports errorRatioExpr, eventsExpr */
/* harmony import */ var _engine_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27977);
/* harmony import */ var _engine_calendar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71478);
/* harmony import */ var _engine_duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84964);
/* harmony import */ var _engine_rules_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30289);
/* harmony import */ var _engine_slo_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(96918);
/* harmony import */ var _engine_assess_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(26002);
/* harmony import */ var _engine_status_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28678);
/* harmony import */ var _engine_tiers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32103);
/* harmony import */ var _engine_windows_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(91187);
/**
 * The PromQL of the error-budget dashboard's panels, pure. Every expression is the gate's own
 * query for that figure (the same error and total queries, or the same reads of the recorded
 * series `error-budget rules` generates) with the gate's own arithmetic, so that a panel shows
 * what the gate decides on. No Grafana variable appears in them: each one can be evaluated as it is.
 */









/** Where the panels read: the recorded series of `error-budget rules`, or the raw series. */
const PANEL_SOURCES = ['rules', 'raw'];
/** The window a panel reads as a rolling duration: a calendar window as its shortest period. */
const drawnWindow = (slo) => (0,_engine_calendar_js__WEBPACK_IMPORTED_MODULE_1__/* .isCalendarUnit */ .T3)(slo.window) ? (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a)((0,_engine_slo_js__WEBPACK_IMPORTED_MODULE_4__/* .nominalSeconds */ .Md)(slo.window)) : slo.window;
const queried = (slo, source) => source === 'rules' ? (0,_engine_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .readingRules */ .SV)(slo) : slo;
/** A number as PromQL reads it back: 12 significant digits (0.001, not 0.0010000000000000009). */
const literal = (value) => String(Number(value.toPrecision(12)));
/** Bad events over all events over `window` (the gate requires one series of each: sum() is it). */
function errorRatioExpr(slo, source, window) {
    const q = queried(slo, source);
    return `sum(${(0,_engine_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .expandQuery */ .Hg)(q.errorQuery, window)}) / sum(${(0,_engine_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .expandQuery */ .Hg)(q.totalQuery, window)})`;
}
/** Events over `window` (the low-traffic guard of the burn tiers). */
function eventsExpr(slo, source, window) {
    return `sum(${(0,_engine_rules_js__WEBPACK_IMPORTED_MODULE_3__/* .expandQuery */ .Hg)(queried(slo, source).totalQuery, window)})`;
}
/** Percent of the budget left over `window` (the SLO window unless said): budget_remaining. */
function budgetRemainingExpr(slo, source, window = drawnWindow(slo)) {
    const allowed = literal((0,_engine_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .allowedErrorRatio */ .wU)(slo.target));
    return `100 * (1 - (${errorRatioExpr(slo, source, window)}) / ${allowed})`;
}
/** The burn rate over `window`: 1 spends exactly the budget over the SLO window. */
function burnRateExpr(slo, source, window) {
    return `(${errorRatioExpr(slo, source, window)}) / ${literal((0,_engine_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .allowedErrorRatio */ .wU)(slo.target))}`;
}
/** Days until the budget is gone at the burn over burn_rate_window: 0 once spent, +Inf at no burn. */
function daysToExhaustionExpr(slo, source) {
    const days = literal((0,_engine_tiers_js__WEBPACK_IMPORTED_MODULE_7__/* .windowSeconds */ .O)(slo) / 86400);
    return `clamp_min(${budgetRemainingExpr(slo, source)}, 0) / 100 * ${days} / (${burnRateExpr(slo, source, slo.burnRateWindow)})`;
}
/** The windows of the burn-rate panel: burn_rate_window and both windows of every tier. */
function burnWindows(slo) {
    const windows = [
        slo.burnRateWindow,
        ...(0,_engine_tiers_js__WEBPACK_IMPORTED_MODULE_7__/* .checksFor */ .N)(slo).flatMap(c => [c.longWindow, c.shortWindow])
    ];
    return (0,_engine_windows_js__WEBPACK_IMPORTED_MODULE_8__/* .uniqueWindows */ .z8)(windows).sort((a, b) => (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(a) - (0,_engine_duration_js__WEBPACK_IMPORTED_MODULE_2__/* .parseDuration */ .E)(b));
}
/** Each tier's factor as a line of the burn-rate panel, in the colour of the status it raises. */
function burnThresholdLines(slo) {
    const lines = new Map();
    for (const check of (0,_engine_tiers_js__WEBPACK_IMPORTED_MODULE_7__/* .checksFor */ .N)(slo)) {
        const known = lines.get(check.threshold);
        if (!known || _engine_status_js__WEBPACK_IMPORTED_MODULE_6__/* .STATUSES */ .f.indexOf(check.escalateTo) > _engine_status_js__WEBPACK_IMPORTED_MODULE_6__/* .STATUSES */ .f.indexOf(known))
            lines.set(check.threshold, check.escalateTo);
    }
    return [...lines]
        .map(([factor, status]) => ({ factor, status }))
        .sort((a, b) => a.factor - b.factor);
}
/**
 * The gate's status as a number, 0 NORMAL to 4 EXHAUSTED (STATUSES' order): the budget's level by
 * the SLO's own thresholds, raised by every burn tier whose two windows both burn above its
 * factor over at least min_events events. The freeze file and excluded intervals are not seen
 * by Prometheus, so they are not in it.
 */
function statusLevelExpr(slo, source) {
    const r = `(${budgetRemainingExpr(slo, source)})`;
    const t = slo.thresholds;
    // Comparisons bind looser than +: each in parentheses.
    const budget = `(${r} <= bool ${t.caution}) + (${r} <= bool ${t.warning}) + (${r} < bool ${t.freeze}) + (${r} < bool 0)`;
    const terms = [`label_replace(${budget}, "level", "budget", "", "")`];
    const minEvents = (0,_engine_assess_js__WEBPACK_IMPORTED_MODULE_5__/* .minEventsFor */ .Jq)(slo);
    (0,_engine_tiers_js__WEBPACK_IMPORTED_MODULE_7__/* .checksFor */ .N)(slo).forEach((check, i) => {
        const over = (window) => `(${burnRateExpr(slo, source, window)} > bool ${check.threshold})`;
        const enough = minEvents > 0 ? ` * (${eventsExpr(slo, source, check.longWindow)} >= bool ${minEvents})` : '';
        const raise = `${_engine_status_js__WEBPACK_IMPORTED_MODULE_6__/* .STATUSES */ .f.indexOf(check.escalateTo)} * ${over(check.longWindow)} * ${over(check.shortWindow)}${enough}`;
        terms.push(`label_replace(${raise}, "level", "tier${i}", "", "")`);
    });
    return `max(${terms.join(' or ')})`;
}
/** The bucket of a latency SLO (`..._bucket{...,le="0.5"}` in its queries), or undefined. */
function latencyBucket(slo) {
    const selector = /([a-zA-Z_:][\w:]*_bucket)\s*\{([^}]*)\}/g;
    for (const [, metric, inside] of `${slo.errorQuery} ${slo.totalQuery}`.matchAll(selector)) {
        const matchers = inside
            .split(',')
            .map(m => m.trim())
            .filter(Boolean);
        const le = matchers.map(m => /^le\s*=\s*"([^"]+)"$/.exec(m)?.[1]).find(Boolean);
        const seconds = le === undefined ? NaN : Number(le);
        if (Number.isFinite(seconds))
            return { metric, matchers: matchers.filter(m => !/^le\s*=/.test(m)).join(','), le: seconds };
    }
    return undefined;
}
/** Percent of events within the SLI over 5m (the latency SLO's good share), against the target. */
const sliExpr = (slo, source) => `100 * (1 - (${errorRatioExpr(slo, source, '5m')}))`;
/** The latency at the SLO's target quantile (p99 for 99 %), against the bucket's threshold. */
const latencyQuantileExpr = (slo, bucket) => `histogram_quantile(${literal(slo.target / 100)}, sum by (le) (rate(${bucket.metric}{${bucket.matchers}}[5m])))`;
/** Labels one SLO's figure with its name, so that several SLOs fit in one table query. */
const labelled = (expr, slo) => `label_replace(${expr}, "slo", ${JSON.stringify(slo.name.replaceAll('$', '$$$$'))}, "", "")`;


/***/ }),

/***/ 54550:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dashboard: () => (/* binding */ dashboard),
/* harmony export */   serviceFileName: () => (/* binding */ serviceFileName)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _channels_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24901);
/* harmony import */ var _engine_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55545);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77593);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94984);
/**
 * `error-budget dashboard`: the Grafana dashboard of the SLOs, to stdout or one file per service.
 * Grafana's SDK is loaded here only, for this command.
 */






/** A file name from a service name: letters, digits, `.`, `_` and `-`, never a path. */
const serviceFileName = (service) => `${service.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'service'}.json`;
/** `--query-source`: rules (the default here, and what auto means: a dashboard cannot probe) or raw. */
function panelSource(args) {
    const text = args.input('query_source').trim() || 'rules';
    const word = (0,_engine_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .parseWord */ .kB)('query_source', text, [..._channels_dashboard_queries_js__WEBPACK_IMPORTED_MODULE_2__/* .PANEL_SOURCES */ .y8, 'auto']);
    return word === 'auto' ? 'rules' : word;
}
async function dashboard(args, slos, io) {
    const source = panelSource(args);
    const uid = args.values['datasource-uid']?.trim();
    if (uid !== undefined && !/^[A-Za-z0-9._-]{1,40}$/.test(uid))
        throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--datasource-uid: expected a Grafana uid (letters, digits, . _ -)');
    const { buildDashboard, dashboardsByService } = await Promise.all(/* import() */[__webpack_require__.e(765), __webpack_require__.e(320)]).then(__webpack_require__.bind(__webpack_require__, 39320));
    const options = { source, datasourceUid: uid };
    const output = args.values.output;
    if (output === undefined) {
        io.out(JSON.stringify(buildDashboard(slos, options), null, 2));
        return 0;
    }
    const files = dashboardsByService(slos, options).map(d => ({
        ...d,
        name: serviceFileName(d.service)
    }));
    // Two services that spell alike would overwrite each other's file: refused before any is written.
    const byName = new Map();
    for (const { service, name } of files) {
        const clash = byName.get(name.toLowerCase());
        if (clash !== undefined)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`services ${JSON.stringify((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .p)(clash))} and ${JSON.stringify((0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .p)(service))} would both be written to ${name}`);
        byName.set(name.toLowerCase(), service);
    }
    const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, output);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(dir, { recursive: true });
    for (const { dashboard, name } of files) {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), JSON.stringify(dashboard, null, 2) + '\n');
        io.out(`${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .p)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(output, name))}: ${(0,_render_js__WEBPACK_IMPORTED_MODULE_5__/* .plain */ .p)(dashboard.title ?? '')} (uid ${dashboard.uid})`);
    }
    return 0;
}


/***/ })

};
