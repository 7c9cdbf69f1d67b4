/**
 * Limits for every caller: per client address for anonymous and participant requests (HTTP 429
 * before anything is parsed), the shape and cost of each GraphQL operation (refused before
 * execution), and a cost budget per caller that refills over time.
 */
package io.carepulse.platform.limits;
