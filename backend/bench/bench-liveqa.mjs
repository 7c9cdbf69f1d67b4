// Live Q&A fan-out benchmark: N graphql-transport-ws subscribers on the audience feed of one
// session, while a moderator approves questions one by one (each approval waits for the previous
// answer, then 50 ms). Reports delivery latency from just before each approval request to
// receipt by each subscriber, events lost or duplicated, heap per idle subscriber after a full
// GC, backend CPU per delivery, the sustained event rate, and the CPU this generator used.
//
// Env: BACKEND_URL, IDP_URL (loopback only), BACKEND_PID, JCMD, BENCH_SUBSCRIBERS, BENCH_APPROVALS,
// BENCH_JFR (a directory: records a Java Flight Recording of the backend during each approval phase).
import WebSocket from 'ws';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';

const BACKEND_URL = process.env.BACKEND_URL ?? 'http://localhost:8080';
const IDP_URL = process.env.IDP_URL ?? 'http://localhost:9000';
const BACKEND_PID = process.env.BACKEND_PID;
const JCMD = process.env.JCMD ?? 'jcmd';
const ORG = 'riverside-health';
const SIZES = (process.env.BENCH_SUBSCRIBERS ?? '1000 5000 10000').split(/[\s,]+/).filter(Boolean).map(Number);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 100);
const PAUSE_MS = 50;
/** Subscribers share participant tokens, as tabs of one person would: joining 10,000 times only slows setup. */
const PARTICIPANTS = 100;
const CONNECT_CONCURRENCY = 250;
const CLK_TCK = 100;
const JFR_DIR = process.env.BENCH_JFR;

const FEED = `subscription($joinCode: String!) { liveAudienceFeed(joinCode: $joinCode) {
  sequence type questionId question { id text status upvoteCount revision } } }`;

function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!['localhost', '[::1]', '::1'].includes(host) && !host.startsWith('127.')) {
    throw new Error(`refusing to send load to ${url}: only loopback addresses are allowed`);
  }
}

