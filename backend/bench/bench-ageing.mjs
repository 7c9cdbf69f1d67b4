// Ageing benchmark of the embedded MongoDB (bench-ageing.sh): does it slow down as writes pile up?
// At each checkpoint of writes to an unrelated collection (default 0, 100,000 and 1,000,000) it
// measures (1) the rate of single-document inserts, acknowledged one by one by a few concurrent
// clients, and (2) the latency from a moderator's approval request to the question's arrival on
// a participant's audience feed (graphql-transport-ws), over many approvals. The filler writes go
// in batches of 1,000 straight to the database, like any other writer's.
//
// Env: BACKEND_URL, IDP_URL, DATABASE_URL, DATABASE_PID, DATABASE_FILE, BENCH_AGEING_WRITES,
// BENCH_AGEING_INSERTS, BENCH_AGEING_APPROVALS.
import { statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { MongoClient } from 'mongodb';
import WebSocket from 'ws';
import { devToken } from './devIdp.mjs';

const BACKEND_URL = process.env.BACKEND_URL ?? 'http://localhost:8080';
const IDP_URL = process.env.IDP_URL ?? 'http://localhost:9000';
const DATABASE_URL = process.env.DATABASE_URL;
const DATABASE_FILE = process.env.DATABASE_FILE;
const CHECKPOINTS = (process.env.BENCH_AGEING_WRITES ?? '0 100000 1000000').split(/[\s,]+/).filter(Boolean).map(Number);
const INSERTS = Number(process.env.BENCH_AGEING_INSERTS ?? 3000);
const APPROVALS = Number(process.env.BENCH_AGEING_APPROVALS ?? 40);
const INSERT_CLIENTS = 8;
const FILL_BATCH = 1000;
const FILL_WRITERS = 4;
const ORG = 'riverside-health';
const MODERATOR = 'moderator@riverside.example';
const PARTICIPANTS = 20;

if (!DATABASE_URL) throw new Error('DATABASE_URL is not set: run bench-ageing.sh');

const mintToken = (roles, sub) => devToken(IDP_URL, ORG, roles, sub);

async function graphql(token, query, variables = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${BACKEND_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  const payload = Object.values(body.data)[0];
  if (payload?.userErrors?.length) throw new Error(`user errors: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A session moderated by the demo moderator, live, with a participant following its audience feed. */
async function liveSession() {
  const admin = await mintToken('ADMIN');
  const moderator = await mintToken('MODERATOR', MODERATOR);
  await graphql(moderator, '{ viewer { id } }');
  const users = await graphql(admin, '{ users(first: 100, filter: { roles: [MODERATOR] }) { edges { node { id email } } } }');
  const moderatorId = users.edges.find(({ node }) => node.email === MODERATOR)?.node.id;
  const created = await graphql(admin, `mutation($input: CreateLiveSessionInput!) {
      createLiveSession(input: $input) { liveSession { id version joinCode } userErrors { code message } } }`, {
    input: {
      title: `Ageing benchmark ${Date.now()}`, host: { name: 'Dr. Bench' }, moderatorIds: [moderatorId],
      scheduledStart: new Date(Date.now() + 60_000).toISOString(),
      settings: { questionsPerMinute: 60, moderationMode: 'PRE_MODERATION', profanityFilter: false },
    },
  });
  const session = created.liveSession;
  await graphql(moderator, `mutation($input: StartLiveSessionInput!) {
      startLiveSession(input: $input) { liveSession { status } userErrors { code message } } }`,
  { input: { id: session.id, expectedVersion: session.version } });
  // Each participant may ask 60 questions a minute: enough of them that the benchmark never waits.
  const participants = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const joined = await graphql(null, `mutation($input: JoinLiveSessionInput!) {
        joinLiveSession(input: $input) { participantToken userErrors { code message } } }`,
    { input: { joinCode: session.joinCode, displayName: `Bench ${i}` } });
    participants.push(joined.participantToken);
  }
  const feed = await audienceFeed(participants[0], session.joinCode);
  return { moderator, participants, feed };
}

/** A graphql-transport-ws subscription to the audience feed; resolves each awaited question id on QUESTION_SHOWN. */
function audienceFeed(token, joinCode) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${BACKEND_URL.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const waiting = new Map();
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: {
          query: 'subscription($joinCode: String!) { liveAudienceFeed(joinCode: $joinCode) { type question { id } } }',
          variables: { joinCode } } }));
        // The subscription is live once the server has it; a ping round trip after it is the signal.
        socket.send(JSON.stringify({ type: 'ping' }));
      } else if (message.type === 'pong') {
        resolve({
          shown: (id) => new Promise((done) => waiting.set(id, done)),
          close: () => socket.close(),
        });
      } else if (message.type === 'next') {
        const event = message.payload.data?.liveAudienceFeed;
        if (event?.type === 'QUESTION_SHOWN' && waiting.has(event.question.id)) {
          waiting.get(event.question.id)(performance.now());
          waiting.delete(event.question.id);
        }
      } else if (message.type === 'error') {
        reject(new Error(`feed error: ${JSON.stringify(message.payload)}`));
      }
    });
    socket.on('error', reject);
  });
}

async function approvalLatencies(live) {
  const latencies = [];
  for (let i = 0; i < APPROVALS; i++) {
    const asked = await graphql(live.participants[i % PARTICIPANTS], `mutation($input: AskQuestionInput!) {
        askQuestion(input: $input) { question { id } retryAfterSeconds userErrors { code message } } }`,
    { input: { text: `Benchmark question ${i} about flu shots` } });
    const shown = live.feed.shown(asked.question.id);
    const start = performance.now();
    await graphql(live.moderator, `mutation($input: ModerateQuestionInput!) {
        moderateQuestion(input: $input) { question { id } userErrors { code message } } }`,
    { input: { questionId: asked.question.id, action: 'APPROVE' } });
    latencies.push((await shown) - start);
  }
  latencies.sort((a, b) => a - b);
  return { medianMs: round(percentile(latencies, 50)), p95Ms: round(percentile(latencies, 95)), maxMs: round(latencies.at(-1)) };
}

async function insertRate(collection) {
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: INSERT_CLIENTS }, async () => {
    while (next < INSERTS) {
      next++;
      await collection.insertOne({ kind: 'single', at: new Date(), payload: 'x'.repeat(200) });
    }
  }));
  return round(INSERTS / ((performance.now() - start) / 1000), 0);
}

async function fill(collection, from, to) {
  let written = from;
  const started = performance.now();
  await Promise.all(Array.from({ length: FILL_WRITERS }, async () => {
    while (written < to) {
      const size = Math.min(FILL_BATCH, to - written);
      written += size;
      await collection.insertMany(Array.from({ length: size }, (_, i) => ({ kind: 'filler', n: written - size + i,
        payload: 'x'.repeat(200) })), { ordered: false });
    }
  }));
  return (performance.now() - started) / 1000;
}

const client = new MongoClient(DATABASE_URL, { directConnection: true, maxPoolSize: INSERT_CLIENTS + FILL_WRITERS });
await client.connect();
const filler = client.db('carepulse').collection('bench_filler');
const live = await liveSession();
const rows = [];
let writes = 0;
try {
  for (const checkpoint of CHECKPOINTS) {
    const fillSeconds = checkpoint > writes ? await fill(filler, writes, checkpoint) : 0;
    writes = Math.max(writes, checkpoint);
    const insertsPerSecond = await insertRate(filler);
    writes += INSERTS;
    const latency = await approvalLatencies(live);
    const fileMb = DATABASE_FILE ? round(statSync(DATABASE_FILE).size / 1e6) : null;
    const row = { writes: checkpoint, fillSeconds: round(fillSeconds), insertsPerSecond, approveToAudience: latency, fileMb };
    rows.push(row);
    console.log(`after ${checkpoint.toLocaleString('en')} writes: ${insertsPerSecond} inserts/s, approve → audience `
      + `median ${latency.medianMs} ms, p95 ${latency.p95Ms} ms, max ${latency.maxMs} ms; file ${fileMb} MB`
      + (fillSeconds ? ` (filling took ${round(fillSeconds)} s)` : ''));
  }
} finally {
  live.feed.close();
  await client.close();
}

const results = new URL('./results/', import.meta.url);
await mkdir(results, { recursive: true });
const file = new URL(`ageing-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, results);
await writeFile(file, JSON.stringify({ inserts: INSERTS, approvals: APPROVALS, rows }, null, 2));
console.log(`results: ${file.pathname}`);
