#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = {
    RBTree: __nccwpck_require__(5004),
    BinTree: __nccwpck_require__(2663)
};


/***/ }),

/***/ 2663:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var TreeBase = __nccwpck_require__(253);

function Node(data) {
    this.data = data;
    this.left = null;
    this.right = null;
}

Node.prototype.get_child = function(dir) {
    return dir ? this.right : this.left;
};

Node.prototype.set_child = function(dir, val) {
    if(dir) {
        this.right = val;
    }
    else {
        this.left = val;
    }
};

function BinTree(comparator) {
    this._root = null;
    this._comparator = comparator;
    this.size = 0;
}

BinTree.prototype = new TreeBase();

// returns true if inserted, false if duplicate
BinTree.prototype.insert = function(data) {
    if(this._root === null) {
        // empty tree
        this._root = new Node(data);
        this.size++;
        return true;
    }

    var dir = 0;

    // setup
    var p = null; // parent
    var node = this._root;

    // search down
    while(true) {
        if(node === null) {
            // insert new node at the bottom
            node = new Node(data);
            p.set_child(dir, node);
            ret = true;
            this.size++;
            return true;
        }

        // stop if found
        if(this._comparator(node.data, data) === 0) {
            return false;
        }

        dir = this._comparator(node.data, data) < 0;

        // update helpers
        p = node;
        node = node.get_child(dir);
    }
};

// returns true if removed, false if not found
BinTree.prototype.remove = function(data) {
    if(this._root === null) {
        return false;
    }

    var head = new Node(undefined); // fake tree root
    var node = head;
    node.right = this._root;
    var p = null; // parent
    var found = null; // found item
    var dir = 1;

    while(node.get_child(dir) !== null) {
        p = node;
        node = node.get_child(dir);
        var cmp = this._comparator(data, node.data);
        dir = cmp > 0;

        if(cmp === 0) {
            found = node;
        }
    }

    if(found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));

        this._root = head.right;
        this.size--;
        return true;
    }
    else {
        return false;
    }
};

module.exports = BinTree;



/***/ }),

/***/ 5004:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var TreeBase = __nccwpck_require__(253);

function Node(data) {
    this.data = data;
    this.left = null;
    this.right = null;
    this.red = true;
}

Node.prototype.get_child = function(dir) {
    return dir ? this.right : this.left;
};

Node.prototype.set_child = function(dir, val) {
    if(dir) {
        this.right = val;
    }
    else {
        this.left = val;
    }
};

function RBTree(comparator) {
    this._root = null;
    this._comparator = comparator;
    this.size = 0;
}

RBTree.prototype = new TreeBase();

// returns true if inserted, false if duplicate
RBTree.prototype.insert = function(data) {
    var ret = false;

    if(this._root === null) {
        // empty tree
        this._root = new Node(data);
        ret = true;
        this.size++;
    }
    else {
        var head = new Node(undefined); // fake tree root

        var dir = 0;
        var last = 0;

        // setup
        var gp = null; // grandparent
        var ggp = head; // grand-grand-parent
        var p = null; // parent
        var node = this._root;
        ggp.right = this._root;

        // search down
        while(true) {
            if(node === null) {
                // insert new node at the bottom
                node = new Node(data);
                p.set_child(dir, node);
                ret = true;
                this.size++;
            }
            else if(is_red(node.left) && is_red(node.right)) {
                // color flip
                node.red = true;
                node.left.red = false;
                node.right.red = false;
            }

            // fix red violation
            if(is_red(node) && is_red(p)) {
                var dir2 = ggp.right === gp;

                if(node === p.get_child(last)) {
                    ggp.set_child(dir2, single_rotate(gp, !last));
                }
                else {
                    ggp.set_child(dir2, double_rotate(gp, !last));
                }
            }

            var cmp = this._comparator(node.data, data);

            // stop if found
            if(cmp === 0) {
                break;
            }

            last = dir;
            dir = cmp < 0;

            // update helpers
            if(gp !== null) {
                ggp = gp;
            }
            gp = p;
            p = node;
            node = node.get_child(dir);
        }

        // update root
        this._root = head.right;
    }

    // make root black
    this._root.red = false;

    return ret;
};

// returns true if removed, false if not found
RBTree.prototype.remove = function(data) {
    if(this._root === null) {
        return false;
    }

    var head = new Node(undefined); // fake tree root
    var node = head;
    node.right = this._root;
    var p = null; // parent
    var gp = null; // grand parent
    var found = null; // found item
    var dir = 1;

    while(node.get_child(dir) !== null) {
        var last = dir;

        // update helpers
        gp = p;
        p = node;
        node = node.get_child(dir);

        var cmp = this._comparator(data, node.data);

        dir = cmp > 0;

        // save found node
        if(cmp === 0) {
            found = node;
        }

        // push the red node down
        if(!is_red(node) && !is_red(node.get_child(dir))) {
            if(is_red(node.get_child(!dir))) {
                var sr = single_rotate(node, dir);
                p.set_child(last, sr);
                p = sr;
            }
            else if(!is_red(node.get_child(!dir))) {
                var sibling = p.get_child(!last);
                if(sibling !== null) {
                    if(!is_red(sibling.get_child(!last)) && !is_red(sibling.get_child(last))) {
                        // color flip
                        p.red = false;
                        sibling.red = true;
                        node.red = true;
                    }
                    else {
                        var dir2 = gp.right === p;

                        if(is_red(sibling.get_child(last))) {
                            gp.set_child(dir2, double_rotate(p, last));
                        }
                        else if(is_red(sibling.get_child(!last))) {
                            gp.set_child(dir2, single_rotate(p, last));
                        }

                        // ensure correct coloring
                        var gpc = gp.get_child(dir2);
                        gpc.red = true;
                        node.red = true;
                        gpc.left.red = false;
                        gpc.right.red = false;
                    }
                }
            }
        }
    }

    // replace and remove if found
    if(found !== null) {
        found.data = node.data;
        p.set_child(p.right === node, node.get_child(node.left === null));
        this.size--;
    }

    // update root and make it black
    this._root = head.right;
    if(this._root !== null) {
        this._root.red = false;
    }

    return found !== null;
};

function is_red(node) {
    return node !== null && node.red;
}

function single_rotate(root, dir) {
    var save = root.get_child(!dir);

    root.set_child(!dir, save.get_child(dir));
    save.set_child(dir, root);

    root.red = true;
    save.red = false;

    return save;
}

function double_rotate(root, dir) {
    root.set_child(!dir, single_rotate(root.get_child(!dir), !dir));
    return single_rotate(root, dir);
}

module.exports = RBTree;


/***/ }),

/***/ 253:
/***/ ((module) => {


function TreeBase() {}

// removes all nodes from the tree
TreeBase.prototype.clear = function() {
    this._root = null;
    this.size = 0;
};

// returns node data if found, null otherwise
TreeBase.prototype.find = function(data) {
    var res = this._root;

    while(res !== null) {
        var c = this._comparator(data, res.data);
        if(c === 0) {
            return res.data;
        }
        else {
            res = res.get_child(c > 0);
        }
    }

    return null;
};

// returns iterator to node if found, null otherwise
TreeBase.prototype.findIter = function(data) {
    var res = this._root;
    var iter = this.iterator();

    while(res !== null) {
        var c = this._comparator(data, res.data);
        if(c === 0) {
            iter._cursor = res;
            return iter;
        }
        else {
            iter._ancestors.push(res);
            res = res.get_child(c > 0);
        }
    }

    return null;
};

// Returns an iterator to the tree node at or immediately after the item
TreeBase.prototype.lowerBound = function(item) {
    var cur = this._root;
    var iter = this.iterator();
    var cmp = this._comparator;

    while(cur !== null) {
        var c = cmp(item, cur.data);
        if(c === 0) {
            iter._cursor = cur;
            return iter;
        }
        iter._ancestors.push(cur);
        cur = cur.get_child(c > 0);
    }

    for(var i=iter._ancestors.length - 1; i >= 0; --i) {
        cur = iter._ancestors[i];
        if(cmp(item, cur.data) < 0) {
            iter._cursor = cur;
            iter._ancestors.length = i;
            return iter;
        }
    }

    iter._ancestors.length = 0;
    return iter;
};

// Returns an iterator to the tree node immediately after the item
TreeBase.prototype.upperBound = function(item) {
    var iter = this.lowerBound(item);
    var cmp = this._comparator;

    while(iter.data() !== null && cmp(iter.data(), item) === 0) {
        iter.next();
    }

    return iter;
};

// returns null if tree is empty
TreeBase.prototype.min = function() {
    var res = this._root;
    if(res === null) {
        return null;
    }

    while(res.left !== null) {
        res = res.left;
    }

    return res.data;
};

// returns null if tree is empty
TreeBase.prototype.max = function() {
    var res = this._root;
    if(res === null) {
        return null;
    }

    while(res.right !== null) {
        res = res.right;
    }

    return res.data;
};

// returns a null iterator
// call next() or prev() to point to an element
TreeBase.prototype.iterator = function() {
    return new Iterator(this);
};

// calls cb on each node's data, in order
TreeBase.prototype.each = function(cb) {
    var it=this.iterator(), data;
    while((data = it.next()) !== null) {
        if(cb(data) === false) {
            return;
        }
    }
};

// calls cb on each node's data, in reverse order
TreeBase.prototype.reach = function(cb) {
    var it=this.iterator(), data;
    while((data = it.prev()) !== null) {
        if(cb(data) === false) {
            return;
        }
    }
};


function Iterator(tree) {
    this._tree = tree;
    this._ancestors = [];
    this._cursor = null;
}

Iterator.prototype.data = function() {
    return this._cursor !== null ? this._cursor.data : null;
};

// if null-iterator, returns first node
// otherwise, returns next node
Iterator.prototype.next = function() {
    if(this._cursor === null) {
        var root = this._tree._root;
        if(root !== null) {
            this._minNode(root);
        }
    }
    else {
        if(this._cursor.right === null) {
            // no greater node in subtree, go up to parent
            // if coming from a right child, continue up the stack
            var save;
            do {
                save = this._cursor;
                if(this._ancestors.length) {
                    this._cursor = this._ancestors.pop();
                }
                else {
                    this._cursor = null;
                    break;
                }
            } while(this._cursor.right === save);
        }
        else {
            // get the next node from the subtree
            this._ancestors.push(this._cursor);
            this._minNode(this._cursor.right);
        }
    }
    return this._cursor !== null ? this._cursor.data : null;
};

// if null-iterator, returns last node
// otherwise, returns previous node
Iterator.prototype.prev = function() {
    if(this._cursor === null) {
        var root = this._tree._root;
        if(root !== null) {
            this._maxNode(root);
        }
    }
    else {
        if(this._cursor.left === null) {
            var save;
            do {
                save = this._cursor;
                if(this._ancestors.length) {
                    this._cursor = this._ancestors.pop();
                }
                else {
                    this._cursor = null;
                    break;
                }
            } while(this._cursor.left === save);
        }
        else {
            this._ancestors.push(this._cursor);
            this._maxNode(this._cursor.left);
        }
    }
    return this._cursor !== null ? this._cursor.data : null;
};

Iterator.prototype._minNode = function(start) {
    while(start.left !== null) {
        this._ancestors.push(start);
        start = start.left;
    }
    this._cursor = start;
};

Iterator.prototype._maxNode = function(start) {
    while(start.right !== null) {
        this._ancestors.push(start);
        start = start.right;
    }
    this._cursor = start;
};

module.exports = TreeBase;



/***/ }),

/***/ 5222:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;
/**
 * Prometheus client
 * @module Prometheus client
 */



exports.register = __nccwpck_require__(1627).globalRegistry;
exports.Registry = __nccwpck_require__(1627);
__webpack_unused_export__ = ({
	configurable: false,
	enumerable: true,
	get() {
		return exports.register.contentType;
	},
	set(value) {
		exports.register.setContentType(value);
	},
});
__webpack_unused_export__ = exports.Registry.PROMETHEUS_CONTENT_TYPE;
__webpack_unused_export__ = exports.Registry.OPENMETRICS_CONTENT_TYPE;
/* unused reexport */ __nccwpck_require__(1539).validateMetricName;

exports.Counter = __nccwpck_require__(8606);
exports.Gauge = __nccwpck_require__(7173);
exports.Histogram = __nccwpck_require__(5416);
/* unused reexport */ __nccwpck_require__(5910);
/* unused reexport */ __nccwpck_require__(7524);

/* unused reexport */ __nccwpck_require__(964);
/* unused reexport */ __nccwpck_require__(964);

exports.collectDefaultMetrics = __nccwpck_require__(5106);

/* unused reexport */ __nccwpck_require__(5924).aggregators;
/* unused reexport */ __nccwpck_require__(816);


/***/ }),

/***/ 964:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;


__webpack_unused_export__ = (start, width, count) => {
	if (count < 1) {
		throw new Error('Linear buckets needs a positive count');
	}

	const buckets = new Array(count);
	for (let i = 0; i < count; i++) {
		buckets[i] = start + i * width;
	}
	return buckets;
};

__webpack_unused_export__ = (start, factor, count) => {
	if (start <= 0) {
		throw new Error('Exponential buckets needs a positive start');
	}
	if (count < 1) {
		throw new Error('Exponential buckets needs a positive count');
	}
	if (factor <= 1) {
		throw new Error('Exponential buckets needs a factor greater than 1');
	}
	const buckets = new Array(count);
	for (let i = 0; i < count; i++) {
		buckets[i] = start;
		start *= factor;
	}
	return buckets;
};


/***/ }),

/***/ 816:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/**
 * Extends the Registry class with a `clusterMetrics` method that returns
 * aggregated metrics for all workers.
 *
 * In cluster workers, listens for and responds to requests for metrics by the
 * cluster master.
 */

const Registry = __nccwpck_require__(1627);
const { Grouper } = __nccwpck_require__(9588);
const { aggregators } = __nccwpck_require__(5924);
// We need to lazy-load the 'cluster' module as some application servers -
// namely Passenger - crash when it is imported.
let cluster = () => {
	const data = __nccwpck_require__(9907);
	cluster = () => data;
	return data;
};

const GET_METRICS_REQ = 'prom-client:getMetricsReq';
const GET_METRICS_RES = 'prom-client:getMetricsRes';

let registries = [Registry.globalRegistry];
let requestCtr = 0; // Concurrency control
let listenersAdded = false;
const requests = new Map(); // Pending requests for workers' local metrics.

class AggregatorRegistry extends Registry {
	constructor(regContentType = Registry.PROMETHEUS_CONTENT_TYPE) {
		super(regContentType);
		addListeners();
	}

	/**
	 * Gets aggregated metrics for all workers. The optional callback and
	 * returned Promise resolve with the same value; either may be used.
	 * @return {Promise<string>} Promise that resolves with the aggregated
	 *   metrics.
	 */
	clusterMetrics() {
		const requestId = requestCtr++;

		return new Promise((resolve, reject) => {
			let settled = false;
			function done(err, result) {
				if (settled) return;
				settled = true;
				if (err) reject(err);
				else resolve(result);
			}

			const request = {
				responses: [],
				pending: 0,
				done,
				errorTimeout: setTimeout(() => {
					const err = new Error('Operation timed out.');
					request.done(err);
				}, 5000),
			};
			requests.set(requestId, request);

			const message = {
				type: GET_METRICS_REQ,
				requestId,
			};

			for (const id in cluster().workers) {
				// If the worker exits abruptly, it may still be in the workers
				// list but not able to communicate.
				if (cluster().workers[id].isConnected()) {
					cluster().workers[id].send(message);
					request.pending++;
				}
			}

			if (request.pending === 0) {
				// No workers were up
				clearTimeout(request.errorTimeout);
				process.nextTick(() => done(null, ''));
			}
		});
	}

	get contentType() {
		return super.contentType;
	}

	/**
	 * Creates a new Registry instance from an array of metrics that were
	 * created by `registry.getMetricsAsJSON()`. Metrics are aggregated using
	 * the method specified by their `aggregator` property, or by summation if
	 * `aggregator` is undefined.
	 * @param {Array} metricsArr Array of metrics, each of which created by
	 *   `registry.getMetricsAsJSON()`.
	 * @param {string} registryType content type of the new registry. Defaults
	 * to PROMETHEUS_CONTENT_TYPE.
	 * @return {Registry} aggregated registry.
	 */
	static aggregate(
		metricsArr,
		registryType = Registry.PROMETHEUS_CONTENT_TYPE,
	) {
		const aggregatedRegistry = new Registry();
		const metricsByName = new Grouper();

		aggregatedRegistry.setContentType(registryType);

		// Gather by name
		metricsArr.forEach(metrics => {
			metrics.forEach(metric => {
				metricsByName.add(metric.name, metric);
			});
		});

		// Aggregate gathered metrics.
		metricsByName.forEach(metrics => {
			const aggregatorName = metrics[0].aggregator;
			const aggregatorFn = aggregators[aggregatorName];
			if (typeof aggregatorFn !== 'function') {
				throw new Error(`'${aggregatorName}' is not a defined aggregator.`);
			}
			const aggregatedMetric = aggregatorFn(metrics);
			// NB: The 'omit' aggregator returns undefined.
			if (aggregatedMetric) {
				const aggregatedMetricWrapper = Object.assign(
					{
						get: () => aggregatedMetric,
					},
					aggregatedMetric,
				);
				aggregatedRegistry.registerMetric(aggregatedMetricWrapper);
			}
		});

		return aggregatedRegistry;
	}

	/**
	 * Sets the registry or registries to be aggregated. Call from workers to
	 * use a registry/registries other than the default global registry.
	 * @param {Array<Registry>|Registry} regs Registry or registries to be
	 *   aggregated.
	 * @return {void}
	 */
	static setRegistries(regs) {
		if (!Array.isArray(regs)) regs = [regs];
		regs.forEach(reg => {
			if (!(reg instanceof Registry)) {
				throw new TypeError(`Expected Registry, got ${typeof reg}`);
			}
		});
		registries = regs;
	}
}

/**
 * Adds event listeners for cluster aggregation. Idempotent (safe to call more
 * than once).
 * @return {void}
 */
function addListeners() {
	if (listenersAdded) return;
	listenersAdded = true;

	if (cluster().isMaster) {
		// Listen for worker responses to requests for local metrics
		cluster().on('message', (worker, message) => {
			if (message.type === GET_METRICS_RES) {
				const request = requests.get(message.requestId);

				if (message.error) {
					request.done(new Error(message.error));
					return;
				}

				message.metrics.forEach(registry => request.responses.push(registry));
				request.pending--;

				if (request.pending === 0) {
					// finalize
					requests.delete(message.requestId);
					clearTimeout(request.errorTimeout);

					const registry = AggregatorRegistry.aggregate(request.responses);
					const promString = registry.metrics();
					request.done(null, promString);
				}
			}
		});
	}

	if (cluster().isWorker) {
		// Respond to master's requests for worker's local metrics.
		process.on('message', message => {
			if (message.type === GET_METRICS_REQ) {
				Promise.all(registries.map(r => r.getMetricsAsJSON()))
					.then(metrics => {
						process.send({
							type: GET_METRICS_RES,
							requestId: message.requestId,
							metrics,
						});
					})
					.catch(error => {
						process.send({
							type: GET_METRICS_RES,
							requestId: message.requestId,
							error: error.message,
						});
					});
			}
		});
	}
}

module.exports = AggregatorRegistry;


/***/ }),

/***/ 8606:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Counter metric
 */


const util = __nccwpck_require__(9023);
const {
	hashObject,
	isObject,
	getLabels,
	removeLabels,
	nowTimestamp,
} = __nccwpck_require__(9588);
const { validateLabel } = __nccwpck_require__(1539);
const { Metric } = __nccwpck_require__(2476);
const Exemplar = __nccwpck_require__(9024);

class Counter extends Metric {
	constructor(config) {
		super(config);
		this.type = 'counter';
		this.defaultLabels = {};
		this.defaultValue = 1;
		this.defaultExemplarLabelSet = {};
		if (config.enableExemplars) {
			this.enableExemplars = true;
			this.inc = this.incWithExemplar;
		} else {
			this.inc = this.incWithoutExemplar;
		}
	}

	/**
	 * Increment counter
	 * @param {object} labels - What label you want to be incremented
	 * @param {Number} value - Value to increment, if omitted increment with 1
	 * @returns {object} results - object with information about the inc operation
	 * @returns {string} results.labelHash - hash representation of the labels
	 */
	incWithoutExemplar(labels, value) {
		let hash = '';
		if (isObject(labels)) {
			hash = hashObject(labels, this.sortedLabelNames);
			validateLabel(this.labelNames, labels);
		} else {
			value = labels;
			labels = {};
		}

		if (value && !Number.isFinite(value)) {
			throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
		}
		if (value < 0) {
			throw new Error('It is not possible to decrease a counter');
		}

		if (value === null || value === undefined) value = 1;

		setValue(this.hashMap, value, labels, hash);

		return { labelHash: hash };
	}

	/**
	 * Increment counter with exemplar, same as inc but accepts labels for an
	 * exemplar.
	 * If no label is provided the current exemplar labels are kept unchanged
	 * (defaults to empty set).
	 *
	 * @param {object} incOpts - Object with options about what metric to increase
	 * @param {object} incOpts.labels - What label you want to be incremented,
	 *                                  defaults to null (metric with no labels)
	 * @param {Number} incOpts.value - Value to increment, defaults to 1
	 * @param {object} incOpts.exemplarLabels - Key-value  labels for the
	 *                                          exemplar, defaults to empty set {}
	 * @returns {void}
	 */
	incWithExemplar({
		labels = this.defaultLabels,
		value = this.defaultValue,
		exemplarLabels = this.defaultExemplarLabelSet,
	} = {}) {
		const res = this.incWithoutExemplar(labels, value);
		this.updateExemplar(exemplarLabels, value, res.labelHash);
	}

	updateExemplar(exemplarLabels, value, hash) {
		if (exemplarLabels === this.defaultExemplarLabelSet) return;
		if (!isObject(this.hashMap[hash].exemplar)) {
			this.hashMap[hash].exemplar = new Exemplar();
		}
		this.hashMap[hash].exemplar.validateExemplarLabelSet(exemplarLabels);
		this.hashMap[hash].exemplar.labelSet = exemplarLabels;
		this.hashMap[hash].exemplar.value = value ? value : 1;
		this.hashMap[hash].exemplar.timestamp = nowTimestamp();
	}

	/**
	 * Reset counter
	 * @returns {void}
	 */
	reset() {
		this.hashMap = {};
		if (this.labelNames.length === 0) {
			setValue(this.hashMap, 0);
		}
	}

	async get() {
		if (this.collect) {
			const v = this.collect();
			if (v instanceof Promise) await v;
		}

		return {
			help: this.help,
			name: this.name,
			type: this.type,
			values: Object.values(this.hashMap),
			aggregator: this.aggregator,
		};
	}

	labels(...args) {
		const labels = getLabels(this.labelNames, args) || {};
		return {
			inc: this.inc.bind(this, labels),
		};
	}

	remove(...args) {
		const labels = getLabels(this.labelNames, args) || {};
		validateLabel(this.labelNames, labels);
		return removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
	}
}

function setValue(hashMap, value, labels = {}, hash = '') {
	if (hashMap[hash]) {
		hashMap[hash].value += value;
	} else {
		hashMap[hash] = { value, labels };
	}
	return hashMap;
}

module.exports = Counter;


/***/ }),

/***/ 5106:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isObject } = __nccwpck_require__(9588);

// Default metrics.
const processCpuTotal = __nccwpck_require__(8293);
const processStartTime = __nccwpck_require__(8228);
const osMemoryHeap = __nccwpck_require__(3981);
const processOpenFileDescriptors = __nccwpck_require__(5217);
const processMaxFileDescriptors = __nccwpck_require__(9655);
const eventLoopLag = __nccwpck_require__(4460);
const processHandles = __nccwpck_require__(5490);
const processRequests = __nccwpck_require__(7439);
const processResources = __nccwpck_require__(884);
const heapSizeAndUsed = __nccwpck_require__(2365);
const heapSpacesSizeAndUsed = __nccwpck_require__(3844);
const version = __nccwpck_require__(3344);
const gc = __nccwpck_require__(9336);

const metrics = {
	processCpuTotal,
	processStartTime,
	osMemoryHeap,
	processOpenFileDescriptors,
	processMaxFileDescriptors,
	eventLoopLag,
	...(typeof process.getActiveResourcesInfo === 'function'
		? { processResources }
		: {}),
	processHandles,
	processRequests,
	heapSizeAndUsed,
	heapSpacesSizeAndUsed,
	version,
	gc,
};
const metricsList = Object.keys(metrics);

module.exports = function collectDefaultMetrics(config) {
	if (config !== null && config !== undefined && !isObject(config)) {
		throw new TypeError('config must be null, undefined, or an object');
	}

	config = { eventLoopMonitoringPrecision: 10, ...config };

	for (const metric of Object.values(metrics)) {
		metric(config.register, config);
	}
};

module.exports.metricsList = metricsList;


/***/ }),

/***/ 9024:
/***/ ((module) => {



/**
 * Class representing an OpenMetrics exemplar.
 *
 * @property {object} labelSet
 * @property {number} value
 * @property {number} [timestamp]
 * */
class Exemplar {
	constructor(labelSet = {}, value = null) {
		this.labelSet = labelSet;
		this.value = value;
	}

	/**
	 * Validation for the label set format.
	 * https://github.com/OpenObservability/OpenMetrics/blob/d99b705f611b75fec8f450b05e344e02eea6921d/specification/OpenMetrics.md#exemplars
	 *
	 * @param {object} labelSet - Exemplar labels.
	 * @throws {RangeError}
	 * @return {void}
	 */
	validateExemplarLabelSet(labelSet) {
		let res = '';
		for (const [labelName, labelValue] of Object.entries(labelSet)) {
			res += `${labelName}${labelValue}`;
		}
		if (res.length > 128) {
			throw new RangeError(
				'Label set size must be smaller than 128 UTF-8 chars',
			);
		}
	}
}

module.exports = Exemplar;


/***/ }),

/***/ 7173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Gauge metric
 */


const util = __nccwpck_require__(9023);

const {
	setValue,
	setValueDelta,
	getLabels,
	hashObject,
	isObject,
	removeLabels,
} = __nccwpck_require__(9588);
const { validateLabel } = __nccwpck_require__(1539);
const { Metric } = __nccwpck_require__(2476);

class Gauge extends Metric {
	constructor(config) {
		super(config);
		this.type = 'gauge';
	}

	/**
	 * Set a gauge to a value
	 * @param {object} labels - Object with labels and their values
	 * @param {Number} value - Value to set the gauge to, must be positive
	 * @returns {void}
	 */
	set(labels, value) {
		value = getValueArg(labels, value);
		labels = getLabelArg(labels);
		set(this, labels, value);
	}

	/**
	 * Reset gauge
	 * @returns {void}
	 */
	reset() {
		this.hashMap = {};
		if (this.labelNames.length === 0) {
			setValue(this.hashMap, 0, {});
		}
	}

	/**
	 * Increment a gauge value
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @param {Number} value - Value to increment - if omitted, increment with 1
	 * @returns {void}
	 */
	inc(labels, value) {
		value = getValueArg(labels, value);
		labels = getLabelArg(labels);
		if (value === undefined) value = 1;
		setDelta(this, labels, value);
	}

	/**
	 * Decrement a gauge value
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @param {Number} value - Value to decrement - if omitted, decrement with 1
	 * @returns {void}
	 */
	dec(labels, value) {
		value = getValueArg(labels, value);
		labels = getLabelArg(labels);
		if (value === undefined) value = 1;
		setDelta(this, labels, -value);
	}

	/**
	 * Set the gauge to current unix epoch
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @returns {void}
	 */
	setToCurrentTime(labels) {
		const now = Date.now() / 1000;
		if (labels === undefined) {
			this.set(now);
		} else {
			this.set(labels, now);
		}
	}

	/**
	 * Start a timer
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @returns {function} - Invoke this function to set the duration in seconds since you started the timer.
	 * @example
	 * var done = gauge.startTimer();
	 * makeXHRRequest(function(err, response) {
	 *	done(); //Duration of the request will be saved
	 * });
	 */
	startTimer(labels) {
		const start = process.hrtime();
		return endLabels => {
			const delta = process.hrtime(start);
			const value = delta[0] + delta[1] / 1e9;
			this.set(Object.assign({}, labels, endLabels), value);
			return value;
		};
	}

	async get() {
		if (this.collect) {
			const v = this.collect();
			if (v instanceof Promise) await v;
		}
		return {
			help: this.help,
			name: this.name,
			type: this.type,
			values: Object.values(this.hashMap),
			aggregator: this.aggregator,
		};
	}

	_getValue(labels) {
		const hash = hashObject(labels || {}, this.sortedLabelNames);
		return this.hashMap[hash] ? this.hashMap[hash].value : 0;
	}

	labels(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		return {
			inc: this.inc.bind(this, labels),
			dec: this.dec.bind(this, labels),
			set: this.set.bind(this, labels),
			setToCurrentTime: this.setToCurrentTime.bind(this, labels),
			startTimer: this.startTimer.bind(this, labels),
		};
	}

	remove(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
	}
}

function set(gauge, labels, value) {
	if (typeof value !== 'number') {
		throw new TypeError(`Value is not a valid number: ${util.format(value)}`);
	}

	validateLabel(gauge.labelNames, labels);
	setValue(gauge.hashMap, value, labels);
}

function setDelta(gauge, labels, delta) {
	if (typeof delta !== 'number') {
		throw new TypeError(`Delta is not a valid number: ${util.format(delta)}`);
	}

	validateLabel(gauge.labelNames, labels);
	const hash = hashObject(labels, gauge.sortedLabelNames);
	setValueDelta(gauge.hashMap, delta, labels, hash);
}

function getLabelArg(labels) {
	return isObject(labels) ? labels : {};
}

function getValueArg(labels, value) {
	return isObject(labels) ? value : labels;
}

module.exports = Gauge;


/***/ }),

/***/ 5416:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Histogram
 */


const util = __nccwpck_require__(9023);
const {
	getLabels,
	hashObject,
	isObject,
	removeLabels,
	nowTimestamp,
} = __nccwpck_require__(9588);
const { validateLabel } = __nccwpck_require__(1539);
const { Metric } = __nccwpck_require__(2476);
const Exemplar = __nccwpck_require__(9024);

class Histogram extends Metric {
	constructor(config) {
		super(config, {
			buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
		});

		this.type = 'histogram';
		this.defaultLabels = {};
		this.defaultExemplarLabelSet = {};
		this.enableExemplars = false;

		for (const label of this.labelNames) {
			if (label === 'le') {
				throw new Error('le is a reserved label keyword');
			}
		}

		this.upperBounds = this.buckets;
		this.bucketValues = this.upperBounds.reduce((acc, upperBound) => {
			acc[upperBound] = 0;
			return acc;
		}, {});

		if (config.enableExemplars) {
			this.enableExemplars = true;
			this.bucketExemplars = this.upperBounds.reduce((acc, upperBound) => {
				acc[upperBound] = null;
				return acc;
			}, {});
			Object.freeze(this.bucketExemplars);
			this.observe = this.observeWithExemplar;
		} else {
			this.observe = this.observeWithoutExemplar;
		}

		Object.freeze(this.bucketValues);
		Object.freeze(this.upperBounds);

		if (this.labelNames.length === 0) {
			this.hashMap = {
				[hashObject({})]: createBaseValues(
					{},
					this.bucketValues,
					this.bucketExemplars,
				),
			};
		}
	}