async function mintToken(roles) {
  const response = await fetch(`${IDP_URL}/dev/token`, { method: 'POST', body: new URLSearchParams({ org: ORG, roles }) });
  if (!response.ok) throw new Error(`IdP /dev/token answered ${response.status}`);
  return (await response.text()).trim();
}

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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Backend CPU time (user + system) in seconds, from /proc. */
function backendCpuSeconds() {
  const fields = readFileSync(`/proc/${BACKEND_PID}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

/** Backend heap in use right after a full GC, in bytes. */
function heapAfterFullGc() {
  execFileSync(JCMD, [BACKEND_PID, 'GC.run'], { stdio: 'ignore' });
  const info = execFileSync(JCMD, [BACKEND_PID, 'GC.heap_info'], { encoding: 'utf8' });
  const used = /used (\d+)K/.exec(info);
  if (!used) throw new Error(`cannot read heap use from: ${info}`);
  return Number(used[1]) * 1024;
}

async function setUpSession(marketer, moderator, label) {
  const created = await graphql(marketer, `mutation($input: CreateLiveSessionInput!) { createLiveSession(input: $input) {
      liveSession { id version joinCode } userErrors { field code message } } }`, {
    input: {
      title: `Bench ${label} ${Date.now()}`,
      host: { name: 'Dr. Bench', credentials: 'MD' },
      scheduledStart: new Date(Date.now() + 60_000).toISOString(),
      settings: { questionsPerMinute: 60 },
    },
  });
  const session = created.liveSession;
  await graphql(moderator, `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) {
      liveSession { id } userErrors { field code message } } }`, { input: { id: session.id, expectedVersion: session.version } });
  const tokens = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const joined = await graphql(null, `mutation($input: JoinLiveSessionInput!) { joinLiveSession(input: $input) {
        participantToken userErrors { field code message } } }`, { input: { joinCode: session.joinCode, displayName: `Viewer ${i}` } });
    tokens.push(joined.participantToken);
  }
  // One warm-up question plus APPROVALS measured ones; 60 a minute per participant, so spread them.
  const questionIds = [];
  for (let i = 0; i <= APPROVALS; i++) {
    const asked = await graphql(tokens[i % tokens.length], `mutation($input: AskQuestionInput!) { askQuestion(input: $input) {
        question { id } userErrors { field code message } } }`, { input: { text: `Bench question number ${i}: is it safe to exercise with a cold?` } });
    questionIds.push(asked.question.id);
  }
  return { session, tokens, questionIds };
}

/** One subscriber: a raw graphql-transport-ws client that timestamps each QUESTION_SHOWN it receives. */
function connectSubscriber(index, token, joinCode, onShown) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${BACKEND_URL.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { perMessageDeflate: false });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.includes('"QUESTION_SHOWN"')) {
        // No JSON.parse per message: at 10,000 subscribers the generator's CPU is the scarce thing.
        const id = /"question":\{"id":"([^"]+)"/.exec(text)?.[1];
        onShown(index, id, performance.now());
      } else if (text.includes('"connection_ack"')) {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: FEED, variables: { joinCode } } }));
        resolve(socket);
      } else if (text.includes('"error"')) {
        console.error(`subscriber ${index}: ${text}`);
      }
    });
    socket.on('error', reject);
    socket.on('close', (code) => { if (code !== 1000 && code !== 1005) console.error(`subscriber ${index} closed with ${code}`); });
  });
}

async function connectAll(n, tokens, joinCode, onShown) {
  const sockets = new Array(n);
  for (let start = 0; start < n; start += CONNECT_CONCURRENCY) {
    const batch = [];
    for (let i = start; i < Math.min(n, start + CONNECT_CONCURRENCY); i++) {
      batch.push(connectSubscriber(i, tokens[i % tokens.length], joinCode, onShown).then((s) => { sockets[i] = s; }));
    }
    await Promise.all(batch);
  }
  return sockets;
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function run(n, marketer, moderator) {
  console.log(`\n== ${n} subscribers ==`);
  const { session, tokens, questionIds } = await setUpSession(marketer, moderator, n);
  const heapBefore = heapAfterFullGc();

  const expected = new Set(questionIds);
  const sentAt = new Map();
  const seen = Array.from({ length: n }, () => new Set());
  const latencies = new Float64Array(n * APPROVALS);
  let delivered = 0;
  let duplicates = 0;
  let unexpected = 0;
  let lastReceipt = 0;
  const onShown = (index, id, at) => {
    if (!expected.has(id)) { unexpected++; return; }
    if (seen[index].has(id)) { duplicates++; return; }
    seen[index].add(id);
    if (id === questionIds[0]) return; // warm-up
    latencies[delivered++] = at - sentAt.get(id);
    lastReceipt = at;
  };

  const connectStart = performance.now();
  const sockets = await connectAll(n, tokens, session.joinCode, onShown);
  console.log(`connected in ${round((performance.now() - connectStart) / 1000)} s`);

  // Warm-up approval: proves every subscription is live before anything is measured.
  const approve = (id) => graphql(moderator, `mutation($input: ModerateQuestionInput!) { moderateQuestion(input: $input) {
      question { id } userErrors { field code message } } }`, { input: { questionId: id, action: 'APPROVE' } });
  await approve(questionIds[0]);
  const warmDeadline = performance.now() + 60_000;
  while (seen.some((s) => !s.has(questionIds[0])) && performance.now() < warmDeadline) await sleep(100);
  const notLive = seen.filter((s) => !s.has(questionIds[0])).length;
  if (notLive > 0) console.error(`${notLive} subscribers never received the warm-up event`);

  await sleep(1000);
  const heapIdle = heapAfterFullGc();

  if (JFR_DIR) {
    execFileSync(JCMD, [BACKEND_PID, 'JFR.start', 'name=bench', 'settings=profile', `filename=${JFR_DIR}/liveqa-${n}.jfr`], { stdio: 'ignore' });
  }
  const cpuBefore = backendCpuSeconds();
  const generatorBefore = process.cpuUsage();
  const phaseStart = performance.now();
  for (const id of questionIds.slice(1)) {
    sentAt.set(id, performance.now());
    await approve(id);
    await sleep(PAUSE_MS);
  }
  const want = n * APPROVALS;
  const deadline = performance.now() + 30_000;
  while (delivered < want && performance.now() < deadline) await sleep(50);
  const cpuAfter = backendCpuSeconds();
  const generator = process.cpuUsage(generatorBefore);
  if (JFR_DIR) execFileSync(JCMD, [BACKEND_PID, 'JFR.stop', 'name=bench'], { stdio: 'ignore' });
  const phaseSeconds = (lastReceipt - phaseStart) / 1000;

  for (const socket of sockets) socket.close(1000);
  await sleep(1000);

  const sorted = Array.from(latencies.subarray(0, delivered)).sort((a, b) => a - b);
  const wallSeconds = (performance.now() - phaseStart) / 1000;
  const result = {
    subscribers: n,
    approvals: APPROVALS,
    participantsJoined: PARTICIPANTS,
    deliveriesExpected: want,
    delivered,
    lost: want - delivered,
    duplicates,
    unexpected,
    notLiveAtWarmUp: notLive,
    latencyMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) },
    heapPerIdleSubscriberKB: round((heapIdle - heapBefore) / n / 1024, 2),
    backendCpuSeconds: round(cpuAfter - cpuBefore, 2),
    backendCpuPerDeliveryMicros: round(((cpuAfter - cpuBefore) * 1e6) / Math.max(1, delivered), 2),
    eventsPerSecondDelivered: round(delivered / phaseSeconds, 0),
    approvalPhaseSeconds: round(phaseSeconds, 2),
    generatorCpuSeconds: round((generator.user + generator.system) / 1e6, 2),
    generatorCpuShareOfPhase: round((generator.user + generator.system) / 1e6 / wallSeconds, 2),
  };
  console.log(JSON.stringify(result, null, 2));
  return result;
}

async function main() {
  assertLoopback(BACKEND_URL);
  assertLoopback(IDP_URL);
  if (!BACKEND_PID) throw new Error('BACKEND_PID is required (bench-liveqa.sh sets it)');
  const marketer = await mintToken('MARKETER');
  const moderator = await mintToken('MODERATOR');
  const results = [];
  for (const n of SIZES) results.push(await run(n, marketer, moderator));
  const report = { finishedAt: new Date().toISOString(), backendUrl: BACKEND_URL, cores: (await import('node:os')).cpus().length, results };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(`./results/liveqa-${report.finishedAt.replace(/[:.]/g, '-')}.json`, import.meta.url);
  await writeFile(file, JSON.stringify(report, null, 2));
  console.log('\n subscribers | p50 ms | p99 ms | max ms | lost | dup | heap/sub KB | cpu/delivery µs | events/s | generator CPU');
  for (const r of results) {
    console.log(` ${String(r.subscribers).padStart(11)} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.lost} | ${r.duplicates} | ${r.heapPerIdleSubscriberKB} | ${r.backendCpuPerDeliveryMicros} | ${r.eventsPerSecondDelivered} | ${r.generatorCpuShareOfPhase}`);
  }
  console.log(`written to ${file.pathname}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
