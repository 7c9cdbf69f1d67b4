// Live Q&A fan-out benchmark: N graphql-transport-ws subscribers (in worker threads, one per
// core: liveqa-subscribers.mjs) on the audience feed of one session, while a moderator approves questions one by one (each approval waits for the previous
// answer, then 50 ms). Reports how long each approval call takes, and delivery latency from just before each approval request to
// receipt by each subscriber, events lost or duplicated, heap per idle subscriber after a full
// GC, backend CPU per delivery, the sustained event rate, and the CPU this generator used (and
// the database's, when it runs in a process of its own).
//
// Env: BACKEND_URL, IDP_URL (loopback only), BACKEND_PID, DATABASE_PID (optional), JCMD, BENCH_SUBSCRIBERS, BENCH_APPROVALS,
// BENCH_APPROVAL_PERIOD_MS (see below),
// BENCH_JFR (a directory: records a Java Flight Recording of the backend during each approval phase
// and a class histogram of its heap with the subscribers idle).
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { assertLoopback, devToken } from './devIdp.mjs';

const BACKEND_URL = process.env.BACKEND_URL ?? 'http://localhost:8080';
const IDP_URL = process.env.IDP_URL ?? 'http://localhost:9000';
const BACKEND_PID = process.env.BACKEND_PID;
/** The embedded database's own process, when it runs apart from the backend. */
const DATABASE_PID = process.env.DATABASE_PID || null;
const JCMD = process.env.JCMD ?? 'jcmd';
const ORG = 'riverside-health';
const SIZES = (process.env.BENCH_SUBSCRIBERS ?? '1000 5000 10000').split(/[\s,]+/).filter(Boolean).map(Number);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 100);
const PAUSE_MS = 50;
/**
 * BENCH_APPROVAL_PERIOD_MS: start approvals at least this far apart (still each after the previous
 * answer, and at least PAUSE_MS after it). Without it the event rate follows the approval latency:
 * a build that answers faster is offered more events per second, and its delivery latency is then
 * measured under a heavier load than the build it is compared with.
 */
const APPROVAL_PERIOD_MS = Number(process.env.BENCH_APPROVAL_PERIOD_MS ?? 0);
/**
 * Subscribers share participant tokens, as tabs of one person would: joining 10,000 times only
 * slows setup. At most 16 a participant: the server allows 20 sockets per caller.
 */
const participantsFor = (subscribers) => Math.max(100, Math.ceil(subscribers / 16));
/** Subscriber worker threads: one per core. */
const WORKERS = cpus().length;
const CLK_TCK = 100;
const JFR_DIR = process.env.BENCH_JFR;

const FEED = `subscription($joinCode: String!) { liveAudienceFeed(joinCode: $joinCode) {
  sequence type questionId question { id text status upvoteCount revision } } }`;

const mintToken = (roles, sub) => devToken(IDP_URL, ORG, roles, sub);

let anonymousCalls = 0;

