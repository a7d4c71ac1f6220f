export const id = 839;
export const ids = [839];
export const modules = {

/***/ 47839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  backtest: () => (/* binding */ backtest)
});

// UNUSED EXPORTS: parseDeploys, renderBacktest

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/engine/assess.ts
var assess = __webpack_require__(26002);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(84964);
// EXTERNAL MODULE: ./src/engine/exclusions.ts
var exclusions = __webpack_require__(55257);
// EXTERNAL MODULE: ./src/engine/history.ts
var engine_history = __webpack_require__(50390);
// EXTERNAL MODULE: ./src/engine/plan.ts
var plan = __webpack_require__(30955);
// EXTERNAL MODULE: ./src/engine/windows.ts
var windows = __webpack_require__(91187);
;// CONCATENATED MODULE: ./src/engine/backtest.ts
/**
 * The backtest of a policy: the status the gate would have given at every step of a past range,
 * from range queries (the steps of each SLO query, and the windows shorter than a step read at
 * every step), every step judged by assessSlo and decideGate, the gate's own rules. Windows that
 * reach before the data begins are not judged: reported as such, never guessed. Pure.
 */






const stepTimes = (range) => Array.from({ length: Math.round((range.to - range.from) / range.step) + 1 }, (_, i) => range.from + i * range.step);
/**
 * The windows of an SLO read at every step rather than added up from steps: those that are no
 * whole number of steps (a calendar window is always added up: it grows step by step).
 */
function directWindows(slo, range) {
    const spec = (0,windows/* atEvaluationTime */.zm)(slo, new Date(range.from * 1000));
    return (0,windows/* windowsFor */.XN)(spec).filter(w => !(spec.calendar && (0,windows/* sameWindow */.TA)(w, spec.window)) && (0,duration/* parseDuration */.E)(w) % range.step !== 0);
}
/** Where an SLO's steps must begin: the earliest start of any window it is judged over. */
function historyStart(slo, range) {
    const spec = (0,windows/* atEvaluationTime */.zm)(slo, new Date(range.from * 1000));
    const starts = (0,windows/* windowsFor */.XN)(spec).map(w => range.from - (0,duration/* parseDuration */.E)(w));
    return Math.floor(Math.min(...starts) / range.step) * range.step;
}
function planBacktest(slo, range) {
    const start = historyStart(slo, range);
    const windows = directWindows(slo, range);
    const grid = { start: range.from, end: range.to, step: range.step };
    const batched = (template) => {
        const promql = (0,plan/* batchQuery */.Zm)({ template, windows });
        return {
            key: `direct ${range.from} ${range.to} ${range.step} ${promql}`,
            promql,
            grid,
            label: plan/* WINDOW_LABEL */.eO
        };
    };
    return {
        errors: (0,engine_history/* stepQuery */.$p)(slo.errorQuery, start, range.to, range.step),
        total: (0,engine_history/* stepQuery */.$p)(slo.totalQuery, start, range.to, range.step),
        direct: windows.length
            ? { windows, errors: batched(slo.errorQuery), total: batched(slo.totalQuery) }
            : undefined
    };
}
const failed = (message) => ({ ok: false, message });
function directOutcome(values, at) {
    if (!values)
        return { ok: false, message: 'no data: the query matched no series', noData: true };
    if (!values.ok)
        return failed(values.message);
    const value = values.values.get(at);
    if (value === undefined)
        return { ok: false, message: 'no data: the query matched no series', noData: true };
    return Number.isFinite(value) ? { ok: true, value } : failed(`the query returned ${value}`);
}
/** The figures of one SLO at step `t`, as the gate would have read them, or why they cannot be. */
function figuresAt(series, spec, t) {
    const history = series.history;
    const main = (0,duration/* parseDuration */.E)(spec.window);
    if (!('failed' in history)) {
        if (history.dataBegins === undefined)
            return 'the total query has no data in the whole range';
        if (t - main < history.dataBegins - 1e-6)
            return `the ${spec.calendar ? spec.calendar.unit : spec.window} window ending at ${(0,exclusions/* iso */.KH)(t)} reaches before the data begins (${(0,exclusions/* iso */.KH)(history.dataBegins)})`;
    }
    return {
        windows: (0,windows/* windowsFor */.XN)(spec).map(window => {
            const seconds = (0,duration/* parseDuration */.E)(window);
            const direct = series.direct.get(window);
            if ('failed' in history)
                return {
                    window,
                    errors: failed(history.failed),
                    total: failed(history.failed),
                    excluded: []
                };
            const excluded = (0,plan/* overlaps */.$f)(spec, window, t).map(({ exclusion, range }) => ({
                exclusion,
                range,
                ...(0,engine_history/* countsBetween */.rQ)(history, range.end - range.seconds, range.end)
            }));
            if (direct && !(spec.calendar && (0,windows/* sameWindow */.TA)(window, spec.window)))
                return {
                    window,
                    errors: directOutcome(direct.errors, t),
                    total: directOutcome(direct.total, t),
                    excluded
                };
            return { window, ...(0,engine_history/* countsBetween */.rQ)(history, t - seconds, t), excluded };
        })
    };
}
/** Pure: every step of the range judged, SLO by SLO, then the gate. */
function judgeSteps(series, range, onError) {
    return stepTimes(range).map(at => {
        const time = new Date(at * 1000);
        const slos = series.map((s) => {
            // A step on a period's first instant stands for the period that ends there: the new one
            // holds no sample yet (the gate answers ERROR for its first minutes, not for an hour).
            const now = (0,windows/* atEvaluationTime */.zm)(s.slo, time);
            const spec = now.calendar?.start === at * 1000
                ? (0,windows/* atEvaluationTime */.zm)(s.slo, new Date(at * 1000 - 1000))
                : now;
            const figures = figuresAt(s, spec, at);
            if (typeof figures === 'string')
                return { notJudged: figures };
            return { result: (0,assess/* assessSlo */.pA)(spec, figures, onError, time) };
        });
        const results = slos.flatMap(s => ('result' in s ? [s.result] : []));
        if (results.length < slos.length) {
            const why = slos.flatMap(s => ('notJudged' in s ? [s.notJudged] : []));
            return { at, status: null, blocked: null, reasons: why, slos };
        }
        const gate = (0,assess/* decideGate */.q7)(results, { onError, dryRun: false });
        return { at, status: gate.status, blocked: gate.blocked, reasons: gate.reasons, slos };
    });
}

// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
;// CONCATENATED MODULE: ./src/engine/backtest-summary.ts

function summarise(steps, step, onError, deploys = []) {
    const judged = steps.filter(s => s.status !== null);
    const statusShare = Object.fromEntries(engine_status/* STATUSES */.f.map(status => [
        status,
        judged.length ? judged.filter(s => s.status === status).length / judged.length : 0
    ]));
    const intervals = [];
    let open;
    for (const s of steps) {
        if (s.blocked && s.status) {
            if (!open) {
                open = { start: s.at, end: s.at, ongoing: true, worst: s.status, reasons: s.reasons };
                intervals.push(open);
            }
            else if ((0,engine_status/* severity */.yf)(s.status, onError === 'block') > (0,engine_status/* severity */.yf)(open.worst, onError === 'block')) {
                open.worst = s.status;
                open.reasons = s.reasons;
            }
            continue;
        }
        if (open) {
            open.end = s.at;
            open.ongoing = false;
            open = undefined;
        }
    }
    if (open)
        open.end = steps[steps.length - 1].at;
    const from = steps[0]?.at ?? 0;
    const to = steps[steps.length - 1]?.at ?? 0;
    return {
        steps: steps.length,
        judged: judged.length,
        statusShare,
        blockedShare: judged.length ? judged.filter(s => s.blocked).length / judged.length : 0,
        intervals,
        deploys: deploys.map(time => {
            if (time < from || time >= to + step)
                return { time, status: null, blocked: null, couldGoAt: null, note: 'outside the range' };
            const i = Math.floor((time - from) / step);
            const at = steps[i];
            if (at.status === null)
                return { time, status: null, blocked: null, couldGoAt: null, note: at.reasons[0] };
            if (!at.blocked)
                return { time, status: at.status, blocked: false, couldGoAt: time };
            const free = steps.slice(i + 1).find(s => s.status !== null && !s.blocked);
            return { time, status: at.status, blocked: true, couldGoAt: free?.at ?? null };
        })
    };
}

