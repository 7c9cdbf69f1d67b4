// Legitimate traffic under attack (bench-attack.sh): the campaigns query (a handful of staff users
// at a steady rate) and the live Q&A audience feed (subscribers, a moderator approving questions)
// are measured alone, then again while an attacker sends the shapes issue 8 refuses, at a fixed
// rate: floods from one address, aliased joins from many, over-expensive lists with a valid staff
// token, and malformed tokens. Reports p99 of the legitimate traffic in both runs (target: at most
// twice as slow under attack), the backend's CPU per refused request, and how fast refusals answer.
// Every request is sent at an even pace (not in bursts), the attacker from a thread of its own; a
// first, shorter attack lets the refusals' code be compiled, and its row shows what that costs.
//
// Env: BACKEND_URL, IDP_URL, BACKEND_PID, BENCH_ATTACK_SECONDS (per run, default 30),
// BENCH_ATTACK_RATE (attacker requests/s, default 500), BENCH_LEGIT_RATE (campaign queries/s, 20).
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { devToken } from './devIdp.mjs';

const BACKEND_URL = process.env.BACKEND_URL ?? 'http://localhost:8080';
const IDP_URL = process.env.IDP_URL ?? 'http://localhost:9000';
const BACKEND_PID = process.env.BACKEND_PID;
const SECONDS = Number(process.env.BENCH_ATTACK_SECONDS ?? 30);
const WARM_UP_SECONDS = 15;
const ATTACK_RATE = Number(process.env.BENCH_ATTACK_RATE ?? 500);
const LEGIT_RATE = Number(process.env.BENCH_LEGIT_RATE ?? 20);
const ORG = 'riverside-health';
const SUBSCRIBERS = 20;
const CLK_TCK = 100;
const MAX_IN_FLIGHT = 1000;

const CAMPAIGNS = 'query($first:Int){ campaigns(first:$first){ edges { node { id name status hashtags segments { name } owner { id } } } } }';

const mintToken = (roles, sub) => devToken(IDP_URL, ORG, roles, sub);