	/**
	 * Observe a value in histogram
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @param {Number} value - Value to observe in the histogram
	 * @returns {void}
	 */
	observeWithoutExemplar(labels, value) {
		observe.call(this, labels === 0 ? 0 : labels || {})(value);
	}

	observeWithExemplar({
		labels = this.defaultLabels,
		value,
		exemplarLabels = this.defaultExemplarLabelSet,
	} = {}) {
		observe.call(this, labels === 0 ? 0 : labels || {})(value);
		this.updateExemplar(labels, value, exemplarLabels);
	}

	updateExemplar(labels, value, exemplarLabels) {
		if (Object.keys(exemplarLabels).length === 0) return;
		const hash = hashObject(labels, this.sortedLabelNames);
		const bound = findBound(this.upperBounds, value);
		const { bucketExemplars } = this.hashMap[hash];
		let exemplar = bucketExemplars[bound];
		if (!isObject(exemplar)) {
			exemplar = new Exemplar();
			bucketExemplars[bound] = exemplar;
		}
		exemplar.validateExemplarLabelSet(exemplarLabels);
		exemplar.labelSet = exemplarLabels;
		exemplar.value = value;
		exemplar.timestamp = nowTimestamp();
	}

	async get() {
		const data = await this.getForPromString();
		data.values = data.values.map(splayLabels);
		return data;
	}

	async getForPromString() {
		if (this.collect) {
			const v = this.collect();
			if (v instanceof Promise) await v;
		}
		const data = Object.values(this.hashMap);
		const values = data
			.map(extractBucketValuesForExport(this))
			.reduce(addSumAndCountForExport(this), []);

		return {
			name: this.name,
			help: this.help,
			type: this.type,
			values,
			aggregator: this.aggregator,
		};
	}

	reset() {
		this.hashMap = {};
	}

	/**
	 * Initialize the metrics for the given combination of labels to zero
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @returns {void}
	 */
	zero(labels) {
		const hash = hashObject(labels, this.sortedLabelNames);
		this.hashMap[hash] = createBaseValues(
			labels,
			this.bucketValues,
			this.bucketExemplars,
		);
	}

	/**
	 * Start a timer that could be used to logging durations
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @param {object} exemplarLabels - Object with labels for exemplar where key is the label key and value is label value. Can only be one level deep
	 * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
	 * @example
	 * var end = histogram.startTimer();
	 * makeExpensiveXHRRequest(function(err, res) {
	 * 	const duration = end(); //Observe the duration of expensiveXHRRequest and returns duration in seconds
	 * 	console.log('Duration', duration);
	 * });
	 */
	startTimer(labels, exemplarLabels) {
		return this.enableExemplars
			? startTimerWithExemplar.call(this, labels, exemplarLabels)()
			: startTimer.call(this, labels)();
	}

	labels(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		return {
			observe: observe.call(this, labels),
			startTimer: startTimer.call(this, labels),
		};
	}

	remove(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
	}
}

function startTimer(startLabels) {
	return () => {
		const start = process.hrtime();
		return endLabels => {
			const delta = process.hrtime(start);
			const value = delta[0] + delta[1] / 1e9;
			this.observe(Object.assign({}, startLabels, endLabels), value);
			return value;
		};
	};
}

function startTimerWithExemplar(startLabels, startExemplarLabels) {
	return () => {
		const start = process.hrtime();
		return (endLabels, endExemplarLabels) => {
			const delta = process.hrtime(start);
			const value = delta[0] + delta[1] / 1e9;
			this.observe({
				labels: Object.assign({}, startLabels, endLabels),
				value,
				exemplarLabels: Object.assign(
					{},
					startExemplarLabels,
					endExemplarLabels,
				),
			});
			return value;
		};
	};
}

function setValuePair(labels, value, metricName, exemplar, sharedLabels = {}) {
	return {
		labels,
		sharedLabels,
		value,
		metricName,
		exemplar,
	};
}

function findBound(upperBounds, value) {
	for (let i = 0; i < upperBounds.length; i++) {
		const bound = upperBounds[i];
		if (value <= bound) {
			return bound;
		}
	}
	return -1;
}

function observe(labels) {
	return value => {
		const labelValuePair = convertLabelsAndValues(labels, value);

		validateLabel(this.labelNames, labelValuePair.labels);
		if (!Number.isFinite(labelValuePair.value)) {
			throw new TypeError(
				`Value is not a valid number: ${util.format(labelValuePair.value)}`,
			);
		}

		const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
		let valueFromMap = this.hashMap[hash];
		if (!valueFromMap) {
			valueFromMap = createBaseValues(
				labelValuePair.labels,
				this.bucketValues,
				this.bucketExemplars,
			);
		}

		const b = findBound(this.upperBounds, labelValuePair.value);

		valueFromMap.sum += labelValuePair.value;
		valueFromMap.count += 1;

		if (Object.prototype.hasOwnProperty.call(valueFromMap.bucketValues, b)) {
			valueFromMap.bucketValues[b] += 1;
		}

		this.hashMap[hash] = valueFromMap;
	};
}

function createBaseValues(labels, bucketValues, bucketExemplars) {
	const result = {
		labels,
		bucketValues: { ...bucketValues },
		sum: 0,
		count: 0,
	};
	if (bucketExemplars) {
		result.bucketExemplars = { ...bucketExemplars };
	}
	return result;
}

function convertLabelsAndValues(labels, value) {
	return isObject(labels)
		? {
				labels,
				value,
			}
		: {
				value: labels,
				labels: {},
			};
}

function extractBucketValuesForExport(histogram) {
	const name = `${histogram.name}_bucket`;
	return bucketData => {
		let acc = 0;
		const buckets = histogram.upperBounds.map(upperBound => {
			acc += bucketData.bucketValues[upperBound];
			return setValuePair(
				{ le: upperBound },
				acc,
				name,
				bucketData.bucketExemplars
					? bucketData.bucketExemplars[upperBound]
					: null,
				bucketData.labels,
			);
		});
		return { buckets, data: bucketData };
	};
}

function addSumAndCountForExport(histogram) {
	return (acc, d) => {
		acc.push(...d.buckets);

		const infLabel = { le: '+Inf' };
		acc.push(
			setValuePair(
				infLabel,
				d.data.count,
				`${histogram.name}_bucket`,
				d.data.bucketExemplars ? d.data.bucketExemplars['-1'] : null,
				d.data.labels,
			),
			setValuePair(
				{},
				d.data.sum,
				`${histogram.name}_sum`,
				undefined,
				d.data.labels,
			),
			setValuePair(
				{},
				d.data.count,
				`${histogram.name}_count`,
				undefined,
				d.data.labels,
			),
		);
		return acc;
	};
}

function splayLabels(bucket) {
	const { sharedLabels, labels, ...newBucket } = bucket;
	for (const label of Object.keys(sharedLabels)) {
		labels[label] = sharedLabels[label];
	}
	newBucket.labels = labels;
	return newBucket;
}

module.exports = Histogram;


/***/ }),

/***/ 2476:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Registry = __nccwpck_require__(1627);
const { isObject } = __nccwpck_require__(9588);
const { validateMetricName, validateLabelName } = __nccwpck_require__(1539);

/**
 * @abstract
 */
class Metric {
	constructor(config, defaults = {}) {
		if (!isObject(config)) {
			throw new TypeError('constructor expected a config object');
		}
		Object.assign(
			this,
			{
				labelNames: [],
				registers: [Registry.globalRegistry],
				aggregator: 'sum',
				enableExemplars: false,
			},
			defaults,
			config,
		);
		if (!this.registers) {
			// in case config.registers is `undefined`
			this.registers = [Registry.globalRegistry];
		}
		if (!this.help) {
			throw new Error('Missing mandatory help parameter');
		}
		if (!this.name) {
			throw new Error('Missing mandatory name parameter');
		}
		if (!validateMetricName(this.name)) {
			throw new Error('Invalid metric name');
		}
		if (!validateLabelName(this.labelNames)) {
			throw new Error('Invalid label name');
		}

		if (this.collect && typeof this.collect !== 'function') {
			throw new Error('Optional "collect" parameter must be a function');
		}

		if (this.labelNames) {
			this.sortedLabelNames = [...this.labelNames].sort();
		} else {
			this.sortedLabelNames = [];
		}

		this.reset();

		for (const register of this.registers) {
			if (
				this.enableExemplars &&
				register.contentType === Registry.PROMETHEUS_CONTENT_TYPE
			) {
				throw new TypeError(
					'Exemplars are supported only on OpenMetrics registries',
				);
			}
			register.registerMetric(this);
		}
	}

	reset() {
		/* abstract */
	}
}

module.exports = { Metric };


/***/ }),

/***/ 5924:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const { Grouper, hashObject } = __nccwpck_require__(9588);

/**
 * Returns a new function that applies the `aggregatorFn` to the values.
 * @param {Function} aggregatorFn function to apply to values.
 * @return {Function} aggregator function
 */
function AggregatorFactory(aggregatorFn) {
	return metrics => {
		if (metrics.length === 0) return;
		const result = {
			help: metrics[0].help,
			name: metrics[0].name,
			type: metrics[0].type,
			values: [],
			aggregator: metrics[0].aggregator,
		};
		// Gather metrics by metricName and labels.
		const byLabels = new Grouper();
		metrics.forEach(metric => {
			metric.values.forEach(value => {
				const key = hashObject(value.labels);
				byLabels.add(`${value.metricName}_${key}`, value);
			});
		});
		// Apply aggregator function to gathered metrics.
		byLabels.forEach(values => {
			if (values.length === 0) return;
			const valObj = {
				value: aggregatorFn(values),
				labels: values[0].labels,
			};
			if (values[0].metricName) {
				valObj.metricName = values[0].metricName;
			}
			// NB: Timestamps are omitted.
			result.values.push(valObj);
		});
		return result;
	};
}
// Export for users to define their own aggregation methods.
exports.AggregatorFactory = AggregatorFactory;

/**
 * Functions that can be used to aggregate metrics from multiple registries.
 */
exports.aggregators = {
	/**
	 * @return The sum of values.
	 */
	sum: AggregatorFactory(v => v.reduce((p, c) => p + c.value, 0)),
	/**
	 * @return The first value.
	 */
	first: AggregatorFactory(v => v[0].value),
	/**
	 * @return {undefined} Undefined; omits the metric.
	 */
	omit: () => {},
	/**
	 * @return The arithmetic mean of the values.
	 */
	average: AggregatorFactory(
		v => v.reduce((p, c) => p + c.value, 0) / v.length,
	),
	/**
	 * @return The minimum of the values.
	 */
	min: AggregatorFactory(v =>
		v.reduce((p, c) => Math.min(p, c.value), Infinity),
	),
	/**
	 * @return The maximum of the values.
	 */
	max: AggregatorFactory(v =>
		v.reduce((p, c) => Math.max(p, c.value), -Infinity),
	),
};


/***/ }),

/***/ 4460:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);

// Check if perf_hooks module is available
let perf_hooks;
try {
	perf_hooks = __nccwpck_require__(2987);
} catch {
	// node version is too old
}

// Reported always.
const NODEJS_EVENTLOOP_LAG = 'nodejs_eventloop_lag_seconds';

// Reported only when perf_hooks is available.
const NODEJS_EVENTLOOP_LAG_MIN = 'nodejs_eventloop_lag_min_seconds';
const NODEJS_EVENTLOOP_LAG_MAX = 'nodejs_eventloop_lag_max_seconds';
const NODEJS_EVENTLOOP_LAG_MEAN = 'nodejs_eventloop_lag_mean_seconds';
const NODEJS_EVENTLOOP_LAG_STDDEV = 'nodejs_eventloop_lag_stddev_seconds';
const NODEJS_EVENTLOOP_LAG_P50 = 'nodejs_eventloop_lag_p50_seconds';
const NODEJS_EVENTLOOP_LAG_P90 = 'nodejs_eventloop_lag_p90_seconds';
const NODEJS_EVENTLOOP_LAG_P99 = 'nodejs_eventloop_lag_p99_seconds';

function reportEventloopLag(start, gauge, labels) {
	const delta = process.hrtime(start);
	const nanosec = delta[0] * 1e9 + delta[1];
	const seconds = nanosec / 1e9;

	gauge.set(labels, seconds);
}

module.exports = (registry, config = {}) => {
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);
	const registers = registry ? [registry] : undefined;

	let collect = () => {
		const start = process.hrtime();
		setImmediate(reportEventloopLag, start, lag, labels);
	};

	if (perf_hooks && perf_hooks.monitorEventLoopDelay) {
		try {
			const histogram = perf_hooks.monitorEventLoopDelay({
				resolution: config.eventLoopMonitoringPrecision,
			});
			histogram.enable();

			collect = () => {
				const start = process.hrtime();
				setImmediate(reportEventloopLag, start, lag, labels);

				lagMin.set(labels, histogram.min / 1e9);
				lagMax.set(labels, histogram.max / 1e9);
				lagMean.set(labels, histogram.mean / 1e9);
				lagStddev.set(labels, histogram.stddev / 1e9);
				lagP50.set(labels, histogram.percentile(50) / 1e9);
				lagP90.set(labels, histogram.percentile(90) / 1e9);
				lagP99.set(labels, histogram.percentile(99) / 1e9);

				histogram.reset();
			};
		} catch (e) {
			if (e.code === 'ERR_NOT_IMPLEMENTED') {
				return; // Bun
			}

			throw e;
		}
	}

	const lag = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG,
		help: 'Lag of event loop in seconds.',
		registers,
		labelNames,
		aggregator: 'average',
		// Use this one metric's `collect` to set all metrics' values.
		collect,
	});
	const lagMin = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_MIN,
		help: 'The minimum recorded event loop delay.',
		registers,
		labelNames,
		aggregator: 'min',
	});
	const lagMax = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_MAX,
		help: 'The maximum recorded event loop delay.',
		registers,
		labelNames,
		aggregator: 'max',
	});
	const lagMean = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_MEAN,
		help: 'The mean of the recorded event loop delays.',
		registers,
		labelNames,
		aggregator: 'average',
	});
	const lagStddev = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_STDDEV,
		help: 'The standard deviation of the recorded event loop delays.',
		registers,
		labelNames,
		aggregator: 'average',
	});
	const lagP50 = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_P50,
		help: 'The 50th percentile of the recorded event loop delays.',
		registers,
		labelNames,
		aggregator: 'average',
	});
	const lagP90 = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_P90,
		help: 'The 90th percentile of the recorded event loop delays.',
		registers,
		labelNames,
		aggregator: 'average',
	});
	const lagP99 = new Gauge({
		name: namePrefix + NODEJS_EVENTLOOP_LAG_P99,
		help: 'The 99th percentile of the recorded event loop delays.',
		registers,
		labelNames,
		aggregator: 'average',
	});
};

module.exports.metricNames = [
	NODEJS_EVENTLOOP_LAG,
	NODEJS_EVENTLOOP_LAG_MIN,
	NODEJS_EVENTLOOP_LAG_MAX,
	NODEJS_EVENTLOOP_LAG_MEAN,
	NODEJS_EVENTLOOP_LAG_STDDEV,
	NODEJS_EVENTLOOP_LAG_P50,
	NODEJS_EVENTLOOP_LAG_P90,
	NODEJS_EVENTLOOP_LAG_P99,
];


/***/ }),

/***/ 9336:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const Histogram = __nccwpck_require__(5416);

let perf_hooks;

try {
	// eslint-disable-next-line
	perf_hooks = __nccwpck_require__(2987);
} catch {
	// node version is too old
}

const NODEJS_GC_DURATION_SECONDS = 'nodejs_gc_duration_seconds';
const DEFAULT_GC_DURATION_BUCKETS = [0.001, 0.01, 0.1, 1, 2, 5];

const kinds = [];

if (perf_hooks && perf_hooks.constants) {
	kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MAJOR] = 'major';
	kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_MINOR] = 'minor';
	kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_INCREMENTAL] = 'incremental';
	kinds[perf_hooks.constants.NODE_PERFORMANCE_GC_WEAKCB] = 'weakcb';
}

module.exports = (registry, config = {}) => {
	if (!perf_hooks) {
		return;
	}

	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);
	const buckets = config.gcDurationBuckets
		? config.gcDurationBuckets
		: DEFAULT_GC_DURATION_BUCKETS;
	const gcHistogram = new Histogram({
		name: namePrefix + NODEJS_GC_DURATION_SECONDS,
		help: 'Garbage collection duration by kind, one of major, minor, incremental or weakcb.',
		labelNames: ['kind', ...labelNames],
		enableExemplars: false,
		buckets,
		registers: registry ? [registry] : undefined,
	});

	const obs = new perf_hooks.PerformanceObserver(list => {
		const entry = list.getEntries()[0];
		// Node < 16 uses entry.kind
		// Node >= 16 uses entry.detail.kind
		// See: https://nodejs.org/docs/latest-v16.x/api/deprecations.html#deprecations_dep0152_extension_performanceentry_properties
		const kind = entry.detail ? kinds[entry.detail.kind] : kinds[entry.kind];
		// Convert duration from milliseconds to seconds
		gcHistogram.observe(Object.assign({ kind }, labels), entry.duration / 1000);
	});

	obs.observe({ entryTypes: ['gc'] });
};

module.exports.metricNames = [NODEJS_GC_DURATION_SECONDS];


/***/ }),

/***/ 2365:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const safeMemoryUsage = __nccwpck_require__(1315);

const NODEJS_HEAP_SIZE_TOTAL = 'nodejs_heap_size_total_bytes';
const NODEJS_HEAP_SIZE_USED = 'nodejs_heap_size_used_bytes';
const NODEJS_EXTERNAL_MEMORY = 'nodejs_external_memory_bytes';

module.exports = (registry, config = {}) => {
	if (typeof process.memoryUsage !== 'function') {
		return;
	}
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	const registers = registry ? [registry] : undefined;
	const namePrefix = config.prefix ? config.prefix : '';
	const collect = () => {
		const memUsage = safeMemoryUsage();
		if (memUsage) {
			heapSizeTotal.set(labels, memUsage.heapTotal);
			heapSizeUsed.set(labels, memUsage.heapUsed);
			if (memUsage.external !== undefined) {
				externalMemUsed.set(labels, memUsage.external);
			}
		}
	};

	const heapSizeTotal = new Gauge({
		name: namePrefix + NODEJS_HEAP_SIZE_TOTAL,
		help: 'Process heap size from Node.js in bytes.',
		registers,
		labelNames,
		// Use this one metric's `collect` to set all metrics' values.
		collect,
	});
	const heapSizeUsed = new Gauge({
		name: namePrefix + NODEJS_HEAP_SIZE_USED,
		help: 'Process heap size used from Node.js in bytes.',
		registers,
		labelNames,
	});
	const externalMemUsed = new Gauge({
		name: namePrefix + NODEJS_EXTERNAL_MEMORY,
		help: 'Node.js external memory size in bytes.',
		registers,
		labelNames,
	});
};

module.exports.metricNames = [
	NODEJS_HEAP_SIZE_TOTAL,
	NODEJS_HEAP_SIZE_USED,
	NODEJS_EXTERNAL_MEMORY,
];


/***/ }),

/***/ 3844:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const v8 = __nccwpck_require__(1493);

const METRICS = ['total', 'used', 'available'];
const NODEJS_HEAP_SIZE = {};

METRICS.forEach(metricType => {
	NODEJS_HEAP_SIZE[metricType] = `nodejs_heap_space_size_${metricType}_bytes`;
});

module.exports = (registry, config = {}) => {
	try {
		v8.getHeapSpaceStatistics();
	} catch (e) {
		if (e.code === 'ERR_NOT_IMPLEMENTED') {
			return; // Bun
		}
		throw e;
	}
	const registers = registry ? [registry] : undefined;
	const namePrefix = config.prefix ? config.prefix : '';

	const labels = config.labels ? config.labels : {};
	const labelNames = ['space', ...Object.keys(labels)];

	const gauges = {};

	METRICS.forEach(metricType => {
		gauges[metricType] = new Gauge({
			name: namePrefix + NODEJS_HEAP_SIZE[metricType],
			help: `Process heap space size ${metricType} from Node.js in bytes.`,
			labelNames,
			registers,
		});
	});

	// Use this one metric's `collect` to set all metrics' values.
	gauges.total.collect = () => {
		for (const space of v8.getHeapSpaceStatistics()) {
			const spaceName = space.space_name.substr(
				0,
				space.space_name.indexOf('_space'),
			);

			gauges.total.set({ space: spaceName, ...labels }, space.space_size);
			gauges.used.set({ space: spaceName, ...labels }, space.space_used_size);
			gauges.available.set(
				{ space: spaceName, ...labels },
				space.space_available_size,
			);
		}
	};
};

module.exports.metricNames = Object.values(NODEJS_HEAP_SIZE);


/***/ }),

/***/ 7965:
/***/ ((module) => {



function aggregateByObjectName(list) {
	const data = {};

	for (let i = 0; i < list.length; i++) {
		const listElement = list[i];

		if (!listElement || typeof listElement.constructor === 'undefined') {
			continue;
		}

		if (Object.hasOwnProperty.call(data, listElement.constructor.name)) {
			data[listElement.constructor.name] += 1;
		} else {
			data[listElement.constructor.name] = 1;
		}
	}
	return data;
}

function updateMetrics(gauge, data, labels) {
	gauge.reset();
	for (const key in data) {
		gauge.set(Object.assign({ type: key }, labels || {}), data[key]);
	}
}

module.exports = {
	aggregateByObjectName,
	updateMetrics,
};


/***/ }),

/***/ 1315:
/***/ ((module) => {



// process.memoryUsage() can throw on some platforms, see #67
function safeMemoryUsage() {
	try {
		return process.memoryUsage();
	} catch {
		return;
	}
}

module.exports = safeMemoryUsage;


/***/ }),

/***/ 3981:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const linuxVariant = __nccwpck_require__(7567);
const safeMemoryUsage = __nccwpck_require__(1315);

const PROCESS_RESIDENT_MEMORY = 'process_resident_memory_bytes';

function notLinuxVariant(registry, config = {}) {
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + PROCESS_RESIDENT_MEMORY,
		help: 'Resident memory size in bytes.',
		registers: registry ? [registry] : undefined,
		labelNames,
		collect() {
			const memUsage = safeMemoryUsage();

			// I don't think the other things returned from `process.memoryUsage()` is relevant to a standard export
			if (memUsage) {
				this.set(labels, memUsage.rss);
			}
		},
	});
}

module.exports = (registry, config) =>
	process.platform === 'linux'
		? linuxVariant(registry, config)
		: notLinuxVariant(registry, config);

module.exports.metricNames =
	process.platform === 'linux'
		? linuxVariant.metricNames
		: [PROCESS_RESIDENT_MEMORY];


/***/ }),

/***/ 7567:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const fs = __nccwpck_require__(9896);

const values = ['VmSize', 'VmRSS', 'VmData'];

const PROCESS_RESIDENT_MEMORY = 'process_resident_memory_bytes';
const PROCESS_VIRTUAL_MEMORY = 'process_virtual_memory_bytes';
const PROCESS_HEAP = 'process_heap_bytes';

function structureOutput(input) {
	return input.split('\n').reduce((acc, string) => {
		if (!values.some(value => string.startsWith(value))) {
			return acc;
		}

		const split = string.split(':');

		// Get the value
		let value = split[1].trim();
		// Remove trailing ` kb`
		value = value.substr(0, value.length - 3);
		// Make it into a number in bytes bytes
		value = Number(value) * 1024;

		acc[split[0]] = value;

		return acc;
	}, {});
}

module.exports = (registry, config = {}) => {
	const registers = registry ? [registry] : undefined;
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	const residentMemGauge = new Gauge({
		name: namePrefix + PROCESS_RESIDENT_MEMORY,
		help: 'Resident memory size in bytes.',
		registers,
		labelNames,
		// Use this one metric's `collect` to set all metrics' values.
		collect() {
			try {
				// Sync I/O is often problematic, but /proc isn't really I/O, it
				// a virtual filesystem that maps directly to in-kernel data
				// structures and never blocks.
				//
				// Node.js/libuv do this already for process.memoryUsage(), see:
				// - https://github.com/libuv/libuv/blob/a629688008694ed8022269e66826d4d6ec688b83/src/unix/linux-core.c#L506-L523
				const stat = fs.readFileSync('/proc/self/status', 'utf8');
				const structuredOutput = structureOutput(stat);

				residentMemGauge.set(labels, structuredOutput.VmRSS);
				virtualMemGauge.set(labels, structuredOutput.VmSize);
				heapSizeMemGauge.set(labels, structuredOutput.VmData);
			} catch {
				// noop
			}
		},
	});
	const virtualMemGauge = new Gauge({
		name: namePrefix + PROCESS_VIRTUAL_MEMORY,
		help: 'Virtual memory size in bytes.',
		registers,
		labelNames,
	});
	const heapSizeMemGauge = new Gauge({
		name: namePrefix + PROCESS_HEAP,
		help: 'Process heap size in bytes.',
		registers,
		labelNames,
	});
};

module.exports.metricNames = [
	PROCESS_RESIDENT_MEMORY,
	PROCESS_VIRTUAL_MEMORY,
	PROCESS_HEAP,
];


/***/ }),

/***/ 8293:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const OtelApi = __nccwpck_require__(1408);
const Counter = __nccwpck_require__(8606);

const PROCESS_CPU_USER_SECONDS = 'process_cpu_user_seconds_total';
const PROCESS_CPU_SYSTEM_SECONDS = 'process_cpu_system_seconds_total';
const PROCESS_CPU_SECONDS = 'process_cpu_seconds_total';

module.exports = (registry, config = {}) => {
	const registers = registry ? [registry] : undefined;
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const exemplars = config.enableExemplars ? config.enableExemplars : false;
	const labelNames = Object.keys(labels);

	let lastCpuUsage = process.cpuUsage();

	const cpuUserUsageCounter = new Counter({
		name: namePrefix + PROCESS_CPU_USER_SECONDS,
		help: 'Total user CPU time spent in seconds.',
		enableExemplars: exemplars,
		registers,
		labelNames,
		// Use this one metric's `collect` to set all metrics' values.
		collect() {
			const cpuUsage = process.cpuUsage();

			const userUsageMicros = cpuUsage.user - lastCpuUsage.user;
			const systemUsageMicros = cpuUsage.system - lastCpuUsage.system;

			lastCpuUsage = cpuUsage;

			if (this.enableExemplars) {
				let exemplarLabels = {};
				const currentSpan = OtelApi.trace.getSpan(OtelApi.context.active());
				if (currentSpan) {
					exemplarLabels = {
						traceId: currentSpan.spanContext().traceId,
						spanId: currentSpan.spanContext().spanId,
					};
				}
				cpuUserUsageCounter.inc({
					labels,
					value: userUsageMicros / 1e6,
					exemplarLabels,
				});
				cpuSystemUsageCounter.inc({
					labels,
					value: systemUsageMicros / 1e6,
					exemplarLabels,
				});
				cpuUsageCounter.inc({
					labels,
					value: (userUsageMicros + systemUsageMicros) / 1e6,
					exemplarLabels,
				});
			} else {
				cpuUserUsageCounter.inc(labels, userUsageMicros / 1e6);
				cpuSystemUsageCounter.inc(labels, systemUsageMicros / 1e6);
				cpuUsageCounter.inc(
					labels,
					(userUsageMicros + systemUsageMicros) / 1e6,
				);
			}
		},
	});
	const cpuSystemUsageCounter = new Counter({
		name: namePrefix + PROCESS_CPU_SYSTEM_SECONDS,
		help: 'Total system CPU time spent in seconds.',
		enableExemplars: exemplars,
		registers,
		labelNames,
	});
	const cpuUsageCounter = new Counter({
		name: namePrefix + PROCESS_CPU_SECONDS,
		help: 'Total user and system CPU time spent in seconds.',
		enableExemplars: exemplars,
		registers,
		labelNames,
	});
};

module.exports.metricNames = [
	PROCESS_CPU_USER_SECONDS,
	PROCESS_CPU_SYSTEM_SECONDS,
	PROCESS_CPU_SECONDS,
];


/***/ }),

/***/ 5490:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { aggregateByObjectName } = __nccwpck_require__(7965);
const { updateMetrics } = __nccwpck_require__(7965);
const Gauge = __nccwpck_require__(7173);

const NODEJS_ACTIVE_HANDLES = 'nodejs_active_handles';
const NODEJS_ACTIVE_HANDLES_TOTAL = 'nodejs_active_handles_total';

module.exports = (registry, config = {}) => {
	// Don't do anything if the function is removed in later nodes (exists in node@6-12...)
	if (typeof process._getActiveHandles !== 'function') {
		return;
	}

	const registers = registry ? [registry] : undefined;
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_HANDLES,
		help: 'Number of active libuv handles grouped by handle type. Every handle type is C++ class name.',
		labelNames: ['type', ...labelNames],
		registers,
		collect() {
			const handles = process._getActiveHandles();
			updateMetrics(this, aggregateByObjectName(handles), labels);
		},
	});
	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_HANDLES_TOTAL,
		help: 'Total number of active handles.',
		registers,
		labelNames,
		collect() {
			const handles = process._getActiveHandles();
			this.set(labels, handles.length);
		},
	});
};

module.exports.metricNames = [
	NODEJS_ACTIVE_HANDLES,
	NODEJS_ACTIVE_HANDLES_TOTAL,
];


/***/ }),

/***/ 9655:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const fs = __nccwpck_require__(9896);

const PROCESS_MAX_FDS = 'process_max_fds';

let maxFds;

module.exports = (registry, config = {}) => {
	if (maxFds === undefined) {
		// This will fail if a linux-like procfs is not available.
		try {
			const limits = fs.readFileSync('/proc/self/limits', 'utf8');
			const lines = limits.split('\n');
			for (const line of lines) {
				if (line.startsWith('Max open files')) {
					const parts = line.split(/  +/);
					maxFds = Number(parts[1]);
					break;
				}
			}
		} catch {
			return;
		}
	}

	if (maxFds === undefined) return;

	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + PROCESS_MAX_FDS,
		help: 'Maximum number of open file descriptors.',
		registers: registry ? [registry] : undefined,
		labelNames,
		collect() {
			if (maxFds !== undefined) this.set(labels, maxFds);
		},
	});
};

module.exports.metricNames = [PROCESS_MAX_FDS];


/***/ }),

/***/ 5217:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const fs = __nccwpck_require__(9896);
const process = __nccwpck_require__(932);

const PROCESS_OPEN_FDS = 'process_open_fds';

module.exports = (registry, config = {}) => {
	if (process.platform !== 'linux') {
		return;
	}

	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + PROCESS_OPEN_FDS,
		help: 'Number of open file descriptors.',
		registers: registry ? [registry] : undefined,
		labelNames,
		collect() {
			try {
				const fds = fs.readdirSync('/proc/self/fd');
				// Minus 1 to not count the fd that was used by readdirSync(),
				// it's now closed.
				this.set(labels, fds.length - 1);
			} catch {
				// noop
			}
		},
	});
};

