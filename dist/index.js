import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7977:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H3: () => (/* binding */ burnChecks),
/* harmony export */   LR: () => (/* binding */ statusFromRemaining),
/* harmony export */   d1: () => (/* binding */ daysToExhaustion),
/* harmony export */   eu: () => (/* binding */ budgetRemaining),
/* harmony export */   g0: () => (/* binding */ burnRate),
/* harmony export */   l_: () => (/* binding */ builtInTiers),
/* harmony export */   xM: () => (/* binding */ escalateForBurn)
/* harmony export */ });
/* unused harmony exports allowedErrorRatio, BUILT_IN_TIERS, tierFactor */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4964);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8678);
/** Pure error-budget math: ratios, remaining budget, burn rates, forecast and status. */


/** Allowed error ratio of an SLO target given in percent (99.9 -> 0.001). */
function allowedErrorRatio(targetPercent) {
    return 1 - targetPercent / 100;
}
/** Percent of the budget left over the SLO window; negative when overspent. */
function budgetRemaining(errorRatio, targetPercent) {
    return (1 - errorRatio / allowedErrorRatio(targetPercent)) * 100;
}
/** How many times faster than "exactly on budget" errors are being spent. */
function burnRate(errorRatio, targetPercent) {
    return errorRatio / allowedErrorRatio(targetPercent);
}
/** Days until the budget is gone at the current burn: Infinity when not burning, 0 when spent. */
function daysToExhaustion(remainingPercent, windowDays, burn) {
    if (remainingPercent <= 0)
        return 0;
    if (burn <= 0)
        return Infinity;
    return ((remainingPercent / 100) * windowDays) / burn;
}
/** Status from the budget left: NORMAL r > caution ... FREEZE 0 <= r < freeze, EXHAUSTED r < 0. */
function statusFromRemaining(remaining, t) {
    if (remaining < 0)
        return 'EXHAUSTED';
    if (remaining < t.freeze)
        return 'FREEZE';
    if (remaining <= t.warning)
        return 'WARNING';
    if (remaining <= t.caution)
        return 'CAUTION';
    return 'NORMAL';
}
/**
 * The Google SRE workbook's tiers, defined by budget share so that the factor follows the SLO
 * window: on 30 days they are the classic 14.4 / 6 / 3 / 1.
 */
const BUILT_IN_TIERS = [
    {
        level: 'page',
        name: 'fast burn',
        longWindow: '1h',
        shortWindow: '5m',
        budgetShare: 0.02,
        escalateTo: 'FREEZE'
    },
    {
        level: 'page',
        name: 'slow burn',
        longWindow: '6h',
        shortWindow: '30m',
        budgetShare: 0.05,
        escalateTo: 'WARNING'
    },
    {
        level: 'ticket',
        name: 'ticket fast burn',
        longWindow: '1d',
        shortWindow: '2h',
        budgetShare: 0.1,
        escalateTo: 'CAUTION'
    },
    {
        level: 'ticket',
        name: 'ticket slow burn',
        longWindow: '3d',
        shortWindow: '6h',
        budgetShare: 0.1,
        escalateTo: 'CAUTION'
    }
];
/**
 * The burn factor at which `share` of the budget is spent over the long window:
 * share x SLO window / long window (Sloth's getBurnRateFactor). Rounded to 10 digits so that
 * 0.02 x 720h / 1h reads 14.4, not 14.400000000000002.
 */
function tierFactor(share, windowSeconds, longSeconds) {
    return Number(((share * windowSeconds) / longSeconds).toPrecision(10));
}
/**
 * The built-in tiers of the chosen levels; `fast`/`slow` (the page tiers' thresholds) are 'auto'
 * to derive the factor, a number to fix it, 0 to drop the tier.
 */
function builtInTiers(levels, fast, slow) {
    const fixed = { 'fast burn': fast, 'slow burn': slow };
    return BUILT_IN_TIERS.filter(tier => levels.includes(tier.level))
        .filter(tier => fixed[tier.name] !== 0)
        .map(({ level: _level, ...tier }) => {
        const factor = fixed[tier.name];
        return typeof factor === 'number' ? { ...tier, factor } : { ...tier };
    });
}
/** The checks of a set of tiers on an SLO window of `windowSeconds` (a factor of 0: tier off). */
function burnChecks(tiers, windowSeconds) {
    return tiers.flatMap((tier) => {
        const threshold = tier.factor ??
            tierFactor(tier.budgetShare ?? 0, windowSeconds, (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(tier.longWindow));
        if (!(threshold > 0))
            return [];
        return [
            {
                name: tier.name,
                longWindow: tier.longWindow,
                shortWindow: tier.shortWindow,
                threshold,
                budgetShare: tier.factor === undefined ? tier.budgetShare : undefined,
                escalateTo: tier.escalateTo
            }
        ];
    });
}
/**
 * Raises the status for every burn check whose two windows both burn above its threshold.
 * `burnOver(window)` is null for a window without traffic: such a check cannot fire; neither can
 * one whose long window holds fewer events than the guard's minimum (Pyrra's "too few requests").
 */
function escalateForBurn(status, checks, burnOver, guard) {
    const reasons = [];
    const tiers = [];
    for (const check of checks) {
        const long = burnOver(check.longWindow) ?? null;
        const short = burnOver(check.shortWindow) ?? null;
        const burning = long !== null && short !== null && long > check.threshold && short > check.threshold;
        const events = guard ? (guard.eventsOver(check.longWindow) ?? 0) : Infinity;
        const tooFew = guard && events < guard.minEvents ? events : undefined;
        const fired = burning && tooFew === undefined;
        tiers.push({ check, longBurn: long, shortBurn: short, fired, tooFewEvents: tooFew });
        if (!burning)
            continue;
        const measured = `burn rate ${long.toFixed(1)}x over ${check.longWindow} and ${short.toFixed(1)}x over ${check.shortWindow} exceed ${check.threshold}x`;
        if (tooFew !== undefined) {
            reasons.push(`${check.name}: ${measured}, but cannot escalate: too few events over ${check.longWindow} (${formatCount(tooFew)} < ${guard.minEvents})`);
            continue;
        }
        status = (0,_status_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(status, check.escalateTo);
        reasons.push(`${check.name}: ${measured} (at least ${check.escalateTo})`);
    }
    return { status, reasons, tiers };
}
/** Event counts from increase() are fractional; a reason shows them whole. */
const formatCount = (n) => String(Math.round(n));


/***/ }),

/***/ 1478:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ SHORTEST_PERIOD),
/* harmony export */   T3: () => (/* binding */ isCalendarUnit),
/* harmony export */   Vw: () => (/* binding */ periodAt),
/* harmony export */   kQ: () => (/* binding */ isTimeZone)
/* harmony export */ });
/* unused harmony exports CALENDAR_UNITS, startOfLocalDay */
/**
 * Calendar SLO windows (`month`, `quarter`, ISO `week`) in an IANA time zone: where the period
 * that holds an instant starts and ends. Built on Intl (Node's full ICU carries the tz database):
 * no library, and the zone rules update with Node.
 */
const CALENDAR_UNITS = ['month', 'quarter', 'week'];
const isCalendarUnit = (text) => CALENDAR_UNITS.includes(text);
/** The shortest length of each period: what a tier's long window must fit in. */
const SHORTEST_PERIOD = {
    month: 28 * 86400,
    quarter: 89 * 86400,
    week: 7 * 86400
};
/** Whether Intl knows the zone (an IANA name such as Europe/Berlin, or UTC). */
function isTimeZone(name) {
    // The default needs no check, and Intl's first use costs ~10 ms (it loads ICU's zone data).
    if (name === 'UTC')
        return true;
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: name });
        return true;
    }
    catch {
        return false;
    }
}
const formatters = new Map();
/** Wall-clock time in the zone at a UTC instant (ms), as if it were UTC (ms, whole seconds). */
function wallClock(utcMs, timeZone) {
    let format = formatters.get(timeZone);
    if (!format) {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
        formatters.set(timeZone, format);
    }
    const parts = {};
    for (const part of format.formatToParts(new Date(utcMs)))
        parts[part.type] = Number(part.value);
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}
/** The zone's offset from UTC at an instant, in ms. */
const offsetAt = (utcMs, timeZone) => wallClock(utcMs, timeZone) - Math.floor(utcMs / 1000) * 1000;
/**
 * The first instant of a local date in the zone (its 00:00). When 00:00 happens twice (clocks
 * go back at midnight) the earlier one; when it does not exist (clocks go forward at midnight)
 * the first instant of that day, the moment of the change.
 */
function startOfLocalDay(year, month, day, timeZone) {
    const wall = Date.UTC(year, month - 1, day);
    const before = offsetAt(wall - 2 * 86400_000, timeZone);
    const after = offsetAt(wall + 2 * 86400_000, timeZone);
    const valid = [...new Set([before, after, offsetAt(wall, timeZone)])]
        .map(offset => wall - offset)
        .filter(t => wallClock(t, timeZone) === wall);
    if (valid.length)
        return Math.min(...valid);
    // In the gap: the first second whose wall clock reaches the new day.
    let low = wall - Math.max(before, after);
    let high = wall - Math.min(before, after);
    while (high - low > 1000) {
        const mid = Math.floor((low + high) / 2000) * 1000;
        if (wallClock(mid, timeZone) >= wall)
            high = mid;
        else
            low = mid;
    }
    return high;
}
/** The local date of the period's first day that holds a local date, and of the next period. */
function periodDates(unit, year, month, day) {
    if (unit === 'week') {
        // ISO weeks start on Monday: getUTCDay() is 0 for Sunday.
        const monday = Date.UTC(year, month - 1, day) -
            ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) * 86400_000;
        const next = monday + 7 * 86400_000;
        const ymd = (ms) => {
            const d = new Date(ms);
            return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        };
        return [ymd(monday), ymd(next)];
    }
    const months = unit === 'month' ? 1 : 3;
    const first = month - ((month - 1) % months);
    const nextMonth = first + months;
    return [[year, first, 1], nextMonth > 12 ? [year + 1, nextMonth - 12, 1] : [year, nextMonth, 1]];
}
/** The calendar period of `unit` in `timeZone` that holds the instant. */
function periodAt(unit, timeZone, at) {
    const local = new Date(wallClock(at.getTime(), timeZone));
    const [first, next] = periodDates(unit, local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
    return {
        unit,
        timeZone,
        start: startOfLocalDay(...first, timeZone),
        end: startOfLocalDay(...next, timeZone)
    };
}


/***/ }),

/***/ 4964:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ parseDuration),
/* harmony export */   a: () => (/* binding */ formatDuration)
/* harmony export */ });
/** Prometheus duration strings (`30d`, `4w`, `1d12h`, `90s`, `500ms`) to and from seconds. */
const UNIT_SECONDS = {
    y: 365 * 86400,
    w: 7 * 86400,
    d: 86400,
    h: 3600,
    m: 60,
    s: 1,
    ms: 0.001
};
// Units must appear from largest to smallest, each at most once: the same rule Prometheus applies.
const UNIT_ORDER = ['y', 'w', 'd', 'h', 'm', 's', 'ms'];
const DURATION_PATTERN = /^(?:\d+(?:y|w|d|h|ms|m|s))+$/;
const PART_PATTERN = /(\d+)(y|w|d|h|ms|m|s)/g;
/** Prometheus keeps durations as int64 nanoseconds (Go's time.Duration): about 292 years. */
const MAX_DURATION_SECONDS = 9223372036;
/** Seconds in a Prometheus duration, or throws with the accepted form. */
function parseDuration(text) {
    const value = text.trim();
    if (!DURATION_PATTERN.test(value)) {
        throw new Error(`"${text}" is not a Prometheus duration (examples: 30d, 4w, 720h, 1d12h, 5m)`);
    }
    let seconds = 0;
    let lastUnit = -1;
    for (const [, amount, unit] of value.matchAll(PART_PATTERN)) {
        const order = UNIT_ORDER.indexOf(unit);
        if (order <= lastUnit) {
            throw new Error(`"${text}" is not a Prometheus duration: units must go from largest to smallest`);
        }
        lastUnit = order;
        seconds += Number(amount) * UNIT_SECONDS[unit];
    }
    if (seconds <= 0)
        throw new Error(`"${text}" is not a positive duration`);
    if (seconds > MAX_DURATION_SECONDS)
        throw new Error(`"${text}" is longer than Prometheus accepts (at most 292y)`);
    return seconds;
}
/** The shortest Prometheus duration for a number of seconds (whole seconds only). */
function formatDuration(seconds) {
    let rest = Math.round(seconds);
    if (rest <= 0)
        return '0s';
    let out = '';
    for (const unit of ['w', 'd', 'h', 'm', 's']) {
        const size = UNIT_SECONDS[unit];
        if (rest >= size) {
            out += `${Math.floor(rest / size)}${unit}`;
            rest %= size;
        }
    }
    return out;
}


/***/ }),

/***/ 5257:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   KH: () => (/* binding */ iso),
/* harmony export */   Pc: () => (/* binding */ supportsExclusion),
/* harmony export */   W$: () => (/* binding */ checkExclusions),
/* harmony export */   _Q: () => (/* binding */ parseExclusion),
/* harmony export */   or: () => (/* binding */ expandAt)
/* harmony export */ });
/* unused harmony export MAX_EXCLUSIONS */
/* harmony import */ var _promql_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3979);
/**
 * Excluded intervals (planned maintenance, incidents already paid for): parsed from
 * `START/END reason` lines, validated, clipped to each window, and turned into `@` queries.
 */

/** More would make every evaluation a long list of queries; real exclusions are rare. */
const MAX_EXCLUSIONS = 50;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i;
const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;
function instant(text) {
    const ms = INSTANT.test(text) ? new Date(text).getTime() : NaN;
    if (Number.isNaN(ms))
        throw new Error(`${JSON.stringify(text)} is not a time; expected ISO 8601 in UTC or with an offset (2026-11-13T02:00:00Z, 2026-11-13T03:00:00+01:00)`);
    return ms / 1000;
}
function isoDuration(text) {
    const m = ISO_DURATION.exec(text);
    const [w, d, h, min, s] = (m ?? []).slice(1).map(x => Number(x ?? 0));
    const seconds = m ? (((w * 7 + d) * 24 + h) * 60 + min) * 60 + s : NaN;
    if (!(seconds > 0))
        throw new Error(`${JSON.stringify(text)} is not a duration; expected ISO 8601 such as PT2H, PT30M, P1DT6H`);
    return seconds;
}
/** One `START/END reason` or `START/DURATION reason`; throws with what is wrong. */
function parseExclusion(line, source) {
    const match = /^(\S+?)\/(\S+)\s+(\S[\s\S]*)$/.exec(line.trim());
    if (!match)
        throw new Error(`${JSON.stringify(line.trim().slice(0, 60))} is not an interval; expected START/END reason or START/DURATION reason, e.g. 2026-11-13T02:00:00Z/PT2H planned DB failover`);
    const start = instant(match[1]);
    const end = /^P/i.test(match[2]) ? start + isoDuration(match[2]) : instant(match[2]);
    if (!(end > start))
        throw new Error(`ends at or before its start (${match[1]}/${match[2]})`);
    const reason = match[3].trim();
    // The reason reaches the log, the summary and Slack: one printable line, nothing else.
    if (/[\p{Cc}\u2028\u2029]/u.test(reason))
        throw new Error('the reason holds control characters; write it as plain text on one line');
    return { start, end, reason, source };
}
/** Every interval must be over by `time`, and none may overlap another; at most MAX_EXCLUSIONS. */
function checkExclusions(exclusions, time) {
    if (exclusions.length > MAX_EXCLUSIONS)
        throw new Error(`${exclusions.length} intervals; at most ${MAX_EXCLUSIONS} are allowed (remove those older than the SLO window)`);
    const now = time.getTime() / 1000;
    for (const e of exclusions) {
        if (e.end > now)
            throw new Error(`${e.source}: ends at ${iso(e.end)}, after the evaluation time ${iso(now)}; an interval may not lie in the future (exclude an incident once it is over)`);
    }
    const sorted = [...exclusions].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].start < sorted[i - 1].end)
            throw new Error(`${sorted[i].source} (${iso(sorted[i].start)}/${iso(sorted[i].end)}) overlaps ${sorted[i - 1].source} (${iso(sorted[i - 1].start)}/${iso(sorted[i - 1].end)}); merge them into one interval`);
    }
}
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
/** The part of an exclusion inside the window that ends at `time`: whole seconds, or null. */
function clip(e, windowSeconds, time) {
    const start = Math.max(e.start, time - windowSeconds);
    const end = Math.min(e.end, time);
    const seconds = Math.round(end - start);
    return seconds > 0 ? { seconds, end: Math.round(end) } : null;
}
/** The range selectors `[{{window}}]` and subqueries `[{{window}}:step]` of a query template. */
const RANGE = /\[\{\{window\}\}(:[^\]]*)?\]/g;
/** Whether events can be removed from this query: every {{window}} is a range selector. */
function supportsExclusion(template) {
    return (template.includes(_promql_js__WEBPACK_IMPORTED_MODULE_0__/* .WINDOW_PLACEHOLDER */ .R) &&
        !template.replace(RANGE, '').includes(_promql_js__WEBPACK_IMPORTED_MODULE_0__/* .WINDOW_PLACEHOLDER */ .R));
}
/**
 * The query over a fixed interval: each range `[{{window}}]` becomes `[<seconds>s] @ <end>`, which
 * Prometheus (2.33+), Thanos, Mimir and VictoriaMetrics evaluate at that instant.
 */
function expandAt(template, seconds, end) {
    return template.replace(RANGE, (_, step) => `[${seconds}s${step ?? ''}] @ ${end}`);
}


/***/ }),

/***/ 5545:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Dg: () => (/* binding */ parseLowTraffic),
/* harmony export */   Dz: () => (/* binding */ parseMinEvents),
/* harmony export */   E: () => (/* binding */ parseBurnTiers),
/* harmony export */   Et: () => (/* binding */ parseWindow),
/* harmony export */   HA: () => (/* binding */ parseEvaluationTime),
/* harmony export */   PR: () => (/* binding */ parseExclusions),
/* harmony export */   S: () => (/* binding */ parseThresholds),
/* harmony export */   VL: () => (/* binding */ parseTimeZone),
/* harmony export */   _i: () => (/* binding */ parseBurnThreshold),
/* harmony export */   ci: () => (/* binding */ parseIntegerInRange),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   gJ: () => (/* binding */ parseSloWindow),
/* harmony export */   hu: () => (/* binding */ parseTarget),
/* harmony export */   kB: () => (/* binding */ parseWord),
/* harmony export */   mA: () => (/* binding */ parseQuery),
/* harmony export */   rO: () => (/* binding */ withDefaults),
/* harmony export */   vZ: () => (/* binding */ parseQuerySource),
/* harmony export */   w$: () => (/* binding */ parseBlockOn),
/* harmony export */   yG: () => (/* binding */ parseBoolean)
/* harmony export */ });
/* unused harmony exports DEFAULTS, QUERY_SOURCES, matchWord */
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4964);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8678);
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1478);
/* harmony import */ var _exclusions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5257);
/* harmony import */ var _promql_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(3979);
/**
 * The parsers of single input values, shared by the action, the CLI, the App and the spec
 * readers. Each takes the input's name and its text, and refuses a bad value with an InputError
 * that names the input and the accepted form. Pure.
 */





/** A bad input: the message names the input and the accepted form. */
class InputError extends Error {
    input;
    constructor(input, message) {
        super(`Input ${input}: ${message}`);
        this.input = input;
        this.name = 'InputError';
    }
}
const DEFAULTS = {
    prometheus_timeout: '30',
    prometheus_retries: '2',
    slo_target: '99.9',
    time_window: '30d',
    error_query: 'sum(increase(http_requests_total{status=~"5.."}[{{window}}]))',
    total_query: 'sum(increase(http_requests_total[{{window}}]))',
    caution_threshold: '80',
    warning_threshold: '50',
    freeze_threshold: '20',
    block_on: 'WARNING,FREEZE,EXHAUSTED',
    burn_rate_window: '1h',
    fast_burn_threshold: 'auto',
    slow_burn_threshold: 'auto',
    burn_tiers: 'page',
    min_events: 'auto',
    low_traffic: 'evaluate',
    time_zone: 'UTC',
    freeze_file: '.deploy-freeze',
    on_error: 'block',
    fail_on_block: 'true',
    dry_run: 'false',
    max_concurrency: '8',
    chart: 'true',
    query_source: 'auto'
};
/** Where an SLO's figures are read from: raw series, the gate's recording rules, or either. */
const QUERY_SOURCES = ['raw', 'rules', 'auto'];
/** A getter that falls back to DEFAULTS for unset inputs. */
function withDefaults(get) {
    return name => {
        const value = get(name).trim();
        return value === '' ? (DEFAULTS[name] ?? '') : value;
    };
}
function parseNumber(input, text, accepted) {
    const trimmed = text.trim();
    const value = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!Number.isFinite(value))
        throw new InputError(input, `"${text}" is not a number; expected ${accepted}`);
    return value;
}
/**
 * The one rule for words in inputs, the toolkit's getBooleanInput rule: a word is accepted in
 * lower case, capitalised or upper case (true, True, TRUE), nothing else. Returns the word as
 * listed in `words`, or undefined.
 */
function matchWord(text, words) {
    const value = text.trim();
    return words.find(word => value === word.toLowerCase() ||
        value === word.toUpperCase() ||
        value === word.charAt(0).toUpperCase() + word.slice(1).toLowerCase());
}
/** One of `words` (see matchWord for the case rule), or a bad input listing them. */
function parseWord(input, text, words) {
    const word = matchWord(text, words);
    if (word === undefined)
        throw new InputError(input, `"${text.trim()}" is not allowed; expected ${words.slice(0, -1).join(', ')} or ${words.at(-1)} (in lower case, Capitalised or UPPER case)`);
    return word;
}
function parseBoolean(input, text) {
    const word = matchWord(text, ['true', 'false']);
    if (word === undefined)
        throw new InputError(input, `"${text}" is not a boolean; expected true or false`);
    return word === 'true';
}
function parseWindow(input, text) {
    try {
        (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(text);
    }
    catch (error) {
        throw new InputError(input, error.message);
    }
    return text.trim();
}
/** time_window: a Prometheus duration (rolling), or month, quarter, week (calendar). */
function parseSloWindow(input, text) {
    if ((0,_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarUnit */ .T3)(text.trim()))
        return text.trim();
    try {
        (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(text);
    }
    catch (error) {
        throw new InputError(input, `${error.message}, or a calendar period: month, quarter, week`);
    }
    return text.trim();
}
function parseTimeZone(input, text) {
    const zone = text.trim();
    if (!(0,_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .isTimeZone */ .kQ)(zone))
        throw new InputError(input, `${JSON.stringify(text)} is not a time zone; expected an IANA name such as UTC, Europe/Berlin, America/New_York`);
    return zone;
}
function parseTarget(input, text) {
    const target = parseNumber(input, text, 'a percentage between 0 and 100, such as 99.9');
    // A ratio of 1 is 100 %, itself refused: suggest only a value the gate would accept.
    if (target === 1) {
        throw new InputError(input, `${text} looks like a ratio of 1.0 = 100 %, which leaves no error budget; give the target in percent below 100, such as 99.9`);
    }
    if (target > 0 && target < 1) {
        const percent = Number((target * 100).toPrecision(12));
        throw new InputError(input, `${text} looks like a ratio; give the target in percent (${percent} for ${text})`);
    }
    if (!(target > 0 && target < 100)) {
        throw new InputError(input, `${text} is out of range; expected a percentage with 0 < x < 100, such as 99.9`);
    }
    return target;
}
function parseThresholds(inputs) {
    const read = ([input, text]) => {
        const value = parseNumber(input, text, 'a percentage of budget left, 0-100');
        if (value < 0 || value > 100)
            throw new InputError(input, `${text} is outside 0-100`);
        return value;
    };
    const thresholds = {
        caution: read(inputs.caution),
        warning: read(inputs.warning),
        freeze: read(inputs.freeze)
    };
    // Name the input out of order: of the pair that is not decreasing, the one the user set.
    const pairs = [
        [inputs.caution, thresholds.caution, inputs.warning, thresholds.warning],
        [inputs.warning, thresholds.warning, inputs.freeze, thresholds.freeze]
    ];
    for (const [upper, high, lower, low] of pairs) {
        if (high > low)
            continue;
        const culprit = lower[2] && !upper[2] ? lower : upper;
        const other = culprit === upper ? lower : upper;
        throw new InputError(culprit[0], `thresholds must be strictly decreasing: caution (${thresholds.caution}) > warning (${thresholds.warning}) > freeze (${thresholds.freeze}), but ${culprit[0]} (${culprit[1].trim()}) is not ${culprit === upper ? 'above' : 'below'} ${other[0]} (${other[1].trim()})`);
    }
    return thresholds;
}
/**
 * The statuses that block, CAUTION to EXHAUSTED. A list that names nothing would open every door,
 * so it is a bad input; EXHAUSTED (and ERROR, with on_error: block) block whatever it says.
 */
function parseBlockOn(input, text) {
    const accepted = 'a list of CAUTION, WARNING, FREEZE, EXHAUSTED';
    const statuses = text
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(word => {
        const status = matchWord(word, _status_js__WEBPACK_IMPORTED_MODULE_1__/* .STATUSES */ .f);
        if (!status || status === 'ERROR' || status === 'NORMAL') {
            throw new InputError(input, `"${word}" is not a status that can block; expected ${accepted} (ERROR is governed by on_error)`);
        }
        return status;
    });
    if (statuses.length === 0)
        throw new InputError(input, `${JSON.stringify(text)} names no status; expected ${accepted} (EXHAUSTED always blocks)`);
    return statuses;
}
function parseQuery(input, text) {
    const query = text.trim();
    if (!query)
        throw new InputError(input, 'is empty; expected a PromQL query containing {{window}}');
    if (!query.includes(_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R)) {
        throw new InputError(input, `has no ${_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R} placeholder; write the range as [${_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R}], e.g. sum(increase(http_requests_total[${_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R}]))`);
    }
    // Refused now rather than at query time, where PromQL would fail on the braces.
    const unknown = /\{\{[^}]*\}\}/.exec(query.replaceAll(_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R, ''));
    if (unknown) {
        throw new InputError(input, `has a placeholder ${unknown[0]} that the gate does not fill; the only one is ${_promql_js__WEBPACK_IMPORTED_MODULE_4__/* .WINDOW_PLACEHOLDER */ .R}, written exactly so`);
    }
    return query;
}
function parseQuerySource(input, text) {
    return parseWord(input, text, QUERY_SOURCES);
}
function parseBurnThreshold(input, text) {
    if (text.trim() === 'auto')
        return 'auto';
    const value = parseNumber(input, text, 'auto (derived from the SLO window), a burn-rate multiple such as 14.4, or 0 to turn the check off');
    if (value < 0)
        throw new InputError(input, `${text} is negative; expected 0 (off) or a positive multiple`);
    return value;
}
function parseBurnTiers(input, text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 1 && words[0] === 'none')
        return [];
    const accepted = 'page, page,ticket or none';
    if (words.length === 0)
        throw new InputError(input, `is empty; expected ${accepted}`);
    for (const word of words) {
        if (word !== 'page' && word !== 'ticket')
            throw new InputError(input, `"${word}" is not a tier set; expected ${accepted}`);
    }
    return ['page', 'ticket'].filter(level => words.includes(level));
}
/** `auto` (the events at which the budget allows one bad event), or a whole number; 0 is off. */
function parseMinEvents(input, text) {
    if (text.trim() === 'auto')
        return 'auto';
    const value = parseNumber(input, text, 'auto, or a whole number of events (0 turns the guard off)');
    if (!Number.isInteger(value) || value < 0)
        throw new InputError(input, `${text} is not a whole number of events; expected auto or 0, 1, 2, …`);
    return value;
}
function parseLowTraffic(input, text) {
    const value = text.trim();
    if (value !== 'evaluate' && value !== 'allow')
        throw new InputError(input, `${JSON.stringify(text)} is not allowed; expected evaluate or allow`);
    return value;
}
/** `exclude`: one `START/END reason` (or `START/DURATION reason`) a line; errors name the line. */
function parseExclusions(input, text) {
    const exclusions = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim())
            return;
        try {
            exclusions.push((0,_exclusions_js__WEBPACK_IMPORTED_MODULE_3__/* .parseExclusion */ ._Q)(line, `${input} line ${i + 1}`));
        }
        catch (error) {
            throw new InputError(input, `line ${i + 1}: ${error.message}`);
        }
    });
    return exclusions;
}
function parseEvaluationTime(input, text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    const rfc3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.exec(trimmed);
    const date = /^\d+(\.\d+)?$/.test(trimmed)
        ? new Date(Number(trimmed) * 1000)
        : rfc3339
            ? new Date(trimmed)
            : new Date(NaN);
    if (rfc3339) {
        // Date rolls 2026-02-30 into March and T24:00 into the next day: refuse what is not on the calendar.
        const [year, month, day, hour] = rfc3339.slice(1, 5).map(Number);
        const calendar = new Date(Date.UTC(year, month - 1, day));
        if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23) {
            throw new InputError(input, `"${trimmed}" is not a date and time on the calendar`);
        }
    }
    if (Number.isNaN(date.getTime())) {
        throw new InputError(input, `"${text}" is not a time; expected RFC 3339 (2026-01-31T12:00:00Z) or Unix seconds`);
    }
    return date;
}
function parseIntegerInRange(input, text, min, max, accepted) {
    const value = parseNumber(input, text, accepted);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new InputError(input, `${text} is out of range; expected ${accepted}`);
    }
    return value;
}