async function graphql(token, query, variables = {}, address) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (address) headers['x-forwarded-for'] = address;
  const response = await fetch(`${BACKEND_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  const payload = Object.values(body.data)[0];
  if (payload?.userErrors?.length) throw new Error(`user errors: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const cpuSeconds = () => {
  const fields = readFileSync(`/proc/${BACKEND_PID}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
};
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const round = (value, digits = 1) => (value == null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** A live session with subscribers on its audience feed and a moderator to approve questions. */
async function liveAudience() {
  const admin = await mintToken('ADMIN');
  const moderator = await mintToken('MODERATOR', 'moderator@riverside.example');
  await graphql(moderator, '{ viewer { id } }');
  const users = await graphql(admin, '{ users(first: 100, filter: { roles: [MODERATOR] }) { edges { node { id email } } } }');
  const moderatorId = users.edges.find(({ node }) => node.email === 'moderator@riverside.example').node.id;
  const created = await graphql(admin, `mutation($input: CreateLiveSessionInput!) { createLiveSession(input: $input) {
      liveSession { id version joinCode } userErrors { code message } } }`, { input: {
    title: `Attack benchmark ${Date.now()}`, host: { name: 'Dr. Bench' }, moderatorIds: [moderatorId],
    scheduledStart: new Date(Date.now() + 60_000).toISOString(), settings: { questionsPerMinute: 60 } } });
  const session = created.liveSession;
  await graphql(moderator, `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) {
      liveSession { id } userErrors { code message } } }`, { input: { id: session.id, expectedVersion: session.version } });
  const participants = [];
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const joined = await graphql(null, `mutation($input: JoinLiveSessionInput!) { joinLiveSession(input: $input) {
        participantToken userErrors { code message } } }`, { input: { joinCode: session.joinCode, displayName: `Viewer ${i}` } },
    `10.200.0.${i + 1}`);
    participants.push(joined.participantToken);
  }
  const shown = new Map();
  const sockets = await Promise.all(participants.map((token, i) => subscribe(token, session.joinCode, `10.200.0.${i + 1}`, shown)));
  return { moderator, participants, shown, close: () => sockets.forEach((s) => s.close()) };
}

function subscribe(token, joinCode, address, shown) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${BACKEND_URL.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws',
      { headers: { 'x-forwarded-for': address } });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: {
          query: 'subscription($c: String!) { liveAudienceFeed(joinCode: $c) { type question { id } } }', variables: { c: joinCode } } }));
        socket.send(JSON.stringify({ type: 'ping' }));
      } else if (message.type === 'pong') {
        resolve(socket);
      } else if (message.type === 'next') {
        const event = message.payload.data?.liveAudienceFeed;
        if (event?.type === 'QUESTION_SHOWN') {
          const arrivals = shown.get(event.question.id);
          if (arrivals) {
            arrivals.push(performance.now());
            if (arrivals.length === SUBSCRIBERS) arrivals.done();
          }
        }
      } else if (message.type === 'error') {
        reject(new Error(JSON.stringify(message.payload)));
      }
    });
    socket.on('error', reject);
  });
}

/** Approvals at 2 a second for the run: the time from each approval request to its arrival at every subscriber. */
async function approvals(live, seconds) {
  const latencies = [];
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const asked = await graphql(live.participants[i % live.participants.length], `mutation($input: AskQuestionInput!) {
        askQuestion(input: $input) { question { id } userErrors { code message } } }`, { input: { text: `Benchmark question ${i}` } },
    `10.200.0.${(i % live.participants.length) + 1}`);
    const arrivals = [];
    const allArrived = new Promise((resolve) => { arrivals.done = resolve; });
    live.shown.set(asked.question.id, arrivals);
    const start = performance.now();
    await graphql(live.moderator, `mutation($input: ModerateQuestionInput!) { moderateQuestion(input: $input) {
        question { id } userErrors { code message } } }`, { input: { questionId: asked.question.id, action: 'APPROVE' } });
    let timer;
    await Promise.race([allArrived, new Promise((r) => { timer = setTimeout(r, 5000); })]);
    clearTimeout(timer);
    arrivals.forEach((at) => latencies.push(at - start));
    const wait = start + 500 - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return latencies.sort((a, b) => a - b);
}

/** The campaigns query at a steady LEGIT_RATE, the staff users taking turns. */
function campaigns(tokens, seconds) {
  let turn = 0;
  return paced(LEGIT_RATE, seconds, () => ({
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[turn++ % tokens.length]}` },
    body: JSON.stringify({ query: CAMPAIGNS, variables: { first: 20 } }),
  }), (status, body) => status === 200 && !body.includes('"errors"'));
}

/**
 * Sends requests at a fixed rate, evenly spaced (autocannon's rate sends each second's share in
 * one burst at the start of the second, which measures bursts, not a rate), each on its own from
 * a keep-alive pool; at most MAX_IN_FLIGHT wait for an answer, further ones are counted as not sent.
 * `expected(status, body)` says whether an answer is what it should be.
 */
