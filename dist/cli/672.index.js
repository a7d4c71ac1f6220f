export const id = 672;
export const ids = [672];
export const modules = {

/***/ 7672:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  serve: () => (/* binding */ serve)
});

// UNUSED EXPORTS: startApp

// EXTERNAL MODULE: ./src/engine/inputs.ts
var engine_inputs = __webpack_require__(55545);
// EXTERNAL MODULE: ./src/engine/config.ts + 1 modules
var config = __webpack_require__(99088);
// EXTERNAL MODULE: ./src/engine/evaluate.ts
var evaluate = __webpack_require__(63507);
// EXTERNAL MODULE: ./src/engine/duration.ts
var duration = __webpack_require__(84964);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/prometheus/client.ts + 2 modules
var prometheus_client = __webpack_require__(85388);
// EXTERNAL MODULE: ./src/specs/index.ts + 7 modules
var specs = __webpack_require__(53433);
// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/text/redact.ts
var redact = __webpack_require__(53326);
// EXTERNAL MODULE: ./src/text/format.ts
var format = __webpack_require__(98488);
// EXTERNAL MODULE: ./src/channels/receipt.ts
var receipt = __webpack_require__(7968);
// EXTERNAL MODULE: ./src/text/about.ts + 1 modules
var about = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/channels/forecast-text.ts
var forecast_text = __webpack_require__(34387);
;// CONCATENATED MODULE: ./src/app/comment.ts







