#!/usr/bin/env node
// Renders a data-map HTML page in headless Chromium over the DevTools
// protocol on a pipe (Node built-ins only, no network), and prints what a
// test checks: every request the page makes besides itself, failed requests,
// console messages, exceptions and browser log entries (CSP violations), the
// diagram's categories and destinations, and the tables' first columns. Saves
// a screenshot of the top of the page (down to the diagram). Exits 1 if the
// page made a request, logged an error or threw.
//
//   node render-html.js --chromium BIN --screenshot OUT.png PAGE.html
'use strict';
const {spawn} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {pathToFileURL} = require('url');

const args = process.argv.slice(2);
let chromium = 'chromium', screenshot = null, page = null;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--chromium') chromium = args[++i];
  else if (args[i] === '--screenshot') screenshot = args[++i];
  else page = args[i];
}
if (!page) {
  console.error('usage: render-html.js [--chromium BIN] [--screenshot PNG] PAGE');
  process.exit(2);
}
const pageUrl = pathToFileURL(path.resolve(page)).href;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'piiflow-chromium-'));
const chrome = spawn(chromium, [
  '--headless=new', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu',
  '--no-first-run', '--no-default-browser-check', '--disable-extensions',
  '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-dev-shm-usage', '--hide-scrollbars',
  '--user-data-dir=' + profile, 'about:blank',
], {stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe']});
let chromeErr = '';
chrome.stdio[2].on('data', (d) => { chromeErr += d; });
chrome.on('error', (e) => { console.error('cannot start ' + chromium + ': ' + e.message); process.exit(2); });

const problems = [];
const pending = new Map();
const waiters = [];
let nextId = 0, buffer = Buffer.alloc(0);
chrome.stdio[4].on('data', (data) => {
  buffer = Buffer.concat([buffer, data]);
  let end;
  while ((end = buffer.indexOf(0)) >= 0) {
    const msg = JSON.parse(buffer.subarray(0, end).toString('utf8'));
    buffer = buffer.subarray(end + 1);
    if (msg.id !== undefined && pending.has(msg.id)) {
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(msg.error.message)); else p.resolve(msg.result);
    } else {
      onEvent(msg);
    }
  }
});
function send(method, params, sessionId) {
  const msg = {id: ++nextId, method, params: params || {}};
  if (sessionId) msg.sessionId = sessionId;
  return new Promise((resolve, reject) => {
    pending.set(msg.id, {resolve, reject});
    chrome.stdio[3].write(JSON.stringify(msg) + '\0');
  });
}
function waitFor(method) {
  return new Promise((resolve) => waiters.push({method, resolve}));
}
function onEvent(msg) {
  const p = msg.params || {};
  switch (msg.method) {
  case 'Network.requestWillBeSent':
    if (p.request.url !== pageUrl) problems.push('PROBLEM request: ' + p.request.url);
    break;
  case 'Network.loadingFailed':
    problems.push('PROBLEM failed: ' + p.errorText + (p.blockedReason ? ' (' + p.blockedReason + ')' : ''));
    break;
  case 'Runtime.consoleAPICalled':
    problems.push('PROBLEM console: ' + p.type + ': ' + p.args.map((a) => a.value !== undefined ? a.value : a.description).join(' '));
    break;
  case 'Runtime.exceptionThrown':
    problems.push('PROBLEM exception: ' + (p.exceptionDetails.exception ? p.exceptionDetails.exception.description : p.exceptionDetails.text));
    break;
  case 'Log.entryAdded':
    problems.push('PROBLEM log: ' + p.entry.level + ': ' + p.entry.text);
    break;
  }
  for (let i = 0; i < waiters.length; ++i)
    if (waiters[i].method === msg.method) {
      waiters.splice(i, 1)[0].resolve(p);
      break;
    }
}

async function main() {
  const {targetId} = await send('Target.createTarget', {url: 'about:blank'});
  const {sessionId} = await send('Target.attachToTarget', {targetId, flatten: true});
  const s = (method, params) => send(method, params, sessionId);
  for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await s(domain + '.enable');
  await s('Emulation.setDeviceMetricsOverride', {width: 1200, height: 900, deviceScaleFactor: 1, mobile: false});
  const loaded = waitFor('Page.loadEventFired');
  await s('Page.navigate', {url: pageUrl});
  await loaded;
  const evaluate = async (expr) => {
    const r = await s('Runtime.evaluate', {expression: expr, returnByValue: true});
    if (r.exceptionDetails) throw new Error('evaluating ' + expr + ': ' + r.exceptionDetails.text);
    return r.result.value;
  };
  const list = (sel, attr) => evaluate('Array.from(document.querySelectorAll(' + JSON.stringify(sel) + ')).map(e => ' +
                                     (attr ? 'e.getAttribute(' + JSON.stringify(attr) + ')' : 'e.textContent.trim()') + ')');
  console.log('ready: ' + await evaluate('document.documentElement.getAttribute("data-ready")'));
  console.log('title: ' + await evaluate('document.title'));
  console.log('totals: ' + (await list('#totals .card')).join(' | '));
  console.log('diagram categories: ' + (await list('#map-diagram g.cat', 'data-id')).join(', '));
  console.log('diagram destinations: ' + (await list('#map-diagram g.dest', 'data-id')).join(', '));
  console.log('diagram edges: ' + (await list('#map-diagram path.edge')).length);
  console.log('categories table: ' + (await list('#table-categories tbody tr td:first-child')).join(', '));
  console.log('destinations table: ' + (await list('#table-destinations tbody tr td:nth-child(2)')).join(', '));
  console.log('drift: ' + (await list('#drift li')).join(' | '));
  console.log('findings: ' + (await list('#table-findings tbody tr')).length);
  // Sorting works: a click on "Flows" sorts ascending, a second descending.
  await evaluate('(function(h){if(h){h.click();h.click();}})(document.querySelector("#table-destinations th:nth-child(7)"))');
  console.log('sorted by flows, descending: ' + (await list('#table-destinations tbody tr td:nth-child(7)')).join(' '));
  if (screenshot) {
    const bottom = await evaluate('(function(d){return Math.ceil((d?d.getBoundingClientRect().bottom:900)+window.scrollY+16);})(document.querySelector("#diagram"))');
    const shot = await s('Page.captureScreenshot', {format: 'png', captureBeyondViewport: true,
                                                    clip: {x: 0, y: 0, width: 1200, height: bottom, scale: 1}});
    fs.mkdirSync(path.dirname(path.resolve(screenshot)), {recursive: true});
    fs.writeFileSync(screenshot, Buffer.from(shot.data, 'base64'));
    console.log('screenshot: ' + screenshot);
  }
  for (const p of problems) console.log(p);
  console.log('problems: ' + problems.length);
  await send('Browser.close').catch(() => {});
  return problems.length ? 1 : 0;
}

main().then((code) => {
  const done = () => {
    fs.rmSync(profile, {recursive: true, force: true, maxRetries: 3});
    process.exit(code);
  };
  if (chrome.exitCode !== null) done(); else chrome.on('exit', done);
}, (e) => {
  console.error('render-html.js: ' + e.message + '\n' + chromeErr);
  chrome.kill();
  process.exit(2);
});