module.exports.metricNames = [PROCESS_OPEN_FDS];


/***/ }),

/***/ 7439:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const Gauge = __nccwpck_require__(7173);
const { aggregateByObjectName } = __nccwpck_require__(7965);
const { updateMetrics } = __nccwpck_require__(7965);

const NODEJS_ACTIVE_REQUESTS = 'nodejs_active_requests';
const NODEJS_ACTIVE_REQUESTS_TOTAL = 'nodejs_active_requests_total';

module.exports = (registry, config = {}) => {
	// Don't do anything if the function is removed in later nodes (exists in node@6)
	if (typeof process._getActiveRequests !== 'function') {
		return;
	}

	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_REQUESTS,
		help: 'Number of active libuv requests grouped by request type. Every request type is C++ class name.',
		labelNames: ['type', ...labelNames],
		registers: registry ? [registry] : undefined,
		collect() {
			const requests = process._getActiveRequests();
			updateMetrics(this, aggregateByObjectName(requests), labels);
		},
	});

	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_REQUESTS_TOTAL,
		help: 'Total number of active requests.',
		registers: registry ? [registry] : undefined,
		labelNames,
		collect() {
			const requests = process._getActiveRequests();
			this.set(labels, requests.length);
		},
	});
};

module.exports.metricNames = [
	NODEJS_ACTIVE_REQUESTS,
	NODEJS_ACTIVE_REQUESTS_TOTAL,
];


/***/ }),

/***/ 884:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


const Gauge = __nccwpck_require__(7173);
const { updateMetrics } = __nccwpck_require__(7965);

const NODEJS_ACTIVE_RESOURCES = 'nodejs_active_resources';
const NODEJS_ACTIVE_RESOURCES_TOTAL = 'nodejs_active_resources_total';

module.exports = (registry, config = {}) => {
	// Don't do anything if the function does not exist in previous nodes (exists in node@17.3.0)
	if (typeof process.getActiveResourcesInfo !== 'function') {
		return;
	}

	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_RESOURCES,
		help: 'Number of active resources that are currently keeping the event loop alive, grouped by async resource type.',
		labelNames: ['type', ...labelNames],
		registers: registry ? [registry] : undefined,
		collect() {
			const resources = process.getActiveResourcesInfo();

			const data = {};

			for (let i = 0; i < resources.length; i++) {
				const resource = resources[i];

				if (Object.hasOwn(data, resource)) {
					data[resource] += 1;
				} else {
					data[resource] = 1;
				}
			}

			updateMetrics(this, data, labels);
		},
	});

	new Gauge({
		name: namePrefix + NODEJS_ACTIVE_RESOURCES_TOTAL,
		help: 'Total number of active resources.',
		registers: registry ? [registry] : undefined,
		labelNames,
		collect() {
			const resources = process.getActiveResourcesInfo();
			this.set(labels, resources.length);
		},
	});
};

module.exports.metricNames = [
	NODEJS_ACTIVE_RESOURCES,
	NODEJS_ACTIVE_RESOURCES_TOTAL,
];


/***/ }),

/***/ 8228:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const startInSeconds = Math.round(Date.now() / 1000 - process.uptime());

const PROCESS_START_TIME = 'process_start_time_seconds';

module.exports = (registry, config = {}) => {
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + PROCESS_START_TIME,
		help: 'Start time of the process since unix epoch in seconds.',
		registers: registry ? [registry] : undefined,
		labelNames,
		aggregator: 'omit',
		collect() {
			this.set(labels, startInSeconds);
		},
	});
};

module.exports.metricNames = [PROCESS_START_TIME];


/***/ }),

/***/ 3344:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Gauge = __nccwpck_require__(7173);
const version = process.version;
const versionSegments = version.slice(1).split('.').map(Number);

const NODE_VERSION_INFO = 'nodejs_version_info';

module.exports = (registry, config = {}) => {
	const namePrefix = config.prefix ? config.prefix : '';
	const labels = config.labels ? config.labels : {};
	const labelNames = Object.keys(labels);

	new Gauge({
		name: namePrefix + NODE_VERSION_INFO,
		help: 'Node.js version info.',
		labelNames: ['version', 'major', 'minor', 'patch', ...labelNames],
		registers: registry ? [registry] : undefined,
		aggregator: 'first',
		collect() {
			// Needs to be in collect() so value is present even if reg is reset
			this.labels(
				version,
				versionSegments[0],
				versionSegments[1],
				versionSegments[2],
				...Object.values(labels),
			).set(1);
		},
	});
};

module.exports.metricNames = [NODE_VERSION_INFO];


/***/ }),

/***/ 7524:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const url = __nccwpck_require__(7016);
const http = __nccwpck_require__(8611);
const https = __nccwpck_require__(5692);
const { gzipSync } = __nccwpck_require__(3106);
const { globalRegistry } = __nccwpck_require__(1627);

class Pushgateway {
	constructor(gatewayUrl, options, registry) {
		if (!registry) {
			registry = globalRegistry;
		}
		this.registry = registry;
		this.gatewayUrl = gatewayUrl;
		const { requireJobName, ...requestOptions } = {
			requireJobName: true,
			...options,
		};
		this.requireJobName = requireJobName;
		this.requestOptions = requestOptions;
	}

	pushAdd(params = {}) {
		if (this.requireJobName && !params.jobName) {
			throw new Error('Missing jobName parameter');
		}

		return useGateway.call(this, 'POST', params.jobName, params.groupings);
	}

	push(params = {}) {
		if (this.requireJobName && !params.jobName) {
			throw new Error('Missing jobName parameter');
		}

		return useGateway.call(this, 'PUT', params.jobName, params.groupings);
	}

	delete(params = {}) {
		if (this.requireJobName && !params.jobName) {
			throw new Error('Missing jobName parameter');
		}

		return useGateway.call(this, 'DELETE', params.jobName, params.groupings);
	}
}
async function useGateway(method, job, groupings) {
	// `URL` first added in v6.13.0
	// eslint-disable-next-line n/no-deprecated-api
	const gatewayUrlParsed = url.parse(this.gatewayUrl);
	const gatewayUrlPath =
		gatewayUrlParsed.pathname && gatewayUrlParsed.pathname !== '/'
			? gatewayUrlParsed.pathname
			: '';
	const jobPath = job
		? `/job/${encodeURIComponent(job)}${generateGroupings(groupings)}`
		: '';
	const path = `${gatewayUrlPath}/metrics${jobPath}`;

	// eslint-disable-next-line n/no-deprecated-api
	const target = url.resolve(this.gatewayUrl, path);
	// eslint-disable-next-line n/no-deprecated-api
	const requestParams = url.parse(target);
	const httpModule = isHttps(requestParams.href) ? https : http;
	const options = Object.assign(requestParams, this.requestOptions, {
		method,
	});

	return new Promise((resolve, reject) => {
		if (method === 'DELETE' && options.headers) {
			delete options.headers['Content-Encoding'];
		}
		const req = httpModule.request(options, resp => {
			let body = '';
			resp.setEncoding('utf8');
			resp.on('data', chunk => {
				body += chunk;
			});
			resp.on('end', () => {
				if (resp.statusCode >= 400) {
					reject(
						new Error(`push failed with status ${resp.statusCode}, ${body}`),
					);
				} else {
					resolve({ resp, body });
				}
			});
		});
		req.on('error', err => {
			reject(err);
		});

		req.on('timeout', () => {
			req.destroy(new Error('Pushgateway request timed out'));
		});

		if (method !== 'DELETE') {
			this.registry
				.metrics()
				.then(metrics => {
					if (
						options.headers &&
						options.headers['Content-Encoding'] === 'gzip'
					) {
						metrics = gzipSync(metrics);
					}
					req.write(metrics);
					req.end();
				})
				.catch(err => {
					reject(err);
				});
		} else {
			req.end();
		}
	});
}

function generateGroupings(groupings) {
	if (!groupings) {
		return '';
	}
	return Object.keys(groupings)
		.map(
			key =>
				`/${encodeURIComponent(key)}/${encodeURIComponent(groupings[key])}`,
		)
		.join('');
}

function isHttps(href) {
	return href.search(/^https/) !== -1;
}

module.exports = Pushgateway;


/***/ }),

/***/ 1627:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { getValueAsString } = __nccwpck_require__(9588);

class Registry {
	static get PROMETHEUS_CONTENT_TYPE() {
		return 'text/plain; version=0.0.4; charset=utf-8';
	}

	static get OPENMETRICS_CONTENT_TYPE() {
		return 'application/openmetrics-text; version=1.0.0; charset=utf-8';
	}

	constructor(regContentType = Registry.PROMETHEUS_CONTENT_TYPE) {
		this._metrics = {};
		this._collectors = [];
		this._defaultLabels = {};
		if (
			regContentType !== Registry.PROMETHEUS_CONTENT_TYPE &&
			regContentType !== Registry.OPENMETRICS_CONTENT_TYPE
		) {
			throw new TypeError(`Content type ${regContentType} is unsupported`);
		}
		this._contentType = regContentType;
	}

	getMetricsAsArray() {
		return Object.values(this._metrics);
	}

	async getMetricsAsString(metrics) {
		const metric =
			typeof metrics.getForPromString === 'function'
				? await metrics.getForPromString()
				: await metrics.get();

		const name = escapeString(metric.name);
		const help = `# HELP ${name} ${escapeString(metric.help)}`;
		const type = `# TYPE ${name} ${metric.type}`;
		const values = [help, type];

		const defaultLabels =
			Object.keys(this._defaultLabels).length > 0 ? this._defaultLabels : null;

		const isOpenMetrics =
			this.contentType === Registry.OPENMETRICS_CONTENT_TYPE;

		for (const val of metric.values || []) {
			let { metricName = name, labels = {} } = val;
			const { sharedLabels = {} } = val;
			if (isOpenMetrics && metric.type === 'counter') {
				metricName = `${metricName}_total`;
			}

			if (defaultLabels) {
				labels = { ...labels, ...defaultLabels, ...labels };
			}

			// We have to flatten these separately to avoid duplicate labels appearing
			// between the base labels and the shared labels
			const formattedLabels = formatLabels(labels, sharedLabels);

			const flattenedShared = flattenSharedLabels(sharedLabels);
			const labelParts = [...formattedLabels, flattenedShared].filter(Boolean);
			const labelsString = labelParts.length ? `{${labelParts.join(',')}}` : '';
			let fullMetricLine = `${metricName}${labelsString} ${getValueAsString(
				val.value,
			)}`;

			const { exemplar } = val;
			if (exemplar && isOpenMetrics) {
				const formattedExemplars = formatLabels(exemplar.labelSet);
				fullMetricLine += ` # {${formattedExemplars.join(
					',',
				)}} ${getValueAsString(exemplar.value)} ${exemplar.timestamp}`;
			}
			values.push(fullMetricLine);
		}

		return values.join('\n');
	}

	async metrics() {
		const isOpenMetrics =
			this.contentType === Registry.OPENMETRICS_CONTENT_TYPE;

		const promises = this.getMetricsAsArray().map(metric => {
			if (isOpenMetrics && metric.type === 'counter') {
				metric.name = standardizeCounterName(metric.name);
			}
			return this.getMetricsAsString(metric);
		});

		const resolves = await Promise.all(promises);

		return isOpenMetrics
			? `${resolves.join('\n')}\n# EOF\n`
			: `${resolves.join('\n\n')}\n`;
	}

	registerMetric(metric) {
		if (this._metrics[metric.name] && this._metrics[metric.name] !== metric) {
			throw new Error(
				`A metric with the name ${metric.name} has already been registered.`,
			);
		}

		this._metrics[metric.name] = metric;
	}

	clear() {
		this._metrics = {};
		this._defaultLabels = {};
	}

	async getMetricsAsJSON() {
		const metrics = [];
		const defaultLabelNames = Object.keys(this._defaultLabels);

		const promises = [];

		for (const metric of this.getMetricsAsArray()) {
			promises.push(metric.get());
		}

		const resolves = await Promise.all(promises);

		for (const item of resolves) {
			if (item.values && defaultLabelNames.length > 0) {
				for (const val of item.values) {
					// Make a copy before mutating
					val.labels = Object.assign({}, val.labels);

					for (const labelName of defaultLabelNames) {
						val.labels[labelName] =
							val.labels[labelName] || this._defaultLabels[labelName];
					}
				}
			}

			metrics.push(item);
		}

		return metrics;
	}

	removeSingleMetric(name) {
		delete this._metrics[name];
	}

	getSingleMetricAsString(name) {
		return this.getMetricsAsString(this._metrics[name]);
	}

	getSingleMetric(name) {
		return this._metrics[name];
	}

	setDefaultLabels(labels) {
		this._defaultLabels = labels;
	}

	resetMetrics() {
		for (const metric in this._metrics) {
			this._metrics[metric].reset();
		}
	}

	get contentType() {
		return this._contentType;
	}

	setContentType(metricsContentType) {
		if (
			metricsContentType === Registry.OPENMETRICS_CONTENT_TYPE ||
			metricsContentType === Registry.PROMETHEUS_CONTENT_TYPE
		) {
			this._contentType = metricsContentType;
		} else {
			throw new Error(`Content type ${metricsContentType} is unsupported`);
		}
	}

	static merge(registers) {
		const regType = registers[0].contentType;
		for (const reg of registers) {
			if (reg.contentType !== regType) {
				throw new Error(
					'Registers can only be merged if they have the same content type',
				);
			}
		}
		const mergedRegistry = new Registry(regType);

		const metricsToMerge = registers.reduce(
			(acc, reg) => acc.concat(reg.getMetricsAsArray()),
			[],
		);

		metricsToMerge.forEach(mergedRegistry.registerMetric, mergedRegistry);
		return mergedRegistry;
	}
}

function formatLabels(labels, exclude) {
	const { hasOwnProperty } = Object.prototype;
	const formatted = [];
	for (const [name, value] of Object.entries(labels)) {
		if (!exclude || !hasOwnProperty.call(exclude, name)) {
			formatted.push(`${name}="${escapeLabelValue(value)}"`);
		}
	}
	return formatted;
}

const sharedLabelCache = new WeakMap();
function flattenSharedLabels(labels) {
	const cached = sharedLabelCache.get(labels);
	if (cached) {
		return cached;
	}

	const formattedLabels = formatLabels(labels);
	const flattened = formattedLabels.join(',');
	sharedLabelCache.set(labels, flattened);
	return flattened;
}
function escapeLabelValue(str) {
	if (typeof str !== 'string') {
		return str;
	}
	return escapeString(str).replace(/"/g, '\\"');
}
function escapeString(str) {
	return str.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
function standardizeCounterName(name) {
	return name.replace(/_total$/, '');
}

module.exports = Registry;
module.exports.globalRegistry = new Registry();


/***/ }),

/***/ 5910:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Summary
 */


const util = __nccwpck_require__(9023);
const { getLabels, hashObject, removeLabels } = __nccwpck_require__(9588);
const { validateLabel } = __nccwpck_require__(1539);
const { Metric } = __nccwpck_require__(2476);
const timeWindowQuantiles = __nccwpck_require__(7639);

const DEFAULT_COMPRESS_COUNT = 1000; // every 1000 measurements

class Summary extends Metric {
	constructor(config) {
		super(config, {
			percentiles: [0.01, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999],
			compressCount: DEFAULT_COMPRESS_COUNT,
			hashMap: {},
		});

		this.type = 'summary';

		for (const label of this.labelNames) {
			if (label === 'quantile')
				throw new Error('quantile is a reserved label keyword');
		}

		if (this.labelNames.length === 0) {
			this.hashMap = {
				[hashObject({})]: {
					labels: {},
					td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
					count: 0,
					sum: 0,
				},
			};
		}
	}

	/**
	 * Observe a value
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @param {Number} value - Value to observe
	 * @returns {void}
	 */
	observe(labels, value) {
		observe.call(this, labels === 0 ? 0 : labels || {})(value);
	}

	async get() {
		if (this.collect) {
			const v = this.collect();
			if (v instanceof Promise) await v;
		}
		const hashKeys = Object.keys(this.hashMap);
		const values = [];

		hashKeys.forEach(hashKey => {
			const s = this.hashMap[hashKey];
			if (s) {
				if (this.pruneAgedBuckets && s.td.size() === 0) {
					delete this.hashMap[hashKey];
				} else {
					extractSummariesForExport(s, this.percentiles).forEach(v => {
						values.push(v);
					});
					values.push(getSumForExport(s, this));
					values.push(getCountForExport(s, this));
				}
			}
		});

		return {
			name: this.name,
			help: this.help,
			type: this.type,
			values,
			aggregator: this.aggregator,
		};
	}

	reset() {
		const data = Object.values(this.hashMap);
		data.forEach(s => {
			s.td.reset();
			s.count = 0;
			s.sum = 0;
		});
	}

	/**
	 * Start a timer that could be used to logging durations
	 * @param {object} labels - Object with labels where key is the label key and value is label value. Can only be one level deep
	 * @returns {function} - Function to invoke when you want to stop the timer and observe the duration in seconds
	 * @example
	 * var end = summary.startTimer();
	 * makeExpensiveXHRRequest(function(err, res) {
	 *	end(); //Observe the duration of expensiveXHRRequest
	 * });
	 */
	startTimer(labels) {
		return startTimer.call(this, labels)();
	}

	labels(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		return {
			observe: observe.call(this, labels),
			startTimer: startTimer.call(this, labels),
		};
	}

	remove(...args) {
		const labels = getLabels(this.labelNames, args);
		validateLabel(this.labelNames, labels);
		removeLabels.call(this, this.hashMap, labels, this.sortedLabelNames);
	}
}

function extractSummariesForExport(summaryOfLabels, percentiles) {
	summaryOfLabels.td.compress();

	return percentiles.map(percentile => {
		const percentileValue = summaryOfLabels.td.percentile(percentile);
		return {
			labels: Object.assign({ quantile: percentile }, summaryOfLabels.labels),
			value: percentileValue ? percentileValue : 0,
		};
	});
}

function getCountForExport(value, summary) {
	return {
		metricName: `${summary.name}_count`,
		labels: value.labels,
		value: value.count,
	};
}

function getSumForExport(value, summary) {
	return {
		metricName: `${summary.name}_sum`,
		labels: value.labels,
		value: value.sum,
	};
}

function startTimer(startLabels) {
	return () => {
		const start = process.hrtime();
		return endLabels => {
			const delta = process.hrtime(start);
			const value = delta[0] + delta[1] / 1e9;
			this.observe(Object.assign({}, startLabels, endLabels), value);
			return value;
		};
	};
}

function observe(labels) {
	return value => {
		const labelValuePair = convertLabelsAndValues(labels, value);

		validateLabel(this.labelNames, labels);
		if (!Number.isFinite(labelValuePair.value)) {
			throw new TypeError(
				`Value is not a valid number: ${util.format(labelValuePair.value)}`,
			);
		}

		const hash = hashObject(labelValuePair.labels, this.sortedLabelNames);
		let summaryOfLabel = this.hashMap[hash];
		if (!summaryOfLabel) {
			summaryOfLabel = {
				labels: labelValuePair.labels,
				td: new timeWindowQuantiles(this.maxAgeSeconds, this.ageBuckets),
				count: 0,
				sum: 0,
			};
		}

		summaryOfLabel.td.push(labelValuePair.value);
		summaryOfLabel.count++;
		if (summaryOfLabel.count % this.compressCount === 0) {
			summaryOfLabel.td.compress();
		}
		summaryOfLabel.sum += labelValuePair.value;
		this.hashMap[hash] = summaryOfLabel;
	};
}

function convertLabelsAndValues(labels, value) {
	if (value === undefined) {
		return {
			value: labels,
			labels: {},
		};
	}

	return {
		labels,
		value,
	};
}

module.exports = Summary;


/***/ }),

/***/ 7639:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { TDigest } = __nccwpck_require__(3528);

class TimeWindowQuantiles {
	constructor(maxAgeSeconds, ageBuckets) {
		this.maxAgeSeconds = maxAgeSeconds || 0;
		this.ageBuckets = ageBuckets || 0;

		this.shouldRotate = maxAgeSeconds && ageBuckets;

		this.ringBuffer = Array(ageBuckets).fill(new TDigest());
		this.currentBuffer = 0;

		this.lastRotateTimestampMillis = Date.now();
		this.durationBetweenRotatesMillis =
			(maxAgeSeconds * 1000) / ageBuckets || Infinity;
	}

	size() {
		const bucket = rotate.call(this);
		return bucket.size();
	}

	percentile(quantile) {
		const bucket = rotate.call(this);
		return bucket.percentile(quantile);
	}

	push(value) {
		rotate.call(this);
		this.ringBuffer.forEach(bucket => {
			bucket.push(value);
		});
	}

	reset() {
		this.ringBuffer.forEach(bucket => {
			bucket.reset();
		});
	}

	compress() {
		this.ringBuffer.forEach(bucket => {
			bucket.compress();
		});
	}
}

function rotate() {
	let timeSinceLastRotateMillis = Date.now() - this.lastRotateTimestampMillis;
	while (
		timeSinceLastRotateMillis > this.durationBetweenRotatesMillis &&
		this.shouldRotate
	) {
		this.ringBuffer[this.currentBuffer] = new TDigest();

		if (++this.currentBuffer >= this.ringBuffer.length) {
			this.currentBuffer = 0;
		}
		timeSinceLastRotateMillis -= this.durationBetweenRotatesMillis;
		this.lastRotateTimestampMillis += this.durationBetweenRotatesMillis;
	}
	return this.ringBuffer[this.currentBuffer];
}

module.exports = TimeWindowQuantiles;


/***/ }),

/***/ 9588:
/***/ ((__unused_webpack_module, exports) => {



exports.getValueAsString = function getValueString(value) {
	if (Number.isNaN(value)) {
		return 'Nan';
	} else if (!Number.isFinite(value)) {
		if (value < 0) {
			return '-Inf';
		} else {
			return '+Inf';
		}
	} else {
		return `${value}`;
	}
};

exports.removeLabels = function removeLabels(
	hashMap,
	labels,
	sortedLabelNames,
) {
	const hash = hashObject(labels, sortedLabelNames);
	delete hashMap[hash];
};

exports.setValue = function setValue(hashMap, value, labels) {
	const hash = hashObject(labels);
	hashMap[hash] = {
		value: typeof value === 'number' ? value : 0,
		labels: labels || {},
	};
	return hashMap;
};

exports.setValueDelta = function setValueDelta(
	hashMap,
	deltaValue,
	labels,
	hash = '',
) {
	const value = typeof deltaValue === 'number' ? deltaValue : 0;
	if (hashMap[hash]) {
		hashMap[hash].value += value;
	} else {
		hashMap[hash] = { value, labels };
	}
	return hashMap;
};

exports.getLabels = function (labelNames, args) {
	if (typeof args[0] === 'object') {
		return args[0];
	}

	if (labelNames.length !== args.length) {
		throw new Error(
			`Invalid number of arguments (${args.length}): "${args.join(
				', ',
			)}" for label names (${labelNames.length}): "${labelNames.join(', ')}".`,
		);
	}

	const acc = {};
	for (let i = 0; i < labelNames.length; i++) {
		acc[labelNames[i]] = args[i];
	}
	return acc;
};

function fastHashObject(keys, labels) {
	if (keys.length === 0) {
		return '';
	}

	let hash = '';

	for (let i = 0; i < keys.length; i++) {
		const key = keys[i];
		const value = labels[key];
		if (value === undefined) continue;

		hash += `${key}:${value},`;
	}

	return hash;
}

function hashObject(labels, labelNames) {
	// We don't actually need a hash here. We just need a string that
	// is unique for each possible labels object and consistent across
	// calls with equivalent labels objects.

	if (labelNames) {
		return fastHashObject(labelNames, labels);
	}

	const keys = Object.keys(labels);
	if (keys.length > 1) {
		keys.sort(); // need consistency across calls
	}

	return fastHashObject(keys, labels);
}
exports.hashObject = hashObject;

exports.isObject = function isObject(obj) {
	return obj !== null && typeof obj === 'object';
};

exports.nowTimestamp = function nowTimestamp() {
	return Date.now() / 1000;
};

class Grouper extends Map {
	/**
	 * Adds the `value` to the `key`'s array of values.
	 * @param {*} key Key to set.
	 * @param {*} value Value to add to `key`'s array.
	 * @returns {undefined} undefined.
	 */
	add(key, value) {
		if (this.has(key)) {
			this.get(key).push(value);
		} else {
			this.set(key, [value]);
		}
	}
}

exports.Grouper = Grouper;


/***/ }),

/***/ 1539:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



const util = __nccwpck_require__(9023);

// These are from https://prometheus.io/docs/concepts/data_model/#metric-names-and-labels
const metricRegexp = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const labelRegexp = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

exports.validateMetricName = function (name) {
	return metricRegexp.test(name);
};

exports.validateLabelName = function (names = []) {
	return names.every(name => labelRegexp.test(name));
};

exports.validateLabel = function validateLabel(savedLabels, labels) {
	for (const label in labels) {
		if (!savedLabels.includes(label)) {
			throw new Error(
				`Added label "${label}" is not included in initial labelset: ${util.inspect(
					savedLabels,
				)}`,
			);
		}
	}
};


/***/ }),

/***/ 3528:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

//
// TDigest:
//
// approximate distribution percentiles from a stream of reals
//
var RBTree = (__nccwpck_require__(7750).RBTree);

function TDigest(delta, K, CX) {
    // allocate a TDigest structure.
    //
    // delta is the compression factor, the max fraction of mass that
    // can be owned by one centroid (bigger, up to 1.0, means more
    // compression). delta=false switches off TDigest behavior and treats
    // the distribution as discrete, with no merging and exact values
    // reported.
    //
    // K is a size threshold that triggers recompression as the TDigest
    // grows during input.  (Set it to 0 to disable automatic recompression)
    //
    // CX specifies how often to update cached cumulative totals used
    // for quantile estimation during ingest (see cumulate()).  Set to
    // 0 to use exact quantiles for each new point.
    //
    this.discrete = (delta === false);
    this.delta = delta || 0.01;
    this.K = (K === undefined) ? 25 : K;
    this.CX = (CX === undefined) ? 1.1 : CX;
    this.centroids = new RBTree(compare_centroid_means);
    this.nreset = 0;
    this.reset();
}

TDigest.prototype.reset = function() {
    // prepare to digest new points.
    //
    this.centroids.clear();
    this.n = 0;
    this.nreset += 1;
    this.last_cumulate = 0;
};

TDigest.prototype.size = function() {
    return this.centroids.size;
};

TDigest.prototype.toArray = function(everything) {
    // return {mean,n} of centroids as an array ordered by mean.
    //
    var result = [];
    if (everything) {
        this._cumulate(true); // be sure cumns are exact
        this.centroids.each(function(c) { result.push(c); });
    } else {
        this.centroids.each(function(c) { result.push({mean:c.mean, n:c.n}); });
    }
    return result;
};

TDigest.prototype.summary = function() {
    var approx = (this.discrete) ? "exact " : "approximating ";
    var s = [approx + this.n + " samples using " + this.size() + " centroids",
             "min = "+this.percentile(0),
             "Q1  = "+this.percentile(0.25),
             "Q2  = "+this.percentile(0.5),
             "Q3  = "+this.percentile(0.75),
             "max = "+this.percentile(1.0)];
    return s.join('\n');
};

function compare_centroid_means(a, b) {
    // order two centroids by mean.
    //
    return (a.mean > b.mean) ? 1 : (a.mean < b.mean) ? -1 : 0;
}

function compare_centroid_mean_cumns(a, b) {
    // order two centroids by mean_cumn.
    //
    return (a.mean_cumn - b.mean_cumn);
}

TDigest.prototype.push = function(x, n) {
    // incorporate value or array of values x, having count n into the
    // TDigest. n defaults to 1.
    //
    n = n || 1;
    x = Array.isArray(x) ? x : [x];
    for (var i = 0 ; i < x.length ; i++) {
        this._digest(x[i], n);
    }
};

TDigest.prototype.push_centroid = function(c) {
    // incorporate centroid or array of centroids c
    //
    c = Array.isArray(c) ? c : [c];
    for (var i = 0 ; i < c.length ; i++) {
        this._digest(c[i].mean, c[i].n);
    }
};

TDigest.prototype._cumulate = function(exact) {
    // update cumulative counts for each centroid
    //
    // exact: falsey means only cumulate after sufficient
    // growth. During ingest, these counts are used as quantile
    // estimates, and they work well even when somewhat out of
    // date. (this is a departure from the publication, you may set CX
    // to 0 to disable).
    //
    if (this.n === this.last_cumulate ||
        !exact && this.CX && this.CX > (this.n / this.last_cumulate)) {
        return;
    }
    var cumn = 0;
    this.centroids.each(function(c) {
        c.mean_cumn = cumn + c.n / 2; // half of n at the mean
        cumn = c.cumn = cumn + c.n;
    });
    this.n = this.last_cumulate = cumn;
};

TDigest.prototype.find_nearest = function(x) {
    // find the centroid closest to x. The assumption of
    // unique means and a unique nearest centroid departs from the
    // paper, see _digest() below
    //
    if (this.size() === 0) {
        return null;
    }
    var iter = this.centroids.lowerBound({mean:x}); // x <= iter || iter==null
    var c = (iter.data() === null) ? iter.prev() : iter.data();
    if (c.mean === x || this.discrete) {
        return c; // c is either x or a neighbor (discrete: no distance func)
    }
    var prev = iter.prev();
    if (prev && Math.abs(prev.mean - x) < Math.abs(c.mean - x)) {
        return prev;
    } else {
        return c;
    }
};

TDigest.prototype._new_centroid = function(x, n, cumn) {
    // create and insert a new centroid into the digest (don't update
    // cumulatives).
    //
    var c = {mean:x, n:n, cumn:cumn};
    this.centroids.insert(c);
    this.n += n;
    return c;
};

TDigest.prototype._addweight = function(nearest, x, n) {
    // add weight at location x to nearest centroid.  adding x to
    // nearest will not shift its relative position in the tree and
    // require reinsertion.
    //
    if (x !== nearest.mean) {
        nearest.mean += n * (x - nearest.mean) / (nearest.n + n);
    }
    nearest.cumn += n;
    nearest.mean_cumn += n / 2;
    nearest.n += n;
    this.n += n;
};

