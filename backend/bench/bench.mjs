// Load benchmark of the campaigns query: requests/s, latency and MongoDB commands per request
// for page sizes 10, 50 and 100. bench.sh starts the servers; this file only drives them.
//
// Env: BACKEND_URL, IDP_URL (both loopback only), BENCH_DURATION (seconds, all page sizes),
// BENCH_CONNECTIONS (default 32), BENCH_WARMUP (seconds, default 5; 0 skips it).
import autocannon from 'autocannon';
import { mkdir, writeFile } from 'node:fs/promises';
import { assertLoopback, devToken } from './devIdp.mjs';

const BACKEND_URL = process.env.BACKEND_URL ?? 'http://localhost:8080';
/** Metrics are served on the backend's management port. */
const MANAGEMENT_URL = process.env.MANAGEMENT_URL ?? 'http://localhost:8091';
const IDP_URL = process.env.IDP_URL ?? 'http://localhost:9000';
const ORG = 'riverside-health';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 5);
const MIN_CAMPAIGNS = 110;
// Page size → seconds; 50 is the headline run, so it gets the longest window.
const PLAN = [
  { first: 10, seconds: 10 },
  { first: 50, seconds: 30 },
  { first: 100, seconds: 10 },
].map((run) => ({ ...run, seconds: Number(process.env.BENCH_DURATION ?? run.seconds) }));

const CAMPAIGNS_QUERY = `query($first:Int){ campaigns(first: $first) { edges { node { id name status hashtags segments { name } owner { id } } } } }`;
const COUNT_QUERY = `{ campaigns(first: 1) { totalCount } }`;
const SEGMENT_QUERY = `{ audienceSegments(first: 1) { edges { node { id } } } }`;
const CREATE_MUTATION = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) { campaign { id } userErrors { code field message } } }`;

// The workplace allows load only against this machine; refuse anything else before sending a byte.
const mintToken = (roles, sub) => devToken(IDP_URL, ORG, roles, sub);

async function graphql(token, query, variables = {}) {
  const response = await fetch(`${BACKEND_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (!response.ok || body.errors) {
    throw new Error(`GraphQL call failed (${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

async function countCampaigns(token) {
  return (await graphql(token, COUNT_QUERY)).campaigns.totalCount;
}

/** Creates campaigns until the organisation has MIN_CAMPAIGNS, so first:100 returns 100 rows. */
async function seedCampaigns(token) {
  const existing = await countCampaigns(token);
  const missing = Math.max(0, MIN_CAMPAIGNS - existing);
  if (missing === 0) return { existing, created: 0 };
  const segments = (await graphql(token, SEGMENT_QUERY)).audienceSegments.edges;
  if (segments.length === 0) throw new Error(`${ORG} has no audience segment to attach campaigns to`);
  for (let n = 1; n <= missing; n++) {
    const input = {
      name: `Bench campaign ${existing + n}`,
      objective: 'AWARENESS',
      startDate: '2026-01-01',
      hashtags: ['#Bench'],
      segmentIds: [segments[0].node.id],
    };
    const { createCampaign } = await graphql(token, CREATE_MUTATION, { input });
    if (createCampaign.userErrors.length > 0) {
      throw new Error(`createCampaign refused: ${JSON.stringify(createCampaign.userErrors)}`);
    }
  }
  const total = await countCampaigns(token);
  if (total < MIN_CAMPAIGNS) throw new Error(`seeding left ${total} campaigns, wanted ${MIN_CAMPAIGNS}`);
  return { existing, created: missing };
}

/** Sums every label set of a Prometheus counter whose labels contain all of labelFilters. */
async function scrapeCounter(name, labelFilters = []) {
  const text = await (await fetch(`${MANAGEMENT_URL}/actuator/prometheus`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) && labelFilters.every((label) => line.includes(label))) {
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return sum;
}

async function scrapeCounters() {
  return {
    // Every label set: all commands, whatever the collection or command name.
    mongoCommands: await scrapeCounter('mongodb_driver_commands_seconds_count'),
    // Any outcome: requests cut off when autocannon stops (outcome UNKNOWN) ran commands too.
    graphqlRequests: await scrapeCounter('http_server_requests_seconds_count', ['uri="/graphql"']),
  };
}

/**
 * When autocannon stops it drops up to one request per connection that the server is still
 * serving; waits (bounded) until the server's counters stop moving so those are counted whole.
 */
async function scrapeWhenQuiet() {
  let previous = await scrapeCounters();
  for (let attempt = 0; attempt < 40; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const current = await scrapeCounters();
    if (current.mongoCommands === previous.mongoCommands && current.graphqlRequests === previous.graphqlRequests) {
      return current;
    }
    previous = current;
  }
  return previous;
}

/** One request outside the load run: proves the query works and returns a full page. */
async function checkSample(token, first) {
  const response = await fetch(`${BACKEND_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CAMPAIGNS_QUERY, variables: { first } }),
  });
  const body = await response.json();
  return {
    status: response.status,
    errors: body.errors ?? [],
    rows: body.data?.campaigns?.edges?.length ?? 0,
  };
}