/** GitHub refuses longer comments; keep a margin for the ellipsis. */
const MAX_COMMENT_CHARS = 1024;
const BUDGET = MAX_COMMENT_CHARS - 24;
const HEAD = {
    approved: '✅ **Approved**',
    rejected: '🚫 **Rejected**',
    waiting: '⏳ **Waiting**'
};
/** A link target that cannot close the Markdown link it sits in. */
const linkTarget = (url) => new URL(url).toString().replace(/\(/g, '%28').replace(/\)/g, '%29');
function gateComment(options) {
    const alias = (text) => (options.aliases ?? []).reduce((out, [from, to]) => out.split(from).join(to), options.hide ? options.hide(text) : text);
    const say = (text) => (0,text_escape/* escapeMarkdown */.FV)((0,redact/* redactSecrets */.fp)(alias(text), options.secrets));
    const by = options.verdict === 'waiting' ? 'on the error budget' : 'by the error budget gate';
    const sha = (options.sha ?? '').slice(0, 7).replace(/[^0-9a-f]/g, '');
    const head = `${HEAD[options.verdict]} ${by}: ${say(options.environment)}${sha ? ` at \`${sha}\`` : ''}`;
    const required = [head];
    const optional = [];
    const result = options.result;
    if (result) {
        const worst = result.worst;
        const figures = worst.budgetRemaining === null
            ? 'budget unknown'
            : `${format/* shownPercent */.t3(worst.budgetRemaining)} of the budget left, burn ${format/* shownBurn */.LC(worst.burnRate)} over ${say(worst.spec.burnRateWindow)}, ${format/* toExhaustion */.kD(worst.daysToExhaustion)}`;
        const which = result.slos.length > 1 ? ` (worst of ${result.slos.length}: ${say(worst.name)})` : '';
        required.push(`${engine_status/* STATUS_ICON */.tW[result.status]} **${result.status}**: ${figures}${which}`);
        // When the deploy unblocks: the reviewer's (and a wait's) first question.
        const forecast = (0,forecast_text/* forecastSentence */.BA)(result);
        if (forecast)
            required.push(`**When:** ${say(forecast)}`);
        optional.push(...result.reasons.map(reason => `- ${say(reason)}`));
        if (result.slos.length > 1)
            optional.push(...result.slos.map(s => `- ${say(s.name)}: ${s.status}, ${format/* shownPercent */.t3(s.budgetRemaining)} left, burn ${format/* shownBurn */.LC(s.burnRate)}`));
    }
    if (options.lastDeploy)
        required.push(`Last deploy to ${say(options.lastDeploy.environment)}: ${(0,receipt/* receiptMarkdown */.OZ)(options.lastDeploy.receipt)}`);
    if (options.problem)
        required.push(`**What to fix:** ${say(options.problem)}`);
    const tail = [];
    if (options.note)
        tail.push(say(options.note));
    if (options.dashboard)
        tail.push(`[Dashboard](${linkTarget(options.dashboard)})`);
    // What the statuses mean when there are figures; how to write the policy when there are none.
    const home = options.home ?? about/* PACKAGE_HOME */.DE;
    tail.push(result
        ? `[What the statuses mean](${(0,about/* docsUrl */.fs)(home, about/* STATUSES_DOC */.QK)})`
        : `[How to set up the policy](${(0,about/* docsUrl */.fs)(home, about/* APP_POLICY_DOC */.C7)})`);
    const lines = [...required];
    let size = [...required, ...tail].join('\n').length;
    let left = 0;
    for (const [i, line] of optional.entries()) {
        if (size + line.length + 1 > BUDGET - 20) {
            left = optional.length - i;
            break;
        }
        lines.push(line);
        size += line.length + 1;
    }
    if (left)
        lines.push(`- … and ${left} more`);
    const text = [...lines, ...tail].join('\n');
    return text.length > BUDGET ? `${text.slice(0, BUDGET)}…` : text;
}

// EXTERNAL MODULE: ./src/github/deployments.ts
var deployments = __webpack_require__(16887);
;// CONCATENATED MODULE: ./src/app/receipts.ts
/**
 * What the last deploy to an environment cost: the newest deploy receipt among the statuses of
 * the environment's deployments (written by `mode: verify`), read back into figures. Any failure
 * to read it leaves it out: it never changes a verdict.
 */



async function lastDeployOf(client, repo, environment, log) {
    try {
        const last = await (0,deployments/* lastStatusOf */.MU)(client, repo, environment, receipt/* parseReceipt */.Wy);
        return last && { environment: last.deployment.environment, receipt: last.found };
    }
    catch (error) {
        log.warn('the last deploy receipt could not be read', {
            repo: `${repo.owner}/${repo.repo}`,
            environment,
            httpStatus: (0,github_client/* httpStatusOf */.s_)(error) ?? null,
            error
        });
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@octokit/auth-app/dist-node/index.js + 9 modules
var dist_node = __webpack_require__(76479);
// EXTERNAL MODULE: ./node_modules/@octokit/request/dist-bundle/index.js + 3 modules
var dist_bundle = __webpack_require__(57561);
// EXTERNAL MODULE: ./src/http/retry.ts
var http_retry = __webpack_require__(28902);
;// CONCATENATED MODULE: ./src/app/github-app.ts




/** GitHub answered a server error, or did not answer: another attempt may succeed. */
const github_app_transient = (error) => ((0,github_client/* httpStatusOf */.s_)(error) ?? 500) >= 500;
/** Installation clients (@octokit/rest), one cached token per installation. */
class AppAuth {
    options;
    auth;
    constructor(options) {
        this.options = options;
        this.auth = (0,dist_node/* createAppAuth */.K)({
            appId: options.appId,
            // auth-app signs with WebCrypto, which reads PKCS#8 (GitHub hands out PKCS#1).
            privateKey: options.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
            request: dist_bundle/* request */.E.defaults({
                baseUrl: options.githubApiUrl,
                headers: { 'user-agent': 'error-budget-gate' }
            })
        });
    }
    async installationClient(installationId) {
        const { token } = await (0,http_retry/* withRetry */.bD)(() => this.auth({ type: 'installation', installationId }), {
            attempts: (this.options.retries ?? 3) + 1,
            retryable: github_app_transient,
            delayMs: (0,http_retry/* exponentialMs */.Ix)(1000, 8000),
            sleep: this.options.sleep
        });
        this.options.onToken(token, installationId);
        return (0,github_client/* createGitHubClient */.LX)({
            token,
            baseUrl: this.options.githubApiUrl,
            retries: this.options.retries,
            outsideRunner: true
        });
    }
}
/** A regular file of the repository at a commit; undefined when there is none at that path. */
async function readRepoFile(client, repo, path, sha, maxBytes) {
    let data;
    try {
        data = (await client.rest.repos.getContent({ ...repo, path, ref: sha })).data;
    }
    catch (error) {
        if ((0,github_client/* httpStatusOf */.s_)(error) === 404)
            return undefined;
        throw error;
    }
    const file = data;
    // A symlink or a submodule is not the policy: read only what the commit holds as a file.
    if (Array.isArray(data) || file.type !== 'file')
        throw new Error(`it is ${Array.isArray(data) ? 'a directory' : `a ${file.type}`}, not a regular file`);
    if ((file.size ?? 0) > maxBytes || file.encoding !== 'base64' || file.content === undefined)
        throw new Error(`it is larger than ${maxBytes} bytes`);
    return Buffer.from(file.content, 'base64').toString('utf8');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/engine/slo.ts
var slo = __webpack_require__(96918);
// EXTERNAL MODULE: ./src/specs/fields.ts
var fields = __webpack_require__(90423);
;// CONCATENATED MODULE: ./src/app/policy.ts
/**
 * The repository's policy, `.github/error-budget.yml`: per environment, the datasource (a name the
 * server knows), the SLOs (inline in our format, or a config file of any supported format), their
 * defaults, on_error, and an optional wait. Pure: the caller fetches the text.
 */





const POLICY_FILE = '.github/error-budget.yml';
/** GitHub's contents API serves at most 1 MB as JSON; a policy is a few hundred bytes. */
const MAX_POLICY_BYTES = 256 * 1024;
/** A policy that cannot be used: the message says what to change in the file. */
class PolicyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PolicyError';
    }
}
const ENVIRONMENT_FIELDS = [
    'prometheus',
    'slos',
    'config_file',
    'defaults',
    'on_error',
    'wait',
    'interval',
    'dashboard'
];
/** Our format's default fields, as the action's input names. */
const DEFAULT_INPUTS = {
    target: 'slo_target',
    time_window: 'time_window',
    error_query: 'error_query',
    total_query: 'total_query',
    block_on: 'block_on',
    burn_rate_window: 'burn_rate_window',
    fast_burn_threshold: 'fast_burn_threshold',
    slow_burn_threshold: 'slow_burn_threshold'
};
const THRESHOLD_INPUTS = {
    caution: 'caution_threshold',
    warning: 'warning_threshold',
    freeze: 'freeze_threshold'
};
const DEFAULT_INTERVAL = '10m';
/**
 * The longest interval between two evaluations of a wait: a timer holds at most 2^31-1 ms (24.8
 * days; Node fires a longer one after 1 ms), so 24 days, and never more than the server's MAX_WAIT.
 */
const MAX_INTERVAL_SECONDS = 24 * 86400;
/** The policy's datasource name as the server's variables spell it (`prod-eu` → DATASOURCE_PROD_EU_*). */
const datasourceKey = (name) => name.toLowerCase().replace(/-/g, '_');
const scalar = (value) => value === undefined || value === null
    ? ''
    : Array.isArray(value)
        ? value.join(',')
        : String(value);
function readDefaults(value, at) {
    if (value === undefined || value === null)
        return () => '';
    if (!(0,fields/* isObject */.Gv)(value))
        throw new PolicyError(`${at}: expected a mapping`);
    const inputs = {};
    const fieldOf = {};
    for (const [key, field] of Object.entries(value)) {
        if (key === 'thresholds') {
            if (!(0,fields/* isObject */.Gv)(field))
                throw new PolicyError(`${at}.thresholds: expected a mapping`);
            for (const [level, v] of Object.entries(field)) {
                const input = THRESHOLD_INPUTS[level];
                if (!input)
                    throw new PolicyError(`${at}.thresholds.${level}: unknown field; expected caution, warning, freeze`);
                inputs[input] = scalar(v);
                fieldOf[input] = `${at}.thresholds.${level}`;
            }
            continue;
        }
        const input = DEFAULT_INPUTS[key];
        if (!input)
            throw new PolicyError(`${at}.${key}: unknown field; expected one of ${[...Object.keys(DEFAULT_INPUTS), 'thresholds'].join(', ')}`);
        inputs[input] = scalar(field);
        fieldOf[input] = `${at}.${key}`;
    }
    const get = name => inputs[name] ?? '';
    try {
        (0,slo/* sloFromInputs */.QK)(get);
    }
    catch (error) {
        if (error instanceof engine_inputs/* InputError */.dz)
            throw new PolicyError(`${fieldOf[error.input] ?? at}: ${error.message.replace(/^Input [^:]+: /, '')}`);
        throw error;
    }
    return get;
}
function policy_duration(value, at) {
    try {
        return (0,duration/* parseDuration */.E)(scalar(value));
    }
    catch (error) {
        throw new PolicyError(`${at}: ${error.message}`);
    }
}
function readEnvironment(environment, value, limits) {
    const at = `environments.${environment}`;
    if (!(0,fields/* isObject */.Gv)(value))
        throw new PolicyError(`${at}: expected a mapping`);
    const entry = value;
    for (const key of Object.keys(entry)) {
        if (!ENVIRONMENT_FIELDS.includes(key))
            throw new PolicyError(`${at}.${key}: unknown field; expected one of ${ENVIRONMENT_FIELDS.join(', ')}`);
    }
    const datasource = scalar(entry.prometheus).trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(datasource))
        throw new PolicyError(`${at}.prometheus: expected the name of a datasource of the server (e.g. prod for its DATASOURCE_PROD_URL), never a URL`);
    const hasSlos = entry.slos !== undefined;
    const hasFile = entry.config_file !== undefined;
    if (hasSlos === hasFile)
        throw new PolicyError(`${at}: give either slos (a list) or config_file (a path), exactly one`);
    let slos;
    if (hasFile) {
        const file = scalar(entry.config_file).trim();
        if (!file || file.startsWith('/') || file.split('/').some(part => part === '..' || !part))
            throw new PolicyError(`${at}.config_file: expected a relative path inside the repository, such as slo/sloth.yaml`);
        slos = { file };
    }
    else {
        if (!Array.isArray(entry.slos) || entry.slos.length === 0)
            throw new PolicyError(`${at}.slos: expected a non-empty list of SLOs in our format`);
        slos = { inline: [{ slos: entry.slos }] };
    }
    const onError = scalar(entry.on_error).trim() || 'block';
    if (onError !== 'block' && onError !== 'allow')
        throw new PolicyError(`${at}.on_error: "${onError}" is not allowed; expected block or allow`);
    let waitSeconds;
    if (entry.wait !== undefined) {
        waitSeconds = policy_duration(entry.wait, `${at}.wait`);
        if (waitSeconds > limits.maxWaitSeconds)
            throw new PolicyError(`${at}.wait: ${scalar(entry.wait)} is longer than this server allows (${limits.maxWaitSeconds}s)`);
    }
    else if (entry.interval !== undefined) {
        throw new PolicyError(`${at}.interval: only used with wait; add wait or remove interval`);
    }
    const intervalSeconds = policy_duration(entry.interval ?? DEFAULT_INTERVAL, `${at}.interval`);
    if (entry.interval !== undefined && intervalSeconds < limits.minIntervalSeconds)
        throw new PolicyError(`${at}.interval: ${scalar(entry.interval)} is shorter than this server allows (${limits.minIntervalSeconds}s): every interval queries Prometheus again`);
    const longest = limits.maxWaitSeconds < MAX_INTERVAL_SECONDS
        ? `${(0,duration/* formatDuration */.a)(limits.maxWaitSeconds)}, its longest wait`
        : '24d, the longest time between two checks';
    if (entry.interval !== undefined &&
        intervalSeconds > Math.min(MAX_INTERVAL_SECONDS, limits.maxWaitSeconds))
        throw new PolicyError(`${at}.interval: ${scalar(entry.interval)} is longer than this server allows (${longest})`);
    let dashboard;
    if (entry.dashboard !== undefined) {
        dashboard = scalar(entry.dashboard).trim();
        let ok = false;
        try {
            ok = ['https:', 'http:'].includes(new URL(dashboard).protocol);
        }
        catch {
            ok = false;
        }
        if (!ok)
            throw new PolicyError(`${at}.dashboard: expected an http(s) URL`);
    }
    return {
        environment,
        datasource: datasourceKey(datasource),
        slos,
        defaults: readDefaults(entry.defaults, `${at}.defaults`),
        onError,
        waitSeconds,
        intervalSeconds: Math.max(intervalSeconds, limits.minIntervalSeconds),
        dashboard
    };
}
function readEnvironments(text) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new PolicyError(`not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (!(0,fields/* isObject */.Gv)(doc) || !(0,fields/* isObject */.Gv)(doc.environments))
        throw new PolicyError('expected a mapping with environments: { <environment name>: {...} }');
    for (const key of Object.keys(doc)) {
        if (key !== 'environments')
            throw new PolicyError(`${key}: unknown field; expected environments`);
    }
    return doc.environments;
}
/** The environments the policy names (the repository's own text): for a comment on an unnamed one. */
function policyEnvironments(text) {
    return Object.keys(readEnvironments(text));
}
/** Parses the policy and returns the entry of one environment (undefined: the file does not name it). */
function readEnvironmentPolicy(text, environment, limits) {
    const environments = readEnvironments(text);
    // GitHub compares environment names without regard to case.
    const name = Object.keys(environments).find(key => key.toLowerCase() === environment.toLowerCase());
    return name === undefined ? undefined : readEnvironment(name, environments[name], limits);
}