TDigest.prototype._digest = function(x, n) {
    // incorporate value x, having count n into the TDigest.
    //
    var min = this.centroids.min();
    var max = this.centroids.max();
    var nearest = this.find_nearest(x);
    if (nearest && nearest.mean === x) {
        // accumulate exact matches into the centroid without
        // limit. this is a departure from the paper, made so
        // centroids remain unique and code can be simple.
        this._addweight(nearest, x, n);
    } else if (nearest === min) {
        this._new_centroid(x, n, 0); // new point around min boundary
    } else if (nearest === max ) {
        this._new_centroid(x, n, this.n); // new point around max boundary
    } else if (this.discrete) {
        this._new_centroid(x, n, nearest.cumn); // never merge
    } else {
        // conider a merge based on nearest centroid's capacity. if
        // there's not room for all of n, don't bother merging any of
        // it into nearest, as we'll have to make a new centroid
        // anyway for the remainder (departure from the paper).
        var p = nearest.mean_cumn / this.n;
        var max_n = Math.floor(4 * this.n * this.delta * p * (1 - p));
        if (max_n - nearest.n >= n) {
            this._addweight(nearest, x, n);
        } else {
            this._new_centroid(x, n, nearest.cumn);
        }
    }
    this._cumulate(false);
    if (!this.discrete && this.K && this.size() > this.K / this.delta) {
        // re-process the centroids and hope for some compression.
        this.compress();
    }
};

TDigest.prototype.bound_mean = function(x) {
    // find centroids lower and upper such that lower.mean < x <
    // upper.mean or lower.mean === x === upper.mean. Don't call
    // this for x out of bounds.
    //
    var iter = this.centroids.upperBound({mean:x}); // x < iter
    var lower = iter.prev();      // lower <= x
    var upper = (lower.mean === x) ? lower : iter.next();
    return [lower, upper];
};

TDigest.prototype.p_rank = function(x_or_xlist) {
    // return approximate percentile-ranks (0..1) for data value x.
    // or list of x.  calculated according to
    // https://en.wikipedia.org/wiki/Percentile_rank
    //
    // (Note that in continuous mode, boundary sample values will
    // report half their centroid weight inward from 0/1 as the
    // percentile-rank. X values outside the observed range return
    // 0/1)
    //
    // this triggers cumulate() if cumn's are out of date.
    //
    var xs = Array.isArray(x_or_xlist) ? x_or_xlist : [x_or_xlist];
    var ps = xs.map(this._p_rank, this);
    return Array.isArray(x_or_xlist) ? ps : ps[0];
};

TDigest.prototype._p_rank = function(x) {
    if (this.size() === 0) {
        return undefined;
    } else if (x < this.centroids.min().mean) {
        return 0.0;
    } else if (x > this.centroids.max().mean) {
        return 1.0;
    }
    // find centroids that bracket x and interpolate x's cumn from
    // their cumn's.
    this._cumulate(true); // be sure cumns are exact
    var bound = this.bound_mean(x);
    var lower = bound[0], upper = bound[1];
    if (this.discrete) {
        return lower.cumn / this.n;
    } else {
        var cumn = lower.mean_cumn;
        if (lower !== upper) {
            cumn += (x - lower.mean) * (upper.mean_cumn - lower.mean_cumn) / (upper.mean - lower.mean);
        }
        return cumn / this.n;
    }
};

TDigest.prototype.bound_mean_cumn = function(cumn) {
    // find centroids lower and upper such that lower.mean_cumn < x <
    // upper.mean_cumn or lower.mean_cumn === x === upper.mean_cumn. Don't call
    // this for cumn out of bounds.
    //
    // XXX because mean and mean_cumn give rise to the same sort order
    // (up to identical means), use the mean rbtree for our search.
    this.centroids._comparator = compare_centroid_mean_cumns;
    var iter = this.centroids.upperBound({mean_cumn:cumn}); // cumn < iter
    this.centroids._comparator = compare_centroid_means;
    var lower = iter.prev();      // lower <= cumn
    var upper = (lower && lower.mean_cumn === cumn) ? lower : iter.next();
    return [lower, upper];
};

TDigest.prototype.percentile = function(p_or_plist) {
    // for percentage p (0..1), or for each p in a list of ps, return
    // the smallest data value q at which at least p percent of the
    // observations <= q.
    //
    // for discrete distributions, this selects q using the Nearest
    // Rank Method
    // (https://en.wikipedia.org/wiki/Percentile#The_Nearest_Rank_method)
    // (in scipy, same as percentile(...., interpolation='higher')
    //
    // for continuous distributions, interpolates data values between
    // count-weighted bracketing means.
    //
    // this triggers cumulate() if cumn's are out of date.
    //
    var ps = Array.isArray(p_or_plist) ? p_or_plist : [p_or_plist];
    var qs = ps.map(this._percentile, this);
    return Array.isArray(p_or_plist) ? qs : qs[0];
};

TDigest.prototype._percentile = function(p) {
    if (this.size() === 0) {
        return undefined;
    }
    this._cumulate(true); // be sure cumns are exact
    var h = this.n * p;
    var bound = this.bound_mean_cumn(h);
    var lower = bound[0], upper = bound[1];

    if (upper === lower || lower === null || upper === null) {
        return (lower || upper).mean;
    } else if (!this.discrete) {
        return lower.mean + (h - lower.mean_cumn) * (upper.mean - lower.mean) / (upper.mean_cumn - lower.mean_cumn);
    } else if (h <= lower.cumn) {
        return lower.mean;
    } else {
        return upper.mean;
    }
};

function pop_random(choices) {
    // remove and return an item randomly chosen from the array of choices
    // (mutates choices)
    //
    var idx = Math.floor(Math.random() * choices.length);
    return choices.splice(idx, 1)[0];
}

TDigest.prototype.compress = function() {
    // TDigests experience worst case compression (none) when input
    // increases monotonically.  Improve on any bad luck by
    // reconsuming digest centroids as if they were weighted points
    // while shuffling their order (and hope for the best).
    //
    if (this.compressing) {
        return;
    }
    var points = this.toArray();
    this.reset();
    this.compressing = true;
    while (points.length > 0) {
        this.push_centroid(pop_random(points));
    }
    this._cumulate(true);
    this.compressing = false;
};

function Digest(config) {
    // allocate a distribution digest structure. This is an extension
    // of a TDigest structure that starts in exact histogram (discrete)
    // mode, and automatically switches to TDigest mode for large
    // samples that appear to be from a continuous distribution.
    //
    this.config = config || {};
    this.mode = this.config.mode || 'auto'; // disc, cont, auto
    TDigest.call(this, this.mode === 'cont' ? config.delta : false);
    this.digest_ratio = this.config.ratio || 0.9;
    this.digest_thresh = this.config.thresh || 1000;
    this.n_unique = 0;
}
Digest.prototype = Object.create(TDigest.prototype);
Digest.prototype.constructor = Digest;

Digest.prototype.push = function(x_or_xlist) {
    TDigest.prototype.push.call(this, x_or_xlist);
    this.check_continuous();
};

Digest.prototype._new_centroid = function(x, n, cumn) {
    this.n_unique += 1;
    TDigest.prototype._new_centroid.call(this, x, n, cumn);
};

Digest.prototype._addweight = function(nearest, x, n) {
    if (nearest.n === 1) {
        this.n_unique -= 1;
    }
    TDigest.prototype._addweight.call(this, nearest, x, n);
};

Digest.prototype.check_continuous = function() {
    // while in 'auto' mode, if there are many unique elements, assume
    // they are from a continuous distribution and switch to 'cont'
    // mode (tdigest behavior). Return true on transition from
    // disctete to continuous.
    if (this.mode !== 'auto' || this.size() < this.digest_thresh) {
        return false;
    }
    if (this.n_unique / this.size() > this.digest_ratio) {
        this.mode = 'cont';
        this.discrete = false;
        this.delta = this.config.delta || 0.01;
        this.compress();
        return true;
    }
    return false;
};

module.exports = {
    'TDigest': TDigest,
    'Digest': Digest
};


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 9907:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("cluster");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 1493:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("v8");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 8352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_diag = __nccwpck_require__(9982);
const require_NoopContextManager = __nccwpck_require__(6);
//#region src/api/context.ts
const API_NAME = "context";
const NOOP_CONTEXT_MANAGER = new require_NoopContextManager.NoopContextManager();
const NOOP_TOKEN = Object.freeze({ dispose: () => {} });
/**
* Singleton object which represents the entry point to the OpenTelemetry Context API
*
* @since 1.0.0
*/
var ContextAPI = class ContextAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this._attachUnsupportedWarned = false;
	}
	/** Get the singleton instance of the Context API */
	static getInstance() {
		if (!this._instance) this._instance = new ContextAPI();
		return this._instance;
	}
	/**
	* Set the current context manager.
	*
	* @returns true if the context manager was successfully registered, else false
	*/
	setGlobalContextManager(contextManager) {
		return require_global_utils.registerGlobal(API_NAME, contextManager, require_diag.DiagAPI.instance());
	}
	/**
	* Get the currently active context
	*/
	active() {
		return this._getContextManager().active();
	}
	/**
	* Execute a function with an active context
	*
	* @param context context to be active during function execution
	* @param fn function to execute in a context
	* @param thisArg optional receiver to be used for calling fn
	* @param args optional arguments forwarded to fn
	*/
	with(context, fn, thisArg, ...args) {
		return this._getContextManager().with(context, fn, thisArg, ...args);
	}
	/**
	* Bind a context to a target function or event emitter
	*
	* @param context context to bind to the event emitter or function. Defaults to the currently active context
	* @param target function or event emitter to bind
	*/
	bind(context, target) {
		return this._getContextManager().bind(context, target);
	}
	/**
	* Imperatively sets `context` as active, returning a {@link ContextManagementToken} whose
	* {@link ContextManagementToken.dispose} restores the previous context.
	*
	* This is a delicate, low-level API - prefer {@link with}/{@link bind}, which
	* restore context automatically. Use `attach` only to bridge callback
	* boundaries that `with` cannot wrap. Call `token.dispose()` when the
	* operation is done.
	*
	* **Caveat for async functions:** If called inside an async function before
	* the first `await`, the context change may leak into the caller's context
	* and remain active there. Prefer {@link with} for async code.
	*
	* Support is best-effort and varies by the active ContextManager (see
	* {@link ContextManager.attach}); if it does not implement `attach`, this logs
	* a warning and returns a no-op token.
	*
	* @param context The Context to attach
	* @returns A {@link ContextManagementToken} whose dispose() restores the previous Context
	* @since 1.10.0
	* @experimental This API is experimental and may change in minor releases without prior notice.
	*/
	attach(context) {
		const contextManager = this._getContextManager();
		if (contextManager.attach) return contextManager.attach(context);
		if (!this._attachUnsupportedWarned) {
			this._attachUnsupportedWarned = true;
			require_diag.DiagAPI.instance().warn("The current ContextManager does not implement attach(). The context will not be attached. Use a ContextManager that supports attach() (e.g. AsyncLocalStorageContextManager) or use with()/bind() instead.");
		}
		return NOOP_TOKEN;
	}
	_getContextManager() {
		return require_global_utils.getGlobal(API_NAME) || NOOP_CONTEXT_MANAGER;
	}
	/** Disable and remove the global context manager */
	disable() {
		this._getContextManager().disable();
		require_global_utils.unregisterGlobal(API_NAME, require_diag.DiagAPI.instance());
	}
};
//#endregion
exports.ContextAPI = ContextAPI;

//# sourceMappingURL=context.cjs.map

/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_ComponentLogger = __nccwpck_require__(1977);
__nccwpck_require__(4351);
const require_logLevelLogger = __nccwpck_require__(1714);
//#region src/api/diag.ts
const API_NAME = "diag";
/**
* Singleton object which represents the entry point to the OpenTelemetry internal
* diagnostic API
*
* @since 1.0.0
*/
var DiagAPI = class DiagAPI {
	/** Get the singleton instance of the DiagAPI API */
	static instance() {
		if (!this._instance) this._instance = new DiagAPI();
		return this._instance;
	}
	/**
	* Private internal constructor
	* @private
	*/
	constructor() {
		function _logProxy(funcName) {
			return function(...args) {
				const logger = require_global_utils.getGlobal("diag");
				if (!logger) return;
				return logger[funcName](...args);
			};
		}
		const self = this;
		const setLogger = (logger, optionsOrLogLevel = { logLevel: 60 }) => {
			var _optionsOrLogLevel$lo;
			if (logger === self) {
				var _err$stack;
				const err = /* @__PURE__ */ new Error("Cannot use diag as the logger for itself. Please use a DiagLogger implementation like ConsoleDiagLogger or a custom implementation");
				self.error((_err$stack = err.stack) !== null && _err$stack !== void 0 ? _err$stack : err.message);
				return false;
			}
			if (typeof optionsOrLogLevel === "number") optionsOrLogLevel = { logLevel: optionsOrLogLevel };
			const oldLogger = require_global_utils.getGlobal("diag");
			const newLogger = require_logLevelLogger.createLogLevelDiagLogger((_optionsOrLogLevel$lo = optionsOrLogLevel.logLevel) !== null && _optionsOrLogLevel$lo !== void 0 ? _optionsOrLogLevel$lo : 60, logger);
			if (oldLogger && !optionsOrLogLevel.suppressOverrideMessage) {
				var _Error$stack;
				const stack = (_Error$stack = (/* @__PURE__ */ new Error()).stack) !== null && _Error$stack !== void 0 ? _Error$stack : "<failed to generate stacktrace>";
				oldLogger.warn(`Current logger will be overwritten from ${stack}`);
				newLogger.warn(`Current logger will overwrite one already registered from ${stack}`);
			}
			return require_global_utils.registerGlobal("diag", newLogger, self, true);
		};
		self.setLogger = setLogger;
		self.disable = () => {
			require_global_utils.unregisterGlobal(API_NAME, self);
		};
		self.createComponentLogger = (options) => {
			return new require_ComponentLogger.DiagComponentLogger(options);
		};
		self.verbose = _logProxy("verbose");
		self.debug = _logProxy("debug");
		self.info = _logProxy("info");
		self.warn = _logProxy("warn");
		self.error = _logProxy("error");
	}
};
//#endregion
exports.DiagAPI = DiagAPI;

//# sourceMappingURL=diag.cjs.map

/***/ }),

/***/ 9102:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_diag = __nccwpck_require__(9982);
const require_ProxyLoggerProvider = __nccwpck_require__(9035);
//#region src/api/logs.ts
const API_NAME = "logs";
/**
* Singleton object which represents the entry point to the OpenTelemetry Logs API
*
* @since 1.10.0
*/
var LogsAPI = class LogsAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this._proxyLoggerProvider = new require_ProxyLoggerProvider.ProxyLoggerProvider();
	}
	/** Get the singleton instance of the Logs API */
	static getInstance() {
		if (!this._instance) this._instance = new LogsAPI();
		return this._instance;
	}
	setGlobalLoggerProvider(provider) {
		const success = require_global_utils.registerGlobal(API_NAME, provider, require_diag.DiagAPI.instance());
		if (success) this._proxyLoggerProvider._setDelegate(provider);
		return success;
	}
	/**
	* Returns the global logger provider.
	*
	* @returns LoggerProvider
	*/
	getLoggerProvider() {
		return require_global_utils.getGlobal(API_NAME) || this._proxyLoggerProvider;
	}
	/**
	* Returns a Logger, creating one if one with the given name, version,
	* schemaUrl, and attributes is not already created.
	*
	* Getting a Logger may be expensive, especially when `attributes` are
	* provided. Reuse Logger instances where possible instead of calling
	* `getLogger()` on hot paths.
	*
	* @param name The name of the logger or instrumentation library.
	* @param version The version of the logger or instrumentation library.
	* @param options The options of the logger or instrumentation library.
	* @returns {@link Logger}
	*/
	getLogger(name, version, options) {
		return this.getLoggerProvider().getLogger(name, version, options);
	}
	/** Remove the global logger provider */
	disable() {
		require_global_utils.unregisterGlobal(API_NAME, require_diag.DiagAPI.instance());
		this._proxyLoggerProvider = new require_ProxyLoggerProvider.ProxyLoggerProvider();
	}
};
//#endregion
exports.e = LogsAPI;

//# sourceMappingURL=logs.cjs.map

/***/ }),

/***/ 3510:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_diag = __nccwpck_require__(9982);
const require_NoopMeterProvider = __nccwpck_require__(7554);
//#region src/api/metrics.ts
const API_NAME = "metrics";
/**
* Singleton object which represents the entry point to the OpenTelemetry Metrics API
*
* @since 1.4.1
*/
var MetricsAPI = class MetricsAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {}
	/** Get the singleton instance of the Metrics API */
	static getInstance() {
		if (!this._instance) this._instance = new MetricsAPI();
		return this._instance;
	}
	/**
	* Set the current global meter provider.
	* Returns true if the meter provider was successfully registered, else false.
	*/
	setGlobalMeterProvider(provider) {
		return require_global_utils.registerGlobal(API_NAME, provider, require_diag.DiagAPI.instance());
	}
	/**
	* Returns the global meter provider.
	*/
	getMeterProvider() {
		return require_global_utils.getGlobal(API_NAME) || require_NoopMeterProvider.NOOP_METER_PROVIDER;
	}
	/**
	* Returns a meter from the global meter provider.
	*/
	getMeter(name, version, options) {
		return this.getMeterProvider().getMeter(name, version, options);
	}
	/** Remove the global meter provider */
	disable() {
		require_global_utils.unregisterGlobal(API_NAME, require_diag.DiagAPI.instance());
	}
};
//#endregion
exports.k = MetricsAPI;

//# sourceMappingURL=metrics.cjs.map

/***/ }),

/***/ 3007:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_diag = __nccwpck_require__(9982);
const require_utils = __nccwpck_require__(5196);
const require_TextMapPropagator = __nccwpck_require__(3565);
const require_NoopTextMapPropagator = __nccwpck_require__(345);
const require_context_helpers = __nccwpck_require__(7510);
//#region src/api/propagation.ts
const API_NAME = "propagation";
const NOOP_TEXT_MAP_PROPAGATOR = new require_NoopTextMapPropagator.NoopTextMapPropagator();
/**
* Singleton object which represents the entry point to the OpenTelemetry Propagation API
*
* @since 1.0.0
*/
var PropagationAPI = class PropagationAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this.createBaggage = require_utils.createBaggage;
		this.getBaggage = require_context_helpers.getBaggage;
		this.getActiveBaggage = require_context_helpers.getActiveBaggage;
		this.setBaggage = require_context_helpers.setBaggage;
		this.deleteBaggage = require_context_helpers.deleteBaggage;
	}
	/** Get the singleton instance of the Propagator API */
	static getInstance() {
		if (!this._instance) this._instance = new PropagationAPI();
		return this._instance;
	}
	/**
	* Set the current propagator.
	*
	* @returns true if the propagator was successfully registered, else false
	*/
	setGlobalPropagator(propagator) {
		return require_global_utils.registerGlobal(API_NAME, propagator, require_diag.DiagAPI.instance());
	}
	/**
	* Inject context into a carrier to be propagated inter-process
	*
	* @param context Context carrying tracing data to inject
	* @param carrier carrier to inject context into
	* @param setter Function used to set values on the carrier
	*/
	inject(context, carrier, setter = require_TextMapPropagator.defaultTextMapSetter) {
		return this._getGlobalPropagator().inject(context, carrier, setter);
	}
	/**
	* Extract context from a carrier
	*
	* @param context Context which the newly created context will inherit from
	* @param carrier Carrier to extract context from
	* @param getter Function used to extract keys from a carrier
	*/
	extract(context, carrier, getter = require_TextMapPropagator.defaultTextMapGetter) {
		return this._getGlobalPropagator().extract(context, carrier, getter);
	}
	/**
	* Return a list of all fields which may be used by the propagator.
	*/
	fields() {
		return this._getGlobalPropagator().fields();
	}
	/** Remove the global propagator */
	disable() {
		require_global_utils.unregisterGlobal(API_NAME, require_diag.DiagAPI.instance());
	}
	_getGlobalPropagator() {
		return require_global_utils.getGlobal(API_NAME) || NOOP_TEXT_MAP_PROPAGATOR;
	}
};
//#endregion
exports.R = PropagationAPI;

//# sourceMappingURL=propagation.cjs.map

/***/ }),

/***/ 5446:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
const require_diag = __nccwpck_require__(9982);
const require_context_utils = __nccwpck_require__(3779);
const require_spancontext_utils = __nccwpck_require__(3723);
const require_ProxyTracerProvider = __nccwpck_require__(5930);
//#region src/api/trace.ts
const API_NAME = "trace";
/**
* Singleton object which represents the entry point to the OpenTelemetry Tracing API
*
* @since 1.0.0
*/
var TraceAPI = class TraceAPI {
	/** Empty private constructor prevents end users from constructing a new instance of the API */
	constructor() {
		this._proxyTracerProvider = new require_ProxyTracerProvider.ProxyTracerProvider();
		this.wrapSpanContext = require_spancontext_utils.wrapSpanContext;
		this.isSpanContextValid = require_spancontext_utils.isSpanContextValid;
		this.deleteSpan = require_context_utils.deleteSpan;
		this.getSpan = require_context_utils.getSpan;
		this.getActiveSpan = require_context_utils.getActiveSpan;
		this.getSpanContext = require_context_utils.getSpanContext;
		this.setSpan = require_context_utils.setSpan;
		this.setSpanContext = require_context_utils.setSpanContext;
	}
	/** Get the singleton instance of the Trace API */
	static getInstance() {
		if (!this._instance) this._instance = new TraceAPI();
		return this._instance;
	}
	/**
	* Set the current global tracer.
	*
	* @returns true if the tracer provider was successfully registered, else false
	*/
	setGlobalTracerProvider(provider) {
		const success = require_global_utils.registerGlobal(API_NAME, this._proxyTracerProvider, require_diag.DiagAPI.instance());
		if (success) this._proxyTracerProvider.setDelegate(provider);
		return success;
	}
	/**
	* Returns the global tracer provider.
	*/
	getTracerProvider() {
		return require_global_utils.getGlobal(API_NAME) || this._proxyTracerProvider;
	}
	/**
	* Returns a tracer from the global tracer provider.
	*/
	getTracer(name, version) {
		return this.getTracerProvider().getTracer(name, version);
	}
	/** Remove the global tracer provider */
	disable() {
		require_global_utils.unregisterGlobal(API_NAME, require_diag.DiagAPI.instance());
		this._proxyTracerProvider = new require_ProxyTracerProvider.ProxyTracerProvider();
	}
};
//#endregion
exports.C = TraceAPI;

//# sourceMappingURL=trace.cjs.map

/***/ }),

/***/ 7510:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_context = __nccwpck_require__(3041);
const require_context$1 = __nccwpck_require__(8352);
//#region src/baggage/context-helpers.ts
/**
* Baggage key
*/
const BAGGAGE_KEY = require_context.createContextKey("OpenTelemetry Baggage Key");
/**
* Retrieve the current baggage from the given context
*
* @param {Context} Context that manage all context values
* @returns {Baggage} Extracted baggage from the context
*/
function getBaggage(context) {
	return context.getValue(BAGGAGE_KEY) || void 0;
}
/**
* Retrieve the current baggage from the active/current context
*
* @returns {Baggage} Extracted baggage from the context
*/
function getActiveBaggage() {
	return getBaggage(require_context$1.ContextAPI.getInstance().active());
}
/**
* Store a baggage in the given context
*
* @param {Context} Context that manage all context values
* @param {Baggage} baggage that will be set in the actual context
*/
function setBaggage(context, baggage) {
	return context.setValue(BAGGAGE_KEY, baggage);
}
/**
* Delete the baggage stored in the given context
*
* @param {Context} Context that manage all context values
*/
function deleteBaggage(context) {
	return context.deleteValue(BAGGAGE_KEY);
}
//#endregion
exports.deleteBaggage = deleteBaggage;
exports.getActiveBaggage = getActiveBaggage;
exports.getBaggage = getBaggage;
exports.setBaggage = setBaggage;

//# sourceMappingURL=context-helpers.cjs.map

/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, exports) => {

//#region src/baggage/internal/baggage-impl.ts
var BaggageImpl = class BaggageImpl {
	constructor(entries) {
		this._entries = entries ? new Map(entries) : /* @__PURE__ */ new Map();
	}
	getEntry(key) {
		const entry = this._entries.get(key);
		if (!entry) return;
		return Object.assign({}, entry);
	}
	getAllEntries() {
		return Array.from(this._entries.entries());
	}
	setEntry(key, entry) {
		const newBaggage = new BaggageImpl(this._entries);
		newBaggage._entries.set(key, entry);
		return newBaggage;
	}
	removeEntry(key) {
		const newBaggage = new BaggageImpl(this._entries);
		newBaggage._entries.delete(key);
		return newBaggage;
	}
	removeEntries(...keys) {
		const newBaggage = new BaggageImpl(this._entries);
		for (const key of keys) newBaggage._entries.delete(key);
		return newBaggage;
	}
	clear() {
		return new BaggageImpl();
	}
};
//#endregion
exports.BaggageImpl = BaggageImpl;

//# sourceMappingURL=baggage-impl.cjs.map

/***/ }),

/***/ 9333:
/***/ ((__unused_webpack_module, exports) => {

//#region src/baggage/internal/symbol.ts
/**
* Symbol used to make BaggageEntryMetadata an opaque type
*/
const baggageEntryMetadataSymbol = Symbol("BaggageEntryMetadata");
//#endregion
exports.baggageEntryMetadataSymbol = baggageEntryMetadataSymbol;

//# sourceMappingURL=symbol.cjs.map

/***/ }),

/***/ 5196:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_diag = __nccwpck_require__(9982);
const require_baggage_impl = __nccwpck_require__(176);
const require_symbol = __nccwpck_require__(9333);
//#region src/baggage/utils.ts
const diag = require_diag.DiagAPI.instance();
/**
* Create a new Baggage with optional entries
*
* @param entries An array of baggage entries the new baggage should contain
*/
function createBaggage(entries = {}) {
	return new require_baggage_impl.BaggageImpl(new Map(Object.entries(entries)));
}
/**
* Create a serializable BaggageEntryMetadata object from a string.
*
* @param str string metadata. Format is currently not defined by the spec and has no special meaning.
*
* @since 1.0.0
*/
function baggageEntryMetadataFromString(str) {
	if (typeof str !== "string") {
		diag.error(`Cannot create baggage metadata from unknown type: ${typeof str}`);
		str = "";
	}
	return {
		__TYPE__: require_symbol.baggageEntryMetadataSymbol,
		toString() {
			return str;
		}
	};
}
//#endregion
exports.baggageEntryMetadataFromString = baggageEntryMetadataFromString;
exports.createBaggage = createBaggage;

//# sourceMappingURL=utils.cjs.map

/***/ }),

/***/ 2534:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/context-api.ts
/**
* Entrypoint for context API
* @since 1.0.0
*/
const context = (__nccwpck_require__(8352).ContextAPI).getInstance();
//#endregion
exports.context = context;

//# sourceMappingURL=context-api.cjs.map

/***/ }),

/***/ 6:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_context = __nccwpck_require__(3041);
//#region src/context/NoopContextManager.ts
var NoopContextManager = class {
	active() {
		return require_context.ROOT_CONTEXT;
	}
	with(_context, fn, thisArg, ...args) {
		return fn.call(thisArg, ...args);
	}
	bind(_context, target) {
		return target;
	}
	enable() {
		return this;
	}
	disable() {
		return this;
	}
	/** @experimental This API is experimental and may change in minor releases without prior notice. */
	attach(_context) {
		return { dispose() {} };
	}
};
//#endregion
exports.NoopContextManager = NoopContextManager;

//# sourceMappingURL=NoopContextManager.cjs.map

/***/ }),

/***/ 3041:
/***/ ((__unused_webpack_module, exports) => {

//#region src/context/context.ts
/**
* Get a key to uniquely identify a context value
*
* @since 1.0.0
*/
function createContextKey(description) {
	return Symbol.for(description);
}
/**
* The root context is used as the default parent context when there is no active context
*
* @since 1.0.0
*/
const ROOT_CONTEXT = new class BaseContext {
	/**
	* Construct a new context which inherits values from an optional parent context.
	*
	* @param parentContext a context from which to inherit values
	*/
	constructor(parentContext) {
		const self = this;
		self._currentContext = parentContext ? new Map(parentContext) : /* @__PURE__ */ new Map();
		self.getValue = (key) => self._currentContext.get(key);
		self.setValue = (key, value) => {
			const context = new BaseContext(self._currentContext);
			context._currentContext.set(key, value);
			return context;
		};
		self.deleteValue = (key) => {
			const context = new BaseContext(self._currentContext);
			context._currentContext.delete(key);
			return context;
		};
	}
}();
//#endregion
exports.ROOT_CONTEXT = ROOT_CONTEXT;
exports.createContextKey = createContextKey;

//# sourceMappingURL=context.cjs.map

/***/ }),

/***/ 1778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/diag-api.ts
/**
* Entrypoint for Diag API.
* Defines Diagnostic handler used for internal diagnostic logging operations.
* The default provides a Noop DiagLogger implementation which may be changed via the
* diag.setLogger(logger: DiagLogger) function.
*
* @since 1.0.0
*/
const diag = (__nccwpck_require__(9982).DiagAPI).instance();
//#endregion
exports.diag = diag;

//# sourceMappingURL=diag-api.cjs.map

/***/ }),

/***/ 1977:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_global_utils = __nccwpck_require__(9227);
//#region src/diag/ComponentLogger.ts
/**
* Component Logger which is meant to be used as part of any component which
* will add automatically additional namespace in front of the log message.
* It will then forward all message to global diag logger
* @example
* const cLogger = diag.createComponentLogger({ namespace: '@opentelemetry/instrumentation-http' });
* cLogger.debug('test');
* // @opentelemetry/instrumentation-http test
*/
var DiagComponentLogger = class {
	constructor(props) {
		this._namespace = props.namespace || "DiagComponentLogger";
	}
	debug(...args) {
		return logProxy("debug", this._namespace, args);
	}
	error(...args) {
		return logProxy("error", this._namespace, args);
	}
	info(...args) {
		return logProxy("info", this._namespace, args);
	}
	warn(...args) {
		return logProxy("warn", this._namespace, args);
	}
	verbose(...args) {
		return logProxy("verbose", this._namespace, args);
	}
};
function logProxy(funcName, namespace, args) {
	const logger = require_global_utils.getGlobal("diag");
	if (!logger) return;
	return logger[funcName](namespace, ...args);
}
//#endregion
exports.DiagComponentLogger = DiagComponentLogger;

//# sourceMappingURL=ComponentLogger.cjs.map

/***/ }),

/***/ 9199:
/***/ ((__unused_webpack_module, exports) => {

//#region src/diag/consoleLogger.ts
const consoleMap = [
	{
		n: "error",
		c: "error"
	},
	{
		n: "warn",
		c: "warn"
	},
	{
		n: "info",
		c: "info"
	},
	{
		n: "debug",
		c: "debug"
	},
	{
		n: "verbose",
		c: "trace"
	}
];
const _originalConsoleMethods = {};
if (typeof console !== "undefined") {
	for (const key of [
		"error",
		"warn",
		"info",
		"debug",
		"trace",
		"log"
	]) if (typeof console[key] === "function") _originalConsoleMethods[key] = console[key];
}
/**
* A simple Immutable Console based diagnostic logger which will output any messages to the Console.
* If you want to limit the amount of logging to a specific level or lower use the
* {@link createLogLevelDiagLogger}
*
* @since 1.0.0
*/
var DiagConsoleLogger = class {
	constructor() {
		function _consoleFunc(funcName) {
			return function(...args) {
				let theFunc = _originalConsoleMethods[funcName];
				if (typeof theFunc !== "function") theFunc = _originalConsoleMethods["log"];
				if (typeof theFunc !== "function" && console) {
					theFunc = console[funcName];
					if (typeof theFunc !== "function") theFunc = console.log;
				}
				if (typeof theFunc === "function") return theFunc.apply(console, args);
			};
		}
		for (let i = 0; i < consoleMap.length; i++) this[consoleMap[i].n] = _consoleFunc(consoleMap[i].c);
	}
};
//#endregion
exports.DiagConsoleLogger = DiagConsoleLogger;
exports._originalConsoleMethods = _originalConsoleMethods;

//# sourceMappingURL=consoleLogger.cjs.map

/***/ }),

