/** GraphQL subscriptions over WebSocket: the sockets behind them, written to directly by fan-out. */
package io.carepulse.platform.subscriptions;