/***/ }),

/***/ 3979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ WINDOW_PLACEHOLDER),
/* harmony export */   z: () => (/* binding */ unfilteredSelectors)
/* harmony export */ });
/** What the gate reads out of a PromQL text without parsing it fully (pure). */
/** Where each window goes in a query template. */
const WINDOW_PLACEHOLDER = '{{window}}';
/** PromQL keywords that can stand before a `(` or `[` and are not metric names. */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'offset']);
/**
 * The metric names selected without any label matcher (`http_requests_total[5m]`, or `{}`): on a
 * shared Prometheus such a selector sums every series of every service of that name.
 */
function unfilteredSelectors(query) {
    // String literals may hold anything, braces included: blank them first.
    const code = query.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, '""');
    const found = new Set();
    const selector = /(^|[^\w:.])([a-zA-Z_:][\w:]*)\s*(\{\s*\})?\s*(?=\[)/g;
    for (const match of code.matchAll(selector)) {
        if (!KEYWORDS.has(match[2]))
            found.add(match[2]);
    }
    return [...found];
}


/***/ }),

/***/ 6918:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IR: () => (/* binding */ checkTiers),
/* harmony export */   Km: () => (/* binding */ checkExcludable),
/* harmony export */   Md: () => (/* binding */ nominalSeconds),
/* harmony export */   QK: () => (/* binding */ sloFromInputs),
/* harmony export */   q6: () => (/* binding */ checkLowTraffic),
/* harmony export */   uu: () => (/* binding */ eventsForOneBadEvent)
/* harmony export */ });
/* harmony import */ var _duration_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4964);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7977);
/* harmony import */ var _calendar_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1478);
/* harmony import */ var _exclusions_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5257);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5545);
/**
 * One SLO, fully resolved: its type, the checks that need the whole SLO (tiers that fit, events
 * that can be excluded, a low-traffic exemption that is not an open door), and the SLO the
 * single-SLO inputs describe. Pure.
 */





/** The length a window's tiers must fit in: the shortest period of a calendar window. */
const nominalSeconds = (window) => (0,_calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .isCalendarUnit */ .T3)(window) ? _calendar_js__WEBPACK_IMPORTED_MODULE_2__/* .SHORTEST_PERIOD */ .Bi[window] : (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(window);
/**
 * Every tier must fit its SLO: a short window shorter than the long one, and a long window no
 * longer than the SLO window (its burn would then measure older errors than the budget counts).
 */
function checkTiers(slo, input) {
    const window = nominalSeconds(slo.window);
    const tiers = slo.burnTiers ?? (0,_budget_js__WEBPACK_IMPORTED_MODULE_1__/* .builtInTiers */ .l_)(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold);
    for (const tier of tiers) {
        if ((0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(tier.shortWindow) >= (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(tier.longWindow))
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `the ${tier.name} tier's short window ${tier.shortWindow} is not shorter than its long window ${tier.longWindow}`);
        // The default page tiers stay on short windows (as before); tiers someone chose must fit.
        const chosen = slo.burnTiers !== undefined || slo.burnTierLevels.includes('ticket');
        if (chosen && (0,_duration_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDuration */ .E)(tier.longWindow) > window)
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `the ${tier.name} tier's long window ${tier.longWindow} is longer than the SLO window ${slo.window}; choose tiers that fit it (burn_tiers: page)`);
    }
}
/** Events can be removed only from queries whose every {{window}} is a range: `[{{window}}]`. */
function checkExcludable(slo, input) {
    if (slo.exclusions.length === 0)
        return;
    for (const [name, query] of [
        ['error_query', slo.errorQuery],
        ['total_query', slo.totalQuery]
    ]) {
        if (!(0,_exclusions_js__WEBPACK_IMPORTED_MODULE_3__/* .supportsExclusion */ .Pc)(query))
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${slo.name} has excluded intervals, but its ${name} (${query}) does not count events over [{{window}}] ranges (an error-ratio SLI, or {{window}} outside a range selector), so no events can be removed from it`);
    }
}
/** ⌈1 / (1 − target)⌉: the events at which the budget allows one bad event (1000 at 99.9 %). */
function eventsForOneBadEvent(targetPercent) {
    return Math.ceil(Number((100 / (100 - targetPercent)).toPrecision(10)));
}
/** Past this many events, "too few to count" would exempt real services: allow is refused. */
const MAX_ALLOWED_MIN_EVENTS = 1_000_000;
/**
 * `low_traffic: allow` exempts SLOs below min_events from blocking: a min_events far above the
 * statistical floor would exempt real services, a policy that blocks nothing. Refused.
 */
function checkLowTraffic(slo, input) {
    if (slo.lowTraffic !== 'allow')
        return;
    const floor = eventsForOneBadEvent(slo.target);
    if (slo.minEvents !== 'auto' && slo.minEvents > 10 * floor)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${slo.minEvents} with low_traffic: allow would let ${slo.name} go unblocked below ${slo.minEvents} events; at ${slo.target}% one bad event is within the budget from ${floor} events on, so keep min_events at most ${10 * floor} (10x) with allow, or use low_traffic: evaluate`);
    const resolved = slo.minEvents === 'auto' ? floor : slo.minEvents;
    if (resolved > MAX_ALLOWED_MIN_EVENTS)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(input, `${resolved} events with low_traffic: allow would let ${slo.name} go unblocked below ${resolved} events (at ${slo.target}% one bad event needs that many); with allow, min_events may be at most ${MAX_ALLOWED_MIN_EVENTS}: use low_traffic: evaluate, or a lower target`);
}
/** The single SLO described by the action's inputs (also the defaults for SLOs in a config file). */
function sloFromInputs(get, name = 'default') {
    const input = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .withDefaults */ .rO)(get);
    const given = (key) => get(key).trim() !== '';
    const slo = {
        name,
        target: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTarget */ .hu)('slo_target', input('slo_target')),
        window: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSloWindow */ .gJ)('time_window', input('time_window')),
        errorQuery: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseQuery */ .mA)('error_query', input('error_query')),
        totalQuery: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseQuery */ .mA)('total_query', input('total_query')),
        thresholds: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseThresholds */ .S)({
            caution: ['caution_threshold', input('caution_threshold'), given('caution_threshold')],
            warning: ['warning_threshold', input('warning_threshold'), given('warning_threshold')],
            freeze: ['freeze_threshold', input('freeze_threshold'), given('freeze_threshold')]
        }),
        blockOn: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBlockOn */ .w$)('block_on', input('block_on')),
        burnRateWindow: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseWindow */ .Et)('burn_rate_window', input('burn_rate_window')),
        fastBurnThreshold: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBurnThreshold */ ._i)('fast_burn_threshold', input('fast_burn_threshold')),
        slowBurnThreshold: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBurnThreshold */ ._i)('slow_burn_threshold', input('slow_burn_threshold')),
        burnTierLevels: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseBurnTiers */ .E)('burn_tiers', input('burn_tiers')),
        minEvents: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMinEvents */ .Dz)('min_events', input('min_events')),
        lowTraffic: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseLowTraffic */ .Dg)('low_traffic', input('low_traffic')),
        exclusions: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseExclusions */ .PR)('exclude', get('exclude')),
        timeZone: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseTimeZone */ .VL)('time_zone', input('time_zone')),
        querySource: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .parseQuerySource */ .vZ)('query_source', input('query_source'))
    };
    checkTiers(slo, 'burn_tiers');
    checkExcludable(slo, 'exclude');
    checkLowTraffic(slo, 'min_events');
    return slo;
}


/***/ }),

/***/ 8678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eq: () => (/* binding */ STATUS_POLICY),
/* harmony export */   Hh: () => (/* binding */ MIN_REASON_LENGTH),
/* harmony export */   f: () => (/* binding */ STATUSES),
/* harmony export */   i$: () => (/* binding */ parseStatus),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON),
/* harmony export */   yf: () => (/* binding */ severity)
/* harmony export */ });
/* unused harmony export EXIT_CODE */
/** The status levels, their order, and what each means for deploys. */
const STATUSES = ['NORMAL', 'CAUTION', 'WARNING', 'FREEZE', 'EXHAUSTED', 'ERROR'];
/** Severity for "worst of": ERROR ranks above everything when it blocks, below NORMAL otherwise. */
function severity(status, errorBlocks = true) {
    if (status === 'ERROR')
        return errorBlocks ? 5 : -1;
    return STATUSES.indexOf(status);
}
/** The more severe of two budget statuses (ERROR is not handled here). */
function atLeast(current, floor) {
    return severity(current) >= severity(floor) ? current : floor;
}
const STATUS_ICON = {
    NORMAL: '✅',
    CAUTION: '🟡',
    WARNING: '⚠️',
    FREEZE: '🧊',
    EXHAUSTED: '🚫',
    ERROR: '❓'
};
/** What each level means for deploys: the policy of the shell-script freeze this gate replaces. */
const STATUS_POLICY = {
    NORMAL: 'Budget healthy: deploy at normal velocity.',
    CAUTION: 'Deploys allowed with caution: prefer small, reversible changes and watch the burn rate.',
    WARNING: 'Reliability focus: emergency fixes only, no new features. Review all changes carefully.',
    FREEZE: 'Deploy freeze: only fixes that restore reliability, with an override by a maintainer.',
    EXHAUSTED: 'Error budget exhausted, the SLO is violated: no deploys but SLO fixes, with an admin override and a postmortem.',
    ERROR: 'The budget could not be evaluated: the gate fails closed unless on_error is allow. Fix the query or the connection.'
};
/** Exit codes of the CLI, from the shell-script freeze: 0 deploy, 1-3 blocked by level, 99 unknown. */
const EXIT_CODE = {
    NORMAL: 0,
    CAUTION: 0,
    WARNING: 1,
    FREEZE: 2,
    EXHAUSTED: 3,
    ERROR: 99
};
function parseStatus(text) {
    const upper = text.trim().toUpperCase();
    return STATUSES.includes(upper) ? upper : undefined;
}
/** An override (Actions UI or CLI) must say why in at least this many characters. */
const MIN_REASON_LENGTH = 10;


/***/ }),

/***/ 7388:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Fw: () => (/* binding */ escapeMermaid),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   k4: () => (/* binding */ escapeSlack)
/* harmony export */ });
/**
 * Escaping of text that users or queries influence (reasons, freeze notes, override reasons,
 * Prometheus error texts) before it goes into Markdown, HTML comments or Slack mrkdwn.
 */
const ZERO_WIDTH_JOINER = '\u200d';
/** Markdown/HTML for GitHub: no HTML, no closing of hidden markers, no @mentions, no table breaks. */
function escapeMarkdown(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|')
        .replace(/([\\`*_[\]#])/g, '\\$1')
        .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}
/** Slack mrkdwn: escaping &, < and > defuses <!channel>, <!here>, <@U…>, <!subteam^…> and links. */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * One line for the runner's log. The runner executes a log line that starts (after spaces) with
 * `::` or `##[`, so text from a server, a repository file or a user must never start a line:
 * line breaks become a space, every other control character (ESC: no terminal escapes) a `?`,
 * and a leading command marker is defused. Used for every line the action logs and everything the CLI prints.
 */
function oneLine(text) {
    const flat = text
        .replace(/\r\n|[\r\n\t\v\f\u2028\u2029\u0085]/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
    return /^\s*(::|##\[)/.test(flat) ? `> ${flat}` : flat;
}
/** Look-alikes for the characters that mean something to Mermaid or to the Markdown fence. */
const MERMAID_LOOKALIKE = {
    '"': "'",
    '`': "'",
    '[': '(',
    ']': ')',
    '{': '(',
    '}': ')',
    '<': '‹',
    '>': '›',
    '%': '％',
    '#': '＃',
    '&': '＆',
    ';': ',',
    '\\': '/'
};
/**
 * Text for inside a quoted Mermaid string (a chart title): one line, no quote to end the string,
 * no `%%` to start a comment or a directive, no entity, no fence; at most `max` characters.
 */
function escapeMermaid(text, max = 60) {
    const safe = text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
        .replace(/["`[\]{}<>%#&;\\]/g, c => MERMAID_LOOKALIKE[c])
        .replace(/\s+/g, ' ')
        .trim();
    const chars = [...safe];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : safe;
}


/***/ }),

/***/ 9225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ appendRepositoryFile),
/* harmony export */   t: () => (/* binding */ readRepositoryFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _text_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7388);
/**
 * Reading a file that comes from the repository, i.e. from any pull request. A symlink can point
 * at /proc/self/environ, a FIFO blocks a read forever, a huge file floods every channel: only a
 * regular file, reached without any symbolic link inside the workspace, and not too big, is read.
 */



function kindOf(stat) {
    if (stat.isDirectory())
        return 'a directory';
    if (stat.isFIFO())
        return 'a named pipe';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'not a regular file';
}
/** The first directory between the workspace and the file that is a symbolic link, if any. */
function linkedDirectory(file, workspace) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace), node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(file)));
    // A path outside the workspace was chosen by the workflow's author, not by the repository.
    if (relative.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative))
        return undefined;
    let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspace);
    for (const part of relative.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).filter(Boolean)) {
        current = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, part);
        if (node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink())
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(workspace, current);
    }
    return undefined;
}
const NO_FOLLOW = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NOFOLLOW ?? 0;
const NON_BLOCKING = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_NONBLOCK ?? 0;
function readRepositoryFile(file, options) {
    const refused = (why) => ({ kind: 'refused', why });
    let stat;
    try {
        stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(file);
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR'
            ? { kind: 'missing' }
            : refused(`cannot be read (${code})`);
    }
    if (stat.isSymbolicLink()) {
        let target = '';
        try {
            target = ` to ${JSON.stringify((0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(node_fs__WEBPACK_IMPORTED_MODULE_0___default().readlinkSync(file)))}`;
        }
        catch {
            // The target is only shown to help; the refusal stands without it.
        }
        return refused(`is a symbolic link${target}; only regular files are read, never through links`);
    }
    if (!stat.isFile())
        return refused(`is ${kindOf(stat)}, not a regular file`);
    const linked = options.workspace && linkedDirectory(file, options.workspace);
    if (linked)
        return refused(`lies under ${JSON.stringify((0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(linked))}, a symbolic link; only files reached without links are read`);
    if (stat.size > options.maxBytes)
        return refused(`is ${stat.size} bytes; the limit is ${options.maxBytes}`);
    let fd;
    try {
        // NOFOLLOW and NONBLOCK: a file swapped for a link or a pipe since lstat is not followed or waited on.
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_RDONLY | NO_FOLLOW | NON_BLOCKING);
    }
    catch (error) {
        return refused(`cannot be read (${error.code})`);
    }
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd).isFile())
            return refused('is not a regular file');
        const buffer = Buffer.alloc(options.maxBytes + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length < buffer.length; length += n)
            n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buffer, length, buffer.length - length, null);
        if (length > options.maxBytes)
            return refused(`is over the limit of ${options.maxBytes} bytes`);
        return { kind: 'text', text: buffer.subarray(0, length).toString('utf8') };
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/**
 * Appends to a file in the repository without writing through a link: a pull request could point
 * `audit/overrides.jsonl` at `~/.bashrc`. Throws, saying why, when the file is not a plain file.
 */
function appendRepositoryFile(file, text, workspace) {
    const linked = workspace && linkedDirectory(file, workspace);
    if (linked)
        throw new Error(`${(0,_text_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(linked)} is a symbolic link; nothing is written through it`);
    node_fs__WEBPACK_IMPORTED_MODULE_0___default().mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    let fd;
    try {
        const flags = (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_WRONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_APPEND | (node_fs__WEBPACK_IMPORTED_MODULE_0___default().constants).O_CREAT;
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(file, flags | NO_FOLLOW | NON_BLOCKING, 0o644);
    }
    catch (error) {
        const code = error.code;
        throw new Error(code === 'ELOOP' ? 'it is a symbolic link; nothing is written through it' : `${code}`);
    }
    try {
        if (!node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd).isFile())
            throw new Error('it is not a regular file');
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeSync(fd, text);
    }
    finally {
        node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __nccwpck_require__(7388);
;// CONCATENATED MODULE: ./src/text/redact.ts
/**
 * Secrets and the shapes they come back in. A server, a proxy or Slack may echo a credential in
 * another encoding (the Authorization header, base64 of user:pass, URL-encoded, the webhook's path),
 * so every derived form is a secret too. Redaction runs once on raw text, before any rendering:
 * escaping first would turn `tok_x` into `tok\_x`, which no longer matches.
 */

/** What every secret is replaced with. */
const REDACTED = '***';
/** Shorter values would mask ordinary words; they are not redacted (nor are they secrets worth the name). */
const MIN_SECRET_LENGTH = 3;
/** Values that carry no secret but would corrupt every decision if masked (`can_deploy=***`). */
const NOT_A_SECRET = /^(true|false|yes|no|on|off|null|none|\d{1,6})$/i;
/** The encodings a secret can be shown or sent in: URL, form, JSON, Markdown and Slack escaping. */
function encodedForms(secret) {
    return [
        secret,
        encodeURIComponent(secret),
        new URLSearchParams({ s: secret }).toString().slice(2),
        JSON.stringify(secret).slice(1, -1),
        (0,text_escape/* escapeMarkdown */.FV)(secret),
        (0,text_escape/* escapeSlack */.k4)(secret)
    ];
}
/** A basic-auth pair travels as base64(user:pass) and as the whole header value. */
function basicAuthForms(username, password) {
    const pair = Buffer.from(`${username}:${password}`).toString('base64');
    return [pair, `Basic ${pair}`, `${username}:${password}`];
}
/** The credentials of one endpoint, raw (expandSecrets adds their encodings). */
function credentialValues(c) {
    return [
        c.token ?? '',
        c.password ?? '',
        ...(c.username || c.password ? basicAuthForms(c.username ?? '', c.password ?? '') : []),
        ...(c.headerValues ?? []),
        ...(c.url ? urlSecrets(c.url) : [])
    ];
}
/** Query parameters that carry credentials (`api_key`, `token`, `X-Amz-Signature`, `auth` ...). */
const CREDENTIAL_PARAMETER = /key|token|secret|pass|auth|sig|cred|session|code/i;
/**
 * The secret parts of a URL: userinfo and the values of credential-like query parameters. (A
 * shown URL hides every query value; only these are also hunted for in other text, since masking
 * `?dedup=true` everywhere would mask the word "true".)
 */
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [];
    }
    const found = [url.username, url.password].flatMap(part => [part, safeDecode(part)]);
    for (const [name, value] of url.searchParams)
        if (CREDENTIAL_PARAMETER.test(name))
            found.push(value);
    return found;
}
/** A webhook URL is a credential as a whole, by its path and by its last segment (Slack's secret). */
function webhookSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [text];
    }
    const segments = url.pathname.split('/').filter(Boolean);
    return [
        text.trim(),
        url.toString(),
        url.pathname,
        segments.join('/'),
        segments[segments.length - 1] ?? '',
        ...urlSecrets(text)
    ];
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** A URL fit to show: no userinfo, every query value replaced. */
function shownUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        return '<invalid URL>';
    }
    url.username = '';
    url.password = '';
    for (const key of new Set(url.searchParams.keys()))
        url.searchParams.set(key, 'REDACTED');
    return url.toString();
}
/** Every form of every value, deduplicated, longest first (so a longer form is replaced whole). */
function expandSecrets(values) {
    // A multi-line value is also shown line by line.
    const forms = [...values, ...values.flatMap(value => value.split(/\r?\n/))]
        .map(value => value.trim())
        .filter(value => value.length >= MIN_SECRET_LENGTH && !NOT_A_SECRET.test(value))
        .flatMap(encodedForms);
    return [...new Set(forms)]
        .filter(form => form.length >= MIN_SECRET_LENGTH)
        .sort((a, b) => b.length - a.length);
}
/** Replaces every secret value in a text. `secrets` should come from expandSecrets. */
function redactSecrets(text, secrets) {
    let out = text;
    for (const secret of secrets) {
        if (secret.length >= MIN_SECRET_LENGTH)
            out = out.split(secret).join(REDACTED);
    }
    return out;
}
/**
 * Redacts every string in a value (a result, a record) and returns a copy; dates, numbers and
 * other non-plain objects are kept as they are.
 */
function redactDeep(value, secrets) {
    if (secrets.length === 0)
        return value;
    const walk = (node) => {
        if (typeof node === 'string')
            return redactSecrets(node, secrets);
        if (Array.isArray(node))
            return node.map(walk);
        if (node !== null &&
            typeof node === 'object' &&
            Object.getPrototypeOf(node) === Object.prototype)
            return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, walk(item)]));
        return node;
    };
    return walk(value);
}

// EXTERNAL MODULE: ./src/engine/budget.ts
var budget = __nccwpck_require__(7977);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __nccwpck_require__(4964);
// EXTERNAL MODULE: ./src/engine/exclusions.ts
var engine_exclusions = __nccwpck_require__(5257);
// EXTERNAL MODULE: ./src/engine/slo.ts
var engine_slo = __nccwpck_require__(6918);
;// CONCATENATED MODULE: ./src/engine/tiers.ts
/** The burn checks an SLO is judged by: shared by the evaluation and the generated alert rules. */


/** The burn checks of an SLO: its own tiers (config file), or the built-in ones of burn_tiers. */
function tiers_checksFor(slo) {
    const tiers = slo.burnTiers ?? (0,budget/* builtInTiers */.l_)(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold);
    return (0,budget/* burnChecks */.H3)(tiers, windowSeconds(slo));
}
/** The SLO window's length for the budget maths: a calendar window's is its whole period's. */
const windowSeconds = (slo) => slo.calendar ? (slo.calendar.end - slo.calendar.start) / 1000 : (0,engine_slo/* nominalSeconds */.Md)(slo.window);

// EXTERNAL MODULE: ./src/engine/promql.ts
var promql = __nccwpck_require__(3979);
;// CONCATENATED MODULE: ./src/engine/rules.ts
/**
 * Recording rules the gate generates (`error-budget rules`) and reads (`query_source`), pure.
 *
 * Per SLO, two series recorded every interval: the bad-event and the total-event rate over 5m,
 * labelled `slo`. Any window W is then `avg_over_time(rate[W]) * W`: one recorded series per SLO
 * and query instead of every raw series, so the cost no longer grows with cardinality. The ratio
 * stays traffic-weighted (the sum of bad events over the sum of all events), never an average of
 * per-interval ratios.
 */