async function paced(rate, seconds, request, expected) {
  const latencies = [];
  const statusCodes = {};
  let sent = 0;
  let unexpected = 0;
  let errors = 0;
  let notSent = 0;
  let inFlight = 0;
  const pending = new Set();
  const interval = 1000 / rate;
  const start = performance.now();
  const end = start + seconds * 1000;
  let due = start;
  while (performance.now() < end) {
    const now = performance.now();
    for (; due <= now; due += interval) {
      if (inFlight >= MAX_IN_FLIGHT) {
        notSent++;
        continue;
      }
      const { headers, body } = request();
      const began = performance.now();
      inFlight++;
      sent++;
      const done = fetch(`${BACKEND_URL}/graphql`, { method: 'POST', headers, body })
        .then(async (response) => {
          const text = await response.text();
          latencies.push(performance.now() - began);
          statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1;
          if (!expected(response.status, text)) unexpected++;
        })
        .catch(() => { errors++; })
        .finally(() => { inFlight--; pending.delete(done); });
      pending.add(done);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return { sent, perSecond: sent / seconds, notSent, errors, unexpected, statusCodes,
    p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/** The refused shapes, in turn. */
function attack(analyst, seconds) {
  const joins = Array.from({ length: 200 }, (_, i) => `j${i}: joinLiveSession(input: {joinCode: "ZZZZZZZZ"}) { participantToken }`).join(' ');
  const terse = Array.from({ length: 50 }, (_, i) => `j${i}:joinLiveSession(input:{joinCode:"ZZZZZZZZ"}){participantToken}`).join(' ');
  const expensive = `{ ${Array.from({ length: 300 }, (_, i) => `s${i}: liveSessions(first: 100) { edges { node { questions(first: 500) { id } } } }`).join(' ')} }`;
  const oneExpensive = '{ liveSessions(first: 100) { edges { node { questions(first: 500) { id status } } } } }';
  let n = 0;
  const shapes = [
    // One address flooding: refused per address (429) once its minute's share is spent.
    () => ({ headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' }, body: JSON.stringify({ query: `mutation { ${joins} }` }) }),
    // A botnet: every request from another address, each refused for its shape.
    () => ({ headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.${(n >> 8) & 255}.${n++ & 255}` }, body: JSON.stringify({ query: `mutation{${terse}}` }) }),
    () => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` }, body: JSON.stringify({ query: expensive }) }),
    () => ({ headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` }, body: JSON.stringify({ query: oneExpensive }) }),
    () => ({ headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.a.b.c.d' }, body: JSON.stringify({ query: '{ viewer { id } }' }) }),
  ];
  let turn = 0;
  // Every shape is refused: an answer without an error (or a 401's or 429's empty body) would be a miss.
  return paced(ATTACK_RATE, seconds, () => shapes[turn++ % shapes.length](),
    (status, body) => body === '' || body.includes('"errors"'));
}

/**
 * The attacker on a thread of its own: sharing the measuring clients' event loop, its 500 requests
 * a second would delay when they notice an answer and count against the server.
 */
function attackInWorker(analyst, seconds) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { analyst, seconds } });
    worker.once('message', (result) => worker.terminate().then(() => resolve(result)));
    worker.once('error', reject);
  });
}

async function run(label, withAttack, tokens, analyst, live, seconds = SECONDS) {
  const cpuBefore = cpuSeconds();
  const clientCpuBefore = process.cpuUsage();
  const [legit, feed, attacker] = await Promise.all([campaigns(tokens, seconds), approvals(live, seconds),
    withAttack ? attackInWorker(analyst, seconds) : Promise.resolve(null)]);
  const cpu = cpuSeconds() - cpuBefore;
  const clientCpu = process.cpuUsage(clientCpuBefore);
  const refused = attacker ? attacker.sent : 0;
  const row = {
    run: label, campaignsPerSecond: round(legit.perSecond), campaignsP50Ms: round(legit.p50),
    campaignsP99Ms: round(legit.p99), campaignErrors: legit.unexpected + legit.errors + legit.notSent,
    feedDeliveries: feed.length, feedP50Ms: round(percentile(feed, 50)), feedP99Ms: round(percentile(feed, 99)),
    backendCpuSeconds: round(cpu, 2),
    // This process: the legitimate clients, and the attacker's thread when there is one (same machine, same cores).
    clientCpuSeconds: round((clientCpu.user + clientCpu.system) / 1e6, 2),
    attackRequests: refused, attackPerSecond: attacker ? round(attacker.perSecond) : 0,
    attackNotSent: attacker ? attacker.notSent : 0, attackErrors: attacker ? attacker.errors : 0,
    attackAnswers: attacker ? attacker.statusCodes : {},
    attackAnsweredWithData: attacker ? attacker.unexpected : 0,
    refusalP50Ms: attacker ? round(attacker.p50) : null, refusalP99Ms: attacker ? round(attacker.p99) : null,
  };
  console.log(JSON.stringify(row));
  return row;
}

if (!isMainThread) {
  parentPort.postMessage(await attack(workerData.analyst, workerData.seconds));
} else {
  const tokens = await Promise.all(Array.from({ length: 5 }, (_, i) => mintToken('ANALYST', `analyst-${i}@riverside.example`)));
  const analyst = await mintToken('ANALYST', 'careless-analyst@riverside.example');
  const live = await liveAudience();
  try {
    await run('warm-up', false, tokens, analyst, live);
    // The refusals' code paths are compiled too before anything is measured: a long attack is
    // met by compiled code; its first seconds cost more (the JIT), which the warm-up row shows.
    const onset = await run('attack warm-up', true, tokens, analyst, live, WARM_UP_SECONDS);
    const alone = await run('alone', false, tokens, analyst, live);
    const attacked = await run('under attack', true, tokens, analyst, live);
    const extraCpu = attacked.backendCpuSeconds - alone.backendCpuSeconds;
    const summary = {
      campaignsP99: { alone: alone.campaignsP99Ms, underAttack: attacked.campaignsP99Ms,
        ratio: round(attacked.campaignsP99Ms / alone.campaignsP99Ms, 2) },
      feedP99: { alone: alone.feedP99Ms, underAttack: attacked.feedP99Ms, ratio: round(attacked.feedP99Ms / alone.feedP99Ms, 2) },
      backendCpuPerRefusedRequestMicros: attacked.attackRequests ? round((extraCpu / attacked.attackRequests) * 1e6, 0) : null,
      refusalLatencyMs: { p50: attacked.refusalP50Ms, p99: attacked.refusalP99Ms },
      attackAnswers: attacked.attackAnswers,
      attackAnsweredWithData: attacked.attackAnsweredWithData,
    };
    console.log(`campaigns p99: ${summary.campaignsP99.alone} ms alone, ${summary.campaignsP99.underAttack} ms under attack (×${summary.campaignsP99.ratio}; target ≤ 2)`);
    console.log(`audience feed p99: ${summary.feedP99.alone} ms alone, ${summary.feedP99.underAttack} ms under attack (×${summary.feedP99.ratio}; target ≤ 2)`);
    console.log(`the attack's first ${WARM_UP_SECONDS} s (its code paths still being compiled): campaigns p99 ${onset.campaignsP99Ms} ms, audience feed p99 ${onset.feedP99Ms} ms, refusals p99 ${onset.refusalP99Ms} ms`);
    console.log(`CPU: backend ${alone.backendCpuSeconds} s alone, ${attacked.backendCpuSeconds} s under attack; clients ${alone.clientCpuSeconds} s alone, ${attacked.clientCpuSeconds} s with the attacker (${SECONDS} s runs)`);
    console.log(`attack: ${attacked.attackRequests} requests at ${attacked.attackPerSecond}/s; backend CPU per refused request ${summary.backendCpuPerRefusedRequestMicros} µs; refusals answered in p50 ${summary.refusalLatencyMs.p50} ms, p99 ${summary.refusalLatencyMs.p99} ms`);
    const results = new URL('./results/', import.meta.url);
    await mkdir(results, { recursive: true });
    const file = new URL(`attack-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, results);
    await writeFile(file, JSON.stringify({ seconds: SECONDS, attackRate: ATTACK_RATE, legitRate: LEGIT_RATE, runs: [onset, alone, attacked], summary }, null, 2));
    console.log(`results: ${file.pathname}`);
  } finally {
    live.close();
  }
}
