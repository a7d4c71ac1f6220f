export const id = 433;
export const ids = [433];
export const modules = {

/***/ 90423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EN: () => (/* binding */ Where),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Ik: () => (/* binding */ object),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   mR: () => (/* binding */ optionalText),
/* harmony export */   p_: () => (/* binding */ list),
/* harmony export */   u9: () => (/* binding */ optionalObject)
/* harmony export */ });
/* harmony import */ var _engine_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(55545);
/** Shared helpers for SLO spec documents: typed field access with errors that say where. */

/** Where a field lives: file, document number (1-based), SLO name when known. */
class Where {
    file;
    document;
    name;
    constructor(file, document, name) {
        this.file = file;
        this.document = document;
        this.name = name;
    }
    named(name) {
        return new Where(this.file, this.document, name);
    }
    /** An error for the config_file input naming the file, the document and the field. */
    error(field, message) {
        const slo = this.name ? ` (${this.name})` : '';
        return new _engine_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('config_file', `${this.file}, document ${this.document}${slo}, field ${field}: ${message}`);
    }
    /** Runs a parser written for action inputs, re-labelling its error with this place and field. */
    field(field, parse) {
        try {
            return parse();
        }
        catch (error) {
            if (error instanceof _engine_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
                throw this.error(field, error.message.replace(/^Input [^:]+: /, ''));
            throw error;
        }
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function object(value, where, field) {
    if (!isObject(value))
        throw where.error(field, 'expected a mapping');
    return value;
}
function optionalObject(value, where, field) {
    return value === undefined || value === null ? undefined : object(value, where, field);
}
function list(value, where, field) {
    if (!Array.isArray(value) || value.length === 0)
        throw where.error(field, 'expected a non-empty list');
    return value;
}
function text(value, where, field) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value !== 'string' || !value.trim())
        throw where.error(field, 'expected a non-empty string');
    return value.trim();
}
function optionalText(value, where, field) {
    return value === undefined || value === null ? undefined : text(value, where, field);
}


/***/ }),

/***/ 53433:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSlosFromFile: () => (/* binding */ loadSlosFromFile),
  parseSloDocuments: () => (/* binding */ parseSloDocuments),
  slosFromDocuments: () => (/* binding */ slosFromDocuments)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/engine/inputs.ts
var inputs = __webpack_require__(55545);
// EXTERNAL MODULE: ./src/engine/slo.ts
var engine_slo = __webpack_require__(96918);
// EXTERNAL MODULE: ./src/engine/duration.ts
var engine_duration = __webpack_require__(84964);
// EXTERNAL MODULE: ./src/engine/calendar.ts
var calendar = __webpack_require__(71478);
// EXTERNAL MODULE: ./src/specs/fields.ts
var specs_fields = __webpack_require__(90423);
;// CONCATENATED MODULE: ./src/specs/alert-windows.ts




const SLOTH_API_VERSION = 'sloth.slok.dev/v1';
const TIERS = [
    { severity: 'page', speed: 'quick', escalateTo: 'FREEZE' },
    { severity: 'page', speed: 'slow', escalateTo: 'WARNING' },
    { severity: 'ticket', speed: 'quick', escalateTo: 'CAUTION' },
    { severity: 'ticket', speed: 'slow', escalateTo: 'CAUTION' }
];
function isAlertWindows(doc) {
    return doc.apiVersion === SLOTH_API_VERSION && doc.kind === 'AlertWindows';
}
function parseAlertWindows(doc, where) {
    /** A required scalar, parsed with an input parser whose error is labelled with the field. */
    const read = (value, field, parse) => {
        const raw = (0,specs_fields/* text */.Qq)(value, where, field);
        return where.field(field, () => parse(raw));
    };
    const spec = (0,specs_fields/* object */.Ik)(doc.spec, where, 'spec');
    const period = read(spec.sloPeriod, 'spec.sloPeriod', raw => (0,inputs/* parseWindow */.Et)('sloPeriod', raw));
    const periodSeconds = (0,engine_duration/* parseDuration */.E)(period);
    const tiers = TIERS.map(({ severity, speed, escalateTo }) => {
        const field = `spec.${severity}.${speed}`;
        const window = (0,specs_fields/* object */.Ik)((0,specs_fields/* object */.Ik)(spec[severity], where, `spec.${severity}`)[speed], where, field);
        const duration = (key) => read(window[key], `${field}.${key}`, raw => (0,inputs/* parseWindow */.Et)(key, raw));
        const shortWindow = duration('shortWindow');
        const longWindow = duration('longWindow');
        if ((0,engine_duration/* parseDuration */.E)(shortWindow) >= (0,engine_duration/* parseDuration */.E)(longWindow))
            throw where.error(`${field}.shortWindow`, `${shortWindow} is not shorter than longWindow ${longWindow}`);
        if ((0,engine_duration/* parseDuration */.E)(longWindow) > periodSeconds)
            throw where.error(`${field}.longWindow`, `${longWindow} is longer than sloPeriod ${period}`);
        const percent = read(window.errorBudgetPercent, `${field}.errorBudgetPercent`, raw => (0,inputs/* parseNumber */.$J)('errorBudgetPercent', raw, 'a percentage of the budget such as 2'));
        if (!(percent > 0 && percent <= 100))
            throw where.error(`${field}.errorBudgetPercent`, `${percent} is out of range; expected a percentage of the budget with 0 < x <= 100`);
        return {
            name: `${severity} ${speed}`,
            longWindow,
            shortWindow,
            budgetShare: percent / 100,
            escalateTo
        };
    });
    const name = (0,specs_fields/* isObject */.Gv)(doc.metadata)
        ? (0,specs_fields/* optionalText */.mR)(doc.metadata.name, where, 'metadata.name')
        : undefined;
    return {
        source: `AlertWindows ${name ?? period} (${where.file}, document ${where.document})`,
        period,
        periodSeconds,
        tiers,
        where
    };
}
/**
 * Gives every SLO without tiers of its own the tiers of the AlertWindows for its window. One
 * AlertWindows per period; one that fits no SLO of the file is refused, as its tiers would
 * silently go unused.
 */