// EXTERNAL MODULE: ./src/engine/batches.ts
var batches = __webpack_require__(67250);
// EXTERNAL MODULE: ./src/engine/concurrency.ts
var concurrency = __webpack_require__(62585);
// EXTERNAL MODULE: ./src/engine/forecast-run.ts
var forecast_run = __webpack_require__(36881);
// EXTERNAL MODULE: ./src/engine/range-queries.ts
var range_queries = __webpack_require__(7730);
// EXTERNAL MODULE: ./src/engine/sources.ts
var engine_sources = __webpack_require__(43720);
;// CONCATENATED MODULE: ./src/engine/backtest-run.ts
/**
 * Runs a backtest against Prometheus: chooses each SLO's source over the whole range (recording
 * rules only when they cover it), sends a handful of range queries per SLO query (its steps, and
 * its windows shorter than a step, batched; chunked under the points limit), and judges every
 * step with the gate's assessment.
 */









/** The grid: `until` down to a whole step, and back a whole number of steps. */
function backtestRange(sinceSeconds, until, step) {
    const to = Math.floor(until.getTime() / 1000 / step) * step;
    return { from: to - Math.ceil(sinceSeconds / step) * step, to, step };
}
const NOT_COUNTS = 'the SLI is an error ratio, not event counts: its windows cannot be added up from steps, so it cannot be backtested';
async function runBacktest(config, options) {
    const range = backtestRange(options.sinceSeconds, options.until, options.stepSeconds);
    const counted = (0,batches/* countingClient */.XC)(options.client);
    const signal = options.signal ?? new AbortController().signal;
    // Recorded series are read only when they cover the whole range and the windows before it.
    const spans = config.slos.map(slo => ({
        ...slo,
        window: (0,duration/* formatDuration */.a)(range.to - historyStart(slo, range))
    }));
    const sources = await (0,engine_sources/* chooseSources */.C)(counted.client, spans, new Date(range.to * 1000), signal);
    const plans = sources.plans.map((plan, i) => ({
        ...plan,
        slo: config.slos[i],
        queried: { ...plan.queried, window: config.slos[i].window }
    }));
    const queries = plans.map(plan => plan.refusal || !(0,forecast_run/* countsEvents */.i)(plan) ? undefined : planBacktest(plan.queried, range));
    const all = queries.flatMap((q) => q ? [q.errors, q.total, ...(q.direct ? [q.direct.errors, q.direct.total] : [])] : []);
    const run = await (0,range_queries/* runStepQueries */.mI)(options.client, all, (0,concurrency/* limiter */.T)(config.maxConcurrency), signal);
    const answer = (query) => run.answers.get(query.key) ?? (0,range_queries/* readStepAnswer */.Dv)(query, new Map());
    const series = plans.map((plan, i) => {
        const q = queries[i];
        const direct = new Map();
        if (!q) {
            const failed = plan.refusal ?? NOT_COUNTS;
            return { slo: plan.queried, history: { failed }, direct };
        }
        const errors = (0,engine_history/* stepsFrom */.i6)(q.errors, answer(q.errors));
        const total = (0,engine_history/* stepsFrom */.i6)(q.total, answer(q.total));
        const history = typeof errors === 'string' || typeof total === 'string'
            ? { failed: typeof errors === 'string' ? errors : total }
            : (0,engine_history/* historyOf */.om)(errors, total);
        if (q.direct) {
            const [e, t] = [answer(q.direct.errors), answer(q.direct.total)];
            for (const window of q.direct.windows) {
                const of = (a) => a.ok
                    ? (a.series.get(window) ?? { ok: true, values: new Map() })
                    : a;
                direct.set(window, { errors: of(e), total: of(t) });
            }
        }
        return { slo: plan.queried, history, direct };
    });
    const steps = judgeSteps(series, range, config.onError);
    const warnings = [...sources.warnings];
    series.forEach(s => {
        if ('failed' in s.history)
            warnings.push(`${s.slo.name}: cannot be backtested: ${s.history.failed}`);
    });
    return {
        range,
        slos: config.slos,
        steps,
        summary: summarise(steps, range.step, config.onError, options.deploys ?? []),
        dataBegins: series.map(s => ('failed' in s.history ? undefined : s.history.dataBegins)),
        warnings,
        requests: counted.sent() + run.sent
    };
}

// EXTERNAL MODULE: ./src/engine/inputs.ts
var inputs = __webpack_require__(55545);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/channels/chart.ts + 1 modules
var chart = __webpack_require__(55041);
;// CONCATENATED MODULE: ./src/channels/backtest-report.ts





