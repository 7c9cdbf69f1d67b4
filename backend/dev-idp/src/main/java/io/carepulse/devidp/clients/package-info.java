/**
 * The registered OAuth clients: the public SPA client and one confidential dashboard client
 * per organisation, whose secrets are generated at first start rather than committed.
 */
package io.carepulse.devidp.clients;