function applyAlertWindows(slos, catalog) {
    const byPeriod = new Map();
    for (const windows of catalog) {
        const earlier = byPeriod.get(windows.periodSeconds);
        if (earlier)
            throw windows.where.error('spec.sloPeriod', `a second AlertWindows for ${windows.period} (document ${earlier.where.document} has one); keep one per period`);
        byPeriod.set(windows.periodSeconds, windows);
    }
    const used = new Set();
    const result = slos.map(slo => {
        // A calendar period has no fixed length to match a sloPeriod against.
        const windows = (0,calendar/* isCalendarUnit */.T3)(slo.window) ? undefined : byPeriod.get((0,engine_duration/* parseDuration */.E)(slo.window));
        if (!windows || slo.burnTiers)
            return slo;
        used.add(windows);
        return {
            ...slo,
            burnTiers: windows.tiers.map(tier => ({ ...tier })),
            burnTiersSource: windows.source
        };
    });
    for (const windows of catalog) {
        if (used.has(windows))
            continue;
        const why = slos.some(slo => !(0,calendar/* isCalendarUnit */.T3)(slo.window) && (0,engine_duration/* parseDuration */.E)(slo.window) === windows.periodSeconds)
            ? `every SLO with a ${windows.period} window sets burn tiers of its own`
            : `no SLO of this file has a ${windows.period} window (${[...new Set(slos.map(s => s.window))].join(', ')})`;
        throw windows.where.error('spec.sloPeriod', `${why}, so these windows would not be used; match sloPeriod to the SLO window or remove the document`);
    }
    return result;
}

// EXTERNAL MODULE: ./src/engine/slo-name.ts
var slo_name = __webpack_require__(97756);
// EXTERNAL MODULE: ./src/engine/links.ts
var links = __webpack_require__(83911);
;// CONCATENATED MODULE: ./src/specs/build.ts
/** Turns the fields a spec gives into a validated SloSpec, on top of the action's inputs as defaults. */




/**
 * A ratio query becomes errors = the ratio and total = 1: the gate's ratio errors/total is then the
 * ratio itself, and "no traffic" shows up as NaN, which the gate already treats as ERROR.
 */
const RATIO_TOTAL_QUERY = 'vector(1)';
function buildSlo(base, fields, where, paths = {}) {
    /** The spec's value, validated and labelled with its field, or the default when it gives none. */
    const given = (key, value, fallback, parse) => (value === undefined ? fallback : where.field(paths[key] ?? key, () => parse(value)));
    const t = fields.thresholds ?? {};
    /** A threshold as parseThresholds takes it: name, text, and whether the spec set it. */
    const threshold = (key) => [key, t[key] ?? String(base.thresholds[key]), t[key] !== undefined];
    const ratio = fields.errorRatioQuery;
    // Tiers of its own replace inherited ones; a built-in set given here replaces inherited own tiers.
    const ownTiers = fields.burnTiers ?? (fields.burnTierLevels ? undefined : base.burnTiers);
    const badName = (0,slo_name/* sloNameProblem */.J)(fields.name);
    if (badName)
        throw where.error(paths.name ?? 'name', badName);
    const slo = {
        ...base,
        name: fields.name,
        target: given('target', fields.target, base.target, text => (0,inputs/* parseTarget */.hu)('target', text)),
        window: given('window', fields.window, base.window, text => (0,inputs/* parseSloWindow */.gJ)('window', text)),
        errorQuery: ratio
            ? given('errorRatioQuery', ratio, '', text => `(${(0,inputs/* parseQuery */.mA)('error_ratio_query', text)})`)
            : given('errorQuery', fields.errorQuery, base.errorQuery, text => (0,inputs/* parseQuery */.mA)('error_query', text)),
        totalQuery: ratio
            ? RATIO_TOTAL_QUERY
            : given('totalQuery', fields.totalQuery, base.totalQuery, text => (0,inputs/* parseQuery */.mA)('total_query', text)),
        thresholds: fields.thresholds
            ? where.field(paths.thresholds ?? 'thresholds', () => (0,inputs/* parseThresholds */.S)({
                caution: threshold('caution'),
                warning: threshold('warning'),
                freeze: threshold('freeze')
            }))
            : base.thresholds,
        blockOn: given('blockOn', fields.blockOn, base.blockOn, text => (0,inputs/* parseBlockOn */.w$)('block_on', text)),
        burnRateWindow: given('burnRateWindow', fields.burnRateWindow, base.burnRateWindow, text => (0,inputs/* parseWindow */.Et)('burn_rate_window', text)),
        fastBurnThreshold: given('fastBurnThreshold', fields.fastBurnThreshold, base.fastBurnThreshold, text => (0,inputs/* parseBurnThreshold */._i)('fast_burn_threshold', text)),
        slowBurnThreshold: given('slowBurnThreshold', fields.slowBurnThreshold, base.slowBurnThreshold, text => (0,inputs/* parseBurnThreshold */._i)('slow_burn_threshold', text)),
        burnTierLevels: given('burnTierLevels', fields.burnTierLevels, base.burnTierLevels, text => (0,inputs/* parseBurnTiers */.E)('burn_tiers', text)),
        burnTiers: ownTiers,
        burnTiersSource: ownTiers === base.burnTiers ? base.burnTiersSource : undefined,
        minEvents: given('minEvents', fields.minEvents, base.minEvents, text => (0,inputs/* parseMinEvents */.Dz)('min_events', text)),
        lowTraffic: given('lowTraffic', fields.lowTraffic, base.lowTraffic, text => (0,inputs/* parseLowTraffic */.Dg)('low_traffic', text)),
        exclusions: [...base.exclusions, ...(fields.exclusions ?? [])],
        timeZone: given('timeZone', fields.timeZone, base.timeZone, text => (0,inputs/* parseTimeZone */.VL)('time_zone', text)),
        querySource: given('querySource', fields.querySource, base.querySource, text => (0,inputs/* parseQuerySource */.vZ)('query_source', text)),
        service: fields.service ?? base.service,
        runbookUrl: given('runbookUrl', fields.runbookUrl, base.runbookUrl, text => (0,links/* parseLinkTemplate */.Cz)('runbook_url', text)),
        scrapeInterval: given('scrapeInterval', fields.scrapeInterval, base.scrapeInterval, text => (0,inputs/* parseWindow */.Et)('scrape_interval', text))
    };
    where.field(paths.exclusions ?? 'exclude', () => (0,engine_slo/* checkExcludable */.Km)(slo, 'exclude'));
    where.field(paths.minEvents ?? 'min_events', () => (0,engine_slo/* checkLowTraffic */.q6)(slo, 'min_events'));
    where.field(paths.burnTierLevels ?? 'burn_tiers', () => (0,engine_slo/* checkTiers */.IR)(slo, 'burn_tiers'));
    return slo;
}
/** A ratio (0.999) from specs that use ratios, as the percent SloSpec wants. */
function ratioToPercent(value, where, field) {
    const ratio = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'boolean' || !Number.isFinite(ratio) || ratio <= 0 || ratio >= 1) {
        throw where.error(field, `${JSON.stringify(value)} is not a ratio; expected 0 < x < 1, such as 0.999`);
    }
    return String(Number((ratio * 100).toPrecision(12)));
}

