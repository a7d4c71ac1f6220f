export const id = 482;
export const ids = [482];
export const modules = {

/***/ 87101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postmortem: () => (/* binding */ postmortem)
});

// EXTERNAL MODULE: ./src/github/client.ts
var client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/engine/inputs.ts
var inputs = __webpack_require__(55545);
// EXTERNAL MODULE: ./src/text/about.ts + 1 modules
var about = __webpack_require__(2642);
// EXTERNAL MODULE: ./src/text/escape.ts
var text_escape = __webpack_require__(67388);
// EXTERNAL MODULE: ./src/channels/chart.ts + 1 modules
var chart = __webpack_require__(55041);
// EXTERNAL MODULE: ./src/channels/receipt.ts
var receipt = __webpack_require__(7968);
;// CONCATENATED MODULE: ./src/channels/deploys.ts
/**
 * The "Deploys" section of the sticky PR comment: the last receipts, newest first, kept when the
 * gate rewrites the comment. Each line is read back into figures and rendered again (parseReceipt),
 * so a line someone edited into the comment is dropped, never repeated.
 */

const DEPLOYS_START = '<!-- error-budget-gate:deploys -->';
const DEPLOYS_END = '<!-- /error-budget-gate:deploys -->';
/** Receipts the section keeps. */
const MAX_DEPLOYS = 5;
const minute = (at) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
const LINE = /^- (\d{4}-\d{2}-\d{2} \d{2}:\d{2}) UTC · (?:`([0-9a-f]{7})`|(The deploy)) (.+)$/;
/** The section's entries in a comment body, newest first; lines that are not ours are left out. */
function readDeploys(body) {
    const from = body?.indexOf(DEPLOYS_START) ?? -1;
    const to = body?.indexOf(DEPLOYS_END, from) ?? -1;
    if (!body || from < 0 || to < 0)
        return [];
    const entries = [];
    for (const line of body.slice(from + DEPLOYS_START.length, to).split('\n')) {
        const m = LINE.exec(line);
        const receipt = m && parseReceipt(`${m[2] ?? m[3]} ${m[4]}`);
        const at = m && new Date(`${m[1].replace(' ', 'T')}:00Z`);
        if (receipt && at && !Number.isNaN(at.getTime()))
            entries.push({ at, receipt });
    }
    return entries.slice(0, MAX_DEPLOYS);
}
/** The section in Markdown, between its markers; empty without entries. */
function renderDeploys(entries) {
    if (entries.length === 0)
        return '';
    return [
        DEPLOYS_START,
        '### Deploys',
        '',
        ...entries.slice(0, MAX_DEPLOYS).map(e => `- ${minute(e.at)} · ${receiptMarkdown(e.receipt)}`),
        '',
        `<sub>The last ${MAX_DEPLOYS} deploys verified against the error budget (mode: verify), newest first.</sub>`,
        DEPLOYS_END
    ].join('\n');
}
/** The body without its section. */
function withoutDeploys(body) {
    const from = body.indexOf(DEPLOYS_START);
    const to = body.indexOf(DEPLOYS_END, from);
    if (from < 0 || to < 0)
        return body;
    return (body.slice(0, from) + body.slice(to + DEPLOYS_END.length)).trimEnd();
}
/** `body` (at most `max` characters in all) with `entries` as its Deploys section, at the end. */
function withSection(body, entries, max) {
    const section = renderDeploys(entries);
    if (!section)
        return body;
    const room = max - section.length - 20;
    const kept = body.length > room ? `${body.slice(0, room)}\n\n…(truncated)` : body;
    return `${kept}\n\n${section}\n`;
}
/** A new gate comment keeps the receipts of the one it replaces. */
const deploys_keepDeploys = (body, existing, max) => withSection(withoutDeploys(body), readDeploys(existing), max);
/**
 * The comment with a new receipt first in its Deploys section; without a comment yet, one that
 * holds only the section under `marker`.
 */
function addDeploy(existing, entry, marker, max) {
    const entries = [entry, ...readDeploys(existing)];
    return withSection(existing ? withoutDeploys(existing) : marker, entries, max);
}

// EXTERNAL MODULE: ./src/channels/next-steps.ts
var next_steps = __webpack_require__(40697);
// EXTERNAL MODULE: ./src/channels/report.ts
var report = __webpack_require__(18048);
// EXTERNAL MODULE: ./src/engine/status.ts
var engine_status = __webpack_require__(28678);
// EXTERNAL MODULE: ./src/channels/forecast-text.ts
var forecast_text = __webpack_require__(34387);
;// CONCATENATED MODULE: ./src/channels/pr-comment.ts
/** The sticky PR comment: one per PR and tag, found by its hidden marker, updated in place. */










