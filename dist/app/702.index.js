export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokitClient: () => (/* binding */ createOctokitClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(722);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1267);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6584);
/**
 * The Octokit stack, loaded by client.ts only for runs that talk to GitHub, with the retry and
 * throttling plugins: in a workflow run, @actions/github's `getOctokit` (GitHub's own client for
 * actions: the runner's proxy settings and user agent); outside one (the App server),
 * @octokit/rest with the same plugins and options. Writes that can be retried must be idempotent
 * at the call site (find, then update).
 */





/**
 * A request that got no answer at all (DNS, refused connection, TLS) becomes GitHubUnreachable,
 * naming the host and the cause. Registered before the retry plugin, so that its hook sees the
 * failure first: an error that is not a RequestError is not retried (1 + 4 + 9 s of waiting,
 * then "HTTP 500", for a host that is not there).
 */
function unreachable(octokit) {
    octokit.hook.error('request', (error, options) => {
        const failed = error;
        if (failed.response !== undefined || failed.status !== 500)
            throw error;
        const host = (() => {
            try {
                return new URL(String(options.baseUrl ?? options.url)).host;
            }
            catch {
                return 'the GitHub API';
            }
        })();
        throw new _client_js__WEBPACK_IMPORTED_MODULE_1__/* .GitHubUnreachable */ .yc(host, failed.message ?? 'no answer');
    });
}
const ServerOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(unreachable, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
function createOctokitClient(options) {
    const warn = options.log ?? (() => undefined);
    const retries = options.retries ?? 3;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        warn(`GitHub ${kind} on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
        return retryCount < retries;
    };
    const settings = {
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: 'error-budget-gate',
        // Octokit logs every failed request to stderr ("POST ... - 403 with id UNKNOWN"); each call
        // site already reports its failure with the reason and the remedy, once. Its warnings
        // (deprecations) go through the gate's logger.
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (message) => warn(`GitHub API: ${message}`),
            error: () => undefined
        },
        retry: { retries },
        throttle: {
            onRateLimit: onLimit('rate limit'),
            onSecondaryRateLimit: onLimit('secondary rate limit')
        }
    };
    return options.outsideRunner
        ? new ServerOctokit({ auth: options.token, ...settings })
        : (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, settings, unreachable, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}


/***/ })

};