/***/ 1714:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

__nccwpck_require__(4351);
//#region src/diag/internal/logLevelLogger.ts
function createLogLevelDiagLogger(maxLevel, logger) {
	if (maxLevel < 0) maxLevel = 0;
	else if (maxLevel > 9999) maxLevel = 9999;
	logger = logger || {};
	function _filterFunc(funcName, theLevel) {
		const theFunc = logger[funcName];
		if (typeof theFunc === "function" && maxLevel >= theLevel) return theFunc.bind(logger);
		return function() {};
	}
	return {
		error: _filterFunc("error", 30),
		warn: _filterFunc("warn", 50),
		info: _filterFunc("info", 60),
		debug: _filterFunc("debug", 70),
		verbose: _filterFunc("verbose", 80)
	};
}
//#endregion
exports.createLogLevelDiagLogger = createLogLevelDiagLogger;

//# sourceMappingURL=logLevelLogger.cjs.map

/***/ }),

/***/ 4351:
/***/ ((__unused_webpack_module, exports) => {

//#region src/diag/types.ts
/**
* Defines the available internal logging levels for the diagnostic logger, the numeric values
* of the levels are defined to match the original values from the initial LogLevel to avoid
* compatibility/migration issues for any implementation that assume the numeric ordering.
*
* @since 1.0.0
*/
let DiagLogLevel = /* @__PURE__ */ function(DiagLogLevel) {
	/** Diagnostic Logging level setting to disable all logging (except and forced logs) */
	DiagLogLevel[DiagLogLevel["NONE"] = 0] = "NONE";
	/** Identifies an error scenario */
	DiagLogLevel[DiagLogLevel["ERROR"] = 30] = "ERROR";
	/** Identifies a warning scenario */
	DiagLogLevel[DiagLogLevel["WARN"] = 50] = "WARN";
	/** General informational log message */
	DiagLogLevel[DiagLogLevel["INFO"] = 60] = "INFO";
	/** General debug log message */
	DiagLogLevel[DiagLogLevel["DEBUG"] = 70] = "DEBUG";
	/**
	* Detailed trace level logging should only be used for development, should only be set
	* in a development environment.
	*/
	DiagLogLevel[DiagLogLevel["VERBOSE"] = 80] = "VERBOSE";
	/** Used to set the logging level to include all logging */
	DiagLogLevel[DiagLogLevel["ALL"] = 9999] = "ALL";
	return DiagLogLevel;
}({});
//#endregion
exports.DiagLogLevel = DiagLogLevel;

//# sourceMappingURL=types.cjs.map

/***/ }),

/***/ 1408:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

Object.defineProperties(exports, {
	__esModule: { value: true },
	[Symbol.toStringTag]: { value: "Module" }
});
const require_types = __nccwpck_require__(4351);
const require_utils = __nccwpck_require__(5196);
const require_context = __nccwpck_require__(3041);
const require_consoleLogger = __nccwpck_require__(9199);
const require_NoopMeter = __nccwpck_require__(1677);
const require_Metric = __nccwpck_require__(626);
const require_NoopLogger = __nccwpck_require__(9140);
const require_LogRecord = __nccwpck_require__(8973);
const require_TextMapPropagator = __nccwpck_require__(3565);
const require_trace_flags = __nccwpck_require__(3245);
const require_invalid_span_constants = __nccwpck_require__(3552);
const require_spancontext_utils = __nccwpck_require__(3723);
const require_ProxyTracer = __nccwpck_require__(3861);
const require_span_kind = __nccwpck_require__(7483);
const require_status = __nccwpck_require__(7632);
const require_utils$1 = __nccwpck_require__(2219);
const require_ProxyTracerProvider = __nccwpck_require__(5930);
const require_SamplingResult = __nccwpck_require__(5346);
const require_context_api = __nccwpck_require__(2534);
const require_diag_api = __nccwpck_require__(1778);
const require_logs_api = __nccwpck_require__(5662);
const require_metrics_api = __nccwpck_require__(7876);
const require_propagation_api = __nccwpck_require__(7045);
const require_trace_api = __nccwpck_require__(8936);
//#region src/index.ts
var src_default = {
	context: require_context_api.context,
	diag: require_diag_api.diag,
	logs: require_logs_api.logs,
	metrics: require_metrics_api.metrics,
	propagation: require_propagation_api.propagation,
	trace: require_trace_api.trace
};
//#endregion
exports.DiagConsoleLogger = require_consoleLogger.DiagConsoleLogger;
exports.DiagLogLevel = require_types.DiagLogLevel;
exports.INVALID_SPANID = require_invalid_span_constants.INVALID_SPANID;
exports.INVALID_SPAN_CONTEXT = require_invalid_span_constants.INVALID_SPAN_CONTEXT;
exports.INVALID_TRACEID = require_invalid_span_constants.INVALID_TRACEID;
exports.ProxyTracer = require_ProxyTracer.ProxyTracer;
exports.ProxyTracerProvider = require_ProxyTracerProvider.ProxyTracerProvider;
exports.ROOT_CONTEXT = require_context.ROOT_CONTEXT;
exports.SamplingDecision = require_SamplingResult.SamplingDecision;
exports.SeverityNumber = require_LogRecord.SeverityNumber;
exports.SpanKind = require_span_kind.SpanKind;
exports.SpanStatusCode = require_status.SpanStatusCode;
exports.TraceFlags = require_trace_flags.TraceFlags;
exports.ValueType = require_Metric.ValueType;
exports.baggageEntryMetadataFromString = require_utils.baggageEntryMetadataFromString;
exports.context = require_context_api.context;
exports.createContextKey = require_context.createContextKey;
exports.createNoopLogger = require_NoopLogger.createNoopLogger;
exports.createNoopMeter = require_NoopMeter.createNoopMeter;
exports.createTraceState = require_utils$1.createTraceState;
exports["default"] = src_default;
exports.defaultTextMapGetter = require_TextMapPropagator.defaultTextMapGetter;
exports.defaultTextMapSetter = require_TextMapPropagator.defaultTextMapSetter;
exports.diag = require_diag_api.diag;
exports.isSpanContextValid = require_spancontext_utils.isSpanContextValid;
exports.isValidSpanId = require_spancontext_utils.isValidSpanId;
exports.isValidTraceId = require_spancontext_utils.isValidTraceId;
exports.logs = require_logs_api.logs;
exports.metrics = require_metrics_api.metrics;
exports.propagation = require_propagation_api.propagation;
exports.trace = require_trace_api.trace;

//# sourceMappingURL=index.cjs.map

/***/ }),

