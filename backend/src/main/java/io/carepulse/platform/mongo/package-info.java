/** MongoDB: the connection ({@code MONGODB_URI}), indexes declared in code, leases, checkpoints. */
package io.carepulse.platform.mongo;