;// CONCATENATED MODULE: ./src/specs/sloth.ts



/** Sloth writes `{{.window}}` (Go templates); we write `{{window}}`. */
function fromGoTemplate(query) {
    return query.replace(/\{\{\s*\.window\s*\}\}/g, '{{window}}');
}
const PROMETHEUS_V1 = {
    prefix: '',
    errorQuery: 'error_query',
    totalQuery: 'total_query',
    errorRatioQuery: 'error_ratio_query'
};
const KUBERNETES_V1 = {
    prefix: 'spec.',
    errorQuery: 'errorQuery',
    totalQuery: 'totalQuery',
    errorRatioQuery: 'errorRatioQuery'
};
/** Sloth documents other than AlertWindows, which the file-level catalog reads. */
function isSloth(doc) {
    return (doc.version === 'prometheus/v1' ||
        (typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('sloth.slok.dev/')));
}
function parseSloth(doc, base, where) {
    if (doc.version === 'prometheus/v1')
        return parseGroup(doc, base, where, PROMETHEUS_V1);
    if (doc.apiVersion !== SLOTH_API_VERSION)
        throw where.error('apiVersion', `${String(doc.apiVersion)} is not supported; expected ${SLOTH_API_VERSION}`);
    if (doc.kind !== 'PrometheusServiceLevel')
        throw where.error('kind', `"${String(doc.kind)}" is not a Sloth kind the gate knows (PrometheusServiceLevel, AlertWindows)`);
    return parseGroup((0,specs_fields/* object */.Ik)(doc.spec, where, 'spec'), base, where, KUBERNETES_V1);
}
/** One service's SLOs; Sloth names each `service-name`. */
function parseGroup(group, base, where, variant) {
    const { prefix } = variant;
    const service = (0,specs_fields/* text */.Qq)(group.service, where, `${prefix}service`);
    return (0,specs_fields/* list */.p_)(group.slos, where, `${prefix}slos`).map((entry, i) => {
        const field = `${prefix}slos[${i}]`;
        if (!(0,specs_fields/* isObject */.Gv)(entry))
            throw where.error(field, 'expected a mapping');
        const name = `${service}-${(0,specs_fields/* text */.Qq)(entry.name, where, `${field}.name`)}`;
        const at = where.named(name);
        const sli = (0,specs_fields/* object */.Ik)(entry.sli, at, `${field}.sli`);
        const events = `${field}.sli.events`;
        const raw = `${field}.sli.raw`;
        const paths = {
            target: `${field}.objective`,
            errorQuery: `${events}.${variant.errorQuery}`,
            totalQuery: `${events}.${variant.totalQuery}`,
            errorRatioQuery: `${raw}.${variant.errorRatioQuery}`
        };
        const howToWrite = `write the SLI as sli.events (${variant.errorQuery}, ${variant.totalQuery}) or sli.raw (${variant.errorRatioQuery})`;
        if (sli.plugin !== undefined) {
            const plugin = (0,specs_fields/* isObject */.Gv)(sli.plugin) ? sli.plugin.id : undefined;
            const id = typeof plugin === 'string' && plugin.trim() ? JSON.stringify(plugin.trim()) : '(no id)';
            throw at.error(`${field}.sli.plugin`, `Sloth SLI plugin ${id} is not supported: the gate cannot run plugin code to get the SLI; ${howToWrite}`);
        }
        const eventsSli = (0,specs_fields/* optionalObject */.u9)(sli.events, at, events);
        const rawSli = (0,specs_fields/* optionalObject */.u9)(sli.raw, at, raw);
        if (!eventsSli && !rawSli)
            throw at.error(`${field}.sli`, `expected events or raw; ${howToWrite}`);
        const objective = entry.objective;
        if (typeof objective !== 'number' && typeof objective !== 'string')
            throw at.error(paths.target, 'expected a percentage such as 99.9');
        const query = (from, key) => from && fromGoTemplate((0,specs_fields/* text */.Qq)(from[variant[key]], at, paths[key]));
        const slo = buildSlo(base, {
            name,
            target: String(objective),
            errorQuery: query(eventsSli, 'errorQuery'),
            totalQuery: query(eventsSli, 'totalQuery'),
            errorRatioQuery: query(rawSli, 'errorRatioQuery')
        }, at, paths);
        // Sloth labels its recorded series with this id (service-name, as the SLO is named here).
        return { ...slo, slothId: name, service };
    });
}

;// CONCATENATED MODULE: ./src/specs/openslo.ts



const OPENSLO_V1 = 'openslo/v1';
function isOpenSlo(doc) {
    return typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('openslo/');
}
/** Kinds an OpenSLO file may hold that the gate does not evaluate, and can skip. */
const IGNORED_OPENSLO_KINDS = new Set([
    'Service',
    'DataSource',
    'AlertPolicy',
    'AlertCondition',
    'AlertNotificationTarget'
]);
function openSloName(doc) {
    return (0,specs_fields/* isObject */.Gv)(doc.metadata) && typeof doc.metadata.name === 'string'
        ? doc.metadata.name
        : undefined;
}
/** Only Occurrences budgeting counts events; time slices need a per-slice evaluation the gate lacks. */
function checkBudgeting(spec, at, name, hint) {
    const method = (0,specs_fields/* optionalText */.mR)(spec.budgetingMethod, at, 'spec.budgetingMethod') ?? 'Occurrences';
    if (method === 'Occurrences')
        return;
    const why = /^(Ratio)?Timeslices$/.test(method)
        ? ': the gate needs a ratio of events (bad or good events over all events in the window), not a count of good time slices'
        : `; expected Occurrences`;
    throw at.error('spec.budgetingMethod', `${method} budgeting is not supported for SLO ${name} (${hint.apiVersion})${why}; use budgetingMethod: Occurrences with ${hint.ratio} counting events`);
}
function thresholdRefusal(at, field, name, hint) {
    return at.error(field, `threshold metrics are not supported for SLO ${name} (${hint.apiVersion}): the gate needs a ratio of events, not a value compared with a threshold; count the events on each side of the threshold as ${hint.ratio}, e.g. good = requests faster than 0.3 s (the histogram bucket le="0.3") and total = all requests (its _count)`);
}
/**
 * One side of a ratio as PromQL holding `{{window}}` (Sloth's `{{.window}}` is accepted): a query
 * that has it is used as is; a counter selector is wrapped in sum(increase(...[{{window}}])).
 */