/** The rate resolution of the recorded series (Sloth and Pyrra use the same). */
const RATE_WINDOW = '5m';
const RECORD = {
    errors: 'ebg_slo:errors:rate5m',
    total: 'ebg_slo:total:rate5m',
    /** For SLOs given as an error ratio (Sloth raw SLIs): the ratio itself, averaged over W. */
    errorRatio: 'ebg_slo:error_ratio:rate5m'
};
/** Filled with the window's seconds when a read query is expanded (internal, never user input). */
const WINDOW_SECONDS_PLACEHOLDER = '{{window_seconds}}';
/**
 * Filled with the window less a millisecond: Prometheus 2 ranges include both ends, so a rule
 * evaluated exactly at the window's start would count once too often (one sample in 13 for 1h
 * at 5m), and a burst at the window's edge would be diluted by it.
 */
const WINDOW_RANGE_PLACEHOLDER = '{{window_range}}';
/** Filled with the window as Prometheus (and so Pyrra's record names) spells it: 30d is `4w2d`. */
const WINDOW_PROM_PLACEHOLDER = '{{window_prom}}';
/** A PromQL string literal: JSON's escapes are a subset of PromQL's (Go's). */
const promString = (text) => JSON.stringify(text);
/** RE2 escaping, for an exact match inside `=~`. */
const regexEscape = (text) => text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
/** SLOs whose total is not a count over a window (a ratio SLI's `vector(1)`) record the ratio. */
const isRatioSlo = (slo) => !slo.totalQuery.includes(promql/* WINDOW_PLACEHOLDER */.R);
/** The expressions recorded for one SLO, by record name. */
function recordedExpressions(slo) {
    const seconds = parseDuration(RATE_WINDOW);
    if (isRatioSlo(slo))
        return [{ record: RECORD.errorRatio, expr: expandQuery(slo.errorQuery, RATE_WINDOW) }];
    const errors = `(${expandQuery(slo.errorQuery, RATE_WINDOW)}) / ${seconds}`;
    const total = `(${expandQuery(slo.totalQuery, RATE_WINDOW)}) / ${seconds}`;
    // No error series at all while there is traffic means no errors: record 0 then, so that both
    // series have a sample at the same instants and their averages stay comparable.
    return [
        { record: RECORD.errors, expr: `${errors} or on() (0 * ${total})` },
        { record: RECORD.total, expr: total }
    ];
}
/**
 * Which queries a recorded series was made from: a 64-bit FNV-1a hash of the SLO's error and
 * total queries, recorded as the label `ebg_queries`. An SLO reads only series of its own queries,
 * never another team's SLO of the same name on a shared Prometheus, nor rules left over from
 * before its queries changed.
 */
function queriesFingerprint(slo) {
    const text = `${slo.errorQuery}\n${slo.totalQuery}`;
    const half = (seed) => {
        let hash = seed;
        for (let i = 0; i < text.length; i++) {
            hash ^= text.charCodeAt(i);
            hash = Math.imul(hash, 0x01000193) >>> 0;
        }
        return hash.toString(16).padStart(8, '0');
    };
    return half(0x811c9dc5) + half(0x050c5d1f);
}
const FINGERPRINT_LABEL = 'ebg_queries';
const selector = (record, slo) => `${record}{slo=${promString(slo.name)},${FINGERPRINT_LABEL}=${promString(queriesFingerprint(slo))}}`;
/** How the coverage probe labels an SLO's own recorded series: its name and its fingerprint. */
const rulesProbeLabel = (slo) => `${slo.name}|${queriesFingerprint(slo)}`;
/** The SLO with queries that read its recorded series; windows and everything else unchanged. */
function readingRules(slo) {
    const over = (record) => `avg_over_time(${selector(record, slo)}[${WINDOW_RANGE_PLACEHOLDER}])`;
    if (isRatioSlo(slo))
        return { ...slo, errorQuery: over(RECORD.errorRatio) };
    return {
        ...slo,
        errorQuery: `${over(RECORD.errors)} * ${WINDOW_SECONDS_PLACEHOLDER}`,
        totalQuery: `${over(RECORD.total)} * ${WINDOW_SECONDS_PLACEHOLDER}`
    };
}
/** Sloth's recorded SLI error ratios: `slo:sli_error:ratio_rate<window>{sloth_id}`. */
const SLOTH_RECORD = 'slo:sli_error:ratio_rate';
/** The windows Sloth records besides the SLO period (its multiwindow alert windows). */
const SLOTH_WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'];
/** Whether Sloth records every window the gate needs, spelled as Sloth names them. */
const slothHasWindows = (slo, windows) => windows.every(w => SLOTH_WINDOWS.includes(w) || w === slo.window);
/**
 * The SLO read from Sloth's own rules: each window's error ratio, the total 1 (as for a raw
 * ratio SLI). Sloth's period ratio is an average of 5m ratios, not traffic-weighted (README).
 */
function readingSloth(slo) {
    const id = promString(slo.slothId ?? slo.name);
    return {
        ...slo,
        errorQuery: `${SLOTH_RECORD}${promql/* WINDOW_PLACEHOLDER */.R}{sloth_id=${id}}`,
        totalQuery: 'vector(1)'
    };
}
/** The probe's answer for Sloth's series of an SLO is labelled slo="sloth:<sloth_id>". */
const slothProbeLabel = (slothId) => `sloth:${slothId}`;
/**
 * Pyrra's record names: the metric without `_total`/`_count` (and `_bucket` for increases), then
 * `:increase<window>` (the SLO period) or `:burnrate<window>` (its alert windows), the window
 * spelled as Prometheus spells a duration.
 */
const pyrraBase = (metric, trimBucket) => {
    const name = metric.replace(/_total$/, '').replace(/_count$/, '');
    return trimBucket ? name.replace(/_bucket$/, '') : name;
};
const pyrraIncrease = (metric) => `${pyrraBase(metric, true)}:increase${WINDOW_PROM_PLACEHOLDER}`;
const pyrraBurnrate = (metric) => `${pyrraBase(metric, false)}:burnrate`;
/**
 * The SLO read from Pyrra's own rules. Over the period: its errors and total increases
 * (traffic-weighted). Over its alert windows Pyrra records only the error ratio (its
 * `burnrate`, despite the name), and no event counts: those are estimated from the period's
 * average traffic (for min_events), and the errors are that ratio times the estimate. The `or`
 * picks whichever series exists for the window asked.
 */
function readingPyrra(slo) {
    const pyrra = slo.pyrra;
    const sloLabel = `slo=${promString(slo.name)}`;
    const periodSeconds = (0,duration/* parseDuration */.E)(slo.window);
    const increase = (metric, matchers, window) => `sum(${pyrraIncrease(metric).replace(WINDOW_PROM_PLACEHOLDER, window)}{${[sloLabel, ...matchers].join(',')}})`;
    const total = increase(pyrra.totalMetric, [], WINDOW_PROM_PLACEHOLDER);
    const errors = increase(pyrra.errorsMetric, pyrra.errorMatchers, WINDOW_PROM_PLACEHOLDER);
    const periodTotal = increase(pyrra.totalMetric, [], (0,duration/* formatDuration */.a)(periodSeconds));
    const estimate = `(${periodTotal} * ${WINDOW_SECONDS_PLACEHOLDER} / ${periodSeconds})`;
    const ratio = `sum(${pyrraBurnrate(pyrra.totalMetric)}${WINDOW_PROM_PLACEHOLDER}{${sloLabel}})`;
    return {
        ...slo,
        // No error series at all (no error status seen) while there is traffic means no errors.
        errorQuery: `(${errors} or on() (0 * ${total})) or (${ratio} * ${estimate})`,
        totalQuery: `${total} or ${estimate}`
    };
}
/** The probe's answers for Pyrra's series of an SLO: the period's age, and alert windows found. */
const pyrraProbeLabel = (name) => `pyrra:${name}`;
const pyrraWindowsLabel = (name) => `pyrra-windows:${name}`;
/** The windows besides the period that the gate reads from Pyrra's burn-rate series. */
const pyrraWindows = (slo, windows) => windows
    .filter(w => (0,duration/* parseDuration */.E)(w) !== (0,duration/* parseDuration */.E)(slo.window))
    .map(w => (0,duration/* formatDuration */.a)((0,duration/* parseDuration */.E)(w)));
/** A label_replace replacement that is the text itself: `$` would expand a capture group. */
const replacement = (text) => promString(text.replaceAll('$', '$$$$'));
/** For each Pyrra SLO: the age of its period increase series, and how many needed windows exist. */
function pyrraCoverageTerms(slos, windowsOf, range) {
    const terms = [];
    for (const slo of slos) {
        const pyrra = slo.pyrra;
        if (pyrra === undefined)
            continue;
        const sloLabel = `slo=${promString(slo.name)}`;
        const period = pyrraIncrease(pyrra.totalMetric).replace(WINDOW_PROM_PLACEHOLDER, (0,duration/* formatDuration */.a)((0,duration/* parseDuration */.E)(slo.window)));
        const earliest = `min(min_over_time(timestamp(${period}{${sloLabel}})[${range}s:1h]))`;
        terms.push(`label_replace(${earliest}, "slo", ${replacement(pyrraProbeLabel(slo.name))}, "", "")`);
        const windows = pyrraWindows(slo, windowsOf(slo));
        if (windows.length === 0)
            continue;
        const names = windows.map(w => regexEscape(`${pyrraBurnrate(pyrra.totalMetric)}${w}`));
        const found = `count(count by (__name__) ({__name__=~${promString(names.join('|'))},${sloLabel}}))`;
        terms.push(`label_replace(${found}, "slo", ${replacement(pyrraWindowsLabel(slo.name))}, "", "")`);
    }
    return terms;
}
/** The series whose age tells how far back an SLO's recorded data goes. */
const probedRecord = (slo) => (isRatioSlo(slo) ? RECORD.errorRatio : RECORD.total);
/**
 * One query for every SLO: the earliest hour at which its recorded series has a sample, labelled
 * `slo`. A subquery over one recorded series per SLO: a few thousand samples each, whatever the
 * raw cardinality.
 */
function rulesCoverageQuery(slos, windowsOf = () => []) {
    const range = Math.max(...slos.map(s => (0,duration/* parseDuration */.E)(s.window)));
    const terms = [];
    for (const record of [RECORD.total, RECORD.errorRatio]) {
        const mine = slos.filter(s => probedRecord(s) === record);
        if (mine.length === 0)
            continue;
        const names = mine.map(s => regexEscape(s.name)).join('|');
        const prints = mine.map(s => queriesFingerprint(s)).join('|');
        const series = `${record}{slo=~${promString(names)},${FINGERPRINT_LABEL}=~${promString(prints)}}`;
        const earliest = `min by (slo, ${FINGERPRINT_LABEL}) (min_over_time(timestamp(${series})[${range}s:1h]))`;
        // Labelled "<name>|<fingerprint>" (rulesProbeLabel): a name with other queries is not a match.
        terms.push(`label_join(${earliest}, "slo", "|", "slo", "${FINGERPRINT_LABEL}")`);
    }
    const sloth = slos.flatMap(s => (s.slothId === undefined ? [] : [regexEscape(s.slothId)]));
    if (sloth.length) {
        const series = `${SLOTH_RECORD}5m{sloth_id=~${promString(sloth.join('|'))}}`;
        const earliest = `min by (sloth_id) (min_over_time(timestamp(${series})[${range}s:1h]))`;
        terms.push(`label_replace(${earliest}, "slo", "sloth:$1", "sloth_id", "(.*)")`);
    }
    terms.push(...pyrraCoverageTerms(slos, windowsOf, range));
    return terms.join(' or ');
}
/** Whether data since `since` (Unix seconds) covers the window ending at `time`. */
function coversWindow(since, window, time) {
    // The hourly probe answers up to an hour after the first sample, and a rule evaluates late.
    return since <= time.getTime() / 1000 - (0,duration/* parseDuration */.E)(window) + 2 * 3600;
}
const BACKFILL_HINT = 'backfill them with "promtool tsdb create-blocks-from rules" (see the README, "Recording rules")';
/** YAML scalars are written as JSON strings: valid YAML, and nothing in a name can break out. */
const q = (/* unused pure expression or super */ null && (promString));
/** Multiwindow burn-rate alerts on the recorded series: the same tiers that escalate the gate. */
function alertRules(slo) {
    const lines = [];
    const ratio = (window) => {
        const over = (record) => `avg_over_time(${selector(record, slo)}[${window}])`;
        return isRatioSlo(slo)
            ? over(RECORD.errorRatio)
            : `(${over(RECORD.errors)} / ${over(RECORD.total)})`;
    };
    const allowed = 1 - slo.target / 100;
    for (const check of checksFor(slo)) {
        const limit = Number((check.threshold * allowed).toPrecision(12));
        // "ticket fast burn" -> ErrorBudgetTicketFastBurn: a valid alert name from any tier name.
        const words = check.name.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _s, c) => c.toUpperCase());
        const name = `ErrorBudget${words.replace(/[^A-Za-z0-9]/g, '')}`;
        lines.push(`      - alert: ${q(name)}`, `        expr: ${q(`${ratio(check.longWindow)} > ${limit} and ${ratio(check.shortWindow)} > ${limit}`)}`, `        labels:`, `          slo: ${q(slo.name)}`, `          severity: ${q(check.escalateTo === 'CAUTION' ? 'ticket' : 'page')}`, `          gate_status: ${q(check.escalateTo)}`, `        annotations:`, `          summary: ${q(`${slo.name}: error budget burning over ${check.threshold}x over ${check.longWindow} and ${check.shortWindow}; the deploy gate answers at least ${check.escalateTo}`)}`);
    }
    return lines;
}
/** A Prometheus rule file (`groups:`), one group per SLO; loads into vmalert, Thanos and Mimir. */
function renderRuleFile(slos, options) {
    const lines = [
        '# Recording rules for error-budget-gate (generated by "error-budget rules").',
        '# The gate reads them with query_source: rules or auto. Regenerate after changing an SLO.',
        'groups:'
    ];
    for (const slo of slos) {
        lines.push(`  - name: ${q(`error-budget-gate:${slo.name}`)}`, `    interval: ${q(options.interval)}`, '    rules:');
        for (const { record, expr } of recordedExpressions(slo)) {
            lines.push(`      - record: ${q(record)}`, `        expr: ${q(expr)}`, '        labels:', `          slo: ${q(slo.name)}`, `          ${FINGERPRINT_LABEL}: ${q(queriesFingerprint(slo))}`);
        }
        if (options.alerts)
            lines.push(...alertRules(slo));
    }
    return lines.join('\n') + '\n';
}
/** A query of the gate with its window: `{{window}}`, and the rules queries' own placeholders. */
function expandQuery(query, window) {
    const expanded = query.replaceAll(promql/* WINDOW_PLACEHOLDER */.R, window);
    // The placeholders of the queries that read recording rules (never in user input).
    if (!expanded.includes('{{window_'))
        return expanded;
    const seconds = (0,duration/* parseDuration */.E)(window);
    return expanded
        .replaceAll(WINDOW_PROM_PLACEHOLDER, (0,duration/* formatDuration */.a)(seconds))
        .replaceAll(WINDOW_SECONDS_PLACEHOLDER, String(seconds))
        .replaceAll(WINDOW_RANGE_PLACEHOLDER, `${seconds * 1000 - 1}ms`);
}

// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __nccwpck_require__(8678);
// EXTERNAL MODULE: ./src/engine/calendar.ts
var engine_calendar = __nccwpck_require__(1478);
;// CONCATENATED MODULE: ./src/engine/windows.ts
/**
 * The windows of an SLO: which ones it is judged over, how they compare, and a calendar window
 * resolved at an instant (its elapsed part, its period's figures). Pure.
 */




/** Windows are compared as durations: `60m` and `1h` are one window, queried once. */
const sameWindow = (a, b) => (0,duration/* parseDuration */.E)(a) === (0,duration/* parseDuration */.E)(b);
/** One text per duration, the first one given (the user's spelling is what the reports show). */
function uniqueWindows(windows) {
    const bySeconds = new Map();
    for (const window of windows) {
        const seconds = (0,duration/* parseDuration */.E)(window);
        if (!bySeconds.has(seconds))
            bySeconds.set(seconds, window);
    }
    return [...bySeconds.values()];
}
/** The windows one SLO needs: its own, burn_rate_window, and both windows of each burn check. */
function windowsFor(slo) {
    const windows = [slo.window, slo.burnRateWindow];
    for (const check of tiers_checksFor(slo)) {
        windows.push(check.longWindow, check.shortWindow);
    }
    return uniqueWindows(windows);
}
/**
 * A calendar SLO at the evaluation time: its window becomes the seconds elapsed since the period
 * started (`increase(x[<seconds>s])`), and the period is kept for the figures.
 */
function atEvaluationTime(slo, time) {
    if (!(0,engine_calendar/* isCalendarUnit */.T3)(slo.window))
        return slo;
    const calendar = (0,engine_calendar/* periodAt */.Vw)(slo.window, slo.timeZone, time);
    const elapsed = Math.max(1, Math.floor((time.getTime() - calendar.start) / 1000));
    return { ...slo, window: `${elapsed}s`, calendar };
}
/** How the reasons name the SLO window: a calendar one by its period. */
function windowName(slo) {
    const c = slo.calendar;
    return c
        ? `the ${c.unit} to date (${slo.window} since ${(0,engine_exclusions/* iso */.KH)(c.start / 1000)}, ${c.timeZone})`
        : slo.window;
}
/** The window column of the reports: `month (Europe/Berlin)` for a calendar window. */
const shownWindow = (slo) => slo.calendar ? `${slo.calendar.unit} (${slo.calendar.timeZone})` : slo.window;
/** Where a calendar SLO stands in its period at `time`, given its days to exhaustion. */
function periodFigures(slo, time, days) {
    const c = slo.calendar;
    if (!c)
        return undefined;
    const daysLeft = (c.end - time.getTime()) / 86400_000;
    const elapsedDays = (0,duration/* parseDuration */.E)(slo.window) / 86400;
    return {
        unit: c.unit,
        timeZone: c.timeZone,
        start: (0,engine_exclusions/* iso */.KH)(c.start / 1000),
        end: (0,engine_exclusions/* iso */.KH)(c.end / 1000),
        hours: (c.end - c.start) / 3600_000,
        elapsedDays,
        daysLeft,
        lastsToEnd: days === null ? null : days >= daysLeft,
        early: elapsedDays < 1
    };
}

;// CONCATENATED MODULE: ./src/engine/assess.ts
/**
 * The assessment: one SLO judged from its figures (status, budget, burn tiers, low traffic,
 * exclusions, days to exhaustion, reasons), and the gate judged from its SLOs and a freeze. Pure:
 * it reads plain figures, never a query, so whatever judges an SLO (the gate's instant queries,
 * a forecast or a backtest over range queries) judges it by these rules, written once.
 */








/** min_events resolved: `auto` is the events at which the budget allows one bad event. */
function minEventsFor(slo) {
    // An error-ratio SLI (a raw ratio, or Sloth's recorded ratios) has no event counts: its total is
    // vector(1). Counting that 1 as the traffic would stop every burn tier and, with allow, every
    // block, so the guard does not apply.
    if (isRatioSlo(slo))
        return 0;
    return slo.minEvents === 'auto' ? (0,engine_slo/* eventsForOneBadEvent */.uu)(slo.target) : slo.minEvents;
}
/** The result of an SLO that cannot be judged: ERROR, which blocks unless on_error is allow. */
function errorResult(slo, message, windows, onError) {
    return {
        name: slo.name,
        target: slo.target,
        window: shownWindow(slo),
        status: 'ERROR',
        blocks: onError === 'block',
        budgetRemaining: null,
        budgetConsumed: null,
        errorRatio: null,
        availability: null,
        burnRate: null,
        daysToExhaustion: null,
        windows,
        reasons: [`${slo.name}: cannot evaluate: ${message}`],
        error: message,
        dataSince: null,
        warnings: [],
        tiers: [],
        minEvents: minEventsFor(slo),
        exclusions: [],
        querySource: 'raw',
        spec: slo
    };
}
/** How much of the SLO window has data; the budget is silently computed over less otherwise. */
function coverageOf(slo, since, time) {
    if (since === undefined)
        return { dataSince: null, warnings: [] };
    const windowDays = (0,duration/* parseDuration */.E)(slo.window) / 86400;
    const coveredDays = (time.getTime() / 1000 - since) / 86400;
    const dataSince = new Date(since * 1000).toISOString();
    // The hourly probe starts up to two hours late on complete data; 5 % short is worth a word.
    if (coveredDays >= windowDays * 0.95 || windowDays - coveredDays < 2 / 24)
        return { dataSince, warnings: [] };
    return {
        dataSince,
        warnings: [
            `${slo.name}: the data covers only ${coveredDays.toFixed(1)} of the ${slo.window} window (since ${dataSince}); the budget is computed over what there is. Check the retention or how long the metric exists.`
        ]
    };
}
/**
 * One SLO judged at `time` from its figures: every window of windowsFor(slo) with both counts and
 * what each exclusion removes, and how far its data reaches. Any count that is unknown, negative
 * or inconsistent makes the SLO an ERROR; otherwise its status, budget and reasons.
 */
function assessSlo(slo, figures, onError, time) {
    const windows = [];
    /** Each window's events as counted, before exclusions: the traffic the low-traffic rule sees. */
    const countedTotals = [];
    for (const window of windowsFor(slo)) {
        const reading = figures.windows.find(w => sameWindow(w.window, window));
        if (!reading)
            throw new Error(`internal: query for ${window} was not run`);
        const { errors, total } = reading;
        for (const [label, outcome] of [
            ['error_query', errors],
            ['total_query', total]
        ]) {
            if (!outcome.ok) {
                const advice = !outcome.noData
                    ? ''
                    : windows.length > 0
                        ? shortWindowAdvice(slo, window)
                        : slo.calendar
                            ? `; the ${slo.calendar.unit} began only ${slo.window} ago (${(0,engine_exclusions/* iso */.KH)(slo.calendar.start / 1000)}), too short for two samples of these series: the budget is unknown until it holds a few scrapes`
                            : '';
                return errorResult(slo, `${label} over ${window}: ${outcome.message}${advice}`, windows, onError);
            }
        }
        const bad = errors.value;
        const counted = total.value;
        if (bad < 0 || counted < 0) {
            return errorResult(slo, `negative event count over ${window} (errors ${bad}, total ${counted}); the queries must count events`, windows, onError);
        }
        if (bad > counted * (1 + 1e-9)) {
            return errorResult(slo, `error_query (${bad}) exceeds total_query (${counted}) over ${window}; are the two queries swapped?`, windows, onError);
        }
        countedTotals.push(counted);
        const removed = excludedEvents(reading, window);
        if ('message' in removed)
            return errorResult(slo, removed.message, windows, onError);
        // increase() extrapolates each range on its own: a sub-range may read a hair above its window.
        const t = Math.max(0, counted - removed.total);
        const e = Math.min(t, Math.max(0, bad - removed.errors));
        const ratio = t > 0 ? e / t : null;
        windows.push({
            window,
            errors: e,
            total: t,
            errorRatio: ratio,
            burnRate: ratio === null ? null : (0,budget/* burnRate */.g0)(ratio, slo.target)
        });
    }
    const main = windows.find(w => sameWindow(w.window, slo.window));
    if (main.errorRatio === null) {
        return errorResult(slo, `total_query returned 0 over ${windowName(slo)}: no traffic, so the budget cannot be told`, windows, onError);
    }
    const remaining = (0,budget/* budgetRemaining */.eu)(main.errorRatio, slo.target);
    const burnWindow = windows.find(w => sameWindow(w.window, slo.burnRateWindow));
    const windowDays = windowSeconds(slo) / 86400;
    const days = (0,budget/* daysToExhaustion */.d1)(remaining, windowDays, burnWindow.burnRate ?? 0);
    let status = (0,budget/* statusFromRemaining */.LR)(remaining, slo.thresholds);
    const reasons = [
        `${slo.name}: ${remaining.toFixed(2)}% of the error budget left over ${windowName(slo)} (${describeLevel(remaining, slo)})`
    ];
    const figuresOf = (window) => windows.find(w => sameWindow(w.window, window));
    const minEvents = minEventsFor(slo);
    const escalation = (0,budget/* escalateForBurn */.xM)(status, tiers_checksFor(slo), window => figuresOf(window)?.burnRate, minEvents > 0 ? { minEvents, eventsOver: window => figuresOf(window)?.total } : undefined);
    status = escalation.status;
    reasons.push(...escalation.reasons.map(reason => `${slo.name}: ${reason}`));
    // Traffic is told by the busiest window the gate read, before any exclusion: an exclusion (or
    // the first minutes of a calendar period) cannot make a busy service look quiet.
    const busiest = countedTotals.indexOf(Math.max(...countedTotals));
    const events = countedTotals[busiest];
    const busiestWindow = windows[busiest].window;
    // A burn tier only fires on a long window with min_events events, so a fired tier is never
    // exempt; the guard stays explicit.
    const exempt = slo.lowTraffic === 'allow' && !escalation.tiers.some(t => t.fired);
    const lowTraffic = events < minEvents ? { events, minEvents, allowed: exempt } : undefined;
    const warnings = [];
    if (lowTraffic) {
        warnings.push(`${slo.name}: low traffic: ${Math.round(events)} events over ${busiestWindow}, fewer than min_events ${minEvents}, so a single bad event moves the budget by more than it holds; the figures are noisy (low_traffic: ${slo.lowTraffic})`);
        if (lowTraffic.allowed)
            reasons.push(`${slo.name}: does not block: low_traffic is allow and the ${busiestWindow} window holds ${Math.round(events)} events, fewer than min_events ${minEvents}`);
    }
    for (const w of windows) {
        if (w.errorRatio === null)
            reasons.push(`${slo.name}: no traffic over ${w.window}; its burn rate is unknown and cannot escalate`);
    }
    const exclusions = exclusionResults(slo, figures.windows.find(w => sameWindow(w.window, slo.window)));
    for (const x of exclusions) {
        reasons.push(x.total === null
            ? `${slo.name}: excluded ${describeExclusion(x.exclusion)}: outside the ${slo.window} window, nothing removed`
            : `${slo.name}: excluded ${describeExclusion(x.exclusion)}: ${Math.round(x.errors ?? 0)} bad of ${Math.round(x.total)} events removed from the ${slo.window} window`);
    }
    const coverage = coverageOf(slo, figures.dataSince, time);
    return {
        name: slo.name,
        target: slo.target,
        window: shownWindow(slo),
        status,
        // An overspent budget blocks whatever block_on says (dry_run aside), unless low_traffic:
        // allow exempts it: then no window the gate read holds min_events events (see above).
        blocks: (status === 'EXHAUSTED' || slo.blockOn.includes(status)) && !lowTraffic?.allowed,
        budgetRemaining: remaining,
        budgetConsumed: 100 - remaining,
        errorRatio: main.errorRatio,
        availability: (1 - main.errorRatio) * 100,
        burnRate: burnWindow.burnRate,
        daysToExhaustion: days,
        windows,
        reasons,
        dataSince: coverage.dataSince,
        warnings: [...coverage.warnings, ...warnings],
        tiers: escalation.tiers,
        minEvents,
        exclusions,
        lowTraffic,
        period: periodFigures(slo, time, days),
        querySource: 'raw',
        spec: slo
    };
}
/** The bad and total events the exclusions remove from one window, or why they cannot be told. */
function excludedEvents(reading, window) {
    let errors = 0;
    let total = 0;
    for (const { exclusion, range, ...counts } of reading.excluded) {
        for (const [label, outcome] of [
            ['error_query', counts.errors],
            ['total_query', counts.total]
        ]) {
            if (!outcome.ok)
                return {
                    message: `${label} over the excluded interval ${describeExclusion(exclusion)} within ${window} (${range.seconds}s ending ${(0,engine_exclusions/* iso */.KH)(range.end)}): ${outcome.message}${outcome.noData ? '; an interval shorter than two scrapes holds no samples: widen it' : ''}`
                };
            if (label === 'error_query')
                errors += Math.max(0, outcome.value);
            else
                total += Math.max(0, outcome.value);
        }
    }
    return { errors, total };
}
/** Each exclusion with the events it removed from the SLO window (`main`: its reading). */
function exclusionResults(slo, main) {
    return slo.exclusions.map(exclusion => {
        const counts = main?.excluded.find(x => x.exclusion === exclusion);
        const value = (outcome) => outcome?.ok ? outcome.value : null;
        return { exclusion, errors: value(counts?.errors), total: value(counts?.total) };
    });
}
const describeExclusion = (e) => `${(0,engine_exclusions/* iso */.KH)(e.start)}/${(0,engine_exclusions/* iso */.KH)(e.end)} (${e.reason})`;
/**
 * Why a burn window can have no data while the SLO window has: series scraped less often than
 * the window is long (increase() needs two samples in it). Names the tier and the way out.
 */
