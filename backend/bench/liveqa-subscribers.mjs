// A worker of the live Q&A benchmark (bench-liveqa.mjs): holds a share of the audience-feed
// subscribers (connected and acknowledged first, subscribed on request) and timestamps each
// QUESTION_SHOWN they receive.
//
// The subscribers speak graphql-transport-ws over plain TCP with a minimal WebSocket client
// (handshake, masked client frames, unmasked server frames): at 10,000 subscribers on the
// server's own 2 cores the load generator's CPU is the scarce thing, and the `ws` package spent
// about 30 µs per received message. Messages are searched as bytes, never parsed as JSON.
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';

const { host, port, joinCode, tokens, first, count, questionIds, feed } = workerData;
const CONNECT_CONCURRENCY = 125;
const SHOWN = Buffer.from('"QUESTION_SHOWN"');
const QUESTION_ID = Buffer.from('"question":{"id":"');
const QUOTE = 0x22;
const ACK = Buffer.from('"connection_ack"');
const ERROR = Buffer.from('"type":"error"');

const questionIndex = new Map(questionIds.map((id, index) => [id, index]));
/** Receipt time (ms since the epoch, fractional) per subscriber and question; 0: not received. */
const receivedAt = new Float64Array(count * questionIds.length);
let duplicates = 0;
let unexpected = 0;
let closing = false;
const sockets = [];

const now = () => performance.timeOrigin + performance.now();

/** A client frame: text, FIN, masked as RFC 6455 requires of clients. */
function textFrame(text) {
  const payload = Buffer.from(text);
  const length = payload.length;
  const header = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(header + 4 + length);
  frame[0] = 0x81;
  if (length < 126) {
    frame[1] = 0x80 | length;
  } else if (length < 65536) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, header);
  for (let i = 0; i < length; i++) frame[header + 4 + i] = payload[i] ^ mask[i & 3];
  return frame;
}

function onText(subscriber, payload, socket, resolve, reject) {
  if (payload.indexOf(SHOWN) >= 0) {
    const at = now();
    const start = payload.indexOf(QUESTION_ID);
    const end = start < 0 ? -1 : payload.indexOf(QUOTE, start + QUESTION_ID.length);
    const index = end < 0 ? undefined : questionIndex.get(payload.toString('latin1', start + QUESTION_ID.length, end));
    if (index === undefined) {
      unexpected++;
    } else if (receivedAt[subscriber * questionIds.length + index] !== 0) {
      duplicates++;
    } else {
      receivedAt[subscriber * questionIds.length + index] = at;
    }
  } else if (payload.indexOf(ACK) >= 0) {
    resolve();
  } else if (payload.indexOf(ERROR) >= 0) {
    console.error(`subscriber ${first + subscriber}: ${payload.toString()}`);
    reject(new Error('subscription error'));
  }
}

function connect(subscriber) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    socket.setNoDelay(true);
    sockets[subscriber] = socket;
    let pending = null;
    let open = false;
    socket.on('connect', () => {
      // Each subscriber speaks for an address of its own (the backend trusts loopback as a proxy),
      // as an audience on many networks would: one address would meet the per-address limit.
      const n = first + subscriber;
      const address = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      socket.write(`GET /graphql HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-Forwarded-For: ${address}\r\n`
        + `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n`
        + 'Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n');
    });
    socket.on('data', (chunk) => {
      let data = pending === null ? chunk : Buffer.concat([pending, chunk]);
      pending = null;
      if (!open) {
        const end = data.indexOf('\r\n\r\n');
        if (end < 0) { pending = data; return; }
        const status = data.toString('latin1', 0, data.indexOf('\r\n'));
        if (!status.startsWith('HTTP/1.1 101')) { reject(new Error(`handshake refused: ${status}`)); socket.destroy(); return; }
        open = true;
        data = data.subarray(end + 4);
        socket.write(textFrame(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${tokens[(first + subscriber) % tokens.length]}` } })));
      }
      let offset = 0;
      while (data.length - offset >= 2) {
        let length = data[offset + 1] & 0x7f;
        let header = 2;
        if (length === 126) {
          if (data.length - offset < 4) break;
          length = data.readUInt16BE(offset + 2);
          header = 4;
        } else if (length === 127) {
          if (data.length - offset < 10) break;
          length = Number(data.readBigUInt64BE(offset + 2));
          header = 10;
        }
        if (data.length - offset < header + length) break;
        const opcode = data[offset] & 0x0f;
        const payload = data.subarray(offset + header, offset + header + length);
        offset += header + length;
        if (opcode === 0x1) onText(subscriber, payload, socket, resolve, reject);
        else if (opcode === 0x8 && !closing) console.error(`subscriber ${first + subscriber} closed by the server: ${payload.length >= 2 ? payload.readUInt16BE(0) : ''}`);
      }
      if (offset < data.length) pending = data.subarray(offset);
    });
    socket.on('error', reject);
  });
}

async function connectAll() {
  for (let start = 0; start < count; start += CONNECT_CONCURRENCY) {
    const batch = [];
    for (let i = start; i < Math.min(count, start + CONNECT_CONCURRENCY); i++) batch.push(connect(i));
    await Promise.all(batch);
  }
}

/** Each connected socket subscribes to the feed. */
function subscribeAll() {
  const subscribe = textFrame(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: feed, variables: { joinCode } } }));
  for (const socket of sockets) socket.write(subscribe);
}

/** Subscribers that have not received this question yet. */
function missing(index) {
  let n = 0;
  for (let s = 0; s < count; s++) if (receivedAt[s * questionIds.length + index] === 0) n++;
  return n;
}

parentPort.on('message', async (message) => {
  if (message.type === 'connect') {
    await connectAll();
    parentPort.postMessage({ type: 'connect' });
  } else if (message.type === 'subscribe') {
    subscribeAll();
    parentPort.postMessage({ type: 'subscribe' });
  } else if (message.type === 'missing') {
    parentPort.postMessage({ type: 'missing', missing: missing(message.index) });
  } else if (message.type === 'report') {
    parentPort.postMessage({ type: 'report', receivedAt, duplicates, unexpected }, [receivedAt.buffer]);
  } else if (message.type === 'close') {
    closing = true;
    for (const socket of sockets) socket.end(Buffer.from([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xe8]));
    setTimeout(() => process.exit(0), 500);
  }
});
