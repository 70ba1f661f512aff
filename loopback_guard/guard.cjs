// Loaded into every Node process a snippet check starts (NODE_OPTIONS=--require): refuse
// any connection or name lookup that is not loopback, and say which snippet tried.
"use strict";
const dns = require("node:dns");
const net = require("node:net");

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1"]);
const who = () => process.env.LOOPBACK_GUARD_LABEL || "this process";

function refuse(host, port) {
  const error = new Error(
    `${who()} tried to reach ${host}:${port}; only 127.0.0.1 is allowed here`);
  error.code = "ECONNREFUSED";
  throw error;
}

function target(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (first && typeof first === "object") return [first.host || "localhost", first.port, first.path];
  return [typeof args[1] === "string" ? args[1] : "localhost", first, undefined];
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function guardedConnect(...args) {
  const [host, port, path] = target(args);
  if (!path && !LOOPBACK.has(host)) refuse(host, port);
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function guardedLookup(host, ...rest) {
  if (!LOOPBACK.has(host)) refuse(host, "dns");
  return lookup.call(this, host, ...rest);
};
const promisesLookup = dns.promises.lookup;
dns.promises.lookup = function guardedPromisesLookup(host, ...rest) {
  if (!LOOPBACK.has(host)) return Promise.reject(new Error(
    `${who()} tried to resolve ${host}; only 127.0.0.1 is allowed here`));
  return promisesLookup.call(this, host, ...rest);
};