/***/ 9227:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_version = __nccwpck_require__(9128);
const require_semver = __nccwpck_require__(1418);
//#region src/internal/global-utils.ts
const major = require_version.VERSION.split(".")[0];
const GLOBAL_OPENTELEMETRY_API_KEY = Symbol.for(`opentelemetry.js.api.${major}`);
const _global = typeof globalThis === "object" ? globalThis : typeof self === "object" ? self : typeof window === "object" ? window : typeof global === "object" ? global : {};
function _makeGlobalApi() {
	return Object.defineProperty({}, "version", {
		value: require_version.VERSION,
		enumerable: true,
		writable: false,
		configurable: false
	});
}
function registerGlobal(type, instance, diag, allowOverride = false) {
	var _global$GLOBAL_OPENTE;
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY] = (_global$GLOBAL_OPENTE = _global[GLOBAL_OPENTELEMETRY_API_KEY]) !== null && _global$GLOBAL_OPENTE !== void 0 ? _global$GLOBAL_OPENTE : _makeGlobalApi();
	if (!allowOverride && api[type]) {
		const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Attempted duplicate registration of API: ${type}`);
		diag.error(err.stack || err.message);
		return false;
	}
	if (api.version !== "1.10.0") {
		const err = /* @__PURE__ */ new Error(`@opentelemetry/api: Registration of version v${api.version} for ${type} does not match previously registered API v${require_version.VERSION}`);
		diag.error(err.stack || err.message);
		return false;
	}
	api[type] = instance;
	diag.debug(`@opentelemetry/api: Registered a global for ${type} v${require_version.VERSION}.`);
	return true;
}
let _compatibleGlobalApi;
function getGlobal(type) {
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
	if (api == null) return;
	if (api !== _compatibleGlobalApi) {
		if (!api.version || !require_semver.isCompatible(api.version)) return;
		_compatibleGlobalApi = api;
	}
	return api[type];
}
function unregisterGlobal(type, diag) {
	diag.debug(`@opentelemetry/api: Unregistering a global for ${type} v${require_version.VERSION}.`);
	const api = _global[GLOBAL_OPENTELEMETRY_API_KEY];
	if (api) delete api[type];
}
//#endregion
exports.getGlobal = getGlobal;
exports.registerGlobal = registerGlobal;
exports.unregisterGlobal = unregisterGlobal;

//# sourceMappingURL=global-utils.cjs.map

/***/ }),

/***/ 1418:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_version = __nccwpck_require__(9128);
//#region src/internal/semver.ts
const re = /^(\d+)\.(\d+)\.(\d+)(-(.+))?$/;
/**
* Create a function to test an API version to see if it is compatible with the provided ownVersion.
*
* The returned function has the following semantics:
* - Exact match is always compatible
* - Major versions must match exactly
*    - 1.x package cannot use global 2.x package
*    - 2.x package cannot use global 1.x package
* - The minor version of the API module requesting access to the global API must be less than or equal to the minor version of this API
*    - 1.3 package may use 1.4 global because the later global contains all functions 1.3 expects
*    - 1.4 package may NOT use 1.3 global because it may try to call functions which don't exist on 1.3
* - If the major version is 0, the minor version is treated as the major and the patch is treated as the minor
* - Patch and build tag differences are not considered at this time
*
* @param ownVersion version which should be checked against
*/
function _makeCompatibilityCheck(ownVersion) {
	const acceptedVersions = /* @__PURE__ */ new Set([ownVersion]);
	const rejectedVersions = /* @__PURE__ */ new Set();
	const myVersionMatch = ownVersion.match(re);
	if (!myVersionMatch) return () => false;
	const ownVersionParsed = {
		major: +myVersionMatch[1],
		minor: +myVersionMatch[2],
		patch: +myVersionMatch[3],
		prerelease: myVersionMatch[4]
	};
	if (ownVersionParsed.prerelease != null) return function isExactmatch(globalVersion) {
		return globalVersion === ownVersion;
	};
	function _reject(v) {
		rejectedVersions.add(v);
		return false;
	}
	function _accept(v) {
		acceptedVersions.add(v);
		return true;
	}
	return function isCompatible(globalVersion) {
		if (acceptedVersions.has(globalVersion)) return true;
		if (rejectedVersions.has(globalVersion)) return false;
		const globalVersionMatch = globalVersion.match(re);
		if (!globalVersionMatch) return _reject(globalVersion);
		const globalVersionParsed = {
			major: +globalVersionMatch[1],
			minor: +globalVersionMatch[2],
			patch: +globalVersionMatch[3],
			prerelease: globalVersionMatch[4]
		};
		if (globalVersionParsed.prerelease != null) return _reject(globalVersion);
		if (ownVersionParsed.major !== globalVersionParsed.major) return _reject(globalVersion);
		if (ownVersionParsed.major === 0) {
			if (ownVersionParsed.minor === globalVersionParsed.minor && ownVersionParsed.patch <= globalVersionParsed.patch) return _accept(globalVersion);
			return _reject(globalVersion);
		}
		if (ownVersionParsed.minor <= globalVersionParsed.minor) return _accept(globalVersion);
		return _reject(globalVersion);
	};
}
/**
* Test an API version to see if it is compatible with this API.
*
* - Exact match is always compatible
* - Major versions must match exactly
*    - 1.x package cannot use global 2.x package
*    - 2.x package cannot use global 1.x package
* - The minor version of the API module requesting access to the global API must be less than or equal to the minor version of this API
*    - 1.3 package may use 1.4 global because the later global contains all functions 1.3 expects
*    - 1.4 package may NOT use 1.3 global because it may try to call functions which don't exist on 1.3
* - If the major version is 0, the minor version is treated as the major and the patch is treated as the minor
* - Patch and build tag differences are not considered at this time
*
* @param version version of the API requesting an instance of the global API
*/
const isCompatible = _makeCompatibilityCheck(require_version.VERSION);
//#endregion
exports._makeCompatibilityCheck = _makeCompatibilityCheck;
exports.isCompatible = isCompatible;

//# sourceMappingURL=semver.cjs.map

/***/ }),

/***/ 5662:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/logs-api.ts
/**
* Entrypoint for logs API
*
* @since 1.10.0
*/
const logs = (__nccwpck_require__(9102)/* .LogsAPI */ .e).getInstance();
//#endregion
exports.logs = logs;

//# sourceMappingURL=logs-api.cjs.map

/***/ }),

/***/ 8973:
/***/ ((__unused_webpack_module, exports) => {

//#region src/logs/LogRecord.ts
let SeverityNumber = /* @__PURE__ */ function(SeverityNumber) {
	SeverityNumber[SeverityNumber["UNSPECIFIED"] = 0] = "UNSPECIFIED";
	SeverityNumber[SeverityNumber["TRACE"] = 1] = "TRACE";
	SeverityNumber[SeverityNumber["TRACE2"] = 2] = "TRACE2";
	SeverityNumber[SeverityNumber["TRACE3"] = 3] = "TRACE3";
	SeverityNumber[SeverityNumber["TRACE4"] = 4] = "TRACE4";
	SeverityNumber[SeverityNumber["DEBUG"] = 5] = "DEBUG";
	SeverityNumber[SeverityNumber["DEBUG2"] = 6] = "DEBUG2";
	SeverityNumber[SeverityNumber["DEBUG3"] = 7] = "DEBUG3";
	SeverityNumber[SeverityNumber["DEBUG4"] = 8] = "DEBUG4";
	SeverityNumber[SeverityNumber["INFO"] = 9] = "INFO";
	SeverityNumber[SeverityNumber["INFO2"] = 10] = "INFO2";
	SeverityNumber[SeverityNumber["INFO3"] = 11] = "INFO3";
	SeverityNumber[SeverityNumber["INFO4"] = 12] = "INFO4";
	SeverityNumber[SeverityNumber["WARN"] = 13] = "WARN";
	SeverityNumber[SeverityNumber["WARN2"] = 14] = "WARN2";
	SeverityNumber[SeverityNumber["WARN3"] = 15] = "WARN3";
	SeverityNumber[SeverityNumber["WARN4"] = 16] = "WARN4";
	SeverityNumber[SeverityNumber["ERROR"] = 17] = "ERROR";
	SeverityNumber[SeverityNumber["ERROR2"] = 18] = "ERROR2";
	SeverityNumber[SeverityNumber["ERROR3"] = 19] = "ERROR3";
	SeverityNumber[SeverityNumber["ERROR4"] = 20] = "ERROR4";
	SeverityNumber[SeverityNumber["FATAL"] = 21] = "FATAL";
	SeverityNumber[SeverityNumber["FATAL2"] = 22] = "FATAL2";
	SeverityNumber[SeverityNumber["FATAL3"] = 23] = "FATAL3";
	SeverityNumber[SeverityNumber["FATAL4"] = 24] = "FATAL4";
	return SeverityNumber;
}({});
//#endregion
exports.SeverityNumber = SeverityNumber;

//# sourceMappingURL=LogRecord.cjs.map

/***/ }),

/***/ 9140:
/***/ ((__unused_webpack_module, exports) => {

//#region src/logs/NoopLogger.ts
var NoopLogger = class {
	emit(_logRecord) {}
	enabled() {
		return false;
	}
};
const NOOP_LOGGER = new NoopLogger();
/**
* Create a no-op Logger
*/
function createNoopLogger() {
	return NOOP_LOGGER;
}
//#endregion
exports.NOOP_LOGGER = NOOP_LOGGER;
exports.NoopLogger = NoopLogger;
exports.createNoopLogger = createNoopLogger;

//# sourceMappingURL=NoopLogger.cjs.map

/***/ }),

/***/ 1995:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_NoopLogger = __nccwpck_require__(9140);
//#region src/logs/NoopLoggerProvider.ts
var NoopLoggerProvider = class {
	getLogger(_name, _version, _options) {
		return new require_NoopLogger.NoopLogger();
	}
};
const NOOP_LOGGER_PROVIDER = new NoopLoggerProvider();
//#endregion
exports.NOOP_LOGGER_PROVIDER = NOOP_LOGGER_PROVIDER;
exports.NoopLoggerProvider = NoopLoggerProvider;

//# sourceMappingURL=NoopLoggerProvider.cjs.map

/***/ }),

/***/ 8916:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_NoopLogger = __nccwpck_require__(9140);
//#region src/logs/ProxyLogger.ts
var ProxyLogger = class {
	constructor(provider, name, version, options) {
		this._provider = provider;
		this.name = name;
		this.version = version;
		this.options = options;
	}
	/**
	* Emit a log record. This method should only be used by log appenders.
	*
	* @param logRecord
	*/
	emit(logRecord) {
		this._getLogger().emit(logRecord);
	}
	enabled(options) {
		return this._getLogger().enabled(options);
	}
	/**
	* Try to get a logger from the proxy logger provider.
	* If the proxy logger provider has no delegate, return a noop logger.
	*/
	_getLogger() {
		if (this._delegate) return this._delegate;
		const logger = this._provider._getDelegateLogger(this.name, this.version, this.options);
		if (!logger) return require_NoopLogger.NOOP_LOGGER;
		this._delegate = logger;
		return this._delegate;
	}
};
//#endregion
exports.ProxyLogger = ProxyLogger;

//# sourceMappingURL=ProxyLogger.cjs.map

/***/ }),

/***/ 9035:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_NoopLoggerProvider = __nccwpck_require__(1995);
const require_ProxyLogger = __nccwpck_require__(8916);
//#region src/logs/ProxyLoggerProvider.ts
var ProxyLoggerProvider = class {
	getLogger(name, version, options) {
		var _this$_getDelegateLog;
		return (_this$_getDelegateLog = this._getDelegateLogger(name, version, options)) !== null && _this$_getDelegateLog !== void 0 ? _this$_getDelegateLog : new require_ProxyLogger.ProxyLogger(this, name, version, options);
	}
	/**
	* Get the delegate logger provider.
	* Used by tests only.
	* @internal
	*/
	_getDelegate() {
		var _this$_delegate;
		return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : require_NoopLoggerProvider.NOOP_LOGGER_PROVIDER;
	}
	/**
	* Set the delegate logger provider
	* @internal
	*/
	_setDelegate(delegate) {
		this._delegate = delegate;
	}
	/**
	* @internal
	*/
	_getDelegateLogger(name, version, options) {
		var _this$_delegate2;
		return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getLogger(name, version, options);
	}
};
//#endregion
exports.ProxyLoggerProvider = ProxyLoggerProvider;

//# sourceMappingURL=ProxyLoggerProvider.cjs.map

/***/ }),

/***/ 7876:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/metrics-api.ts
/**
* Entrypoint for metrics API
*
* @since 1.3.0
*/
const metrics = (__nccwpck_require__(3510)/* .MetricsAPI */ .k).getInstance();
//#endregion
exports.metrics = metrics;

//# sourceMappingURL=metrics-api.cjs.map

/***/ }),

/***/ 626:
/***/ ((__unused_webpack_module, exports) => {

//#region src/metrics/Metric.ts
/**
* The Type of value. It describes how the data is reported.
*
* @since 1.3.0
*/
let ValueType = /* @__PURE__ */ function(ValueType) {
	ValueType[ValueType["INT"] = 0] = "INT";
	ValueType[ValueType["DOUBLE"] = 1] = "DOUBLE";
	return ValueType;
}({});
//#endregion
exports.ValueType = ValueType;

//# sourceMappingURL=Metric.cjs.map

/***/ }),

/***/ 1677:
/***/ ((__unused_webpack_module, exports) => {

//#region src/metrics/NoopMeter.ts
/**
* NoopMeter is a noop implementation of the {@link Meter} interface. It reuses
* constant NoopMetrics for all of its methods.
*/
var NoopMeter = class {
	constructor() {}
	/**
	* @see {@link Meter.createGauge}
	*/
	createGauge(_name, _options) {
		return NOOP_GAUGE_METRIC;
	}
	/**
	* @see {@link Meter.createHistogram}
	*/
	createHistogram(_name, _options) {
		return NOOP_HISTOGRAM_METRIC;
	}
	/**
	* @see {@link Meter.createCounter}
	*/
	createCounter(_name, _options) {
		return NOOP_COUNTER_METRIC;
	}
	/**
	* @see {@link Meter.createUpDownCounter}
	*/
	createUpDownCounter(_name, _options) {
		return NOOP_UP_DOWN_COUNTER_METRIC;
	}
	/**
	* @see {@link Meter.createObservableGauge}
	*/
	createObservableGauge(_name, _options) {
		return NOOP_OBSERVABLE_GAUGE_METRIC;
	}
	/**
	* @see {@link Meter.createObservableCounter}
	*/
	createObservableCounter(_name, _options) {
		return NOOP_OBSERVABLE_COUNTER_METRIC;
	}
	/**
	* @see {@link Meter.createObservableUpDownCounter}
	*/
	createObservableUpDownCounter(_name, _options) {
		return NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
	}
	/**
	* @see {@link Meter.addBatchObservableCallback}
	*/
	addBatchObservableCallback(_callback, _observables) {}
	/**
	* @see {@link Meter.removeBatchObservableCallback}
	*/
	removeBatchObservableCallback(_callback) {}
};
var NoopMetric = class {};
var NoopCounterMetric = class extends NoopMetric {
	add(_value, _attributes) {}
};
var NoopUpDownCounterMetric = class extends NoopMetric {
	add(_value, _attributes) {}
};
var NoopGaugeMetric = class extends NoopMetric {
	record(_value, _attributes) {}
};
var NoopHistogramMetric = class extends NoopMetric {
	record(_value, _attributes) {}
};
var NoopObservableMetric = class {
	addCallback(_callback) {}
	removeCallback(_callback) {}
};
var NoopObservableCounterMetric = class extends NoopObservableMetric {};
var NoopObservableGaugeMetric = class extends NoopObservableMetric {};
var NoopObservableUpDownCounterMetric = class extends NoopObservableMetric {};
const NOOP_METER = new NoopMeter();
const NOOP_COUNTER_METRIC = new NoopCounterMetric();
const NOOP_GAUGE_METRIC = new NoopGaugeMetric();
const NOOP_HISTOGRAM_METRIC = new NoopHistogramMetric();
const NOOP_UP_DOWN_COUNTER_METRIC = new NoopUpDownCounterMetric();
const NOOP_OBSERVABLE_COUNTER_METRIC = new NoopObservableCounterMetric();
const NOOP_OBSERVABLE_GAUGE_METRIC = new NoopObservableGaugeMetric();
const NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = new NoopObservableUpDownCounterMetric();
/**
* Create a no-op Meter
*
* @since 1.3.0
*/
function createNoopMeter() {
	return NOOP_METER;
}
//#endregion
exports.NOOP_COUNTER_METRIC = NOOP_COUNTER_METRIC;
exports.NOOP_GAUGE_METRIC = NOOP_GAUGE_METRIC;
exports.NOOP_HISTOGRAM_METRIC = NOOP_HISTOGRAM_METRIC;
exports.NOOP_METER = NOOP_METER;
exports.NOOP_OBSERVABLE_COUNTER_METRIC = NOOP_OBSERVABLE_COUNTER_METRIC;
exports.NOOP_OBSERVABLE_GAUGE_METRIC = NOOP_OBSERVABLE_GAUGE_METRIC;
exports.NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC = NOOP_OBSERVABLE_UP_DOWN_COUNTER_METRIC;
exports.NOOP_UP_DOWN_COUNTER_METRIC = NOOP_UP_DOWN_COUNTER_METRIC;
exports.NoopCounterMetric = NoopCounterMetric;
exports.NoopGaugeMetric = NoopGaugeMetric;
exports.NoopHistogramMetric = NoopHistogramMetric;
exports.NoopMeter = NoopMeter;
exports.NoopMetric = NoopMetric;
exports.NoopObservableCounterMetric = NoopObservableCounterMetric;
exports.NoopObservableGaugeMetric = NoopObservableGaugeMetric;
exports.NoopObservableMetric = NoopObservableMetric;
exports.NoopObservableUpDownCounterMetric = NoopObservableUpDownCounterMetric;
exports.NoopUpDownCounterMetric = NoopUpDownCounterMetric;
exports.createNoopMeter = createNoopMeter;

//# sourceMappingURL=NoopMeter.cjs.map

/***/ }),

/***/ 7554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_NoopMeter = __nccwpck_require__(1677);
//#region src/metrics/NoopMeterProvider.ts
/**
* An implementation of the {@link MeterProvider} which returns an impotent Meter
* for all calls to `getMeter`
*/
var NoopMeterProvider = class {
	getMeter(_name, _version, _options) {
		return require_NoopMeter.NOOP_METER;
	}
};
const NOOP_METER_PROVIDER = new NoopMeterProvider();
//#endregion
exports.NOOP_METER_PROVIDER = NOOP_METER_PROVIDER;
exports.NoopMeterProvider = NoopMeterProvider;

//# sourceMappingURL=NoopMeterProvider.cjs.map

/***/ }),

/***/ 7045:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/propagation-api.ts
/**
* Entrypoint for propagation API
*
* @since 1.0.0
*/
const propagation = (__nccwpck_require__(3007)/* .PropagationAPI */ .R).getInstance();
//#endregion
exports.propagation = propagation;

//# sourceMappingURL=propagation-api.cjs.map

/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, exports) => {

//#region src/propagation/NoopTextMapPropagator.ts
/**
* No-op implementations of {@link TextMapPropagator}.
*/
var NoopTextMapPropagator = class {
	/** Noop inject function does nothing */
	inject(_context, _carrier) {}
	/** Noop extract function does nothing and returns the input context */
	extract(context, _carrier) {
		return context;
	}
	fields() {
		return [];
	}
};
//#endregion
exports.NoopTextMapPropagator = NoopTextMapPropagator;

//# sourceMappingURL=NoopTextMapPropagator.cjs.map

/***/ }),

/***/ 3565:
/***/ ((__unused_webpack_module, exports) => {

//#region src/propagation/TextMapPropagator.ts
/**
* @since 1.0.0
*/
const defaultTextMapGetter = {
	get(carrier, key) {
		if (carrier == null) return;
		return carrier[key];
	},
	keys(carrier) {
		if (carrier == null) return [];
		return Object.keys(carrier);
	}
};
/**
* @since 1.0.0
*/
const defaultTextMapSetter = { set(carrier, key, value) {
	if (carrier == null) return;
	carrier[key] = value;
} };
//#endregion
exports.defaultTextMapGetter = defaultTextMapGetter;
exports.defaultTextMapSetter = defaultTextMapSetter;

//# sourceMappingURL=TextMapPropagator.cjs.map

/***/ }),

/***/ 8936:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/trace-api.ts
/**
* Entrypoint for trace API
*
* @since 1.0.0
*/
const trace = (__nccwpck_require__(5446)/* .TraceAPI */ .C).getInstance();
//#endregion
exports.trace = trace;

//# sourceMappingURL=trace-api.cjs.map

/***/ }),

/***/ 5744:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_invalid_span_constants = __nccwpck_require__(3552);
//#region src/trace/NonRecordingSpan.ts
/**
* The NonRecordingSpan is the default {@link Span} that is used when no Span
* implementation is available. All operations are no-op including context
* propagation.
*/
var NonRecordingSpan = class {
	constructor(spanContext = require_invalid_span_constants.INVALID_SPAN_CONTEXT) {
		this._spanContext = spanContext;
	}
	spanContext() {
		return this._spanContext;
	}
	setAttribute(_key, _value) {
		return this;
	}
	setAttributes(_attributes) {
		return this;
	}
	addEvent(_name, _attributes) {
		return this;
	}
	addLink(_link) {
		return this;
	}
	addLinks(_links) {
		return this;
	}
	setStatus(_status) {
		return this;
	}
	updateName(_name) {
		return this;
	}
	end(_endTime) {}
	isRecording() {
		return false;
	}
	recordException(_exception, _time) {}
};
//#endregion
exports.NonRecordingSpan = NonRecordingSpan;

//# sourceMappingURL=NonRecordingSpan.cjs.map

/***/ }),

/***/ 1725:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_context = __nccwpck_require__(8352);
const require_NonRecordingSpan = __nccwpck_require__(5744);
const require_context_utils = __nccwpck_require__(3779);
const require_spancontext_utils = __nccwpck_require__(3723);
//#region src/trace/NoopTracer.ts
const contextApi = require_context.ContextAPI.getInstance();
/**
* No-op implementations of {@link Tracer}.
*/
var NoopTracer = class {
	startSpan(name, options, context = contextApi.active()) {
		if (Boolean(options === null || options === void 0 ? void 0 : options.root)) return new require_NonRecordingSpan.NonRecordingSpan();
		const parentFromContext = context && require_context_utils.getSpanContext(context);
		if (isSpanContext(parentFromContext) && require_spancontext_utils.isSpanContextValid(parentFromContext)) return new require_NonRecordingSpan.NonRecordingSpan(parentFromContext);
		else return new require_NonRecordingSpan.NonRecordingSpan();
	}
	startActiveSpan(name, arg2, arg3, arg4) {
		var _ctx;
		let opts;
		let ctx;
		let fn;
		if (arguments.length < 2) return;
		else if (arguments.length === 2) fn = arg2;
		else if (arguments.length === 3) {
			opts = arg2;
			fn = arg3;
		} else {
			opts = arg2;
			ctx = arg3;
			fn = arg4;
		}
		const parentContext = (_ctx = ctx) !== null && _ctx !== void 0 ? _ctx : contextApi.active();
		const span = this.startSpan(name, opts, parentContext);
		const contextWithSpanSet = require_context_utils.setSpan(parentContext, span);
		return contextApi.with(contextWithSpanSet, fn, void 0, span);
	}
};
function isSpanContext(spanContext) {
	return spanContext !== null && typeof spanContext === "object" && "spanId" in spanContext && typeof spanContext["spanId"] === "string" && "traceId" in spanContext && typeof spanContext["traceId"] === "string" && "traceFlags" in spanContext && typeof spanContext["traceFlags"] === "number";
}
//#endregion
exports.NoopTracer = NoopTracer;

//# sourceMappingURL=NoopTracer.cjs.map

/***/ }),

/***/ 3186:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_NoopTracer = __nccwpck_require__(1725);
//#region src/trace/NoopTracerProvider.ts
/**
* An implementation of the {@link TracerProvider} which returns an impotent
* Tracer for all calls to `getTracer`.
*
* All operations are no-op.
*/
var NoopTracerProvider = class {
	getTracer(_name, _version, _options) {
		return new require_NoopTracer.NoopTracer();
	}
};
//#endregion
exports.b = NoopTracerProvider;

//# sourceMappingURL=NoopTracerProvider.cjs.map

/***/ }),

/***/ 3861:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

//#region src/trace/ProxyTracer.ts
const NOOP_TRACER = new (__nccwpck_require__(1725).NoopTracer)();
/**
* Proxy tracer provided by the proxy tracer provider
*
* @since 1.0.0
*/
var ProxyTracer = class {
	constructor(provider, name, version, options) {
		this._provider = provider;
		this.name = name;
		this.version = version;
		this.options = options;
	}
	startSpan(name, options, context) {
		return this._getTracer().startSpan(name, options, context);
	}
	startActiveSpan(_name, _options, _context, _fn) {
		const tracer = this._getTracer();
		return Reflect.apply(tracer.startActiveSpan, tracer, arguments);
	}
	/**
	* Try to get a tracer from the proxy tracer provider.
	* If the proxy tracer provider has no delegate, return a noop tracer.
	*/
	_getTracer() {
		if (this._delegate) return this._delegate;
		const tracer = this._provider.getDelegateTracer(this.name, this.version, this.options);
		if (!tracer) return NOOP_TRACER;
		this._delegate = tracer;
		return this._delegate;
	}
};
//#endregion
exports.ProxyTracer = ProxyTracer;

//# sourceMappingURL=ProxyTracer.cjs.map

/***/ }),

/***/ 5930:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_ProxyTracer = __nccwpck_require__(3861);
//#region src/trace/ProxyTracerProvider.ts
const NOOP_TRACER_PROVIDER = new (__nccwpck_require__(3186)/* .NoopTracerProvider */ .b)();
/**
* Tracer provider which provides {@link ProxyTracer}s.
*
* Before a delegate is set, tracers provided are NoOp.
*   When a delegate is set, traces are provided from the delegate.
*   When a delegate is set after tracers have already been provided,
*   all tracers already provided will use the provided delegate implementation.
*
* @deprecated This will be removed in the next major version.
* @since 1.0.0
*/
var ProxyTracerProvider = class {
	/**
	* Get a {@link ProxyTracer}
	*/
	getTracer(name, version, options) {
		var _this$getDelegateTrac;
		return (_this$getDelegateTrac = this.getDelegateTracer(name, version, options)) !== null && _this$getDelegateTrac !== void 0 ? _this$getDelegateTrac : new require_ProxyTracer.ProxyTracer(this, name, version, options);
	}
	getDelegate() {
		var _this$_delegate;
		return (_this$_delegate = this._delegate) !== null && _this$_delegate !== void 0 ? _this$_delegate : NOOP_TRACER_PROVIDER;
	}
	/**
	* Set the delegate tracer provider
	*/
	setDelegate(delegate) {
		this._delegate = delegate;
	}
	getDelegateTracer(name, version, options) {
		var _this$_delegate2;
		return (_this$_delegate2 = this._delegate) === null || _this$_delegate2 === void 0 ? void 0 : _this$_delegate2.getTracer(name, version, options);
	}
};
//#endregion
exports.ProxyTracerProvider = ProxyTracerProvider;

//# sourceMappingURL=ProxyTracerProvider.cjs.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports) => {

//#region src/trace/SamplingResult.ts
/**
* @deprecated use the one declared in @opentelemetry/sdk-trace instead.
* A sampling decision that determines how a {@link Span} will be recorded
* and collected.
*
* @since 1.0.0
*/
let SamplingDecision = /* @__PURE__ */ function(SamplingDecision) {
	/**
	* `Span.isRecording() === false`, span will not be recorded and all events
	* and attributes will be dropped.
	*/
	SamplingDecision[SamplingDecision["NOT_RECORD"] = 0] = "NOT_RECORD";
	/**
	* `Span.isRecording() === true`, but `Sampled` flag in {@link TraceFlags}
	* MUST NOT be set.
	*/
	SamplingDecision[SamplingDecision["RECORD"] = 1] = "RECORD";
	/**
	* `Span.isRecording() === true` AND `Sampled` flag in {@link TraceFlags}
	* MUST be set.
	*/
	SamplingDecision[SamplingDecision["RECORD_AND_SAMPLED"] = 2] = "RECORD_AND_SAMPLED";
	return SamplingDecision;
}({});
//#endregion
exports.SamplingDecision = SamplingDecision;

//# sourceMappingURL=SamplingResult.cjs.map

/***/ }),

/***/ 3779:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_context = __nccwpck_require__(3041);
const require_context$1 = __nccwpck_require__(8352);
const require_NonRecordingSpan = __nccwpck_require__(5744);
//#region src/trace/context-utils.ts
/**
* span key
*/
const SPAN_KEY = require_context.createContextKey("OpenTelemetry Context Key SPAN");
/**
* Return the span if one exists
*
* @param context context to get span from
*/
function getSpan(context) {
	return context.getValue(SPAN_KEY) || void 0;
}
/**
* Gets the span from the current context, if one exists.
*/
function getActiveSpan() {
	return getSpan(require_context$1.ContextAPI.getInstance().active());
}
/**
* Set the span on a context
*
* @param context context to use as parent
* @param span span to set active
*/
function setSpan(context, span) {
	return context.setValue(SPAN_KEY, span);
}
/**
* Remove current span stored in the context
*
* @param context context to delete span from
*/
function deleteSpan(context) {
	return context.deleteValue(SPAN_KEY);
}
/**
* Wrap span context in a NoopSpan and set as span in a new
* context
*
* @param context context to set active span on
* @param spanContext span context to be wrapped
*/
function setSpanContext(context, spanContext) {
	return setSpan(context, new require_NonRecordingSpan.NonRecordingSpan(spanContext));
}
/**
* Get the span context of the span if it exists.
*
* @param context context to get values from
*/
function getSpanContext(context) {
	var _getSpan;
	return (_getSpan = getSpan(context)) === null || _getSpan === void 0 ? void 0 : _getSpan.spanContext();
}
//#endregion
exports.deleteSpan = deleteSpan;
exports.getActiveSpan = getActiveSpan;
exports.getSpan = getSpan;
exports.getSpanContext = getSpanContext;
exports.setSpan = setSpan;
exports.setSpanContext = setSpanContext;

//# sourceMappingURL=context-utils.cjs.map

/***/ }),

/***/ 8457:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_tracestate_validators = __nccwpck_require__(8534);
//#region src/trace/internal/tracestate-impl.ts
const MAX_TRACE_STATE_ITEMS = 32;
const MAX_TRACE_STATE_LEN = 512;
const LIST_MEMBERS_SEPARATOR = ",";
const LIST_MEMBER_KEY_VALUE_SPLITTER = "=";
/**
* TraceState must be a class and not a simple object type because of the spec
* requirement (https://www.w3.org/TR/trace-context/#tracestate-field).
*
* Here is the list of allowed mutations:
* - New key-value pair should be added into the beginning of the list
* - The value of any key can be updated. Modified keys MUST be moved to the
* beginning of the list.
*
* @deprecated Use TraceState from "@opentelemetry/core". This will be removed in the next major version.
*/
var TraceStateImpl = class TraceStateImpl {
	constructor(rawTraceState) {
		this._internalState = /* @__PURE__ */ new Map();
		if (rawTraceState) this._parse(rawTraceState);
	}
	set(key, value) {
		const currValue = this._internalState.get(key);
		let newLength = this.serialize().length;
		if (typeof currValue === "string") newLength += value.length - currValue.length;
		else {
			if (this._internalState.size >= MAX_TRACE_STATE_ITEMS) return this;
			newLength += key.length + value.length + (this._internalState.size > 0 ? 2 : 1);
		}
		if (newLength > MAX_TRACE_STATE_LEN) return this;
		const traceState = this._clone();
		if (traceState._internalState.has(key)) traceState._internalState.delete(key);
		traceState._internalState.set(key, value);
		return traceState;
	}
	unset(key) {
		const traceState = this._clone();
		traceState._internalState.delete(key);
		return traceState;
	}
	get(key) {
		return this._internalState.get(key);
	}
	serialize() {
		return Array.from(this._internalState.keys()).reduceRight((agg, key) => {
			agg.push(key + LIST_MEMBER_KEY_VALUE_SPLITTER + this.get(key));
			return agg;
		}, []).join(LIST_MEMBERS_SEPARATOR);
	}
	_parse(rawTraceState) {
		if (rawTraceState.length > MAX_TRACE_STATE_LEN) return;
		this._internalState = rawTraceState.split(LIST_MEMBERS_SEPARATOR).reduceRight((agg, part) => {
			const listMember = part.trim();
			const i = listMember.indexOf(LIST_MEMBER_KEY_VALUE_SPLITTER);
			if (i !== -1) {
				const key = listMember.slice(0, i);
				const value = listMember.slice(i + 1, part.length);
				if (require_tracestate_validators.validateKey(key) && require_tracestate_validators.validateValue(value)) agg.set(key, value);
			}
			return agg;
		}, /* @__PURE__ */ new Map());
		if (this._internalState.size > MAX_TRACE_STATE_ITEMS) this._internalState = new Map(Array.from(this._internalState.entries()).reverse().slice(0, MAX_TRACE_STATE_ITEMS));
	}
	_keys() {
		return Array.from(this._internalState.keys()).reverse();
	}
	_clone() {
		const traceState = new TraceStateImpl();
		traceState._internalState = new Map(this._internalState);
		return traceState;
	}
};
//#endregion
exports.TraceStateImpl = TraceStateImpl;

//# sourceMappingURL=tracestate-impl.cjs.map

/***/ }),

/***/ 8534:
/***/ ((__unused_webpack_module, exports) => {

//#region src/trace/internal/tracestate-validators.ts
const VALID_KEY_CHAR_RANGE = "[_0-9a-z-*/]";
const VALID_KEY_REGEX = new RegExp(`^(?:${`[a-z]${VALID_KEY_CHAR_RANGE}{0,255}`}|${`[a-z0-9]${VALID_KEY_CHAR_RANGE}{0,240}@[a-z]${VALID_KEY_CHAR_RANGE}{0,13}`})$`);
const VALID_VALUE_BASE_REGEX = /^[ -~]{0,255}[!-~]$/;
const INVALID_VALUE_COMMA_EQUAL_REGEX = /,|=/;
/**
* Key is opaque string up to 256 characters printable. It MUST begin with a
* lowercase letter, and can only contain lowercase letters a-z, digits 0-9,
* underscores _, dashes -, asterisks *, and forward slashes /.
* For multi-tenant vendor scenarios, an at sign (@) can be used to prefix the
* vendor name. Vendors SHOULD set the tenant ID at the beginning of the key.
* see https://www.w3.org/TR/trace-context/#key
*/
function validateKey(key) {
	return VALID_KEY_REGEX.test(key);
}
/**
* Value is opaque string up to 256 characters printable ASCII RFC0020
* characters (i.e., the range 0x20 to 0x7E) except comma , and =.
*/
function validateValue(value) {
	return VALID_VALUE_BASE_REGEX.test(value) && !INVALID_VALUE_COMMA_EQUAL_REGEX.test(value);
}
//#endregion
exports.validateKey = validateKey;
exports.validateValue = validateValue;

//# sourceMappingURL=tracestate-validators.cjs.map

/***/ }),

/***/ 2219:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

const require_tracestate_impl = __nccwpck_require__(8457);
//#region src/trace/internal/utils.ts
/**
* @deprecated Use TraceState from "@opentelemetry/core". This will be removed in the next major version.
* @since 1.1.0
*/
function createTraceState(rawTraceState) {
	return new require_tracestate_impl.TraceStateImpl(rawTraceState);
}
//#endregion
exports.createTraceState = createTraceState;

//# sourceMappingURL=utils.cjs.map

/***/ }),

/***/ 3552:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

__nccwpck_require__(3245);
//#region src/trace/invalid-span-constants.ts
/**
* @since 1.0.0
*/
const INVALID_SPANID = "0000000000000000";
/**
* @since 1.0.0
*/
const INVALID_TRACEID = "00000000000000000000000000000000";
/**
* @since 1.0.0
*/
const INVALID_SPAN_CONTEXT = {
	traceId: INVALID_TRACEID,
	spanId: INVALID_SPANID,
	traceFlags: 0
};
//#endregion
exports.INVALID_SPANID = INVALID_SPANID;
exports.INVALID_SPAN_CONTEXT = INVALID_SPAN_CONTEXT;
exports.INVALID_TRACEID = INVALID_TRACEID;

//# sourceMappingURL=invalid-span-constants.cjs.map

/***/ }),

/***/ 7483:
/***/ ((__unused_webpack_module, exports) => {

//#region src/trace/span_kind.ts
/**
* @since 1.0.0
*/
let SpanKind = /* @__PURE__ */ function(SpanKind) {
	/** Default value. Indicates that the span is used internally. */
	SpanKind[SpanKind["INTERNAL"] = 0] = "INTERNAL";
	/**
	* Indicates that the span covers server-side handling of an RPC or other
	* remote request.
	*/
	SpanKind[SpanKind["SERVER"] = 1] = "SERVER";
	/**
	* Indicates that the span covers the client-side wrapper around an RPC or
	* other remote request.
	*/
	SpanKind[SpanKind["CLIENT"] = 2] = "CLIENT";
	/**
	* Indicates that the span describes producer sending a message to a
	* broker. Unlike client and server, there is no direct critical path latency
	* relationship between producer and consumer spans.
	*/
	SpanKind[SpanKind["PRODUCER"] = 3] = "PRODUCER";
	/**
	* Indicates that the span describes consumer receiving a message from a
	* broker. Unlike client and server, there is no direct critical path latency
	* relationship between producer and consumer spans.
	*/
	SpanKind[SpanKind["CONSUMER"] = 4] = "CONSUMER";
	return SpanKind;
}({});
//#endregion
exports.SpanKind = SpanKind;

//# sourceMappingURL=span_kind.cjs.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

__nccwpck_require__(3552);
const require_NonRecordingSpan = __nccwpck_require__(5744);
//#region src/trace/spancontext-utils.ts
const isHex = new Uint8Array([
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	1,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	0,
	1,
	1,
	1,
	1,
	1,
	1
]);
function isValidHex(id, length) {
	if (typeof id !== "string" || id.length !== length) return false;
	let r = 0;
	for (let i = 0; i < id.length; i += 4) r += (isHex[id.charCodeAt(i)] | 0) + (isHex[id.charCodeAt(i + 1)] | 0) + (isHex[id.charCodeAt(i + 2)] | 0) + (isHex[id.charCodeAt(i + 3)] | 0);
	return r === length;
}
/**
* @since 1.0.0
*/
function isValidTraceId(traceId) {
	return isValidHex(traceId, 32) && traceId !== "00000000000000000000000000000000";
}
/**
* @since 1.0.0
*/
function isValidSpanId(spanId) {
	return isValidHex(spanId, 16) && spanId !== "0000000000000000";
}
/**
* Returns true if this {@link SpanContext} is valid.
* @return true if this {@link SpanContext} is valid.
*
* @since 1.0.0
*/
function isSpanContextValid(spanContext) {
	return isValidTraceId(spanContext.traceId) && isValidSpanId(spanContext.spanId);
}
/**
* Wrap the given {@link SpanContext} in a new non-recording {@link Span}
*
* @param spanContext span context to be wrapped
* @returns a new non-recording {@link Span} with the provided context
*/
function wrapSpanContext(spanContext) {
	return new require_NonRecordingSpan.NonRecordingSpan(spanContext);
}
//#endregion
exports.isSpanContextValid = isSpanContextValid;
exports.isValidSpanId = isValidSpanId;
exports.isValidTraceId = isValidTraceId;
exports.wrapSpanContext = wrapSpanContext;

//# sourceMappingURL=spancontext-utils.cjs.map

/***/ }),

/***/ 7632:
/***/ ((__unused_webpack_module, exports) => {

//#region src/trace/status.ts
/**
* An enumeration of status codes.
*
* @since 1.0.0
*/
let SpanStatusCode = /* @__PURE__ */ function(SpanStatusCode) {
	/**
	* The default status.
	*/
	SpanStatusCode[SpanStatusCode["UNSET"] = 0] = "UNSET";
	/**
	* The operation has been validated by an Application developer or
	* Operator to have completed successfully.
	*/
	SpanStatusCode[SpanStatusCode["OK"] = 1] = "OK";
	/**
	* The operation contains an error.
	*/
	SpanStatusCode[SpanStatusCode["ERROR"] = 2] = "ERROR";
	return SpanStatusCode;
}({});
//#endregion
exports.SpanStatusCode = SpanStatusCode;

//# sourceMappingURL=status.cjs.map

/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, exports) => {

//#region src/trace/trace_flags.ts
/**
* @since 1.0.0
*/
let TraceFlags = /* @__PURE__ */ function(TraceFlags) {
	/** Represents no flag set. */
	TraceFlags[TraceFlags["NONE"] = 0] = "NONE";
	/** Bit to represent whether trace is sampled in trace flags. */
	TraceFlags[TraceFlags["SAMPLED"] = 1] = "SAMPLED";
	return TraceFlags;
}({});
//#endregion
exports.TraceFlags = TraceFlags;

//# sourceMappingURL=trace_flags.cjs.map

/***/ }),

/***/ 9128:
/***/ ((__unused_webpack_module, exports) => {

//#region src/version.ts
const VERSION = "1.10.0";
//#endregion
exports.VERSION = VERSION;

//# sourceMappingURL=version.cjs.map

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

;// CONCATENATED MODULE: ./src/engine/duration.ts
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
function duration_parseDuration(text) {
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

;// CONCATENATED MODULE: ./src/engine/status.ts
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

;// CONCATENATED MODULE: ./src/engine/calendar.ts
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

;// CONCATENATED MODULE: ./src/engine/promql.ts
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

;// CONCATENATED MODULE: ./src/engine/exclusions.ts
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
    return (template.includes(WINDOW_PLACEHOLDER) &&
        !template.replace(RANGE, '').includes(WINDOW_PLACEHOLDER));
}
/**
 * The query over a fixed interval: each range `[{{window}}]` becomes `[<seconds>s] @ <end>`, which
 * Prometheus (2.33+), Thanos, Mimir and VictoriaMetrics evaluate at that instant.
 */
function expandAt(template, seconds, end) {
    return template.replace(RANGE, (_, step) => `[${seconds}s${step ?? ''}] @ ${end}`);
}

;// CONCATENATED MODULE: ./src/engine/inputs.ts
/**
 * The parsers of single input values, shared by the action, the CLI, the App and the spec
 * readers. Each takes the input's name and its text, and refuses a bad value with an InputError
 * that names the input and the accepted form. Pure.
 */





/** A bad input: the message names the input and the accepted form. */
class inputs_InputError extends Error {
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
        throw new inputs_InputError(input, `"${text}" is not a number; expected ${accepted}`);
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
        throw new inputs_InputError(input, `"${text.trim()}" is not allowed; expected ${words.slice(0, -1).join(', ')} or ${words.at(-1)} (in lower case, Capitalised or UPPER case)`);
    return word;
}
function parseBoolean(input, text) {
    const word = matchWord(text, ['true', 'false']);
    if (word === undefined)
        throw new inputs_InputError(input, `"${text}" is not a boolean; expected true or false`);
    return word === 'true';
}
function parseWindow(input, text) {
    try {
        duration_parseDuration(text);
    }
    catch (error) {
        throw new inputs_InputError(input, error.message);
    }
    return text.trim();
}
/** time_window: a Prometheus duration (rolling), or month, quarter, week (calendar). */
function parseSloWindow(input, text) {
    if (isCalendarUnit(text.trim()))
        return text.trim();
    try {
        duration_parseDuration(text);
    }
    catch (error) {
        throw new inputs_InputError(input, `${error.message}, or a calendar period: month, quarter, week`);
    }
    return text.trim();
}
function parseTimeZone(input, text) {
    const zone = text.trim();
    if (!isTimeZone(zone))
        throw new inputs_InputError(input, `${JSON.stringify(text)} is not a time zone; expected an IANA name such as UTC, Europe/Berlin, America/New_York`);
    return zone;
}
function parseTarget(input, text) {
    const target = parseNumber(input, text, 'a percentage between 0 and 100, such as 99.9');
    // A ratio of 1 is 100 %, itself refused: suggest only a value the gate would accept.
    if (target === 1) {
        throw new inputs_InputError(input, `${text} looks like a ratio of 1.0 = 100 %, which leaves no error budget; give the target in percent below 100, such as 99.9`);
    }
    if (target > 0 && target < 1) {
        const percent = Number((target * 100).toPrecision(12));
        throw new inputs_InputError(input, `${text} looks like a ratio; give the target in percent (${percent} for ${text})`);
    }
    if (!(target > 0 && target < 100)) {
        throw new inputs_InputError(input, `${text} is out of range; expected a percentage with 0 < x < 100, such as 99.9`);
    }
    return target;
}
function parseThresholds(inputs) {
    const read = ([input, text]) => {
        const value = parseNumber(input, text, 'a percentage of budget left, 0-100');
        if (value < 0 || value > 100)
            throw new inputs_InputError(input, `${text} is outside 0-100`);
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
        throw new inputs_InputError(culprit[0], `thresholds must be strictly decreasing: caution (${thresholds.caution}) > warning (${thresholds.warning}) > freeze (${thresholds.freeze}), but ${culprit[0]} (${culprit[1].trim()}) is not ${culprit === upper ? 'above' : 'below'} ${other[0]} (${other[1].trim()})`);
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
        const status = matchWord(word, STATUSES);
        if (!status || status === 'ERROR' || status === 'NORMAL') {
            throw new inputs_InputError(input, `"${word}" is not a status that can block; expected ${accepted} (ERROR is governed by on_error)`);
        }
        return status;
    });
    if (statuses.length === 0)
        throw new inputs_InputError(input, `${JSON.stringify(text)} names no status; expected ${accepted} (EXHAUSTED always blocks)`);
    return statuses;
}
function parseQuery(input, text) {
    const query = text.trim();
    if (!query)
        throw new inputs_InputError(input, 'is empty; expected a PromQL query containing {{window}}');
    if (!query.includes(WINDOW_PLACEHOLDER)) {
        throw new inputs_InputError(input, `has no ${WINDOW_PLACEHOLDER} placeholder; write the range as [${WINDOW_PLACEHOLDER}], e.g. sum(increase(http_requests_total[${WINDOW_PLACEHOLDER}]))`);
    }
    // Refused now rather than at query time, where PromQL would fail on the braces.
    const unknown = /\{\{[^}]*\}\}/.exec(query.replaceAll(WINDOW_PLACEHOLDER, ''));
    if (unknown) {
        throw new inputs_InputError(input, `has a placeholder ${unknown[0]} that the gate does not fill; the only one is ${WINDOW_PLACEHOLDER}, written exactly so`);
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
        throw new inputs_InputError(input, `${text} is negative; expected 0 (off) or a positive multiple`);
    return value;
}
function parseBurnTiers(input, text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 1 && words[0] === 'none')
        return [];
    const accepted = 'page, page,ticket or none';
    if (words.length === 0)
        throw new inputs_InputError(input, `is empty; expected ${accepted}`);
    for (const word of words) {
        if (word !== 'page' && word !== 'ticket')
            throw new inputs_InputError(input, `"${word}" is not a tier set; expected ${accepted}`);
    }
    return ['page', 'ticket'].filter(level => words.includes(level));
}
/** `auto` (the events at which the budget allows one bad event), or a whole number; 0 is off. */
function parseMinEvents(input, text) {
    if (text.trim() === 'auto')
        return 'auto';
    const value = parseNumber(input, text, 'auto, or a whole number of events (0 turns the guard off)');
    if (!Number.isInteger(value) || value < 0)
        throw new inputs_InputError(input, `${text} is not a whole number of events; expected auto or 0, 1, 2, …`);
    return value;
}
function parseLowTraffic(input, text) {
    const value = text.trim();
    if (value !== 'evaluate' && value !== 'allow')
        throw new inputs_InputError(input, `${JSON.stringify(text)} is not allowed; expected evaluate or allow`);
    return value;
}
/** `exclude`: one `START/END reason` (or `START/DURATION reason`) a line; errors name the line. */
function parseExclusions(input, text) {
    const exclusions = [];
    text.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim())
            return;
        try {
            exclusions.push(parseExclusion(line, `${input} line ${i + 1}`));
        }
        catch (error) {
            throw new inputs_InputError(input, `line ${i + 1}: ${error.message}`);
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
            throw new inputs_InputError(input, `"${trimmed}" is not a date and time on the calendar`);
        }
    }
    if (Number.isNaN(date.getTime())) {
        throw new inputs_InputError(input, `"${text}" is not a time; expected RFC 3339 (2026-01-31T12:00:00Z) or Unix seconds`);
    }
    return date;
}
function parseIntegerInRange(input, text, min, max, accepted) {
    const value = parseNumber(input, text, accepted);
    if (!Number.isInteger(value) || value < min || value > max) {
        throw new inputs_InputError(input, `${text} is out of range; expected ${accepted}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/text/escape.ts
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
function escape_oneLine(text) {
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
        escapeMarkdown(secret),
        escapeSlack(secret)
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

;// CONCATENATED MODULE: ./src/engine/budget.ts
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
            tierFactor(tier.budgetShare ?? 0, windowSeconds, duration_parseDuration(tier.longWindow));
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
        status = atLeast(status, check.escalateTo);
        reasons.push(`${check.name}: ${measured} (at least ${check.escalateTo})`);
    }
    return { status, reasons, tiers };
}
/** Event counts from increase() are fractional; a reason shows them whole. */
const formatCount = (n) => String(Math.round(n));

;// CONCATENATED MODULE: ./src/engine/slo.ts
/**
 * One SLO, fully resolved: its type, the checks that need the whole SLO (tiers that fit, events
 * that can be excluded, a low-traffic exemption that is not an open door), and the SLO the
 * single-SLO inputs describe. Pure.
 */





/** The length a window's tiers must fit in: the shortest period of a calendar window. */
const nominalSeconds = (window) => isCalendarUnit(window) ? SHORTEST_PERIOD[window] : duration_parseDuration(window);
/**
 * Every tier must fit its SLO: a short window shorter than the long one, and a long window no
 * longer than the SLO window (its burn would then measure older errors than the budget counts).
 */