function sideQuery(query, counter, at, field) {
    const promql = fromGoTemplate(query);
    if (promql.includes('{{window}}'))
        return promql;
    if (counter)
        return `sum(increase(${promql}[{{window}}]))`;
    throw at.error(field, 'the query has no {{window}}: write the range as [{{window}}], or set counter: true on a raw counter selector');
}
/** errors and total of a ratio given as good or bad, and total. */
function ratioQueries(ratio, at, field, side) {
    const totalQuery = side(ratio.total, `${field}.total`);
    if (ratio.bad !== undefined)
        return { errorQuery: side(ratio.bad, `${field}.bad`), totalQuery };
    if (ratio.good !== undefined)
        return {
            errorQuery: `(${totalQuery}) - (${side(ratio.good, `${field}.good`)})`,
            totalQuery
        };
    throw at.error(field, 'expected good or bad, and total');
}
/** One SLO per objective: named after the SLO, or `name-displayName` (`name-N`) when several. */
function objectiveSlos(spec, options) {
    const { base, at, name } = options;
    const objectives = (0,specs_fields/* list */.p_)(spec.objectives, at, 'spec.objectives');
    return objectives.map((entry, i) => {
        const field = `spec.objectives[${i}]`;
        const objective = (0,specs_fields/* object */.Ik)(entry, at, field);
        const label = (0,specs_fields/* optionalText */.mR)(objective.displayName, at, `${field}.displayName`) ?? String(i + 1);
        const sloName = objectives.length > 1 ? `${name}-${label}` : name;
        const target = objective.target !== undefined
            ? ratioToPercent(objective.target, at, `${field}.target`)
            : (0,specs_fields/* text */.Qq)(objective.targetPercent, at, `${field}.target`);
        const ratio = options.ratioOf(objective, field);
        return buildSlo(base, {
            name: sloName,
            target,
            window: options.window,
            timeZone: options.timeZone,
            errorQuery: ratio.errorQuery,
            totalQuery: ratio.totalQuery,
            service: (0,specs_fields/* optionalText */.mR)(spec.service, at, 'spec.service')
        }, at.named(sloName), {
            target: `${field}.target`,
            window: options.windowField,
            timeZone: `${options.windowField.replace(/\.duration$/, '')}.calendar.timeZone`,
            errorQuery: ratio.field,
            totalQuery: `${ratio.field}.total`
        });
    });
}
const CALENDAR_DURATIONS = { '1M': 'month', '1Q': 'quarter', '1w': 'week' };
/** A v1 timeWindow: rolling (`duration`), or calendar-aligned (`isRolling: false`, 1M, 1Q or 1w). */
function timeWindowOf(window, at, name) {
    const field = 'spec.timeWindow[0]';
    const duration = (0,specs_fields/* text */.Qq)(window.duration, at, `${field}.duration`);
    if (window.isRolling !== false && window.calendar === undefined)
        return { window: duration };
    const unit = CALENDAR_DURATIONS[duration];
    if (!unit)
        throw at.error(`${field}.duration`, `a calendar window of ${JSON.stringify(duration)} is not supported for SLO ${name}; expected 1M (month), 1Q (quarter) or 1w (ISO week), or isRolling: true`);
    const calendar = (0,specs_fields/* optionalObject */.u9)(window.calendar, at, `${field}.calendar`);
    return {
        window: unit,
        timeZone: calendar && (0,specs_fields/* optionalText */.mR)(calendar.timeZone, at, `${field}.calendar.timeZone`)
    };
}
const V1 = { apiVersion: OPENSLO_V1, ratio: 'a ratioMetric (good or bad, and total)' };
/** The PromQL of one side of a v1 ratio metric. */
function metricQuery(side, counter, at, field) {
    const source = (0,specs_fields/* object */.Ik)((0,specs_fields/* object */.Ik)(side, at, field).metricSource, at, `${field}.metricSource`);
    const type = (0,specs_fields/* optionalText */.mR)(source.type, at, `${field}.metricSource.type`);
    if (type && type.toLowerCase() !== 'prometheus') {
        throw at.error(`${field}.metricSource.type`, `"${type}" is not supported; only Prometheus metric sources are`);
    }
    const spec = (0,specs_fields/* object */.Ik)(source.spec, at, `${field}.metricSource.spec`);
    const queryField = `${field}.metricSource.spec.query`;
    return sideQuery((0,specs_fields/* text */.Qq)(spec.query ?? spec.promql, at, queryField), counter, at, queryField);
}
function parseOpenSlo(doc, base, where, slis) {
    const name = (0,specs_fields/* text */.Qq)(openSloName(doc), where, 'metadata.name');
    const at = where.named(name);
    const spec = (0,specs_fields/* object */.Ik)(doc.spec, at, 'spec');
    checkBudgeting(spec, at, name, V1);
    const windows = (0,specs_fields/* list */.p_)(spec.timeWindow, at, 'spec.timeWindow');
    const timeWindow = (0,specs_fields/* object */.Ik)(windows[0], at, 'spec.timeWindow[0]');
    const { window, timeZone } = timeWindowOf(timeWindow, at, name);
    let indicator;
    let indicatorField = 'spec.indicator';
    if (spec.indicator !== undefined) {
        indicator = (0,specs_fields/* object */.Ik)(spec.indicator, at, 'spec.indicator');
    }
    else {
        const ref = (0,specs_fields/* text */.Qq)(spec.indicatorRef, at, 'spec.indicatorRef');
        const found = slis.get(ref);
        if (!found)
            throw at.error('spec.indicatorRef', `no SLI document named "${ref}" in this file`);
        indicator = found;
        indicatorField = `SLI ${ref}`;
    }
    const sliSpec = (0,specs_fields/* object */.Ik)(indicator.spec, at, `${indicatorField}.spec`);
    if (sliSpec.thresholdMetric !== undefined)
        throw thresholdRefusal(at, `${indicatorField}.spec.thresholdMetric`, name, V1);
    const field = `${indicatorField}.spec.ratioMetric`;
    const ratio = (0,specs_fields/* object */.Ik)(sliSpec.ratioMetric, at, field);
    const counter = ratio.counter === true;
    const queries = ratioQueries(ratio, at, field, (side, sideField) => metricQuery(side, counter, at, sideField));
    return objectiveSlos(spec, {
        base,
        at,
        name,
        window,
        timeZone,
        windowField: 'spec.timeWindow[0].duration',
        ratioOf: () => ({ ...queries, field })
    });
}