/** GitHub refuses comments over 65,536 characters. */
const MAX_COMMENT = 65000;
/** The hidden marker; the tag is validated to [A-Za-z0-9._-] so it cannot close the comment. */
function commentMarker(tag) {
    return `<!-- error-budget-gate:${tag} -->`;
}
/** Every SLO in five narrow columns: a PR's conversation column is about 90 characters wide. */
function compactSlosTable(result) {
    return [
        '| SLO | Status | Budget left | Burn | Runs out in |',
        '|---|---|---:|---:|---:|',
        ...result.slos.map(s => `| ${escapeMarkdown(s.name)} (${s.target}% / ${s.window}) | ${STATUS_ICON[s.status]} ${s.status} | ${fmt.shownPercent(s.budgetRemaining)} | ${fmt.shownBurn(s.burnRate)} | ${fmt.shownDays(s.daysToExhaustion)} |`)
    ];
}
/** One SLO's chart in the open; several folded, so that the comment stays short. */
function charts(result) {
    if (result.slos.length === 1)
        return chartSection(result, '**Budget burn-down**');
    const section = chartSection(result);
    if (!section.length)
        return [];
    const which = result.slos.length > MAX_CHARTS
        ? `the ${MAX_CHARTS} worst SLOs`
        : `the ${result.slos.length} SLOs`;
    return [
        '<details>',
        `<summary>Budget burn-down of ${which}</summary>`,
        '',
        ...section,
        '</details>',
        ''
    ];
}
/** "; blocked; at the current burn ..." after the status, when blocked. */
function forecastHeadline(result) {
    const forecast = forecastSentence(result, escapeMarkdown);
    return forecast ? `: ${result.dryRun ? 'would be blocked' : 'blocked'}; ${forecast}` : '';
}
function pr_comment_renderComment(result, context) {
    const slo = result.worst;
    const decision = context.canDeploy ? 'yes' : 'no';
    const lines = [
        commentMarker(context.tag),
        ...dryRunNotice(result),
        `## ${STATUS_ICON[result.status]} Error budget: ${result.status}${forecastHeadline(result)}`,
        '',
        `**Can deploy:** ${decision} · **SLO:** ${escapeMarkdown(slo.name)}, ${slo.target}% over ${slo.window}`,
        '',
        '| Budget remaining | Burn rate (' +
            slo.spec.burnRateWindow +
            ') | Days to exhaustion | Availability |',
        '|---:|---:|---:|---:|',
        `| ${fmt.shownPercent(slo.budgetRemaining)} | ${fmt.shownBurn(slo.burnRate)} | ${fmt.shownDays(slo.daysToExhaustion)} | ${fmt.shownAvailability(slo.availability)} |`,
        ''
    ];
    const period = periodLine(slo);
    if (period)
        lines.push(`**Period:** ${escapeMarkdown(period)}`, '');
    if (slo.windows.length) {
        lines.push(`Burn rates: ${slo.windows.map(w => `${w.window} ${fmt.shownBurn(w.burnRate)}`).join(' · ')}`, '');
    }
    if (slo.tiers.length) {
        lines.push(`Burn tiers: ${slo.tiers.map(t => `${escapeMarkdown(t.check.name)} ${fmt.burn(t.check.threshold)}x (${tierState(t, slo.minEvents)})`).join(' · ')}`, '');
    }
    if (result.slos.length > 1)
        lines.push(...compactSlosTable(result), '');
    for (const s of result.slos) {
        if (!s.lowTraffic)
            continue;
        lines.push(`**Low traffic (${escapeMarkdown(s.name)}):** ${Math.round(s.lowTraffic.events)} events over ${s.window}, fewer than min_events ${s.lowTraffic.minEvents}; ${s.lowTraffic.allowed ? 'low_traffic is allow, so it does not block' : 'its status stands (low_traffic: evaluate)'}.`, '');
    }
    // What decided and what to do, before the charts: a reader should not scroll past five charts.
    lines.push('**Reasons**', '', ...result.reasons.map(r => `- ${escapeMarkdown(r)}`), '');
    if (context.canDeploy)
        lines.push(`> ${STATUS_POLICY[result.status]}`, '');
    else
        lines.push(...nextSteps(result, context.canDeploy));
    lines.push(...charts(result));
    for (const s of result.slos) {
        const excluded = exclusionsTable(s);
        const of = result.slos.length > 1 ? ` (${escapeMarkdown(s.name)})` : '';
        if (excluded.length)
            lines.push(`**Excluded intervals${of}**`, '', ...excluded, '');
    }
    for (const note of context.notes ?? [])
        lines.push(note, '');
    const links = [
        context.runUrl && `[Workflow run](${context.runUrl})`,
        context.dashboardUrl && `[Dashboard](${context.dashboardUrl})`
    ].filter(Boolean);
    if (links.length)
        lines.push(links.join(' · '), '');
    // For a reader who has never seen the gate: which version spoke, and what its statuses mean.
    lines.push('', `<sub>${aboutLine(context.home)}</sub>`);
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
 * `compose` makes the body from the one it replaces; a plain body keeps the old one's Deploys.
 */
async function pr_comment_upsertComment(client, repo, prNumber, tag, compose, create = true) {
    for (let attempt = 0;; attempt++) {
        const existing = await findComment(client, repo, prNumber, tag);
        const body = typeof compose === 'string'
            ? keepDeploys(compose, existing?.body ?? undefined, MAX_COMMENT)
            : compose(existing?.body ?? undefined);
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

// EXTERNAL MODULE: ./src/channels/slack.ts
var slack = __webpack_require__(12776);
;// CONCATENATED MODULE: ./src/channels/notify.ts




const COMMENT_MODES = (/* unused pure expression or super */ null && (['always', 'blocked', 'never']));
const oneOf = (input, text, fallback) => parseWord(input, text.trim() || fallback, COMMENT_MODES);
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
        throw new InputError('comment_tag', 'expected 1-64 letters, digits, dots, dashes or underscores');
    }
    const mention = get('slack_mention').trim() || undefined;
    if (mention && !/^(<(!subteam\^[A-Z0-9]+|@[UW][A-Z0-9]+|!here|!channel)>\s*)+$/.test(mention)) {
        throw new InputError('slack_mention', 'expected Slack mention syntax such as <!subteam^S012345>, <@U012345> or <!here>');
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
/**
 * The PRs this run is about: the event's PR, or the open PRs of the pushed commit (and, for a
 * deploy's receipt, the merged ones: a commit is deployed once its PR is merged).
 */
async function pullRequestsOf(client, repo, run, options = {}) {
    if (run.pullRequest)
        return [run.pullRequest];
    if (!run.sha)
        return [];
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repo,
        commit_sha: run.sha
    });
    return data
        .filter(p => p.state === 'open' || (options.merged && Boolean(p.merged_at)))
        .map(p => p.number);
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
                notes,
                home: deps.run.home
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
        const message = gateMessage(result, canDeploy, slackLinks(deps.run, pullRequest, config.dashboardUrl), config.slackMention);
        await notifySlack(config.slackWebhookUrl, message, log);
    }
    return outcome;
}
/** Posts to Slack; a failure is a warning. */
async function notifySlack(url, message, log) {
    const sent = await postToSlack(url, message);
    if (sent.ok)
        log.info('Slack notified.');
    else
        log.warning(`Slack notification failed: ${sent.error}`);
}
/** The links of a Slack message about this run. */
const slackLinks = (run, pullRequest, dashboard) => ({
    repository: run.repo && `${run.repo.owner}/${run.repo.repo}`,
    run: run.runUrl,
    pullRequest,
    dashboard
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/engine/incidents.ts
/** The share of the budget above which an incident needs a postmortem (the design's 20 %). */
const DEFAULT_INCIDENT_PERCENT = 20;
/**
 * The incidents in a series of points: maximal runs of steps whose burn exceeds 1, i.e. that spent
 * more of the budget than their share of the window. One bad day is one incident; a bad night
 * across midnight is two burning steps, hence still one.
 */
function incidentsOf(points, windowSeconds) {
    const incidents = [];
    let run;
    const close = () => {
        if (!run)
            return;
        const first = points[run.from];
        const last = points[run.to];
        const spent = first.remaining - last.remaining;
        const seconds = (last.at.getTime() - first.at.getTime()) / 1000;
        incidents.push({
            start: first.at,
            end: last.at,
            before: first.remaining,
            after: last.remaining,
            spent,
            burn: ((spent / 100) * windowSeconds) / seconds
        });
        run = undefined;
    };
    for (let i = 1; i < points.length; i++) {
        const seconds = (points[i].at.getTime() - points[i - 1].at.getTime()) / 1000;
        if (seconds <= 0)
            continue;
        const burn = (((points[i - 1].remaining - points[i].remaining) / 100) * windowSeconds) / seconds;
        if (burn > 1)
            run = { from: run?.from ?? i - 1, to: i };
        else
            close();
    }
    close();
    return incidents;
}
/**
 * The cause of one evaluated SLO's postmortem, if it needs one: an exhausted budget first, then
 * the latest incident that spent more than `incidentPercent` of the budget. An SLO whose budget
 * is unknown needs none (its ERROR is the gate's business).
 */
function postmortemCause(slo, incidentPercent, windowSeconds, time) {
    if (slo.budgetRemaining === null)
        return undefined;
    const points = slo.daily && 'points' in slo.daily ? slo.daily.points : undefined;
    const latest = incidentsOf(points ?? [], windowSeconds)
        .filter(incident => incident.spent > incidentPercent)
        .pop();
    if (slo.budgetRemaining < 0) {
        if (latest)
            return { kind: 'exhausted', incident: latest, wholeWindow: false };
        const start = points?.[0]?.at ?? new Date(time.getTime() - windowSeconds * 1000);
        const spent = 100 - slo.budgetRemaining;
        const seconds = (time.getTime() - start.getTime()) / 1000;
        return {
            kind: 'exhausted',
            wholeWindow: true,
            incident: {
                start,
                end: time,
                before: 100,
                after: slo.budgetRemaining,
                spent,
                burn: seconds > 0 ? ((spent / 100) * windowSeconds) / seconds : spent / 100
            }
        };
    }
    return latest && { kind: 'incident', incident: latest, wholeWindow: false };
}
/**
 * Whether a cause is a new incident rather than the one a closed postmortem covered, so that a
 * postmortem opens once per incident. An incident is new when it began after the recorded one
 * ended (the burn stopped in between: days spent within the budget). An exhausted budget is new
 * once the budget has recovered since: a daily point after the recorded end with budget left,
 * or the recorded end older than the window (the old incident no longer counts). Without daily
 * points that tell, it is not new: a duplicate postmortem is not made on doubt.
 */
function incidents_isNewCause(cause, previous, points) {
    if (cause.kind === 'incident')
        return cause.incident.start.getTime() >= previous.end.getTime();
    if (!points?.length)
        return false;
    if (previous.end.getTime() < points[0].at.getTime())
        return true;
    return points.some(p => p.at.getTime() > previous.end.getTime() && p.remaining >= 0);
}

// EXTERNAL MODULE: ./src/engine/links.ts
var links = __webpack_require__(83911);
// EXTERNAL MODULE: ./src/engine/tiers.ts
var tiers = __webpack_require__(32103);
// EXTERNAL MODULE: ./src/text/format.ts
var format = __webpack_require__(98488);
// EXTERNAL MODULE: ./src/engine/slo-name.ts
var slo_name = __webpack_require__(97756);
// EXTERNAL MODULE: ./src/workspace/read.ts
var workspace_read = __webpack_require__(49225);
;// CONCATENATED MODULE: ./src/override/audit.ts
/**
 * The audit trail of overrides. Every attempt, granted or denied, becomes one record, written to
 * the output, the job summary, a comment on the audit issue, an optional JSON-lines file and Slack.
 * The job summary vanishes with the run's logs: the issue is the durable record.
 */




const AUDIT_LABEL = 'deploy-override-audit';
function buildAuditRecord(fields, result, run, now = new Date()) {
    const slo = result.worst;
    return {
        time: now.toISOString(),
        ...fields,
        status: result.status,
        budget_remaining: slo.budgetRemaining === null ? null : Number(fmt.percent(slo.budgetRemaining)),
        burn_rate: slo.burnRate === null ? null : Number(fmt.burn(slo.burnRate)),
        days_to_exhaustion: slo.daysToExhaustion === Infinity
            ? 'inf'
            : slo.daysToExhaustion === null
                ? null
                : Number(fmt.days(slo.daysToExhaustion)),
        slo: slo.name,
        repository: run.repo ? `${run.repo.owner}/${run.repo.repo}` : '',
        ref: run.ref,
        sha: run.sha ?? '',
        workflow: run.workflow,
        run_url: run.runUrl ?? null,
        event: run.eventName
    };
}
/** The record as Markdown (issue comment, job summary); the reason is user text and is escaped. */
function audit_renderAuditMarkdown(record) {
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
            `${record.status} (${record.slo === slo_name/* DEFAULT_SLO_NAME */.Z ? '' : `${(0,text_escape/* escapeMarkdown */.FV)(record.slo)}, `}budget ${format/* shownPercent */.t3(record.budget_remaining)}, burn ${format/* shownBurn */.LC(record.burn_rate)}, ${format/* toExhaustion */.kD(record.days_to_exhaustion === 'inf' ? Infinity : record.days_to_exhaustion)})`
        ],
        // A branch name may hold a backtick, `|`, `@` and `www.` (git allows them): escaped, not in a code span.
        [
            'Repository',
            `${(0,text_escape/* escapeMarkdown */.FV)(record.repository)} @ ${(0,text_escape/* escapeMarkdown */.FV)(record.ref)} (${record.sha.slice(0, 12)})`
        ],
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
    appendRepositoryFile(file, JSON.stringify(record) + '\n', workspace);
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
/** Comments the record on the audit issue. Throws when it cannot. */
async function commentAuditIssue(client, repo, issue, record) {
    const number = issue === 'auto' ? await auditIssueNumber(client, repo) : issue;
    const { data } = await client.rest.issues.createComment({
        ...repo,
        issue_number: number,
        body: audit_renderAuditMarkdown(record)
    });
    return { id: data.id, url: data.html_url };
}

;// CONCATENATED MODULE: ./src/channels/postmortem-body.ts




const postmortem_body_POSTMORTEM_LABEL = 'error-budget-postmortem';
/** GitHub refuses issue bodies over 65,536 characters. */
const MAX_BODY = 65000;
/** The first line of a postmortem of this gate (`comment_tag`) and SLO; the name is encoded. */
const postmortem_body_postmortemMarker = (tag, slo) => `<!-- error-budget-gate:postmortem:${tag} slo=${encodeURIComponent(slo)} -->`;
/** The second line: what the postmortem is about, so that a later run knows the incident. */
const causeMarker = (cause) => `<!-- error-budget-gate:postmortem-cause kind=${cause.kind} start=${cause.incident.start.toISOString()} end=${cause.incident.end.toISOString()} -->`;
const CAUSE = /^<!-- error-budget-gate:postmortem-cause kind=(exhausted|incident) start=(\S+) end=(\S+) -->$/;
/** The cause a postmortem recorded (its second line), or undefined when it has none we wrote. */
function postmortem_body_readCauseMarker(body) {
    const match = CAUSE.exec(body.split('\n', 2)[1] ?? '');
    if (!match)
        return undefined;
    const start = new Date(match[2]);
    const end = new Date(match[3]);
    if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()))
        return undefined;
    return { kind: match[1], start, end };
}
/** What the cause is, in a few words. */
function causeText(cause) {
    return cause.kind === 'exhausted'
        ? 'error budget exhausted'
        : `an incident spent ${format/* percent */.KN(cause.incident.spent)}% of the error budget`;
}
/** The issue's title: plain text (GitHub does not render titles), one line, capped. */
function postmortem_body_postmortemTitle(slo, cause) {
    const title = `Postmortem: ${oneLine(slo.name)}: ${causeText(cause)}`;
    return title.length > 250 ? `${title.slice(0, 249)}…` : title;
}
const utc = (date) => `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
/** The Error Budget Impact table, from the daily points (or the whole window). */
function impactTable(slo, cause, canDeploy) {
    const { incident } = cause;
    const hours = (incident.end.getTime() - incident.start.getTime()) / 3600_000;
    const span = hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} hours`;
    const what = cause.wholeWindow ? 'The SLO window' : 'The incident';
    return [
        '| Error budget | |',
        '|---|---:|',
        `| ${what}, from the daily points | ${utc(incident.start)} to ${utc(incident.end)} (${span}) |`,
        `| Budget before | ${format/* shownPercent */.t3(incident.before)} |`,
        `| Budget spent | ${format/* shownPercent */.t3(incident.spent)} |`,
        `| Budget left after | ${format/* shownPercent */.t3(incident.after)} |`,
        `| Budget left now | ${format/* shownPercent */.t3(slo.budgetRemaining)} |`,
        `| Burn rate over the interval | ${format/* shownBurn */.LC(incident.burn)} |`,
        `| Burn rate now (${slo.spec.burnRateWindow}) | ${format/* shownBurn */.LC(slo.burnRate)} |`,
        `| Status, deploy | ${engine_status/* STATUS_ICON */.tW[slo.status]} ${slo.status}, ${canDeploy ? 'deployed' : 'blocked'} |`
    ];
}
/**
 * A repository template is Markdown and stays Markdown, but it comes from the repository (from
 * any pull request): no HTML (and so no hidden marker of ours), no @mention that pings people.
 */