function shortWindowAdvice(slo, window) {
    const tier = tiers_checksFor(slo).find(c => sameWindow(c.shortWindow, window) || sameWindow(c.longWindow, window));
    const role = tier
        ? `the ${sameWindow(tier.shortWindow, window) ? 'short' : 'long'} window of the ${tier.name} tier`
        : 'burn_rate_window';
    const fix = tier
        ? `give the tier a longer short window (e.g. 15m) in the config file's burn_tiers`
        : 'set a longer burn_rate_window';
    return `; the ${slo.window} window has data, so ${window} (${role}) is probably shorter than two scrapes of these series: ${fix}`;
}
function describeLevel(remaining, slo) {
    const t = slo.thresholds;
    if (remaining < 0)
        return 'overspent: EXHAUSTED';
    if (remaining < t.freeze)
        return `below the freeze threshold ${t.freeze}%: FREEZE`;
    if (remaining <= t.warning)
        return `at or below the warning threshold ${t.warning}%: WARNING`;
    if (remaining <= t.caution)
        return `at or below the caution threshold ${t.caution}%: CAUTION`;
    return `above the caution threshold ${t.caution}%: NORMAL`;
}
/**
 * The gate judged from its SLOs' results and a freeze file: the worst status, the reasons, and
 * whether the deploy is blocked (dry_run reports a block but lets the deploy go).
 */
function decideGate(results, options) {
    const errorBlocks = options.onError === 'block';
    const slos = [...results].sort((a, b) => (0,engine_status/* severity */.yf)(b.status, errorBlocks) - (0,engine_status/* severity */.yf)(a.status, errorBlocks));
    const worst = slos[0];
    let status = worst.status;
    const reasons = slos
        .filter(s => s.status !== 'NORMAL' || slos.length === 1)
        .flatMap(s => s.reasons);
    let blocked = slos.some(s => s.blocks);
    const freeze = options.freeze;
    if (freeze) {
        // A manual freeze is certain even when the budget is not: it always blocks, and it only ever
        // makes the gate stricter: a blocking ERROR stays ERROR (which no freeze override opens).
        if (!(status === 'ERROR' && errorBlocks))
            status = status === 'ERROR' ? 'FREEZE' : (0,engine_status/* atLeast */.jZ)(status, 'FREEZE');
        blocked = true;
        reasons.unshift(`freeze file ${freeze.file} is present: ${freeze.text.split('\n')[0] || '(empty)'}`);
    }
    return { status, canDeploy: options.dryRun || !blocked, blocked, reasons, worst, slos };
}

;// CONCATENATED MODULE: ./src/prometheus/api.ts
/**
 * The Prometheus HTTP API's data model, pure: connection options, the answer envelope, the one
 * error type, and strict parsing of samples. The engine reads answers through these; the I/O lives
 * in client.ts.
 */

/** Why a query gave no usable number. `kind` lets callers tell "no data" from real faults. */
class PrometheusError extends Error {
    kind;
    httpStatus;
    /** Whether another attempt may succeed (network errors, 429, 5xx). */
    retryable;
    /** For 429 answers: how long the server asked us to wait. */
    retryAfterMs;
    /**
     * Whether the endpoint itself is down (network, timeout, 429/5xx), not just this query: once
     * the retries are spent on such a fault, the queries not yet sent are not sent. Defaults to
     * `retryable`; a server's own query timeout (one query too heavy) is not.
     */
    unavailable;
    constructor(message, kind, httpStatus, retry = {}) {
        super(message);
        this.kind = kind;
        this.httpStatus = httpStatus;
        this.name = 'PrometheusError';
        this.retryable = retry.retryable ?? false;
        this.retryAfterMs = retry.retryAfterMs;
        this.unavailable = retry.unavailable ?? this.retryable;
    }
}
/** The most one retry's backoff waits (see the client): 0.5 s, 1 s, 2 s ... at most 5 s. */
const MAX_BACKOFF_SECONDS = 5;
/** Room for the work around the queries (connecting, parsing). */
const DEADLINE_MARGIN_SECONDS = 2;
/**
 * How long the client waits: clearly longer than the `timeout=` it sends, so a slow query comes back
 * as the server's own message (which names the limit) rather than as a socket abort.
 */
const clientTimeoutSeconds = (serverSeconds) => serverSeconds + Math.max(2, serverSeconds / 4);
/**
 * The longest a whole evaluation may take, whatever the SLO count: one query's attempts (the
 * client's wait for each, x (prometheus_retries + 1)), the longest backoff before each retry (5 s)
 * and a margin of 2 s. With the defaults (30 s, so 37.5 s a wait, 2 retries): 124.5 s.
 */
function evaluationDeadlineSeconds(options) {
    return (clientTimeoutSeconds(options.timeoutSeconds) * (options.retries + 1) +
        MAX_BACKOFF_SECONDS * options.retries +
        DEADLINE_MARGIN_SECONDS);
}
/** Joins the API path onto the base URL, keeping any path prefix. */
function apiUrl(base, apiPath) {
    const url = new URL(base);
    url.pathname = url.pathname.replace(/\/+$/, '') + apiPath;
    return url.toString();
}
/**
 * The server's own refusals of a query for its size or its time, as Prometheus, Thanos, Mimir,
 * Cortex and VictoriaMetrics word them: which limit it was. Undefined for any other error.
 */
function queryLimit(text) {
    const vm = /-search\.(max\w+)/.exec(text);
    if (vm) {
        const timeout = /maxQueryDuration|timeout/i.test(text);
        return { limit: `VictoriaMetrics -search.${vm[1]}`, timeout };
    }
    const mimir = /\(?(err-mimir-[\w-]+)\)?/.exec(text);
    if (mimir)
        return { limit: `Mimir limit ${mimir[1]}`, timeout: /time/.test(mimir[1]) };
    if (/would load too many samples into memory/.test(text))
        return {
            limit: 'the samples a query may load (Prometheus/Thanos --query.max-samples)',
            timeout: false
        };
    const store = /exceeded (series|chunks?|samples|bytes) limit|max number of (chunks|series)/.exec(text);
    if (store)
        return {
            limit: `the ${store[1] ?? store[2]} a query may fetch (Thanos/Cortex store limit)`,
            timeout: false
        };
    if (/query timed out|timeout exceeded|context deadline exceeded/i.test(text))
        return {
            limit: 'the query timeout (Prometheus --query.timeout, the timeout= the gate sends)',
            timeout: true
        };
    return undefined;
}
/** What to do when the raw queries are too big for the server. */
const LIMIT_REMEDY = 'generate recording rules with "error-budget rules", load them and set query_source: rules (or auto, the default)';
/** The URL for messages: no userinfo, no query values (either may hold a credential). */
const redactUrl = shownUrl;
/** Strict decimal parsing of a Prometheus sample string; NaN and ±Inf are mapped explicitly. */
function parseSampleValue(text) {
    if (typeof text !== 'string')
        return NaN;
    if (/^[+-]?Inf$/.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return NaN;
    return Number(text);
}
/**
 * What an answer's `data` held when it is not the expected shape, for messages: the result type
 * and, for a vector that is not a list, what `result` was instead. Server text is JSON-quoted.
 */
function describeData(data) {
    if (!data || typeof data !== 'object')
        return `no usable data (data: ${shortJson(data)})`;
    const { resultType, result } = data;
    if (resultType === undefined)
        return 'data without a resultType';
    if (resultType === 'vector' && !Array.isArray(result))
        return `a vector whose result is ${shortJson(result)} instead of a list of series`;
    return `a ${typeof resultType === 'string' ? resultType : shortJson(resultType)} result`;
}
function shortJson(value) {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
function describeLabels(result) {
    return result
        .slice(0, 5)
        .map(series => JSON.stringify(series.metric ?? {}))
        .join(', ');
}
function finiteValue(text) {
    const value = parseSampleValue(text);
    if (!Number.isFinite(value)) {
        throw new PrometheusError(`the query returned ${value} instead of a finite number`, 'value');
    }
    return value;
}
/** Pure: the one finite number that the series answering one query must hold. */
function singleSeriesValue(series, ignoredLabel) {
    if (series.length === 0) {
        throw new PrometheusError('no data: the query matched no series (check the metric names and labels)', 'no-data');
    }
    if (series.length > 1) {
        const labels = series.map(s => ({
            metric: Object.fromEntries(Object.entries(s.metric ?? {}).filter(([name]) => name !== ignoredLabel))
        }));
        throw new PrometheusError(`the query returned ${series.length} series where one is expected (wrap it in sum()): ${describeLabels(labels)}`, 'ambiguous');
    }
    if (!series[0].value) {
        throw new PrometheusError('the query returned a native histogram; it must return a plain number', 'response');
    }
    return finiteValue(series[0].value[1]);
}

;// CONCATENATED MODULE: ./src/engine/concurrency.ts

/** At most `limit` tasks in flight across every caller that shares this limiter. */
function limiter(limit) {
    let active = 0;
    const waiting = [];
    return async (task) => {
        if (active >= limit)
            await new Promise(resolve => waiting.push(resolve));
        else
            active++;
        try {
            return await task();
        }
        finally {
            // The slot passes straight to the next waiting task, so `active` stays as it is.
            const next = waiting.shift();
            if (next)
                next();
            else
                active--;
        }
    };
}
/** Records the first failure that proved the endpoint unavailable; an abort proves nothing. */
function noteUnavailable(endpoint, error, signal) {
    if (error instanceof PrometheusError && error.unavailable && !signal?.aborted)
        endpoint.unavailable ??= `the endpoint unavailable (${error.message})`;
}

;// CONCATENATED MODULE: ./src/engine/plan.ts
/**
 * What to ask Prometheus, and where each answer lands: the batches (one request per distinct
 * query, every window it is needed for), their PromQL, the keys of their outcomes, and the
 * figures of one SLO read back from those outcomes. Pure.
 */






/** Where the outcome of a query over a window is kept: by the window's seconds, not its text. */
const outcomeKey = (template, window) => `${(0,duration/* parseDuration */.E)(window)}s ${template}`;
/** The label that tells apart the windows of a batched query. */
const WINDOW_LABEL = 'ebg_window';
const rangeLabel = (r) => `at ${r.seconds}s@${r.end}`;
/** Where the outcome of a query over a fixed range is kept. */
const rangeKey = (template, r) => `${rangeLabel(r)} ${template}`;
/** The exclusions that overlap the window ending at `now` (Unix seconds), each with its part inside. */
function overlaps(slo, window, now) {
    return slo.exclusions.flatMap(exclusion => {
        const range = (0,engine_exclusions/* clip */.$Q)(exclusion, (0,duration/* parseDuration */.E)(window), now);
        return range ? [{ exclusion, range }] : [];
    });
}
/** The fixed ranges an SLO needs at `time`: each exclusion clipped to each window it overlaps. */
function rangesFor(slo, time) {
    const now = time.getTime() / 1000;
    return windowsFor(slo).flatMap(window => overlaps(slo, window, now).map(o => o.range));
}
function planBatches(slos, time) {
    const batches = new Map();
    const batchOf = (template) => {
        const found = batches.get(template) ?? {
            windows: new Set(),
            ranges: new Map()
        };
        batches.set(template, found);
        return found;
    };
    for (const slo of slos) {
        for (const template of [slo.errorQuery, slo.totalQuery]) {
            for (const window of windowsFor(slo))
                batchOf(template).windows.add(window);
            for (const range of time ? rangesFor(slo, time) : [])
                batchOf(template).ranges.set(rangeLabel(range), range);
        }
    }
    return [...batches].map(([template, { windows, ranges }]) => ({
        template,
        windows: uniqueWindows(windows),
        ranges: [...ranges.values()]
    }));
}
/** Where the earliest data of a query over an SLO window is kept among the outcomes. */
const coverageKey = (template, window) => `coverage ${outcomeKey(template, window)}`;
/** The query without `# comments` (which run to the end of a line, outside string literals). */
function withoutComments(query) {
    return query.replace(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)|#[^\n]*/g, (_comment, text) => text ?? '');
}
/**
 * Whether the query is written as a scalar: `scalar(...)` around the whole of it, or a number.
 * label_replace() and `or` need vectors, so such a query is batched inside vector(). Other
 * scalar forms are caught when the batch fails to type-check (see runBatches).
 */
function isScalarForm(query) {
    const text = withoutComments(query).trim();
    if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text))
        return true;
    const open = /^scalar\s*\(/.exec(text);
    if (!open)
        return false;
    let depth = 0;
    for (let i = open[0].length - 1; i < text.length; i++) {
        if (text[i] === '(')
            depth++;
        else if (text[i] === ')' && --depth === 0)
            return i === text.length - 1;
    }
    return false;
}
/**
 * The user's query as one term of a batch. The newline ends a trailing `# comment`, which would
 * otherwise swallow the rest of the batch.
 */
function term(template, window) {
    return asTerm(template, expandQuery(template, window));
}
/** The query of a term on lines of its own (a `# comment` ends there); a scalar inside vector(). */
function asTerm(template, query) {
    return isScalarForm(template) ? `vector(${query}\n)` : `${query}\n`;
}
/**
 * PromQL for every window of a batch at once, each result labelled with its window. One request
 * instead of one per window: per-request overhead dominates the short windows (measured: one
 * 5-window query costs about what the 30d query alone costs).
 */
function batchQuery(batch) {
    return [
        ...batch.windows.map(w => `label_replace(${term(batch.template, w)}, "${WINDOW_LABEL}", "${w}", "", "")`),
        ...(batch.ranges ?? []).map(r => `label_replace(${asTerm(batch.template, (0,engine_exclusions/* expandAt */.or)(batch.template, r.seconds, r.end))}, "${WINDOW_LABEL}", "${rangeLabel(r)}", "", "")`)
    ].join(' or ');
}
/**
 * The figures of one SLO, read back from the outcomes of its batches and coverage probe: what the
 * assessment judges. Every window and excluded range planBatches asked for must be there.
 */
function figuresFrom(slo, outcomes, time) {
    const now = time.getTime() / 1000;
    const outcome = (key, what) => {
        const found = outcomes.get(key);
        if (!found)
            throw new Error(`internal: ${what} was not run`);
        return found;
    };
    const windows = windowsFor(slo).map(window => ({
        window,
        errors: outcome(outcomeKey(slo.errorQuery, window), `query for ${window}`),
        total: outcome(outcomeKey(slo.totalQuery, window), `query for ${window}`),
        excluded: overlaps(slo, window, now).map(({ exclusion, range }) => ({
            exclusion,
            range,
            errors: outcome(rangeKey(slo.errorQuery, range), `exclusion query for ${window}`),
            total: outcome(rangeKey(slo.totalQuery, range), `exclusion query for ${window}`)
        }))
    }));
    const probe = outcomes.get(coverageKey(slo.totalQuery, slo.window));
    return { windows, dataSince: probe?.ok ? probe.value : undefined };
}
/** Queries that turn "no data" into a healthy zero deserve a word of warning. */
function queryWarnings(slos) {
    const warnings = [];
    for (const slo of slos) {
        if (slo.timeZone !== 'UTC' && !(0,engine_calendar/* isCalendarUnit */.T3)(slo.window))
            warnings.push(`${slo.name}: time_zone ${slo.timeZone} has no effect on the rolling ${slo.window} window; it applies to month, quarter and week`);
        for (const [input, query] of [
            ['error_query', slo.errorQuery],
            ['total_query', slo.totalQuery]
        ]) {
            if (/\bor\s+vector\s*\(\s*0\s*\)/.test(query)) {
                warnings.push(`${slo.name}: ${input} uses "or vector(0)", which turns missing data into zero; a wrong metric name would then look healthy`);
            }
            const unfiltered = (0,promql/* unfilteredSelectors */.z)(query);
            if (unfiltered.length) {
                warnings.push(`${slo.name}: ${input} selects ${unfiltered.join(', ')} without a label matcher, so it sums every series of that name (every service on a shared Prometheus); filter it, e.g. ${unfiltered[0]}{job="my-service"}`);
            }
        }
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/engine/batches.ts
/**
 * Runs the batches against the client: bounded concurrency, one deadline for the whole
 * evaluation, nothing more sent once the endpoint proved unavailable or the caller aborted, and
 * every answer kept under its outcome key (see plan.ts).
 */





/** The client, counting the requests as sent: a refused batch costs its checks too. */
function countingClient(client) {
    let sent = 0;
    return {
        client: {
            queryScalar: (promql, at, signal) => (sent++, client.queryScalar(promql, at, signal)),
            queryVector: (promql, at, signal) => (sent++, client.queryVector(promql, at, signal))
        },
        sent: () => sent
    };
}
/**
 * One deadline for the whole evaluation, so that no SLO count can make the step run longer; an
 * abort from outside (the CLI's Ctrl-C) ends it too. `clear` stops the timer.
 */
function evaluationSignal(prometheus, outside) {
    const deadlineSeconds = evaluationDeadlineSeconds(prometheus);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error(`the evaluation passed its deadline of ${deadlineSeconds}s (the client's wait x (prometheus_retries + 1) + backoff + 2s)`)), deadlineSeconds * 1000);
    const signal = outside ? AbortSignal.any([outside, deadline.signal]) : deadline.signal;
    return { signal, clear: () => clearTimeout(timer) };
}
/** Why a signal aborted, as the message its queries end with. */
const abortReason = (signal) => signal.reason instanceof Error ? signal.reason.message : 'aborted';
/**
 * A batch the server refused to parse or type-check. Parsing costs the server next to nothing,
 * so the query alone is checked once: its error then speaks of the user's text, not the batch.
 */
function refusedBatch(error) {
    return (error instanceof PrometheusError &&
        error.kind === 'http' &&
        // VictoriaMetrics answers parse errors with 422, like execution errors: told by their text.
        (error.httpStatus === 400 ||
            /parse error|cannot parse|unexpected token|unparsed data/i.test(error.message)));
}
/**
 * Servers that echo the query (VictoriaMetrics: `query="..."`) would show the batch: the user's
 * query stands in its place.
 */
function userText(message, template) {
    if (!message.includes(WINDOW_LABEL))
        return message;
    return message.replace(/"(?:[^"\\]|\\.)*"/g, quoted => quoted.includes(WINDOW_LABEL) ? JSON.stringify(template) : quoted);
}
/**
 * Runs every batch once, with bounded concurrency, and answers per expanded query. Once the
 * endpoint proved unavailable (network error, timeout, 429 or 5xx after the retries), batches
 * not yet started are skipped: they would fail the same way. Once `signal` aborts (the overall
 * deadline, Ctrl-C), requests in flight end and nothing more is sent.
 */
async function runBatches(client, batches, time, slots, signal, endpoint) {
    const outcomes = new Map();
    const runBatch = async (batch) => {
        const ranges = batch.ranges ?? [];
        const keys = [
            ...batch.windows.map(w => outcomeKey(batch.template, w)),
            ...ranges.map(r => rangeKey(batch.template, r))
        ];
        const failAll = (message) => keys.forEach(key => outcomes.set(key, { ok: false, message: userText(message, batch.template) }));
        if (signal.aborted)
            return failAll(`not sent: ${abortReason(signal)}`);
        if (endpoint.unavailable)
            return failAll(`not sent: an earlier query found ${endpoint.unavailable}`);
        try {
            const queries = new Set(batch.windows.map(w => expandQuery(batch.template, w)));
            if (queries.size === 1 && ranges.length === 0) {
                // One window, or a query without {{window}} (a raw ratio's vector(1)): a plain query.
                const value = (await client.queryScalar([...queries][0], time, signal)).value;
                return keys.forEach(key => outcomes.set(key, { ok: true, value }));
            }
            let series;
            try {
                series = await client.queryVector(batchQuery(batch), time, signal);
            }
            catch (error) {
                if (!refusedBatch(error))
                    throw error;
                return await oneByOne(client, batch, time, keys, outcomes, signal);
            }
            ;
            [...batch.windows, ...ranges.map(rangeLabel)].forEach((window, i) => {
                try {
                    const ofWindow = series.filter(s => s.metric?.[WINDOW_LABEL] === window);
                    outcomes.set(keys[i], { ok: true, value: singleSeriesValue(ofWindow, WINDOW_LABEL) });
                }
                catch (error) {
                    const noData = error instanceof PrometheusError && error.kind === 'no-data';
                    outcomes.set(keys[i], { ok: false, message: error.message, noData });
                }
            });
        }
        catch (error) {
            noteUnavailable(endpoint, error, signal);
            failAll(error.message);
        }
    };
    await Promise.all(batches.map(batch => slots(() => runBatch(batch))));
    return outcomes;
}
/**
 * After a refused batch: the query alone over its first window. When that fails too, its error
 * (about the user's query) stands for every window; when it answers, only the batching was the
 * problem (a scalar form), and the other windows are asked alone. No coverage probe then.
 */