function checkTiers(slo, input) {
    const window = nominalSeconds(slo.window);
    const tiers = slo.burnTiers ?? builtInTiers(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold);
    for (const tier of tiers) {
        if (duration_parseDuration(tier.shortWindow) >= duration_parseDuration(tier.longWindow))
            throw new inputs_InputError(input, `the ${tier.name} tier's short window ${tier.shortWindow} is not shorter than its long window ${tier.longWindow}`);
        // The default page tiers stay on short windows (as before); tiers someone chose must fit.
        const chosen = slo.burnTiers !== undefined || slo.burnTierLevels.includes('ticket');
        if (chosen && duration_parseDuration(tier.longWindow) > window)
            throw new inputs_InputError(input, `the ${tier.name} tier's long window ${tier.longWindow} is longer than the SLO window ${slo.window}; choose tiers that fit it (burn_tiers: page)`);
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
        if (!supportsExclusion(query))
            throw new inputs_InputError(input, `${slo.name} has excluded intervals, but its ${name} (${query}) does not count events over [{{window}}] ranges (an error-ratio SLI, or {{window}} outside a range selector), so no events can be removed from it`);
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
        throw new inputs_InputError(input, `${slo.minEvents} with low_traffic: allow would let ${slo.name} go unblocked below ${slo.minEvents} events; at ${slo.target}% one bad event is within the budget from ${floor} events on, so keep min_events at most ${10 * floor} (10x) with allow, or use low_traffic: evaluate`);
    const resolved = slo.minEvents === 'auto' ? floor : slo.minEvents;
    if (resolved > MAX_ALLOWED_MIN_EVENTS)
        throw new inputs_InputError(input, `${resolved} events with low_traffic: allow would let ${slo.name} go unblocked below ${resolved} events (at ${slo.target}% one bad event needs that many); with allow, min_events may be at most ${MAX_ALLOWED_MIN_EVENTS}: use low_traffic: evaluate, or a lower target`);
}
/** The single SLO described by the action's inputs (also the defaults for SLOs in a config file). */
function sloFromInputs(get, name = 'default') {
    const input = withDefaults(get);
    const given = (key) => get(key).trim() !== '';
    const slo = {
        name,
        target: parseTarget('slo_target', input('slo_target')),
        window: parseSloWindow('time_window', input('time_window')),
        errorQuery: parseQuery('error_query', input('error_query')),
        totalQuery: parseQuery('total_query', input('total_query')),
        thresholds: parseThresholds({
            caution: ['caution_threshold', input('caution_threshold'), given('caution_threshold')],
            warning: ['warning_threshold', input('warning_threshold'), given('warning_threshold')],
            freeze: ['freeze_threshold', input('freeze_threshold'), given('freeze_threshold')]
        }),
        blockOn: parseBlockOn('block_on', input('block_on')),
        burnRateWindow: parseWindow('burn_rate_window', input('burn_rate_window')),
        fastBurnThreshold: parseBurnThreshold('fast_burn_threshold', input('fast_burn_threshold')),
        slowBurnThreshold: parseBurnThreshold('slow_burn_threshold', input('slow_burn_threshold')),
        burnTierLevels: parseBurnTiers('burn_tiers', input('burn_tiers')),
        minEvents: parseMinEvents('min_events', input('min_events')),
        lowTraffic: parseLowTraffic('low_traffic', input('low_traffic')),
        exclusions: parseExclusions('exclude', get('exclude')),
        timeZone: parseTimeZone('time_zone', input('time_zone')),
        querySource: parseQuerySource('query_source', input('query_source'))
    };
    checkTiers(slo, 'burn_tiers');
    checkExcludable(slo, 'exclude');
    checkLowTraffic(slo, 'min_events');
    return slo;
}

;// CONCATENATED MODULE: ./src/engine/config.ts




function parseHeaders(input, text) {
    const headers = {};
    for (const line of text.split(/\r?\n/)) {
        if (!line.trim())
            continue;
        const match = /^\s*([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*:\s*(.*?)\s*$/.exec(line);
        if (!match)
            throw new inputs_InputError(input, `"${line.slice(0, 40)}" is not a header; expected one "Name: value" a line`);
        headers[match[1]] = match[2];
    }
    return headers;
}
/** Splits credentials out of the URL so they travel only in the Authorization header. */
function parsePrometheusUrl(input, text) {
    const trimmed = text.trim();
    if (!trimmed)
        throw new inputs_InputError(input, 'is required; expected the base URL of a Prometheus HTTP API, e.g. https://prometheus.example.com');
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new inputs_InputError(input, 'is not a URL; expected http(s)://host[:port][/path-prefix]');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new inputs_InputError(input, `has protocol ${url.protocol}; expected http or https`);
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
            checkExclusions(slo.exclusions, time);
        }
        catch (error) {
            throw new inputs_InputError(input, `${slo.name}: ${error.message}`);
        }
    }
    return slos;
}
/** The Prometheus endpoint of the prometheus_* inputs, checked (credentials out of the URL). */
function readPrometheusOptions(get) {
    const input = withDefaults(get);
    const endpoint = parsePrometheusUrl('prometheus_url', get('prometheus_url'));
    const token = get('prometheus_token').trim() || undefined;
    // It travels as a header value: a line break would be refused by the HTTP stack at each try.
    // eslint-disable-next-line no-control-regex
    if (token && /[\u0000-\u0008\u000a-\u001f\u007f]/.test(token)) {
        throw new inputs_InputError('prometheus_token', 'has a line break or a control character; expected the token on one line (check how the secret was stored)');
    }
    const username = get('prometheus_username').trim() || endpoint.username;
    const password = get('prometheus_password').trim() || endpoint.password;
    if (token && (username || password)) {
        throw new inputs_InputError('prometheus_token', 'set either prometheus_token or prometheus_username/password, not both');
    }
    const caCert = get('prometheus_ca_cert').trim() || undefined;
    if (caCert && !caCert.includes('-----BEGIN CERTIFICATE-----')) {
        throw new inputs_InputError('prometheus_ca_cert', 'expected PEM text starting with -----BEGIN CERTIFICATE-----');
    }
    return {
        url: endpoint.url,
        token,
        username,
        password,
        headers: parseHeaders('prometheus_headers', get('prometheus_headers')),
        caCert,
        timeoutSeconds: parseIntegerInRange('prometheus_timeout', input('prometheus_timeout'), 1, 600, 'whole seconds, 1-600'),
        retries: parseIntegerInRange('prometheus_retries', input('prometheus_retries'), 0, 10, 'a whole number, 0-10')
    };
}
/**
 * Builds and checks the gate's config: `get` answers by the action's input names (unset: the
 * defaults), `slos` are the SLOs of a config file or a policy (unset: the one SLO of the inputs).
 */
function readGateConfig(get, slos, context = {}) {
    const input = withDefaults(get);
    const prometheus = context.endpoint?.prometheus ?? readPrometheusOptions(get);
    const onError = parseWord('on_error', input('on_error'), ['block', 'allow']);
    const now = context.now ?? (() => new Date());
    return {
        prometheus,
        slos: withCheckedExclusions(slos ?? [sloFromInputs(get)], slos ? 'config_file' : 'exclude', parseEvaluationTime('evaluation_time', get('evaluation_time')) ?? now()),
        freezeFile: input('freeze_file'),
        onError,
        failOnBlock: parseBoolean('fail_on_block', input('fail_on_block')),
        dryRun: parseBoolean('dry_run', input('dry_run')),
        evaluationTime: parseEvaluationTime('evaluation_time', get('evaluation_time')),
        maxConcurrency: parseIntegerInRange('max_concurrency', input('max_concurrency'), 1, 64, 'a whole number, 1-64'),
        chart: parseBoolean('chart', input('chart')),
        secrets: [...(context.endpoint?.secrets ?? []), ...secretValues(get)]
    };
}

;// CONCATENATED MODULE: ./src/engine/tiers.ts
/** The burn checks an SLO is judged by: shared by the evaluation and the generated alert rules. */


/** The burn checks of an SLO: its own tiers (config file), or the built-in ones of burn_tiers. */
function tiers_checksFor(slo) {
    const tiers = slo.burnTiers ?? builtInTiers(slo.burnTierLevels, slo.fastBurnThreshold, slo.slowBurnThreshold);
    return burnChecks(tiers, windowSeconds(slo));
}
/** The SLO window's length for the budget maths: a calendar window's is its whole period's. */
const windowSeconds = (slo) => slo.calendar ? (slo.calendar.end - slo.calendar.start) / 1000 : nominalSeconds(slo.window);

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
const isRatioSlo = (slo) => !slo.totalQuery.includes(WINDOW_PLACEHOLDER);
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
        errorQuery: `${SLOTH_RECORD}${WINDOW_PLACEHOLDER}{sloth_id=${id}}`,
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
    const periodSeconds = duration_parseDuration(slo.window);
    const increase = (metric, matchers, window) => `sum(${pyrraIncrease(metric).replace(WINDOW_PROM_PLACEHOLDER, window)}{${[sloLabel, ...matchers].join(',')}})`;
    const total = increase(pyrra.totalMetric, [], WINDOW_PROM_PLACEHOLDER);
    const errors = increase(pyrra.errorsMetric, pyrra.errorMatchers, WINDOW_PROM_PLACEHOLDER);
    const periodTotal = increase(pyrra.totalMetric, [], formatDuration(periodSeconds));
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
    .filter(w => duration_parseDuration(w) !== duration_parseDuration(slo.window))
    .map(w => formatDuration(duration_parseDuration(w)));
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
        const period = pyrraIncrease(pyrra.totalMetric).replace(WINDOW_PROM_PLACEHOLDER, formatDuration(duration_parseDuration(slo.window)));
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
    const range = Math.max(...slos.map(s => duration_parseDuration(s.window)));
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
    return since <= time.getTime() / 1000 - duration_parseDuration(window) + 2 * 3600;
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
    const expanded = query.replaceAll(WINDOW_PLACEHOLDER, window);
    // The placeholders of the queries that read recording rules (never in user input).
    if (!expanded.includes('{{window_'))
        return expanded;
    const seconds = duration_parseDuration(window);
    return expanded
        .replaceAll(WINDOW_PROM_PLACEHOLDER, formatDuration(seconds))
        .replaceAll(WINDOW_SECONDS_PLACEHOLDER, String(seconds))
        .replaceAll(WINDOW_RANGE_PLACEHOLDER, `${seconds * 1000 - 1}ms`);
}

;// CONCATENATED MODULE: ./src/engine/windows.ts
/**
 * The windows of an SLO: which ones it is judged over, how they compare, and a calendar window
 * resolved at an instant (its elapsed part, its period's figures). Pure.
 */