function sanitizeTemplate(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/@/g, '@\u200d');
}
/** The placeholders a template may hold; the gate's parts missing from it come first. */
const TEMPLATE_PLACEHOLDERS = [
    'summary',
    'error_budget_impact',
    'override',
    'links'
];
/** The design's sections (its TEMPLATE_POSTMORTEM), the gate's parts in place. */
const BUILT_IN_TEMPLATE = `{{summary}}

## 1. Metadata

- **Date:** 
- **Duration:** 
- **Severity:** 
- **Author:** 
- **Reviewer:** 

## 2. Executive summary

Users affected, downtime, the SLO violated, the budget consumed; two or three paragraphs. Blameless: about systems, not people.

## 3. Timeline (UTC)

| Time | Event | Action taken |
|---|---|---|
| | | |

## 4. Detection

How it was detected (alert, by hand, a user report), time to detect, the alert's details.

## 5. Root cause (five whys)

1. Why?
2. Why?
3. Why?
4. Why?
5. Why?

**Root cause:** 

**Contributing factors:** 

## 6. Resolution

Immediate mitigation, time to repair, verification checklist.

## 7. Error budget impact

{{error_budget_impact}}

{{override}}

## 8. Action items

- [ ] Short term (1-2 days): 
- [ ] Medium term (1-2 weeks): 
- [ ] Long term (1-3 months): 

## 9. Lessons learned

- What went well?
- What went wrong?
- Where did we get lucky?

## 10. Process improvements

Monitoring, documentation, automation, architecture.

## 11. Communication

Stakeholders notified, channels used (Slack, email, status page, phone), timeline of messages.

## 12. Sensitive information

Keep confidential data out of this issue: link to where it is kept instead.

## 13. Attachments

{{links}}

## 14. Approvals

| Role | Name | Date | Sign-off |
|---|---|---|---|
| Author | | | Pending |
| Tech lead | | | Pending |
| CTO | | | Pending |

## 15. Additional notes
`;
function postmortem_body_links(context) {
    const { runUrl, dashboardUrl, auditUrl, runbookUrl } = context.links;
    const items = [
        runUrl && `[Workflow run](${runUrl})`,
        dashboardUrl && `[Error budget dashboard](${dashboardUrl})`,
        auditUrl && `[Override audit record](${auditUrl})`,
        runbookUrl && `[Runbook](${runbookUrl})`
    ].filter(Boolean);
    return items.length
        ? items.map(item => `- ${item}`).join('\n')
        : '- (no links: no run, dashboard or override)';
}
function summary(slo, cause, context) {
    const policy = cause.kind === 'exhausted'
        ? 'The error budget policy requires a postmortem when the budget is exhausted (and for every deploy made over it).'
        : `The error budget policy requires a postmortem for every incident that spends more than ${context.incidentPercent}% of the error budget.`;
    return [
        `**SLO:** ${(0,text_escape/* escapeMarkdown */.FV)(slo.name)}, ${slo.target}% over ${(0,text_escape/* escapeMarkdown */.FV)(slo.window)} · **Cause:** ${causeText(cause)} · **Status:** ${engine_status/* STATUS_ICON */.tW[slo.status]} ${slo.status}`,
        '',
        `> Opened by error-budget-gate. ${policy} Fill in the sections below; close this issue when the postmortem is reviewed.`
    ].join('\n');
}
/**
 * The whole body: the markers, then the template with every placeholder filled in. Every value
 * from outside (an SLO name, a reason, the audit record) is escaped as in the PR comment.
 */