async function oneByOne(client, batch, time, keys, outcomes, signal) {
    const queries = [
        ...batch.windows.map(w => expandQuery(batch.template, w)),
        ...(batch.ranges ?? []).map(r => (0,engine_exclusions/* expandAt */.or)(batch.template, r.seconds, r.end))
    ];
    for (const [i, query] of queries.entries()) {
        try {
            const value = (await client.queryScalar(query, time, signal)).value;
            outcomes.set(keys[i], { ok: true, value });
        }
        catch (error) {
            const message = error.message;
            if (i > 0)
                outcomes.set(keys[i], { ok: false, message });
            else
                return keys.forEach(key => outcomes.set(key, { ok: false, message }));
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/coverage.ts
/**
 * The coverage probes: how far back the data of an SLO goes, so that a window longer than the
 * data (or recorded series shorter than the window) is told, never silently computed over less.
 * Raw series are probed per total query and window; recorded series in one request for all.
 */





/**
 * The bounded coverage check: the query's 1h value at the window's start, one point instead of
 * another scan of the whole window. Answers when the data reaches back to the window's start.
 */
function coveragePointQuery(template) {
    return expandQuery(template, '1h');
}
/**
 * Only when the point check found nothing: the earliest hour with data, minimised over an hourly
 * subquery. It reads the window once more, but then the data is shorter than the window.
 */
function coverageSinceQuery(template, window) {
    return `min_over_time(timestamp(${term(template, '1h')})[${window}:1h])`;
}
/**
 * The bounded coverage checks of the SLOs read from raw series, one request per distinct total
 * query and window, each sent on its own so that its failure is a warning, never the SLO's ERROR.
 * Records the earliest data under coverageKey; returns the warnings and the requests made.
 */
async function probeRawCoverage(client, slos, time, slots, signal, endpoint) {
    const probes = new Map();
    for (const slo of slos) {
        // A raw ratio (vector(1)) or a scalar has no timestamp of its data: nothing to probe.
        if (isRatioSlo(slo) || isScalarForm(slo.totalQuery))
            continue;
        const key = coverageKey(slo.totalQuery, slo.window);
        const probe = probes.get(key) ?? { template: slo.totalQuery, window: slo.window, names: [] };
        probe.names.push(slo.name);
        probes.set(key, probe);
    }
    const warnings = [];
    const outcomes = new Map();
    const probe = async (key, template, window, names) => {
        // The decision's own queries say what an unavailable endpoint or an abort means.
        if (signal.aborted || endpoint.unavailable)
            return;
        const start = time.getTime() / 1000 - (0,duration/* parseDuration */.E)(window);
        try {
            const at = new Date((start + 3600) * 1000);
            await client.queryScalar(coveragePointQuery(template), at, signal);
            return outcomes.set(key, { ok: true, value: start });
        }
        catch (error) {
            if (!(error instanceof PrometheusError && error.kind === 'no-data')) {
                return warnings.push(`${names.join(', ')}: the coverage check of total_query failed (${error.message}); the figures stand, but whether the data covers the whole ${window} is unknown`);
            }
        }
        try {
            const since = await client.queryScalar(coverageSinceQuery(template, window), time, signal);
            outcomes.set(key, { ok: true, value: since.value });
        }
        catch {
            // No data in the window at all: the SLO's own queries say so, as ERROR.
        }
    };
    await Promise.all([...probes].map(([key, { template, window, names }]) => slots(() => probe(key, template, window, names))));
    return { warnings, outcomes };
}
/**
 * One request for every SLO that may read recording rules: the earliest sample of its recorded
 * series, by the probe labels of rules.ts (ours, Sloth's, Pyrra's).
 */
async function probeRecordedSeries(client, slos, time, signal) {
    const since = new Map();
    if (slos.length === 0)
        return { since };
    try {
        const query = rulesCoverageQuery(slos, windowsFor);
        for (const series of await client.queryVector(query, time, signal)) {
            const value = parseSampleValue(series.value?.[1]);
            if (series.metric?.slo !== undefined && Number.isFinite(value))
                since.set(series.metric.slo, value);
        }
    }
    catch (error) {
        return { since, failure: error };
    }
    return { since };
}

;// CONCATENATED MODULE: ./src/engine/daily.ts
/**
 * The burn-down chart's data: the budget left at the end of each day of the SLO window,
 * `left(d) = 100 × (1 − bad(start..d) / ((1 − target) × total(start..now)))`.
 *
 * The days come from one range query per distinct error query, `increase(q[1d])` every day from
 * the window's start: adjacent, non-overlapping ranges, so Prometheus reads each sample once. The
 * denominator is the whole window's total, which the instant queries already measured, so the total
 * query needs no range query. A chart that cannot be drawn is `{ unavailable }`: it never changes
 * a status.
 */




const DAY = 86400;
/** At most this many steps: a 90d window is drawn day by day, a 365d one every 5 days. */
const MAX_STEPS = 90;
const isDrawable = (daily) => daily !== undefined && 'points' in daily;
/**
 * Where the SLO window starts: `time − window` for a rolling window. The one place to change for
 * windows that start elsewhere (a calendar month); the days are counted from here.
 */
function windowStart(slo, time) {
    return new Date(time.getTime() - (0,duration/* parseDuration */.E)(slo.window) * 1000);
}
function planDaily(slo, time, start = windowStart(slo, time)) {
    if (isRatioSlo(slo)) {
        return {
            unavailable: 'the SLI is an error ratio, not event counts, so its days cannot be added up into a budget'
        };
    }
    const span = (time.getTime() - start.getTime()) / 1000;
    const stepSeconds = Math.max(1, Math.ceil(span / DAY / MAX_STEPS)) * DAY;
    const count = Math.floor(span / stepSeconds);
    if (count === 0)
        return { start, stepSeconds, count };
    const promql = expandQuery(slo.errorQuery, (0,duration/* formatDuration */.a)(stepSeconds));
    const range = {
        start: new Date(start.getTime() + stepSeconds * 1000),
        end: new Date(start.getTime() + count * stepSeconds * 1000),
        stepSeconds
    };
    const key = `${range.start.getTime()} ${stepSeconds} ${count} ${promql}`;
    return { start, stepSeconds, count, query: { key, promql, range } };
}
/** How many steps a range query asks for. */
const stepsOf = ({ range }) => Math.round((range.end.getTime() - range.start.getTime()) / 1000 / range.stepSeconds) + 1;
/** Pure: the matrix of one range query as errors per step, or why it cannot be used. */
function readMatrix(series, query) {
    if (series.length > 1) {
        return {
            ok: false,
            message: `the error query returned ${series.length} series per day where one is expected (wrap it in sum())`
        };
    }
    const errors = new Map();
    const first = query.range.start.getTime() / 1000;
    for (const [at, text] of series[0]?.values ?? []) {
        const value = parseSampleValue(text);
        if (!Number.isFinite(value) || value < 0)
            return { ok: false, message: `the error query returned ${text} for a day` };
        const step = 1 + Math.round((at - first) / query.range.stepSeconds);
        const expected = first + (step - 1) * query.range.stepSeconds;
        // An engine that moves the steps (VictoriaMetrics' cache aligns them to multiples of the
        // step) would put each day's errors on the wrong day: no chart rather than a wrong one.
        if (Math.abs(at - expected) > 1 || step < 1 || step > stepsOf(query))
            return {
                ok: false,
                message: `the engine answered for ${new Date(at * 1000).toISOString()}, not at the end of a day of the window (does it align query_range steps?)`
            };
        errors.set(step, value);
    }
    return { ok: true, errors };
}
/**
 * Runs each distinct range query once through the shared limiter (after the decision's queries,
 * which were queued first). Never throws: a failure becomes the chart's `unavailable` reason.
 */
async function runDailyQueries(client, plans, slots, signal, endpoint = {}) {
    const answers = new Map();
    const queries = new Map();
    for (const plan of plans)
        if ('query' in plan && plan.query)
            queries.set(plan.query.key, plan.query);
    let sent = 0;
    const queryRange = client.queryRange?.bind(client);
    await Promise.all([...queries.values()].map(query => slots(async () => {
        if (!queryRange) {
            answers.set(query.key, { ok: false, message: 'the query client has no range queries' });
            return;
        }
        if (signal?.aborted)
            return answers.set(query.key, { ok: false, message: 'not sent' });
        if (endpoint.unavailable)
            return answers.set(query.key, { ok: false, message: `not sent: ${endpoint.unavailable}` });
        sent++;
        try {
            const matrix = await queryRange(query.promql, query.range, signal);
            answers.set(query.key, readMatrix(matrix, query));
        }
        catch (error) {
            noteUnavailable(endpoint, error, signal);
            answers.set(query.key, { ok: false, message: error.message });
        }
    })));
    return { answers, sent };
}
/**
 * Pure: the chart of one evaluated SLO. `remaining` and `total` are the instant figures over the
 * whole window, so the last point is exactly the budget_remaining the gate decided on.
 */
function dailyBudget(plan, answers, slo, time) {
    if ('unavailable' in plan)
        return plan;
    if (slo.remaining === null || slo.total === null || slo.total <= 0)
        return { unavailable: 'the budget is unknown' };
    const answer = plan.query
        ? (answers.get(plan.query.key) ?? { ok: false, message: 'the range query was not run' })
        : { ok: true, errors: new Map() };
    if (!answer.ok)
        return { unavailable: `the daily range query failed: ${answer.message}` };
    const budget = (1 - slo.target / 100) * slo.total;
    const points = [{ at: plan.start, remaining: 100 }];
    let bad = 0;
    let missing = 0;
    for (let step = 1; step <= plan.count; step++) {
        const errors = answer.errors.get(step);
        if (errors === undefined)
            missing++;
        bad += errors ?? 0;
        const at = new Date(plan.start.getTime() + step * plan.stepSeconds * 1000);
        points.push({ at, remaining: 100 * (1 - bad / budget) });
    }
    // The last point is the decision's own figure: the end of the last full day, or now.
    const last = points[points.length - 1];
    if (points.length > 1 && time.getTime() - last.at.getTime() < 1000)
        last.remaining = slo.remaining;
    else
        points.push({ at: time, remaining: slo.remaining });
    const unit = plan.stepSeconds === DAY ? 'days' : `steps of ${(0,duration/* formatDuration */.a)(plan.stepSeconds)}`;
    const notes = missing > 0 ? [`no data for ${missing} of the ${plan.count} ${unit}; counted as no errors`] : [];
    return { points, notes };
}

;// CONCATENATED MODULE: ./src/engine/sources.ts
/**
 * Where each SLO's figures are read from (`query_source`): its raw series, or recording rules
 * (ours, Sloth's, Pyrra's) that cover the whole window. Decided before its queries, from one
 * probe of the recorded series.
 */



const isoTime = (unixSeconds) => new Date(unixSeconds * 1000).toISOString();
/** Excluded intervals are cut out of raw series with `@` ranges: such an SLO reads raw series. */
const modeOf = (slo) => slo.exclusions.length ? 'raw' : (slo.querySource ?? 'raw');
/**
 * One request for every SLO that may read recording rules: how far back its recorded series go.
 * Those covering the whole window read the rules; the others read raw series (auto) or are
 * refused with the exact reach of their rules (rules).
 */
async function chooseSources(client, slos, time, signal) {
    const warnings = [];
    for (const slo of slos) {
        if (slo.exclusions.length && slo.querySource === 'rules')
            warnings.push(`${slo.name}: query_source rules does not apply to an SLO with excluded intervals (they are cut out of the raw series); raw queries used`);
    }
    const reach = await probeRecordedSeries(client, slos.filter(slo => modeOf(slo) !== 'raw'), time, signal);
    const plans = slos.map(slo => {
        const { plan, warning } = sourceFor(slo, reach, time);
        if (warning)
            warnings.push(warning);
        return plan;
    });
    return { plans, warnings, failure: reach.failure };
}
/** Pure: the source of one SLO from the reach of the recorded series, and a warning if any. */
function sourceFor(slo, { since, failure }, time) {
    const raw = { slo, queried: slo, source: 'raw' };
    const mode = modeOf(slo);
    if (mode === 'raw')
        return { plan: raw };
    const earliest = since.get(rulesProbeLabel(slo));
    if (earliest !== undefined && coversWindow(earliest, slo.window, time))
        return { plan: { slo, queried: readingRules(slo), source: 'rules', since: earliest } };
    // A Sloth SLO whose own recording rules cover the window needs nothing new.
    const sloth = slo.slothId === undefined ? undefined : since.get(slothProbeLabel(slo.slothId));
    if (sloth !== undefined &&
        coversWindow(sloth, slo.window, time) &&
        slothHasWindows(slo, windowsFor(slo)))
        return { plan: { slo, queried: readingSloth(slo), source: 'sloth', since: sloth } };
    // The same for Pyrra: its period increase covers the window and every alert window exists.
    const pyrra = slo.pyrra === undefined || slo.calendar !== undefined
        ? undefined
        : since.get(pyrraProbeLabel(slo.name));
    const pyrraNeeds = slo.pyrra === undefined ? [] : pyrraWindows(slo, windowsFor(slo));
    const pyrraCovers = pyrra !== undefined && coversWindow(pyrra, slo.window, time);
    const pyrraComplete = (since.get(pyrraWindowsLabel(slo.name)) ?? 0) >= pyrraNeeds.length;
    if (pyrraCovers && pyrraComplete)
        return { plan: { slo, queried: readingPyrra(slo), source: 'pyrra', since: pyrra } };
    const days = (since) => `${((time.getTime() / 1000 - since) / 86400).toFixed(1)} days of the ${slo.window} window`;
    const reach = earliest !== undefined
        ? `its recorded series go back only to ${isoTime(earliest)} (${days(earliest)})`
        : pyrra === undefined
            ? undefined
            : !pyrraCovers
                ? `Pyrra's recorded series go back only to ${isoTime(pyrra)} (${days(pyrra)})`
                : `Pyrra's recording rules lack burn-rate windows the gate needs (it needs ${pyrraNeeds.join(', ')}; Pyrra derives its windows from the SLO period)`;
    if (mode === 'rules') {
        const refusal = failure
            ? `query_source rules: the recorded series could not be read: ${failure.message}`
            : reach
                ? `query_source rules: ${reach}; ${BACKFILL_HINT}, or set query_source auto`
                : `query_source rules: no recorded series for this SLO; generate them with "error-budget rules", load them into Prometheus and ${BACKFILL_HINT}`;
        return { plan: { ...raw, source: 'rules', refusal } };
    }
    if (failure)
        return {
            plan: raw,
            warning: `${slo.name}: could not look for recorded series (${failure.message}); raw queries used`
        };
    if (reach)
        return {
            plan: raw,
            warning: `${slo.name}: ${reach}; raw queries used until they cover it (${BACKFILL_HINT})`
        };
    return { plan: raw };
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts
/**
 * Evaluates a gate against Prometheus: chooses each SLO's source, runs every query concurrently
 * under one deadline, reads the figures back, and hands them to the pure assessment.
 */








/** Evaluates every SLO of the config and decides whether the deploy may go out. */
async function evaluateGate(config, deps) {
    const started = Date.now();
    const time = config.evaluationTime ?? (deps.now ?? (() => new Date()))();
    const specs = config.slos.map(slo => atEvaluationTime(slo, time));
    const counted = countingClient(deps.client);
    const { signal, clear } = evaluationSignal(config.prometheus, deps.signal);
    // One limiter for all: the chart's range queries wait behind the decision's, never beside them.
    const slots = limiter(config.maxConcurrency);
    // Shared by every kind of query: once the endpoint proved unavailable, none sends more.
    const endpoint = {};
    let sources;
    let outcomes;
    let coverage;
    let daily;
    let dailyPlans = [];
    try {
        sources = await chooseSources(counted.client, specs, time, signal);
        noteUnavailable(endpoint, sources.failure, signal);
        const queried = sources.plans.filter(p => !p.refusal);
        const batches = planBatches(queried.map(p => p.queried), time);
        // The chart reads the series the SLO is read from (recorded ones when it reads rules).
        dailyPlans = config.chart ? sources.plans.map(p => planDaily(p.queried, time)) : [];
        [outcomes, coverage, daily] = await Promise.all([
            runBatches(counted.client, batches, time, slots, signal, endpoint),
            probeRawCoverage(counted.client, queried.filter(p => p.source === 'raw').map(p => p.slo), time, slots, signal, endpoint),
            runDailyQueries(deps.client, dailyPlans, slots, signal, endpoint)
        ]);
    }
    finally {
        clear();
    }
    for (const [key, outcome] of coverage.outcomes)
        outcomes.set(key, outcome);
    for (const plan of sources.plans) {
        if (plan.since !== undefined)
            outcomes.set(coverageKey(plan.queried.totalQuery, plan.slo.window), {
                ok: true,
                value: plan.since
            });
    }
    const judge = ({ slo, queried, source, refusal }, i) => {
        if (refusal)
            return { ...errorResult(slo, refusal, [], config.onError), querySource: source };
        const result = {
            ...assessSlo(queried, figuresFrom(queried, outcomes, time), config.onError, time),
            querySource: source,
            spec: slo
        };
        if (!config.chart)
            return result;
        const main = result.windows.find(w => sameWindow(w.window, slo.window));
        const figures = {
            target: slo.target,
            remaining: result.budgetRemaining,
            total: main?.total ?? null
        };
        return { ...result, daily: dailyBudget(dailyPlans[i], daily.answers, figures, time) };
    };
    const results = sources.plans.map(judge);
    return {
        ...decideGate(results, { onError: config.onError, dryRun: config.dryRun, freeze: deps.freeze }),
        freeze: deps.freeze,
        evaluationTime: time,
        dryRun: config.dryRun,
        warnings: [
            ...queryWarnings(config.slos),
            ...sources.warnings,
            ...coverage.warnings,
            ...results.flatMap(r => r.warnings)
        ],
        requestCount: counted.sent() + daily.sent,
        durationMs: Date.now() - started
    };
}

// EXTERNAL MODULE: ./src/workspace/read.ts
var workspace_read = __nccwpck_require__(9225);
;// CONCATENATED MODULE: ./src/workspace/freeze-file.ts
/** Reading, writing and removing the freeze file in the workspace. */




/** The file holds three short lines; anything bigger is not a freeze file we wrote. */
const MAX_FREEZE_BYTES = 16 * 1024;
const MAX_FIELD_CHARS = 300;
/** The fields of the freeze format (formatFreezeFile); nothing else in the file is ever shown. */
const FIELDS = ['reason', 'by', 'at'];
/** Only the format's fields, one line each and capped: the file comes from the repository. */
function shownFields(text) {
    const lines = [];
    for (const field of FIELDS) {
        const value = new RegExp(`^${field}:[ \\t]*(.*)$`, 'm').exec(text)?.[1];
        if (value === undefined)
            continue;
        const flat = (0,text_escape/* oneLine */.TN)(value).trim();
        lines.push(`${field}: ${flat.length > MAX_FIELD_CHARS ? `${flat.slice(0, MAX_FIELD_CHARS)}…` : flat}`);
    }
    if (lines.length === 0 || !lines[0].startsWith('reason:'))
        lines.unshift('reason: (none given; the file has no "reason:" line)');
    return lines.join('\n');
}
/**
 * The freeze notice, or undefined when there is no file. A file that is present but refused (a
 * symlink, a directory, too big) is still a freeze: it only makes the gate stricter.
 */
function readFreezeFile(file, workspace) {
    const read = (0,workspace_read/* readRepositoryFile */.t)(file, { maxBytes: MAX_FREEZE_BYTES, workspace });
    if (read.kind === 'missing')
        return undefined;
    if (read.kind === 'refused')
        return { file, text: `reason: (present but not read: it ${read.why})` };
    return { file, text: shownFields(read.text) };
}
/** Writes the freeze file, never through a link (a planted `.deploy-freeze -> ~/.profile`). */
function writeFreezeFile(file, details) {
    const { O_WRONLY, O_CREAT, O_TRUNC, O_NOFOLLOW = 0 } = fs.constants;
    try {
        const fd = fs.openSync(file, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o644);
        try {
            fs.writeSync(fd, formatFreezeFile(details));
        }
        finally {
            fs.closeSync(fd);
        }
    }
    catch (error) {
        if (error.code !== 'ELOOP')
            throw error;
        throw new Error(`${oneLine(file)} is a symbolic link; the freeze file is not written through it`);
    }
}
/** Removes the freeze file; false when there was none. */
function removeFreezeFile(file) {
    try {
        fs.unlinkSync(file);
        return true;
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return false;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/workspace/paths.ts
/** How a workspace file is shown: relative to the workspace, never the runner's absolute path. */

/** `file` relative to `root` when it lies inside; otherwise as the user wrote it (`given`). */
function shownPath(file, root, given) {
    const relative = external_node_path_default().relative(root, file);
    const inside = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    return inside ? relative.split((external_node_path_default()).sep).join('/') : given;
}

// EXTERNAL MODULE: ./src/engine/inputs.ts
var inputs = __nccwpck_require__(5545);
;// CONCATENATED MODULE: ./src/engine/config.ts




function parseHeaders(input, text) {
    const headers = {};
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!match)
            throw new inputs/* InputError */.dz(input, `"${line.slice(0, 40)}" is not a header; expected one "Name: value" a line`);
        headers[match[1]] = match[2];
    }
    return headers;
}
/** Splits credentials out of the URL so they travel only in the Authorization header. */
function parsePrometheusUrl(input, text) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new inputs/* InputError */.dz(input, 'is required; expected the base URL of a Prometheus HTTP API, e.g. https://prometheus.example.com');
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new inputs/* InputError */.dz(input, 'is not a URL; expected http(s)://host[:port][/path-prefix]');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new inputs/* InputError */.dz(input, `has protocol ${url.protocol}; expected http or https`);
    }
    const username = url.username ? decodeURIComponent(url.username) : undefined;
    const password = url.password ? decodeURIComponent(url.password) : undefined;
    url.username = '';
    url.password = '';
    return { url: url.toString(), username, password };
}
/**
 * Values that must never be printed, from the raw inputs (masked before anything else runs), in
 * every form they travel or come back in: the token, the password and base64(user:pass) with its
 * header value, the URL's userinfo and credential-like query values, prometheus_headers values,
 * the Slack webhook (whole, path, last segment) and the GitHub token, each also URL-, JSON- and
 * Markdown-encoded.
 */
function secretValues(get) {
    const url = get('prometheus_url').trim();
    let fromUrl = {};
    try {
        fromUrl = parsePrometheusUrl('prometheus_url', url);
    }
    catch {
        // An invalid URL is reported by readGateConfig, without echoing it.
    }
    const username = get('prometheus_username').trim() || fromUrl.username || '';
    const password = get('prometheus_password').trim() || fromUrl.password || '';
    const headerValues = get('prometheus_headers')
        .split(/\r?\n/)
        .map(line => line.slice(line.indexOf(':') + 1));
    const slack = get('slack_webhook_url').trim();
    return expandSecrets([
        ...credentialValues({ token: get('prometheus_token'), username, password, headerValues, url }),
        ...(slack ? webhookSecrets(slack) : []),
        get('github_token')
    ]);
}
/** Excluded intervals must be over at evaluation time and may not overlap: a bad input if not. */
function withCheckedExclusions(slos, input, time) {
    for (const slo of slos) {
        try {
            (0,engine_exclusions/* checkExclusions */.W$)(slo.exclusions, time);
        }
        catch (error) {
            throw new inputs/* InputError */.dz(input, `${slo.name}: ${error.message}`);
        }
    }
    return slos;
}
/** The Prometheus endpoint of the prometheus_* inputs, checked (credentials out of the URL). */
function readPrometheusOptions(get) {
    const input = (0,inputs/* withDefaults */.rO)(get);
    const endpoint = parsePrometheusUrl('prometheus_url', get('prometheus_url'));
    const token = get('prometheus_token').trim() || undefined;
    // It travels as a header value: a line break would be refused by the HTTP stack at each try.
    // eslint-disable-next-line no-control-regex
    if (token && /[\u0000-\u0008\u000a-\u001f\u007f]/.test(token)) {
        throw new inputs/* InputError */.dz('prometheus_token', 'has a line break or a control character; expected the token on one line (check how the secret was stored)');
    }
    const username = get('prometheus_username').trim() || endpoint.username;
    const password = get('prometheus_password').trim() || endpoint.password;
    if (token && (username || password)) {
        throw new inputs/* InputError */.dz('prometheus_token', 'set either prometheus_token or prometheus_username/password, not both');
    }
    const caCert = get('prometheus_ca_cert').trim() || undefined;
    if (caCert && !caCert.includes('-----BEGIN CERTIFICATE-----')) {
        throw new inputs/* InputError */.dz('prometheus_ca_cert', 'expected PEM text starting with -----BEGIN CERTIFICATE-----');
    }
    return {
        url: endpoint.url,
        token,
        username,
        password,
        headers: parseHeaders('prometheus_headers', get('prometheus_headers')),
        caCert,
        timeoutSeconds: (0,inputs/* parseIntegerInRange */.ci)('prometheus_timeout', input('prometheus_timeout'), 1, 600, 'whole seconds, 1-600'),
        retries: (0,inputs/* parseIntegerInRange */.ci)('prometheus_retries', input('prometheus_retries'), 0, 10, 'a whole number, 0-10')
    };
}
/**
 * Builds and checks the gate's config: `get` answers by the action's input names (unset: the
 * defaults), `slos` are the SLOs of a config file or a policy (unset: the one SLO of the inputs).
 */
function readGateConfig(get, slos, context = {}) {
    const input = (0,inputs/* withDefaults */.rO)(get);
    const prometheus = context.endpoint?.prometheus ?? readPrometheusOptions(get);
    const onError = (0,inputs/* parseWord */.kB)('on_error', input('on_error'), ['block', 'allow']);
    const now = context.now ?? (() => new Date());
    return {
        prometheus,
        slos: withCheckedExclusions(slos ?? [(0,engine_slo/* sloFromInputs */.QK)(get)], slos ? 'config_file' : 'exclude', (0,inputs/* parseEvaluationTime */.HA)('evaluation_time', get('evaluation_time')) ?? now()),
        freezeFile: input('freeze_file'),
        onError,
        failOnBlock: (0,inputs/* parseBoolean */.yG)('fail_on_block', input('fail_on_block')),
        dryRun: (0,inputs/* parseBoolean */.yG)('dry_run', input('dry_run')),
        evaluationTime: (0,inputs/* parseEvaluationTime */.HA)('evaluation_time', get('evaluation_time')),
        maxConcurrency: (0,inputs/* parseIntegerInRange */.ci)('max_concurrency', input('max_concurrency'), 1, 64, 'a whole number, 1-64'),
        chart: (0,inputs/* parseBoolean */.yG)('chart', input('chart')),
        secrets: [...(context.endpoint?.secrets ?? []), ...secretValues(get)]
    };
}

;// CONCATENATED MODULE: ./src/http/retry.ts
/** One retry policy for every HTTP call the gate makes (Prometheus, Slack): attempts, delay, sleep. */
/** Resolves after `ms`, or as soon as `signal` aborts (its timer cleared, so nothing lingers). */
const sleep = (ms, signal) => new Promise(resolve => {
    const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    if (signal?.aborted)
        done();
});
/** Exponential backoff from `baseMs`, doubled each retry, capped at `capMs`. */
const exponentialMs = (baseMs, capMs) => (retry) => Math.min(capMs, baseMs * 2 ** (retry - 1));
/** Runs `work` until it succeeds, fails for good, or the attempts are spent; throws the last error. */
async function withRetry(work, policy) {
    const wait = policy.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        try {
            return await work(attempt);
        }
        catch (error) {
            if (attempt >= policy.attempts || !policy.retryable(error))
                throw error;
            await wait(policy.delayMs(attempt, error), policy.signal);
            if (policy.signal?.aborted)
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/http/body.ts
/** Reading a response body with a cap: a body has no natural size limit (gzip bombs, endless streams). */
/**
 * The body as UTF-8 text, read up to `maxBytes` after decoding. Past that, reading stops (leaving
 * the loop destroys the stream) and `truncated` is true: the caller decides what that means.
 */
async function readCappedText(response, maxBytes) {
    if (Number(response.headers.get('content-length')) > maxBytes)
        return { text: '', truncated: true };
    const chunks = [];
    let size = 0;
    let truncated = false;
    for await (const data of response.body ?? []) {
        const chunk = Buffer.from(data);
        if (size + chunk.length > maxBytes) {
            chunks.push(chunk.subarray(0, maxBytes - size));
            truncated = true;
            break;
        }
        chunks.push(chunk);
        size += chunk.length;
    }
    return { text: Buffer.concat(chunks).toString('utf8'), truncated };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_namespaceObject);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: ./src/http/post.ts
/**
 * One POST over Node's own http/https, answered as a status, headers and a decoded body stream.
 * What the gate needs of fetch, and no more: it never follows a redirect (credentials must not
 * travel to another host), it aborts on a signal, it asks for no compression, and it decodes
 * gzip, deflate and br itself when a server compresses anyway, so that readCappedText caps the
 * decoded bytes. It replaces node-fetch, which did the same for 15 ms
 * more per run (issue 11, the action's own overhead).
 */



// TLS is loaded only for an https:// URL: ~2 ms of every run against a plain-http endpoint.
const post_require = (0,external_node_module_namespaceObject.createRequire)(import.meta.url);
const loadHttps = () => post_require('node:https');
// Loaded only when a server compresses although it was asked not to.
const zlib = () => post_require('node:zlib');
/** One keep-alive agent per endpoint; for https, a custom CA is trusted beside the system's. */
function keepAliveAgent(url, caCert) {
    if (new URL(url).protocol === 'http:')
        return new (external_node_http_default()).Agent({ keepAlive: true });
    const tls = post_require('node:tls');
    const ca = caCert ? [...tls.rootCertificates, caCert] : undefined;
    return new (loadHttps().Agent)({ keepAlive: true, ca });
}
/** A body cut short fails to decode (no lenient flush): half an answer is never an answer. */
const DECODERS = {
    gzip: () => zlib().createGunzip(),
    'x-gzip': () => zlib().createGunzip(),
    // "deflate" is meant zlib-wrapped, but some servers send it raw: the first byte tells them apart.
    deflate: firstByte => (firstByte & 0x0f) === 0x08 ? zlib().createInflate() : zlib().createInflateRaw(),
    br: () => zlib().createBrotliDecompress()
};
/** An error whose `name` is AbortError when the signal stopped it, as fetch reports it. */
function aborted() {
    const error = new Error('The operation was aborted');
    error.name = 'AbortError';
    return error;
}
function post(url, options) {
    const target = new URL(url);
    const send = target.protocol === 'https:' ? loadHttps().request : (external_node_http_default()).request;
    return new Promise((resolve, reject) => {
        const request = send(target, {
            method: 'POST',
            agent: options.agent,
            signal: options.signal,
            headers: {
                // The gate's answers are a few kB: compressing them costs the server CPU and this
                // process ~8 ms of zlib per run, for nothing. A server that compresses anyway is decoded.
                'Accept-Encoding': 'identity',
                // So that the gate's queries can be told apart in a server's or a proxy's logs.
                'User-Agent': 'error-budget-gate',
                ...options.headers,
                'Content-Length': String(Buffer.byteLength(options.body))
            }
        }, response => {
            const encoding = String(response.headers['content-encoding'] ?? '')
                .trim()
                .toLowerCase();
            const status = response.statusCode ?? 0;
            const answer = (body) => resolve({
                status,
                ok: status >= 200 && status < 300,
                headers: {
                    get: name => {
                        const value = response.headers[name.toLowerCase()];
                        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
                    }
                },
                body
            });
            const decoder = DECODERS[encoding];
            if (!decoder)
                return answer(response);
            // An empty body is empty in any encoding (a 204, a 304, a proxy's bare 429, 504 or
            // redirect that still names one), as node-fetch read it: decoding nothing fails, which
            // made such an answer a network error, retried where a 504 or a redirect is not and deaf
            // to a 429's Retry-After. So the decoder starts only once there is a first byte.
            response.once('error', error => reject(options.signal?.aborted ? aborted() : error));
            response.once('readable', () => {
                const head = response.read();
                if (!head)
                    return answer(response);
                response.unshift(head);
                // A failure of the decoder or of the socket reaches the reader through the last stream.
                answer((0,external_node_stream_namespaceObject.pipeline)(response, decoder(head[0]), () => undefined));
            });
        });
        request.on('error', error => reject(options.signal?.aborted ? aborted() : error));
        // Node closes a request without 'response' or 'error' when the server answers 101 (an upgrade
        // nobody asked for): without this the promise never settles, not even on abort, and a process
        // with nothing else to wait for exits as if it had succeeded. After a response it does nothing.
        request.on('close', () => reject(options.signal?.aborted ? aborted() : new Error('the connection closed without an answer')));
        request.end(options.body);
    });
}

;// CONCATENATED MODULE: ./src/prometheus/client.ts





/** 504 is not here: a gateway that gave up may leave the query running behind it. */
const RETRYABLE_STATUSES = new Set([429, 500, 502, 503]);
/** Exponential backoff between attempts: 0.5 s, 1 s, 2 s ... at most 5 s. */
const backoffMs = exponentialMs(500, 5000);
/**
 * The most of a decoded body the client reads (gzip included): an answer for one instant query
 * is a few kB, and a gzip bomb or an endless body must not take the runner's memory.
 */
const MAX_BODY_BYTES = 10 * 1024 * 1024;
function authHeaders(options) {
    if (options.token)
        return { Authorization: `Bearer ${options.token}` };
    if (options.username || options.password) {
        const pair = Buffer.from(`${options.username ?? ''}:${options.password ?? ''}`).toString('base64');
        return { Authorization: `Basic ${pair}` };
    }
    return {};
}
function snippet(body) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1]?.trim();
    if (title)
        return `an HTML page titled "${title.slice(0, 80)}"`;
    const text = body.replace(/\s+/g, ' ').trim().slice(0, 120);
    return text ? `"${text}"` : 'an empty body';
}
function retryAfterMs(response) {
    const header = response.headers.get('retry-after');
    if (!header)
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, seconds * 1000);
    const date = Date.parse(header);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
class PrometheusClient {
    options;
    sleep;
    agent;
    endpoint;
    rangeEndpoint;
    shownEndpoint;
    /** Every form of the credentials sent, redacted from answers before they are cut or quoted. */
    secrets;
    constructor(options, 
    /** Injected by tests that check the backoff without waiting for it. */
    sleep) {
        this.options = options;
        this.sleep = sleep;
        this.agent = keepAliveAgent(options.url, options.caCert);
        this.endpoint = apiUrl(options.url, '/api/v1/query');
        this.rangeEndpoint = apiUrl(options.url, '/api/v1/query_range');
        this.shownEndpoint = redactUrl(this.endpoint);
        this.secrets = expandSecrets(credentialValues({ ...options, headerValues: Object.values(options.headers) }));
    }
    /** Evaluates an instant query that must yield exactly one finite sample. */
    async queryScalar(promql, time, signal) {
        const envelope = await this.request(promql, time, signal);
        return this.singleValue(envelope);
    }
    /** Releases keep-alive sockets so a CLI or test process can exit promptly. */
    close() {
        this.agent.destroy();
    }
    async request(promql, time, signal, range) {
        const form = new URLSearchParams({ query: promql });
        const seconds = (at) => (at.getTime() / 1000).toFixed(3);
        if (time)
            form.set('time', seconds(time));
        if (range) {
            form.set('start', seconds(range.start));
            form.set('end', seconds(range.end));
            form.set('step', String(range.stepSeconds));
        }
        const endpoint = range ? this.rangeEndpoint : this.endpoint;
        // The server gives up first, so a slow query comes back as its own JSON error, not an abort.
        form.set('timeout', `${this.options.timeoutSeconds}s`);
        try {
            return await withRetry(() => this.attempt(endpoint, form, signal), {
                attempts: this.options.retries + 1,
                retryable: (error) => error.retryable,
                // A 429's Retry-After is honoured, but capped at one request timeout.
                delayMs: (retry, error) => error.retryAfterMs !== undefined
                    ? Math.min(error.retryAfterMs, this.options.timeoutSeconds * 1000)
                    : backoffMs(retry),
                sleep: this.sleep,
                signal
            });
        }
        catch (error) {
            if (signal?.aborted)
                throw this.stopped(signal);
            throw error;
        }
    }
    /** The request was ended from outside (the evaluation's deadline, Ctrl-C): never retried. */
    stopped(signal) {
        const why = signal.reason instanceof Error ? signal.reason.message : 'aborted';
        return new PrometheusError(`request to ${this.shownEndpoint} stopped: ${why}`, 'network');
    }
    /** One request; a failure is thrown as a PrometheusError that says whether to retry. */
    async attempt(endpoint, form, signal) {
        if (signal?.aborted)
            throw this.stopped(signal);
        const controller = new AbortController();
        const waitSeconds = clientTimeoutSeconds(this.options.timeoutSeconds);
        const timer = setTimeout(() => controller.abort(), waitSeconds * 1000);
        const stop = () => controller.abort();
        signal?.addEventListener('abort', stop, { once: true });
        let response;
        let body;
        try {
            // Never follows a redirect: credentials must not travel to another host (see interpret).
            response = await post(endpoint, {
                body: form.toString(),
                headers: {
                    ...this.options.headers,
                    ...authHeaders(this.options),
                    Accept: 'application/json',
                    'Content-Type': 'application/x-www-form-urlencoded'
                },
                agent: this.agent,
                signal: controller.signal
            });
            body = await readCappedText(response, MAX_BODY_BYTES);
        }
        catch (error) {
            if (signal?.aborted)
                throw this.stopped(signal);
            const aborted = controller.signal.aborted;
            // Slow is not unreachable: the abandoned query may still run, so a timeout is not retried.
            const reason = aborted
                ? `timed out after ${waitSeconds}s without an answer (the server was asked to stop at ${this.options.timeoutSeconds}s); raise prometheus_timeout, or ${LIMIT_REMEDY}`
                : `failed: ${error.message}`;
            throw new PrometheusError(`request to ${redactUrl(endpoint)} ${reason}`, 'network', undefined, 
            // Not retried when slow, but unavailable all the same: the queries not yet sent end.
            { retryable: !aborted, unavailable: true });
        }
        finally {
            clearTimeout(timer);
            signal?.removeEventListener('abort', stop);
        }
        if (body.truncated)
            throw new PrometheusError(`${redactUrl(endpoint)} answered with a body over the ${MAX_BODY_BYTES / 1024 / 1024} MB limit (decoded); not read further`, 'response');
        return this.interpret(response, body.text, redactUrl(endpoint));
    }
    interpret(response, rawBody, shownEndpoint) {
        // A 401 page may echo the Authorization header: redact before any snippet is cut from it.
        const body = redactSecrets(rawBody, this.secrets);
        const status = response.status;
        const where = `${shownEndpoint} answered HTTP ${status}`;
        if (status >= 300 && status < 400) {
            const location = redactUrl(response.headers.get('location') ?? '');
            throw new PrometheusError(`${where}, a redirect to ${location}; not followed (check prometheus_url)`, 'http', status);
        }
        let envelope;
        try {
            const parsed = JSON.parse(body);
            if (parsed && typeof parsed === 'object' && 'status' in parsed)
                envelope = parsed;
        }
        catch {
            envelope = undefined;
        }
        // A gateway's 504 is not retried (the query may still run behind it), but says the endpoint
        // is unavailable as much as a 502 does: the queries not yet sent end.
        const down = RETRYABLE_STATUSES.has(status) || status === 504;
        const retry = {
            retryable: RETRYABLE_STATUSES.has(status),
            retryAfterMs: status === 429 ? retryAfterMs(response) : undefined,
            unavailable: down
        };
        if (!envelope) {
            const hint = status === 401 || status === 403 ? ' (check the credentials)' : '';
            throw new PrometheusError(`${where} with ${snippet(body)}, not Prometheus JSON${hint}`, 'response', status, retry);
        }
        if (envelope.status !== 'success' || status >= 400) {
            const type = envelope.errorType !== undefined ? ` (${envelope.errorType})` : '';
            const limit = queryLimit(envelope.error ?? '') ??
                (envelope.errorType === 'timeout' ? queryLimit('query timed out') : undefined);
            if (limit) {
                // Refused for its size or time: the same query would be refused again.
                const raise = limit.timeout ? 'raise prometheus_timeout (and the server limit), or ' : '';
                throw new PrometheusError(`${where}${type}: ${envelope.error}; the raw query exceeds ${limit.limit}: ${raise}${LIMIT_REMEDY}`, 'limit', status);
            }
            const hint = status === 401 || status === 403 ? ' (check the credentials)' : '';
            throw new PrometheusError(`${where}${type}: ${envelope.error ?? 'no error text'}${hint}`, 'http', status, 
            // The server's own query timeout says this query is too heavy, not that the server is down.
            { ...retry, unavailable: down && envelope.errorType !== 'timeout' });
        }
        return envelope;
    }
    /** Evaluates an instant query that may return several series, each checked by the caller. */
    async queryVector(promql, time, signal) {
        const data = this.usableData(await this.request(promql, time, signal));
        if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
            throw new PrometheusError(`${this.shownEndpoint} returned ${describeData(data)}; expected an instant vector`, 'response');
        }
        return data.result;
    }
    /** Evaluates a range query (the burn-down chart's days): a matrix, each series checked by the caller. */
    async queryRange(promql, range, signal) {
        const data = this.usableData(await this.request(promql, undefined, signal, range));
        if (data?.resultType !== 'matrix' || !Array.isArray(data.result)) {
            throw new PrometheusError(`${redactUrl(this.rangeEndpoint)} returned a ${data?.resultType ?? 'malformed'} result; expected a range matrix`, 'response');
        }
        return data.result;
    }
    /** The data of a successful answer; partial answers (warnings, isPartial) are refused. */
    usableData(envelope) {
        if (envelope.warnings?.length || envelope.isPartial) {
            const detail = envelope.warnings?.join('; ') || 'isPartial: true';
            throw new PrometheusError(`${this.shownEndpoint} returned partial data (${detail}); refusing to decide on it`, 'response');
        }
        return envelope.data;
    }
    singleValue(envelope) {
        const data = this.usableData(envelope);
        const infos = envelope.infos ?? [];
        if (data?.resultType === 'scalar') {
            return { value: finiteValue(data.result?.[1]), infos };
        }
        if (data?.resultType !== 'vector' || !Array.isArray(data.result)) {
            throw new PrometheusError(`${this.shownEndpoint} returned ${describeData(data)}; the query must return one instant sample`, 'response');
        }
        return { value: singleSeriesValue(data.result), infos };
    }
}

;// CONCATENATED MODULE: ./src/text/format.ts
/** Number formatting shared by outputs, summaries, comments and the CLI. */
const percent = (value) => (value === null ? '' : value.toFixed(2));
const ratio = (value) => value === null ? '' : Number(value.toPrecision(6)).toString();
const burn = (value) => (value === null ? '' : value.toFixed(2));
const days = (value) => value === null ? '' : value === Infinity ? 'inf' : value.toFixed(1);
const availability = (value) => value === null ? '' : value.toFixed(4);
/** What every channel shows for a missing figure: the word, and no unit. */
const UNKNOWN = 'unknown';
/** `40.12%`, or `unknown`. */
const shownPercent = (value) => value === null ? UNKNOWN : `${percent(value)}%`;
const shownBurn = (value) => value === null ? UNKNOWN : `${burn(value)}x`;
const shownDays = (value) => value === null ? UNKNOWN : days(value) === 'inf' ? '∞' : `${days(value)} days`;
const shownRatio = (value) => value === null ? UNKNOWN : ratio(value);
const shownAvailability = (value) => value === null ? UNKNOWN : `${availability(value)}%`;
/** Event counts: whole numbers when large, two decimals when small (increase() extrapolates). */
const count = (value) => value === null
    ? UNKNOWN
    : Math.abs(value) >= 100
        ? Math.round(value).toString()
        : String(Number(value.toFixed(2)));

;// CONCATENATED MODULE: ./src/override/audit.ts
/**
 * The audit trail of overrides. Every attempt, granted or denied, becomes one record, written to
 * the output, the job summary, a comment on the audit issue, an optional JSON-lines file and Slack.
 * The job summary vanishes with the run's logs: the issue is the durable record.
 */



const AUDIT_LABEL = 'deploy-override-audit';
function buildAuditRecord(fields, result, env, runUrl, now = new Date()) {
    const slo = result.worst;
    return {
        time: now.toISOString(),
        ...fields,
        status: result.status,
        budget_remaining: slo.budgetRemaining === null ? null : Number(percent(slo.budgetRemaining)),
        burn_rate: slo.burnRate === null ? null : Number(burn(slo.burnRate)),
        days_to_exhaustion: slo.daysToExhaustion === Infinity
            ? 'inf'
            : slo.daysToExhaustion === null
                ? null
                : Number(days(slo.daysToExhaustion)),
        slo: slo.name,
        repository: env.GITHUB_REPOSITORY ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        workflow: env.GITHUB_WORKFLOW ?? '',
        run_url: runUrl ?? null,
        event: env.GITHUB_EVENT_NAME ?? ''
    };
}
/** The record as Markdown (issue comment, job summary); the reason is user text and is escaped. */
function renderAuditMarkdown(record) {
    const icon = record.decision === 'granted' ? '🔓' : '⛔';
    const rows = [
        ['Time (UTC)', record.time],
        ['Actor', `\`${record.actor.replace(/`/g, '')}\``],
        ['Permission', record.permission ?? 'none'],
        [
            'Required',
            `${(0,text_escape/* escapeMarkdown */.FV)(record.required_permission)} (by ${(0,text_escape/* escapeMarkdown */.FV)(record.required_by)})`
        ],
        ['Decision', `**${record.decision}**: ${(0,text_escape/* escapeMarkdown */.FV)(record.explanation)}`],
        ['Reason', (0,text_escape/* escapeMarkdown */.FV)(record.reason)],
        [
            'Status',
            `${record.status} (${record.slo === 'default' ? '' : `${(0,text_escape/* escapeMarkdown */.FV)(record.slo)}, `}budget ${shownPercent(record.budget_remaining)}, burn ${shownBurn(record.burn_rate)}, days to exhaustion ${shownDays(record.days_to_exhaustion === 'inf' ? Infinity : record.days_to_exhaustion)})`
        ],
        ['Repository', `${record.repository} @ \`${record.ref}\` (${record.sha.slice(0, 12)})`],
        [
            'Workflow',
            `${(0,text_escape/* escapeMarkdown */.FV)(record.workflow)}, event \`${record.event}\`${record.run_url ? `, [run](${record.run_url})` : ''}`
        ]
    ];
    return [
        `### ${icon} Deploy override ${record.decision}`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([k, v]) => `| ${k} | ${v} |`),
        ''
    ].join('\n');
}
/** One JSON line; the file is in the repository, so it is never written through a link. */
function appendAuditLog(file, record, workspace) {
    (0,workspace_read/* appendRepositoryFile */.b)(file, JSON.stringify(record) + '\n', workspace);
}
/** The open issue labelled deploy-override-audit, created (with the label) when there is none. */
async function auditIssueNumber(client, repo) {
    const { data } = await client.rest.issues.listForRepo({
        ...repo,
        labels: AUDIT_LABEL,
        state: 'open',
        per_page: 1
    });
    if (data[0])
        return data[0].number;
    const created = await client.rest.issues.create({
        ...repo,
        title: 'Deploy override audit trail',
        body: 'Every deploy override attempted through error-budget-gate, granted or denied, is recorded here as a comment. Keep this issue open.',
        labels: [AUDIT_LABEL]
    });
    return created.data.number;
}
/** Comments the record on the audit issue; returns the comment URL. Throws when it cannot. */
async function commentAuditIssue(client, repo, issue, record) {
    const number = issue === 'auto' ? await auditIssueNumber(client, repo) : issue;
    const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body: renderAuditMarkdown(record)
    });
    return data.html_url;
}