;// CONCATENATED MODULE: ./src/specs/openslo-v1alpha.ts


const OPENSLO_V1ALPHA = 'openslo/v1alpha';
const HINT = {
    apiVersion: OPENSLO_V1ALPHA,
    ratio: 'objectives[].ratioMetrics (good or bad, and total)'
};
/** Rolling-window units; Month, Quarter and Year exist only for calendar windows. */
const UNITS = { Second: 's', Minute: 'm', Hour: 'h', Day: 'd', Week: 'w' };
/** Calendar periods: `count: 1` of these units with `isRolling: false` or a `calendar`. */
const CALENDAR = { Month: 'month', Quarter: 'quarter', Week: 'week' };
function windowOf(spec, at, name) {
    // openslo/v1's spelling in a v1alpha document: say which version has which field.
    if (spec.timeWindows === undefined && spec.timeWindow !== undefined)
        throw at.error('spec.timeWindow', `is the ${OPENSLO_V1} field; this document says apiVersion: ${OPENSLO_V1ALPHA}, whose window is spec.timeWindows (count and unit). Change the apiVersion to ${OPENSLO_V1} or write timeWindows`);
    const windows = (0,specs_fields/* list */.p_)(spec.timeWindows, at, 'spec.timeWindows');
    if (windows.length > 1)
        throw at.error('spec.timeWindows', `expected exactly one time window, got ${windows.length}`);
    const field = 'spec.timeWindows[0]';
    const window = (0,specs_fields/* object */.Ik)(windows[0], at, field);
    const unit = (0,specs_fields/* text */.Qq)(window.unit, at, `${field}.unit`);
    if (window.isRolling === false || window.calendar !== undefined) {
        if (!(unit in CALENDAR) || window.count !== 1)
            throw at.error(field, `a calendar window of ${JSON.stringify(window.count)} ${JSON.stringify(unit)} is not supported for SLO ${name}; expected count 1 with unit Month, Quarter or Week (ISO week), or isRolling: true`);
        const calendar = (0,specs_fields/* optionalObject */.u9)(window.calendar, at, `${field}.calendar`);
        return {
            window: CALENDAR[unit],
            timeZone: calendar && (0,specs_fields/* optionalText */.mR)(calendar.timeZone, at, `${field}.calendar.timeZone`)
        };
    }
    if (!(unit in UNITS))
        throw at.error(`${field}.unit`, `${JSON.stringify(unit)} is not a rolling-window unit; expected ${Object.keys(UNITS).join(', ')}`);
    const count = window.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0)
        throw at.error(`${field}.count`, `${JSON.stringify(count)} is not a positive whole number`);
    return { window: `${count}${UNITS[unit]}` };
}
/** The PromQL of one side: `source: prometheus` (or `sloth`), `queryType: promql`. */
function openslo_v1alpha_metricQuery(value, counter, at, field) {
    const metric = (0,specs_fields/* object */.Ik)(value, at, field);
    const source = (0,specs_fields/* optionalText */.mR)(metric.source, at, `${field}.source`);
    if (source && !['prometheus', 'sloth'].includes(source.toLowerCase()))
        throw at.error(`${field}.source`, `${JSON.stringify(source)} is not supported; only prometheus sources are`);
    const queryType = (0,specs_fields/* optionalText */.mR)(metric.queryType, at, `${field}.queryType`);
    if (queryType && queryType.toLowerCase() !== 'promql')
        throw at.error(`${field}.queryType`, `${JSON.stringify(queryType)} is not supported; only promql is`);
    if (metric.metadata !== undefined)
        throw at.error(`${field}.metadata`, `${OPENSLO_V1ALPHA} data-source metadata has no meaning for the gate, which runs the query as written; put everything into query`);
    return sideQuery((0,specs_fields/* text */.Qq)(metric.query, at, `${field}.query`), counter, at, `${field}.query`);
}
function parseOpenSloV1alpha(doc, base, where) {
    const name = (0,specs_fields/* text */.Qq)(openSloName(doc), where, 'metadata.name');
    const at = where.named(name);
    const spec = (0,specs_fields/* object */.Ik)(doc.spec, at, 'spec');
    checkBudgeting(spec, at, name, HINT);
    if ((0,specs_fields/* isObject */.Gv)(spec.indicator) && spec.indicator.thresholdMetric !== undefined)
        throw thresholdRefusal(at, 'spec.indicator.thresholdMetric', name, HINT);
    const { window, timeZone } = windowOf(spec, at, name);
    return objectiveSlos(spec, {
        base,
        at,
        name,
        window,
        timeZone,
        windowField: 'spec.timeWindows[0]',
        ratioOf: (objective, objectiveField) => {
            // The v1alpha text spells it both ways; examples and Sloth write ratioMetrics.
            const key = objective.ratioMetrics === undefined ? 'ratioMetric' : 'ratioMetrics';
            const field = `${objectiveField}.${key}`;
            if (objective[key] === undefined)
                throw at.error(`${objectiveField}.ratioMetrics`, 'expected ratioMetrics (good or bad, and total) on every objective');
            const ratio = (0,specs_fields/* object */.Ik)(objective[key], at, field);
            if (ratio.incremental !== undefined)
                throw at.error(`${field}.incremental`, `${OPENSLO_V1ALPHA} incremental has no v1 meaning; use counter: true for raw counter selectors, or queries with {{window}}`);
            const counter = ratio.counter === true;
            return {
                ...ratioQueries(ratio, at, field, (side, sideField) => openslo_v1alpha_metricQuery(side, counter, at, sideField)),
                field
            };
        }
    });
}

// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/engine/exclusions.ts
var exclusions = __webpack_require__(55257);
;// CONCATENATED MODULE: ./src/specs/ours.ts





const KNOWN = new Set([
    'name',
    'target',
    'time_window',
    'error_query',
    'total_query',
    'thresholds',
    'block_on',
    'burn_rate_window',
    'fast_burn_threshold',
    'slow_burn_threshold',
    'burn_tiers',
    'min_events',
    'low_traffic',
    'exclude',
    'time_zone',
    'query_source',
    'service',
    'runbook_url',
    'scrape_interval'
]);
const TIER_FIELDS = ['name', 'long', 'short', 'share', 'factor', 'escalate_to'];
/**
 * A tier of our format: `{name, long, short, share: 2% | factor: 14.4, escalate_to}`. The share
 * must carry its `%`, so that 2 and 0.02 cannot be mistaken for one another.
 */
