/**
 * Who is calling: organisations (tenants), staff users and OAuth2 clients as the identity
 * provider describes them, and {@code Query.viewer}.
 */
package io.carepulse.identity;