function postmortem_body_renderPostmortem(slo, cause, context) {
    const parts = {
        summary: summary(slo, cause, context),
        error_budget_impact: impactTable(slo, cause, context.canDeploy).join('\n'),
        override: context.override
            ? audit_renderAuditMarkdown(context.override)
            : '_No override was asked for in this run._',
        links: postmortem_body_links(context)
    };
    const template = context.template === undefined ? BUILT_IN_TEMPLATE : sanitizeTemplate(context.template);
    // The gate's parts a repository template does not place go first, in order.
    const missing = TEMPLATE_PLACEHOLDERS.filter(name => !template.includes(`{{${name}}}`));
    const filled = template.replace(/\{\{(\w+)\}\}/g, (text, name) => TEMPLATE_PLACEHOLDERS.includes(name)
        ? parts[name]
        : text);
    const body = [
        postmortem_body_postmortemMarker(context.tag, slo.name),
        causeMarker(cause),
        ...missing.map(name => `${parts[name]}\n`),
        filled.trimEnd(),
        ''
    ].join('\n');
    return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n…(truncated)\n` : body;
}

;// CONCATENATED MODULE: ./src/channels/postmortem.ts
/**
 * The postmortem an exhausted budget (or an incident that spent more than a fifth of it) requires:
 * with `postmortem: true` the action opens one issue per SLO and incident, found again by its
 * hidden marker as the sticky comment is, links it from the override's audit record and the PR
 * comment, and opens a new one only once the old one is closed and the incident is over. A
 * failure here is a warning: it never changes the decision.
 */










function readPostmortemConfig(get) {
    const enabled = (0,inputs/* parseBoolean */.yG)('postmortem', get('postmortem').trim() || 'false');
    const threshold = get('postmortem_threshold').trim() || String(DEFAULT_INCIDENT_PERCENT);
    const incidentPercent = (0,inputs/* parseNumber */.$J)('postmortem_threshold', threshold, 'a percentage 0 < x < 100');
    if (!(incidentPercent > 0 && incidentPercent < 100))
        throw new inputs/* InputError */.dz('postmortem_threshold', `${threshold} is not a share of the budget; expected a percentage 0 < x < 100 (default ${DEFAULT_INCIDENT_PERCENT})`);
    return { enabled, template: get('postmortem_template').trim() || undefined, incidentPercent };
}
/** A template larger than this is not read (the body must stay under GitHub's 65,536 characters). */
const MAX_TEMPLATE_BYTES = 32 * 1024;
/** The repository's template as a regular file inside the workspace, or why it is not used. */
function readTemplate(file, workspace) {
    const full = external_node_path_default().resolve(workspace, file);
    const inside = external_node_path_default().relative(external_node_path_default().resolve(workspace), full);
    if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
        return { refusal: 'lies outside the workspace' };
    const read = (0,workspace_read/* readRepositoryFile */.t)(full, { maxBytes: MAX_TEMPLATE_BYTES, workspace });
    if (read.kind === 'text')
        return { text: read.text };
    return { refusal: read.kind === 'missing' ? 'does not exist' : read.why };
}
/** Every SLO of a result that needs a postmortem, with its cause. */
function postmortemsNeeded(result, incidentPercent) {
    return result.slos.flatMap(slo => {
        const cause = postmortemCause(slo, incidentPercent, (0,tiers/* windowSeconds */.O)(slo.spec), result.evaluationTime);
        return cause ? [{ slo, cause }] : [];
    });
}
/** Our postmortems of one SLO, newest first: the exact marker as the first line, by a bot. */
async function ourPostmortems(client, repo, marker) {
    const issues = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        labels: POSTMORTEM_LABEL,
        state: 'all',
        per_page: 100
    });
    return issues
        .filter(issue => !issue.pull_request &&
        issue.user?.type === 'Bot' &&
        (issue.body ?? '').split('\n', 1)[0] === marker)
        .sort((a, b) => b.number - a.number);
}
/**
 * The open postmortem of the SLO, or a new one when none is open and the cause is not the one
 * the last closed postmortem covered. The create is never retried blindly: after a failure the
 * issues are listed again, and it is made only if it is still missing.
 */
async function findOrOpen(client, repo, slo, cause, context, redact) {
    const marker = postmortemMarker(context.tag, slo.name);
    for (let attempt = 0;; attempt++) {
        const ours = await ourPostmortems(client, repo, marker);
        const open = ours.find(issue => issue.state === 'open');
        if (open)
            return { issue: open, action: 'open already' };
        const closed = ours[0];
        const recorded = closed && readCauseMarker(closed.body ?? '');
        const points = slo.daily && 'points' in slo.daily ? slo.daily.points : undefined;
        if (closed && (!recorded || !isNewCause(cause, recorded, points)))
            return {
                skipped: `postmortem #${closed.number} of ${slo.name} is closed and this is the same incident (the budget has not recovered since)`
            };
        try {
            const { data } = await client.rest.issues.create({
                ...repo,
                title: redact(postmortemTitle(slo, cause)),
                body: redact(renderPostmortem(slo, cause, context)),
                labels: [POSTMORTEM_LABEL],
                request: { retries: 0 }
            });
            return { issue: data, action: 'opened' };
        }
        catch (error) {
            const status = httpStatusOf(error);
            if ((status !== undefined && status < 500) || attempt >= 2)
                throw error;
        }
    }
}
/** Opens (or finds) the postmortem of every SLO that needs one. Never throws. */
async function openPostmortems(result, deps) {
    const outcome = { notes: [], urls: [] };
    if (!deps.config.enabled)
        return outcome;
    const needed = postmortemsNeeded(result, deps.config.incidentPercent);
    if (needed.length === 0)
        return outcome;
    const repo = deps.run.repo;
    if (!deps.github || !repo) {
        deps.log.warning('postmortem: a postmortem is needed, but there is no github_token or repository to open it in');
        return outcome;
    }
    let template;
    if (deps.config.template) {
        const read = readTemplate(deps.config.template, deps.workspace);
        if ('text' in read)
            template = read.text;
        else
            deps.log.warning(`postmortem_template ${deps.config.template} ${read.refusal}: the built-in template is used`);
    }
    const opened = [];
    for (const { slo, cause } of needed) {
        const context = {
            tag: deps.tag,
            canDeploy: deps.canDeploy,
            override: deps.override?.record,
            template,
            incidentPercent: deps.config.incidentPercent,
            links: {
                runUrl: deps.run.runUrl,
                dashboardUrl: deps.dashboardUrl,
                auditUrl: deps.override?.auditComment?.url,
                runbookUrl: slo.spec.runbookUrl && expandLink(slo.spec.runbookUrl, linkValues(slo.spec))
            }
        };
        try {
            const found = await findOrOpen(deps.github, repo, slo, cause, context, deps.redact);
            if ('skipped' in found) {
                deps.log.info(`postmortem: ${found.skipped}: none opened`);
                continue;
            }
            const { issue, action } = found;
            deps.log.info(`postmortem ${action} for ${slo.name}: ${issue.html_url}`);
            outcome.urls.push(issue.html_url);
            outcome.notes.push(`**Postmortem** (${escapeMarkdown(slo.name)}): [#${issue.number}](${issue.html_url}), ${action}`);
            opened.push(issue);
        }
        catch (error) {
            const status = httpStatusOf(error);
            deps.log.warning(`postmortem for ${slo.name} not opened (${status ? `HTTP ${status}` : error.message}); the token needs "issues: write"`);
        }
    }
    try {
        await linkFromAudit(deps.github, repo, deps.override, opened);
    }
    catch (error) {
        const status = httpStatusOf(error);
        deps.log.warning(`postmortem: the audit record could not be linked to it (${status ? `HTTP ${status}` : error.message})`);
    }
    return outcome;
}
/** The override's audit comment gains a line that links the postmortems. */
async function linkFromAudit(client, repo, override, issues) {
    if (!override?.record || !override.auditComment || issues.length === 0)
        return;
    const links = issues.map(issue => `[#${issue.number}](${issue.html_url})`).join(', ');
    await client.rest.issues.updateComment({
        ...repo,
        comment_id: override.auditComment.id,
        body: `${renderAuditMarkdown(override.record)}\n**Postmortem:** ${links}\n`
    });
}