function tierOf(value, where, field) {
    const tier = (0,specs_fields/* object */.Ik)(value, where, field);
    for (const key of Object.keys(tier)) {
        if (!TIER_FIELDS.includes(key))
            throw where.error(`${field}.${key}`, `unknown field; expected one of ${TIER_FIELDS.join(', ')}`);
    }
    const window = (key) => where.field(`${field}.${key}`, () => (0,inputs/* parseWindow */.Et)(key, (0,specs_fields/* text */.Qq)(tier[key], where, `${field}.${key}`)));
    const longWindow = window('long');
    const shortWindow = window('short');
    if ((tier.share === undefined) === (tier.factor === undefined))
        throw where.error(field, 'expected either share (a percentage of the budget, e.g. 2%) or factor');
    let budgetShare;
    let factor;
    if (tier.share !== undefined) {
        const raw = (0,specs_fields/* text */.Qq)(tier.share, where, `${field}.share`);
        const percent = /%$/.test(raw)
            ? where.field(`${field}.share`, () => (0,inputs/* parseNumber */.$J)('share', raw.slice(0, -1), 'a percentage of the budget such as 2%'))
            : NaN;
        if (!(percent > 0 && percent <= 100))
            throw where.error(`${field}.share`, `${JSON.stringify(tier.share)} is not a share of the budget; expected a percentage with 0 < x <= 100 and its % sign, such as 2%`);
        budgetShare = percent / 100;
    }
    else {
        const raw = (0,specs_fields/* text */.Qq)(tier.factor, where, `${field}.factor`);
        factor = where.field(`${field}.factor`, () => (0,inputs/* parseNumber */.$J)('factor', raw, 'a burn-rate multiple such as 14.4'));
        if (!(factor > 0))
            throw where.error(`${field}.factor`, `${raw} is not a positive burn factor`);
    }
    const escalate = (0,specs_fields/* text */.Qq)(tier.escalate_to, where, `${field}.escalate_to`);
    const escalateTo = (0,engine_status/* parseStatus */.i$)(escalate);
    if (!escalateTo || escalateTo === 'NORMAL' || escalateTo === 'ERROR')
        throw where.error(`${field}.escalate_to`, `${JSON.stringify(escalate)} is not a level a tier can raise to; expected CAUTION, WARNING, FREEZE or EXHAUSTED`);
    const name = tier.name === undefined
        ? `${longWindow}/${shortWindow} burn`
        : (0,specs_fields/* text */.Qq)(tier.name, where, `${field}.name`);
    return { name, longWindow, shortWindow, budgetShare, factor, escalateTo };
}
const scalar = (value) => value === undefined || value === null
    ? undefined
    : Array.isArray(value)
        ? value.join(',')
        : String(value);
function fieldsOf(entry, where, prefix, name) {
    for (const key of Object.keys(entry)) {
        if (!KNOWN.has(key))
            throw where.error(`${prefix}${key}`, `unknown field; expected one of ${[...KNOWN].join(', ')}`);
    }
    const thresholds = (0,specs_fields/* optionalObject */.u9)(entry.thresholds, where, `${prefix}thresholds`);
    return {
        name,
        target: scalar(entry.target),
        window: scalar(entry.time_window),
        errorQuery: scalar(entry.error_query),
        totalQuery: scalar(entry.total_query),
        thresholds: thresholds && {
            caution: scalar(thresholds.caution),
            warning: scalar(thresholds.warning),
            freeze: scalar(thresholds.freeze)
        },
        blockOn: scalar(entry.block_on),
        burnRateWindow: scalar(entry.burn_rate_window),
        fastBurnThreshold: scalar(entry.fast_burn_threshold),
        slowBurnThreshold: scalar(entry.slow_burn_threshold),
        // A list is the SLO's own tiers; a string (or a YAML list of words) a built-in set.
        ...(Array.isArray(entry.burn_tiers) && entry.burn_tiers.some(specs_fields/* isObject */.Gv)
            ? {
                burnTiers: (0,specs_fields/* list */.p_)(entry.burn_tiers, where, `${prefix}burn_tiers`).map((tier, i) => tierOf(tier, where, `${prefix}burn_tiers[${i}]`))
            }
            : { burnTierLevels: scalar(entry.burn_tiers) }),
        minEvents: scalar(entry.min_events),
        lowTraffic: scalar(entry.low_traffic),
        timeZone: scalar(entry.time_zone),
        exclusions: entry.exclude === undefined
            ? undefined
            : (0,specs_fields/* list */.p_)(entry.exclude, where, `${prefix}exclude`).map((line, i) => {
                const field = `${prefix}exclude[${i}]`;
                const value = (0,specs_fields/* text */.Qq)(line, where, field);
                try {
                    return (0,exclusions/* parseExclusion */._Q)(value, `${where.file}, document ${where.document}, ${field}`);
                }
                catch (error) {
                    throw where.error(field, error.message);
                }
            }),
        querySource: scalar(entry.query_source),
        service: entry.service === undefined ? undefined : (0,specs_fields/* text */.Qq)(entry.service, where, `${prefix}service`),
        runbookUrl: scalar(entry.runbook_url),
        scrapeInterval: scalar(entry.scrape_interval)
    };
}
const PATHS = (prefix) => ({
    target: `${prefix}target`,
    window: `${prefix}time_window`,
    errorQuery: `${prefix}error_query`,
    totalQuery: `${prefix}total_query`,
    thresholds: `${prefix}thresholds`,
    blockOn: `${prefix}block_on`,
    burnRateWindow: `${prefix}burn_rate_window`,
    fastBurnThreshold: `${prefix}fast_burn_threshold`,
    slowBurnThreshold: `${prefix}slow_burn_threshold`,
    burnTierLevels: `${prefix}burn_tiers`,
    minEvents: `${prefix}min_events`,
    lowTraffic: `${prefix}low_traffic`,
    exclusions: `${prefix}exclude`,
    timeZone: `${prefix}time_zone`,
    querySource: `${prefix}query_source`,
    runbookUrl: `${prefix}runbook_url`,
    scrapeInterval: `${prefix}scrape_interval`
});
function isOurs(doc) {
    return 'slos' in doc && !('version' in doc) && !('apiVersion' in doc);
}
function parseOurs(doc, base, where) {
    for (const key of Object.keys(doc)) {
        if (key !== 'slos' && key !== 'defaults')
            throw where.error(key, 'unknown field; expected slos and optionally defaults');
    }
    let defaults = base;
    if (doc.defaults !== undefined) {
        const fields = fieldsOf((0,specs_fields/* object */.Ik)(doc.defaults, where, 'defaults'), where, 'defaults.', base.name);
        defaults = buildSlo(base, fields, where, PATHS('defaults.'));
    }
    return (0,specs_fields/* list */.p_)(doc.slos, where, 'slos').map((entry, i) => {
        const prefix = `slos[${i}].`;
        if (!(0,specs_fields/* isObject */.Gv)(entry))
            throw where.error(`slos[${i}]`, 'expected a mapping');
        const name = (0,specs_fields/* text */.Qq)(entry.name, where, `${prefix}name`);
        return buildSlo(defaults, fieldsOf(entry, where.named(name), prefix, name), where.named(name), PATHS(prefix));
    });
}

