export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createOctokitClient: () => (/* binding */ createOctokitClient)
/* harmony export */ });
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9988);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6856);
/**
 * The Octokit stack (a third of the action's bundle), loaded by client.ts only for runs that talk
 * to GitHub. Base URL from GITHUB_API_URL (GitHub Enterprise Server), retries on 5xx and secondary
 * rate limits. Writes that can be retried must be idempotent at the call site (find, then update).
 */



const GateOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_1__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_2__/* .throttling */ .A);
function createOctokitClient(options, env = process.env) {
    const warn = options.log ?? (() => undefined);
    const retries = options.retries ?? 3;
    return new GateOctokit({
        auth: options.token,
        baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
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
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                warn(`GitHub rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                warn(`GitHub secondary rate limit on ${request.method} ${request.url}; retrying in ${retryAfter}s`);
                return retryCount < retries;
            }
        }
    });
}


/***/ })

};