;// CONCATENATED MODULE: ./src/app/access.ts
/**
 * Which repositories may use which datasource. A policy is read at the deployment's sha, so a pull
 * request chooses the datasource and the PromQL: without a binding, any repository the App is
 * installed on could query any team's Prometheus with that team's credentials. A datasource is
 * bound by DATASOURCE_<NAME>_REPOSITORIES; one without it serves no repository (fail closed).
 */
/** GitHub's characters for owners and repositories, and the wildcard. */
const SEGMENT = /^[A-Za-z0-9._*-]+$/;
/**
 * Reads a comma-separated list such as `acme/*,platform/shop`; throws with what is wrong (never the
 * value: the caller names the variable).
 */
function readRepositoryPatterns(text) {
    const entries = text
        .split(',')
        .map(entry => entry.trim())
        .filter(Boolean);
    return entries.map((entry, i) => {
        const parts = entry.split('/');
        if (parts.length !== 2 || !parts.every(part => SEGMENT.test(part)))
            throw new Error(`entry ${i + 1} is not an owner/repository pattern; expected a comma-separated list such as acme/*, acme/shop (* matches any run of characters in the owner or the repository)`);
        const glob = parts
            .map(part => part
            .split('*')
            .map(piece => piece.replace(/[.]/g, '\\.'))
            .join('[^/]*'))
            .join('/');
        // GitHub's names are case-insensitive.
        return new RegExp(`^${glob}$`, 'i');
    });
}
const mayUse = (patterns, owner, repo) => patterns.some(pattern => pattern.test(`${owner}/${repo}`));
/**
 * What a repository is told when its policy names a datasource it may not use, whether the server
 * has it or not: the same words, so that a repository learns nothing of the server's datasources.
 */
const notAvailable = (environment, datasource) => `environments.${environment}.prometheus: datasource "${datasource}" is not available to this repository; ask the server's operator which datasource it may use`;
/** The datasource a repository may use by that name, or undefined (unknown and forbidden alike). */
function datasourceFor(datasources, name, repository) {
    const datasource = datasources.get(name);
    return datasource && mayUse(datasource.repositories, repository.owner, repository.repo)
        ? datasource
        : undefined;
}

// EXTERNAL MODULE: ./src/text/address.ts
var address = __webpack_require__(59059);
;// CONCATENATED MODULE: ./src/app/delivery.ts
const FULL_SHA = /^[0-9a-f]{40}$/;
/** GitHub's X-GitHub-Delivery is a GUID: anything else is never stored or logged as an id. */
const validDeliveryId = (id) => /^[0-9A-Za-z-]{1,100}$/.test(id);
/** The run id in GitHub's deployment_callback_url; only the id is taken from it, never the host. */
function runIdOf(callbackUrl) {
    if (typeof callbackUrl !== 'string')
        return undefined;
    const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(callbackUrl);
    return match ? Number(match[1]) : undefined;
}
const fullSha = (value) => typeof value === 'string' && FULL_SHA.test(value) ? value : undefined;
function readProtectionRequest(payload, deliveryId) {
    const owner = payload.repository?.owner?.login;
    const repo = payload.repository?.name;
    const installationId = payload.installation?.id;
    const environment = payload.environment;
    const runId = runIdOf(payload.deployment_callback_url);
    const sha = fullSha(payload.sha) ?? fullSha(payload.deployment?.sha);
    const missing = [
        (typeof owner !== 'string' || typeof repo !== 'string') && 'repository',
        typeof installationId !== 'number' && 'installation.id',
        (typeof environment !== 'string' || !environment) && 'environment',
        runId === undefined && 'deployment_callback_url (a workflow run)',
        sha === undefined && 'sha (a full commit hash)',
        !validDeliveryId(deliveryId) && 'X-GitHub-Delivery'
    ].filter((field) => typeof field === 'string');
    if (missing.length === 0)
        return {
            request: {
                deliveryId,
                owner: owner,
                repo: repo,
                installationId: installationId,
                runId: runId,
                environment: environment,
                sha: sha
            }
        };
    const answerable = typeof owner === 'string' &&
        typeof repo === 'string' &&
        typeof installationId === 'number' &&
        typeof environment === 'string' &&
        environment !== '' &&
        runId !== undefined;
    return {
        missing,
        target: answerable ? { owner, repo, installationId, runId, environment } : undefined
    };
}

// EXTERNAL MODULE: ./src/engine/concurrency.ts
var concurrency = __webpack_require__(62585);
// EXTERNAL MODULE: ./src/text/timers.ts
var timers = __webpack_require__(68801);
;// CONCATENATED MODULE: ./src/app/jobs.ts
/**
 * The gate's work in flight: one job per wait key at a time, the timers of the waits, retries with
 * backoff until a deadline, and the shutdown that stops them all (what is undecided stays in the
 * state file for the next start).
 */




/**
 * One bound for the whole server: every evaluation's Prometheus queries share `maxQueries` slots,
 * and evaluations start only as their queries can run (each sends up to 8 at once, the default
 * max_concurrency), so none spends its deadline in the queue.
 */