;// CONCATENATED MODULE: ./src/specs/pyrra.ts


function isPyrra(doc) {
    return typeof doc.apiVersion === 'string' && doc.apiVersion.startsWith('pyrra.dev/');
}
const increase = (metric) => `sum(increase(${metric}[{{window}}]))`;
const PYRRA_V1ALPHA1 = 'pyrra.dev/v1alpha1';
/**
 * Pyrra's `grouping` makes one objective per label value. The gate evaluates one series per SLO,
 * so a grouped objective is refused rather than silently summed over every group.
 */
function refuseGrouping(indicator, kind, at) {
    const grouping = (0,specs_fields/* isObject */.Gv)(indicator) ? indicator.grouping : undefined;
    if (grouping === undefined || (Array.isArray(grouping) && grouping.length === 0))
        return;
    const labels = Array.isArray(grouping) ? grouping.map(String) : [String(grouping)];
    const example = /^[A-Za-z_]\w*$/.test(labels[0]) ? labels[0] : 'label';
    throw at.error(`spec.indicator.${kind}.grouping`, `grouping by ${JSON.stringify(labels)} is not supported: the gate evaluates one series per SLO, and would sum every group into one; remove grouping to gate on the objective as a whole, or write one objective per group with its label in the metric selectors (e.g. {${example}="checkout"})`);
}
const MATCHER = /^\s*([A-Za-z_]\w*)\s*(=~|!~|!=|=)\s*("(?:[^"\\]|\\.)*")\s*$/;
const SELECTOR = /^\s*([A-Za-z_:][\w:]*)\s*(?:\{(.*)\})?\s*$/s;
/** A selector's name and matchers (`name{a="b"}`), or undefined when it is not that plain. */
function splitSelector(text) {
    const found = SELECTOR.exec(text);
    if (!found)
        return undefined;
    // Split at commas outside quoted values.
    const parts = (found[2] ?? '').match(/(?:[^,"]|"(?:[^"\\]|\\.)*")+/g) ?? [];
    const matchers = [];
    for (const part of parts) {
        if (part.trim() === '')
            continue;
        const m = MATCHER.exec(part);
        if (!m)
            return undefined;
        matchers.push(`${m[1]}${m[2]}${m[3]}`);
    }
    return { name: found[1], matchers };
}
/**
 * What names Pyrra's own series of a ratio SLO. Pyrra records one increase per metric; when the
 * errors and the total are the same metric, it groups by the labels that tell errors apart, so
 * the errors' extra matchers select them from the recorded series.
 */
function pyrraRecords(errors, total) {
    const e = splitSelector(errors);
    const t = splitSelector(total);
    if (!e || !t)
        return undefined;
    const errorMatchers = e.name === t.name ? e.matchers.filter(m => !t.matchers.includes(m)) : [];
    const totalLabels = t.matchers.filter(m => /^\w+="/.test(m) && !m.startsWith('__name__='));
    return { totalMetric: t.name, errorsMetric: e.name, errorMatchers, totalLabels };
}
function parsePyrra(doc, base, where) {
    if (doc.apiVersion !== PYRRA_V1ALPHA1)
        throw where.error('apiVersion', `${JSON.stringify(doc.apiVersion)} is not supported; expected ${PYRRA_V1ALPHA1}`);
    if (doc.kind !== 'ServiceLevelObjective')
        throw where.error('kind', `"${String(doc.kind)}" is not supported; expected ServiceLevelObjective`);
    const name = (0,specs_fields/* text */.Qq)((0,specs_fields/* isObject */.Gv)(doc.metadata) ? doc.metadata.name : undefined, where, 'metadata.name');
    const at = where.named(name);
    const spec = (0,specs_fields/* object */.Ik)(doc.spec, at, 'spec');
    const indicator = (0,specs_fields/* object */.Ik)(spec.indicator, at, 'spec.indicator');
    const metric = (value, field) => (0,specs_fields/* text */.Qq)((0,specs_fields/* object */.Ik)(value, at, field).metric, at, `${field}.metric`);
    let errorQuery;
    let totalQuery;
    let records;
    if (indicator.ratio !== undefined) {
        const ratio = (0,specs_fields/* object */.Ik)(indicator.ratio, at, 'spec.indicator.ratio');
        refuseGrouping(ratio, 'ratio', at);
        const errors = metric(ratio.errors, 'spec.indicator.ratio.errors');
        const total = metric(ratio.total, 'spec.indicator.ratio.total');
        errorQuery = increase(errors);
        totalQuery = increase(total);
        records = pyrraRecords(errors, total);
    }
    else if (indicator.latency !== undefined) {
        const latency = (0,specs_fields/* object */.Ik)(indicator.latency, at, 'spec.indicator.latency');
        refuseGrouping(latency, 'latency', at);
        totalQuery = increase(metric(latency.total, 'spec.indicator.latency.total'));
        errorQuery = `${totalQuery} - ${increase(metric(latency.success, 'spec.indicator.latency.success'))}`;
    }
    else {
        const kind = Object.keys(indicator)[0] ?? 'none';
        throw at.error(`spec.indicator.${kind}`, 'only ratio and latency indicators are supported');
    }
    const slo = buildSlo(base, {
        name,
        target: (0,specs_fields/* text */.Qq)(spec.target, at, 'spec.target'),
        window: (0,specs_fields/* text */.Qq)(spec.window, at, 'spec.window'),
        errorQuery,
        totalQuery
    }, at, {
        target: 'spec.target',
        window: 'spec.window',
        errorQuery: 'spec.indicator',
        totalQuery: 'spec.indicator'
    });
    return [records ? { ...slo, pyrra: records } : slo];
}

// EXTERNAL MODULE: ./src/workspace/read.ts
var workspace_read = __webpack_require__(49225);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
;// CONCATENATED MODULE: ./src/specs/index.ts
/**
 * SLO config files: several YAML documents, each in our format, Sloth, OpenSLO or Pyrra. The
 * single-SLO inputs are the defaults for whatever a document leaves out.
 */












/** An OpenSLO document: SLOs from `kind: SLO`; SLI documents are read through indicatorRef. */
function parseOpenSloDocument(doc, base, where, slis) {
    const version = doc.apiVersion;
    const kinds = version === OPENSLO_V1
        ? ['SLO', 'SLI', ...IGNORED_OPENSLO_KINDS]
        : version === OPENSLO_V1ALPHA
            ? ['SLO', 'Service']
            : undefined;
    if (!kinds)
        throw where.error('apiVersion', `${String(version)} is not supported; expected ${OPENSLO_V1} or ${OPENSLO_V1ALPHA}`);
    if (!kinds.includes(String(doc.kind)))
        throw where.error('kind', `"${String(doc.kind)}" is not an ${String(version)} kind the gate knows (${kinds.join(', ')})`);
    if (doc.kind !== 'SLO')
        return [];
    return version === OPENSLO_V1
        ? parseOpenSlo(doc, base, where, slis)
        : parseOpenSloV1alpha(doc, base, where);
}
/** Pure: every SLO of a file's text. Errors name the file, the document and the field. */
function parseSloDocuments(textOfFile, file, defaults) {
    // Merge keys (`<<: *base`) are a YAML 1.1 feature that SLO files written for Sloth use.
    const documents = (0,dist/* parseAllDocuments */.hR)(textOfFile, { merge: true });
    const values = [];
    for (const [i, document] of (Array.isArray(documents) ? documents : [documents]).entries()) {
        if (document.errors.length) {
            const first = document.errors[0];
            throw new inputs/* InputError */.dz('config_file', `${file}, document ${i + 1}: not valid YAML: ${first.message.split('\n')[0]}`);
        }
        let value;
        try {
            // The library refuses an alias bomb (too many aliases expanded) here.
            value = document.toJS();
        }
        catch (error) {
            throw new inputs/* InputError */.dz('config_file', `${file}, document ${i + 1}: not usable YAML: ${error.message.split('\n')[0]}`);
        }
        values.push(value);
    }
    return slosFromDocuments(values, file, defaults);
}
/** Pure: every SLO of already-parsed documents (e.g. the `slos:` of a policy file's entry). */
function slosFromDocuments(values, file, defaults) {
    const parsed = [];
    for (const [i, value] of values.entries()) {
        const where = new specs_fields/* Where */.EN(file, i + 1);
        if (value === null || value === undefined)
            continue;
        if (!(0,specs_fields/* isObject */.Gv)(value))
            throw where.error('(document)', 'expected a mapping');
        parsed.push({ doc: value, where });
    }
    // OpenSLO SLOs may refer to SLI documents anywhere in the file.
    const slis = new Map();
    for (const { doc } of parsed) {
        const name = openSloName(doc);
        if (doc.apiVersion === OPENSLO_V1 && doc.kind === 'SLI' && name)
            slis.set(name, doc);
    }
    if (defaults('slo_name').trim())
        throw new inputs/* InputError */.dz('slo_name', `names the single SLO of the inputs; the SLOs of ${file} have names of their own: drop one of the two`);
    const base = (0,engine_slo/* sloFromInputs */.QK)(defaults);
    const slos = [];
    // Sloth AlertWindows give burn tiers to the SLOs of the file with their period.
    const alertWindows = [];
    for (const { doc, where } of parsed) {
        if (isOurs(doc))
            slos.push(...parseOurs(doc, base, where));
        else if (isAlertWindows(doc))
            alertWindows.push(parseAlertWindows(doc, where));
        else if (isSloth(doc))
            slos.push(...parseSloth(doc, base, where));
        else if (isPyrra(doc))
            slos.push(...parsePyrra(doc, base, where));
        else if (isOpenSlo(doc))
            slos.push(...parseOpenSloDocument(doc, base, where, slis));
        else {
            const kind = doc.kind ?? doc.apiVersion ?? doc.version;
            throw where.error(kind === undefined
                ? '(document)'
                : doc.kind !== undefined
                    ? 'kind'
                    : doc.apiVersion !== undefined
                        ? 'apiVersion'
                        : 'version', `unknown format${kind === undefined ? '' : ` (${String(kind)})`}; expected our slos: list, Sloth version: prometheus/v1 or apiVersion: sloth.slok.dev/v1, OpenSLO apiVersion: openslo/v1 or openslo/v1alpha, or Pyrra apiVersion: pyrra.dev/v1alpha1`);
        }
    }
    if (slos.length === 0)
        throw new inputs/* InputError */.dz('config_file', `${file}: no SLO found`);
    const seen = new Set();
    for (const slo of slos) {
        if (seen.has(slo.name))
            throw new inputs/* InputError */.dz('config_file', `${file}: two SLOs are named "${slo.name}"; names must be unique`);
        seen.add(slo.name);
    }
    return applyAlertWindows(slos, alertWindows);
}
/** A config file bigger than this is not a list of SLOs. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** Reads the file from the repository (no symlinks, regular files only, size-capped) and parses it. */
function loadSlosFromFile(file, defaults, shownName = file, workspace) {
    const read = (0,workspace_read/* readRepositoryFile */.t)(file, { maxBytes: MAX_CONFIG_BYTES, workspace });
    if (read.kind !== 'text') {
        const why = read.kind === 'missing' ? 'cannot be read (ENOENT)' : read.why;
        throw new inputs/* InputError */.dz('config_file', `${(0,text_escape/* oneLine */.TN)(shownName)} ${why}`);
    }
    try {
        return parseSloDocuments(read.text, shownName, defaults);
    }
    catch (error) {
        // Every failure to read a config file is a bad config_file input, never an unexpected crash.
        if (error instanceof inputs/* InputError */.dz)
            throw error;
        throw new inputs/* InputError */.dz('config_file', `${(0,text_escape/* oneLine */.TN)(shownName)} cannot be used: ${(0,text_escape/* oneLine */.TN)(error.message.split('\n')[0])}`);
    }
}


/***/ })

};
