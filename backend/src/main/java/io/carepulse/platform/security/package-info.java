/** Authentication (OAuth2 JWT over HTTP and graphql-ws) and the per-operation {@code @access} rules. */
package io.carepulse.platform.security;