/** Columns of the chart: a 90-day range hourly is drawn as 120 points, each the lowest of its steps. */
const CHART_POINTS = 120;
const percent = (share) => `${(share * 100).toFixed(1)} %`;
function backtestJson(result) {
    const { range, summary } = result;
    const time = (seconds) => seconds === null || seconds === undefined ? null : (0,exclusions/* iso */.KH)(seconds);
    return {
        tool: 'error-budget-gate',
        command: 'backtest',
        from: (0,exclusions/* iso */.KH)(range.from),
        to: (0,exclusions/* iso */.KH)(range.to),
        step_seconds: range.step,
        steps: summary.steps,
        judged_steps: summary.judged,
        not_judged_share: summary.steps ? 1 - summary.judged / summary.steps : 0,
        blocked_share: summary.blockedShare,
        status_share: summary.statusShare,
        intervals: summary.intervals.map(i => ({
            start: (0,exclusions/* iso */.KH)(i.start),
            end: (0,exclusions/* iso */.KH)(i.end),
            ongoing: i.ongoing,
            worst_status: i.worst,
            reasons: i.reasons
        })),
        deploys: summary.deploys.map(d => ({
            time: (0,exclusions/* iso */.KH)(d.time),
            status: d.status,
            blocked: d.blocked,
            could_go_at: time(d.couldGoAt),
            note: d.note ?? null
        })),
        slos: result.slos.map((slo, i) => ({
            name: slo.name,
            target: slo.target,
            window: slo.window,
            data_begins: time(result.dataBegins[i])
        })),
        // The status at every step (null: not judged), from `from` every step_seconds.
        timeline: result.steps.map(s => s.status),
        warnings: result.warnings,
        requests: result.requests
    };
}
/** The lowest budget left per column of steps, for one SLO: the dips stay visible. */
function budgetColumns(result, slo) {
    const values = result.steps.map(s => {
        const step = s.slos[slo];
        return step && 'result' in step ? step.result.budgetRemaining : null;
    });
    const width = Math.max(1, Math.ceil(values.length / CHART_POINTS));
    const points = [];
    let carried = 0;
    for (let first = 0; first < values.length; first += width) {
        const known = values.slice(first, first + width).filter((v) => v !== null);
        const at = new Date(result.steps[Math.min(values.length, first + width) - 1].at * 1000);
        if (known.length)
            points.push({ at, remaining: Math.min(...known) });
        else if (points.length) {
            carried++;
            points.push({ at, remaining: points[points.length - 1].remaining });
        }
    }
    if (points.length < 2)
        return undefined;
    const notes = carried
        ? [
            `${carried} point${carried > 1 ? 's' : ''} without a figure (ERROR or not judged) drawn at the one before`
        ]
        : [];
    return { points, notes };
}
/** The last result an SLO had: its name, window and thresholds for the chart. */
function lastResult(result, slo) {
    for (let i = result.steps.length - 1; i >= 0; i--) {
        const step = result.steps[i].slos[slo];
        if (step && 'result' in step)
            return step.result;
    }
    return undefined;
}
const backtest_report_duration = (seconds) => (0,duration/* formatDuration */.a)(seconds) || '0s';
function backtestMarkdown(result) {
    const { range, summary } = result;
    const lines = [
        `## Backtest: blocked ${percent(summary.blockedShare)} of the time from ${(0,exclusions/* iso */.KH)(range.from)} to ${(0,exclusions/* iso */.KH)(range.to)}`,
        '',
        '| | |',
        '|---|---|',
        `| Range | ${(0,exclusions/* iso */.KH)(range.from)} – ${(0,exclusions/* iso */.KH)(range.to)}, every ${backtest_report_duration(range.step)}: ${summary.steps} steps, ${summary.judged} judged |`,
        `| Blocked | ${percent(summary.blockedShare)} of the judged time, in ${summary.intervals.length} interval${summary.intervals.length === 1 ? '' : 's'} |`,
        `| Per status | ${engine_status/* STATUSES */.f.filter(s => summary.statusShare[s] > 0)
            .map(s => `${engine_status/* STATUS_ICON */.tW[s]} ${s} ${percent(summary.statusShare[s])}`)
            .join(', ')} |`,
        `| SLOs | ${result.slos.map(s => `${(0,text_escape/* escapeMarkdown */.FV)(s.name)}: ${s.target}% over ${s.window}`).join('; ')} |`,
        `| Prometheus requests | ${result.requests} |`,
        ''
    ];
    if (summary.intervals.length) {
        lines.push('### Blocked intervals', '', '| Start (UTC) | End (UTC) | Lasted | Worst | Why |', '|---|---|---:|---|---|', ...summary.intervals.map(i => `| ${(0,exclusions/* iso */.KH)(i.start)} | ${i.ongoing ? `${(0,exclusions/* iso */.KH)(i.end)} (still blocked)` : (0,exclusions/* iso */.KH)(i.end)} | ${backtest_report_duration(i.end - i.start)} | ${engine_status/* STATUS_ICON */.tW[i.worst]} ${i.worst} | ${i.reasons.map(text_escape/* escapeMarkdown */.FV).join('<br>')} |`), '');
    }
    if (summary.deploys.length) {
        lines.push('### Deploys', '', '| Deploy (UTC) | Status | Blocked | Could have gone |', '|---|---|---|---|', ...summary.deploys.map(d => `| ${(0,exclusions/* iso */.KH)(d.time)} | ${d.status ? `${engine_status/* STATUS_ICON */.tW[d.status]} ${d.status}` : (0,text_escape/* escapeMarkdown */.FV)(d.note ?? 'not judged')} | ${d.blocked === null ? '—' : d.blocked ? '**blocked**' : 'no'} | ${d.couldGoAt === null ? (d.blocked ? 'not within the range' : '—') : (0,exclusions/* iso */.KH)(d.couldGoAt)} |`), '');
    }
    const charts = result.slos.slice(0, chart/* MAX_CHARTS */.tp).flatMap((_, i) => {
        const series = budgetColumns(result, i);
        const slo = lastResult(result, i);
        if (!series || !slo)
            return [];
        const width = series.points.length > 1
            ? (series.points[1].at.getTime() - series.points[0].at.getTime()) / 1000
            : range.step;
        return [
            ...(0,chart/* mermaidChart */.C6)(slo, series),
            `<sub>blue: the lowest budget left in each ${backtest_report_duration(width)}, against the whole window's budget; the reference lines are the thresholds.${series.notes.map(n => ` ${(0,text_escape/* escapeMarkdown */.FV)(n)}.`).join('')}</sub>`,
            ''
        ];
    });
    if (charts.length)
        lines.push('### Budget left', '', ...charts);
    // Why steps were not judged, each reason once (without the instant it names).
    const notJudged = new Map();
    for (const why of result.steps.flatMap(s => (s.status === null ? s.reasons : []))) {
        const key = why.replace(/ending at \S+ /, '');
        notJudged.set(key, (notJudged.get(key) ?? 0) + 1);
    }
    if (notJudged.size)
        lines.push('### Not judged', '', ...[...notJudged].map(([why, count]) => `- ${count} step${count > 1 ? 's' : ''}: ${(0,text_escape/* escapeMarkdown */.FV)(why)}`), '');
    if (result.warnings.length)
        lines.push('### Warnings', '', ...result.warnings.map(w => `- ${(0,text_escape/* escapeMarkdown */.FV)(w)}`), '');
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
// EXTERNAL MODULE: ./src/prometheus/client.ts + 2 modules
var prometheus_client = __webpack_require__(85388);
// EXTERNAL MODULE: ./src/text/redact.ts
var redact = __webpack_require__(53326);
// EXTERNAL MODULE: ./src/workspace/read.ts
var workspace_read = __webpack_require__(49225);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/cli/backtest.ts
/**
 * `error-budget backtest`: the policy run over past data, with the deploys of a file or of
 * GitHub's Deployments API, printed as a terminal timeline, Markdown or JSON.
 */














/** A deploys file holds times, not logs: a megabyte is tens of thousands of deploys. */
const MAX_DEPLOYS_BYTES = 1024 * 1024;
/** The terminal timeline's width in columns. */
const WIDTH = 72;
const backtest_text = (args, flag) => {
    const value = args.values[flag];
    return typeof value === 'string' ? value.trim() : undefined;
};
function backtest_duration(flag, value, min, max) {
    let seconds;
    try {
        seconds = (0,duration/* parseDuration */.E)(value);
    }
    catch (error) {
        throw new inputs/* InputError */.dz(flag, error.message);
    }
    if (seconds < min || seconds > max)
        throw new inputs/* InputError */.dz(flag, `"${value}" is not between ${(0,duration/* formatDuration */.a)(min)} and ${(0,duration/* formatDuration */.a)(max)}`);
    return seconds;
}
/** Deploy times from a file: one RFC 3339 time or Unix seconds a line; `#` comments and blank lines skipped. */
function parseDeploys(content) {
    return content.split('\n').flatMap((line, i) => {
        const value = line.replace(/#.*$/, '').trim();
        if (!value)
            return [];
        try {
            return [(0,inputs/* parseEvaluationTime */.HA)('deploys', value).getTime() / 1000];
        }
        catch (error) {
            throw new inputs/* InputError */.dz('deploys', `line ${i + 1}: ${error.message.replace(/^Input deploys: /, '')}`);
        }
    });
}
async function deploysOf(args, io, range) {
    const file = backtest_text(args, 'deploys');
    const from = backtest_text(args, 'deploys-from');
    if (file && from)
        throw new cli_args/* UsageError */.eb('give --deploys FILE or --deploys-from github, not both');
    if (file) {
        const read = (0,workspace_read/* readRepositoryFile */.t)(external_node_path_default().resolve(io.cwd, file), {
            maxBytes: MAX_DEPLOYS_BYTES,
            workspace: io.cwd
        });
        if (read.kind === 'missing')
            throw new inputs/* InputError */.dz('deploys', `${(0,render/* plain */.p)(file)} does not exist`);
        if (read.kind === 'refused')
            throw new inputs/* InputError */.dz('deploys', `${(0,render/* plain */.p)(file)} ${read.why}`);
        return { times: parseDeploys(read.text), warnings: [], secrets: [] };
    }
    if (from === undefined) {
        if (backtest_text(args, 'repo') || backtest_text(args, 'environment'))
            throw new cli_args/* UsageError */.eb('--repo and --environment go with --deploys-from github');
        return { times: [], warnings: [], secrets: [] };
    }
    if (from !== 'github')
        throw new cli_args/* UsageError */.eb(`--deploys-from takes github, not "${(0,render/* plain */.p)(from)}"`);
    const repo = backtest_text(args, 'repo') || io.env.GITHUB_REPOSITORY || '';
    const [owner, name, ...more] = repo.split('/');
    if (!owner || !name || more.length)
        throw new cli_args/* UsageError */.eb('--deploys-from github needs --repo OWNER/NAME (or GITHUB_REPOSITORY)');
    const environment = backtest_text(args, 'environment');
    if (!environment)
        throw new cli_args/* UsageError */.eb('--deploys-from github needs --environment NAME');
    const token = io.env.GITHUB_TOKEN ?? '';
    if (!token)
        throw new cli_args/* UsageError */.eb('--deploys-from github reads GITHUB_TOKEN, which is not set');
    const client = await (0,github_client/* createGitHubClient */.LX)({
        token,
        baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
        outsideRunner: true,
        log: message => io.err((0,render/* plain */.p)((0,redact/* redactSecrets */.fp)(message, [token])))
    });
    try {
        const listed = await (0,deployments/* listDeployments */.Jn)(client, { owner, repo: name }, environment, range);
        const warnings = listed.truncated
            ? [
                `GitHub listed more deployments than are read (the newest ${listed.times.length} in the range); the older ones are not judged`
            ]
            : [];
        return { times: listed.times, warnings, secrets: [token] };
    }
    catch (error) {
        const reason = (0,github_client/* gitHubReason */.QK)(error) || error.message;
        throw new inputs/* InputError */.dz('deploys_from', `cannot list the deployments of ${repo} (${environment}): ${(0,redact/* redactSecrets */.fp)(reason, [token])}`);
    }
}
const LETTER = {
    NORMAL: '.',
    CAUTION: 'c',
    WARNING: 'W',
    FREEZE: 'F',
    EXHAUSTED: 'X',
    ERROR: '?'
};
/** One character per column of steps: the worst status in it, blank where nothing was judged. */
function timeline(statuses, errorBlocks) {
    const width = Math.max(1, Math.ceil(statuses.length / WIDTH));
    let line = '';
    for (let i = 0; i < statuses.length; i += width) {
        const judged = statuses.slice(i, i + width).filter((s) => s !== null);
        const order = (s) => (s === 'ERROR' ? (errorBlocks ? 9 : -1) : engine_status/* STATUSES */.f.indexOf(s));
        line += judged.length ? LETTER[judged.reduce((a, b) => (order(b) > order(a) ? b : a))] : ' ';
    }
    return line;
}
const shown = (seconds) => `${(0,exclusions/* iso */.KH)(seconds).slice(0, 16).replace('T', ' ')}`;
function renderBacktest(result, onError) {
    const { range, summary } = result;
    const errorBlocks = onError === 'block';
    const rows = [['gate', result.steps.map(s => s.status)]];
    if (result.slos.length > 1)
        result.slos.forEach((slo, i) => rows.push([
            (0,render/* plain */.p)(slo.name).slice(0, 12),
            result.steps.map(s => {
                const step = s.slos[i];
                return 'result' in step ? step.result.status : null;
            })
        ]));
    const percent = (share) => `${(share * 100).toFixed(1)} %`;
    const lines = [
        `Backtest ${shown(range.from)} – ${shown(range.to)} UTC, every ${(0,duration/* formatDuration */.a)(range.step)}: blocked ${percent(summary.blockedShare)} of the judged time, ${summary.intervals.length} interval${summary.intervals.length === 1 ? '' : 's'}`,
        '',
        ...rows.map(([name, statuses]) => `  ${name.padEnd(12)} |${timeline(statuses, errorBlocks)}|`),
        `  ${''.padEnd(12)}  ${shown(range.from).padEnd(Math.max(0, Math.min(WIDTH, result.steps.length) - 16))}${shown(range.to).slice(5)}`,
        `  ${engine_status/* STATUSES */.f.map(s => `${LETTER[s]} ${s}`).join('  ')}  (blank) not judged`,
        `  per status: ${engine_status/* STATUSES */.f.filter(s => summary.statusShare[s] > 0)
            .map(s => `${s} ${percent(summary.statusShare[s])}`)
            .join(', ')} (${summary.judged} of ${summary.steps} steps judged)`
    ];
    if (summary.intervals.length) {
        lines.push('', 'Blocked intervals (UTC):');
        for (const i of summary.intervals)
            lines.push(`  ${shown(i.start)} – ${shown(i.end)}${i.ongoing ? ' (still blocked)' : ''}  ${(0,duration/* formatDuration */.a)(i.end - i.start) || '0s'}  ${i.worst}: ${(0,render/* plain */.p)(i.reasons.find(r => /tier|left over|cannot/.test(r)) ?? i.reasons[0] ?? '')}`);
    }
    if (summary.deploys.length) {
        lines.push('', 'Deploys (UTC):');
        for (const d of summary.deploys)
            lines.push(`  ${shown(d.time)}  ${d.status === null ? `not judged: ${(0,render/* plain */.p)(d.note ?? '')}` : `${d.status.padEnd(9)} ${d.blocked ? `blocked; could have gone ${d.couldGoAt === null ? 'not within the range' : shown(d.couldGoAt)}` : 'allowed'}`}`);
    }
    const notJudged = result.steps.find(s => s.status === null);
    if (notJudged)
        lines.push('', `Not judged: ${summary.steps - summary.judged} steps; ${(0,render/* plain */.p)(notJudged.reasons[0] ?? '')}`);
    for (const warning of result.warnings)
        lines.push(`Warning: ${(0,render/* plain */.p)(warning)}`);
    lines.push('', `${result.requests} Prometheus requests.`);
    return lines.join('\n');
}
async function backtest(args, config, io) {
    if (config.evaluationTime)
        throw new cli_args/* UsageError */.eb('backtest ends its range at --until, not --evaluation-time');
    const since = backtest_text(args, 'since');
    if (!since)
        throw new cli_args/* UsageError */.eb('backtest needs --since DURATION, e.g. --since 90d');
    const sinceSeconds = backtest_duration('since', since, 60, 10 * 365 * 86400);
    const stepSeconds = backtest_duration('step', backtest_text(args, 'step') || '1h', 60, 86400);
    const until = (0,inputs/* parseEvaluationTime */.HA)('until', backtest_text(args, 'until') ?? '') ?? new Date();
    if (args.values.json && args.values.markdown)
        throw new cli_args/* UsageError */.eb('give --json or --markdown, not both');
    const range = backtestRange(sinceSeconds, until, stepSeconds);
    const deploys = await deploysOf(args, io, { from: range.from, to: range.to + stepSeconds });
    const client = new prometheus_client/* PrometheusClient */.S(config.prometheus);
    let result;
    try {
        result = await runBacktest(config, {
            client,
            sinceSeconds,
            until,
            stepSeconds,
            deploys: deploys.times,
            signal: io.signal
        });
    }
    finally {
        client.close();
    }
    if (io.signal.aborted)
        return 130;
    result.warnings.push(...deploys.warnings);
    const say = (out) => (0,redact/* redactSecrets */.fp)(out, [...config.secrets, ...deploys.secrets]);
    if (args.values.json)
        io.out(say(JSON.stringify(backtestJson(result), null, 2)));
    else if (args.values.markdown)
        io.out(say(backtestMarkdown(result)));
    else
        io.out(say(renderBacktest(result, config.onError)));
    return 0;
}


/***/ }),

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   QK: () => (/* binding */ gitHubReason),
/* harmony export */   s_: () => (/* binding */ httpStatusOf),
/* harmony export */   yc: () => (/* binding */ GitHubUnreachable)
/* harmony export */ });
/** A request to GitHub that got no answer at all: the host and the cause, never "HTTP 500". */
class GitHubUnreachable extends Error {
    host;
    constructor(host, cause) {
        super(`cannot reach ${host}: ${cause}`);
        this.host = host;
        this.name = 'GitHubUnreachable';
    }
}
/** Loads Octokit and builds the client (see octokit.ts). */
async function createGitHubClient(options) {
    const { createOctokitClient } = await Promise.all(/* import() */[__webpack_require__.e(561), __webpack_require__.e(997), __webpack_require__.e(702)]).then(__webpack_require__.bind(__webpack_require__, 6702));
    return createOctokitClient(options);
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
/** The HTTP status of an Octokit error, when GitHub answered at all. */
function httpStatusOf(error) {
    if (error instanceof GitHubUnreachable)
        return undefined;
    const status = error.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jn: () => (/* binding */ listDeployments),
/* harmony export */   MU: () => (/* binding */ lastStatusOf)
/* harmony export */ });
/* unused harmony exports findRunDeployment, postDeploymentStatus, MAX_PAGES */
/** Deployments looked at, newest first; their statuses read per deployment. */
const DEPLOYMENTS = 5;
const STATUSES = 30;
/** A status of this run: its log (or target) URL is one of the run's pages. */
const ofRun = (url, runId) => /^\d+$/.test(runId) && new RegExp(`/actions/runs/${runId}(/|$)`).test(url ?? '');
/**
 * The deployment of this run for `sha`: the newest whose statuses link to the run (GitHub
 * Actions' own deployment of a job with an environment links its job), or undefined.
 */