;// CONCATENATED MODULE: ./src/github/client.ts
/** Loads Octokit and builds the client (see octokit.ts). */
async function createGitHubClient(options, env = process.env) {
    const { createOctokitClient } = await Promise.all(/* import() */[__nccwpck_require__.e(167), __nccwpck_require__.e(702)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6702));
    return createOctokitClient(options, env);
}
/**
 * What GitHub said about a failed request, one line: its message and, on 403, the permissions it
 * asks for (`x-accepted-github-permissions`). Server text, so JSON-quoted and capped.
 */
function gitHubReason(error) {
    const response = error
        .response;
    const data = response?.data;
    const message = typeof data?.message === 'string' ? data.message.slice(0, 200) : undefined;
    const accepted = response?.headers?.['x-accepted-github-permissions'];
    return [
        message && `GitHub says ${JSON.stringify(message)}`,
        typeof accepted === 'string' &&
            `accepted permissions: ${JSON.stringify(accepted.slice(0, 200))}`
    ]
        .filter(Boolean)
        .join('; ');
}
/** The HTTP status of an Octokit error, when there is one. */
function httpStatusOf(error) {
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}

;// CONCATENATED MODULE: ./src/github/run-context.ts
/** The workflow run the action is in, read once from the runner's environment and event file. */

function readEvent(file) {
    if (!file)
        return {};
    try {
        const parsed = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
        return parsed && typeof parsed === 'object' ? parsed : {};
    }
    catch {
        return {};
    }
}
function readRunContext(env = process.env) {
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repo = owner && name ? { owner, repo: name } : undefined;
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pr = event.pull_request?.number;
    const isPullRequest = eventName === 'pull_request' || eventName === 'pull_request_target';
    return {
        repo,
        runUrl: repo && env.GITHUB_RUN_ID
            ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
            : undefined,
        serverUrl,
        eventName,
        pullRequest: isPullRequest && typeof pr === 'number' ? pr : undefined,
        sha: (typeof event.after === 'string' ? event.after : undefined) ?? (env.GITHUB_SHA || undefined),
        env
    };
}

;// CONCATENATED MODULE: ./src/text/about.ts
/** The gate's own name, version and documentation, for the footers a first-time reader sees. */
/** Kept equal to package.json's version by test/unit/docs.test.ts. */
const GATE_VERSION = '1.0.0';
const GATE_HOME = 'https://github.com/acme/error-budget-gate';
/** The README section that explains every status, in the README of the running version. */
const STATUSES_ANCHOR = 'what-each-status-means';
const STATUSES_URL = `${GATE_HOME}/blob/v${GATE_VERSION}/README.md#${STATUSES_ANCHOR}`;
/** One Markdown line: the version, and where to learn what the statuses mean. */
function aboutLine() {
    return `[error-budget-gate](${GATE_HOME}) v${GATE_VERSION} · [what the statuses mean](${STATUSES_URL})`;
}

;// CONCATENATED MODULE: ./src/channels/chart.ts
/** The burn-down chart as a Mermaid `xychart-beta` block, for the job summary and the PR comment. */



/** Charts per summary or comment: the worst SLOs; the others are named in a sentence. */
const MAX_CHARTS = 5;
/** The line, then the reference lines, in the order Mermaid takes its palette. */
const LINES = [
    { name: 'budget left', color: '#0969da', colorName: 'blue' },
    { name: 'caution', color: '#bf8700', colorName: 'yellow' },
    { name: 'warning', color: '#e16f24', colorName: 'orange' },
    { name: 'freeze', color: '#1b7c83', colorName: 'teal' },
    { name: 'exhausted', color: '#cf222e', colorName: 'red' }
];
const INIT = JSON.stringify({
    themeVariables: { xyChart: { plotColorPalette: LINES.map(l => l.color).join(', ') } }
});
const DAY_MS = 86400000;
/**
 * The x-axis in days since the window's start. Mermaid spreads a line's values evenly over a
 * numeric axis, so the days need no labels of their own and a reference line needs two values.
 * When the last step is a partial day (a 1d12h window) it is drawn one step wide, and said so.
 */
function xAxis(series) {
    const [start, ...rest] = series.points.map(p => p.at.getTime());
    const steps = rest.map((at, i) => at - (i ? rest[i - 1] : start));
    const step = steps[0] ?? DAY_MS;
    const partial = steps.length > 1 && steps[steps.length - 1] < step - 1000;
    const days = (steps.length * step) / DAY_MS;
    const since = new Date(start).toISOString().slice(0, 16).replace('T', ' ');
    return {
        axis: `x-axis "days since ${since} UTC" 0 --> ${days}`,
        note: partial
            ? `The last step, up to the evaluation, is shorter than ${step / DAY_MS} day(s) but drawn as wide.`
            : undefined
    };
}
/** The reference levels of an SLO, highest first. */
function levels(slo) {
    const t = slo.spec.thresholds;
    return [
        ['caution', t.caution],
        ['warning', t.warning],
        ['freeze', t.freeze],
        ['exhausted', 0]
    ];
}
/** The fenced Mermaid block of one SLO. Values have the outputs' precision (2 decimals). */
function mermaidChart(slo, series) {
    const values = series.points.map(p => p.remaining);
    // Round to tens, but -50.0000001 (float noise) is still -50.
    const low = Math.floor(Math.min(0, ...values) / 10 + 1e-6) * 10;
    const high = Math.ceil(Math.max(100, ...values) / 10 - 1e-6) * 10;
    return [
        '```mermaid',
        `%%{init: ${INIT}}%%`,
        'xychart-beta',
        `  title "${(0,text_escape/* escapeMermaid */.Fw)(slo.name)}: budget left over ${slo.window}"`,
        `  ${xAxis(series).axis}`,
        `  y-axis "budget left (%)" ${low} --> ${high}`,
        `  line "budget left" [${values.map(v => percent(v)).join(', ')}]`,
        ...levels(slo).map(([name, level]) => `  line "${name} ${level}" [${level}, ${level}]`),
        '```'
    ];
}
/** Under each chart: what the lines are (no Mermaid legend on every renderer), then the notes. */
function legend(slo, series) {
    const [line, ...references] = LINES;
    const refs = levels(slo).map(([name, level], i) => `${name} ${level}% (${references[i].colorName})`);
    const step = xAxis(series).note;
    const notes = [
        ...series.notes.map(note => ` ${(0,text_escape/* escapeMarkdown */.FV)(note)}.`),
        step ? ` ${step}` : ''
    ].join('');
    return `<sub>${line.colorName}: ${line.name} at the end of each day, against the whole window's budget; ${refs.join(', ')}.${notes}</sub>`;
}
/**
 * The charts of the worst SLOs, or why each is missing. Empty when the chart is off (no SLO
 * carries daily points). `heading` is the Markdown line that opens the section.
 */