/** Windows are compared as durations: `60m` and `1h` are one window, queried once. */
const sameWindow = (a, b) => duration_parseDuration(a) === duration_parseDuration(b);
/** One text per duration, the first one given (the user's spelling is what the reports show). */
function uniqueWindows(windows) {
    const bySeconds = new Map();
    for (const window of windows) {
        const seconds = duration_parseDuration(window);
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
    if (!isCalendarUnit(slo.window))
        return slo;
    const calendar = periodAt(slo.window, slo.timeZone, time);
    const elapsed = Math.max(1, Math.floor((time.getTime() - calendar.start) / 1000));
    return { ...slo, window: `${elapsed}s`, calendar };
}
/** How the reasons name the SLO window: a calendar one by its period. */
function windowName(slo) {
    const c = slo.calendar;
    return c
        ? `the ${c.unit} to date (${slo.window} since ${iso(c.start / 1000)}, ${c.timeZone})`
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
    const elapsedDays = duration_parseDuration(slo.window) / 86400;
    return {
        unit: c.unit,
        timeZone: c.timeZone,
        start: iso(c.start / 1000),
        end: iso(c.end / 1000),
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
    return slo.minEvents === 'auto' ? eventsForOneBadEvent(slo.target) : slo.minEvents;
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
    const windowDays = duration_parseDuration(slo.window) / 86400;
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
                            ? `; the ${slo.calendar.unit} began only ${slo.window} ago (${iso(slo.calendar.start / 1000)}), too short for two samples of these series: the budget is unknown until it holds a few scrapes`
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
            burnRate: ratio === null ? null : burnRate(ratio, slo.target)
        });
    }
    const main = windows.find(w => sameWindow(w.window, slo.window));
    if (main.errorRatio === null) {
        return errorResult(slo, `total_query returned 0 over ${windowName(slo)}: no traffic, so the budget cannot be told`, windows, onError);
    }
    const remaining = budgetRemaining(main.errorRatio, slo.target);
    const burnWindow = windows.find(w => sameWindow(w.window, slo.burnRateWindow));
    const windowDays = windowSeconds(slo) / 86400;
    const days = daysToExhaustion(remaining, windowDays, burnWindow.burnRate ?? 0);
    let status = statusFromRemaining(remaining, slo.thresholds);
    const reasons = [
        `${slo.name}: ${remaining.toFixed(2)}% of the error budget left over ${windowName(slo)} (${describeLevel(remaining, slo)})`
    ];
    const figuresOf = (window) => windows.find(w => sameWindow(w.window, window));
    const minEvents = minEventsFor(slo);
    const escalation = escalateForBurn(status, tiers_checksFor(slo), window => figuresOf(window)?.burnRate, minEvents > 0 ? { minEvents, eventsOver: window => figuresOf(window)?.total } : undefined);
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
                    message: `${label} over the excluded interval ${describeExclusion(exclusion)} within ${window} (${range.seconds}s ending ${iso(range.end)}): ${outcome.message}${outcome.noData ? '; an interval shorter than two scrapes holds no samples: widen it' : ''}`
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
const describeExclusion = (e) => `${iso(e.start)}/${iso(e.end)} (${e.reason})`;
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
    const slos = [...results].sort((a, b) => severity(b.status, errorBlocks) - severity(a.status, errorBlocks));
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
            status = status === 'ERROR' ? 'FREEZE' : atLeast(status, 'FREEZE');
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
const outcomeKey = (template, window) => `${duration_parseDuration(window)}s ${template}`;
/** The label that tells apart the windows of a batched query. */
const WINDOW_LABEL = 'ebg_window';
const rangeLabel = (r) => `at ${r.seconds}s@${r.end}`;
/** Where the outcome of a query over a fixed range is kept. */
const rangeKey = (template, r) => `${rangeLabel(r)} ${template}`;
/** The exclusions that overlap the window ending at `now` (Unix seconds), each with its part inside. */
function overlaps(slo, window, now) {
    return slo.exclusions.flatMap(exclusion => {
        const range = clip(exclusion, duration_parseDuration(window), now);
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
        ...(batch.ranges ?? []).map(r => `label_replace(${asTerm(batch.template, expandAt(batch.template, r.seconds, r.end))}, "${WINDOW_LABEL}", "${rangeLabel(r)}", "", "")`)
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
        if (slo.timeZone !== 'UTC' && !isCalendarUnit(slo.window))
            warnings.push(`${slo.name}: time_zone ${slo.timeZone} has no effect on the rolling ${slo.window} window; it applies to month, quarter and week`);
        for (const [input, query] of [
            ['error_query', slo.errorQuery],
            ['total_query', slo.totalQuery]
        ]) {
            if (/\bor\s+vector\s*\(\s*0\s*\)/.test(query)) {
                warnings.push(`${slo.name}: ${input} uses "or vector(0)", which turns missing data into zero; a wrong metric name would then look healthy`);
            }
            const unfiltered = unfilteredSelectors(query);
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
        ...(batch.ranges ?? []).map(r => expandAt(batch.template, r.seconds, r.end))
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
        const start = time.getTime() / 1000 - duration_parseDuration(window);
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
    return new Date(time.getTime() - duration_parseDuration(slo.window) * 1000);
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
    const promql = expandQuery(slo.errorQuery, formatDuration(stepSeconds));
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
    const unit = plan.stepSeconds === DAY ? 'days' : `steps of ${formatDuration(plan.stepSeconds)}`;
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/specs/fields.ts
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
        return new inputs_InputError('config_file', `${this.file}, document ${this.document}${slo}, field ${field}: ${message}`);
    }
    /** Runs a parser written for action inputs, re-labelling its error with this place and field. */
    field(field, parse) {
        try {
            return parse();
        }
        catch (error) {
            if (error instanceof inputs_InputError)
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
function fields_text(value, where, field) {
    if (typeof value === 'number')
        return String(value);
    if (typeof value !== 'string' || !value.trim())
        throw where.error(field, 'expected a non-empty string');
    return value.trim();
}
function optionalText(value, where, field) {
    return value === undefined || value === null ? undefined : fields_text(value, where, field);
}

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
        const raw = fields_text(value, where, field);
        return where.field(field, () => parse(raw));
    };
    const spec = object(doc.spec, where, 'spec');
    const period = read(spec.sloPeriod, 'spec.sloPeriod', raw => parseWindow('sloPeriod', raw));
    const periodSeconds = duration_parseDuration(period);
    const tiers = TIERS.map(({ severity, speed, escalateTo }) => {
        const field = `spec.${severity}.${speed}`;
        const window = object(object(spec[severity], where, `spec.${severity}`)[speed], where, field);
        const duration = (key) => read(window[key], `${field}.${key}`, raw => parseWindow(key, raw));
        const shortWindow = duration('shortWindow');
        const longWindow = duration('longWindow');
        if (duration_parseDuration(shortWindow) >= duration_parseDuration(longWindow))
            throw where.error(`${field}.shortWindow`, `${shortWindow} is not shorter than longWindow ${longWindow}`);
        if (duration_parseDuration(longWindow) > periodSeconds)
            throw where.error(`${field}.longWindow`, `${longWindow} is longer than sloPeriod ${period}`);
        const percent = read(window.errorBudgetPercent, `${field}.errorBudgetPercent`, raw => parseNumber('errorBudgetPercent', raw, 'a percentage of the budget such as 2'));
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
    const name = isObject(doc.metadata)
        ? optionalText(doc.metadata.name, where, 'metadata.name')
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
        const windows = isCalendarUnit(slo.window) ? undefined : byPeriod.get(duration_parseDuration(slo.window));
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
        const why = slos.some(slo => !isCalendarUnit(slo.window) && duration_parseDuration(slo.window) === windows.periodSeconds)
            ? `every SLO with a ${windows.period} window sets burn tiers of its own`
            : `no SLO of this file has a ${windows.period} window (${[...new Set(slos.map(s => s.window))].join(', ')})`;
        throw windows.where.error('spec.sloPeriod', `${why}, so these windows would not be used; match sloPeriod to the SLO window or remove the document`);
    }
    return result;
}

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
    // A name reaches logs, outputs, rule files and charts: one line of printable text.
    if (/[\p{Cc}\u2028\u2029]/u.test(fields.name))
        throw where.error(paths.name ?? 'name', `${JSON.stringify(fields.name)} has control characters or line breaks; an SLO name is one line of text`);
    const slo = {
        ...base,
        name: fields.name,
        target: given('target', fields.target, base.target, text => parseTarget('target', text)),
        window: given('window', fields.window, base.window, text => parseSloWindow('window', text)),
        errorQuery: ratio
            ? given('errorRatioQuery', ratio, '', text => `(${parseQuery('error_ratio_query', text)})`)
            : given('errorQuery', fields.errorQuery, base.errorQuery, text => parseQuery('error_query', text)),
        totalQuery: ratio
            ? RATIO_TOTAL_QUERY
            : given('totalQuery', fields.totalQuery, base.totalQuery, text => parseQuery('total_query', text)),
        thresholds: fields.thresholds
            ? where.field(paths.thresholds ?? 'thresholds', () => parseThresholds({
                caution: threshold('caution'),
                warning: threshold('warning'),
                freeze: threshold('freeze')
            }))
            : base.thresholds,
        blockOn: given('blockOn', fields.blockOn, base.blockOn, text => parseBlockOn('block_on', text)),
        burnRateWindow: given('burnRateWindow', fields.burnRateWindow, base.burnRateWindow, text => parseWindow('burn_rate_window', text)),
        fastBurnThreshold: given('fastBurnThreshold', fields.fastBurnThreshold, base.fastBurnThreshold, text => parseBurnThreshold('fast_burn_threshold', text)),
        slowBurnThreshold: given('slowBurnThreshold', fields.slowBurnThreshold, base.slowBurnThreshold, text => parseBurnThreshold('slow_burn_threshold', text)),
        burnTierLevels: given('burnTierLevels', fields.burnTierLevels, base.burnTierLevels, text => parseBurnTiers('burn_tiers', text)),
        burnTiers: ownTiers,
        burnTiersSource: ownTiers === base.burnTiers ? base.burnTiersSource : undefined,
        minEvents: given('minEvents', fields.minEvents, base.minEvents, text => parseMinEvents('min_events', text)),
        lowTraffic: given('lowTraffic', fields.lowTraffic, base.lowTraffic, text => parseLowTraffic('low_traffic', text)),
        exclusions: [...base.exclusions, ...(fields.exclusions ?? [])],
        timeZone: given('timeZone', fields.timeZone, base.timeZone, text => parseTimeZone('time_zone', text)),
        querySource: given('querySource', fields.querySource, base.querySource, text => parseQuerySource('query_source', text))
    };
    where.field(paths.exclusions ?? 'exclude', () => checkExcludable(slo, 'exclude'));
    where.field(paths.minEvents ?? 'min_events', () => checkLowTraffic(slo, 'min_events'));
    where.field(paths.burnTierLevels ?? 'burn_tiers', () => checkTiers(slo, 'burn_tiers'));
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
    return parseGroup(object(doc.spec, where, 'spec'), base, where, KUBERNETES_V1);
}
/** One service's SLOs; Sloth names each `service-name`. */
function parseGroup(group, base, where, variant) {
    const { prefix } = variant;
    const service = fields_text(group.service, where, `${prefix}service`);
    return list(group.slos, where, `${prefix}slos`).map((entry, i) => {
        const field = `${prefix}slos[${i}]`;
        if (!isObject(entry))
            throw where.error(field, 'expected a mapping');
        const name = `${service}-${fields_text(entry.name, where, `${field}.name`)}`;
        const at = where.named(name);
        const sli = object(entry.sli, at, `${field}.sli`);
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
            const plugin = isObject(sli.plugin) ? sli.plugin.id : undefined;
            const id = typeof plugin === 'string' && plugin.trim() ? JSON.stringify(plugin.trim()) : '(no id)';
            throw at.error(`${field}.sli.plugin`, `Sloth SLI plugin ${id} is not supported: the gate cannot run plugin code to get the SLI; ${howToWrite}`);
        }
        const eventsSli = optionalObject(sli.events, at, events);
        const rawSli = optionalObject(sli.raw, at, raw);
        if (!eventsSli && !rawSli)
            throw at.error(`${field}.sli`, `expected events or raw; ${howToWrite}`);
        const objective = entry.objective;
        if (typeof objective !== 'number' && typeof objective !== 'string')
            throw at.error(paths.target, 'expected a percentage such as 99.9');
        const query = (from, key) => from && fromGoTemplate(fields_text(from[variant[key]], at, paths[key]));
        const slo = buildSlo(base, {
            name,
            target: String(objective),
            errorQuery: query(eventsSli, 'errorQuery'),
            totalQuery: query(eventsSli, 'totalQuery'),
            errorRatioQuery: query(rawSli, 'errorRatioQuery')
        }, at, paths);
        // Sloth labels its recorded series with this id (service-name, as the SLO is named here).
        return { ...slo, slothId: name };
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
    return isObject(doc.metadata) && typeof doc.metadata.name === 'string'
        ? doc.metadata.name
        : undefined;
}
/** Only Occurrences budgeting counts events; time slices need a per-slice evaluation the gate lacks. */
function checkBudgeting(spec, at, name, hint) {
    const method = optionalText(spec.budgetingMethod, at, 'spec.budgetingMethod') ?? 'Occurrences';
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
    const objectives = list(spec.objectives, at, 'spec.objectives');
    return objectives.map((entry, i) => {
        const field = `spec.objectives[${i}]`;
        const objective = object(entry, at, field);
        const label = optionalText(objective.displayName, at, `${field}.displayName`) ?? String(i + 1);
        const sloName = objectives.length > 1 ? `${name}-${label}` : name;
        const target = objective.target !== undefined
            ? ratioToPercent(objective.target, at, `${field}.target`)
            : fields_text(objective.targetPercent, at, `${field}.target`);
        const ratio = options.ratioOf(objective, field);
        return buildSlo(base, {
            name: sloName,
            target,
            window: options.window,
            timeZone: options.timeZone,
            errorQuery: ratio.errorQuery,
            totalQuery: ratio.totalQuery
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
    const duration = fields_text(window.duration, at, `${field}.duration`);
    if (window.isRolling !== false && window.calendar === undefined)
        return { window: duration };
    const unit = CALENDAR_DURATIONS[duration];
    if (!unit)
        throw at.error(`${field}.duration`, `a calendar window of ${JSON.stringify(duration)} is not supported for SLO ${name}; expected 1M (month), 1Q (quarter) or 1w (ISO week), or isRolling: true`);
    const calendar = optionalObject(window.calendar, at, `${field}.calendar`);
    return {
        window: unit,
        timeZone: calendar && optionalText(calendar.timeZone, at, `${field}.calendar.timeZone`)
    };
}
const V1 = { apiVersion: OPENSLO_V1, ratio: 'a ratioMetric (good or bad, and total)' };
/** The PromQL of one side of a v1 ratio metric. */
function metricQuery(side, counter, at, field) {
    const source = object(object(side, at, field).metricSource, at, `${field}.metricSource`);
    const type = optionalText(source.type, at, `${field}.metricSource.type`);
    if (type && type.toLowerCase() !== 'prometheus') {
        throw at.error(`${field}.metricSource.type`, `"${type}" is not supported; only Prometheus metric sources are`);
    }
    const spec = object(source.spec, at, `${field}.metricSource.spec`);
    const queryField = `${field}.metricSource.spec.query`;
    return sideQuery(fields_text(spec.query ?? spec.promql, at, queryField), counter, at, queryField);
}
function parseOpenSlo(doc, base, where, slis) {
    const name = fields_text(openSloName(doc), where, 'metadata.name');
    const at = where.named(name);
    const spec = object(doc.spec, at, 'spec');
    checkBudgeting(spec, at, name, V1);
    const windows = list(spec.timeWindow, at, 'spec.timeWindow');
    const timeWindow = object(windows[0], at, 'spec.timeWindow[0]');
    const { window, timeZone } = timeWindowOf(timeWindow, at, name);
    let indicator;
    let indicatorField = 'spec.indicator';
    if (spec.indicator !== undefined) {
        indicator = object(spec.indicator, at, 'spec.indicator');
    }
    else {
        const ref = fields_text(spec.indicatorRef, at, 'spec.indicatorRef');
        const found = slis.get(ref);
        if (!found)
            throw at.error('spec.indicatorRef', `no SLI document named "${ref}" in this file`);
        indicator = found;
        indicatorField = `SLI ${ref}`;
    }
    const sliSpec = object(indicator.spec, at, `${indicatorField}.spec`);
    if (sliSpec.thresholdMetric !== undefined)
        throw thresholdRefusal(at, `${indicatorField}.spec.thresholdMetric`, name, V1);
    const field = `${indicatorField}.spec.ratioMetric`;
    const ratio = object(sliSpec.ratioMetric, at, field);
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
    const windows = list(spec.timeWindows, at, 'spec.timeWindows');
    if (windows.length > 1)
        throw at.error('spec.timeWindows', `expected exactly one time window, got ${windows.length}`);
    const field = 'spec.timeWindows[0]';
    const window = object(windows[0], at, field);
    const unit = fields_text(window.unit, at, `${field}.unit`);
    if (window.isRolling === false || window.calendar !== undefined) {
        if (!(unit in CALENDAR) || window.count !== 1)
            throw at.error(field, `a calendar window of ${JSON.stringify(window.count)} ${JSON.stringify(unit)} is not supported for SLO ${name}; expected count 1 with unit Month, Quarter or Week (ISO week), or isRolling: true`);
        const calendar = optionalObject(window.calendar, at, `${field}.calendar`);
        return {
            window: CALENDAR[unit],
            timeZone: calendar && optionalText(calendar.timeZone, at, `${field}.calendar.timeZone`)
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
    const metric = object(value, at, field);
    const source = optionalText(metric.source, at, `${field}.source`);
    if (source && !['prometheus', 'sloth'].includes(source.toLowerCase()))
        throw at.error(`${field}.source`, `${JSON.stringify(source)} is not supported; only prometheus sources are`);
    const queryType = optionalText(metric.queryType, at, `${field}.queryType`);
    if (queryType && queryType.toLowerCase() !== 'promql')
        throw at.error(`${field}.queryType`, `${JSON.stringify(queryType)} is not supported; only promql is`);
    if (metric.metadata !== undefined)
        throw at.error(`${field}.metadata`, `${OPENSLO_V1ALPHA} data-source metadata has no meaning for the gate, which runs the query as written; put everything into query`);
    return sideQuery(fields_text(metric.query, at, `${field}.query`), counter, at, `${field}.query`);
}
function parseOpenSloV1alpha(doc, base, where) {
    const name = fields_text(openSloName(doc), where, 'metadata.name');
    const at = where.named(name);
    const spec = object(doc.spec, at, 'spec');
    checkBudgeting(spec, at, name, HINT);
    if (isObject(spec.indicator) && spec.indicator.thresholdMetric !== undefined)
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
            const ratio = object(objective[key], at, field);
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
    'query_source'
]);
const TIER_FIELDS = ['name', 'long', 'short', 'share', 'factor', 'escalate_to'];
/**
 * A tier of our format: `{name, long, short, share: 2% | factor: 14.4, escalate_to}`. The share
 * must carry its `%`, so that 2 and 0.02 cannot be mistaken for one another.
 */
function tierOf(value, where, field) {
    const tier = object(value, where, field);
    for (const key of Object.keys(tier)) {
        if (!TIER_FIELDS.includes(key))
            throw where.error(`${field}.${key}`, `unknown field; expected one of ${TIER_FIELDS.join(', ')}`);
    }
    const window = (key) => where.field(`${field}.${key}`, () => parseWindow(key, fields_text(tier[key], where, `${field}.${key}`)));
    const longWindow = window('long');
    const shortWindow = window('short');
    if ((tier.share === undefined) === (tier.factor === undefined))
        throw where.error(field, 'expected either share (a percentage of the budget, e.g. 2%) or factor');
    let budgetShare;
    let factor;
    if (tier.share !== undefined) {
        const raw = fields_text(tier.share, where, `${field}.share`);
        const percent = /%$/.test(raw)
            ? where.field(`${field}.share`, () => parseNumber('share', raw.slice(0, -1), 'a percentage of the budget such as 2%'))
            : NaN;
        if (!(percent > 0 && percent <= 100))
            throw where.error(`${field}.share`, `${JSON.stringify(tier.share)} is not a share of the budget; expected a percentage with 0 < x <= 100 and its % sign, such as 2%`);
        budgetShare = percent / 100;
    }
    else {
        const raw = fields_text(tier.factor, where, `${field}.factor`);
        factor = where.field(`${field}.factor`, () => parseNumber('factor', raw, 'a burn-rate multiple such as 14.4'));
        if (!(factor > 0))
            throw where.error(`${field}.factor`, `${raw} is not a positive burn factor`);
    }
    const escalate = fields_text(tier.escalate_to, where, `${field}.escalate_to`);
    const escalateTo = parseStatus(escalate);
    if (!escalateTo || escalateTo === 'NORMAL' || escalateTo === 'ERROR')
        throw where.error(`${field}.escalate_to`, `${JSON.stringify(escalate)} is not a level a tier can raise to; expected CAUTION, WARNING, FREEZE or EXHAUSTED`);
    const name = tier.name === undefined
        ? `${longWindow}/${shortWindow} burn`
        : fields_text(tier.name, where, `${field}.name`);
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
    const thresholds = optionalObject(entry.thresholds, where, `${prefix}thresholds`);
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
        ...(Array.isArray(entry.burn_tiers) && entry.burn_tiers.some(isObject)
            ? {
                burnTiers: list(entry.burn_tiers, where, `${prefix}burn_tiers`).map((tier, i) => tierOf(tier, where, `${prefix}burn_tiers[${i}]`))
            }
            : { burnTierLevels: scalar(entry.burn_tiers) }),
        minEvents: scalar(entry.min_events),
        lowTraffic: scalar(entry.low_traffic),
        timeZone: scalar(entry.time_zone),
        exclusions: entry.exclude === undefined
            ? undefined
            : list(entry.exclude, where, `${prefix}exclude`).map((line, i) => {
                const field = `${prefix}exclude[${i}]`;
                const value = fields_text(line, where, field);
                try {
                    return parseExclusion(value, `${where.file}, document ${where.document}, ${field}`);
                }
                catch (error) {
                    throw where.error(field, error.message);
                }
            }),
        querySource: scalar(entry.query_source)
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
    querySource: `${prefix}query_source`
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
        const fields = fieldsOf(object(doc.defaults, where, 'defaults'), where, 'defaults.', base.name);
        defaults = buildSlo(base, fields, where, PATHS('defaults.'));
    }
    return list(doc.slos, where, 'slos').map((entry, i) => {
        const prefix = `slos[${i}].`;
        if (!isObject(entry))
            throw where.error(`slos[${i}]`, 'expected a mapping');
        const name = fields_text(entry.name, where, `${prefix}name`);
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
    const grouping = isObject(indicator) ? indicator.grouping : undefined;
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
    return { totalMetric: t.name, errorsMetric: e.name, errorMatchers };
}
function parsePyrra(doc, base, where) {
    if (doc.apiVersion !== PYRRA_V1ALPHA1)
        throw where.error('apiVersion', `${JSON.stringify(doc.apiVersion)} is not supported; expected ${PYRRA_V1ALPHA1}`);
    if (doc.kind !== 'ServiceLevelObjective')
        throw where.error('kind', `"${String(doc.kind)}" is not supported; expected ServiceLevelObjective`);
    const name = fields_text(isObject(doc.metadata) ? doc.metadata.name : undefined, where, 'metadata.name');
    const at = where.named(name);
    const spec = object(doc.spec, at, 'spec');
    const indicator = object(spec.indicator, at, 'spec.indicator');
    const metric = (value, field) => fields_text(object(value, at, field).metric, at, `${field}.metric`);
    let errorQuery;
    let totalQuery;
    let records;
    if (indicator.ratio !== undefined) {
        const ratio = object(indicator.ratio, at, 'spec.indicator.ratio');
        refuseGrouping(ratio, 'ratio', at);
        const errors = metric(ratio.errors, 'spec.indicator.ratio.errors');
        const total = metric(ratio.total, 'spec.indicator.ratio.total');
        errorQuery = increase(errors);
        totalQuery = increase(total);
        records = pyrraRecords(errors, total);
    }
    else if (indicator.latency !== undefined) {
        const latency = object(indicator.latency, at, 'spec.indicator.latency');
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
        target: fields_text(spec.target, at, 'spec.target'),
        window: fields_text(spec.window, at, 'spec.window'),
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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/workspace/read.ts
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
    const relative = path.relative(path.resolve(workspace), path.dirname(path.resolve(file)));
    // A path outside the workspace was chosen by the workflow's author, not by the repository.
    if (relative.startsWith('..') || path.isAbsolute(relative))
        return undefined;
    let current = path.resolve(workspace);
    for (const part of relative.split(path.sep).filter(Boolean)) {
        current = path.join(current, part);
        if (fs.lstatSync(current, { throwIfNoEntry: false })?.isSymbolicLink())
            return path.relative(workspace, current);
    }
    return undefined;
}
const NO_FOLLOW = (external_node_fs_default()).constants.O_NOFOLLOW ?? 0;
const NON_BLOCKING = (external_node_fs_default()).constants.O_NONBLOCK ?? 0;
function read_readRepositoryFile(file, options) {
    const refused = (why) => ({ kind: 'refused', why });
    let stat;
    try {
        stat = fs.lstatSync(file);
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
            target = ` to ${JSON.stringify(oneLine(fs.readlinkSync(file)))}`;
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
        return refused(`lies under ${JSON.stringify(oneLine(linked))}, a symbolic link; only files reached without links are read`);
    if (stat.size > options.maxBytes)
        return refused(`is ${stat.size} bytes; the limit is ${options.maxBytes}`);
    let fd;
    try {
        // NOFOLLOW and NONBLOCK: a file swapped for a link or a pipe since lstat is not followed or waited on.
        fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCKING);
    }
    catch (error) {
        return refused(`cannot be read (${error.code})`);
    }
    try {
        if (!fs.fstatSync(fd).isFile())
            return refused('is not a regular file');
        const buffer = Buffer.alloc(options.maxBytes + 1);
        let length = 0;
        for (let n = -1; n !== 0 && length < buffer.length; length += n)
            n = fs.readSync(fd, buffer, length, buffer.length - length, null);
        if (length > options.maxBytes)
            return refused(`is over the limit of ${options.maxBytes} bytes`);
        return { kind: 'text', text: buffer.subarray(0, length).toString('utf8') };
    }
    finally {
        fs.closeSync(fd);
    }
}
/**
 * Appends to a file in the repository without writing through a link: a pull request could point
 * `audit/overrides.jsonl` at `~/.bashrc`. Throws, saying why, when the file is not a plain file.
 */
function appendRepositoryFile(file, text, workspace) {
    const linked = workspace && linkedDirectory(file, workspace);
    if (linked)
        throw new Error(`${oneLine(linked)} is a symbolic link; nothing is written through it`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let fd;
    try {
        const flags = fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT;
        fd = fs.openSync(file, flags | NO_FOLLOW | NON_BLOCKING, 0o644);
    }
    catch (error) {
        const code = error.code;
        throw new Error(code === 'ELOOP' ? 'it is a symbolic link; nothing is written through it' : `${code}`);
    }
    try {
        if (!fs.fstatSync(fd).isFile())
            throw new Error('it is not a regular file');
        fs.writeSync(fd, text);
    }
    finally {
        fs.closeSync(fd);
    }
}

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
            throw new inputs_InputError('config_file', `${file}, document ${i + 1}: not valid YAML: ${first.message.split('\n')[0]}`);
        }
        let value;
        try {
            // The library refuses an alias bomb (too many aliases expanded) here.
            value = document.toJS();
        }
        catch (error) {
            throw new inputs_InputError('config_file', `${file}, document ${i + 1}: not usable YAML: ${error.message.split('\n')[0]}`);
        }
        values.push(value);
    }
    return slosFromDocuments(values, file, defaults);
}
/** Pure: every SLO of already-parsed documents (e.g. the `slos:` of a policy file's entry). */
function slosFromDocuments(values, file, defaults) {
    const parsed = [];
    for (const [i, value] of values.entries()) {
        const where = new Where(file, i + 1);
        if (value === null || value === undefined)
            continue;
        if (!isObject(value))
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
    const base = sloFromInputs(defaults);
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
        throw new inputs_InputError('config_file', `${file}: no SLO found`);
    const seen = new Set();
    for (const slo of slos) {
        if (seen.has(slo.name))
            throw new inputs_InputError('config_file', `${file}: two SLOs are named "${slo.name}"; names must be unique`);
        seen.add(slo.name);
    }
    return applyAlertWindows(slos, alertWindows);
}
/** A config file bigger than this is not a list of SLOs. */
const MAX_CONFIG_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** Reads the file from the repository (no symlinks, regular files only, size-capped) and parses it. */
function loadSlosFromFile(file, defaults, shownName = file, workspace) {
    const read = readRepositoryFile(file, { maxBytes: MAX_CONFIG_BYTES, workspace });
    if (read.kind !== 'text') {
        const why = read.kind === 'missing' ? 'cannot be read (ENOENT)' : read.why;
        throw new InputError('config_file', `${oneLine(shownName)} ${why}`);
    }
    try {
        return parseSloDocuments(read.text, shownName, defaults);
    }
    catch (error) {
        // Every failure to read a config file is a bad config_file input, never an unexpected crash.
        if (error instanceof InputError)
            throw error;
        throw new InputError('config_file', `${oneLine(shownName)} cannot be used: ${oneLine(error.message.split('\n')[0])}`);
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
    const alias = (text) => (options.aliases ?? []).reduce((out, [from, to]) => out.split(from).join(to), text);
    const say = (text) => escapeMarkdown(redactSecrets(alias(text), options.secrets));
    const by = options.verdict === 'waiting' ? 'on the error budget' : 'by the error budget gate';
    const head = `${HEAD[options.verdict]} ${by}: ${say(options.environment)} at \`${options.sha.slice(0, 7).replace(/[^0-9a-f]/g, '')}\``;
    const required = [head];
    const optional = [];
    const result = options.result;
    if (result) {
        const worst = result.worst;
        const figures = worst.budgetRemaining === null
            ? 'budget unknown'
            : `${shownPercent(worst.budgetRemaining)} of the budget left, burn ${shownBurn(worst.burnRate)} over ${say(worst.spec.burnRateWindow)}, ${shownDays(worst.daysToExhaustion)} to exhaustion`;
        const which = result.slos.length > 1 ? ` (worst of ${result.slos.length}: ${say(worst.name)})` : '';
        required.push(`${STATUS_ICON[result.status]} **${result.status}**: ${figures}${which}`);
        optional.push(...result.reasons.map(reason => `- ${say(reason)}`));
        if (result.slos.length > 1)
            optional.push(...result.slos.map(s => `- ${say(s.name)}: ${s.status}, ${shownPercent(s.budgetRemaining)} left, burn ${shownBurn(s.burnRate)}`));
    }
    if (options.problem)
        required.push(`**What to fix:** ${say(options.problem)}`);
    const tail = [];
    if (options.note)
        tail.push(say(options.note));
    if (options.dashboard)
        tail.push(`[Dashboard](${linkTarget(options.dashboard)})`);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_namespaceObject);
;// CONCATENATED MODULE: ./src/app/github-app.ts
/**
 * The App's side of GitHub: a JWT signed with the App's key (RS256, node:crypto), installation
 * tokens for it (cached until shortly before they expire), and the two calls the gate makes with
 * them: read a file at a sha, and review the run's deployment protection rule.
 */


const base64url = (data) => Buffer.from(data).toString('base64url');
/** A JWT for the App: valid 9 minutes, issued a minute in the past against clock drift. */
function appJwt(appId, key, nowMs = Date.now()) {
    const now = Math.floor(nowMs / 1000);
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify({ iat: now - 60, exp: now + 9 * 60, iss: appId }));
    const signature = external_node_crypto_default().sign('sha256', Buffer.from(`${header}.${payload}`), key);
    return `${header}.${payload}.${base64url(signature)}`;
}
/** Installation clients, one token per installation, renewed 5 minutes before it expires. */
class AppAuth {
    options;
    tokens = new Map();
    constructor(options) {
        this.options = options;
    }
    client(token) {
        return createGitHubClient({ token, retries: this.options.retries }, { GITHUB_API_URL: this.options.githubApiUrl });
    }
    async installationClient(installationId) {
        const cached = this.tokens.get(installationId);
        if (cached && cached.expiresAt - Date.now() > 5 * 60_000)
            return this.client(cached.token);
        const jwt = appJwt(this.options.appId, this.options.privateKey);
        this.options.onToken(jwt);
        const app = await this.client(jwt);
        const { data } = await app.apps.createInstallationAccessToken({
            installation_id: installationId
        });
        this.options.onToken(data.token);
        this.tokens.set(installationId, {
            token: data.token,
            expiresAt: Date.parse(data.expires_at) || Date.now() + 30 * 60_000
        });
        return this.client(data.token);
    }
}
/** A regular file of the repository at a commit; undefined when there is none at that path. */
async function readRepoFile(client, repo, path, sha, maxBytes) {
    let data;
    try {
        data = (await client.repos.getContent({ ...repo, path, ref: sha })).data;
    }
    catch (error) {
        if (httpStatusOf(error) === 404)
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
/** The run id in GitHub's deployment_callback_url; only the id is taken from it, never the host. */
function runIdOf(callbackUrl) {
    if (typeof callbackUrl !== 'string')
        return undefined;
    const match = /\/actions\/runs\/(\d+)\/deployment_protection_rule$/.exec(callbackUrl);
    return match ? Number(match[1]) : undefined;
}

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
/** The policy's datasource name as the server's variables spell it (`prod-eu` → DATASOURCE_PROD_EU_*). */
const datasourceKey = (name) => name.toLowerCase().replace(/-/g, '_');
const policy_scalar = (value) => value === undefined || value === null
    ? ''
    : Array.isArray(value)
        ? value.join(',')
        : String(value);
function readDefaults(value, at) {
    if (value === undefined || value === null)
        return () => '';
    if (!isObject(value))
        throw new PolicyError(`${at}: expected a mapping`);
    const inputs = {};
    const fieldOf = {};
    for (const [key, field] of Object.entries(value)) {
        if (key === 'thresholds') {
            if (!isObject(field))
                throw new PolicyError(`${at}.thresholds: expected a mapping`);
            for (const [level, v] of Object.entries(field)) {
                const input = THRESHOLD_INPUTS[level];
                if (!input)
                    throw new PolicyError(`${at}.thresholds.${level}: unknown field; expected caution, warning, freeze`);
                inputs[input] = policy_scalar(v);
                fieldOf[input] = `${at}.thresholds.${level}`;
            }
            continue;
        }
        const input = DEFAULT_INPUTS[key];
        if (!input)
            throw new PolicyError(`${at}.${key}: unknown field; expected one of ${[...Object.keys(DEFAULT_INPUTS), 'thresholds'].join(', ')}`);
        inputs[input] = policy_scalar(field);
        fieldOf[input] = `${at}.${key}`;
    }
    const get = name => inputs[name] ?? '';
    try {
        sloFromInputs(get);
    }
    catch (error) {
        if (error instanceof inputs_InputError)
            throw new PolicyError(`${fieldOf[error.input] ?? at}: ${error.message.replace(/^Input [^:]+: /, '')}`);
        throw error;
    }
    return get;
}
function duration(value, at) {
    try {
        return duration_parseDuration(policy_scalar(value));
    }
    catch (error) {
        throw new PolicyError(`${at}: ${error.message}`);
    }
}
function readEnvironment(environment, value, limits) {
    const at = `environments.${environment}`;
    if (!isObject(value))
        throw new PolicyError(`${at}: expected a mapping`);
    const entry = value;
    for (const key of Object.keys(entry)) {
        if (!ENVIRONMENT_FIELDS.includes(key))
            throw new PolicyError(`${at}.${key}: unknown field; expected one of ${ENVIRONMENT_FIELDS.join(', ')}`);
    }
    const datasource = policy_scalar(entry.prometheus).trim();
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(datasource))
        throw new PolicyError(`${at}.prometheus: expected the name of a datasource of the server (e.g. prod for its DATASOURCE_PROD_URL), never a URL`);
    const hasSlos = entry.slos !== undefined;
    const hasFile = entry.config_file !== undefined;
    if (hasSlos === hasFile)
        throw new PolicyError(`${at}: give either slos (a list) or config_file (a path), exactly one`);
    let slos;
    if (hasFile) {
        const file = policy_scalar(entry.config_file).trim();
        if (!file || file.startsWith('/') || file.split('/').some(part => part === '..' || !part))
            throw new PolicyError(`${at}.config_file: expected a relative path inside the repository, such as slo/sloth.yaml`);
        slos = { file };
    }
    else {
        if (!Array.isArray(entry.slos) || entry.slos.length === 0)
            throw new PolicyError(`${at}.slos: expected a non-empty list of SLOs in our format`);
        slos = { inline: [{ slos: entry.slos }] };
    }
    const onError = policy_scalar(entry.on_error).trim() || 'block';
    if (onError !== 'block' && onError !== 'allow')
        throw new PolicyError(`${at}.on_error: "${onError}" is not allowed; expected block or allow`);
    let waitSeconds;
    if (entry.wait !== undefined) {
        waitSeconds = duration(entry.wait, `${at}.wait`);
        if (waitSeconds > limits.maxWaitSeconds)
            throw new PolicyError(`${at}.wait: ${policy_scalar(entry.wait)} is longer than this server allows (${limits.maxWaitSeconds}s)`);
    }
    else if (entry.interval !== undefined) {
        throw new PolicyError(`${at}.interval: only used with wait; add wait or remove interval`);
    }
    const intervalSeconds = duration(entry.interval ?? DEFAULT_INTERVAL, `${at}.interval`);
    if (entry.interval !== undefined && intervalSeconds < limits.minIntervalSeconds)
        throw new PolicyError(`${at}.interval: ${policy_scalar(entry.interval)} is shorter than this server allows (${limits.minIntervalSeconds}s): every interval queries Prometheus again`);
    let dashboard;
    if (entry.dashboard !== undefined) {
        dashboard = policy_scalar(entry.dashboard).trim();
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
/** Parses the policy and returns the entry of one environment (undefined: the file does not name it). */
function readEnvironmentPolicy(text, environment, limits) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        throw new PolicyError(`not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (!isObject(doc) || !isObject(doc.environments))
        throw new PolicyError('expected a mapping with environments: { <environment name>: {...} }');
    for (const key of Object.keys(doc)) {
        if (key !== 'environments')
            throw new PolicyError(`${key}: unknown field; expected environments`);
    }
    // GitHub compares environment names without regard to case.
    const name = Object.keys(doc.environments).find(key => key.toLowerCase() === environment.toLowerCase());
    return name === undefined ? undefined : readEnvironment(name, doc.environments[name], limits);
}

;// CONCATENATED MODULE: ./src/app/store.ts
/**
 * The server's state across restarts: pending waits and the delivery ids already handled. A JSON
 * file replaced by an atomic rename (write a temp file, fsync, rename over the old one), so a
 * crash leaves either the old state or the new one, never half of each.
 *
 * Why not node:sqlite: it needs Node 22.5+ (unflagged from 22.13), and the server must also run on
 * Node 20, where the tests run it; the state is a few hundred records owned by one process, so a
 * database adds nothing that the rename does not give, and a native addon would not bundle.
 */


/** GitHub redelivers for 3 days: ids older than that cannot come back. */
const DELIVERY_MEMORY_MS = 3 * 86400_000;
const MAX_DELIVERIES = 50_000;
const waitKey = (w) => `${w.owner}/${w.repo}#${w.runId}:${w.environment.toLowerCase()}`;
class StateStore {
    file;
    state;
    constructor(file, state) {
        this.file = file;
        this.state = state;
    }
    /** Opens the file (a missing one is an empty state); an unreadable one stops the server. */
    static open(file) {
        let state = { version: 1, deliveries: {}, waits: {} };
        if (external_node_fs_default().existsSync(file)) {
            try {
                const parsed = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
                if (parsed.version !== 1 || typeof parsed.deliveries !== 'object' || !parsed.waits)
                    throw new Error('unknown layout');
                state = parsed;
            }
            catch (error) {
                throw new Error(`state file ${file} cannot be read (${error.message}); it holds the pending waits: repair or remove it`);
            }
        }
        const store = new StateStore(file, state);
        store.save();
        return store;
    }
    /** Records a delivery id; false when it was seen before (a replay or a redelivery). */
    firstDelivery(id, now = Date.now()) {
        if (this.state.deliveries[id] !== undefined)
            return false;
        for (const [seen, at] of Object.entries(this.state.deliveries)) {
            if (now - at > DELIVERY_MEMORY_MS)
                delete this.state.deliveries[seen];
        }
        const ids = Object.keys(this.state.deliveries);
        for (const old of ids.slice(0, Math.max(0, ids.length - MAX_DELIVERIES + 1)))
            delete this.state.deliveries[old];
        this.state.deliveries[id] = now;
        this.save();
        return true;
    }
    waits() {
        return Object.values(this.state.waits);
    }
    getWait(key) {
        return this.state.waits[key];
    }
    putWait(wait) {
        this.state.waits[wait.key] = wait;
        this.save();
    }
    deleteWait(key) {
        if (!(key in this.state.waits))
            return;
        delete this.state.waits[key];
        this.save();
    }
    save() {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().resolve(this.file)), { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        const fd = external_node_fs_default().openSync(temp, 'w', 0o600);
        try {
            external_node_fs_default().writeSync(fd, JSON.stringify(this.state));
            external_node_fs_default().fsyncSync(fd);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
        external_node_fs_default().renameSync(temp, this.file);
    }
}

;// CONCATENATED MODULE: ./src/app/gate.ts
/**
 * One deployment protection rule request, from the policy at the deployment's sha to GitHub's
 * callback: the action's engine decides, the server only adds the wait. Every doubt rejects, with
 * a comment that says what to fix.
 */











const rejected = (problem) => ({ verdict: 'rejected', problem, secrets: [] });
const errorText = (error) => error instanceof inputs_InputError
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
    return readGateConfig(name => inputs[name] ?? '', slos, { endpoint: datasource, now });
}
class Gate {
    deps;
    timers = new Map();
    active = new Set();
    inFlight = new Set();
    stopping = false;
    now;
    constructor(deps) {
        this.deps = deps;
        this.now = deps.now ?? Date.now;
    }
    /** Whether a shutdown has begun: new requests are refused (and can be redelivered). */
    get closing() {
        return this.stopping;
    }
    /** Starts the work of one request and returns at once: the webhook answers before it ends. */
    accept(request) {
        const key = waitKey(request);
        if (this.active.has(key) || this.deps.store.getWait(key)) {
            this.deps.log.info('already being decided', { key, delivery: request.deliveryId });
            return;
        }
        this.track(key, () => this.decide(request, undefined));
    }
    /** Picks up every wait the store kept across a restart. */
    resumeAll() {
        for (const wait of this.deps.store.waits()) {
            this.deps.log.info('resuming a wait', { key: wait.key, deadline: at(wait.deadline) });
            this.schedule(wait, 0);
        }
        this.updateGauge();
    }
    /** Stops the timers (the waits stay in the store) and lets in-flight evaluations finish. */
    async drain(graceMs) {
        this.stopping = true;
        for (const timer of this.timers.values())
            clearTimeout(timer);
        this.timers.clear();
        let timer;
        const timeout = new Promise(resolve => (timer = setTimeout(() => resolve(false), graceMs)));
        const done = Promise.all([...this.inFlight]).then(() => true);
        const finished = await Promise.race([done, timeout]);
        clearTimeout(timer);
        return finished;
    }
    track(key, work) {
        this.active.add(key);
        const job = work()
            .catch(error => this.deps.log.error('evaluation failed', { key, error }))
            .finally(() => {
            this.active.delete(key);
            this.inFlight.delete(job);
        });
        this.inFlight.add(job);
    }
    schedule(wait, delayMs) {
        if (this.stopping)
            return;
        clearTimeout(this.timers.get(wait.key));
        const timer = setTimeout(() => {
            this.timers.delete(wait.key);
            if (this.stopping || this.active.has(wait.key))
                return;
            this.track(wait.key, () => this.decide(wait, wait));
        }, delayMs);
        this.timers.set(wait.key, timer);
    }
    updateGauge() {
        this.deps.metrics.pendingWaits.set(this.deps.store.waits().length);
    }
    /** Evaluates, then approves, rejects, or reports and waits. */
    async decide(request, wait) {
        const { log, store, metrics } = this.deps;
        const key = waitKey(request);
        let client;
        try {
            client = await this.deps.installationClient(request.installationId);
        }
        catch (error) {
            // Without a token there is no way to answer GitHub: a wait tries again at its interval.
            const retry = wait !== undefined && this.now() < wait.deadline;
            log.error('no installation token', {
                key,
                httpStatus: httpStatusOf(error) ?? null,
                error,
                retry
            });
            if (retry)
                this.schedule(wait, wait.intervalSeconds * 1000);
            else if (wait)
                store.deleteWait(key);
            return;
        }
        const found = await this.assess(client, request);
        metrics.evaluations.inc({ status: found.result?.status ?? 'POLICY' });
        const now = this.now();
        const waitSeconds = found.policy?.waitSeconds;
        if (found.verdict === 'blocked' && waitSeconds !== undefined) {
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
                const posted = await this.callback(client, request, 'waiting', {
                    ...found,
                    note: `Waiting up to ${formatDuration(waitSeconds)} for the budget (until ${at(pending.deadline)}); next check at ${at(next)}.`
                });
                store.putWait({ ...pending, reports: pending.reports + (posted ? 1 : 0) });
                this.updateGauge();
                this.schedule(pending, next - now);
                return;
            }
            found.note = `The wait of ${formatDuration((pending.deadline - pending.startedAt) / 1000)} ended at ${at(pending.deadline)} and the budget still blocks this deploy.`;
        }
        const verdict = found.verdict === 'approved' ? 'approved' : 'rejected';
        await this.callback(client, request, verdict, found);
        store.deleteWait(key);
        this.updateGauge();
        log.info('decided', {
            key,
            verdict,
            status: found.result?.status ?? null,
            problem: found.problem ?? null
        });
    }
    /** Posts the review (a status report when waiting); false when GitHub did not take it. */
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
            aliases: found.aliases
        });
        const outcome = verdict === 'waiting' ? 'status_report' : verdict;
        try {
            await client.actions.reviewCustomGatesForRun({
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
            this.deps.log.error('callback failed', {
                key: waitKey(request),
                outcome,
                httpStatus: httpStatusOf(error) ?? null,
                error
            });
            return false;
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
            return rejected(`there is no ${POLICY_FILE} at ${sha}: add one with an entry for environment ${request.environment} (see "Enforce it on an environment" in the README)`);
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
                : rejected(`${note}; add it under environments (this server rejects unnamed environments).`);
        }
        const datasource = settings.datasources.get(policy.datasource);
        if (!datasource) {
            const known = [...settings.datasources.keys()].join(', ') || 'none';
            return {
                ...rejected(`environments.${policy.environment}.prometheus names the datasource "${policy.datasource}", which this server does not have (it has: ${known}); use one of those, or ask its operator to set DATASOURCE_${policy.datasource.toUpperCase()}_URL.`),
                policy
            };
        }
        let slos;
        try {
            if ('inline' in policy.slos) {
                slos = slosFromDocuments(policy.slos.inline, `${POLICY_FILE} environments.${policy.environment}`, policy.defaults);
            }
            else {
                const file = policy.slos.file;
                const specText = await this.readFile(client, request, file);
                if (specText === undefined)
                    return {
                        ...rejected(`environments.${policy.environment}.config_file: ${file} does not exist at ${sha}`),
                        policy
                    };
                slos = parseSloDocuments(specText, file, policy.defaults);
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
        const prometheus = new PrometheusClient(config.prometheus);
        let result;
        try {
            result = await evaluateGate(config, { client: prometheus, now: () => new Date(this.now()) });
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
            aliases: [[datasource.prometheus.url.replace(/\/+$/, ''), `datasource ${datasource.name}`]]
        };
    }
}

;// CONCATENATED MODULE: ./src/app/log.ts
/**
 * Structured logs: one JSON object a line on stdout. Every string is redacted of the server's
 * secrets (and of each installation token as it is issued) before it is encoded, so JSON's own
 * escaping keeps any text from a server or a repository to one line.
 */

function redactValue(value, secrets, depth = 0) {
    if (typeof value === 'string')
        return redactSecrets(value, secrets);
    if (value instanceof Error)
        return redactSecrets(value.message, secrets);
    if (depth > 5 || value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(v => redactValue(v, secrets, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, secrets, depth + 1)]));
}
function createLogger(secrets, write = line => process.stdout.write(`${line}\n`)) {
    const known = [...new Set(secrets.filter(s => s.length >= 3))];
    // Longest first, so a secret that contains another is replaced whole.
    const sorted = () => [...known].sort((a, b) => b.length - a.length);
    let ordered = sorted();
    const emit = (level, msg, fields = {}) => {
        const record = redactValue({ ...fields, msg }, ordered);
        write(JSON.stringify({ time: new Date().toISOString(), level, ...record }));
    };
    return {
        info: (msg, fields) => emit('info', msg, fields),
        warn: (msg, fields) => emit('warn', msg, fields),
        error: (msg, fields) => emit('error', msg, fields),
        addSecret(secret) {
            if (secret.length >= 3 && !known.includes(secret)) {
                known.push(secret);
                ordered = sorted();
            }
        },
        redact: text => redactSecrets(text, ordered),
        secrets: () => ordered
    };
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __nccwpck_require__(5222);
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

;// CONCATENATED MODULE: ./src/app/server.ts
/**
 * The HTTP side: POST /api/github/webhooks (signature first, then the event), GET /healthz and
 * GET /metrics. A delivery is answered before its evaluation starts; GitHub waits 10 s at most.
 */



const WEBHOOK_PATH = '/api/github/webhooks';
/** GitHub caps payloads at 25 MB; a deployment_protection_rule event is a few kilobytes. */
const server_MAX_BODY_BYTES = 1024 * 1024;
/** `sha256=<hex>` of the raw body, compared in constant time. */
function validSignature(secret, body, header) {
    if (typeof header !== 'string' || !/^sha256=[0-9a-f]{64}$/.test(header))
        return false;
    const expected = external_node_crypto_default().createHmac('sha256', secret).update(body).digest();
    return external_node_crypto_default().timingSafeEqual(expected, Buffer.from(header.slice(7), 'hex'));
}
const server_object = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
/** The fields of a deployment_protection_rule event the gate needs; undefined when one is missing. */
function protectionRequest(payload, deliveryId) {
    const repository = server_object(payload.repository);
    const owner = server_object(repository.owner).login;
    const repo = repository.name;
    const installationId = server_object(payload.installation).id;
    const sha = server_object(payload.deployment).sha;
    const environment = payload.environment;
    const runId = runIdOf(payload.deployment_callback_url);
    if (typeof owner !== 'string' ||
        typeof repo !== 'string' ||
        typeof installationId !== 'number' ||
        typeof environment !== 'string' ||
        !environment ||
        typeof sha !== 'string' ||
        !/^[0-9a-f]{40}$/.test(sha) ||
        runId === undefined)
        return undefined;
    return { deliveryId, owner, repo, installationId, runId, environment, sha };
}
function send(res, status, body, type = 'application/json') {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
function createAppServer(deps) {
    const { log, metrics } = deps;
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
        if (declared > server_MAX_BODY_BYTES) {
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
            if (size > server_MAX_BODY_BYTES) {
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
            const body = Buffer.concat(chunks);
            // Nothing of the delivery is read, logged or acted on before its signature is checked.
            if (!validSignature(deps.webhookSecret, body, req.headers['x-hub-signature-256'])) {
                log.warn('webhook refused: bad or missing signature', {
                    remote: req.socket.remoteAddress ?? null
                });
                answer(401, 'bad_signature', 'signature does not match');
                return;
            }
            const event = String(req.headers['x-github-event'] ?? '');
            const deliveryId = String(req.headers['x-github-delivery'] ?? '');
            if (event === 'ping')
                return answer(200, 'ping', 'pong');
            if (event !== 'deployment_protection_rule')
                return answer(202, 'ignored', 'event ignored');
            let payload;
            try {
                payload = server_object(JSON.parse(body.toString('utf8')));
            }
            catch {
                return answer(400, 'bad_payload', 'body is not JSON');
            }
            if (payload.action !== 'requested')
                return answer(202, 'ignored', 'action ignored');
            const request = protectionRequest(payload, deliveryId);
            if (!request || !/^[0-9A-Za-z-]{1,100}$/.test(deliveryId))
                return answer(400, 'bad_payload', 'not a deployment protection rule request');
            // Refused before its id is recorded, so that a redelivery after the restart is processed.
            if (deps.gate.closing)
                return answer(503, 'shutting_down', 'shutting down; redeliver later');
            if (!deps.store.firstDelivery(deliveryId)) {
                log.info('delivery seen before: not processed again', { delivery: deliveryId });
                return answer(200, 'duplicate', 'delivery already processed');
            }
            answer(202, 'accepted', 'evaluating');
            log.info('deployment protection rule requested', {
                delivery: deliveryId,
                repository: `${request.owner}/${request.repo}`,
                environment: request.environment,
                run: request.runId,
                sha: request.sha
            });
            deps.gate.accept(request);
        });
        req.on('error', () => undefined);
    }
    const server = external_node_http_default().createServer((req, res) => {
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
    // GitHub gives up after 10 s: a client that trickles its body is cut off well before.
    server.requestTimeout = 8000;
    server.headersTimeout = 5000;
    return server;
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
        try {
            datasources.set(upper.toLowerCase(), {
                name: upper.toLowerCase(),
                prometheus: readPrometheusOptions(get),
                // Every form of the credentials (base64 pair, header values, encodings): the action's own.
                secrets: secretValues(get)
            });
        }
        catch (error) {
            if (error instanceof inputs_InputError)
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
        return duration_parseDuration(env[variable]?.trim() || fallback);
    }
    catch (error) {
        throw new SettingError(variable, error.message);
    }
}
/** Every setting, validated; throws a SettingError naming the variable. */
function readServerSettings(env = process.env) {
    const appId = env.APP_ID?.trim() ?? '';
    if (!/^\d+$/.test(appId))
        throw new SettingError('APP_ID', 'is required: the numeric App ID from the App settings');
    const webhookSecret = env.WEBHOOK_SECRET ?? '';
    if (webhookSecret.length < 16)
        throw new SettingError('WEBHOOK_SECRET', 'is required, at least 16 characters: the secret set on the App');
    const privateKey = readPrivateKey(env);
    const portText = env.PORT?.trim() || '3000';
    const port = Number(portText);
    if (!/^\d+$/.test(portText) || port > 65535)
        throw new SettingError('PORT', `"${portText}" is not a port number`);
    const unknownEnvironment = env.UNKNOWN_ENVIRONMENT?.trim() || 'approve';
    if (unknownEnvironment !== 'approve' && unknownEnvironment !== 'reject')
        throw new SettingError('UNKNOWN_ENVIRONMENT', 'expected approve or reject');
    const datasources = readDatasources(env);
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
        minIntervalSeconds: seconds(env, 'MIN_INTERVAL', '1m'),
        maxWaitSeconds: seconds(env, 'MAX_WAIT', '24h'),
        shutdownGraceMs: seconds(env, 'SHUTDOWN_GRACE', '30s') * 1000,
        secrets: expandSecrets([
            webhookSecret,
            ...keyForms,
            ...[...datasources.values()].flatMap(d => d.secrets)
        ])
    };
}

;// CONCATENATED MODULE: ./src/app/main.ts







async function startApp(env = process.env) {
    const settings = readServerSettings(env);
    const log = createLogger(settings.secrets);
    const metrics = createMetrics();
    const store = StateStore.open(settings.stateFile);
    const auth = new AppAuth({
        appId: settings.appId,
        privateKey: settings.privateKey,
        githubApiUrl: settings.githubApiUrl,
        onToken: token => log.addSecret(token)
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
        metrics
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
        // Settings errors name the variable, never its value.
        process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: message })}\n`);
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

;// CONCATENATED MODULE: ./src/app/index.ts
/** Entry point of the GitHub App server (dist/app/index.js). */

serve(process.env).then(code => process.exit(code));