async function graphql(token, query, variables = {}) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  // Joins come from many addresses, through the trusted loopback proxy: the per-address join
  // limit is for one address, and a hall of viewers has several.
  else headers['x-forwarded-for'] = `10.77.${(anonymousCalls >> 8) & 255}.${anonymousCalls++ & 255}`;
  const response = await fetch(`${BACKEND_URL}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (!response.ok || body.errors) throw new Error(`GraphQL failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  const payload = Object.values(body.data)[0];
  if (payload?.userErrors?.length) throw new Error(`user errors: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A process's CPU time (user + system) in seconds, from /proc. */
function cpuSeconds(pid = BACKEND_PID) {
  return kernelCpuSeconds(pid) + userCpuSeconds(pid);
}

function procStat(pid) {
  return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
}

const userCpuSeconds = (pid) => Number(procStat(pid)[11]) / CLK_TCK;
/** CPU time spent in the kernel on the process's behalf (socket writes, on loopback also the receiving side's TCP work). */
const kernelCpuSeconds = (pid) => Number(procStat(pid)[12]) / CLK_TCK;

/** Backend heap in use right after a full GC, in bytes. */
function heapAfterFullGc() {
  execFileSync(JCMD, [BACKEND_PID, 'GC.run'], { stdio: 'ignore' });
  const info = execFileSync(JCMD, [BACKEND_PID, 'GC.heap_info'], { encoding: 'utf8' });
  const used = /used (\d+)K/.exec(info);
  if (!used) throw new Error(`cannot read heap use from: ${info}`);
  return Number(used[1]) * 1024;
}

async function setUpSession(marketer, moderator, label, participants) {
  const users = await graphql(marketer, '{ users(first: 100, filter: { roles: [MODERATOR] }) { edges { node { id email } } } }');
  const moderatorId = users.edges.find(({ node }) => node.email === 'moderator@riverside.example').node.id;
  const created = await graphql(marketer, `mutation($input: CreateLiveSessionInput!) { createLiveSession(input: $input) {
      liveSession { id version joinCode } userErrors { field code message } } }`, {
    input: {
      title: `Bench ${label} ${Date.now()}`,
      host: { name: 'Dr. Bench', credentials: 'MD' },
      moderatorIds: [moderatorId],
      scheduledStart: new Date(Date.now() + 60_000).toISOString(),
      settings: { questionsPerMinute: 60 },
    },
  });
  const session = created.liveSession;
  await graphql(moderator, `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) {
      liveSession { id } userErrors { field code message } } }`, { input: { id: session.id, expectedVersion: session.version } });
  const counted = () => joinsCounted(marketer);
  const countedBefore = await counted();
  const tokens = [];
  const joinMs = [];
  for (let i = 0; i < participants; i++) {
    const began = performance.now();
    const joined = await graphql(null, `mutation($input: JoinLiveSessionInput!) { joinLiveSession(input: $input) {
        participantToken userErrors { field code message } } }`, { input: { joinCode: session.joinCode, displayName: `Viewer ${i}` } });
    joinMs.push(performance.now() - began);
    tokens.push(joined.participantToken);
  }
  // Each join is one insert with its JOINED event; the summary's tally counts it from the event.
  const lastJoin = performance.now();
  const countDeadline = lastJoin + 30_000;
  let countedNow;
  while ((countedNow = await counted()) < countedBefore + participants && performance.now() < countDeadline) await sleep(20);
  if (countedNow < countedBefore + participants) throw new Error(`liveQaSummary counted ${countedNow - countedBefore} of ${participants} joins`);
  joinMs.sort((a, b) => a - b);
  const joins = { count: participants, p50Ms: round(percentile(joinMs, 50)), p99Ms: round(percentile(joinMs, 99)),
    allCountedMsAfterLast: round(performance.now() - lastJoin) };
  console.log(`joins: ${participants} one after another, p50 ${joins.p50Ms} ms, p99 ${joins.p99Ms} ms; all counted by liveQaSummary ${joins.allCountedMsAfterLast} ms after the last`);
  // One warm-up question plus APPROVALS measured ones; 60 a minute per participant, so spread them.
  const questionIds = [];
  for (let i = 0; i <= APPROVALS; i++) {
    const asked = await graphql(tokens[i % tokens.length], `mutation($input: AskQuestionInput!) { askQuestion(input: $input) {
        question { id } userErrors { field code message } } }`, { input: { text: `Bench question number ${i}: is it safe to exercise with a cold?` } });
    questionIds.push(asked.question.id);
  }
  return { session, tokens, questionIds, joins };
}

/** The joins liveQaSummary counts over the last and next day (the demo's sessions and the benchmark's). */
async function joinsCounted(marketer) {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const summary = await graphql(marketer, `query($from: DateTime!, $to: DateTime!) { liveQaSummary(from: $from, to: $to) { participants } }`, { from, to });
  return summary.participants;
}

/** The subscribers, spread over one worker thread per core (liveqa-subscribers.mjs). */
class Subscribers {
  constructor(n, tokens, joinCode, questionIds) {
    const { hostname, port } = new URL(BACKEND_URL);
    const workers = Math.max(1, Math.min(WORKERS, n));
    this.workers = [];
    for (let w = 0, first = 0; w < workers; w++) {
      const count = Math.floor(n / workers) + (w < n % workers ? 1 : 0);
      this.workers.push(new Worker(new URL('./liveqa-subscribers.mjs', import.meta.url), {
        workerData: { host: hostname === 'localhost' ? '127.0.0.1' : hostname, port: Number(port), joinCode, tokens, first, count, questionIds, feed: FEED },
      }));
      first += count;
    }
  }

  /** Sends a request to every worker and collects the answers of the same type. */
  ask(message) {
    return Promise.all(this.workers.map((worker) => new Promise((resolve, reject) => {
      const onMessage = (answer) => {
        if (answer.type !== message.type) return;
        worker.off('message', onMessage);
        worker.off('error', reject);
        resolve(answer);
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
      worker.postMessage(message);
    })));
  }

  connect() {
    return this.ask({ type: 'connect' });
  }

  subscribe() {
    return this.ask({ type: 'subscribe' });
  }

  async missing(index) {
    return (await this.ask({ type: 'missing', index })).reduce((sum, answer) => sum + answer.missing, 0);
  }

  report() {
    return this.ask({ type: 'report' });
  }

  close() {
    for (const worker of this.workers) worker.postMessage({ type: 'close' });
  }
}

function percentile(sorted, p) {
  return sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function run(n, marketer, moderator) {
  console.log(`\n== ${n} subscribers ==`);
  const { session, tokens, questionIds, joins } = await setUpSession(marketer, moderator, n, participantsFor(n));
  const heapBefore = heapAfterFullGc();

  const subscribers = new Subscribers(n, tokens, session.joinCode, questionIds);
  const connectStart = performance.now();
  await subscribers.connect();
  console.log(`connected in ${round((performance.now() - connectStart) / 1000)} s`);
  // What a connected, acknowledged graphql-ws socket costs before it subscribes to anything.
  await sleep(1000);
  const heapConnected = heapAfterFullGc();
  await subscribers.subscribe();

  // Warm-up approval: proves every subscription is live before anything is measured.
  const approve = (id) => graphql(moderator, `mutation($input: ModerateQuestionInput!) { moderateQuestion(input: $input) {
      question { id } userErrors { field code message } } }`, { input: { questionId: id, action: 'APPROVE' } });
  await approve(questionIds[0]);
  const warmDeadline = performance.now() + 60_000;
  let notLive = n;
  while ((notLive = await subscribers.missing(0)) > 0 && performance.now() < warmDeadline) await sleep(100);
  if (notLive > 0) console.error(`${notLive} subscribers never received the warm-up event`);

  await sleep(1000);
  const heapIdle = heapAfterFullGc();
  if (JFR_DIR) {
    // What the idle subscribers hold, by class (read with the flight recording).
    await writeFile(`${JFR_DIR}/liveqa-${n}-histogram.txt`, execFileSync(JCMD, [BACKEND_PID, 'GC.class_histogram'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
    execFileSync(JCMD, [BACKEND_PID, 'JFR.start', 'name=bench', 'settings=profile', `filename=${JFR_DIR}/liveqa-${n}.jfr`], { stdio: 'ignore' });
  }
  const cpuBefore = cpuSeconds();
  const kernelBefore = kernelCpuSeconds(BACKEND_PID);
  const databaseCpuBefore = DATABASE_PID ? cpuSeconds(DATABASE_PID) : null;
  const generatorBefore = process.cpuUsage(); // the whole process: main thread and workers
  const phaseStart = performance.now();
  const sentAt = new Float64Array(questionIds.length);
  // How long the moderator waits for each approval's answer while the previous ones fan out.
  const approvalMs = [];
  for (let i = 1; i < questionIds.length; i++) {
    sentAt[i] = performance.timeOrigin + performance.now();
    await approve(questionIds[i]);
    const tookMs = performance.timeOrigin + performance.now() - sentAt[i];
    approvalMs.push(tookMs);
    await sleep(Math.max(PAUSE_MS, APPROVAL_PERIOD_MS - tookMs));
  }
  approvalMs.sort((a, b) => a - b);
  const want = n * APPROVALS;
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && await subscribers.missing(questionIds.length - 1) > 0) await sleep(50);
  const cpuAfter = cpuSeconds();
  const kernel = kernelCpuSeconds(BACKEND_PID) - kernelBefore;
  const databaseCpu = DATABASE_PID ? cpuSeconds(DATABASE_PID) - databaseCpuBefore : null;
  const generator = process.cpuUsage(generatorBefore);
  if (JFR_DIR) execFileSync(JCMD, [BACKEND_PID, 'JFR.stop', 'name=bench'], { stdio: 'ignore' });
  const wallSeconds = (performance.now() - phaseStart) / 1000;

  const reports = await subscribers.report();
  subscribers.close();
  await sleep(1000);
  const latencies = new Float64Array(want);
  let delivered = 0;
  let duplicates = 0;
  let unexpected = 0;
  let lastReceipt = 0;
  for (const report of reports) {
    duplicates += report.duplicates;
    unexpected += report.unexpected;
    const received = report.receivedAt;
    for (let k = 0; k < received.length; k++) {
      const question = k % questionIds.length;
      if (question === 0 || received[k] === 0) continue; // the warm-up, or lost
      latencies[delivered++] = received[k] - sentAt[question];
      lastReceipt = Math.max(lastReceipt, received[k]);
    }
  }
  const phaseSeconds = (lastReceipt - (performance.timeOrigin + phaseStart)) / 1000;

  const sorted = Array.from(latencies.subarray(0, delivered)).sort((a, b) => a - b);
  const result = {
    subscribers: n,
    approvals: APPROVALS,
    approvalPeriodMs: APPROVAL_PERIOD_MS,
    participantsJoined: participantsFor(n),
    joins,
    deliveriesExpected: want,
    delivered,
    lost: want - delivered,
    duplicates,
    unexpected,
    notLiveAtWarmUp: notLive,
    latencyMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted.at(-1) ?? 0) },
    approvalMs: { p50: round(percentile(approvalMs, 50)), p90: round(percentile(approvalMs, 90)), p99: round(percentile(approvalMs, 99)) },
    heapPerIdleSubscriberKB: round((heapIdle - heapBefore) / n / 1024, 2),
    heapPerConnectedSocketBeforeSubscribingKB: round((heapConnected - heapBefore) / n / 1024, 2),
    backendCpuSeconds: round(cpuAfter - cpuBefore, 2),
    backendKernelCpuSeconds: round(kernel, 2),
    backendCpuPerDeliveryMicros: round(((cpuAfter - cpuBefore) * 1e6) / Math.max(1, delivered), 2),
    databaseInOwnProcess: DATABASE_PID !== null,
    databaseCpuSeconds: databaseCpu === null ? null : round(databaseCpu, 2),
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
  // Only a session's named moderators run it: the demo moderator, whom the marketer names.
  const moderator = await mintToken('MODERATOR', 'moderator@riverside.example');
  await graphql(moderator, '{ viewer { id } }');
  const results = [];
  for (const n of SIZES) results.push(await run(n, marketer, moderator));
  const report = { finishedAt: new Date().toISOString(), backendUrl: BACKEND_URL, cores: (await import('node:os')).cpus().length, results };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  const file = new URL(`./results/liveqa-${report.finishedAt.replace(/[:.]/g, '-')}.json`, import.meta.url);
  await writeFile(file, JSON.stringify(report, null, 2));
  console.log('\n subscribers | p50 ms | p99 ms | max ms | approval p50/p99 ms | lost | dup | heap/sub KB (socket alone) | cpu/delivery µs (kernel) | events/s | generator CPU | database CPU s');
  for (const r of results) {
    console.log(` ${String(r.subscribers).padStart(11)} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.approvalMs.p50}/${r.approvalMs.p99} | ${r.lost} | ${r.duplicates} | ${r.heapPerIdleSubscriberKB} (${r.heapPerConnectedSocketBeforeSubscribingKB}) | ${r.backendCpuPerDeliveryMicros} (${round((r.backendKernelCpuSeconds * 1e6) / Math.max(1, r.delivered), 1)}) | ${r.eventsPerSecondDelivered} | ${r.generatorCpuShareOfPhase} | ${r.databaseCpuSeconds ?? 'in process'}`);
  }
  console.log(`written to ${file.pathname}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