function load(token, first, seconds) {
  return autocannon({
    url: `${BACKEND_URL}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: CAMPAIGNS_QUERY, variables: { first } }),
    // A 200 can still carry GraphQL errors; autocannon counts these as mismatches.
    verifyBody: (body) => !body.includes('"errors"'),
  });
}

async function measure(token, { first, seconds }) {
  const sample = await checkSample(token, first);
  const before = await scrapeCounters();
  const result = await load(token, first, seconds);
  const after = await scrapeWhenQuiet();
  const mongoCommands = after.mongoCommands - before.mongoCommands;
  // The server's own count includes the requests in flight when autocannon stopped, whose
  // MongoDB commands are in the delta too; autocannon's requests.total does not.
  const serverGraphqlRequests = after.graphqlRequests - before.graphqlRequests;
  return {
    pageSize: first,
    seconds: result.duration,
    connections: CONNECTIONS,
    sampleStatus: sample.status,
    sampleRows: sample.rows,
    sampleErrors: sample.errors.length,
    requestsTotal: result.requests.total,
    requests2xx: result['2xx'],
    requestsPerSecond: round(result['2xx'] / result.duration, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrorResponses: result.mismatches,
    mongoCommands,
    serverGraphqlRequests,
    mongoCommandsPerRequest: serverGraphqlRequests > 0 ? round(mongoCommands / serverGraphqlRequests, 2) : null,
    mongoCommandsPerCompletedRequest: result.requests.total > 0 ? round(mongoCommands / result.requests.total, 2) : null,
  };
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function printTable(runs) {
  const header = ['page size', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'GraphQL errors', 'Mongo cmds/req'];
  const rows = runs.map((r) => [
    r.pageSize, r.requestsPerSecond, r.p50Ms, r.p99Ms, r.non2xx,
    r.sampleErrors + r.graphqlErrorResponses, r.mongoCommandsPerRequest,
  ].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  rows.forEach((row) => console.log(line(row)));
}

async function main() {
  assertLoopback(BACKEND_URL);
  assertLoopback(IDP_URL);
  const token = await mintToken('ADMIN');
  const seeding = await seedCampaigns(token);
  console.log(`campaigns in ${ORG}: ${seeding.existing} found, ${seeding.created} created`);
  if (WARMUP_SECONDS > 0) {
    console.log(`warming up for ${WARMUP_SECONDS} s (not measured)`);
    await load(token, 50, WARMUP_SECONDS);
  }
  const runs = [];
  for (const run of PLAN) {
    console.log(`page size ${run.first}: ${run.seconds} s at ${CONNECTIONS} connections`);
    runs.push(await measure(token, run));
  }
  printTable(runs);
  const report = { finishedAt: new Date().toISOString(), backendUrl: BACKEND_URL, query: CAMPAIGNS_QUERY, seeding, runs };
  await mkdir(new URL('./results/', import.meta.url), { recursive: true });
  await writeFile(new URL('./results/latest.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
  console.log('results written to backend/bench/results/latest.json');
  const failed = runs.some((r) => r.non2xx > 0 || r.sampleErrors > 0 || r.graphqlErrorResponses > 0 || r.sampleRows < r.pageSize);
  if (failed) {
    console.error('some responses failed or a page came back short: see results/latest.json');
    process.exitCode = 1;
  }
}

await main();