// EXTERNAL MODULE: ./src/text/redact.ts
var redact = __webpack_require__(53326);
// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(77593);
// EXTERNAL MODULE: ./src/cli/commands.ts + 13 modules
var commands = __webpack_require__(36095);
// EXTERNAL MODULE: ./src/cli/render.ts
var render = __webpack_require__(94984);
;// CONCATENATED MODULE: ./src/cli/postmortem.ts
/**
 * `error-budget postmortem`: which SLOs need a postmortem, and with --markdown the body of each
 * issue exactly as the action opens it, for CIs that open their issues themselves.
 */









/** The action's default comment_tag, which its postmortem markers carry. */
const TAG = 'error-budget-gate';
async function postmortem(args, config, io, evaluate) {
    const { incidentPercent, template: file } = readPostmortemConfig(args.input);
    let template;
    if (file) {
        const read = readTemplate(file, io.cwd);
        if ('refusal' in read)
            throw new cli_args/* UsageError */.eb(`--postmortem-template ${file} ${read.refusal}`);
        template = read.text;
    }
    // Not an input of the action (which links its own run): the flag, or GitLab's job URL.
    const runUrl = parseLinkUrl('run_url', args.values['run-url'] ?? io.env.CI_JOB_URL ?? '');
    const dashboardUrl = (0,links/* parseLinkTemplate */.Cz)('dashboard_url', args.input('dashboard_url'));
    // The incidents are read from the daily points: the chart's range query is needed.
    const result = await evaluate({ ...config, chart: true }, io);
    if (io.signal.aborted)
        return commands/* EXIT_INTERRUPTED */._2;
    const say = (text) => (0,redact/* redactSecrets */.fp)(text, config.secrets);
    const needed = postmortemsNeeded(result, incidentPercent);
    if (args.values.markdown) {
        const bodies = needed.map(({ slo, cause }) => {
            const values = (0,links/* linkValues */.xj)(slo.spec);
            return postmortem_body_renderPostmortem(slo, cause, {
                tag: TAG,
                canDeploy: result.canDeploy,
                template,
                incidentPercent,
                links: {
                    runUrl,
                    dashboardUrl: dashboardUrl && (0,links/* expandLink */.Zs)(dashboardUrl, values),
                    runbookUrl: slo.spec.runbookUrl && (0,links/* expandLink */.Zs)(slo.spec.runbookUrl, values)
                }
            });
        });
        if (bodies.length)
            io.out(say(bodies.join('\n---\n\n').trimEnd()));
        else
            io.err('No SLO needs a postmortem.');
    }
    else {
        for (const slo of result.slos) {
            const found = needed.find(n => n.slo === slo);
            const { incident } = found?.cause ?? {};
            io.out(say(found && incident
                ? `${(0,render/* plain */.p)(slo.name)}: postmortem needed: ${found.cause.kind === 'exhausted' ? 'budget exhausted' : 'incident'}, ${format/* shownPercent */.t3(incident.spent)} of the budget spent from ${incident.start.toISOString()} to ${incident.end.toISOString()} (${format/* shownPercent */.t3(incident.before)} to ${format/* shownPercent */.t3(incident.after)})`
                : `${(0,render/* plain */.p)(slo.name)}: ${slo.status === 'ERROR' ? 'cannot tell (ERROR)' : 'no postmortem needed'}`));
        }
    }
    return result.status === 'ERROR' ? commands/* EXIT_ERROR */.SI : 0;
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


/***/ })

};