function chartSection(result, heading) {
    if (result.slos.every(slo => slo.daily === undefined))
        return [];
    const lines = [heading, ''];
    for (const slo of result.slos.slice(0, MAX_CHARTS)) {
        if (isDrawable(slo.daily))
            lines.push(...mermaidChart(slo, slo.daily), legend(slo, slo.daily), '');
        else if (slo.daily)
            lines.push(`No chart for ${(0,text_escape/* escapeMarkdown */.FV)(slo.name)}: ${(0,text_escape/* escapeMarkdown */.FV)(slo.daily.unavailable)}. The status stands.`, '');
    }
    const more = result.slos.length - MAX_CHARTS;
    if (more > 0) {
        lines.push(`${more} more SLO${more > 1 ? 's are' : ' is'} not drawn (only the worst ${MAX_CHARTS} are); the JSON report has the daily points of every SLO (slos[].daily).`, '');
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/channels/report.ts
/** Everything the gate says about a result: outputs, the JSON report and the Markdown summary. */








/** The decision in words; `canDeploy` differs from the result's only after an override. */
function decisionText(result, canDeploy = result.canDeploy) {
    if (!result.blocked)
        return 'deploy allowed';
    if (result.dryRun)
        return 'deploy would be blocked (dry run)';
    return canDeploy ? 'deploy allowed by override' : 'deploy blocked';
}
/** One line: status, budget, burn, forecast and the decision. */
function oneLineSummary(result, canDeploy = result.canDeploy) {
    const slo = result.worst;
    const decision = decisionText(result, canDeploy);
    const figures = slo.budgetRemaining === null
        ? `budget unknown (${slo.error ?? 'not evaluated'})`
        : `${percent(slo.budgetRemaining)}% of the error budget left (SLO ${slo.target}% over ${slo.window}), burn ${shownBurn(slo.burnRate)} over ${slo.spec.burnRateWindow}, ${shownDays(slo.daysToExhaustion)} to exhaustion`;
    const which = result.slos.length > 1 ? ` [worst of ${result.slos.length} SLOs: ${slo.name}]` : '';
    return `${result.status}: ${figures}${which}: ${decision}`;
}
function sloJson(slo) {
    return {
        name: slo.name,
        status: slo.status,
        blocks: slo.blocks,
        target: slo.target,
        window: slo.window,
        budget_remaining: slo.budgetRemaining,
        budget_consumed: slo.budgetConsumed,
        error_ratio: slo.errorRatio,
        availability: slo.availability,
        burn_rate: slo.burnRate,
        burn_rate_window: slo.spec.burnRateWindow,
        days_to_exhaustion: slo.daysToExhaustion === Infinity ? 'inf' : slo.daysToExhaustion,
        windows: slo.windows.map(w => ({
            window: w.window,
            errors: w.errors,
            total: w.total,
            error_ratio: w.errorRatio,
            burn_rate: w.burnRate
        })),
        burn_tiers: slo.tiers.map(t => ({
            name: t.check.name,
            long_window: t.check.longWindow,
            short_window: t.check.shortWindow,
            budget_share: t.check.budgetShare ?? null,
            factor: t.check.threshold,
            escalate_to: t.check.escalateTo,
            long_burn: t.longBurn,
            short_burn: t.shortBurn,
            fired: t.fired,
            too_few_events: t.tooFewEvents ?? null
        })),
        burn_tiers_source: slo.spec.burnTiersSource ?? null,
        min_events: slo.minEvents,
        low_traffic: slo.lowTraffic
            ? {
                events: slo.lowTraffic.events,
                min_events: slo.lowTraffic.minEvents,
                allowed: slo.lowTraffic.allowed
            }
            : null,
        period: slo.period
            ? {
                unit: slo.period.unit,
                time_zone: slo.period.timeZone,
                start: slo.period.start,
                end: slo.period.end,
                hours: slo.period.hours,
                elapsed_days: slo.period.elapsedDays,
                days_left: slo.period.daysLeft,
                budget_lasts_to_end: slo.period.lastsToEnd,
                early: slo.period.early
            }
            : null,
        exclusions: slo.exclusions.map(x => ({
            start: (0,engine_exclusions/* iso */.KH)(x.exclusion.start),
            end: (0,engine_exclusions/* iso */.KH)(x.exclusion.end),
            reason: x.exclusion.reason,
            source: x.exclusion.source,
            errors_removed: x.errors,
            total_removed: x.total
        })),
        reasons: slo.reasons,
        error: slo.error ?? null,
        data_since: slo.dataSince,
        query_source: slo.querySource,
        // The burn-down chart's points (null when the chart is off or cannot be drawn, and then why).
        daily: isDrawable(slo.daily)
            ? slo.daily.points.map(p => ({ time: p.at.toISOString(), budget_remaining: p.remaining }))
            : null,
        daily_notes: isDrawable(slo.daily) ? slo.daily.notes : [],
        daily_unavailable: slo.daily && !isDrawable(slo.daily) ? slo.daily.unavailable : null,
        thresholds: slo.spec.thresholds,
        block_on: slo.spec.blockOn,
        error_query: slo.spec.errorQuery,
        total_query: slo.spec.totalQuery
    };
}
/** The `slos` output: every SLO with its figures, worst first. */
function slosOutput(result) {
    return JSON.stringify(result.slos.map(s => ({
        name: s.name,
        status: s.status,
        budget_remaining: s.budgetRemaining === null ? null : Number(percent(s.budgetRemaining)),
        burn_rate: s.burnRate === null ? null : Number(burn(s.burnRate)),
        days_to_exhaustion: days(s.daysToExhaustion) || null,
        query_source: s.querySource,
        reasons: s.reasons
    })));
}
/**
 * The JSON report: all figures, every window, the inputs less secrets, the evaluation time.
 * `canDeploy` is the final decision (it differs from the result's after a granted override).
 */
function buildReport(result, config, canDeploy = result.canDeploy) {
    const p = config.prometheus;
    return {
        tool: 'error-budget-gate',
        evaluation_time: result.evaluationTime.toISOString(),
        status: result.status,
        can_deploy: canDeploy,
        decision: decisionText(result, canDeploy),
        blocked: result.blocked,
        dry_run: result.dryRun,
        summary: oneLineSummary(result, canDeploy),
        reasons: result.reasons,
        warnings: result.warnings,
        freeze: result.freeze ?? null,
        policy: engine_status/* STATUS_POLICY */.Eq[result.status],
        worst_slo: result.worst.name,
        slos: result.slos.map(sloJson),
        request_count: result.requestCount,
        duration_ms: result.durationMs,
        inputs: {
            prometheus_url: redactUrl(p.url),
            auth: p.token ? 'bearer' : p.username || p.password ? 'basic' : 'none',
            prometheus_headers: Object.keys(p.headers),
            prometheus_ca_cert: Boolean(p.caCert),
            prometheus_timeout: p.timeoutSeconds,
            prometheus_retries: p.retries,
            freeze_file: config.freezeFile,
            on_error: config.onError,
            fail_on_block: config.failOnBlock,
            dry_run: config.dryRun,
            evaluation_time: config.evaluationTime?.toISOString() ?? null,
            max_concurrency: config.maxConcurrency,
            chart: config.chart,
            query_source: [...new Set(config.slos.map(s => s.querySource ?? 'raw'))].join(',')
        }
    };
}
/** The action's outputs for a result (report_file is added by the caller once written). */
function gateOutputs(result, canDeploy = result.canDeploy) {
    const slo = result.worst;
    return {
        can_deploy: String(canDeploy),
        would_block: String(result.blocked),
        budget_status: result.status,
        budget_remaining: percent(slo.budgetRemaining),
        budget_consumed: percent(slo.budgetConsumed),
        error_ratio: ratio(slo.errorRatio),
        availability: availability(slo.availability),
        burn_rate: burn(slo.burnRate),
        days_to_exhaustion: days(slo.daysToExhaustion),
        // One reason a line, and a one-line summary, whatever a server or a file put in them.
        reasons: result.reasons.map(text_escape/* oneLine */.TN).join('\n'),
        summary: (0,text_escape/* oneLine */.TN)(oneLineSummary(result, canDeploy)),
        slos: slosOutput(result)
    };
}
function headline(result, canDeploy = result.canDeploy) {
    return `${engine_status/* STATUS_ICON */.tW[result.status]} Error budget: ${result.status}, ${decisionText(result, canDeploy)}`;
}
/** Where the figures came from, in words. */
function sourceText(slo) {
    if (slo.querySource === 'sloth')
        return "Sloth's recording rules";
    if (slo.querySource === 'pyrra')
        return "Pyrra's recording rules";
    return slo.querySource === 'rules' ? 'recording rules' : 'raw series';
}
function figuresTable(slo) {
    return [
        '| | |',
        '|---|---|',
        `| SLO | ${(0,text_escape/* escapeMarkdown */.FV)(slo.name)}: ${slo.target}% over ${slo.window} |`,
        `| Budget remaining | ${shownPercent(slo.budgetRemaining)} |`,
        `| Budget consumed | ${shownPercent(slo.budgetConsumed)} |`,
        `| Error ratio | ${shownRatio(slo.errorRatio)} |`,
        `| Availability | ${shownAvailability(slo.availability)} |`,
        `| Burn rate (${slo.spec.burnRateWindow}) | ${shownBurn(slo.burnRate)} |`,
        `| Days to exhaustion | ${shownDays(slo.daysToExhaustion)} |`,
        `| Read from | ${sourceText(slo)} |`,
        ...periodRows(slo)
    ];
}
/** A calendar window's period, the days left in it and whether the budget lasts that long. */
function periodLine(slo) {
    const p = slo.period;
    if (!p)
        return undefined;
    const lasts = p.lastsToEnd === null
        ? 'unknown'
        : p.lastsToEnd
            ? 'the budget lasts to its end at the current burn'
            : `at the current burn the budget runs out ${shownDays(slo.daysToExhaustion)} from now, before the period ends`;
    const early = p.early
        ? ' ⏳ Less than a day into the period: the figures rest on a few hours of data.'
        : '';
    return `${p.unit} ${p.start} – ${p.end} (${p.timeZone}, ${Number(p.hours.toFixed(2))} h): ${days(p.daysLeft)} days left; ${lasts}.${early}`;
}
function periodRows(slo) {
    const p = slo.period;
    if (!p)
        return [];
    return [
        `| Period | ${p.unit} ${p.start} – ${p.end} (${(0,text_escape/* escapeMarkdown */.FV)(p.timeZone)}, ${Number(p.hours.toFixed(2))} h)${p.early ? ' ⏳ less than a day elapsed: early figures' : ''} |`,
        `| Days left in the period | ${days(p.daysLeft)} |`,
        `| Budget lasts to the period's end | ${p.lastsToEnd === null ? 'unknown' : p.lastsToEnd ? 'yes, at the current burn' : 'no, at the current burn'} |`
    ];
}
function burnTable(slo) {
    if (slo.windows.length === 0)
        return [];
    return [
        '| Window | Errors | Total | Error ratio | Burn rate |',
        '|---|---:|---:|---:|---:|',
        ...slo.windows.map(w => `| ${w.window} | ${count(w.errors)} | ${count(w.total)} | ${shownRatio(w.errorRatio)} | ${shownBurn(w.burnRate)} |`)
    ];
}
/** What a tier found, in words: fired, too few events, no traffic, or quiet. */
function tierState(t, minEvents) {
    if (t.fired)
        return `fired: at least ${t.check.escalateTo}`;
    if (t.tooFewEvents !== undefined)
        return `cannot escalate: too few events over ${t.check.longWindow} (${Math.round(t.tooFewEvents)} < ${minEvents})`;
    if (t.longBurn === null || t.shortBurn === null)
        return 'no traffic';
    return 'below the factor';
}
/** Each tier's factor (derived from its share of the budget, or fixed) beside the measured burns. */
function tiersTable(slo) {
    if (slo.tiers.length === 0)
        return [];
    const source = slo.spec.burnTiersSource
        ? [`Burn tiers from ${(0,text_escape/* escapeMarkdown */.FV)(slo.spec.burnTiersSource)}.`, '']
        : [];
    return [
        ...source,
        '| Tier | Long / short window | Share of budget | Factor | Burn (long / short) | Escalates to | State |',
        '|---|---|---:|---:|---:|---|---|',
        ...slo.tiers.map(t => `| ${(0,text_escape/* escapeMarkdown */.FV)(t.check.name)} | ${t.check.longWindow} / ${t.check.shortWindow} | ${t.check.budgetShare === undefined ? 'fixed' : `${Number((t.check.budgetShare * 100).toPrecision(6))}%`} | ${burn(t.check.threshold)}x | ${shownBurn(t.longBurn)} / ${shownBurn(t.shortBurn)} | ${t.check.escalateTo} | ${tierState(t, slo.minEvents)} |`)
    ];
}
/** Every excluded interval with its reason and the events it set aside: the reviewer's view. */
function exclusionsTable(slo) {
    if (slo.exclusions.length === 0)
        return [];
    return [
        '| Excluded interval (UTC) | Reason | Bad events removed | Events removed |',
        '|---|---|---:|---:|',
        ...slo.exclusions.map(x => `| ${(0,engine_exclusions/* iso */.KH)(x.exclusion.start)} – ${(0,engine_exclusions/* iso */.KH)(x.exclusion.end)} | ${(0,text_escape/* escapeMarkdown */.FV)(x.exclusion.reason)} | ${x.total === null ? 'outside the window' : count(x.errors)} | ${x.total === null ? '—' : count(x.total)} |`)
    ];
}
function slosTable(result) {
    return [
        '| SLO | Status | Target | Remaining | Burn | Days left | Read from |',
        '|---|---|---|---:|---:|---:|---|',
        ...result.slos.map(s => `| ${(0,text_escape/* escapeMarkdown */.FV)(s.name)} | ${engine_status/* STATUS_ICON */.tW[s.status]} ${s.status} | ${s.target}% / ${s.window} | ${shownPercent(s.budgetRemaining)} | ${shownBurn(s.burnRate)} | ${shownDays(s.daysToExhaustion)} | ${sourceText(s)} |`)
    ];
}
function policyTable(current) {
    return [
        '| Level | What it means for deploys |',
        '|---|---|',
        ...engine_status/* STATUSES */.f.map(status => {
            const label = `${engine_status/* STATUS_ICON */.tW[status]} ${status}`;
            return status === current
                ? `| **${label}** (now) | **${engine_status/* STATUS_POLICY */.Eq[status]}** |`
                : `| ${label} | ${engine_status/* STATUS_POLICY */.Eq[status]} |`;
        })
    ];
}
/** First in the summary and the PR comment: a dry run lets through what the gate would block. */
function dryRunNotice(result) {
    if (!result.dryRun || !result.blocked)
        return [];
    return [
        '> **dry run: would have blocked.** `can_deploy` is true only because `dry_run` is set; the output `would_block` is true.',
        ''
    ];
}
/** The job summary as Markdown. Every text a user or a server influenced is escaped. */
function renderSummary(result, canDeploy = result.canDeploy) {
    const slo = result.worst;
    const lines = [
        ...dryRunNotice(result),
        `## ${headline(result, canDeploy)}`,
        '',
        `**${(0,text_escape/* escapeMarkdown */.FV)(oneLineSummary(result, canDeploy))}**`,
        ''
    ];
    if (result.slos.length > 1)
        lines.push('### SLOs (worst first)', '', ...slosTable(result), '');
    lines.push(`### Figures${result.slos.length > 1 ? ` of the worst SLO (${(0,text_escape/* escapeMarkdown */.FV)(slo.name)})` : ''}`, '', ...figuresTable(slo), '');
    const burn = burnTable(slo);
    if (burn.length)
        lines.push('### Burn rate per window', '', ...burn, '');
    const tiers = tiersTable(slo);
    if (tiers.length)
        lines.push('### Burn tiers', '', ...tiers, '');
    lines.push(...chartSection(result, '### Budget burn-down'));
    for (const s of result.slos) {
        const excluded = exclusionsTable(s);
        const of = result.slos.length > 1 ? ` (${(0,text_escape/* escapeMarkdown */.FV)(s.name)})` : '';
        if (excluded.length)
            lines.push(`### Excluded intervals${of}`, '', ...excluded, '');
    }
    lines.push('### Reasons', '', ...result.reasons.map(r => `- ${(0,text_escape/* escapeMarkdown */.FV)(r)}`), '');
    if (result.freeze) {
        const quoted = result.freeze.text.split('\n').map(line => `> ${(0,text_escape/* escapeMarkdown */.FV)(line)}`);
        lines.push('### Freeze notice', '', ...quoted, '');
    }
    if (result.warnings.length)
        lines.push('### Warnings', '', ...result.warnings.map(w => `- ${(0,text_escape/* escapeMarkdown */.FV)(w)}`), '');
    lines.push('### Deploy policy', '', ...policyTable(result.status), '');
    lines.push(`<sub>Evaluated at ${result.evaluationTime.toISOString()} with ${result.requestCount} Prometheus requests in ${result.durationMs} ms by ${aboutLine()}.</sub>`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/channels/pr-comment.ts
/** The sticky PR comment: one per PR and tag, found by its hidden marker, updated in place. */







/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT = 65000;
/** The hidden marker; the tag is validated to [A-Za-z0-9._-] so it cannot close the comment. */
function commentMarker(tag) {
    return `<!-- error-budget-gate:${tag} -->`;
}
function renderComment(result, context) {
    const slo = result.worst;
    const decision = context.canDeploy ? 'yes' : 'no';
    const lines = [
        commentMarker(context.tag),
        ...dryRunNotice(result),
        `## ${engine_status/* STATUS_ICON */.tW[result.status]} Error budget: ${result.status}`,
        '',
        `**Can deploy:** ${decision} · **SLO:** ${(0,text_escape/* escapeMarkdown */.FV)(slo.name)}, ${slo.target}% over ${slo.window}`,
        '',
        '| Budget remaining | Burn rate (' +
            slo.spec.burnRateWindow +
            ') | Days to exhaustion | Availability |',
        '|---:|---:|---:|---:|',
        `| ${shownPercent(slo.budgetRemaining)} | ${shownBurn(slo.burnRate)} | ${shownDays(slo.daysToExhaustion)} | ${shownAvailability(slo.availability)} |`,
        ''
    ];
    const period = periodLine(slo);
    if (period)
        lines.push(`**Period:** ${(0,text_escape/* escapeMarkdown */.FV)(period)}`, '');
    if (slo.windows.length) {
        lines.push(`Burn rates: ${slo.windows.map(w => `${w.window} ${shownBurn(w.burnRate)}`).join(' · ')}`, '');
    }
    if (slo.tiers.length) {
        lines.push(`Burn tiers: ${slo.tiers.map(t => `${(0,text_escape/* escapeMarkdown */.FV)(t.check.name)} ${burn(t.check.threshold)}x (${tierState(t, slo.minEvents)})`).join(' · ')}`, '');
    }
    if (result.slos.length > 1)
        lines.push(...slosTable(result), '');
    for (const s of result.slos) {
        if (!s.lowTraffic)
            continue;
        lines.push(`**Low traffic (${(0,text_escape/* escapeMarkdown */.FV)(s.name)}):** ${Math.round(s.lowTraffic.events)} events over ${s.window}, fewer than min_events ${s.lowTraffic.minEvents}; ${s.lowTraffic.allowed ? 'low_traffic is allow, so it does not block' : 'its status stands (low_traffic: evaluate)'}.`, '');
    }
    lines.push(...chartSection(result, '**Budget burn-down**'));
    for (const s of result.slos) {
        const excluded = exclusionsTable(s);
        const of = result.slos.length > 1 ? ` (${(0,text_escape/* escapeMarkdown */.FV)(s.name)})` : '';
        if (excluded.length)
            lines.push(`**Excluded intervals${of}**`, '', ...excluded, '');
    }
    lines.push('**Reasons**', '', ...result.reasons.map(r => `- ${(0,text_escape/* escapeMarkdown */.FV)(r)}`), '');
    lines.push(`> ${engine_status/* STATUS_POLICY */.Eq[result.status]}`, '');
    for (const note of context.notes ?? [])
        lines.push(note, '');
    const links = [
        context.runUrl && `[Workflow run](${context.runUrl})`,
        context.dashboardUrl && `[Dashboard](${context.dashboardUrl})`
    ].filter(Boolean);
    if (links.length)
        lines.push(links.join(' · '), '');
    if (!context.canDeploy) {
        lines.push('<sub>How to override: run the deploy workflow from the Actions tab (Run workflow) with `override_freeze` checked and an `override_reason`; the level decides the repository permission needed, and every attempt is recorded in the audit issue.</sub>');
    }
    // For a reader who has never seen the gate: which version spoke, and what its statuses mean.
    lines.push('', `<sub>${aboutLine()}</sub>`);
    const body = lines.join('\n');
    return body.length > MAX_COMMENT ? `${body.slice(0, MAX_COMMENT)}\n\n…(truncated)` : body;
}
/** Our comment: the exact marker as its first line, written by a bot (a human quoting it is not ours). */
function isOurComment(comment, tag) {
    return (comment.user?.type === 'Bot' && (comment.body ?? '').split('\n', 1)[0] === commentMarker(tag));
}
async function findComment(client, repo, prNumber, tag) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        ...repo,
        issue_number: prNumber,
        per_page: 100
    });
    return comments.find(comment => isOurComment(comment, tag));
}
/**
 * Updates our comment in place, or creates it when there is none and `create` allows. The
 * create is never retried blindly (a POST whose answer was lost may have landed): after a failed
 * create the comments are listed again, and only a comment that is still missing is created.
 */
async function upsertComment(client, repo, prNumber, tag, body, create = true) {
    for (let attempt = 0;; attempt++) {
        const existing = await findComment(client, repo, prNumber, tag);
        if (existing) {
            const { data } = await client.rest.issues.updateComment({
                ...repo,
                comment_id: existing.id,
                body
            });
            return { url: data.html_url, action: 'updated' };
        }
        if (!create)
            return undefined;
        try {
            const { data } = await client.rest.issues.createComment({
                ...repo,
                issue_number: prNumber,
                body,
                request: { retries: 0 }
            });
            return { url: data.html_url, action: 'created' };
        }
        catch (error) {
            const status = httpStatusOf(error);
            const mayHaveLanded = status === undefined || status >= 500;
            if (!mayHaveLanded || attempt >= 2)
                throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/channels/slack.ts
/** Slack incoming webhooks: Block Kit messages with a text fallback, retried politely. */








/** Slack refuses text objects over 3,000 characters. */
const MAX_TEXT = 2900;
function truncate(text, max = MAX_TEXT) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** A failed post: the status and Slack's text, never the URL. */
class SlackError extends Error {
    retryable;
    retryAfterMs;
    constructor(message, retryable, retryAfterMs) {
        super(message);
        this.retryable = retryable;
        this.retryAfterMs = retryAfterMs;
    }
}
async function postOnce(webhookUrl, message, timeoutMs) {
    let response;
    let text;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
        // Never follows a redirect: the webhook URL is the credential.
        response = await post(webhookUrl, {
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(message),
            signal
        });
        // Only the start is shown; a hostile endpoint cannot make us read more. A 404 page may echo
        // the webhook's path: redact before the text is cut.
        const { text: body } = await readCappedText(response, 64 * 1024);
        text = redactSecrets(body, expandSecrets(webhookSecrets(webhookUrl)))
            .trim()
            .slice(0, 200);
    }
    catch (error) {
        const reason = signal.aborted ? 'timed out' : error.code;
        throw new SlackError(`Slack could not be reached (${reason ?? 'network error'})`, true);
    }
    if (response.ok)
        return;
    const failure = `Slack answered HTTP ${response.status}${text ? ` (${text})` : ''}`;
    if (response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after'));
        throw new SlackError(failure, true, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined);
    }
    throw new SlackError(failure, response.status >= 500);
}
/** Posts a message; never throws. The error names the HTTP status and Slack's text, never the URL. */
async function postToSlack(webhookUrl, message, options = {}) {
    const attempts = (options.retries ?? 3) + 1;
    const maxWaitMs = (options.maxRetryAfterSeconds ?? 30) * 1000;
    const backoff = exponentialMs(options.backoffMs ?? 1000, maxWaitMs);
    try {
        await withRetry(() => postOnce(webhookUrl, message, options.timeoutMs ?? 10000), {
            attempts,
            retryable: (error) => error.retryable,
            delayMs: (retry, error) => Math.min(error.retryAfterMs ?? backoff(retry), maxWaitMs),
            sleep: options.sleep
        });
        return { ok: true };
    }
    catch (error) {
        const spent = error.retryable ? `, after ${attempts} attempts` : '';
        return { ok: false, error: `${error.message}${spent}` };
    }
}
/** A link whose label and URL cannot break out of Slack's <url|label> syntax. */
function slack_link(url, label) {
    return `<${url.replace(/[<>|]/g, encodeURIComponent)}|${(0,text_escape/* escapeSlack */.k4)(label)}>`;
}
/** The gate's verdict for Slack. Every text a user or a query influenced is escaped. */
function gateMessage(result, canDeploy, links, mention) {
    const slo = result.worst;
    const verdict = canDeploy ? 'deploy allowed' : 'deploy blocked';
    const repo = links.repository || 'deploy';
    const headline = `${engine_status/* STATUS_ICON */.tW[result.status]} Error budget ${result.status}: ${verdict} (${repo})`;
    const reasons = result.reasons.map(r => `• ${(0,text_escape/* escapeSlack */.k4)(r)}`).join('\n');
    // Slack cannot draw Mermaid: the chart stays in the run's summary, which the run link opens.
    const charted = result.slos.some(s => isDrawable(s.daily));
    const linkLine = [
        links.run && slack_link(links.run, charted ? 'workflow run (burn-down chart)' : 'workflow run'),
        links.pullRequest && slack_link(links.pullRequest.url, `PR #${links.pullRequest.number}`),
        links.dashboard && slack_link(links.dashboard, 'dashboard')
    ]
        .filter(Boolean)
        .join(' · ');
    const prefix = !canDeploy && mention ? `${mention} ` : '';
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
        {
            type: 'section',
            fields: [
                { type: 'mrkdwn', text: `*Budget remaining*\n${shownPercent(slo.budgetRemaining)}` },
                {
                    type: 'mrkdwn',
                    text: `*Burn rate (${slo.spec.burnRateWindow})*\n${shownBurn(slo.burnRate)}`
                },
                { type: 'mrkdwn', text: `*Days to exhaustion*\n${shownDays(slo.daysToExhaustion)}` },
                {
                    type: 'mrkdwn',
                    text: `*SLO*\n${(0,text_escape/* escapeSlack */.k4)(slo.name)}: ${slo.target}% over ${slo.window}`
                }
            ]
        },
        { type: 'section', text: { type: 'mrkdwn', text: truncate(`${prefix}*Reasons*\n${reasons}`) } },
        {
            type: 'context',
            elements: [{ type: 'mrkdwn', text: truncate(engine_status/* STATUS_POLICY */.Eq[result.status]) }]
        }
    ];
    if (linkLine)
        blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: linkLine }] });
    return {
        text: truncate(`${prefix}${(0,text_escape/* escapeSlack */.k4)(headline)}: ${(0,text_escape/* escapeSlack */.k4)(slo.reasons[0] ?? '')}`),
        blocks
    };
}
/** An override attempt, for the team's channel. */
function auditSlackMessage(record) {
    const headline = `${record.decision === 'granted' ? '🔓' : '⛔'} Deploy override ${record.decision}: ${record.repository} (${record.status})`;
    const text = [
        `*Actor:* ${(0,text_escape/* escapeSlack */.k4)(record.actor)} (${record.permission ?? 'no permission'})`,
        `*Reason:* ${(0,text_escape/* escapeSlack */.k4)(record.reason)}`,
        `*Decision:* ${(0,text_escape/* escapeSlack */.k4)(record.explanation)}`,
        `*Required:* ${(0,text_escape/* escapeSlack */.k4)(record.required_permission)} (by ${(0,text_escape/* escapeSlack */.k4)(record.required_by)})`,
        `*Budget:* ${shownPercent(record.budget_remaining)} left, burn ${shownBurn(record.burn_rate)}`,
        record.run_url ? `<${record.run_url}|workflow run>` : ''
    ]
        .filter(Boolean)
        .join('\n');
    return {
        text: truncate(`${(0,text_escape/* escapeSlack */.k4)(headline)}: ${(0,text_escape/* escapeSlack */.k4)(record.reason)}`),
        blocks: [
            { type: 'header', text: { type: 'plain_text', text: truncate(headline, 150), emoji: true } },
            { type: 'section', text: { type: 'mrkdwn', text: truncate(text) } }
        ]
    };
}