function serverLimiters(maxQueries) {
    return { queries: (0,concurrency/* limiter */.T)(maxQueries), evaluations: (0,concurrency/* limiter */.T)(Math.ceil(maxQueries / 8)) };
}
/** GitHub answered a server error, or did not answer: another attempt may succeed. */
const jobs_transient = (error) => ((0,github_client/* httpStatusOf */.s_)(error) ?? 500) >= 500;
/** The client with every query sent through the server's limiter (one for every evaluation). */
function limitedClient(client, slots) {
    if (!slots)
        return client;
    return {
        queryScalar: (...args) => slots(() => client.queryScalar(...args)),
        queryVector: (...args) => slots(() => client.queryVector(...args)),
        queryRange: (...args) => slots(() => client.queryRange(...args))
    };
}
class Jobs {
    log;
    timers = new Map();
    active = new Set();
    inFlight = new Set();
    /** Aborted when the shutdown begins: no retry waits past it. */
    stop = new AbortController();
    constructor(log) {
        this.log = log;
    }
    get stopping() {
        return this.stop.signal.aborted;
    }
    busy(key) {
        return this.active.has(key);
    }
    /** Runs `work` as the one job of `key`; a failure is logged, never thrown. */
    run(key, work) {
        this.active.add(key);
        const job = work()
            .catch(error => this.log.error('evaluation failed', { key, error }))
            .finally(() => {
            this.active.delete(key);
            this.inFlight.delete(job);
        });
        this.inFlight.add(job);
    }
    /** Runs `work` for `key` after `delayMs` (any delay: see setLongTimeout), unless busy by then. */
    later(key, delayMs, work) {
        if (this.stopping)
            return;
        this.timers.get(key)?.clear();
        const timer = (0,timers/* setLongTimeout */.E)(() => {
            this.timers.delete(key);
            if (!this.stopping && !this.busy(key))
                this.run(key, work);
        }, delayMs);
        this.timers.set(key, timer);
    }
    /** Stops the timers and the retries, and waits up to `graceMs` for the jobs; true if all ended. */
    async drain(graceMs) {
        this.stop.abort();
        for (const timer of this.timers.values())
            timer.clear();
        this.timers.clear();
        let timer;
        const timeout = new Promise(resolve => (timer = (0,timers/* setLongTimeout */.E)(() => resolve(false), graceMs)));
        const finished = await Promise.race([Promise.all([...this.inFlight]).then(() => true), timeout]);
        timer?.clear();
        return finished;
    }
    /**
     * Runs `work` until it succeeds, fails for good (a 4xx), the next try would start after
     * `answerBy`, or the server stops: undefined then, each failure logged.
     */
    async retrying(options, work) {
        for (let retry = 1;; retry++) {
            try {
                return await work();
            }
            catch (error) {
                const delay = options.delayMs(retry);
                const again = jobs_transient(error) && !this.stopping && options.now() + delay <= options.answerBy;
                this.log.error(options.failure, {
                    key: options.key,
                    httpStatus: (0,github_client/* httpStatusOf */.s_)(error) ?? null,
                    error,
                    retry: again
                });
                if (!again)
                    return undefined;
                await (0,http_retry/* sleep */.yy)(delay, this.stop.signal);
                if (this.stopping)
                    return undefined;
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/app/state-layout.ts
const isString = v => typeof v === 'string';
const isCount = v => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isTime = v => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const optional = (check) => v => v === undefined || check(v);
const TARGET = {
    key: isString,
    deliveryId: isString,
    owner: isString,
    repo: isString,
    installationId: isCount,
    runId: isCount,
    environment: isString
};
const WAIT = {
    ...TARGET,
    sha: isString,
    startedAt: isTime,
    deadline: isTime,
    intervalSeconds: isTime,
    reports: isCount
};
const ACCEPTED = {
    ...TARGET,
    sha: optional(isString),
    problem: optional(isString),
    acceptedAt: isTime
};
/** The record with only the layout's fields (and none undefined): what is written is what is read. */
const only = (record, fields) => Object.fromEntries(Object.keys(fields)
    .filter(field => record[field] !== undefined)
    .map(field => [field, record[field]]));
const waitRecord = (wait) => only(wait, WAIT);
const acceptedRecord = (request) => only(request, ACCEPTED);
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** The first thing wrong with `value` as a record of `fields`, or undefined. */
function recordProblem(value, fields, at) {
    if (!isRecord(value))
        return `${at} is not an object`;
    for (const [field, check] of Object.entries(fields))
        if (!check(value[field]))
            return `${at}.${field} is missing or of the wrong type`;
    const extra = Object.keys(value).find(field => !(field in fields));
    return extra === undefined ? undefined : `${at} has an unknown field "${extra}"`;
}
/** The entries of the object at `name`, each checked; throws saying which one is wrong. */
function entries(parsed, name, check) {
    const value = parsed[name];
    if (!isRecord(value))
        throw new Error(`"${name}" is not an object`);
    const map = new Map();
    for (const [key, item] of Object.entries(value)) {
        const problem = check(item, `${name}[${JSON.stringify(key)}]`, key);
        if (problem)
            throw new Error(problem);
        map.set(key, item);
    }
    return map;
}
/** Reads the parsed file into maps; throws an Error that says what is wrong (not the file name). */
function loadState(parsed) {
    if (!isRecord(parsed))
        throw new Error('it is not a JSON object');
    const version = parsed.version;
    if (version !== 1 && version !== 2)
        throw new Error(`unknown version ${JSON.stringify(version)}`);
    const known = version === 1
        ? ['version', 'deliveries', 'waits']
        : ['version', 'deliveries', 'waits', 'accepted'];
    const extra = Object.keys(parsed).find(field => !known.includes(field));
    if (extra !== undefined)
        throw new Error(`unknown field "${extra}"`);
    const keyed = (fields) => (value, at, key) => recordProblem(value, fields, at) ??
        (value.key === key ? undefined : `${at}.key is not its own key`);
    return {
        deliveries: entries(parsed, 'deliveries', (value, at) => isTime(value) ? undefined : `${at} is not a time`),
        waits: entries(parsed, 'waits', keyed(WAIT)),
        accepted: version === 1 ? new Map() : entries(parsed, 'accepted', keyed(ACCEPTED))
    };
}
function stateFileOf(state) {
    // Object.fromEntries defines own properties: an id such as `__proto__` stays data.
    return {
        version: 2,
        deliveries: Object.fromEntries(state.deliveries),
        waits: Object.fromEntries(state.waits),
        accepted: Object.fromEntries(state.accepted)
    };
}

;// CONCATENATED MODULE: ./src/app/store.ts
/**
 * The server's state across restarts: the requests accepted and not yet decided, the pending
 * waits, and the delivery ids already *decided* (an id only received is processed again when
 * GitHub redelivers it). A JSON file replaced by an atomic rename (write a temp file, fsync, rename
 * over the old one), so a crash leaves either the old state or the new one, never half of each.
 *
 * Why not node:sqlite: it needs Node 22.5+ (unflagged from 22.13), and the server must also run on
 * Node 20, where the tests run it; the state is a few hundred records owned by one process, so a
 * database adds nothing that the rename does not give, and a native addon would not bundle.
 *
 * A failed write (a full disk, a permission) is never fatal: the state stays right in memory, the
 * error goes to `onWriteError`, and the caller decides (a new delivery is answered 503).
 */



/** GitHub redelivers for 3 days: ids older than that cannot come back. */
const DELIVERY_MEMORY_MS = 3 * 86400_000;
const MAX_DELIVERIES = 50_000;
const waitKey = (w) => `${w.owner}/${w.repo}#${w.runId}:${w.environment.toLowerCase()}`;
class StateStore {
    file;
    state;
    onWriteError;
    constructor(file, 
    // Maps, not plain objects: an id such as `constructor` or `toString` is an id like any other.
    state, onWriteError) {
        this.file = file;
        this.state = state;
        this.onWriteError = onWriteError;
    }
    /**
     * Opens the file (a missing one is an empty state). One that is unreadable or does not fit the
     * layout stops the server, naming the file and what is wrong: it holds the pending waits.
     */
    static open(file, onWriteError = () => undefined) {
        let state = { deliveries: new Map(), waits: new Map(), accepted: new Map() };
        if (external_node_fs_default().existsSync(file)) {
            try {
                state = loadState(JSON.parse(external_node_fs_default().readFileSync(file, 'utf8')));
            }
            catch (error) {
                throw new Error(`state file ${file} cannot be read (${error.message}); it holds the pending waits: repair or remove it`);
            }
        }
        const store = new StateStore(file, state, onWriteError);
        // The start proves the file can be written: a server that cannot keep state does not start.
        store.write();
        return store;
    }
    /** Whether a verdict was already sent for this delivery id (a replay or a redelivery). */
    decided(id) {
        return this.state.deliveries.has(id);
    }
    accepted() {
        return [...this.state.accepted.values()];
    }
    /** Keeps an accepted request until it is decided; false (and nothing kept) when it cannot be saved. */
    accept(request) {
        this.state.accepted.set(request.key, acceptedRecord(request));
        if (this.save())
            return true;
        this.state.accepted.delete(request.key);
        return false;
    }
    /**
     * The request under `key` is over: its accepted record and its wait leave the store, and when
     * GitHub took the verdict, `decidedId` is remembered so that a redelivery is not processed.
     */
    finish(key, decidedId, now = Date.now()) {
        this.state.accepted.delete(key);
        this.state.waits.delete(key);
        if (decidedId !== undefined) {
            const { deliveries } = this.state;
            for (const [seen, at] of deliveries)
                if (now - at > DELIVERY_MEMORY_MS)
                    deliveries.delete(seen);
            // A Map iterates in insertion order: the oldest ids go first.
            for (const old of deliveries.keys()) {
                if (deliveries.size < MAX_DELIVERIES)
                    break;
                deliveries.delete(old);
            }
            deliveries.set(decidedId, now);
        }
        return this.save();
    }
    waits() {
        return [...this.state.waits.values()];
    }
    getWait(key) {
        return this.state.waits.get(key);
    }
    /** A wait replaces the request's accepted record: it carries all of it, and its deadline. */
    putWait(wait) {
        this.state.waits.set(wait.key, waitRecord(wait));
        this.state.accepted.delete(wait.key);
        return this.save();
    }
    /** Writes the state; false (and the error reported) when it cannot. */
    save() {
        try {
            this.write();
            return true;
        }
        catch (error) {
            this.onWriteError(error);
            return false;
        }
    }
    write() {
        const temp = `${this.file}.${process.pid}.tmp`;
        try {
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().resolve(this.file)), { recursive: true });
            const fd = external_node_fs_default().openSync(temp, 'w', 0o600);
            try {
                external_node_fs_default().writeSync(fd, JSON.stringify(stateFileOf(this.state)));
                external_node_fs_default().fsyncSync(fd);
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
            external_node_fs_default().renameSync(temp, this.file);
        }
        catch (error) {
            // Best effort: a disk too full to write may still let the half-written file go.
            external_node_fs_default().rm(temp, { force: true }, () => undefined);
            throw error;
        }
    }
}

;// CONCATENATED MODULE: ./src/app/gate.ts
/**
 * One deployment protection rule request, from the policy at the deployment's sha to GitHub's
 * callback: the action's engine decides, the server only adds the wait. Every doubt rejects, with
 * a comment that says what to fix.
 */

















const rejected = (problem) => ({ verdict: 'rejected', problem, secrets: [] });
const errorText = (error) => error instanceof engine_inputs/* InputError */.dz
    ? error.message.replace(/^Input [^:]+: /, '')
    : error.message;
const at = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
/**
 * The gate's config for one policy entry, from the builder every entry point uses (so the App
 * runs every check the action and the CLI run): the policy's on_error, the server's datasource.
 * The App reads no freeze file, and its review comment has no room for a chart.
 */
function appGateConfig(policy, datasource, slos, now) {
    const inputs = { on_error: policy.onError, chart: 'false' };
    return (0,config/* readGateConfig */.Gg)(name => inputs[name] ?? '', slos, { endpoint: datasource, now });
}
class Gate {
    deps;
    jobs;
    now;
    /** Backoff of a failed token request or callback. */
    retryDelayMs = (0,http_retry/* exponentialMs */.Ix)(5000, 300_000);
    /** MAX_QUERIES for all evaluations together (see serverLimiters). */
    limits;
    constructor(deps) {
        this.deps = deps;
        this.jobs = new Jobs(deps.log);
        this.now = deps.now ?? Date.now;
        this.limits = serverLimiters(deps.settings.maxQueries);
    }
    /** Whether a shutdown has begun: new requests are refused (and can be redelivered). */
    get closing() {
        return this.jobs.stopping;
    }
    /**
     * Starts the work of one request and returns at once: the webhook answers before it ends. The
     * request is kept in the store until it is decided, so that a restart resumes it; one already
     * being decided (a concurrent copy, a redelivery during its evaluation) is not evaluated twice.
     */
    accept(request) {
        return this.begin({ ...request, key: waitKey(request), acceptedAt: this.now() });
    }
    /**
     * Rejects a signed request that cannot be evaluated (no commit in the delivery), saying why:
     * GitHub would otherwise wait 30 days for a verdict.
     */
    reject(target, problem, deliveryId) {
        // An id that is not GitHub's is never stored: such a delivery is never "already decided".
        const id = validDeliveryId(deliveryId) ? deliveryId : '';
        const key = waitKey(target);
        return this.begin({ ...target, deliveryId: id, key, problem, acceptedAt: this.now() });
    }
    begin(request) {
        const { key, deliveryId } = request;
        if (this.jobs.busy(key) || this.deps.store.getWait(key)) {
            this.deps.log.info('already being decided', { key, delivery: deliveryId });
            return 'in_progress';
        }
        if (!this.deps.store.accept(request))
            return 'unsaved';
        this.jobs.run(key, () => this.work(request));
        return 'accepted';
    }
    work(request) {
        if (request.problem !== undefined || request.sha === undefined)
            return this.decide(request, undefined, rejected(request.problem ?? 'no commit'));
        return this.decide({ ...request, sha: request.sha }, undefined);
    }
    /** Picks up every wait and every undecided request the store kept across a restart. */
    resumeAll() {
        for (const wait of this.deps.store.waits()) {
            this.deps.log.info('resuming a wait', { key: wait.key, deadline: at(wait.deadline) });
            this.schedule(wait, 0);
        }
        for (const request of this.deps.store.accepted()) {
            if (this.jobs.busy(request.key) || this.deps.store.getWait(request.key))
                continue;
            const { key, deliveryId } = request;
            this.deps.log.info('resuming an undecided request', { key, delivery: deliveryId });
            this.jobs.run(key, () => this.work(request));
        }
        this.updateGauge();
    }
    /** Stops the timers (what is undecided stays in the store) and lets in-flight work finish. */
    drain(graceMs) {
        return this.jobs.drain(graceMs);
    }
    schedule(wait, delayMs) {
        this.jobs.later(wait.key, delayMs, () => this.decide(wait, wait));
    }
    updateGauge() {
        this.deps.metrics.pendingWaits.set(this.deps.store.waits().length);
    }
    /**
     * Evaluates, then approves, rejects, or reports and waits. A token request or a final callback
     * that fails is retried with backoff until `RETRY_DEADLINE` after the request (after the wait's
     * deadline for a wait); only a verdict GitHub took marks the delivery id as decided.
     */
    async decide(request, wait, preset) {
        const { log, store, metrics } = this.deps;
        const key = waitKey(request);
        const since = wait?.deadline ?? ('acceptedAt' in request ? request.acceptedAt : this.now());
        const answerBy = since + this.deps.settings.retryDeadlineMs;
        const retry = { key, answerBy, now: this.now, delayMs: this.retryDelayMs };
        const client = await this.jobs.retrying({ ...retry, failure: 'no installation token' }, () => this.deps.installationClient(request.installationId));
        if (!client)
            return this.giveUp(key);
        const found = preset ?? (await this.assess(client, request));
        if (!preset)
            metrics.evaluations.inc({ status: found.result?.status ?? 'POLICY' });
        const now = this.now();
        const waitSeconds = found.policy?.waitSeconds;
        if (found.verdict === 'blocked' && waitSeconds !== undefined && request.sha !== undefined) {
            const pending = wait ?? {
                key,
                owner: request.owner,
                repo: request.repo,
                installationId: request.installationId,
                runId: request.runId,
                environment: request.environment,
                sha: request.sha,
                deliveryId: request.deliveryId,
                startedAt: now,
                deadline: now + waitSeconds * 1000,
                intervalSeconds: found.policy.intervalSeconds,
                reports: 0
            };
            // Timers may fire a little early: under half a second left is the end of the wait.
            if (now < pending.deadline - 500) {
                const next = Math.min(now + pending.intervalSeconds * 1000, pending.deadline);
                // A status report is not retried: the next check sends another.
                const posted = await this.callback(client, request, 'waiting', {
                    ...found,
                    note: `Waiting up to ${(0,duration/* formatDuration */.a)(waitSeconds)} for the budget (until ${at(pending.deadline)}); next check at ${at(next)}.`
                }).catch(() => false);
                const kept = { ...pending, reports: pending.reports + (posted ? 1 : 0) };
                // Unsaved (the write error is logged), the wait still runs; only a restart would lose it.
                store.putWait(kept);
                this.updateGauge();
                this.schedule(kept, next - now);
                return;
            }
            found.note = `The wait of ${(0,duration/* formatDuration */.a)((pending.deadline - pending.startedAt) / 1000)} ended at ${at(pending.deadline)} and the budget still blocks this deploy.`;
        }
        const verdict = found.verdict === 'approved' ? 'approved' : 'rejected';
        const sent = await this.jobs.retrying({ ...retry, failure: 'callback failed' }, () => this.callback(client, request, verdict, found));
        if (!sent)
            return this.giveUp(key);
        store.finish(key, request.deliveryId || undefined, this.now());
        this.updateGauge();
        log.info('decided', {
            key,
            verdict,
            status: found.result?.status ?? null,
            problem: found.problem ?? null
        });
    }
    /**
     * No verdict could be sent. On a shutdown the request stays in the store for the next start;
     * otherwise it leaves it undecided, so that GitHub's redelivery of its id starts it again.
     */
    giveUp(key) {
        if (this.jobs.stopping)
            return;
        this.deps.store.finish(key, undefined);
        this.updateGauge();
        this.deps.log.error('no verdict sent: a redelivery of the delivery will evaluate it again', {
            key
        });
    }
    /** Posts the review (a status report when waiting); throws when GitHub did not take it. */
    async callback(client, request, verdict, found) {
        const comment = gateComment({
            verdict,
            environment: request.environment,
            sha: request.sha,
            result: found.result,
            problem: found.problem,
            note: found.note,
            dashboard: found.policy?.dashboard,
            // The logger knows the server's secrets and every installation token issued so far.
            secrets: [...this.deps.log.secrets(), ...found.secrets],
            hide: found.hide,
            lastDeploy: found.lastDeploy
        });
        const outcome = verdict === 'waiting' ? 'status_report' : verdict;
        try {
            await client.rest.actions.reviewCustomGatesForRun({
                owner: request.owner,
                repo: request.repo,
                run_id: request.runId,
                environment_name: request.environment,
                ...(verdict === 'waiting' ? {} : { state: verdict }),
                comment
            });
            this.deps.metrics.callbacks.inc({ outcome });
            return true;
        }
        catch (error) {
            this.deps.metrics.callbacks.inc({ outcome: 'failed' });
            if (verdict === 'waiting')
                this.deps.log.error('callback failed', {
                    key: waitKey(request),
                    outcome,
                    httpStatus: (0,github_client/* httpStatusOf */.s_)(error) ?? null,
                    error
                });
            throw error;
        }
    }
    async readFile(client, request, path) {
        return readRepoFile(client, { owner: request.owner, repo: request.repo }, path, request.sha, MAX_POLICY_BYTES);
    }
    async assess(client, request) {
        const { settings } = this.deps;
        const sha = request.sha.slice(0, 7);
        let text;
        try {
            text = await this.readFile(client, request, POLICY_FILE);
        }
        catch (error) {
            return rejected(`${POLICY_FILE} could not be read at ${sha}: ${errorText(error)}`);
        }
        if (text === undefined)
            return rejected(`there is no ${POLICY_FILE} at ${sha}: add one with an entry for environment ${request.environment} (see "The policy file" in docs/github-app.md, linked below)`);
        let policy;
        try {
            policy = readEnvironmentPolicy(text, request.environment, settings);
        }
        catch (error) {
            if (error instanceof PolicyError)
                return rejected(`${POLICY_FILE}: ${error.message}`);
            throw error;
        }
        if (!policy) {
            const note = `Environment ${request.environment} is not named in ${POLICY_FILE} at ${sha}`;
            return settings.unknownEnvironment === 'approve'
                ? { verdict: 'approved', note: `${note}: approved without a budget check.`, secrets: [] }
                : rejected(unnamedEnvironment(note, request.environment, text));
        }
        // Unknown and forbidden alike: a repository learns nothing of the server's other datasources.
        const datasource = datasourceFor(settings.datasources, policy.datasource, request);
        if (!datasource)
            return { ...rejected(notAvailable(policy.environment, policy.datasource)), policy };
        let slos;
        try {
            if ('inline' in policy.slos) {
                slos = (0,specs.slosFromDocuments)(policy.slos.inline, `${POLICY_FILE} environments.${policy.environment}`, policy.defaults);
            }
            else {
                const file = policy.slos.file;
                const specText = await this.readFile(client, request, file);
                if (specText === undefined)
                    return {
                        ...rejected(`environments.${policy.environment}.config_file: ${file} does not exist at ${sha}`),
                        policy
                    };
                slos = (0,specs.parseSloDocuments)(specText, file, policy.defaults);
            }
        }
        catch (error) {
            return { ...rejected(errorText(error)), policy };
        }
        let config;
        try {
            config = appGateConfig(policy, datasource, slos, () => new Date(this.now()));
        }
        catch (error) {
            return { ...rejected(errorText(error)), policy };
        }
        const prometheus = new prometheus_client/* PrometheusClient */.S(config.prometheus);
        let result;
        try {
            const client = limitedClient(prometheus, this.limits.queries);
            result = await this.limits.evaluations(() => (0,evaluate/* evaluateGate */.D)(config, { client, now: () => new Date(this.now()) }));
        }
        finally {
            prometheus.close();
        }
        return {
            verdict: result.canDeploy ? 'approved' : 'blocked',
            result,
            policy,
            problem: result.status === 'ERROR' && !result.canDeploy
                ? `the budget could not be read from datasource "${datasource.name}"; fix the query in the policy if the reasons name it, otherwise ask the server's operator to check DATASOURCE_${datasource.name.toUpperCase()}_URL and that Prometheus is up.`
                : undefined,
            secrets: datasource.secrets,
            hide: (0,address/* addressHider */.F)(datasource.prometheus.url, `datasource ${datasource.name}`),
            lastDeploy: await lastDeployOf(client, { owner: request.owner, repo: request.repo }, request.environment, this.deps.log)
        };
    }
}
/** How to name an environment in the policy, with the names it has (the repository's own text). */
function unnamedEnvironment(note, environment, policyText) {
    const names = policyEnvironments(policyText);
    const shown = names.slice(0, 10).map(name => `"${name.slice(0, 60)}"`);
    const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
    const has = names.length ? `; it names ${shown.join(', ')}${more}` : '';
    return `${note}${has}. To gate deploys to it, add it under environments as "${environment}:" (GitHub ignores the case) with its prometheus and slos; this server rejects deploys to an environment the policy does not name.`;
}

;// CONCATENATED MODULE: ./src/app/log.ts
/**
 * Structured logs: one JSON object a line on stdout. Every string is redacted of the server's
 * secrets (and of each installation token as it is issued) before it is encoded, so JSON's own
 * escaping keeps any text from a server or a repository to one line.
 */

function redactValue(value, secrets, hide, depth = 0) {
    if (typeof value === 'string')
        return (0,redact/* redactSecrets */.fp)(hide(value), secrets);
    if (value instanceof Error)
        return (0,redact/* redactSecrets */.fp)(hide(value.message), secrets);
    if (depth > 5 || value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(v => redactValue(v, secrets, hide, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets, hide, depth + 1)]));
}
const KEPT_PER_SLOT = 2;
const MAX_SLOTS = 1000;
/**
 * JSON.stringify leaves U+0085, U+2028 and U+2029 raw, and many log readers break lines there
 * (Python's splitlines, editors, some log viewers): escaped, a server's text stays on its line.
 */
const oneJsonLine = (record) => JSON.stringify(record).replace(/[\u0085\u2028\u2029]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
function createLogger(secrets, write = line => process.stdout.write(`${line}\n`), 
/** Applied to every string before redaction: the datasources' addresses by their names. */
hide = text => text) {
    const known = [...new Set(secrets.filter(s => s.length >= 3))];
    // Tokens are refreshed every hour: keep each installation's current one and the one before
    // (still in answers in flight), never every token since the start.
    const learned = new Map();
    // Longest first, so a secret that contains another is replaced whole.
    const sorted = () => [...new Set([...known, ...[...learned.values()].flat()])].sort((a, b) => b.length - a.length);
    let ordered = sorted();
    const emit = (level, msg, fields = {}) => {
        const record = redactValue({ ...fields, msg }, ordered, hide);
        write(oneJsonLine({ time: new Date().toISOString(), level, ...record }));
    };
    return {
        info: (msg, fields) => emit('info', msg, fields),
        warn: (msg, fields) => emit('warn', msg, fields),
        error: (msg, fields) => emit('error', msg, fields),
        addSecret(secret, slot = secret) {
            if (secret.length < 3 || known.includes(secret))
                return;
            const kept = learned.get(slot) ?? [];
            // Re-inserted, so the Map's order is the order of use: the slot used longest ago goes first.
            learned.delete(slot);
            learned.set(slot, [secret, ...kept.filter(s => s !== secret)].slice(0, KEPT_PER_SLOT));
            for (const old of learned.keys()) {
                if (learned.size <= MAX_SLOTS)
                    break;
                learned.delete(old);
            }
            if (kept[0] !== secret)
                ordered = sorted();
        },
        redact: text => (0,redact/* redactSecrets */.fp)(text, ordered),
        secrets: () => ordered
    };
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./src/app/metrics.ts
/** The server's own metrics, in Prometheus text format on GET /metrics (prom-client). */

function createMetrics() {
    const registry = new prom_client.Registry();
    (0,prom_client.collectDefaultMetrics)({ register: registry, prefix: 'error_budget_app_' });
    return {
        registry,
        webhooks: new prom_client.Counter({
            name: 'error_budget_app_webhooks_total',
            help: 'Webhook deliveries by result.',
            labelNames: ['result'],
            registers: [registry]
        }),
        evaluations: new prom_client.Counter({
            name: 'error_budget_app_evaluations_total',
            help: 'Error budget evaluations by gate status.',
            labelNames: ['status'],
            registers: [registry]
        }),
        callbacks: new prom_client.Counter({
            name: 'error_budget_app_callbacks_total',
            help: 'Deployment protection rule callbacks to GitHub by outcome.',
            labelNames: ['outcome'],
            registers: [registry]
        }),
        webhookSeconds: new prom_client.Histogram({
            name: 'error_budget_app_webhook_duration_seconds',
            help: 'Time to answer a webhook delivery.',
            buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
            registers: [registry]
        }),
        pendingWaits: new prom_client.Gauge({
            name: 'error_budget_app_pending_waits',
            help: 'Deployments waiting for the budget to allow them.',
            registers: [registry]
        })
    };
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: ./node_modules/@octokit/webhooks/dist-bundle/index.js + 1 modules
var webhooks_dist_bundle = __webpack_require__(95468);
;// CONCATENATED MODULE: ./src/app/server.ts
/**
 * The HTTP side: POST /api/github/webhooks (signature first, then the event), GET /healthz and
 * GET /metrics. @octokit/webhooks checks X-Hub-Signature-256 and types the event; the body cap,
 * the replay store and what is logged are ours. A delivery is answered before its evaluation
 * starts; GitHub waits 10 s at most.
 *
 * Only a delivery that was *decided* is "already processed": one received and not decided yet is
 * answered "being decided" while it runs, and processed again when GitHub redelivers it later.
 */



const WEBHOOK_PATH = '/api/github/webhooks';
/** GitHub caps payloads at 25 MB; a deployment_protection_rule event is a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024;
/** GitHub gives up after 10 s: a client that trickles its headers or body is cut off well before. */
const HEADERS_TIMEOUT_MS = 5000;
const REQUEST_TIMEOUT_MS = 8000;
const TIMEOUTS = {
    headersTimeout: HEADERS_TIMEOUT_MS,
    requestTimeout: REQUEST_TIMEOUT_MS,
    // How often Node enforces those two: at its default of 30 s, a slow client holds on for 30 s.
    connectionsCheckingInterval: 500
};
const DUPLICATE = [200, 'duplicate', 'delivery already processed'];
/** The gate's answer to a request handed to it. */
const ACCEPTANCE = {
    accepted: message => [202, 'accepted', message],
    in_progress: () => [202, 'in_progress', 'delivery already being decided'],
    // Fail closed and say so: GitHub redelivers a 5xx, and nothing was started that could be lost.
    unsaved: () => [503, 'state_unsaved', 'the server cannot save its state; redeliver later']
};
function send(res, status, body, type = 'application/json') {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
function createAppServer(deps) {
    const { log, metrics } = deps;
    const webhooks = new webhooks_dist_bundle/* Webhooks */.zo({ secret: deps.webhookSecret });
    /** The handler's answer to each payload it handled, for that delivery's HTTP answer. */
    const handled = new WeakMap();
    webhooks.on('deployment_protection_rule.requested', ({ id, payload }) => {
        handled.set(payload, protectionRule(payload, id));
    });
    /** A signed deployment_protection_rule request: evaluated, or rejected saying why. */
    function protectionRule(payload, deliveryId) {
        const read = readProtectionRequest(payload, deliveryId);
        // Refused before its id is recorded, so that a redelivery after the restart is processed.
        if (deps.gate.closing)
            return [503, 'shutting_down', 'shutting down; redeliver later'];
        if ('missing' in read) {
            // GitHub waits 30 days for a verdict: a gate that fails closed must not fail silent.
            const why = `the delivery cannot be evaluated: ${read.missing.join(', ')} missing or malformed`;
            log.warn('unusable delivery', {
                delivery: deliveryId,
                missing: read.missing,
                answerable: read.target !== undefined
            });
            if (!read.target)
                return [400, 'bad_payload', why];
            if (decidedBefore(deliveryId))
                return DUPLICATE;
            const answer = ACCEPTANCE[deps.gate.reject(read.target, why, deliveryId)](why);
            return answer[1] === 'accepted' ? [202, 'rejected', why] : answer;
        }
        const { request } = read;
        if (decidedBefore(deliveryId))
            return DUPLICATE;
        log.info('deployment protection rule requested', {
            delivery: deliveryId,
            repository: `${request.owner}/${request.repo}`,
            environment: request.environment,
            run: request.runId,
            sha: request.sha
        });
        return ACCEPTANCE[deps.gate.accept(request)]('evaluating');
    }
    /** True for a replay or a redelivery of an id already decided (an unusable id is never kept). */
    function decidedBefore(deliveryId) {
        if (!validDeliveryId(deliveryId) || !deps.store.decided(deliveryId))
            return false;
        log.info('delivery decided before: not processed again', { delivery: deliveryId });
        return true;
    }
    /** Nothing of a delivery is read, logged or acted on before its signature is checked. */
    async function receive(req, body) {
        const signature = String(req.headers['x-hub-signature-256'] ?? '');
        if (!(await webhooks.verify(body, signature).catch(() => false))) {
            log.warn('webhook refused: bad or missing signature', {
                remote: req.socket.remoteAddress ?? null
            });
            return [401, 'bad_signature', 'signature does not match'];
        }
        const name = String(req.headers['x-github-event'] ?? '');
        const id = String(req.headers['x-github-delivery'] ?? '');
        if (name === 'ping')
            return [200, 'ping', 'pong'];
        if (name !== 'deployment_protection_rule')
            return [202, 'ignored', 'event ignored'];
        let payload;
        try {
            payload = JSON.parse(body);
        }
        catch {
            return [400, 'bad_payload', 'body is not JSON'];
        }
        if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
            return [400, 'bad_payload', 'body is not a JSON object'];
        await webhooks.receive({ id, name, payload });
        return handled.get(payload) ?? [202, 'ignored', 'action ignored'];
    }
    function webhook(req, res) {
        const stopTimer = metrics.webhookSeconds.startTimer();
        const answer = (status, result, message) => {
            metrics.webhooks.inc({ result });
            if (status >= 400)
                res.setHeader('connection', 'close');
            send(res, status, { message });
            stopTimer();
        };
        const declared = Number(req.headers['content-length'] ?? 0);
        if (declared > MAX_BODY_BYTES) {
            answer(413, 'too_large', 'payload too large');
            res.once('finish', () => req.destroy());
            return;
        }
        const chunks = [];
        let size = 0;
        let refused = false;
        req.on('data', (chunk) => {
            if (refused)
                return;
            size += chunk.length;
            if (size > MAX_BODY_BYTES) {
                refused = true;
                answer(413, 'too_large', 'payload too large');
                res.once('finish', () => req.destroy());
                return;
            }
            chunks.push(chunk);
        });
        req.on('end', () => {
            if (refused)
                return;
            receive(req, Buffer.concat(chunks).toString('utf8')).then(([status, result, message]) => answer(status, result, message), error => {
                log.error('webhook failed', { error });
                answer(500, 'failed', 'internal error');
            });
        });
        req.on('error', () => undefined);
    }
    const server = external_node_http_default().createServer(TIMEOUTS, (req, res) => {
        const url = (req.url ?? '/').split('?')[0];
        if (url === WEBHOOK_PATH) {
            if (req.method !== 'POST')
                return send(res, 405, { message: 'POST only' });
            return webhook(req, res);
        }
        if (req.method === 'GET' && url === '/healthz')
            return send(res, 200, { status: 'ok' });
        if (req.method === 'GET' && url === '/metrics') {
            metrics.registry
                .metrics()
                .then(text => send(res, 200, text, metrics.registry.contentType))
                .catch(() => send(res, 500, { message: 'metrics unavailable' }));
            return;
        }
        send(res, 404, { message: 'not found' });
    });
    // Unauthenticated until the signature is read: the connections held at once are bounded too.
    server.maxConnections = deps.maxConnections;
    return server;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/app/limits.ts
/**
 * What the server allows itself, from its environment: how many connections it holds, how many
 * Prometheus queries all its evaluations send at once, and how long it keeps retrying an answer.
 */


function count(env, variable, fallback, max) {
    const text = env[variable]?.trim() || String(fallback);
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < 1 || value > max)
        throw new SettingError(variable, `"${text}" is not a whole number from 1 to ${max}`);
    return value;
}
function readServerLimits(env) {
    const retry = env.RETRY_DEADLINE?.trim() || '1h';
    let retryDeadlineMs;
    try {
        retryDeadlineMs = (0,duration/* parseDuration */.E)(retry) * 1000;
    }
    catch (error) {
        throw new SettingError('RETRY_DEADLINE', error.message);
    }
    return {
        maxConnections: count(env, 'MAX_CONNECTIONS', 64, 10_000),
        maxQueries: count(env, 'MAX_QUERIES', 16, 1024),
        retryDeadlineMs
    };
}

;// CONCATENATED MODULE: ./src/app/settings.ts
/**
 * The server's own settings, from its environment only: the App's identity and secrets, and the
 * Prometheus datasources by name. A repository's policy can name a datasource, never a URL, so a
 * pull request cannot send the server's credentials to a host of its choosing.
 */









/** A bad server setting: names the variable and the accepted form. */
class SettingError extends Error {
    variable;
    constructor(variable, message) {
        super(`${variable}: ${message}`);
        this.variable = variable;
        this.name = 'SettingError';
    }
}
const DATASOURCE_FIELDS = {
    URL: 'prometheus_url',
    TOKEN: 'prometheus_token',
    USERNAME: 'prometheus_username',
    PASSWORD: 'prometheus_password',
    HEADERS: 'prometheus_headers',
    CA_CERT: 'prometheus_ca_cert',
    TIMEOUT: 'prometheus_timeout',
    RETRIES: 'prometheus_retries'
};
/** Reads DATASOURCE_<NAME>_* into one validated datasource per name, with the action's parsers. */
function readDatasources(env) {
    const datasources = new Map();
    for (const key of Object.keys(env)) {
        const match = /^DATASOURCE_([A-Z0-9]+(?:_[A-Z0-9]+)*?)_URL$/.exec(key);
        if (!match)
            continue;
        const upper = match[1];
        const variable = (input) => {
            const suffix = Object.keys(DATASOURCE_FIELDS).find(s => DATASOURCE_FIELDS[s] === input);
            return suffix ? `DATASOURCE_${upper}_${suffix}` : undefined;
        };
        const get = (input) => {
            const name = variable(input);
            return (name && env[name]) || '';
        };
        const name = upper.toLowerCase();
        const bound = `DATASOURCE_${upper}_REPOSITORIES`;
        let repositories;
        try {
            repositories = readRepositoryPatterns(env[bound] ?? '');
        }
        catch (error) {
            throw new SettingError(bound, error.message);
        }
        try {
            datasources.set(name, {
                name,
                // Every message of its client names it so: its address stays on the server.
                prometheus: { ...(0,config/* readPrometheusOptions */.V_)(get), shownAs: `datasource ${name}` },
                // Every form of the credentials (base64 pair, header values, encodings): the action's own.
                secrets: (0,config/* secretValues */.VX)(get),
                repositories
            });
        }
        catch (error) {
            if (error instanceof engine_inputs/* InputError */.dz)
                throw new SettingError(variable(error.input) ?? `DATASOURCE_${upper}_*`, error.message.replace(/^Input [^:]+: /, ''));
            throw error;
        }
    }
    return datasources;
}
function readPrivateKey(env) {
    let pem = env.PRIVATE_KEY?.trim();
    if (!pem && env.PRIVATE_KEY_PATH) {
        try {
            pem = external_node_fs_default().readFileSync(env.PRIVATE_KEY_PATH, 'utf8');
        }
        catch (error) {
            throw new SettingError('PRIVATE_KEY_PATH', `cannot be read (${error.code})`);
        }
    }
    if (!pem)
        throw new SettingError('PRIVATE_KEY', 'is required (or PRIVATE_KEY_PATH): the PEM key downloaded from the App settings');
    try {
        // Environment files often carry the PEM on one line with literal \n.
        return external_node_crypto_default().createPrivateKey(pem.replace(/\\n/g, '\n'));
    }
    catch {
        throw new SettingError('PRIVATE_KEY', 'is not a PEM private key');
    }
}
function seconds(env, variable, fallback) {
    try {
        return (0,duration/* parseDuration */.E)(env[variable]?.trim() || fallback);
    }
    catch (error) {
        throw new SettingError(variable, error.message);
    }
}
/** A shorter webhook secret could be guessed: GitHub signs every delivery with it. */
const MIN_WEBHOOK_SECRET = 16;
/**
 * What the server should say when it starts with settings that are valid but cannot do the job:
 * without a datasource every policy names one it does not have, so every deployment is rejected.
 */
function startupWarnings(settings) {
    if (settings.datasources.size === 0)
        return [
            'no datasource is configured: every deployment whose policy names one will be rejected; set DATASOURCE_<NAME>_URL (and _TOKEN, _USERNAME, _PASSWORD, _HEADERS, _CA_CERT as needed) for each Prometheus the policies may name, and DATASOURCE_<NAME>_REPOSITORIES for the repositories that may use it'
        ];
    return [...settings.datasources.values()]
        .filter(datasource => datasource.repositories.length === 0)
        .map(({ name }) => `datasource ${name} serves no repository: set DATASOURCE_${name.toUpperCase()}_REPOSITORIES to the repositories whose policies may use it (owner/repo or owner/*, comma-separated); until then every deployment whose policy names it is rejected`);
}
/** GitHub gives up on a deployment protection rule after 30 days: a longer wait is never answered. */
const MAX_WAIT_SECONDS = 30 * 86400;
function ceiling(variable, value, most, why) {
    if (value > most)
        throw new SettingError(variable, `is longer than ${why}`);
    return value;
}
/** Every setting, validated; throws a SettingError naming the variable. */
function readServerSettings(env = process.env) {
    const appId = env.APP_ID?.trim() ?? '';
    if (!/^\d+$/.test(appId))
        throw new SettingError('APP_ID', 'is required: the numeric App ID from the App settings');
    const webhookSecret = env.WEBHOOK_SECRET ?? '';
    if (!webhookSecret)
        throw new SettingError('WEBHOOK_SECRET', `is required: the webhook secret set on the App, at least ${MIN_WEBHOOK_SECRET} characters`);
    // Its length only: a secret is never quoted, not even a short one.
    if (webhookSecret.length < MIN_WEBHOOK_SECRET)
        throw new SettingError('WEBHOOK_SECRET', `is ${webhookSecret.length} characters long; it must have at least ${MIN_WEBHOOK_SECRET} (set a longer secret on the App and here)`);
    const privateKey = readPrivateKey(env);
    const portText = env.PORT?.trim() || '3000';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535)
        throw new SettingError('PORT', `"${portText}" is not a port number`);
    // An admin who enables the rule on an environment means to gate it: a name the policy lacks
    // (a typo) is rejected unless the server is told otherwise.
    const unknownEnvironment = env.UNKNOWN_ENVIRONMENT?.trim() || 'reject';
    if (unknownEnvironment !== 'approve' && unknownEnvironment !== 'reject')
        throw new SettingError('UNKNOWN_ENVIRONMENT', 'expected approve or reject');
    const datasources = readDatasources(env);
    const maxWaitSeconds = ceiling('MAX_WAIT', seconds(env, 'MAX_WAIT', '24h'), MAX_WAIT_SECONDS, 'GitHub waits for a deployment protection rule (30d)');
    const minIntervalSeconds = ceiling('MIN_INTERVAL', seconds(env, 'MIN_INTERVAL', '1m'), Math.min(MAX_INTERVAL_SECONDS, maxWaitSeconds), 'MAX_WAIT or the longest interval a wait may have (24d)');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const rawPem = (env.PRIVATE_KEY ?? '').replace(/\\n/g, '\n');
    // The key in every shape a log could show it: whole, and each of its base64 lines.
    const keyForms = [pem, rawPem, ...`${pem}\n${rawPem}`.split(/\r?\n/)].filter(line => line.length >= 16 && !line.startsWith('-----'));
    return {
        appId,
        privateKey,
        webhookSecret,
        port,
        host: env.HOST?.trim() || '0.0.0.0',
        githubApiUrl: (env.GITHUB_API_URL?.trim() || 'https://api.github.com').replace(/\/+$/, ''),
        datasources,
        unknownEnvironment,
        stateFile: env.STATE_FILE?.trim() || 'error-budget-state.json',
        minIntervalSeconds,
        maxWaitSeconds,
        shutdownGraceMs: seconds(env, 'SHUTDOWN_GRACE', '30s') * 1000,
        ...readServerLimits(env),
        secrets: (0,redact/* expandSecrets */.Wj)([
            webhookSecret,
            ...keyForms,
            ...[...datasources.values()].flatMap(d => d.secrets)
        ])
    };
}
/**
 * Every secret of the environment, read without checking it: what a start-up error (a bad
 * setting, a port in use) is redacted of, since the checked settings do not exist then.
 */
function environmentSecrets(env) {
    const names = new Set();
    for (const key of Object.keys(env)) {
        const match = /^DATASOURCE_(.+?)_(?:URL|TOKEN|USERNAME|PASSWORD|HEADERS|CA_CERT)$/.exec(key);
        if (match)
            names.add(match[1]);
    }
    const datasourceSecrets = [...names].flatMap(upper => (0,config/* secretValues */.VX)(input => {
        const suffix = Object.keys(DATASOURCE_FIELDS).find(s => DATASOURCE_FIELDS[s] === input);
        return (suffix && env[`DATASOURCE_${upper}_${suffix}`]) || '';
    }));
    const key = (env.PRIVATE_KEY ?? '').replace(/\\n/g, '\n');
    return (0,redact/* expandSecrets */.Wj)([
        env.WEBHOOK_SECRET ?? '',
        key,
        ...key.split(/\r?\n/).filter(line => !line.startsWith('-----')),
        ...datasourceSecrets
    ]);
}

;// CONCATENATED MODULE: ./src/app/main.ts








async function startApp(env = process.env) {
    const settings = readServerSettings(env);
    // The datasources' addresses stay out of the log as out of the comments.
    const hiders = [...settings.datasources.values()].map(d => (0,address/* addressHider */.F)(d.prometheus.url, `datasource ${d.name}`));
    const log = createLogger(settings.secrets, undefined, text => hiders.reduce((out, hide) => hide(out), text));
    const metrics = createMetrics();
    // A failed write is logged and answered (503 for a new delivery), never fatal.
    const store = StateStore.open(settings.stateFile, error => log.error('the state file cannot be written', { stateFile: settings.stateFile, error }));
    const auth = new AppAuth({
        appId: settings.appId,
        privateKey: settings.privateKey,
        githubApiUrl: settings.githubApiUrl,
        onToken: (token, installationId) => log.addSecret(token, `installation ${installationId}`)
    });
    const gate = new Gate({
        settings,
        installationClient: id => auth.installationClient(id),
        store,
        log,
        metrics
    });
    const server = createAppServer({
        webhookSecret: settings.webhookSecret,
        gate,
        store,
        log,
        metrics,
        maxConnections: settings.maxConnections
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(settings.port, settings.host, () => resolve());
    });
    const port = server.address().port;
    log.info('listening', {
        port,
        host: settings.host,
        githubApiUrl: settings.githubApiUrl,
        datasources: [...settings.datasources.keys()],
        stateFile: settings.stateFile
    });
    for (const warning of startupWarnings(settings))
        log.warn(warning);
    gate.resumeAll();
    return {
        port,
        log,
        async stop() {
            const closed = new Promise(resolve => server.close(() => resolve()));
            server.closeIdleConnections();
            const finished = await gate.drain(settings.shutdownGraceMs);
            server.closeAllConnections();
            await closed;
            log.info('stopped', { inFlightFinished: finished });
        }
    };
}
/** Runs until SIGTERM or SIGINT, then shuts down; the exit code for the process. */
async function serve(env = process.env) {
    let app;
    try {
        app = await startApp(env);
    }
    catch (error) {
        const message = error instanceof SettingError ? error.message : `cannot start: ${error.message}`;
        // Settings errors name the variable, never its value; the redacting logger is the second guard.
        const log = createLogger(environmentSecrets(env), line => process.stderr.write(`${line}\n`));
        log.error(message);
        return 1;
    }
    const signal = await new Promise(resolve => {
        process.once('SIGTERM', () => resolve('SIGTERM'));
        process.once('SIGINT', () => resolve('SIGINT'));
    });
    app.log.info('shutting down', { signal });
    await app.stop();
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