async function findRunDeployment(client, repo, sha, runId) {
    const { data } = await client.rest.repos.listDeployments({ ...repo, sha, per_page: DEPLOYMENTS });
    for (const deployment of data.slice(0, DEPLOYMENTS)) {
        const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
            ...repo,
            deployment_id: deployment.id,
            per_page: STATUSES
        });
        if (statuses.some(s => ofRun(s.log_url, runId) || ofRun(s.target_url, runId)))
            return { id: deployment.id, environment: deployment.environment, sha: deployment.sha };
    }
    return undefined;
}
/** A status on the deployment; it leaves the environment's other deployments as they are. */
async function postDeploymentStatus(client, repo, deployment, status) {
    await client.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: deployment,
        state: status.state,
        description: status.description,
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        auto_inactive: false
    });
}
/**
 * The newest status description of the environment's recent deployments that `read` accepts,
 * with its deployment: newest deployment first, each one's statuses newest first.
 */
async function lastStatusOf(client, repo, environment, read) {
    const { data } = await client.rest.repos.listDeployments({
        ...repo,
        environment,
        per_page: DEPLOYMENTS
    });
    for (const deployment of data.slice(0, DEPLOYMENTS)) {
        const { data: statuses } = await client.rest.repos.listDeploymentStatuses({
            ...repo,
            deployment_id: deployment.id,
            per_page: STATUSES
        });
        for (const status of statuses) {
            const found = status.description ? read(status.description) : undefined;
            if (found !== undefined)
                return {
                    deployment: {
                        id: deployment.id,
                        environment: deployment.environment,
                        sha: deployment.sha
                    },
                    found
                };
        }
    }
    return undefined;
}
/** Most pages read (100 deployments each): a range with more deploys is cut there, and said so. */
const MAX_PAGES = 50;
async function listDeployments(client, repo, environment, range) {
    const times = [];
    let pages = 0;
    const iterator = client.paginate.iterator(client.rest.repos.listDeployments, {
        ...repo,
        environment,
        per_page: 100
    });
    for await (const { data } of iterator) {
        pages++;
        let older = false;
        for (const deployment of data) {
            const created = Date.parse(deployment.created_at) / 1000;
            if (!Number.isFinite(created))
                continue;
            if (created < range.from)
                older = true;
            else if (created <= range.to)
                times.push(created);
        }
        if (older)
            return { times: times.sort((a, b) => a - b), truncated: false };
        if (pages >= MAX_PAGES)
            return { times: times.sort((a, b) => a - b), truncated: true };
    }
    return { times: times.sort((a, b) => a - b), truncated: false };
}


/***/ })

};