;// CONCATENATED MODULE: ./src/channels/notify.ts




const COMMENT_MODES = ['always', 'blocked', 'never'];
const oneOf = (input, text, fallback) => (0,inputs/* parseWord */.kB)(input, text.trim() || fallback, COMMENT_MODES);
/** An http(s) URL safe to put inside a Markdown link or a Slack <url|label>. */
function parseLinkUrl(input, text) {
    const value = text.trim();
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new inputs/* InputError */.dz(input, 'is not a URL; expected https://...');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new inputs/* InputError */.dz(input, 'must be an http(s) URL');
    return url.toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
}
function readNotifyConfig(get) {
    const tag = get('comment_tag').trim() || 'error-budget-gate';
    if (!/^[A-Za-z0-9._-]{1,64}$/.test(tag)) {
        throw new inputs/* InputError */.dz('comment_tag', 'expected 1-64 letters, digits, dots, dashes or underscores');
    }
    const mention = get('slack_mention').trim() || undefined;
    if (mention && !/^(<(!subteam\^[A-Z0-9]+|@[UW][A-Z0-9]+|!here|!channel)>\s*)+$/.test(mention)) {
        throw new inputs/* InputError */.dz('slack_mention', 'expected Slack mention syntax such as <!subteam^S012345>, <@U012345> or <!here>');
    }
    const webhook = get('slack_webhook_url').trim() || undefined;
    if (webhook)
        parseLinkUrl('slack_webhook_url', webhook);
    return {
        githubToken: get('github_token').trim(),
        prComment: oneOf('pr_comment', get('pr_comment'), 'always'),
        commentTag: tag,
        dashboardUrl: parseLinkUrl('dashboard_url', get('dashboard_url')),
        slackWebhookUrl: webhook,
        slackNotify: oneOf('slack_notify', get('slack_notify'), 'blocked'),
        slackMention: mention
    };
}
/** The PRs this run is about: the event's PR, or the open PRs of the pushed commit. */
async function pullRequestsOf(client, repo, run) {
    if (run.pullRequest)
        return [run.pullRequest];
    if (!run.sha)
        return [];
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: run.sha
    });
    return data.filter(p => p.state === 'open').map(p => p.number);
}
function pullRequestUrl(run, repo, number) {
    return `${run.serverUrl}/${repo.owner}/${repo.repo}/pull/${number}`;
}
function permissionHint(error, what) {
    const status = httpStatusOf(error);
    const said = gitHubReason(error);
    if (status === 403 || status === 404) {
        return `the token cannot ${what} (HTTP ${status}${said ? `, ${said}` : ''}): it needs "pull-requests: write" (or "issues: write"); add them to the workflow's permissions: block. Fork and Dependabot PRs get a read-only token, so no comment is possible there.`;
    }
    // Without an answer (a network error) the error's own first line is the reason.
    const reason = status
        ? said
        : String(error.message ?? '')
            .split('\n')[0]
            .slice(0, 200);
    const detail = [status && `HTTP ${status}`, reason].filter(Boolean).join(', ');
    return `could not ${what}${detail ? ` (${detail})` : ''}`;
}
async function notify(result, deps) {
    const { canDeploy, config, github, log, notes = [] } = deps;
    const outcome = {};
    const repo = deps.run.repo;
    const run = deps.run.runUrl;
    const blocked = !canDeploy;
    let pullRequest;
    if (config.prComment !== 'never' && repo && github) {
        try {
            const numbers = await pullRequestsOf(github, repo, deps.run);
            if (numbers.length === 0)
                log.info('No pull request is associated with this run: no PR comment.');
            else
                pullRequest = { number: numbers[0], url: pullRequestUrl(deps.run, repo, numbers[0]) };
            const body = renderComment(result, {
                tag: config.commentTag,
                canDeploy,
                runUrl: run,
                dashboardUrl: config.dashboardUrl,
                notes
            });
            for (const number of numbers) {
                // "blocked": no new comment while the deploy is open, but an existing one is kept current.
                const written = await upsertComment(github, repo, number, config.commentTag, body, blocked || config.prComment === 'always');
                if (written) {
                    outcome.commentUrl ??= written.url;
                    log.info(`PR comment ${written.action}: ${written.url}`);
                }
            }
        }
        catch (error) {
            log.warning(`PR comment skipped: ${permissionHint(error, 'write the PR comment')}`);
        }
    }
    const wantsSlack = config.slackNotify === 'always' || (config.slackNotify === 'blocked' && blocked);
    if (config.slackWebhookUrl && wantsSlack) {
        const message = gateMessage(result, canDeploy, {
            repository: deps.run.env.GITHUB_REPOSITORY,
            run,
            pullRequest,
            dashboard: config.dashboardUrl
        }, config.slackMention);
        const sent = await postToSlack(config.slackWebhookUrl, message);
        if (sent.ok)
            log.info('Slack notified.');
        else
            log.warning(`Slack notification failed: ${sent.error}`);
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/override/policy.ts
/**
 * Overrides from the Actions UI: who may open which level, checked against the repository
 * permission GitHub reports for the actor. Nothing the workflow's inputs claim replaces that check.
 */






const ROLES = ['read', 'triage', 'write', 'maintain', 'admin'];
function parseRole(input, text, fallback) {
    const value = (text.trim() || fallback).toLowerCase();
    if (ROLES.includes(value))
        return value;
    throw new inputs/* InputError */.dz(input, `"${text}" is not a repository role; expected one of ${ROLES.join(', ')}`);
}
/** Validated before any query; a missing reason fails only when the override would be honoured. */
function readOverrideConfig(get, eventName) {
    const requested = (0,inputs/* parseBoolean */.yG)('override', get('override').trim() || 'false');
    const reason = get('override_reason').trim();
    const events = (get('override_events').trim() || 'workflow_dispatch')
        .split(/[\s,]+/)
        .filter(Boolean);
    const auditText = get('audit_issue').trim() || 'auto';
    if (!/^(auto|none|[1-9]\d*)$/.test(auditText)) {
        throw new inputs/* InputError */.dz('audit_issue', `"${auditText}" is not allowed; expected auto, none or an issue number`);
    }
    const approvers = get('freeze_approvers')
        .split(/[\s,]+/)
        .map(login => login.trim().replace(/^@/, ''))
        .filter(Boolean);
    for (const login of approvers) {
        if (!/^[A-Za-z0-9-]+(\[bot\])?$/.test(login))
            throw new inputs/* InputError */.dz('freeze_approvers', `"${login}" is not a GitHub login`);
    }
    if (requested && events.includes(eventName) && reason.length < engine_status/* MIN_REASON_LENGTH */.Hh) {
        throw new inputs/* InputError */.dz('override_reason', `an override needs a reason of at least ${engine_status/* MIN_REASON_LENGTH */.Hh} characters (who approved it, which incident)`);
    }
    return {
        requested,
        reason,
        events,
        permissions: {
            warning: parseRole('override_warning_permission', get('override_warning_permission'), 'write'),
            freeze: parseRole('override_freeze_permission', get('override_freeze_permission'), 'maintain'),
            exhausted: parseRole('override_exhausted_permission', get('override_exhausted_permission'), 'admin')
        },
        approvers,
        auditIssue: auditText === 'auto' || auditText === 'none' ? auditText : Number(auditText),
        auditLogFile: get('audit_log_file').trim() || undefined
    };
}
/** What overriding a blocked status needs. FREEZE's permission also governs ERROR. */
function requirementFor(status, config) {
    const strict = status === 'FREEZE' || status === 'EXHAUSTED' || status === 'ERROR';
    const permission = status === 'EXHAUSTED'
        ? config.permissions.exhausted
        : strict
            ? config.permissions.freeze
            : config.permissions.warning;
    return { permission, approvers: strict && config.approvers.length ? config.approvers : undefined };
}
const roleRank = (role) => ROLES.indexOf(role);
/**
 * The most that anything blocking requires: every blocking SLO and the freeze file. Never the
 * worst status alone: an ERROR beside an EXHAUSTED SLO must not lower the bar to the freeze level.
 */
function requirementOf(result, config) {
    const blocking = result.slos
        .filter(slo => slo.blocks)
        .map(slo => ({ status: slo.status, by: `SLO ${slo.name}` }));
    if (result.freeze)
        blocking.push({ status: 'FREEZE', by: `freeze file ${result.freeze.file}` });
    if (blocking.length === 0)
        blocking.push({ status: result.status, by: `SLO ${result.worst.name}` });
    const needs = blocking.map(b => ({ ...requirementFor(b.status, config), ...b }));
    const highest = needs.reduce((a, b) => (roleRank(b.permission) > roleRank(a.permission) ? b : a));
    const approvers = needs.find(n => n.approvers)?.approvers;
    return {
        permission: highest.permission,
        approvers,
        status: highest.status,
        requiredBy: highest.by
    };
}
/** Pure: the actor's role against the requirement. An unknown role (no access, API error) denies. */
function decide(actor, role, requirement) {
    const by = requirement.requiredBy ? ` (required by ${requirement.requiredBy})` : '';
    const needs = `needs the "${requirement.permission}" permission${by}${requirement.approvers ? ` and to be one of freeze_approvers (${requirement.approvers.join(', ')})` : ''}`;
    if (roleRank(role) < 0)
        return {
            granted: false,
            explanation: `${actor} has no known permission on this repository; the override ${needs}`
        };
    if (roleRank(role) < roleRank(requirement.permission)) {
        return { granted: false, explanation: `${actor} has "${role}"; the override ${needs}` };
    }
    if (requirement.approvers &&
        !requirement.approvers.some(a => a.toLowerCase() === actor.toLowerCase())) {
        return {
            granted: false,
            explanation: `${actor} has "${role}" but is not in freeze_approvers; the override ${needs}`
        };
    }
    return {
        granted: true,
        explanation: `${actor} has "${role}", which meets the "${requirement.permission}" the level needs${by}`
    };
}
/**
 * The actor's role from GitHub. `role_name` knows maintain and triage; the legacy `permission`
 * field is only a fallback for custom roles. Undefined (denied) on 404 or any API error.
 */
async function actorRole(client, repo, actor) {
    try {
        const { data } = await client.rest.repos.getCollaboratorPermissionLevel({
            ...repo,
            username: actor
        });
        const role = ROLES.includes(data.role_name)
            ? data.role_name
            : data.permission;
        return { role };
    }
    catch (error) {
        const status = httpStatusOf(error);
        return {
            error: status === 404
                ? `${actor} is not a collaborator (HTTP 404)`
                : `permission lookup failed (HTTP ${status ?? 'error'})`
        };
    }
}
/** Applies a requested override to a blocked result, and records the attempt everywhere. */
async function applyOverride(result, config, deps) {
    const unchanged = { canDeploy: result.canDeploy, applied: false, notes: [] };
    if (!config.requested)
        return unchanged;
    const event = deps.env.GITHUB_EVENT_NAME ?? '';
    if (!config.events.includes(event)) {
        deps.log.warning(`override ignored: it is honoured only on ${config.events.join(', ')}, and this run is a ${event || 'unknown'} event`);
        return unchanged;
    }
    if (!result.blocked) {
        deps.log.info(`override requested, but the deploy is not blocked (${result.status}): nothing to override, nothing recorded`);
        return unchanged;
    }
    const actor = deps.env.GITHUB_TRIGGERING_ACTOR || deps.env.GITHUB_ACTOR || 'unknown';
    const requirement = requirementOf(result, config);
    let role;
    let decision;
    if (!deps.client || !deps.repo) {
        decision = {
            granted: false,
            explanation: "no github_token or repository to check the actor's permission with"
        };
    }
    else {
        const lookup = await actorRole(deps.client, deps.repo, actor);
        role = lookup.role;
        decision = lookup.error
            ? {
                granted: false,
                explanation: `${lookup.error}; the override needs the "${requirement.permission}" permission (required by ${requirement.requiredBy})`
            }
            : decide(actor, role, requirement);
    }
    const recordOf = (d) => buildAuditRecord({
        actor,
        permission: role ?? null,
        decision: d.granted ? 'granted' : 'denied',
        explanation: d.explanation,
        reason: config.reason,
        required_permission: requirement.permission,
        required_by: requirement.requiredBy
    }, result, deps.env, deps.runUrl);
    let record = recordOf(decision);
    if (config.auditIssue !== 'none') {
        try {
            if (!deps.client || !deps.repo)
                throw new Error('no github_token');
            const url = await commentAuditIssue(deps.client, deps.repo, config.auditIssue, record);
            deps.log.info(`Override recorded on the audit issue: ${url}`);
        }
        catch (error) {
            const status = httpStatusOf(error);
            const why = `the audit record could not be written to the audit issue (${status ? `HTTP ${status}` : error.message}; the token needs "issues: write")`;
            deps.log.warning(why);
            if (decision.granted) {
                // A granted override must leave a durable record: fail closed.
                decision = {
                    granted: false,
                    explanation: `${why}; a granted override needs a durable record (or set audit_issue: none explicitly)`
                };
                record = recordOf(decision);
            }
        }
    }
    if (config.auditLogFile) {
        try {
            const workspace = deps.env.GITHUB_WORKSPACE || process.cwd();
            appendAuditLog(external_node_path_default().resolve(workspace, config.auditLogFile), record, workspace);
        }
        catch (error) {
            deps.log.warning(`could not append to audit_log_file ${config.auditLogFile}: ${error.code ?? error.message}`);
        }
    }
    await deps.announce?.(record);
    const note = `**Override ${record.decision}** for ${(0,text_escape/* escapeMarkdown */.FV)(actor)}: ${(0,text_escape/* escapeMarkdown */.FV)(decision.explanation)}. Reason: ${(0,text_escape/* escapeMarkdown */.FV)(config.reason)}`;
    if (decision.granted) {
        deps.log.warning(`Deploy override by ${actor} (${role}) opened ${result.status}. Reason: ${config.reason}`);
        return { canDeploy: true, applied: true, record, notes: [note] };
    }
    return {
        canDeploy: result.canDeploy,
        applied: false,
        record,
        denial: `Override denied: ${decision.explanation}`,
        notes: [note]
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts
/** The GitHub Action: inputs in, gate evaluated, outputs, report and job summary out. */


















/**
 * Writes the JSON report under a name of its own and returns its path. GITHUB_ACTION is the step's
 * id (or a name the runner makes unique per step), and an existing file is never overwritten, so
 * two gate steps in one job keep two reports.
 */
function writeReport(dir, step, text) {
    const slug = step
        .replace(/[^A-Za-z0-9_.-]+/g, '-')
        .replace(/^[-.]+/, '')
        .slice(0, 64);
    const base = external_node_path_default().join(dir, slug ? `error-budget-report-${slug}` : 'error-budget-report');
    for (let n = 1;; n++) {
        const file = n === 1 ? `${base}.json` : `${base}-${n}.json`;
        try {
            external_node_fs_default().writeFileSync(file, text, { flag: 'wx' });
            return file;
        }
        catch (error) {
            if (error.code !== 'EEXIST' || n >= 100)
                throw error;
        }
    }
}
async function run(core, env = process.env) {
    const getInput = (name) => core.getInput(name);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const workspacePath = (file) => external_node_path_default().resolve(workspace, file);
    const secrets = secretValues(getInput);
    for (const secret of secrets)
        core.setSecret(secret);
    // 1. Every input is validated before any query.
    let config;
    let notifyConfig;
    let overrideConfig;
    try {
        const configFile = getInput('config_file').trim();
        // The specs (and the YAML parser) are loaded only for a config file.
        const slos = configFile
            ? (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(776)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3776))).loadSlosFromFile(workspacePath(configFile), getInput, configFile, workspace)
            : undefined;
        config = readGateConfig(getInput, slos);
        notifyConfig = readNotifyConfig(getInput);
        overrideConfig = readOverrideConfig(getInput, env.GITHUB_EVENT_NAME ?? '');
    }
    catch (error) {
        if (!(error instanceof inputs/* InputError */.dz))
            throw error;
        // Bad input: fail before any query, with can_deploy=false and a message naming the input.
        core.setOutput('can_deploy', 'false');
        core.setOutput('budget_status', 'ERROR');
        return core.setFailed((0,text_escape/* oneLine */.TN)(redactSecrets(error.message, secrets)));
    }
    // The last pass on every text we write; the result itself is redacted once, below.
    const say = (text) => redactSecrets(text, config.secrets);
    // Every log line is one line: text from a server or a file must not start a workflow command.
    const logged = (text) => (0,text_escape/* oneLine */.TN)(say(text));
    const log = {
        info: (text) => core.info(logged(text)),
        warning: (text) => core.warning(logged(text))
    };
    // An override reason is user text that every channel repeats.
    overrideConfig = { ...overrideConfig, reason: say(overrideConfig.reason) };
    // 2. Evaluate the budget.
    const client = new PrometheusClient(config.prometheus);
    let result;
    try {
        const freezeFile = workspacePath(config.freezeFile);
        const freeze = readFreezeFile(freezeFile, workspace);
        // Redacted once, on the raw text, before any channel renders (escapes, cuts) it.
        result = redactDeep(await evaluateGate(config, {
            client,
            // Shown in the PR comment: relative to the workspace, not /home/runner/work/...
            freeze: freeze && { ...freeze, file: shownPath(freezeFile, workspace, config.freezeFile) }
        }), config.secrets);
    }
    finally {
        client.close();
    }
    for (const warning of result.warnings)
        log.warning(warning);
    log.info(oneLineSummary(result));
    for (const reason of result.reasons)
        log.info(`  - ${reason}`);
    // 3. An override from the Actions UI, checked against the actor's repository permission.
    // One GitHub client serves the override, the audit issue and the PR comment; Octokit is loaded
    // only when one of them can happen.
    const runContext = readRunContext(env);
    const needsGitHub = overrideConfig.requested || (notifyConfig.prComment !== 'never' && Boolean(runContext.repo));
    const github = notifyConfig.githubToken && needsGitHub
        ? await createGitHubClient({ token: notifyConfig.githubToken, log: log.warning }, env)
        : undefined;
    const slackWebhookUrl = notifyConfig.slackWebhookUrl;
    const override = await applyOverride(result, overrideConfig, {
        client: github,
        repo: runContext.repo,
        env,
        runUrl: runContext.runUrl,
        announce: slackWebhookUrl
            ? async (record) => {
                const sent = await postToSlack(slackWebhookUrl, auditSlackMessage(record));
                if (!sent.ok)
                    log.warning(`Slack audit message failed: ${sent.error}`);
            }
            : undefined,
        log
    });
    // 4. Outputs, JSON report and job summary.
    const report = {
        ...buildReport(result, config, override.canDeploy),
        override_applied: override.applied,
        audit_record: override.record ?? null
    };
    const reportFile = writeReport(env.RUNNER_TEMP || external_node_os_default().tmpdir(), env.GITHUB_ACTION ?? '', redactSecrets(JSON.stringify(report, null, 2), config.secrets) + '\n');
    const outputs = {
        ...gateOutputs(result, override.canDeploy),
        override_applied: String(override.applied),
        audit_record: override.record ? JSON.stringify(override.record) : '',
        report_file: reportFile
    };
    for (const [name, value] of Object.entries(outputs))
        core.setOutput(name, say(value));
    const audit = override.record ? `\n${renderAuditMarkdown(override.record)}` : '';
    try {
        await core.summary.addRaw(say(renderSummary(result, override.canDeploy) + audit)).write();
    }
    catch (error) {
        log.warning(`Could not write the job summary: ${error.message}`);
    }
    // 5. Notifications (never change the decision).
    const notified = await notify(result, {
        canDeploy: override.canDeploy,
        config: notifyConfig,
        github,
        run: runContext,
        log,
        notes: override.notes
    });
    core.setOutput('comment_url', notified.commentUrl ?? '');
    // 6. Fail the step when blocked or when an override was refused (never in a dry run).
    if (override.denial && !config.dryRun)
        core.setFailed(logged(override.denial));
    else if (!override.canDeploy && config.failOnBlock)
        core.setFailed(logged(`Deploy blocked: ${oneLineSummary(result)}`));
    else if (result.status === 'ERROR')
        core.error(logged(`Error budget could not be evaluated: ${result.worst.error ?? 'unknown error'}`));
    if (result.blocked && config.dryRun)
        core.notice('dry_run: the deploy would have been blocked; nothing was failed');
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_namespaceObject);
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner's side of a step, in one module: inputs from `INPUT_*`, outputs and the job summary
 * through the files `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY` name, secrets and messages as
 * workflow commands on stdout (GitHub's "Workflow commands" and "Environment files" pages).
 *
 * It writes byte for byte what @actions/core writes for the same calls, and
 * test/unit/action/runner.test.ts holds it to that against @actions/core itself. It exists because
 * @actions/core always loads its OIDC token client and that client's HTTP stack (undici), which
 * a gate never uses: ~40 ms, most of the action's own start-up (issue 11, "load only what a run
 * uses").
 */



// A message may hold anything but a line break; a property may not hold `:` or `,` either.
const escapeData = (text) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
function command(name, message, properties = {}) {
    const listed = Object.entries(properties)
        .filter(([, value]) => value)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${name}${listed ? ` ${listed}` : ''}::${escapeData(message)}${(external_node_os_default()).EOL}`);
}
/** Appends to an environment file; a missing file is the runner's fault, never silently skipped. */
function appendToFile(variable, text) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`Unable to find environment variable for file command ${variable}`);
    if (!external_node_fs_default().existsSync(file))
        throw new Error(`Missing file at path: ${file}`);
    external_node_fs_default().appendFileSync(file, text, { encoding: 'utf8' });
}
function error(message) {
    command('error', message);
}
const runner = {
    getInput: name => (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim(),
    setOutput(name, value) {
        if (!process.env.GITHUB_OUTPUT) {
            // Outside a runner that has environment files: the old stdout command.
            process.stdout.write((external_node_os_default()).EOL);
            return command('set-output', value, { name });
        }
        // A heredoc whose random delimiter neither the name nor the value can contain.
        const delimiter = `ghadelimiter_${external_node_crypto_default().randomUUID()}`;
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`Output ${name} contains its own delimiter`);
        appendToFile('GITHUB_OUTPUT', `${name}<<${delimiter}${(external_node_os_default()).EOL}${value}${(external_node_os_default()).EOL}${delimiter}${(external_node_os_default()).EOL}`);
    },
    setSecret: secret => command('add-mask', secret),
    // Raw, like @actions/core: callers make text one line first (text/escape.ts `oneLine`).
    info: message => void process.stdout.write(message + (external_node_os_default()).EOL),
    warning: message => command('warning', message),
    error,
    notice: message => command('notice', message),
    setFailed(message) {
        process.exitCode = 1;
        error(message);
    },
    summary: {
        addRaw: text => ({
            write: async () => {
                const file = process.env.GITHUB_STEP_SUMMARY;
                if (!file)
                    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
                // Synchronous like every other write here (and fs/promises is not loaded for one append).
                external_node_fs_default().appendFileSync(file, text, { encoding: 'utf8' });
            }
        })
    }
};

;// CONCATENATED MODULE: ./src/action/index.ts
/** Entry point of the bundled action (dist/index.js). */





run(runner, process.env).catch((error) => {
    // Even an unexpected failure may quote a server's answer: redact it and keep it one line.
    const message = redactSecrets(error.message, secretValues(runner.getInput));
    runner.setOutput('can_deploy', 'false');
    runner.setOutput('budget_status', 'ERROR');
    runner.setFailed(`error-budget-gate failed unexpectedly: ${(0,text_escape/* oneLine */.TN)(message)}`);
});

